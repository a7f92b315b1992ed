/**
 * Verifies the two signing styles that Alibaba Cloud's official SDKs send:
 *
 * - RPC signature v1 (HMAC-SHA1 over the sorted, percent-encoded parameters; GET query or POST
 *   form), sent by `@alicloud/pop-core`, the real Terraform provider and the aliyun CLI.
 * - ACS3-HMAC-SHA256 (an `Authorization` header over a canonical request, with the action and
 *   version in `x-acs-action` / `x-acs-version`), sent by the `@alicloud/*20xxxxxx` SDKs.
 *
 * Both check the timestamp window and refuse a reused nonce, as the real gateway does.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  IllegalTimestamp,
  IncompleteSignature,
  InvalidAccessKeyIdNotFound,
  InvalidTimeStampExpired,
  MissingParameter,
  SignatureDoesNotMatch,
  SignatureNonceUsed,
  UnsupportedSignatureMethod,
} from '../errors';
import type { RawParams } from './params';

export interface Account {
  accountId: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface AccountDirectory {
  byAccessKeyId(accessKeyId: string): Account | undefined;
}

/** The real gateway accepts requests whose timestamp is within 15 minutes of its clock. */
export const CLOCK_SKEW_MS = 15 * 60 * 1000;

/** RFC 3986 percent-encoding, as both signing styles specify it. */
export function percentEncode(value: string): string {
  const encoded = encodeURIComponent(value);
  // The replace callback is the expensive part and these characters are rare: a signed read
  // percent-encodes every key and value twice, so test first.
  return RFC3986_EXTRA.test(encoded) ? encoded.replace(RFC3986_EXTRA_G, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
}
const RFC3986_EXTRA = /[!'()*]/;
const RFC3986_EXTRA_G = /[!'()*]/g;

/**
 * Where remembered nonces are kept across restarts (mock-server/store/nonce-file.ts keeps them in
 * a file beside the state file). Without one, a restart forgets every nonce and a request captured
 * before it could be replayed after it.
 */
export interface NonceLog {
  /** The nonces recorded before, as [key, expiry] pairs in the order they were recorded. */
  load(): Array<[string, number]>;
  /** Records one nonce; it must survive a killed process once this returns. */
  record(key: string, expires: number): void;
  /** Replaces everything recorded with these entries (compaction). */
  rewrite(entries: Array<[string, number]>): void;
  close(): void;
}

export interface NonceRegistryOptions {
  /** How long a nonce is remembered. Default: twice the clock skew (a request dated 15 minutes ahead stays valid for 30). */
  windowMs?: number;
  /**
   * At most this many nonces are remembered; beyond it the oldest are forgotten first, so memory
   * stays bounded under any load. The real gateway has no such limit: in the sandbox a nonce is
   * protected for the whole window only while fewer than this many requests arrive in it.
   */
  maxEntries?: number;
  log?: NonceLog;
  /** The time used to drop expired entries read back from the log. */
  now?: number;
}

export const DEFAULT_MAX_NONCES = 100_000;

/**
 * A copy of `s` in a string of its own. The nonce arrives as a slice of the decoded request
 * (URLSearchParams hands out slices of the form body) and the key is a concatenation of it, and V8
 * keeps a slice's whole parent alive: a remembered key held its entire request body for the
 * length of the window, about 440 bytes per request in the soak, and up to the body limit for a
 * padded one, so the cap on entries did not bound memory. A Buffer round trip builds a flat string.
 */
function ownCopy(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * Remembers nonces for the length of the timestamp window, so a captured request cannot be
 * replayed. Old entries are swept lazily; with a NonceLog they outlive a restart.
 */
export class NonceRegistry {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;
  private readonly windowMs: number;
  private readonly maxEntries: number;
  private readonly log: NonceLog | undefined;
  /** Records written to the log since it was last compacted. */
  private logged = 0;

  constructor(options: NonceRegistryOptions | number = {}) {
    const o = typeof options === 'number' ? { windowMs: options } : options;
    this.windowMs = o.windowMs ?? 2 * CLOCK_SKEW_MS;
    this.maxEntries = Math.max(1, o.maxEntries ?? DEFAULT_MAX_NONCES);
    this.log = o.log;
    if (this.log) {
      const now = o.now ?? Date.now();
      for (const [key, expires] of this.log.load()) {
        if (expires <= now) continue;
        // Keep the map in expiry order even if the log was written by a clock that went back.
        this.seen.delete(key);
        this.seen.set(key, expires);
      }
      this.evictOverflow();
      this.compactLog();
    }
  }

  /** Throws SignatureNonceUsed when the nonce was seen for this key within the window. */
  use(accessKeyId: string, nonce: string, now: number): void {
    if (now >= this.nextSweep) {
      // Entries are kept in insertion order, which is expiry order (every entry lives windowMs),
      // so the sweep stops at the first live one instead of walking every nonce of the last
      // half hour every ten seconds.
      for (const [k, expires] of this.seen) {
        if (expires > now) break;
        this.seen.delete(k);
      }
      this.nextSweep = now + 10_000;
    }
    const key = `${accessKeyId}\u0000${nonce}`;
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) {
      throw new SignatureNonceUsed(`The request signature nonce "${nonce}" has been used already. Send a fresh, random SignatureNonce with every request.`);
    }
    // Re-inserting an expired key moves it to the end, keeping the map in expiry order.
    if (expires !== undefined) this.seen.delete(key);
    this.seen.set(ownCopy(key), now + this.windowMs);
    this.evictOverflow();
    if (this.log) {
      this.log.record(key, now + this.windowMs);
      // Compact once the log holds as many records again as the registry can: the log stays
      // within twice the cap, and rewriting costs O(1) per request on average.
      if (++this.logged >= this.maxEntries) this.compactLog();
    }
  }

  private evictOverflow(): void {
    for (const k of this.seen.keys()) {
      if (this.seen.size <= this.maxEntries) break;
      this.seen.delete(k);
    }
  }

  private compactLog(): void {
    this.log?.rewrite([...this.seen]);
    this.logged = 0;
  }

  /** How many nonces are remembered (tests). */
  get size(): number {
    return this.seen.size;
  }

  close(): void {
    this.log?.close();
  }
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

function checkTimestamp(value: string, name: string, now: number): void {
  // The wire format is ISO 8601 in UTC, e.g. 2026-01-02T15:04:05Z.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new IllegalTimestamp(`The input parameter "${name}" "${value}" that is mandatory for processing this request is not supplied in the right format: use UTC ISO 8601, such as 2026-01-02T15:04:05Z.`);
  }
  const skew = Math.abs(Date.parse(value) - now);
  if (skew > CLOCK_SKEW_MS) {
    throw new InvalidTimeStampExpired(`Specified time stamp or date value "${value}" is expired: it must be within 15 minutes of the server time ${new Date(now).toISOString()}. Check the client clock.`);
  }
}

function lookupAccount(accounts: AccountDirectory, accessKeyId: string): Account {
  const account = accounts.byAccessKeyId(accessKeyId);
  if (!account) {
    throw new InvalidAccessKeyIdNotFound(`Specified access key "${accessKeyId}" is not found. The sandbox's default AccessKeyId is SANDBOXACCESSKEY; other keys come from the --accounts file.`);
  }
  return account;
}

/** Verifies an RPC signature v1 request and returns the calling account. */
export function verifySignatureV1(method: string, params: RawParams, accounts: AccountDirectory, nonces: NonceRegistry, now: number): Account {
  for (const name of ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureNonce', 'Timestamp']) {
    if (!params[name]) {
      throw new MissingParameter(`The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
    }
  }
  const account = lookupAccount(accounts, params.AccessKeyId);
  if (params.SignatureMethod !== 'HMAC-SHA1') {
    throw new UnsupportedSignatureMethod(`The signature method "${params.SignatureMethod}" is not supported: RPC signature v1 uses HMAC-SHA1.`);
  }
  if (params.SignatureVersion !== undefined && params.SignatureVersion !== '1.0') {
    throw new UnsupportedSignatureMethod(`The signature version "${params.SignatureVersion}" is not supported: use SignatureVersion=1.0.`);
  }
  checkTimestamp(params.Timestamp, 'Timestamp', now);
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
    .join('&');
  const stringToSign = `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
  const expected = createHmac('sha1', `${account.accessKeySecret}&`).update(stringToSign).digest('base64');
  if (!safeEqual(expected, params.Signature)) {
    throw new SignatureDoesNotMatch(`Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`);
  }
  nonces.use(account.accessKeyId, params.SignatureNonce, now);
  return account;
}

export interface Acs3Request {
  method: string;
  /** Path exactly as sent, before the query. */
  path: string;
  /** Decoded query parameters. */
  query: RawParams;
  /** Lower-cased header names. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

function header(headers: Acs3Request['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/** Verifies an ACS3-HMAC-SHA256 request and returns the calling account. */
export function verifySignatureAcs3(req: Acs3Request, accounts: AccountDirectory, nonces: NonceRegistry, now: number): Account {
  const authorization = header(req.headers, 'authorization') ?? '';
  const match = /^(\S+)\s+Credential=([^,]+),\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-fA-F]+)$/.exec(authorization.trim());
  if (!match) {
    throw new IncompleteSignature(`The Authorization header is incomplete: expected "${ACS3_ALGORITHM} Credential=<AccessKeyId>,SignedHeaders=<h1;h2>,Signature=<hex>".`);
  }
  const [, algorithm, accessKeyId, signedHeaderList, signature] = match;
  if (algorithm !== ACS3_ALGORITHM) {
    throw new UnsupportedSignatureMethod(`The signature algorithm "${algorithm}" is not supported: use ${ACS3_ALGORITHM}.`);
  }
  const account = lookupAccount(accounts, accessKeyId);
  const signedHeaders = signedHeaderList.split(';').map((h) => h.trim().toLowerCase());
  for (const required of ['x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']) {
    if (header(req.headers, required) === undefined) {
      throw new MissingParameter(`The header "${required}" that is mandatory for ${ACS3_ALGORITHM} requests is not supplied.`);
    }
    if (!signedHeaders.includes(required)) {
      throw new IncompleteSignature(`The header "${required}" must be listed in SignedHeaders.`);
    }
  }
  checkTimestamp(header(req.headers, 'x-acs-date')!, 'x-acs-date', now);
  const payloadHash = createHash('sha256').update(req.body).digest('hex');
  if (payloadHash !== header(req.headers, 'x-acs-content-sha256')!.toLowerCase()) {
    throw new SignatureDoesNotMatch(`The x-acs-content-sha256 header does not match the SHA-256 of the request body (${payloadHash}).`);
  }
  const canonicalQuery = Object.keys(req.query)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(req.query[k])}`)
    .join('&');
  const canonicalHeaders = [...signedHeaders]
    .sort()
    .map((h) => `${h}:${(header(req.headers, h) ?? '').trim()}\n`)
    .join('');
  const canonicalRequest = [req.method.toUpperCase(), req.path || '/', canonicalQuery, canonicalHeaders, [...signedHeaders].sort().join(';'), payloadHash].join('\n');
  const stringToSign = `${ACS3_ALGORITHM}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const expected = createHmac('sha256', account.accessKeySecret).update(stringToSign).digest('hex');
  if (!safeEqual(expected, signature.toLowerCase())) {
    throw new SignatureDoesNotMatch(`Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`);
  }
  nonces.use(account.accessKeyId, header(req.headers, 'x-acs-signature-nonce')!, now);
  return account;
}
