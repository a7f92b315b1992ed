/**
 * Waiters and retries shared by resources.
 *
 * Resources poll the API until an object reaches a terminal status (create/delete), and retry
 * calls the API refuses for transient reasons. Both honour the operation's deadline (ctx.deadline:
 * its timeout counted from its start, shared with its API calls) and StopProvider (ctx.stopped),
 * so a Ctrl-C in Terraform ends the wait promptly.
 */
import type { ProviderContext } from './types';

export interface WaitOptions {
  /** Give up after this many ms. Defaults to ctx.timeoutMs when the context has one, else 10 minutes. */
  timeoutMs?: number;
  /**
   * First poll interval in ms (default 100). Grows by `backoff` each poll up to `maxIntervalMs`.
   * With the defaults the polls fall at 0, 100, 300, 700, 1500 ms ...: an object that settles
   * after the sandbox's default 300 ms async delay is seen at the third poll, not at 500 ms as
   * with 200 ms x 1.5, and long waits still poll no more than every 5 s.
   */
  intervalMs?: number;
  /** Upper bound for the interval in ms (default 5000). */
  maxIntervalMs?: number;
  /** Multiplier applied to the interval after each poll (default 2). */
  backoff?: number;
  /** Used in the timeout message, e.g. "VPC vpc-123 to become Available". */
  what?: string;
}

/** Thrown when a wait or retry runs out of time; the framework turns it into a diagnostic. */
export class WaitTimeoutError extends Error {
  constructor(readonly what: string, readonly timeoutMs: number, readonly lastValue?: unknown) {
    super(
      `timed out after ${formatDuration(timeoutMs)} waiting for ${what}` +
        (lastValue !== undefined ? ` (last seen: ${safeJson(lastValue)})` : '') +
        '; raise the timeout in the resource\'s `timeouts` block if the endpoint is slow',
    );
    this.name = 'WaitTimeoutError';
  }
}

/** Thrown when StopProvider interrupted a wait. */
export class StoppedError extends Error {
  constructor(what: string) {
    super(`stopped by Terraform while waiting for ${what}`);
    this.name = 'StoppedError';
  }
}

/**
 * Polls `describe()` until `isDone(value)` is true, then returns that value.
 *
 * - `describe` may return anything (for example the API object, or null when it is gone).
 * - Errors thrown by `describe` or `isDone` end the wait and propagate unchanged.
 * - Throws WaitTimeoutError after the timeout, StoppedError after StopProvider.
 *
 * Example:
 *   const vpc = await waitFor(ctx, () => describeVpc(ctx, id), (v) => v?.Status === 'Available',
 *     { what: `VPC ${id} to become Available` });
 */
/** Less time than this left in the operation is no time for another describe. */
const MIN_POLL_MS = 50;

export async function waitFor<T>(
  ctx: ProviderContext & { timeoutMs?: number },
  describe: () => Promise<T>,
  isDone: (value: T) => boolean,
  options: WaitOptions = {},
): Promise<T> {
  const { deadline, timeoutMs } = boundOf(ctx, options);
  let interval = options.intervalMs ?? 100;
  const maxInterval = options.maxIntervalMs ?? 5000;
  const backoff = options.backoff ?? 2;
  const what = options.what ?? 'the operation to finish';
  let last: T | undefined;
  for (let n = 0; ; n++) {
    if (ctx.stopped?.aborted) throw new StoppedError(what);
    // The sleep below ends at the deadline at the latest: once it has passed (or so nearly that a
    // describe could only time out on the wire and hide why), the wait has timed out.
    if (n > 0 && deadline - Date.now() < MIN_POLL_MS) throw new WaitTimeoutError(what, timeoutMs, last);
    last = await describe();
    if (isDone(last)) return last;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new WaitTimeoutError(what, timeoutMs, last);
    await sleep(Math.min(interval, remaining), ctx.stopped);
    interval = Math.min(maxInterval, interval * backoff);
  }
}

export interface RetryOptions extends WaitOptions {
  /** Decides whether an error is worth another attempt. Default: isRetryableApiError. */
  retryable?: (err: unknown) => boolean;
}

/**
 * The default "try again later" set. `Incorrect*Status` covers IncorrectVSwitchStatus,
 * IncorrectInstanceStatus, IncorrectVpcStatus, IncorrectRouteEntryStatus, ...: the object is busy
 * with another asynchronous change, which the sandbox (like the cloud) reports while Pending.
 * `*.Configuring` (VpnGateway.Configuring, VpnConnection.Configuring …) says the same of a gateway
 * applying a change; UnknownError and OperationFailed.DistibuteLock (sic) are the VPC product's
 * generic transient answers. The API client also retries every 5xx. Anything else, a
 * malformed parameter or a quota, fails at once: retrying cannot change the answer.
 */
export function isRetryableCode(code: string): boolean {
  return (
    code.startsWith('Throttling') ||
    code === 'Rejected.Throttling' ||
    code.startsWith('ServiceUnavailable') ||
    code === 'OperationConflict' ||
    code.startsWith('IncorrectStatus') ||
    /^Incorrect\w*Status(\.|$)/.test(code) ||
    code.endsWith('.Configuring') ||
    code === 'TaskConflict' ||
    code === 'SystemBusy' ||
    code === 'UnknownError' ||
    code === 'OperationFailed.DistibuteLock' ||
    code === 'LastTokenProcessing' ||
    code === 'OperationFailed.LastTokenProcessing' ||
    code === 'IdempotentProcessing' ||
    code === 'TOKEN_PROCESSING'
  );
}

/** API errors whose code means "try again later" rather than "this request is wrong". */
export function isRetryableApiError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && isRetryableCode(code);
}

/**
 * Runs `fn` and retries it with backoff while it throws a retryable error, within the timeout.
 * The last error is rethrown when time runs out, so the diagnostic names the real API code.
 */
export async function retry<T>(
  ctx: ProviderContext & { timeoutMs?: number },
  fn: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const { deadline } = boundOf(ctx, options);
  let interval = options.intervalMs ?? 100;
  const maxInterval = options.maxIntervalMs ?? 5000;
  const backoff = options.backoff ?? 2;
  const retryable = options.retryable ?? isRetryableApiError;
  for (;;) {
    if (ctx.stopped?.aborted) throw new StoppedError(options.what ?? 'a retried call');
    try {
      return await fn();
    } catch (err) {
      const remaining = deadline - Date.now();
      if (!retryable(err) || remaining <= 0) throw err;
      ctx.log('debug', 'retrying after a transient API error', { error: String((err as Error)?.message ?? err) });
      await sleep(Math.min(interval, remaining), ctx.stopped);
      interval = Math.min(maxInterval, interval * backoff);
    }
  }
}

/**
 * When a wait or retry must end: after its own timeout (options.timeoutMs, else the operation's
 * ctx.timeoutMs, else 10 minutes) or at the operation's deadline (ctx.deadline), whichever comes
 * first. The earlier API calls and waits of the operation have used part of its timeout, so a
 * wait never gets the whole of it again. `timeoutMs` is the limit to name in a timeout message.
 */
export function boundOf(ctx: ProviderContext & { timeoutMs?: number }, options: { timeoutMs?: number } = {}): { deadline: number; timeoutMs: number } {
  const own = options.timeoutMs ?? ctx.timeoutMs ?? 10 * 60_000;
  const deadline = Date.now() + own;
  if (ctx.deadline !== undefined && ctx.deadline < deadline) return { deadline: ctx.deadline, timeoutMs: ctx.timeoutMs ?? own };
  return { deadline, timeoutMs: own };
}

/** Sleeps `ms`, waking early when `signal` aborts. Never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Parses Terraform-style durations: "30s", "10m", "1h", "1h30m", "500ms". Returns ms, or undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  const trimmed = text.trim();
  if (!/^(\d+(?:\.\d+)?(ms|h|m|s))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const m of trimmed.matchAll(re)) {
    const n = Number(m[1]);
    const unit = m[2];
    total += unit === 'h' ? n * 3_600_000 : unit === 'm' ? n * 60_000 : unit === 's' ? n * 1000 : n;
  }
  return total;
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s.length > 200 ? s.slice(0, 200) + '…' : s;
  } catch {
    return String(v);
  }
}
