/**
 * Configurations written for the real provider, on the CLI side: the lock-file swap
 * (cli/lock-file.ts), real credentials in the shell (cli/real-credentials.ts, `env` unset lines),
 * and the version constraints the docs and community modules use, checked with real Terraform.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { foreignEntries, foreignLockNotice, parseLockFile, swapInSandboxLock, terraformWorkingDir } from '../../cli/lock-file';
import { isRealCredentialVariable, realCredentialsIn, withoutRealCredentials } from '../../cli/real-credentials';
import { renderExports } from '../../cli/shell-exports';
import { terraformEnv } from '../../cli/terraform-env';
import { ensureProviderBuilt } from '../helpers/terraform';

const MAIN = path.resolve(__dirname, '..', '..', 'cli', 'main.ts');

const HEADER = '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n\n';

function entry(address: string, version: string, hash = 'h1:AAAA='): string {
  return `provider "registry.terraform.io/${address}" {\n  version     = "${version}"\n  constraints = ">= 1.0.0"\n  hashes = [\n    "${hash}",\n  ]\n}\n`;
}

const REAL_LOCK = `${HEADER}${entry('aliyun/alicloud', '1.230.0', 'h1:REAL=')}\n${entry('hashicorp/random', '3.6.0', 'h1:RANDOM=')}`;

describe('lock files of the real provider (cli/lock-file.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-swap-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the entries that lock an alicloud address to a version the sandbox does not serve', () => {
    assert.deepEqual(parseLockFile(REAL_LOCK).blocks.map((b) => [b.address, b.version]), [
      ['registry.terraform.io/aliyun/alicloud', '1.230.0'],
      ['registry.terraform.io/hashicorp/random', '3.6.0'],
    ]);
    assert.deepEqual(foreignEntries(REAL_LOCK).map((b) => b.address), ['registry.terraform.io/aliyun/alicloud']);
    // A lock written in the sandbox (1.999.0, or sandbox/alicloud) is not foreign.
    assert.deepEqual(foreignEntries(`${HEADER}${entry('aliyun/alicloud', '1.999.0')}\n${entry('sandbox/alicloud', '0.1.0')}`), []);
  });

  it('swaps in a sandbox copy that keeps the other providers\' pins, and puts the user\'s file back byte for byte', () => {
    const lock = path.join(dir, '.terraform.lock.hcl');
    fs.writeFileSync(lock, REAL_LOCK);
    const swap = swapInSandboxLock(dir, {});
    assert.ok(swap);
    assert.match(swap.notice, /locks the real provider \(aliyun\/alicloud 1\.230\.0\)/);
    const during = fs.readFileSync(lock, 'utf8');
    assert.doesNotMatch(during, /aliyun\/alicloud/);
    assert.match(during, /hashicorp\/random[\s\S]*3\.6\.0[\s\S]*h1:RANDOM=/);
    // What Terraform would write during the run, then the restore.
    fs.writeFileSync(lock, `${HEADER}${entry('aliyun/alicloud', '1.999.0', 'h1:SANDBOX=')}\n${entry('hashicorp/random', '3.6.0', 'h1:RANDOM=')}`);
    swap.restore();
    assert.equal(fs.readFileSync(lock, 'utf8'), REAL_LOCK);
    assert.ok(!fs.existsSync(path.join(dir, '.terraform', 'alicloud-sandbox', 'real.terraform.lock.hcl')));
    // The next run starts from the sandbox's own entry.
    const again = swapInSandboxLock(dir, {});
    assert.match(fs.readFileSync(lock, 'utf8'), /aliyun\/alicloud" \{\s+version\s+= "1\.999\.0"[\s\S]*h1:SANDBOX=/);
    again!.restore();
    assert.equal(fs.readFileSync(lock, 'utf8'), REAL_LOCK);
  });

  it('repairs a swap that a killed run left behind before doing anything else', () => {
    const lock = path.join(dir, '.terraform.lock.hcl');
    fs.writeFileSync(lock, REAL_LOCK);
    swapInSandboxLock(dir, {}); // never restored: the wrapper "died"
    assert.notEqual(fs.readFileSync(lock, 'utf8'), REAL_LOCK);
    const next = swapInSandboxLock(dir, {});
    next!.restore();
    assert.equal(fs.readFileSync(lock, 'utf8'), REAL_LOCK);
  });

  it('leaves a directory alone when its lock file is the sandbox\'s own or absent, and honours TF_DATA_DIR', () => {
    assert.equal(swapInSandboxLock(dir, {}), undefined);
    const own = `${HEADER}${entry('aliyun/alicloud', '1.999.0')}`;
    fs.writeFileSync(path.join(dir, '.terraform.lock.hcl'), own);
    assert.equal(swapInSandboxLock(dir, {}), undefined);
    fs.writeFileSync(path.join(dir, '.terraform.lock.hcl'), REAL_LOCK);
    const swap = swapInSandboxLock(dir, { TF_DATA_DIR: 'data' });
    assert.ok(fs.existsSync(path.join(dir, 'data', 'alicloud-sandbox', 'real.terraform.lock.hcl')));
    swap!.restore();
    assert.equal(foreignLockNotice(dir)?.includes('alicloud-sandbox terraform'), true);
  });

  it('finds the working directory from -chdir=', () => {
    assert.equal(terraformWorkingDir(['-chdir=sub', 'plan'], '/a'), '/a/sub');
    assert.equal(terraformWorkingDir(['plan', '-chdir=ignored'], '/a'), '/a');
  });
});

describe('real credentials in the shell (cli/real-credentials.ts)', () => {
  it('recognises the real provider\'s and the SDKs\' credential variables, never the sandbox\'s own', () => {
    for (const n of ['ALICLOUD_ACCESS_KEY', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_SECURITY_TOKEN', 'ALICLOUD_PROFILE', 'ALICLOUD_ASSUME_ROLE_ARN', 'ALICLOUD_ASSUME_ROLE_SESSION_EXPIRATION']) {
      assert.ok(isRealCredentialVariable(n), n);
    }
    for (const n of ['ALICLOUD_SANDBOX_ACCESS_KEY', 'ALICLOUD_SANDBOX_ENDPOINT', 'ALICLOUD_REGION', 'PATH']) assert.ok(!isRealCredentialVariable(n), n);
    const env = { ALICLOUD_ACCESS_KEY: 'LTAIx', ALICLOUD_SECRET_KEY: '', ALICLOUD_SANDBOX_ACCESS_KEY: 'B', PATH: '/bin' };
    assert.deepEqual(realCredentialsIn(env), ['ALICLOUD_ACCESS_KEY']);
    assert.deepEqual(withoutRealCredentials(env), { ALICLOUD_SANDBOX_ACCESS_KEY: 'B', PATH: '/bin' });
  });

  it('renders unset lines before the exports for sh, fish and PowerShell', () => {
    assert.equal(renderExports({ A: '1' }, 'sh', ['ALICLOUD_ACCESS_KEY']), 'unset ALICLOUD_ACCESS_KEY\nexport A=1\n');
    assert.equal(renderExports({ A: '1' }, 'fish', ['ALICLOUD_ACCESS_KEY']), 'set -e ALICLOUD_ACCESS_KEY;\nset -gx A 1;\n');
    assert.equal(renderExports({ A: '1' }, 'powershell', ['X']), "Remove-Item Env:X -ErrorAction SilentlyContinue\n$env:A = '1'\n");
  });

  it('`alicloud-sandbox env` unsets them in the evaluating shell and names them (not their values) on stderr', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ALICLOUD_ACCESS_KEY: 'LTAIsecretvalue123', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'topsecret' };
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), MAIN, 'env'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^unset ALIBABA_CLOUD_ACCESS_KEY_SECRET\nunset ALICLOUD_ACCESS_KEY\nexport TF_CLI_CONFIG_FILE=/);
    assert.match(r.stderr, /ignoring real Alibaba Cloud credentials in the environment: ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_ACCESS_KEY are unset/);
    assert.ok(!`${r.stdout}${r.stderr}`.includes('secretvalue') && !r.stderr.includes('topsecret'));
    // Evaluated by a real shell, the variables are gone.
    const sh = spawnSync('sh', ['-c', `${r.stdout}\necho "[\${ALICLOUD_ACCESS_KEY-unset}]"`], { env, encoding: 'utf8' });
    assert.equal(sh.stdout.trim(), '[unset]');
  });
});

describe('version constraints of the docs and community modules (real terraform init)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    ensureProviderBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'constraints-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const init = (name: string, hcl: string) => {
    const work = path.join(dir, name);
    fs.mkdirSync(work, { recursive: true });
    fs.writeFileSync(path.join(work, 'main.tf'), hcl);
    const r = spawnSync('terraform', ['init', '-no-color', '-input=false'], { cwd: work, env: { ...process.env, ...terraformEnv(), TF_IN_AUTOMATION: '1' }, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const pinned = (constraint: string) => `terraform {\n  required_providers {\n    alicloud = { source = "aliyun/alicloud", version = "${constraint}" }\n  }\n}\n`;

  for (const constraint of ['>= 1.56.0', '>= 1.120.0', '~> 1.200', '>= 1.200.0, < 2.0.0']) {
    it(`installs 1.999.0 for "${constraint}"`, () => {
      const r = init(constraint.replace(/[^0-9a-z]+/gi, '-'), pinned(constraint));
      assert.equal(r.code, 0, r.out);
      assert.match(r.out, /Installing aliyun\/alicloud v1\.999\.0/);
    });
  }

  it('refuses "~> 1.200.0" (patch releases of 1.200 only), naming the constraint', () => {
    const r = init('patch-only', pinned('~> 1.200.0'));
    assert.notEqual(r.code, 0);
    assert.match(r.out, /1\.200\.0/);
  });

  it('installs both addresses when a child module says aliyun/alicloud and the root says nothing', () => {
    const work = path.join(dir, 'module');
    fs.mkdirSync(path.join(work, 'mod'), { recursive: true });
    fs.writeFileSync(path.join(work, 'mod', 'main.tf'), `${pinned('>= 1.120.0')}resource "alicloud_vpc" "m" {\n  cidr_block = "10.0.0.0/16"\n}\n`);
    const r = init('module', 'module "m" {\n  source = "./mod"\n}\nresource "alicloud_vpc" "root" {\n  cidr_block = "10.1.0.0/16"\n}\n');
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /Installing aliyun\/alicloud v1\.999\.0/);
    assert.match(r.out, /Installing hashicorp\/alicloud v1\.999\.0/);
  });
});
