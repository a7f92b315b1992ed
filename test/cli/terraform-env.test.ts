/**
 * cli/terraform-env.ts: the environment that points plain terraform/cdktf at the sandbox, driven
 * through the real Terraform CLI (offline: nothing here may reach a registry).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  cliConfigText,
  LAUNCHER_SCRIPT,
  launcherPath,
  launcherPaths,
  packageRoot,
  PROVIDER_ADDRESSES,
  providerMirrorDir,
  terraformEnv,
} from '../../cli/terraform-env';
import { ensureProviderBuilt } from '../helpers/terraform';

function terraform(dir: string, args: string[], env: Record<string, string>) {
  const r = spawnSync('terraform', args, { cwd: dir, env: { ...process.env, ...env, TF_IN_AUTOMATION: '1' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function config(source: string, version?: string): string {
  const v = version ? `, version = ${JSON.stringify(version)}` : '';
  return `terraform {\n  required_providers {\n    alicloud = { source = ${JSON.stringify(source)}${v} }\n  }\n}\nresource "alicloud_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n`;
}

describe('terraformEnv (cli/terraform-env.ts)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    ensureProviderBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-env-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('returns the documented variables, with absolute paths into this package', () => {
    const env = terraformEnv({ endpoint: 'http://127.0.0.1:9999' });
    assert.deepEqual(Object.keys(env).sort(), ['ALICLOUD_SANDBOX_ENDPOINT', 'ALICLOUD_SANDBOX_NODE', 'CHECKPOINT_DISABLE', 'TF_CLI_ARGS_providers_lock', 'TF_CLI_CONFIG_FILE']);
    assert.equal(env.ALICLOUD_SANDBOX_ENDPOINT, 'http://127.0.0.1:9999');
    assert.equal(env.CHECKPOINT_DISABLE, '1');
    assert.equal(env.ALICLOUD_SANDBOX_NODE, process.execPath);
    assert.equal(env.TF_CLI_ARGS_providers_lock, `-fs-mirror=${providerMirrorDir()}`);
    assert.ok(path.isAbsolute(env.TF_CLI_CONFIG_FILE) && fs.existsSync(env.TF_CLI_CONFIG_FILE));
    assert.equal(providerMirrorDir(), path.join(packageRoot(), 'provider', 'mirror'));
  });

  it('takes the endpoint from the option, else ALICLOUD_SANDBOX_ENDPOINT, else the default port', () => {
    const saved = process.env.ALICLOUD_SANDBOX_ENDPOINT;
    try {
      process.env.ALICLOUD_SANDBOX_ENDPOINT = 'http://127.0.0.1:1111';
      assert.equal(terraformEnv().ALICLOUD_SANDBOX_ENDPOINT, 'http://127.0.0.1:1111');
      assert.equal(terraformEnv({ endpoint: 'http://127.0.0.1:2222' }).ALICLOUD_SANDBOX_ENDPOINT, 'http://127.0.0.1:2222');
      delete process.env.ALICLOUD_SANDBOX_ENDPOINT;
      assert.equal(terraformEnv().ALICLOUD_SANDBOX_ENDPOINT, 'http://127.0.0.1:4590');
    } finally {
      if (saved === undefined) delete process.env.ALICLOUD_SANDBOX_ENDPOINT;
      else process.env.ALICLOUD_SANDBOX_ENDPOINT = saved;
    }
  });

  it('writes a CLI config that sends only our provider addresses to the mirror', () => {
    const text = fs.readFileSync(terraformEnv().TF_CLI_CONFIG_FILE, 'utf8');
    assert.equal(text, cliConfigText());
    assert.match(text, /filesystem_mirror \{\s+path\s+= "[^"]+\/provider\/mirror"\s+include = \[/);
    assert.match(text, /direct \{\s+exclude = \[/);
    for (const a of PROVIDER_ADDRESSES) assert.equal(text.split(`"registry.terraform.io/${a.namespace}/alicloud"`).length - 1, 2, a.namespace);
  });

  it('is idempotent: a second call rewrites nothing, and a damaged launcher is repaired', () => {
    const env = terraformEnv();
    const launcher = launcherPath();
    const before = [fs.statSync(env.TF_CLI_CONFIG_FILE).mtimeMs, fs.statSync(launcher).mtimeMs];
    terraformEnv();
    assert.deepEqual([fs.statSync(env.TF_CLI_CONFIG_FILE).mtimeMs, fs.statSync(launcher).mtimeMs], before);
    const other = launcherPath('hashicorp', '1.999.0', 'darwin_arm64');
    fs.rmSync(other);
    terraformEnv();
    assert.equal(fs.readFileSync(other, 'utf8'), LAUNCHER_SCRIPT);
    assert.equal(fs.statSync(other).mode & 0o777, 0o755);
  });

  it('fills the mirror with one path-free launcher per address and platform (linux_amd64 for cdktf included)', () => {
    terraformEnv();
    const launchers = launcherPaths();
    assert.ok(launchers.length >= PROVIDER_ADDRESSES.length * 4);
    assert.ok(launchers.includes(launcherPath('sandbox', '0.1.0', 'linux_amd64')));
    for (const l of launchers) assert.equal(fs.readFileSync(l, 'utf8'), LAUNCHER_SCRIPT, l);
    // No absolute path of this machine: not the repo, not the node binary.
    assert.ok(!LAUNCHER_SCRIPT.includes(packageRoot()) && !LAUNCHER_SCRIPT.includes(process.execPath));
  });

  it('lets plain terraform init, lock and validate a sandbox/alicloud config offline, in any directory', () => {
    const work = path.join(dir, 'sandbox');
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'main.tf'), config('sandbox/alicloud'));
    const env = terraformEnv();
    const init = terraform(work, ['init', '-no-color'], env);
    assert.equal(init.code, 0, init.out);
    assert.match(init.out, /Installing sandbox\/alicloud v0\.1\.0/);
    // What cdktf runs after init: only works offline because of TF_CLI_ARGS_providers_lock.
    const lock = terraform(work, ['providers', 'lock', '-platform=linux_amd64', '-platform=darwin_arm64', '-no-color'], env);
    assert.equal(lock.code, 0, lock.out);
    const validate = terraform(work, ['validate', '-no-color'], env);
    assert.equal(validate.code, 0, validate.out);
  });

  it('serves the real provider addresses at 1.999.0, for usual version constraints', () => {
    for (const [source, version] of [['aliyun/alicloud', '~> 1.230'], ['hashicorp/alicloud', '>= 1.0.0']] as const) {
      const work = path.join(dir, source.replace('/', '-'));
      fs.mkdirSync(work, { recursive: true });
      fs.writeFileSync(path.join(work, 'main.tf'), config(source, version));
      const init = terraform(work, ['init', '-no-color'], terraformEnv());
      assert.equal(init.code, 0, init.out);
      assert.match(fs.readFileSync(path.join(work, '.terraform.lock.hcl'), 'utf8'), new RegExp(`provider "registry.terraform.io/${source}" \\{\\s+version\\s+= "1\\.999\\.0"`));
      const validate = terraform(work, ['validate', '-no-color'], terraformEnv());
      assert.equal(validate.code, 0, validate.out);
    }
  });

  it('gives the same lock-file hash wherever the package is installed (the launcher holds no path)', () => {
    const work = path.join(dir, 'hash');
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'main.tf'), config('sandbox/alicloud'));
    const here = terraform(work, ['providers', 'lock', '-platform=linux_amd64', '-no-color'], terraformEnv());
    assert.equal(here.code, 0, here.out);
    const hashHere = fs.readFileSync(path.join(work, '.terraform.lock.hcl'), 'utf8');
    // The same mirror copied elsewhere, as another machine's install would have it.
    const elsewhere = path.join(dir, 'elsewhere', 'mirror');
    fs.cpSync(providerMirrorDir(), elsewhere, { recursive: true });
    fs.rmSync(path.join(work, '.terraform.lock.hcl'));
    const there = terraform(work, ['providers', 'lock', '-platform=linux_amd64', '-no-color'], { ...terraformEnv(), TF_CLI_ARGS_providers_lock: `-fs-mirror=${elsewhere}` });
    assert.equal(there.code, 0, there.out);
    assert.equal(fs.readFileSync(path.join(work, '.terraform.lock.hcl'), 'utf8'), hashHere);
    assert.match(hashHere, /"h1:/);
  });

  it('leaves every other provider to its usual source (the registry, unreachable here) instead of the mirror', () => {
    const work = path.join(dir, 'random');
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'main.tf'), 'terraform {\n  required_providers {\n    random = { source = "hashicorp/random" }\n  }\n}\n');
    const init = terraform(work, ['init', '-no-color'], terraformEnv());
    assert.notEqual(init.code, 0);
    // A mirror-only config would answer "not found in any of the search locations - <mirror>".
    assert.doesNotMatch(init.out, /search locations/);
    assert.match(init.out, /registry\.terraform\.io/);
  });

  it('refuses an exact real-provider release the mirror does not have, naming the version', () => {
    const work = path.join(dir, 'pinned');
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'main.tf'), config('aliyun/alicloud', '1.230.0'));
    const init = terraform(work, ['init', '-no-color'], terraformEnv());
    assert.notEqual(init.code, 0);
    assert.match(init.out, /1\.230\.0/);
    assert.ok(!fs.existsSync(path.join(work, '.terraform.lock.hcl')), 'no lock file for a failed init');
  });
});
