/**
 * Test helpers: start the real sandbox in-process on port 0 and call it with RPC signature v1,
 * the way @alicloud/pop-core and the Terraform provider do.
 */
import { createHmac, randomUUID } from 'node:crypto';
import request from 'supertest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../mock-server/app';
import { percentEncode } from '../../mock-server/wire/signature';

export const DEFAULT_CREDENTIALS = { accessKeyId: 'SANDBOXACCESSKEY', accessKeySecret: 'sandbox-secret' };
export const VERSIONS = { vpc: '2016-04-28', ecs: '2014-05-26', resourcemanager: '2020-03-31', sts: '2015-04-01' } as const;

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Starts a sandbox with in-memory state and no async delay unless asked otherwise. */
export function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, asyncDelayMs: 0, log: () => {}, ...options });
}

/** Adds the v1 common parameters and the signature. */
export function signV1(method: 'GET' | 'POST', params: Record<string, string>, creds: Credentials = DEFAULT_CREDENTIALS): Record<string, string> {
  const all: Record<string, string> = {
    Format: 'JSON',
    AccessKeyId: creds.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...params,
  };
  const canonical = Object.keys(all)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(all[k])}`)
    .join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  all.Signature = createHmac('sha1', `${creds.accessKeySecret}&`).update(stringToSign).digest('base64');
  return all;
}

export function toQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');
}

export interface RpcResult {
  status: number;
  body: any;
  text: string;
  contentType: string;
}

type Scalar = string | number | boolean | undefined;

/**
 * Calls one action, signed, as a POST form (or GET with `method: 'GET'`). RegionId defaults to
 * cn-hangzhou; pass `RegionId: undefined` to leave it out. Never throws on API errors.
 */
export async function rpc(
  target: Sandbox | string,
  product: keyof typeof VERSIONS,
  action: string,
  params: Record<string, Scalar> = {},
  options: { method?: 'GET' | 'POST'; creds?: Credentials; format?: 'JSON' | 'XML' } = {},
): Promise<RpcResult> {
  const url = typeof target === 'string' ? target : target.url;
  const method = options.method ?? 'POST';
  const flat: Record<string, string> = { RegionId: 'cn-hangzhou' };
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) delete flat[k];
    else flat[k] = String(v);
  }
  const signed = signV1(method, { Action: action, Version: VERSIONS[product], Format: options.format ?? 'JSON', ...flat }, options.creds);
  const agent = request(url);
  const res =
    method === 'GET'
      ? await agent.get(`/?${toQuery(signed)}`)
      : await agent.post('/').type('form').send(toQuery(signed));
  let body: any = undefined;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text: res.text, contentType: String(res.headers['content-type'] ?? '') };
}

/** Like rpc() but fails the test unless the call succeeded; returns the body. */
export async function ok(target: Sandbox | string, product: keyof typeof VERSIONS, action: string, params: Record<string, Scalar> = {}): Promise<any> {
  const r = await rpc(target, product, action, params);
  if (r.status !== 200) throw new Error(`${action} failed with ${r.status}: ${r.text}`);
  return r.body;
}

/** Polls until `check` returns true (for transitional states); throws after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5000, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
