/**
 * Runs cdktf-cli on the examples app (cdktf.json) against a running sandbox:
 *
 *   npm run deploy -- <stack> [more cdktf args]     cdktf deploy <stack> --auto-approve
 *   npm run destroy -- <stack> [more cdktf args]    cdktf destroy <stack> --auto-approve
 *   npm run synth                                   cdktf synth (every stack)
 *
 * It sets what cdktf and Terraform need here, whatever the shell has:
 *   - the variables of `alicloud-sandbox env` (cli/terraform-env.ts): TF_CLI_CONFIG_FILE (the
 *     filesystem mirror of our provider), TF_CLI_ARGS_providers_lock, CHECKPOINT_DISABLE=1, ...;
 *   - CI=1 (no interactive UI) and CDKTF_DISABLE_PLUGIN_CACHE_ENV=1 (no shared plugin cache that
 *     could hold an older build);
 *   - TF_CLI_ARGS_init=-reconfigure: the local state path comes from the environment, so a changed
 *     path re-initialises the stack's directory instead of failing;
 *   - --skip-provider-lock: otherwise cdktf runs `terraform providers lock`, which asks
 *     registry.terraform.io for sandbox/alicloud and fails offline.
 * It builds the provider first when the bundle is missing or older than provider/ sources.
 *
 * The endpoint comes from $ALICLOUD_SANDBOX_ENDPOINT (default http://127.0.0.1:4590); state goes
 * to $ALICLOUD_SANDBOX_STATE_DIR (default <repo>/.cdktf-state).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSandbox } from '../cli/sandbox-health';
import { terraformEnv } from '../cli/terraform-env';

export { checkSandbox };
import { BUNDLE, buildProvider, launcherPath, TERRAFORM_RC } from './build-provider';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const CDKTF_BIN = path.join(path.dirname(require.resolve('cdktf-cli/package.json')), 'bundle', 'bin', 'cdktf');

/** The environment every cdktf/terraform run gets. */
export function cdktfEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...terraformEnv(),
    CI: '1',
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1',
    FORCE_COLOR: '0',
    // The state path follows $ALICLOUD_SANDBOX_STATE_DIR; when it changes, re-initialise the
    // working directory for the new path instead of failing with "Backend configuration changed".
    TF_CLI_ARGS_init: process.env.TF_CLI_ARGS_init ?? '-reconfigure',
    ...extra,
  };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'mirror' || entry.name === 'node_modules') continue;
      newest = Math.max(newest, newestMtime(full));
    } else if (/\.(ts|proto)$/.test(entry.name)) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** True when the provider must be (re)built before Terraform can use it. */
export function providerNeedsBuild(): boolean {
  if (!fs.existsSync(BUNDLE) || !fs.existsSync(launcherPath()) || !fs.existsSync(TERRAFORM_RC)) return true;
  const inputs = [path.join(REPO_ROOT, 'scripts', 'build-provider.ts'), path.join(REPO_ROOT, 'scripts', 'provider-start.js')].filter((f) => fs.existsSync(f));
  const newest = Math.max(newestMtime(path.join(REPO_ROOT, 'provider')), ...inputs.map((f) => fs.statSync(f).mtimeMs));
  return newest > fs.statSync(BUNDLE).mtimeMs;
}

/** Builds the provider (scripts/build-provider.ts) when it is missing or stale. */
export async function ensureProvider(log: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<boolean> {
  if (!providerNeedsBuild()) return false;
  log('building the provider (npm run build:provider) ...');
  await buildProvider({ quiet: true });
  return true;
}

export interface RunOptions {
  /** Extra environment (e.g. ALICLOUD_SANDBOX_ENDPOINT, ALICLOUD_SANDBOX_STATE_DIR). */
  env?: NodeJS.ProcessEnv;
  /** Working directory holding cdktf.json. Default: the repo root. */
  cwd?: string;
  /** Called with each output line; default: none (the output is returned). */
  onLine?: (line: string) => void;
  /** Kill cdktf after this many ms. Default: 10 minutes. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  output: string;
  ms: number;
}

/** Runs `cdktf <args>` with the environment above and collects its output. */
export function runCdktf(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CDKTF_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: cdktfEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let partial = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (!options.onLine) return;
      partial += text;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) options.onLine(l);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 10 * 60_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (partial && options.onLine) options.onLine(partial);
      resolve({ code: code ?? (signal ? 128 : 1), output, ms: Date.now() - started });
    });
  });
}

/** Strips ANSI colour codes (cdktf colours Terraform's output even with --no-color). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

export interface StackRunOptions extends RunOptions {
  /** Synthesized output dir (cdktf --output). Default: cdktf.json's "cdktf.out". */
  outdir?: string;
  /** Where to write the stack outputs as JSON (deploy only). */
  outputsFile?: string;
  /** Extra cdktf arguments. */
  extraArgs?: string[];
}

function stackArgs(command: 'deploy' | 'destroy', stack: string, o: StackRunOptions): string[] {
  const args = [command, stack, '--auto-approve', '--skip-provider-lock', '--no-color'];
  if (o.outdir) args.push('--output', o.outdir);
  if (command === 'deploy' && o.outputsFile) args.push('--outputs-file', o.outputsFile);
  return [...args, ...(o.extraArgs ?? [])];
}

export function deployStack(stack: string, options: StackRunOptions = {}): Promise<RunResult> {
  return runCdktf(stackArgs('deploy', stack, options), options);
}

export function destroyStack(stack: string, options: StackRunOptions = {}): Promise<RunResult> {
  return runCdktf(stackArgs('destroy', stack, options), options);
}

/** The last lines of a cdktf run that explain a failure (errors first). */
export function failureSummary(output: string, lines = 25): string {
  const clean = stripAnsi(output).split('\n').map((l) => l.trimEnd());
  const errorAt = clean.findIndex((l) => /Error:|error:/.test(l));
  const from = errorAt >= 0 ? errorAt : Math.max(0, clean.length - lines);
  return clean.slice(from, from + lines).join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const usage = 'usage: tsx scripts/cdktf.ts <deploy|destroy> <stack> [cdktf args] | synth [cdktf args]';
  if (command !== 'deploy' && command !== 'destroy' && command !== 'synth') {
    console.error(usage);
    return 2;
  }
  const endpoint = process.env.ALICLOUD_SANDBOX_ENDPOINT ?? 'http://127.0.0.1:4590';
  if (command !== 'synth') {
    const [stack, ...extra] = rest;
    if (!stack || stack.startsWith('-')) {
      console.error(`${usage}\nstacks: quickstart, route-table, move-instance, default-network`);
      return 2;
    }
    await ensureProvider();
    const health = await checkSandbox(endpoint);
    if (health) {
      console.error(`${health}\nStart it first (npm start --silent, or npm start --silent -- --port N with ALICLOUD_SANDBOX_ENDPOINT=http://127.0.0.1:N), or try npm run demo.`);
      return 1;
    }
    console.error(`${command} ${stack} against ${endpoint} ...`);
    const run = command === 'deploy' ? deployStack : destroyStack;
    const result = await run(stack, { extraArgs: extra, onLine: (l) => process.stdout.write(`${l}\n`) });
    console.error(`${command} ${stack}: ${result.code === 0 ? 'done' : `failed (exit ${result.code})`} in ${(result.ms / 1000).toFixed(1)} s`);
    return result.code;
  }
  const result = await runCdktf(['synth', ...rest], { onLine: (l) => process.stdout.write(`${l}\n`) });
  return result.code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`cdktf failed: ${(err as Error).stack ?? err}`);
      process.exit(1);
    },
  );
}
