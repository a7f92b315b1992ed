/**
 * Logging to stderr in hclog's JSON form, which go-plugin parses and re-logs under TF_LOG.
 *
 * stdout belongs to the handshake: one line, ever. Everything else, including stray console.log
 * calls from dependencies, goes to stderr.
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };
const MODULE = 'provider.alicloud';

function levelFromEnv(): LogLevel {
  const raw = (process.env.TF_LOG_PROVIDER || process.env.TF_LOG || '').toLowerCase();
  if (raw in ORDER) return raw as LogLevel;
  if (raw === 'json' || raw === '1' || raw === 'true') return 'trace';
  // Without TF_LOG Terraform drops plugin logs anyway; keep only what matters.
  return 'warn';
}

let threshold: LogLevel = levelFromEnv();

export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/** hclog's timestamp: RFC 3339 with exactly six fractional digits (JS has only milliseconds). */
export function hclogTimestamp(d = new Date()): string {
  const iso = d.toISOString(); // 2026-01-02T15:04:05.123Z
  return `${iso.slice(0, 23)}000Z`;
}

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const line: Record<string, unknown> = {
    '@level': level,
    '@message': message,
    '@module': MODULE,
    '@timestamp': hclogTimestamp(),
  };
  for (const [k, v] of Object.entries(fields)) {
    if (!k.startsWith('@')) line[k] = v instanceof Error ? v.message : v;
  }
  let text: string;
  try {
    text = JSON.stringify(line);
  } catch {
    text = JSON.stringify({ ...line, fields: '[unserialisable]' });
  }
  process.stderr.write(text + '\n');
}

export const logger = {
  trace: (m: string, f?: Record<string, unknown>) => log('trace', m, f),
  debug: (m: string, f?: Record<string, unknown>) => log('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => log('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => log('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => log('error', m, f),
};

/**
 * Sends console.* output to the logger, so a dependency's console.log can never corrupt the
 * handshake or confuse go-plugin.
 */
export function redirectConsole(): void {
  const fmt = (args: unknown[]) =>
    args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.stack ?? a.message : safeInspect(a))).join(' ');
  console.log = (...a: unknown[]) => log('info', fmt(a));
  console.info = (...a: unknown[]) => log('info', fmt(a));
  console.debug = (...a: unknown[]) => log('debug', fmt(a));
  console.warn = (...a: unknown[]) => log('warn', fmt(a));
  console.error = (...a: unknown[]) => log('error', fmt(a));
  console.trace = (...a: unknown[]) => log('trace', fmt(a));
}

/** After the handshake, anything written to stdout is re-routed to stderr as a log line. */
export function sealStdout(): void {
  const stdout = process.stdout as unknown as { write: (...args: unknown[]) => boolean };
  stdout.write = (chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    log('info', `stdout: ${text.replace(/\n$/, '')}`);
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  };
}

function safeInspect(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
