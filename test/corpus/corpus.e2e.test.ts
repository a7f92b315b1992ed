/**
 * The corpus: Terraform configurations written for the real aliyun/alicloud provider (their
 * structure and argument facts taken from the real provider's docs pages and the community
 * modules; the HCL is our own), run unchanged through `alicloud-sandbox terraform`, as a user of
 * the real provider would: init, apply, a second plan that must be empty, destroy.
 *
 * All configurations share one sandbox (in-process, port 0) and one plugin cache, and run in
 * sequence. The shell they run from carries real-looking credentials on purpose: the wrapper must
 * drop them (if it passed ALICLOUD_ACCESS_KEY on, the provider would sign with an unknown key and
 * every apply would fail).
 *
 * configs/<name>/ holds each configuration; `real-provider.lock.hcl` is put in place as the
 * committed `.terraform.lock.hcl` (the repo's .gitignore keeps real lock files out).
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { ensureProviderBuilt } from '../helpers/terraform';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(REPO_ROOT, 'cli', 'main.ts');
const CONFIGS = path.join(__dirname, 'configs');

/** Every configuration, with the address Terraform must install for it. */
const CORPUS: ReadonlyArray<{ name: string; address: string; what: string }> = [
  { name: 'vpc-vswitch', address: 'aliyun/alicloud', what: 'a VPC and a VSwitch in a zone from alicloud_zones (>= 1.120.0)' },
  { name: 'no-required-providers', address: 'hashicorp/alicloud', what: 'no terraform block at all: a group with ingress and egress rules' },
  { name: 'module-network', address: 'aliyun/alicloud', what: 'a child network module (count, numbered names, merged tags) used twice, once creating nothing (~> 1.200)' },
  { name: 'security-group-module', address: 'aliyun/alicloud', what: 'a child security-group module expanding predefined rules over CIDR blocks and groups (>= 1.56.0)' },
  { name: 'instance-web', address: 'aliyun/alicloud', what: 'a web instance with a public bandwidth in a zone filtered by type and disk category' },
  { name: 'route-entry', address: 'aliyun/alicloud', what: 'a custom route through an instance (no version constraint)' },
  { name: 'eip-instance', address: 'aliyun/alicloud', what: 'an EIP associated with an instance' },
  { name: 'nat-snat-dnat', address: 'aliyun/alicloud', what: 'an Enhanced NAT gateway with two EIPs, a SNAT entry and a DNAT entry' },
  { name: 'vpc-lookups', address: 'aliyun/alicloud', what: 'alicloud_vpcs and alicloud_vswitches filters feeding a resource' },
  { name: 'committed-lock', address: 'aliyun/alicloud', what: 'a committed .terraform.lock.hcl for the real provider 1.230.0' },
];

/** What a user's shell might hold for the real cloud; none of it may reach the provider. */
const REAL_SHELL_CREDENTIALS = {
  ALICLOUD_ACCESS_KEY: 'NOTASANDBOXACCOUNT',
  ALICLOUD_SECRET_KEY: 'real-secret',
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tCorpusNotReal000000',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'real-secret',
  ALICLOUD_SECURITY_TOKEN: 'real-token',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('corpus: configurations written for the real provider run unchanged through the wrapper', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let work: string;
  let pluginCache: string;
  const started = Date.now();

  /** `alicloud-sandbox terraform --endpoint <sandbox> <args>` in `dir`. */
  function wrapped(dir: string, args: string[]): Promise<Run> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('ALICLOUD_SANDBOX_') || k.startsWith('TF_CLI_')) delete env[k];
    Object.assign(env, REAL_SHELL_CREDENTIALS, { TF_PLUGIN_CACHE_DIR: pluginCache, TF_IN_AUTOMATION: '1', TF_INPUT: '0' });
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), MAIN, 'terraform', '--endpoint', sandbox.url, ...args, '-no-color'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  const show = (r: Run) => `exit ${r.code}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`;

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, dataFile: ':memory:', asyncDelayMs: 20 });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    pluginCache = path.join(work, '.plugin-cache');
    fs.mkdirSync(pluginCache);
  });

  after(async () => {
    await sandbox?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
    process.stderr.write(`      (corpus: ${CORPUS.length} configurations in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  });

  it('lists every configuration directory (none is left out silently)', () => {
    const dirs = fs.readdirSync(CONFIGS).filter((d) => fs.statSync(path.join(CONFIGS, d)).isDirectory());
    assert.deepEqual([...dirs].sort(), CORPUS.map((c) => c.name).sort());
  });

  for (const { name, address, what } of CORPUS) {
    it(`${name}: ${what}: applies, plans empty, destroys`, async () => {
      const dir = path.join(work, name);
      fs.cpSync(path.join(CONFIGS, name), dir, { recursive: true });
      const lockFixture = path.join(dir, 'real-provider.lock.hcl');
      const committed = fs.existsSync(lockFixture) ? fs.readFileSync(lockFixture, 'utf8') : undefined;
      if (committed !== undefined) fs.renameSync(lockFixture, path.join(dir, '.terraform.lock.hcl'));

      const init = await wrapped(dir, ['init', '-input=false']);
      assert.equal(init.code, 0, show(init));
      assert.match(init.stdout, new RegExp(`Installing ${address} v1\\.999\\.0`), show(init));
      // The wrapper names what it dropped (names only, never values).
      assert.match(init.stderr, /ignoring real Alibaba Cloud credentials in the environment: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY, ALICLOUD_SECURITY_TOKEN/);
      assert.ok(!`${init.stdout}${init.stderr}`.includes('LTAI5tCorpusNotReal'), 'a credential value was printed');

      const apply = await wrapped(dir, ['apply', '-auto-approve', '-input=false']);
      assert.equal(apply.code, 0, show(apply));
      assert.match(apply.stdout, /Apply complete! Resources: [1-9]\d* added, 0 changed, 0 destroyed/);

      const plan = await wrapped(dir, ['plan', '-detailed-exitcode', '-input=false']);
      assert.equal(plan.code, 0, `the second plan is not empty:\n${show(plan)}`);

      const destroy = await wrapped(dir, ['destroy', '-auto-approve', '-input=false']);
      assert.equal(destroy.code, 0, show(destroy));
      const state = JSON.parse(fs.readFileSync(path.join(dir, 'terraform.tfstate'), 'utf8'));
      assert.deepEqual(state.resources.filter((r: any) => r.mode === 'managed'), [], 'managed resources left in state after destroy');

      if (committed !== undefined) {
        assert.match(init.stderr, /locks the real provider \(aliyun\/alicloud 1\.230\.0\)/);
        assert.equal(fs.readFileSync(path.join(dir, '.terraform.lock.hcl'), 'utf8'), committed, 'the committed lock file was changed');
        const copy = fs.readFileSync(path.join(dir, '.terraform', 'alicloud-sandbox', 'terraform.lock.hcl'), 'utf8');
        assert.match(copy, /provider "registry\.terraform\.io\/aliyun\/alicloud" \{\s+version\s+= "1\.999\.0"/);
      }
    });
  }
});
