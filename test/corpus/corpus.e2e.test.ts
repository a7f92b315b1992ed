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
 * committed `.terraform.lock.hcl` (the repo's .gitignore keeps real lock files out). configs/docs-*
 * hold the real provider's docs examples, one child directory each; modules/ holds vendored
 * community modules (see EXCLUDED.md for what is left out).
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { ensureProviderBuilt } from '../helpers/terraform';
import { serveRandomProvider, type RandomProvider } from './random-provider/serve';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(REPO_ROOT, 'cli', 'main.ts');
const CONFIGS = path.join(__dirname, 'configs');
const MODULES = path.join(__dirname, 'modules');

/** Every configuration, with the address Terraform must install for it. */
interface Config {
  name: string;
  address: string;
  what: string;
  /** Extra environment for every run (a user's shell). */
  env?: Record<string, string>;
  /**
   * Why the second plan may change outputs (never resources), on the real cloud too: a data
   * source the configuration reads at plan time, before the resources it would find exist.
   */
  outputsSettle?: string;
}

const CORPUS: ReadonlyArray<Config> = [
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
  // The real provider's docs pages, one child directory per Example Usage block, grouped so that
  // one apply runs many examples (EXCLUDED.md lists the examples left out, with the reason).
  { name: 'docs-data', address: 'hashicorp/alicloud', what: 'the data-source pages\' examples (7)' },
  { name: 'docs-core', address: 'hashicorp/alicloud', what: 'the vpc, vswitch, security group (rule), route entry, instance and secondary CIDR pages\' examples (10)' },
  { name: 'docs-route-tables', address: 'hashicorp/alicloud', what: 'the route table (attachment), route tables and VPN gateway zones pages\' examples (4)' },
  { name: 'docs-internet', address: 'hashicorp/alicloud', what: 'the EIP, EIP association, NAT gateway and SNAT entry pages\' examples (5)' },
  { name: 'docs-havip', address: 'hashicorp/alicloud', what: 'the HaVip, HaVip attachment and VPC HaVip pages\' examples (3, one a variant without its resource groups)' },
  { name: 'docs-network-acl', address: 'hashicorp/alicloud', what: 'the network ACL, network ACL attachment, network ACL entries and VPC network ACL attachment pages\' examples (4)' },
  { name: 'docs-vpc-nat', address: 'hashicorp/alicloud', what: 'the forward entry page\'s example on a VPC NAT gateway\'s NAT IP, and the NAT IP and NAT IP CIDR pages\' examples (3)' },
  { name: 'docs-prefix-list', address: 'hashicorp/alicloud', what: 'the ECS and VPC prefix list pages\' examples (2; the VPC one a variant without its resource groups)' },
  // The community modules' own examples (re-created modules in modules/; EXCLUDED.md says which
  // examples are left out, and what each variant changes).
  { name: 'module-vpc-complete-without-zero', address: 'hashicorp/alicloud', what: 'the VPC module\'s complete example: a module with its own provider block, resource_group_id "" (its default), deprecated names',
    outputsSettle: 'the module reads data.alicloud_vpcs (ids = null when it creates the VPC) at plan time, before its VPC exists, so this_vpc_name and this_vpc_cidr_block are "" after the first apply' },
  // The EIP module's inner call has a provider block without a region: both providers then fall
  // back to cn-beijing, the example's region (no ALICLOUD_REGION in the shell on purpose).
  { name: 'module-eip-associate-with-nat-gateway-own-vpc', address: 'hashicorp/alicloud', what: 'the EIP module\'s associate-with-nat-gateway example: deprecated alicloud_eip bound to a NAT gateway through two module levels' },
  // The alibabacloud-automation/* modules' own examples (modules/*-v2; EXCLUDED.md lists the
  // examples left out and why).
  { name: 'modules-v2', address: 'aliyun/alicloud', what: 'the newer VPC and NAT-gateway modules\' complete examples: a resource-group lookup, a VPC in cn-hangzhou-e/-f/-g, an Enhanced gateway bound to EIPs of the vendored EIP module, DNAT and SNAT sub-modules' },
  // The newer security-group, ECS-instance, SNAT and EIP modules' examples, with the registry
  // modules they call vendored and hashicorp/random attached as a stand-in (see before()).
  { name: 'modules-v2-ecs', address: 'aliyun/alicloud', what: 'the newer security-group and SNAT modules\' complete examples (random_uuid names, every rule shape; five ecs.g9i instances behind SNAT entries by CIDR, VSwitch and instance)' },
  { name: 'modules-examples', address: 'aliyun/alicloud', what: 'the newer ECS-instance module\'s per-family examples (7 x86, bare metal, GPU, vGPU, FPGA; each its own VPC and the family\'s first type in the example\'s zone), the EIP modules\' associate-with-ecs / -nat-gateway / -network-interface examples, and a landing-zone golden-image sample' },
  { name: 'modules-network', address: 'aliyun/alicloud', what: 'more alibabacloud-automation modules\' complete examples: vpc-ecs-eip (an EIP on a secondary ENI, an ecs.g9i instance with an encrypted data disk), vpc-ecs, ecs-cluster (two instances behind SNAT and DNAT on deprecated alicloud_eip) and network-with-security-group (14 rules, source groups of another VPC)' },
  { name: 'modules-hybrid', address: 'aliyun/alicloud', what: 'the newer DNAT module\'s complete example (an ecs.g9i instance in ap-southeast-5 behind an Enhanced NAT gateway, its EIP and a tcp 80 -> 8080 DNAT entry on the gateway\'s forward table) and the route-table module\'s basic example (with the default-NODELETING VPC it presumes created beside it)' },
  { name: 'docs-eni', address: 'hashicorp/alicloud', what: 'the ENI and ENI attachment pages\' examples, deprecated names included (4)' },
  { name: 'docs-hybrid', address: 'hashicorp/alicloud', what: 'the physical connection, router interface (connection), VPN customer gateway and VPN connection (dual tunnel) pages\' examples (5)' },
  { name: 'docs-lists', address: 'hashicorp/alicloud', what: 'the SNAT / forward / route entries, VPN connections and customer gateways, regions, account and caller identity pages\' examples (8)' },
  { name: 'docs-cbwp', address: 'hashicorp/alicloud', what: 'the EIP bandwidth plan (common bandwidth package), its attachment and its data source pages\' examples (3)' },
  { name: 'modules-cbwp', address: 'aliyun/alicloud', what: 'the network-with-nat module\'s complete example: six ecs.g9i instances behind an Enhanced NAT gateway, module EIPs in EIP bandwidth plans (common bandwidth packages and attachments), SNAT by VSwitch, CIDR and instance, one DNAT entry' },
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
  // hashicorp/random, which several community modules declare, cannot be installed offline: a
  // test stand-in (random-provider/) is attached through TF_REATTACH_PROVIDERS for every run.
  let random: RandomProvider;
  const started = Date.now();

  /** `alicloud-sandbox terraform --endpoint <sandbox> <args>` in `dir`. */
  function wrapped(dir: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('ALICLOUD_SANDBOX_') || k.startsWith('TF_CLI_') || k === 'ALICLOUD_REGION' || k === 'ALIBABA_CLOUD_REGION') delete env[k];
    Object.assign(env, REAL_SHELL_CREDENTIALS, { TF_PLUGIN_CACHE_DIR: pluginCache, TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_REATTACH_PROVIDERS: JSON.stringify(random.reattach) }, extraEnv);
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
    random = await serveRandomProvider();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    pluginCache = path.join(work, '.plugin-cache');
    fs.mkdirSync(pluginCache);
    // Vendored community modules (no registry offline): configurations call them by relative path.
    if (fs.existsSync(MODULES)) fs.cpSync(MODULES, path.join(work, 'modules'), { recursive: true });
  });

  after(async () => {
    await sandbox?.close();
    await random?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
    process.stderr.write(`      (corpus: ${selected.length} configurations in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  });

  // CORPUS_ONLY=<name>[,<name>…] runs only those configurations (for local runs).
  const only = process.env.CORPUS_ONLY?.split(',').map((n) => n.trim()).filter(Boolean);
  const selected = only?.length ? CORPUS.filter((c) => only.includes(c.name)) : CORPUS;

  it('lists every configuration directory (none is left out silently)', () => {
    const dirs = fs.readdirSync(CONFIGS).filter((d) => fs.statSync(path.join(CONFIGS, d)).isDirectory());
    assert.deepEqual([...dirs].sort(), CORPUS.map((c) => c.name).sort());
  });

  for (const { name, address, what, env: extraEnv, outputsSettle } of selected) {
    it(`${name}: ${what}: applies, plans empty, destroys`, async () => {
      // configs/<name> keeps its place next to modules/, so "../../modules/<module>" resolves.
      const dir = path.join(work, 'configs', name);
      fs.cpSync(path.join(CONFIGS, name), dir, { recursive: true });
      const lockFixture = path.join(dir, 'real-provider.lock.hcl');
      const committed = fs.existsSync(lockFixture) ? fs.readFileSync(lockFixture, 'utf8') : undefined;
      if (committed !== undefined) fs.renameSync(lockFixture, path.join(dir, '.terraform.lock.hcl'));

      const init = await wrapped(dir, ['init', '-input=false'], extraEnv);
      assert.equal(init.code, 0, show(init));
      assert.match(init.stdout, new RegExp(`Installing ${address} v1\\.999\\.0`), show(init));
      // The wrapper names what it dropped (names only, never values).
      assert.match(init.stderr, /ignoring real Alibaba Cloud credentials in the environment: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY, ALICLOUD_SECURITY_TOKEN/);
      assert.ok(!`${init.stdout}${init.stderr}`.includes('LTAI5tCorpusNotReal'), 'a credential value was printed');

      const apply = await wrapped(dir, ['apply', '-auto-approve', '-input=false'], extraEnv);
      assert.equal(apply.code, 0, show(apply));
      assert.match(apply.stdout, /Apply complete! Resources: [1-9]\d* added, 0 changed, 0 destroyed/);

      const plan = await wrapped(dir, ['plan', '-detailed-exitcode', '-input=false'], extraEnv);
      if (outputsSettle && plan.code === 2) {
        // Only outputs may change (see outputsSettle); a resource change still fails.
        assert.match(plan.stdout, /Changes to Outputs:[\s\S]*without changing any real infrastructure/, show(plan));
        assert.doesNotMatch(plan.stdout, /Terraform will perform the following actions|^Plan: /m, `the second plan changes resources:\n${show(plan)}`);
      } else assert.equal(plan.code, 0, `the second plan is not empty:\n${show(plan)}`);

      const destroy = await wrapped(dir, ['destroy', '-auto-approve', '-input=false'], extraEnv);
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
