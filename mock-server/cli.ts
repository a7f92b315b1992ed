/**
 * `alicloud-sandbox start [flags]` (and, in a clone, `npm start --silent -- [flags]`): serves the
 * sandbox endpoint until SIGINT/SIGTERM. The first stdout line is exactly
 * `alicloud-sandbox listening on http://HOST:PORT`, so scripts can wait for it and read the port.
 *
 * On SIGINT/SIGTERM the server finishes in-flight requests, flushes the state file and exits 0,
 * however it was started: `npm start` execs a single node process (`exec node --import tsx`, no
 * shell or tsx parent in between), so npm's forwarded signal reaches it directly; under npx, where
 * npm's shell stays in between, the server stops when that parent goes (watchParent).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_ASYNC_DELAY_MS, DEFAULT_PORT, startSandbox, type SandboxOptions } from './app';

export const START_HELP = `Usage: alicloud-sandbox start [options]
       (in a clone of the repo: npm start --silent -- [options])

Serves a local Alibaba Cloud VPC (2016-04-28) and ECS (2014-05-26) endpoint. The first stdout
line is "alicloud-sandbox listening on http://HOST:PORT". SIGINT/SIGTERM flush the state and exit.

Options (each also read from the environment variable shown):
  --host HOST         address to listen on        ALICLOUD_SANDBOX_HOST     (default 127.0.0.1)
  --port PORT         port; 0 picks a free one    ALICLOUD_SANDBOX_PORT     (default ${DEFAULT_PORT})
  --data FILE         lowdb state file            ALICLOUD_SANDBOX_DATA     (default .sandbox/db.json; ":memory:" keeps nothing)
  --accounts FILE     extra accounts (JSON)       ALICLOUD_SANDBOX_ACCOUNTS
  --async-delay MS    time in transitional states ALICLOUD_SANDBOX_ASYNC_DELAY (default ${DEFAULT_ASYNC_DELAY_MS})
  --admin             enable the admin actions    ALICLOUD_SANDBOX_ADMIN=1  (default off)
  --faults FILE       fault rules to apply (JSON) ALICLOUD_SANDBOX_FAULTS   (the SandboxSetFaults format)
  --help              show this help

Default credentials: AccessKeyId SANDBOXACCESSKEY, AccessKeySecret sandbox-secret.`;

export class UsageError extends Error {}

function integerFlag(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${value ?? ''}".`);
  }
  return Number(value);
}

/**
 * parseArgs with this CLI's messages: an unknown flag or a stray word is named, and a flag missing
 * its value says so (parseArgs' own texts vary between Node versions).
 */
export function parseFlags<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  argv: string[],
  options: T,
): { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean } {
  // Every value is handed to parseArgs as --name=value, so a value that starts with "-" (e.g.
  // "--port -1") reaches the range check instead of being called ambiguous.
  const normalised: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([^=]+)(=.*)?$/.exec(arg);
    const short = /^-([a-zA-Z])$/.exec(arg);
    const name = m?.[1] ?? (short ? Object.keys(options).find((k) => options[k].short === short[1]) : undefined);
    if (!name || !(name in options)) throw new UsageError(`Unknown option "${arg}". Run with --help for the options.`);
    if (options[name].type === 'string') {
      if (m?.[2] !== undefined) {
        normalised.push(arg);
        continue;
      }
      const next = argv[i + 1];
      if (next === undefined || /^--./.test(next)) throw new UsageError(`Option --${name} needs a value.`);
      normalised.push(`--${name}=${next}`);
      i++;
    } else {
      if (m?.[2] !== undefined) throw new UsageError(`Option --${name} takes no value.`);
      normalised.push(`--${name}`);
    }
  }
  const { values } = parseArgs({ args: normalised, options, strict: true, allowPositionals: false });
  return values as never;
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv): SandboxOptions | 'help' {
  const flags = parseFlags(argv, {
    host: { type: 'string' },
    port: { type: 'string' },
    data: { type: 'string' },
    accounts: { type: 'string' },
    'async-delay': { type: 'string' },
    admin: { type: 'boolean' },
    faults: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help) return 'help';
  const port = flags.port ?? env.ALICLOUD_SANDBOX_PORT;
  const asyncDelay = flags['async-delay'] ?? env.ALICLOUD_SANDBOX_ASYNC_DELAY;
  return {
    host: flags.host ?? env.ALICLOUD_SANDBOX_HOST ?? '127.0.0.1',
    port: port === undefined ? DEFAULT_PORT : integerFlag('--port', port, 0, 65535),
    dataFile: flags.data ?? env.ALICLOUD_SANDBOX_DATA ?? '.sandbox/db.json',
    accountsFile: flags.accounts ?? env.ALICLOUD_SANDBOX_ACCOUNTS,
    asyncDelayMs: asyncDelay === undefined ? DEFAULT_ASYNC_DELAY_MS : integerFlag('--async-delay', asyncDelay, 0, 600_000),
    admin: flags.admin || env.ALICLOUD_SANDBOX_ADMIN === '1' || env.ALICLOUD_SANDBOX_ADMIN === 'true',
    faultsFile: flags.faults ?? env.ALICLOUD_SANDBOX_FAULTS,
  };
}

/** Why the server could not start, in words a user can act on. */
export function startFailure(err: unknown, options: SandboxOptions): string {
  const e = err as NodeJS.ErrnoException;
  const where = `${options.host ?? '127.0.0.1'}:${options.port ?? DEFAULT_PORT}`;
  if (e?.code === 'EADDRINUSE') {
    return `port ${options.port} is already in use on ${options.host ?? '127.0.0.1'} (another sandbox?). Stop that process, or pick another port with --port N (--port 0 picks a free one).`;
  }
  if (e?.code === 'EACCES') return `no permission to listen on ${where}; pick a port above 1023 with --port N.`;
  if (e?.code === 'EADDRNOTAVAIL') return `cannot listen on ${where}: this machine has no address ${options.host}; try --host 127.0.0.1.`;
  return `cannot start: ${e?.message ?? String(err)}`;
}

/** Runs `start`: returns once the server listens; the process exits on SIGINT/SIGTERM. */
export async function runStart(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let options: SandboxOptions | 'help';
  try {
    options = parseCli(argv, env);
  } catch (err) {
    process.stderr.write(`alicloud-sandbox: ${(err as Error).message}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${START_HELP}\n`);
    return;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (err) {
    process.stderr.write(`alicloud-sandbox: ${startFailure(err, options)}\n`);
    process.exit(1);
  }
  process.stdout.write(`alicloud-sandbox listening on ${sandbox.url}\n`);
  process.stderr.write(`state: ${options.dataFile}; async delay ${options.asyncDelayMs} ms; admin actions ${options.admin ? 'on' : 'off'}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`alicloud-sandbox: ${signal}: finishing in-flight requests and flushing state\n`);
    sandbox!.close().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`alicloud-sandbox: flush failed: ${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (env.npm_command || env.npm_lifecycle_event) watchParent(() => stop('npm exited'));
}

/**
 * Under npm (`npm start`, `npx alicloud-sandbox start`, a package.json script) the server runs
 * below an `sh -c` that npm signals: SIGTERM to npm kills that shell, not this process, which would
 * then keep the port and the state file. So when the parent goes away, stop as on SIGTERM. Outside
 * npm (a shell, nohup, a test helper) outliving the parent may be intended, so nothing is watched.
 */
function watchParent(onGone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    // The terminal or pipe may have gone with the parent: a failed write must not stop the flush.
    process.stdout.on('error', () => {});
    process.stderr.on('error', () => {});
    onGone();
  }, 250);
  timer.unref();
}

if (require.main === module) void runStart(process.argv.slice(2));
