/**
 * `npm start [-- --flags]`: serves the sandbox endpoint until SIGINT/SIGTERM.
 * The first stdout line is exactly `alicloud-sandbox listening on http://HOST:PORT`, so scripts can
 * wait for it and read the port.
 */
import { DEFAULT_ASYNC_DELAY_MS, DEFAULT_PORT, startSandbox, type SandboxOptions } from './app';

const HELP = `Usage: npm start -- [options]

Serves a local Alibaba Cloud VPC (2016-04-28) and ECS (2014-05-26) endpoint.

Options (each also read from the environment variable shown):
  --host HOST         address to listen on        ALICLOUD_SANDBOX_HOST     (default 127.0.0.1)
  --port PORT         port; 0 picks a free one    ALICLOUD_SANDBOX_PORT     (default ${DEFAULT_PORT})
  --data FILE         lowdb state file            ALICLOUD_SANDBOX_DATA     (default .sandbox/db.json; ":memory:" keeps nothing)
  --accounts FILE     extra accounts (JSON)       ALICLOUD_SANDBOX_ACCOUNTS
  --async-delay MS    time in transitional states ALICLOUD_SANDBOX_ASYNC_DELAY (default ${DEFAULT_ASYNC_DELAY_MS})
  --admin             enable the admin actions    ALICLOUD_SANDBOX_ADMIN=1  (default off)
  --help              show this help

Default credentials: AccessKeyId SANDBOXACCESSKEY, AccessKeySecret sandbox-secret.`;

export class UsageError extends Error {}

function integerFlag(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${value ?? ''}".`);
  }
  return Number(value);
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv): SandboxOptions | 'help' {
  const values: Record<string, string | undefined> = {
    host: env.ALICLOUD_SANDBOX_HOST,
    port: env.ALICLOUD_SANDBOX_PORT,
    data: env.ALICLOUD_SANDBOX_DATA,
    accounts: env.ALICLOUD_SANDBOX_ACCOUNTS,
    'async-delay': env.ALICLOUD_SANDBOX_ASYNC_DELAY,
  };
  let admin = env.ALICLOUD_SANDBOX_ADMIN === '1' || env.ALICLOUD_SANDBOX_ADMIN === 'true';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--admin') {
      admin = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !(m[1] in values)) {
      throw new UsageError(`Unknown option "${arg}". Run with --help for the options.`);
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`Option --${m[1]} needs a value.`);
    values[m[1]] = value;
  }
  return {
    host: values.host ?? '127.0.0.1',
    port: values.port === undefined ? DEFAULT_PORT : integerFlag('--port', values.port, 0, 65535),
    dataFile: values.data ?? '.sandbox/db.json',
    accountsFile: values.accounts,
    asyncDelayMs: values['async-delay'] === undefined ? DEFAULT_ASYNC_DELAY_MS : integerFlag('--async-delay', values['async-delay'], 0, 600_000),
    admin,
  };
}

async function main(): Promise<void> {
  let options: SandboxOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (err) {
    process.stderr.write(`alicloud-sandbox: ${(err as Error).message}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (err) {
    process.stderr.write(`alicloud-sandbox: cannot start: ${(err as Error).message}\n`);
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
}

if (require.main === module) void main();
