/**
 * `alicloud-sandbox terraform …` and `alicloud-sandbox cdktf …`: run the user's own tool with the
 * sandbox environment (cli/terraform-env.ts), passing arguments, output and exit code through
 * unchanged. The sandbox counterparts of tflocal/cdklocal.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { swapInSandboxLock, terraformWorkingDir, type LockSwap } from './lock-file';
import { ignoredCredentialsNotice, realCredentialsIn, withoutRealCredentials } from './real-credentials';
import { checkSandbox, howToStart } from './sandbox-health';
import { packageRoot } from './terraform-env';

export type Tool = 'terraform' | 'cdktf';

/** Subcommands that talk to the sandbox: checked for a running sandbox first, with a clear message. */
const NEEDS_SANDBOX: Record<Tool, ReadonlySet<string>> = {
  terraform: new Set(['plan', 'apply', 'destroy', 'refresh', 'import']),
  cdktf: new Set(['deploy', 'destroy', 'diff', 'plan', 'apply']),
};

/** The first word that is not a flag (terraform's -chdir=DIR may come first). */
export function subcommand(args: string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

export function needsSandbox(tool: Tool, args: string[]): boolean {
  const sub = subcommand(args);
  return sub !== undefined && NEEDS_SANDBOX[tool].has(sub);
}

/**
 * The cdktf to run: the project's own (node_modules/.bin/cdktf in the working directory or above),
 * else the one installed next to this package, else undefined.
 */
export function findCdktf(cwd = process.cwd()): { command: string; args: string[] } | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'cdktf.cmd' : 'cdktf');
    if (fs.existsSync(bin)) return { command: bin, args: [] };
    if (path.dirname(dir) === dir) break;
  }
  try {
    const pkg = require.resolve('cdktf-cli/package.json', { paths: [packageRoot()] });
    const bin = path.join(path.dirname(pkg), 'bundle', 'bin', 'cdktf');
    if (fs.existsSync(bin)) return { command: process.execPath, args: [bin] };
  } catch {
    // not installed anywhere we can see
  }
  return undefined;
}

const NOT_FOUND: Record<Tool, string> = {
  terraform: 'terraform was not found on PATH. Install Terraform (1.5 or newer; tested with 1.11) and try again.',
  cdktf: 'cdktf was not found: no node_modules/.bin/cdktf in this directory or above. Install it in your project with: npm install --save-dev cdktf-cli@^0.21',
};

/** Terraform subcommands that never read the lock file (no swap, no notice). */
const NO_LOCK_FILE = new Set(['fmt', 'version', 'login', 'logout', 'metadata']);

/**
 * Runs the tool and resolves with the exit code to leave with. Real Alibaba Cloud credentials in
 * this process's environment are not passed on (cli/real-credentials.ts), and a lock file pinning
 * the real provider is swapped for the run (cli/lock-file.ts). SIGTERM/SIGHUP are passed on; SIGINT
 * is not, because Ctrl-C already reaches the child (same process group), and a second SIGINT would
 * make Terraform abandon its work instead of stopping gracefully.
 */
export async function runTool(tool: Tool, args: string[], env: Record<string, string>, io: { cwd?: string } = {}): Promise<number> {
  if (needsSandbox(tool, args)) {
    const problem = await checkSandbox(env.ALICLOUD_SANDBOX_ENDPOINT);
    if (problem) {
      process.stderr.write(`alicloud-sandbox: ${problem}\n${howToStart(env.ALICLOUD_SANDBOX_ENDPOINT)}\n`);
      return 1;
    }
  }
  const found = tool === 'cdktf' ? findCdktf(io.cwd) : { command: 'terraform', args: [] };
  if (!found) {
    process.stderr.write(`alicloud-sandbox: ${NOT_FOUND[tool]}\n`);
    return 127;
  }
  const ignored = realCredentialsIn(process.env);
  if (ignored.length) process.stderr.write(ignoredCredentialsNotice(ignored, 'run'));
  const childEnv = { ...withoutRealCredentials(process.env), ...env };
  const sub = subcommand(args);
  let swap: LockSwap | undefined;
  if (tool === 'terraform' && sub !== undefined && !NO_LOCK_FILE.has(sub)) {
    swap = swapInSandboxLock(terraformWorkingDir(args, io.cwd), childEnv);
    if (swap) process.stderr.write(swap.notice);
  }
  try {
    return await spawnTool(tool, found, args, childEnv, io.cwd);
  } finally {
    swap?.restore();
  }
}

function spawnTool(tool: Tool, found: { command: string; args: string[] }, args: string[], env: NodeJS.ProcessEnv, cwd: string | undefined): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(found.command, [...found.args, ...args], { cwd, env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onTerm = forward('SIGTERM');
    const onHup = forward('SIGHUP');
    const onInt = () => {};
    process.on('SIGTERM', onTerm);
    process.on('SIGHUP', onHup);
    process.on('SIGINT', onInt);
    const done = (code: number) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGHUP', onHup);
      process.off('SIGINT', onInt);
      resolve(code);
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      process.stderr.write(`alicloud-sandbox: ${err.code === 'ENOENT' ? NOT_FOUND[tool] : `cannot run ${tool}: ${err.message}`}\n`);
      done(127);
    });
    // A tool killed by a signal leaves as a shell reports it, 128 + the signal's number (SIGPIPE
    // from `… | head` gives 141), so scripts see the same code as without the wrapper.
    child.on('exit', (code, signal) => done(code ?? 128 + ((signal && os.constants.signals[signal]) || os.constants.signals.SIGTERM)));
  });
}
