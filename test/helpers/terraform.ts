/**
 * Helpers for end-to-end tests that drive the real Terraform binary through our provider.
 *
 * Usage:
 *   before(function () { this.timeout(120_000); ensureProviderBuilt(); });
 *   const tf = createTerraformDir(`
 *     provider "alicloud" { endpoint = "${sandboxUrl}" }
 *     resource "alicloud_vpc" "main" { cidr_block = "10.0.0.0/16" }
 *   `);
 *   expect((await tf.run('init')).code).to.equal(0);
 *   const r = await tf.run('apply', '-auto-approve');
 *   tf.writeConfig(newHcl);          // rewrite main.tf
 *   tf.cleanup();                    // in after()
 *
 * Every run gets TF_CLI_CONFIG_FILE=<repo>/terraform.rc (the filesystem mirror written by the
 * build), CHECKPOINT_DISABLE=1 and TF_IN_AUTOMATION=1, because these machines point
 * TF_CLI_CONFIG_FILE at a missing file and have no network.
 *
 * The `terraform { required_providers { alicloud = { source = "sandbox/alicloud" } } }` block is
 * added automatically unless the config already declares required_providers.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeCodegen, writeDescriptor } from '../../provider/protocol/proto-services';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const TERRAFORM_RC = path.join(REPO_ROOT, 'terraform.rc');
export const PROVIDER_BUNDLE = path.join(REPO_ROOT, 'dist', 'provider', 'provider.js');
export const PROVIDER_SOURCE = 'sandbox/alicloud';
export const PROVIDER_VERSION = '0.1.0';

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Extra environment for this run (merged over the defaults). */
  env?: Record<string, string | undefined>;
  /** Kill terraform after this many ms (default 180 s). */
  timeoutMs?: number;
}

export interface TerraformDir {
  /** The temporary working directory. */
  dir: string;
  /** Replaces main.tf (the required_providers block is added as in createTerraformDir). */
  writeConfig(hcl: string): void;
  /** Writes any other file into the working directory. */
  writeFile(name: string, content: string): void;
  /** Runs `terraform <args...>` in the directory. Never rejects on a non-zero exit. */
  run(...args: Array<string | RunOptions>): Promise<TerraformResult>;
  /** Reads terraform.tfstate as JSON (null when absent). */
  state(): any;
  /** Removes the directory. */
  cleanup(): void;
}

/** The environment every terraform run gets. */
export function terraformEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: TERRAFORM_RC,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
  };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function withRequiredProviders(hcl: string): string {
  if (/required_providers\s*{/.test(hcl)) return hcl;
  return `terraform {
  required_providers {
    alicloud = {
      source  = "${PROVIDER_SOURCE}"
      version = "${PROVIDER_VERSION}"
    }
  }
}

${hcl}
`;
}

/** Creates a fresh temp working directory holding main.tf. */
export function createTerraformDir(hcl: string, options: { prefix?: string } = {}): TerraformDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix ?? 'tf-e2e-'));
  const writeConfig = (text: string) => fs.writeFileSync(path.join(dir, 'main.tf'), withRequiredProviders(text));
  writeConfig(hcl);
  return {
    dir,
    writeConfig,
    writeFile: (name, content) => fs.writeFileSync(path.join(dir, name), content),
    run: (...args) => {
      const opts = (typeof args[args.length - 1] === 'object' ? args.pop() : {}) as RunOptions;
      return runTerraform(dir, args as string[], opts);
    },
    state: () => {
      const p = path.join(dir, 'terraform.tfstate');
      return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : null;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs terraform in `dir` with the project's environment. Resolves on exit, whatever the code. */
export function runTerraform(dir: string, args: string[], options: RunOptions = {}): Promise<TerraformResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', args, { cwd: dir, env: terraformEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start terraform (is it on PATH?): ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'mirror' || entry === 'node_modules' || entry === 'schema.json') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

let builtThisRun = false;

/**
 * Builds the provider (npm run build:provider) unless the bundle, the mirror launcher and
 * terraform.rc exist and the bundle is newer than every file under provider/. Runs at most once
 * per test process. Throws with the build output when the build fails.
 */
export function ensureProviderBuilt(): void {
  if (builtThisRun) return;
  const launcher = launcherPath();
  const fresh =
    fs.existsSync(PROVIDER_BUNDLE) &&
    fs.existsSync(TERRAFORM_RC) &&
    fs.existsSync(launcher) &&
    fs.existsSync(path.join(path.dirname(PROVIDER_BUNDLE), 'start.js')) &&
    fs.statSync(PROVIDER_BUNDLE).mtimeMs >=
      Math.max(
        newestMtime(path.join(REPO_ROOT, 'provider')),
        newestMtime(path.join(REPO_ROOT, 'scripts', 'build-provider.ts')),
        newestMtime(path.join(REPO_ROOT, 'scripts', 'provider-start.js')),
      );
  if (!fresh) {
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(REPO_ROOT, 'scripts', 'build-provider.ts')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`provider build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  builtThisRun = true;
}

/** Where ensureTestProviderBuilt puts the test provider: bundle, protos, mirror and CLI config. */
export const TEST_PROVIDER_DIR = path.join(REPO_ROOT, 'dist', 'test-provider');
/** The CLI config whose filesystem mirror holds the test provider (same address as the real one). */
export const TEST_TERRAFORM_RC = path.join(TEST_PROVIDER_DIR, 'terraform.rc');

let testProviderBuilt = false;

/**
 * Builds the TEST provider: test/provider/test-provider-main.ts (the shipped provider plus the test
 * double alicloud_test_thing) bundled with esbuild into dist/test-provider/, installed in a
 * filesystem mirror of its own under the usual address. Runs pass
 * `{ env: { TF_CLI_CONFIG_FILE: TEST_TERRAFORM_RC } }` to use it. Once per test process.
 */
export async function ensureTestProviderBuilt(): Promise<void> {
  if (testProviderBuilt) return;
  const { build } = await import('esbuild');
  const tmp = fs.mkdtempSync(path.join(path.dirname(TEST_PROVIDER_DIR), '.test-provider-'));
  await build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'provider', 'test-provider-main.ts')],
    outfile: path.join(tmp, 'provider.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  // proto-services.ts finds the protos next to the bundle; pre-parsed forms make each start faster.
  const protoSrc = path.join(REPO_ROOT, 'provider', 'protocol', 'proto');
  fs.mkdirSync(path.join(tmp, 'proto'));
  for (const f of fs.readdirSync(protoSrc)) if (f.endsWith('.proto')) fs.copyFileSync(path.join(protoSrc, f), path.join(tmp, 'proto', f));
  writeDescriptor(path.join(tmp, 'proto'));
  writeCodegen(path.join(tmp, 'proto'));
  const launcher = path.join(
    tmp,
    'mirror',
    'registry.terraform.io',
    PROVIDER_SOURCE,
    PROVIDER_VERSION,
    osArch(),
    `terraform-provider-alicloud_v${PROVIDER_VERSION}`,
  );
  fs.mkdirSync(path.dirname(launcher), { recursive: true });
  const bundle = path.join(TEST_PROVIDER_DIR, 'provider.js');
  fs.writeFileSync(launcher, `#!/bin/sh\nexec '${process.execPath}' '${bundle}' "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(
    path.join(tmp, 'terraform.rc'),
    `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(path.join(TEST_PROVIDER_DIR, 'mirror'))}\n  }\n}\n`,
  );
  // Swap the finished directory in whole, so a concurrent run never sees half a build.
  const old = `${TEST_PROVIDER_DIR}.old-${process.pid}`;
  if (fs.existsSync(TEST_PROVIDER_DIR)) fs.renameSync(TEST_PROVIDER_DIR, old);
  fs.renameSync(tmp, TEST_PROVIDER_DIR);
  fs.rmSync(old, { recursive: true, force: true });
  testProviderBuilt = true;
}

/** Terraform's OS_ARCH for this machine, e.g. linux_amd64. */
export function osArch(): string {
  const osName = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' } as Record<string, string>)[process.arch] ?? process.arch;
  return `${osName}_${arch}`;
}

/** Absolute path of the installed launcher in the filesystem mirror. */
export function launcherPath(): string {
  return path.join(
    REPO_ROOT,
    'provider',
    'mirror',
    'registry.terraform.io',
    PROVIDER_SOURCE,
    PROVIDER_VERSION,
    osArch(),
    `terraform-provider-alicloud_v${PROVIDER_VERSION}`,
  );
}

/** A Terraform run's exit code and output, for assertion messages. */
export function explain(r: TerraformResult): string {
  return `exit ${r.code}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;
}

/** A literal as a regex that tolerates Terraform's line wrapping between words. */
export function flex(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '\\s+'));
}

/** Asserts that a Terraform run exited 0 and returns it. */
export function ok(r: TerraformResult): TerraformResult {
  if (r.code !== 0) throw new Error(`terraform was expected to exit 0:\n${explain(r)}`);
  return r;
}

/** The provider block for a sandbox at `url`, with the default account, in cn-hangzhou. */
export function sandboxProviderBlock(url: string): string {
  return `
provider "alicloud" {
  endpoint   = "${url}"
  access_key = "SANDBOXACCESSKEY"
  secret_key = "sandbox-secret"
  region     = "cn-hangzhou"
}
`;
}
