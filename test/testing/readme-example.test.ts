// test/network.test.ts — run with: npx mocha --require tsx/cjs test/network.test.ts
import * as assert from 'node:assert/strict';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Network, provider, vswitch } from 'alicloud-sandbox';
import { deploy, startSandbox, TerraformError, type TestSandbox } from 'alicloud-sandbox/testing';

/** A VPC with a VSwitch in each of two zones. */
function networkStack(): { stack: TerraformStack; net: Network } {
  const stack = new TerraformStack(new App(), 'network');
  new provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  const net = new Network(stack, 'app', {
    cidrBlock: '10.0.0.0/16',
    vswitches: {
      web: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24' },
      db: { zoneId: 'cn-hangzhou-g', cidrBlock: '10.0.2.0/24' },
    },
    outputs: false,
  });
  new TerraformOutput(stack, 'vpc_id', { value: net.vpcId });
  return { stack, net };
}

describe('the network stack', function () {
  this.timeout(60_000);
  let sandbox: TestSandbox;

  before(async () => {
    sandbox = await startSandbox(); // in-process, free port, in-memory state
  });
  afterEach(async () => {
    await sandbox.reset(); // every test starts from an empty cloud
  });
  after(async () => {
    await sandbox.stop();
  });

  it('deploys, shows no drift, and destroys', async () => {
    const deployment = await deploy(networkStack().stack, { endpoint: sandbox.endpoint });
    try {
      assert.match(String(deployment.outputs.vpc_id), /^vpc-/);
      const plan = await deployment.plan();
      assert.deepEqual(plan.changes, []); // nothing to change right after apply
      assert.equal(plan.empty, true);
    } finally {
      await deployment.destroy();
    }
  });

  it('fails with Terraform\'s diagnostics when the cloud refuses a resource', async () => {
    const { stack, net } = networkStack();
    // A plain binding skips the Network construct's synth-time checks: a block outside 10.0.0.0/16.
    new vswitch.Vswitch(stack, 'stray', { vpcId: net.vpcId, cidrBlock: '10.1.0.0/24', zoneId: 'cn-hangzhou-b' });
    await assert.rejects(deploy(stack, { endpoint: sandbox.endpoint }), (err: unknown) => {
      assert.ok(err instanceof TerraformError);
      assert.equal(err.diagnostics[0].address, 'alicloud_vswitch.stray');
      assert.match(err.diagnostics[0].detail, /not inside the CIDR block/);
      return true;
    });
  });
});
