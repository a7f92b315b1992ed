/**
 * Test helper: signs a request with ACS3-HMAC-SHA256 from the published rules (canonical request →
 * SHA-256 → HMAC-SHA256 with the AccessKeySecret), independently of any SDK, and sends it.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import request from 'supertest';
import { percentEncode } from '../../mock-server/wire/signature';
import { DEFAULT_CREDENTIALS, type Credentials } from './rpc';

export interface Acs3Input {
  method: 'GET' | 'POST';
  action: string;
  version: string;
  query?: Record<string, string>;
  /** A form body (sent as application/x-www-form-urlencoded). */
  form?: Record<string, string>;
  creds?: Credentials;
  host: string;
  /** Overrides of the x-acs-* headers (for negative tests). */
  date?: string;
  nonce?: string;
}

export interface Acs3Signed {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function signAcs3(input: Acs3Input): Acs3Signed {
  const creds = input.creds ?? DEFAULT_CREDENTIALS;
  const query = input.query ?? {};
  const body = input.form
    ? Object.entries(input.form).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')
    : '';
  const payloadHash = createHash('sha256').update(body).digest('hex');
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': input.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': input.nonce ?? randomUUID(),
    'x-acs-content-sha256': payloadHash,
  };
  if (input.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const names = Object.keys(headers).sort();
  const canonicalQuery = Object.keys(query).sort().map((k) => `${percentEncode(k)}=${percentEncode(query[k])}`).join('&');
  const canonicalHeaders = names.map((h) => `${h}:${headers[h].trim()}\n`).join('');
  const canonicalRequest = [input.method, '/', canonicalQuery, canonicalHeaders, names.join(';'), payloadHash].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const signature = createHmac('sha256', creds.accessKeySecret).update(stringToSign).digest('hex');
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${creds.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
  return { path: canonicalQuery ? `/?${canonicalQuery}` : '/', headers, body };
}

/** Signs and sends an ACS3 request to a base URL; returns status and parsed JSON body. */
export async function acs3(url: string, input: Omit<Acs3Input, 'host'>): Promise<{ status: number; body: any; text: string }> {
  const host = new URL(url).host;
  const signed = signAcs3({ ...input, host });
  const agent = request(url);
  let req = input.method === 'GET' ? agent.get(signed.path) : agent.post(signed.path);
  for (const [k, v] of Object.entries(signed.headers)) if (k !== 'host') req = req.set(k, v);
  const res = input.form ? await req.send(signed.body) : await req;
  let body: any;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text: res.text };
}
