/**
 * Signed RPC client for the sandbox endpoint (and, by construction, for the real Alibaba Cloud
 * VPC 2016-04-28 / ECS 2014-05-26 RPC APIs).
 *
 * Wire protocol (signature version 1.0): every request carries the common parameters (Action,
 * Version, Format, RegionId, AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce,
 * Timestamp) and a Signature computed as
 *   base64(HMAC-SHA1(secret + "&", METHOD & pct("/") & pct(canonicalized sorted params)))
 * with RFC 3986 percent-encoding. Both products go to the same endpoint; the sandbox dispatches on
 * Version, exactly like the real provider's `endpoints { vpc = ..., ecs = ... }` pointed at one host.
 */
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import type { ApiClientLike, OperationCallOptions } from '../framework/types';
import { isRetryableCode, sleep } from '../framework/wait';

export type Product = 'vpc' | 'ecs' | 'resourcemanager' | 'sts';
export type ParamValue = string | number | boolean | undefined;
export type Params = Record<string, ParamValue>;
export type LogFn = (level: 'trace' | 'debug' | 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

export const API_VERSIONS: Record<Product, string> = {
  vpc: '2016-04-28',
  ecs: '2014-05-26',
  // The real ResourceManager is a separate endpoint; the sandbox serves it on the same port.
  resourcemanager: '2020-03-31',
  // STS too (GetCallerIdentity, for alicloud_account and alicloud_caller_identity).
  sts: '2015-04-01',
};

export interface ApiClientOptions {
  /** Base URL of the endpoint, e.g. http://127.0.0.1:8080 */
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region: string;
  log?: LogFn;
  /** Default upper bound for the total time spent retrying one call (ms). */
  maxElapsedMs?: number;
  /** First backoff interval (ms); doubles per attempt up to maxBackoffMs, with full jitter. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Per-HTTP-request timeout (ms). */
  requestTimeoutMs?: number;
  /**
   * Bound on retrying an endpoint that cannot be reached (connection refused/reset), whatever the
   * operation's timeout: a sandbox that is not running should fail a plan in seconds, not minutes.
   */
  unreachableRetryMs?: number;
  /** GET puts everything in the query string; POST (default, like the tea SDK) sends a form body. */
  method?: 'GET' | 'POST';
  /** Trusted CAs for an https endpoint, replacing Node's default list (as tls's `ca` option does). */
  ca?: string[];
}

export interface CallOptions extends OperationCallOptions {
  /**
   * Extra error codes (exact strings, or prefixes ending in "*") to retry for this call only,
   * e.g. ['DependencyViolation*'] for a delete that races dependants going away.
   */
  retryCodes?: string[];
  /** Codes that must NOT be retried for this call even though they are in the default set. */
  noRetryCodes?: string[];
  /** Add a ClientToken (reused across retries) so a retried create cannot create twice. */
  idempotent?: boolean;
  /** Bound on the total retry time for this call (ms). Defaults to the client's maxElapsedMs. */
  maxElapsedMs?: number;
  /** Stop retrying (and sleeping) when this aborts, e.g. ctx.stopped. */
  signal?: AbortSignal;
}

export interface ApiClient extends ApiClientLike {
  call(product: Product, action: string, params: Params, options?: CallOptions): Promise<any>;
  readonly region: string;
  readonly endpoint: string;
}

/** A structured error answer from the API, or a transport failure (code 'ConnectionError' etc.). */
export class ApiCallError extends Error {
  /** The API's own Message, unmodified. */
  readonly apiMessage: string;
  constructor(
    readonly action: string,
    readonly code: string,
    apiMessage: string,
    readonly httpStatus: number,
    readonly requestId?: string,
    readonly product?: Product,
    readonly hostId?: string,
    readonly recommend?: string,
  ) {
    super(
      `${action} failed: ${code}: ${apiMessage}` +
        (httpStatus ? ` (HTTP ${httpStatus}` + (requestId ? `, RequestId ${requestId})` : ')') : ''),
    );
    this.name = 'ApiCallError';
    this.apiMessage = apiMessage;
  }

  /** Alias of httpStatus, the name the framework's diagnostics code reads. */
  get statusCode(): number {
    return this.httpStatus;
  }
}

/** Codes that end in ".NotFound" but say nothing about the object we asked for. */
const NOT_FOUND_EXCEPTIONS = new Set([
  'InvalidAccessKeyId.NotFound',
  'InvalidRegionId.NotFound',
  'InvalidAcceptLanguage.NotFound',
  'InvalidResourceType.NotFound',
  'InvalidInstanceChargeType.NotFound',
  // An action the endpoint does not implement is not a missing object either.
  'InvalidAction.NotFound',
  'InvalidApi.NotFound',
]);

/**
 * True when the error says the object asked about does not exist (HTTP 404 or a `*.NotFound`
 * code). A wrong region or key also yields ".NotFound" codes; treating those as "gone" would wipe
 * state on refresh, so they are excluded.
 */
export function isNotFound(err: unknown): boolean {
  if (!(err instanceof ApiCallError)) return false;
  if (NOT_FOUND_EXCEPTIONS.has(err.code)) return false;
  return err.httpStatus === 404 || err.code.endsWith('.NotFound');
}

/** True when err is an ApiCallError whose code matches one of the patterns ("X*" = prefix). */
export function hasCode(err: unknown, ...patterns: string[]): boolean {
  if (!(err instanceof ApiCallError)) return false;
  return patterns.some((p) => codeMatches(err.code, p));
}

function codeMatches(code: string, pattern: string): boolean {
  return pattern.endsWith('*') ? code.startsWith(pattern.slice(0, -1)) : code === pattern;
}

/** The default "try again later" set (the framework's list: framework/wait.ts isRetryableCode). */
export function isDefaultRetryable(code: string): boolean {
  return isRetryableCode(code);
}

/** The last answer of a call that kept failing with a retryable code, with how long it was retried. */
function gaveUp(err: ApiCallError, attempts: number, elapsedMs: number, limitMs: number, stopped: boolean): ApiCallError {
  const why = stopped ? 'Terraform asked the provider to stop' : `the next attempt would pass the operation's time limit of ${formatSeconds(limitMs)}`;
  return new ApiCallError(
    err.action,
    err.code,
    `${err.apiMessage} [${attempts} attempts over ${formatSeconds(elapsedMs)} with backoff; gave up because ${why}]`,
    err.httpStatus,
    err.requestId,
    err.product,
    err.hostId,
    err.recommend,
  );
}

function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** How long a refused connection (nothing listening) is retried: long enough for a sandbox restart. */
const REFUSED_RETRY_MS = 3_000;

const TRANSIENT_NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED', 'RequestTimeout']);

/** RFC 3986 percent-encoding: encodeURIComponent leaves !'()* alone, the signature must not. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The canonicalized query string: keys sorted by code unit, key=value pairs percent-encoded. */
export function canonicalize(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
    .join('&');
}

export function stringToSign(method: string, params: Record<string, string>): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalize(params))}`;
}

/** Signature version 1.0 (HMAC-SHA1) over all parameters except Signature itself. */
export function signParams(method: string, params: Record<string, string>, secret: string): string {
  const { Signature: _ignored, ...rest } = params;
  return crypto.createHmac('sha1', secret + '&').update(stringToSign(method, rest), 'utf8').digest('base64');
}

/** UTC `YYYY-MM-DDThh:mm:ssZ`, without milliseconds (the API rejects them). */
export function formatTimestamp(d: Date = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function stringifyParam(v: string | number | boolean): string {
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

export function createApiClient(opts: ApiClientOptions): ApiClient {
  const base = opts.endpoint.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(base + '/');
  } catch {
    throw new Error(`endpoint "${opts.endpoint}" is not a URL; set it to the sandbox address, e.g. http://127.0.0.1:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`endpoint "${opts.endpoint}" must start with http:// or https://`);
  }
  const transport = url.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true, maxSockets: 8, ...(opts.ca ? { ca: opts.ca } : {}) });
  const log: LogFn = opts.log ?? (() => undefined);
  const method = opts.method ?? 'POST';
  const defaultMaxElapsed = opts.maxElapsedMs ?? 120_000;
  const initialBackoff = opts.initialBackoffMs ?? 200;
  const maxBackoff = opts.maxBackoffMs ?? 5_000;
  const requestTimeout = opts.requestTimeoutMs ?? 30_000;
  const unreachableRetry = opts.unreachableRetryMs ?? 15_000;

  function buildParams(product: Product, action: string, params: Params): Record<string, string> {
    const all: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined || v === null) continue;
      all[k] = stringifyParam(v);
    }
    Object.assign(all, {
      Action: action,
      Version: API_VERSIONS[product],
      Format: 'JSON',
      AccessKeyId: opts.accessKey,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      // A fresh nonce per HTTP attempt: the API rejects a reused nonce (SignatureNonceUsed).
      SignatureNonce: crypto.randomUUID(),
      Timestamp: formatTimestamp(),
    });
    if (all.RegionId === undefined) all.RegionId = opts.region;
    all.Signature = signParams(method, all, opts.secretKey);
    return all;
  }

  function send(product: Product, action: string, signed: Record<string, string>, timeoutMs = requestTimeout): Promise<{ status: number; body: string }> {
    const body = canonicalize(signed);
    const target = method === 'GET' ? new URL(url.pathname + '?' + body, url) : url;
    return new Promise((resolve, reject) => {
      const req = transport.request(
        target,
        {
          method,
          agent,
          headers: {
            Accept: 'application/json',
            'x-acs-action': action,
            'x-acs-version': API_VERSIONS[product],
            'User-Agent': 'alicloud-sandbox-provider',
            ...(method === 'POST'
              ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) }
              : {}),
          },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'RequestTimeout' })));
      req.on('error', reject);
      if (method === 'POST') req.write(body);
      req.end();
    });
  }

  async function attempt(product: Product, action: string, params: Params, timeoutMs = requestTimeout): Promise<any> {
    let res: { status: number; body: string };
    try {
      res = await send(product, action, buildParams(product, action, params), timeoutMs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'ConnectionError';
      throw new ApiCallError(action, code, `cannot reach ${base}: ${(e as Error).message}; check the provider's endpoint (the "endpoint" argument or ALICLOUD_SANDBOX_ENDPOINT) and that a sandbox is running there (npx alicloud-sandbox start)`, 0, undefined, product);
    }
    let json: any;
    try {
      json = res.body.length ? JSON.parse(res.body) : {};
    } catch {
      throw new ApiCallError(action, res.status >= 500 ? 'InternalError' : 'InvalidResponse', `the endpoint answered HTTP ${res.status} with a body that is not JSON: ${res.body.slice(0, 200)}`, res.status, undefined, product);
    }
    if (res.status >= 400 || (json && typeof json.Code === 'string' && res.status !== 200)) {
      throw new ApiCallError(
        action,
        typeof json?.Code === 'string' ? json.Code : `HTTP${res.status}`,
        typeof json?.Message === 'string' ? json.Message : res.body.slice(0, 200),
        res.status,
        json?.RequestId,
        product,
        json?.HostId,
        json?.Recommend,
      );
    }
    return json;
  }

  function retryable(err: unknown, options: CallOptions): boolean {
    if (!(err instanceof ApiCallError)) return false;
    if (options.noRetryCodes?.some((p) => codeMatches(err.code, p))) return false;
    if (err.httpStatus === 0) return TRANSIENT_NET_CODES.has(err.code);
    if (err.httpStatus >= 500) return true;
    if (isDefaultRetryable(err.code)) return true;
    return options.retryCodes?.some((p) => codeMatches(err.code, p)) ?? false;
  }

  async function call(product: Product, action: string, params: Params, options: CallOptions = {}): Promise<any> {
    if (!(product in API_VERSIONS)) throw new Error(`unknown product "${product}"; use "vpc" or "ecs"`);
    const effective: Params = { ...params };
    // One token for all attempts: if the first attempt created the object but its answer was
    // lost, the retry returns that object instead of creating a second one.
    if (options.idempotent && effective.ClientToken === undefined) effective.ClientToken = crypto.randomUUID();
    const started = Date.now();
    // One deadline for the whole operation (options.deadline), not a fresh timeout per call: an
    // operation of several calls must still end within its `timeouts` value.
    const left = options.deadline !== undefined ? options.deadline - started : Infinity;
    const maxElapsed = Math.min(options.maxElapsedMs ?? defaultMaxElapsed, left);
    const limit = options.deadline !== undefined && left <= (options.maxElapsedMs ?? defaultMaxElapsed) ? options.operationTimeoutMs ?? maxElapsed : maxElapsed;
    if (maxElapsed <= 0) {
      throw new ApiCallError(action, 'OperationTimeout', `not called: the operation's time limit of ${formatSeconds(options.operationTimeoutMs ?? 0)} ran out before this call; raise it in the resource's \`timeouts\` block if the endpoint is slow`, 0, undefined, product);
    }
    let backoff = initialBackoff;
    // The last answer the API gave: when the final attempt is cut short by the operation's time
    // limit, the user needs that answer (the code that kept it retrying), not "no answer within N ms".
    let lastAnswer: ApiCallError | undefined;
    let cutShort = false;
    for (let n = 1; ; n++) {
      try {
        log('debug', `calling ${product} ${action}`, { attempt: n, action, product });
        // No single request may outlive the operation either (a slow answer, injected latency).
        const timeoutMs = Math.max(1, Math.min(requestTimeout, started + maxElapsed - Date.now()));
        cutShort = timeoutMs < requestTimeout;
        const out = await attempt(product, action, effective, timeoutMs);
        log('trace', `${action} succeeded`, { action, requestId: out?.RequestId });
        return out;
      } catch (err) {
        const elapsed = Date.now() - started;
        // Full jitter spreads concurrent Terraform walkers apart after a shared throttle.
        const delay = Math.round(Math.random() * backoff) + 50;
        const unreachable = err instanceof ApiCallError && err.httpStatus === 0;
        // A refused connection means nothing listens there: give a restarting sandbox a moment,
        // then fail, rather than retrying for the whole unreachable window.
        const refused = unreachable && (err as ApiCallError).code === 'ECONNREFUSED';
        const bound = unreachable ? Math.min(maxElapsed, refused ? Math.min(unreachableRetry, REFUSED_RETRY_MS) : unreachableRetry) : maxElapsed;
        const canRetry = retryable(err, options);
        const timedOutByLimit = cutShort && err instanceof ApiCallError && err.code === 'RequestTimeout';
        if (err instanceof ApiCallError && err.httpStatus > 0) lastAnswer = err;
        // An attempt is only worth starting with time left for an answer: one started with a few
        // milliseconds of the budget can only time out and hide the API's real answer.
        const minAttempt = Math.min(1000, requestTimeout, bound / 4);
        if (!canRetry || elapsed + delay + minAttempt > bound || options.signal?.aborted) {
          log('debug', `${action} failed`, { action, code: (err as ApiCallError).code, attempt: n, error: (err as Error).message });
          const reported = timedOutByLimit && lastAnswer ? lastAnswer : err;
          // A retryable answer that outlasted the bound says so, so the diagnostic explains why the
          // provider stopped: the operation's timeout (timeouts { create = … }) or a stop request.
          if (canRetry && n > 1 && reported instanceof ApiCallError) throw gaveUp(reported, n, elapsed, unreachable && bound < maxElapsed ? bound : limit, !!options.signal?.aborted);
          throw reported;
        }
        log('debug', `${action} will be retried`, { action, code: (err as ApiCallError).code, attempt: n, delayMs: delay });
        await sleep(delay, options.signal);
        backoff = Math.min(maxBackoff, backoff * 2);
      }
    }
  }

  return {
    call: call as ApiClient['call'],
    region: opts.region,
    endpoint: base,
  };
}
