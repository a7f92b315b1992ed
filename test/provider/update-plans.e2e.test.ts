/**
 * Computed values that an update changes are "(known after apply)" in the plan of that update, and
 * stay known in the plans of updates that leave them alone (each resource's `changesWith` marks,
 * provider/resources/common.ts keepComputedOnUpdate), driven through real Terraform against the
 * sandbox: a VPC's and a VSwitch's IPv6 block when IPv6 is turned on, and an instance's public IP
 * when its bandwidth goes above 0. After each apply the next plan is empty, so the unknown values
 * were filled in with what the API holds.
 */
import { strict as assert } from 'node:assert';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

interface Net {
  vpcIpv6: boolean;
  vswitchIpv6: boolean;
  vswitchName: string;
  bandwidth: number;
  instanceName: string;
}

function stack(url: string, n: Net): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "v" {
  vpc_name    = "update-plans"
  cidr_block  = "10.40.0.0/16"
  enable_ipv6 = ${n.vpcIpv6}
}

resource "alicloud_vswitch" "s" {
  vpc_id       = alicloud_vpc.v.id
  cidr_block   = "10.40.1.0/24"
  zone_id      = "cn-hangzhou-i"
  vswitch_name = "${n.vswitchName}"${n.vswitchIpv6 ? `
  enable_ipv6          = true
  ipv6_cidr_block_mask = 3` : ''}
}

resource "alicloud_security_group" "g" {
  vpc_id = alicloud_vpc.v.id
}

resource "alicloud_instance" "i" {
  image_id                   = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type              = "ecs.g7.large"
  vswitch_id                 = alicloud_vswitch.s.id
  security_groups            = [alicloud_security_group.g.id]
  instance_name              = "${n.instanceName}"
  internet_max_bandwidth_out = ${n.bandwidth}
}
`;
}

describe('plans of in-place updates show what the API will change as unknown (real Terraform)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  let net: Net;

  const run = (...args: string[]) => tf.run(...args, '-no-color', '-input=false');
  /** Each resource's planned change (`terraform show -json` of a saved plan), by resource type. */
  const plan = async (next: Partial<Net>): Promise<Record<string, { actions: string[]; after: any; after_unknown: any }>> => {
    net = { ...net, ...next };
    tf.writeConfig(stack(sandbox.url, net));
    ok(await run('plan', '-out=tfplan'));
    const shown = ok(await tf.run('show', '-json', 'tfplan'));
    return Object.fromEntries(JSON.parse(shown.stdout).resource_changes.map((c: any) => [c.type, c.change]));
  };
  const applyAndSettle = async () => {
    ok(await tf.run('apply', '-no-color', '-input=false', 'tfplan'));
    const again = await run('plan', '-detailed-exitcode');
    assert.equal(again.code, 0, `the plan after the apply should be empty:\n${explain(again)}`);
  };
  const attrs = (type: string) => tf.state().resources.find((r: any) => r.type === type).instances[0].attributes;

  before(async () => {
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 50, log: () => {} });
    net = { vpcIpv6: false, vswitchIpv6: false, vswitchName: 'one', bandwidth: 0, instanceName: 'one' };
    tf = createTerraformDir(stack(sandbox.url, net), { prefix: 'tf-update-plans-' });
    ok(await run('init'));
    ok(await run('apply', '-auto-approve'));
  });
  after(async () => {
    if (tf) {
      await run('destroy', '-auto-approve');
      tf.cleanup();
    }
    await sandbox?.close();
  });

  it('a VPC: turning IPv6 on plans its block, ISP line and block list as unknown, and nothing else', async () => {
    assert.equal(attrs('alicloud_vpc').ipv6_cidr_block, '');
    const c = (await plan({ vpcIpv6: true })).alicloud_vpc;
    assert.deepEqual(c.actions, ['update']);
    assert.equal(c.after_unknown.ipv6_cidr_block, true);
    assert.equal(c.after_unknown.ipv6_isp, true);
    assert.equal(c.after_unknown.ipv6_cidr_blocks, true);
    for (const stable of ['route_table_id', 'router_id', 'status', 'create_time', 'region_id', 'cidr_block']) {
      assert.ok(!c.after_unknown[stable], `${stable} stays known`);
      assert.equal(c.after[stable], attrs('alicloud_vpc')[stable], stable);
    }
    await applyAndSettle();
    assert.match(attrs('alicloud_vpc').ipv6_cidr_block, /::\/56$/);
  });

  it('a VSwitch: a rename leaves its IPv6 block known; turning IPv6 on plans the block as unknown', async () => {
    const rename = (await plan({ vswitchName: 'two' })).alicloud_vswitch;
    assert.deepEqual(rename.actions, ['update']);
    assert.ok(!rename.after_unknown.ipv6_cidr_block, 'a rename does not touch the IPv6 block');
    assert.equal(rename.after.ipv6_cidr_block, '');
    await applyAndSettle();

    const c = (await plan({ vswitchIpv6: true })).alicloud_vswitch;
    assert.deepEqual(c.actions, ['update']);
    assert.equal(c.after_unknown.ipv6_cidr_block, true);
    for (const stable of ['status', 'create_time', 'cidr_block', 'vpc_id']) {
      assert.ok(!c.after_unknown[stable], `${stable} stays known`);
    }
    await applyAndSettle();
    // The /64 with index 3 of the VPC's /56 (a /56 ends in 00 in its fourth group).
    assert.equal(attrs('alicloud_vswitch').ipv6_cidr_block, attrs('alicloud_vpc').ipv6_cidr_block.replace(/00::\/56$/, '03::/64'));
  });

  it('an instance: a bandwidth above 0 plans its public IP as unknown; a rename leaves it known', async () => {
    const before = attrs('alicloud_instance');
    assert.equal(before.public_ip, '');
    const c = (await plan({ bandwidth: 5 })).alicloud_instance;
    assert.deepEqual(c.actions, ['update']);
    assert.equal(c.after_unknown.public_ip, true);
    for (const stable of ['private_ip', 'primary_ip_address', 'create_time', 'start_time', 'cpu', 'memory', 'os_name', 'vpc_id', 'status']) {
      assert.ok(!c.after_unknown[stable], `${stable} stays known`);
      assert.deepEqual(c.after[stable], before[stable], stable);
    }
    await applyAndSettle();
    const withIp = attrs('alicloud_instance').public_ip;
    assert.match(withIp, /^\d+\.\d+\.\d+\.\d+$/);

    const rename = (await plan({ instanceName: 'two' })).alicloud_instance;
    assert.deepEqual(rename.actions, ['update']);
    assert.ok(!rename.after_unknown.public_ip, 'a rename does not touch the public IP');
    assert.equal(rename.after.public_ip, withIp);
    await applyAndSettle();
    assert.equal(attrs('alicloud_instance').public_ip, withIp);
  });
});
