/**
 * alicloud-sandbox/testing deploy(): a cdktf stack applied with the real Terraform CLI, the
 * provider served from this process and attached through TF_REATTACH_PROVIDERS.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { provider, vpc, vswitch } from '../../constructs';
import { deploy, startSandbox, TerraformError, type Deployment, type TestSandbox } from '../../testing';
import { synthForSandbox } from '../../testing/deploy';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const RPCClient = require('@alicloud/pop-core');

function vpcApi(s: TestSandbox) {
  const client = new RPCClient({ endpoint: s.endpoint, apiVersion: '2016-04-28', accessKeyId: s.accessKeyId, accessKeySecret: s.accessKeySecret });
  return (action: string, params: Record<string, string> = {}) => client.request(action, { RegionId: 'cn-hangzhou', ...params }, { method: 'POST' });
}

/** A VPC with two VSwitches, and outputs for their IDs. */
function networkStack(options: { vswitchCidr?: string; endpoint?: string } = {}): TerraformStack {
  const stack = new TerraformStack(new App(), 'network');
  new provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou', ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
  const v = new vpc.Vpc(stack, 'vpc', { vpcName: 'app', cidrBlock: '10.0.0.0/16' });
  const a = new vswitch.Vswitch(stack, 'a', { vpcId: v.id, cidrBlock: '10.0.1.0/24', zoneId: 'cn-hangzhou-b' });
  const b = new vswitch.Vswitch(stack, 'b', { vpcId: v.id, cidrBlock: options.vswitchCidr ?? '10.0.2.0/24', zoneId: 'cn-hangzhou-g' });
  new TerraformOutput(stack, 'vpcId', { value: v.id });
  new TerraformOutput(stack, 'vswitchIds', { value: [a.id, b.id] });
  return stack;
}

/** Command lines of this process's descendants (other suites on the machine run providers too). */
function descendantCommands(): string[] {
  const parent = new Map<number, number>();
  const cmdline = new Map<number, string>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after the ")".
      const stat = fs.readFileSync(path.join('/proc', entry, 'stat'), 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmdline.set(Number(entry), fs.readFileSync(path.join('/proc', entry, 'cmdline'), 'utf8').replace(/\0/g, ' '));
    } catch {
      /* the process ended */
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...cmdline].filter(([pid]) => mine(pid)).map(([, cmd]) => cmd);
}

describe('testing: deploy()', function () {
  this.timeout(120_000);
  let sandbox: TestSandbox;
  let deployment: Deployment | undefined;

  before(async () => {
    sandbox = await startSandbox();
  });
  afterEach(async () => {
    await deployment?.destroy();
    deployment = undefined;
    await sandbox.reset();
  });
  after(async () => {
    await sandbox.stop();
  });

  it('applies the stack with real Terraform: outputs, state and the sandbox agree', async () => {
    deployment = await deploy(networkStack(), { endpoint: sandbox.endpoint });
    const api = vpcApi(sandbox);
    const vpcs = await api('DescribeVpcs');
    assert.equal(vpcs.TotalCount, 1);
    assert.equal(deployment.outputs.vpcId, vpcs.Vpcs.Vpc[0].VpcId);
    const vsws = await api('DescribeVSwitches', { VpcId: String(deployment.outputs.vpcId) });
    assert.deepEqual([...(deployment.outputs.vswitchIds as string[])].sort(), vsws.VSwitches.VSwitch.map((v: { VSwitchId: string }) => v.VSwitchId).sort());
    assert.deepEqual(deployment.state.resources.map((r) => `${r.type}.${r.name}`).sort(), ['alicloud_vpc.vpc', 'alicloud_vswitch.a', 'alicloud_vswitch.b']);
  });

  it('starts no provider process: every Terraform command talks to the provider in this process', async function () {
    if (!fs.existsSync('/proc/self/cmdline')) this.skip();
    const seen = { provider: new Set<string>(), terraform: 0 };
    const poll = setInterval(() => {
      for (const cmd of descendantCommands()) {
        if (/terraform-provider-alicloud|dist\/provider\//.test(cmd)) seen.provider.add(cmd);
        if (cmd.startsWith('terraform apply')) seen.terraform++;
      }
    }, 25);
    try {
      deployment = await deploy(networkStack(), { endpoint: sandbox.endpoint });
      await deployment.plan();
    } finally {
      clearInterval(poll);
    }
    // The poll must have been able to see Terraform itself, or seeing no provider proves nothing.
    assert.ok(seen.terraform > 0, 'the process poll never saw `terraform apply` running');
    assert.deepEqual([...seen.provider], []);
    // Apply created the resources (deploy resolved), so with no provider process the attached one served them.
    assert.equal((await vpcApi(sandbox)('DescribeVpcs')).TotalCount, 1);
  });

  it('plan() right after apply is empty', async () => {
    deployment = await deploy(networkStack(), { endpoint: sandbox.endpoint });
    assert.deepEqual(await deployment.plan(), { empty: true, changes: [], drift: [] });
  });

  it('plan() reports the change when a resource was deleted behind Terraform\'s back', async () => {
    deployment = await deploy(networkStack(), { endpoint: sandbox.endpoint });
    const [, second] = deployment.outputs.vswitchIds as string[];
    await vpcApi(sandbox)('DeleteVSwitch', { VSwitchId: second });
    const plan = await deployment.plan();
    assert.equal(plan.empty, false);
    assert.deepEqual(plan.changes, [{ address: 'alicloud_vswitch.b', action: 'create' }]);
  });

  it('destroy() deletes everything it created and its working directory; a second call does nothing', async () => {
    const d = await deploy(networkStack(), { endpoint: sandbox.endpoint });
    assert.ok(fs.existsSync(path.join(d.workingDirectory, 'main.tf.json')));
    await d.destroy();
    assert.equal((await vpcApi(sandbox)('DescribeVpcs')).TotalCount, 0);
    assert.equal(fs.existsSync(d.workingDirectory), false);
    await d.destroy();
    await assert.rejects(d.plan(), /after destroy\(\)/);
  });

  it('a refused resource raises a TerraformError with summary, detail and address, and nothing it created is left', async () => {
    let error: unknown;
    try {
      deployment = await deploy(networkStack({ vswitchCidr: '10.1.0.0/24' }), { endpoint: sandbox.endpoint });
    } catch (err) {
      error = err;
    }
    assert.ok(error instanceof TerraformError, `expected a TerraformError, got ${String(error)}`);
    assert.equal(error.command, 'apply');
    const diag = error.diagnostics.find((d) => d.severity === 'error');
    assert.ok(diag, 'no error diagnostic');
    assert.equal(diag.address, 'alicloud_vswitch.b');
    assert.match(diag.summary, /InvalidParameter/);
    assert.match(diag.detail, /10\.1\.0\.0\/24/);
    assert.match(error.message, /alicloud_vswitch\.b/);
    assert.equal((await vpcApi(sandbox)('DescribeVpcs')).TotalCount, 0);
    assert.equal(fs.existsSync(error.workingDirectory), false, 'the working directory of a cleaned-up failure is left behind');
  });

  it('refuses at once, naming the endpoint and startSandbox(), when no sandbox answers there; no working directory is left', async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('alicloud-sandbox-deploy-'));
    const started = Date.now();
    await assert.rejects(deploy(networkStack(), { endpoint: 'http://127.0.0.1:1' }), (err: Error) => {
      assert.ok(!(err instanceof TerraformError), 'Terraform never ran');
      assert.match(err.message, /No sandbox answers at http:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)/);
      assert.match(err.message, /startSandbox\(\)/);
      assert.match(err.message, /npx alicloud-sandbox start/);
      return true;
    });
    // Without the check, the provider retries the first call for its 15 s operation timeout.
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
    // An explicit endpoint in the provider block is the one checked.
    await assert.rejects(deploy(networkStack({ endpoint: 'http://127.0.0.1:2' }), { endpoint: sandbox.endpoint }), /No sandbox answers at http:\/\/127\.0\.0\.1:2 /);
    const after = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('alicloud-sandbox-deploy-') && !before.includes(f));
    assert.deepEqual(after, []);
  });

  it('fills the endpoint into provider blocks without one, leaves an explicit one alone, and drops the backend', () => {
    const withoutEndpoint = synthForSandbox(networkStack(), 'http://127.0.0.1:1');
    assert.equal(withoutEndpoint.provider.alicloud[0].endpoint, 'http://127.0.0.1:1');
    const explicit = synthForSandbox(networkStack({ endpoint: 'http://127.0.0.1:2' }), 'http://127.0.0.1:1');
    assert.equal(explicit.provider.alicloud[0].endpoint, 'http://127.0.0.1:2');
    assert.equal(explicit.terraform.backend, undefined);
  });
});
