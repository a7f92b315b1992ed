/**
 * End to end with the real Terraform binary: our provider, built and installed in the filesystem
 * mirror, drives a sandbox started in this process. One working directory is reused across the
 * steps (init → apply → empty plan → update in place → replacement → drift → import → destroy),
 * so the steps run in order and each builds on the previous one's state.
 *
 * The sandbox runs with a non-zero async delay: creates stay Pending/Starting for a while and the
 * provider's waiters have to wait them out.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, PROVIDER_SOURCE, PROVIDER_VERSION, explain, flex, ok, sandboxProviderBlock as providerBlock, type TerraformDir, type TerraformResult } from '../helpers/terraform';

interface Knobs {
  vpcName: string;
  vpcTags: string;
  vswDescription: string;
  sgName: string;
  ruleDescription: string;
  vmName: string;
  /** The instance's VSwitch ("a" or "b", same zone). */
  vmSubnet: 'a' | 'b';
  /** null leaves private_ip out of the configuration (the API picks one). */
  privateIp: string | null;
  routeDest: string;
}

const INITIAL: Knobs = {
  vpcName: 'e2e-vpc',
  vpcTags: '{ env = "e2e" }',
  vswDescription: 'first subnet',
  sgName: 'e2e-sg',
  ruleDescription: 'ssh from the office',
  vmName: 'e2e-vm',
  vmSubnet: 'a',
  privateIp: '10.20.1.50',
  routeDest: '192.168.100.0/24',
};

function stack(url: string, k: Knobs): string {
  return `${providerBlock(url)}
data "alicloud_zones" "z" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "main" {
  cidr_block = "10.20.0.0/16"
  vpc_name   = "${k.vpcName}"
  tags       = ${k.vpcTags}
}

resource "alicloud_vswitch" "a" {
  vpc_id       = alicloud_vpc.main.id
  cidr_block   = "10.20.1.0/24"
  zone_id      = data.alicloud_zones.z.zones[0].id
  vswitch_name = "subnet-a"
  description  = "${k.vswDescription}"
}

resource "alicloud_vswitch" "b" {
  vpc_id       = alicloud_vpc.main.id
  cidr_block   = "10.20.2.0/24"
  zone_id      = data.alicloud_zones.z.zones[0].id
  vswitch_name = "subnet-b"
}

resource "alicloud_security_group" "sg" {
  vpc_id              = alicloud_vpc.main.id
  security_group_name = "${k.sgName}"
}

resource "alicloud_security_group_rule" "ssh" {
  security_group_id = alicloud_security_group.sg.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "10.0.0.0/8"
  description       = "${k.ruleDescription}"
}

resource "alicloud_instance" "vm" {
  image_id        = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type   = "ecs.g7.large"
  vswitch_id      = alicloud_vswitch.${k.vmSubnet}.id
  security_groups = [alicloud_security_group.sg.id]
  instance_name   = "${k.vmName}"
${k.privateIp ? `  private_ip      = "${k.privateIp}"` : ''}
}

resource "alicloud_route_entry" "r" {
  route_table_id        = alicloud_vpc.main.route_table_id
  destination_cidrblock = "${k.routeDest}"
  nexthop_type          = "Instance"
  nexthop_id            = alicloud_instance.vm.id
  name                  = "to-vm"
}

data "alicloud_vswitches" "mine" {
  vpc_id     = alicloud_vpc.main.id
  name_regex = "^subnet-a$"
  depends_on = [alicloud_vswitch.a, alicloud_vswitch.b]
}

output "vswitch_ids" {
  value = data.alicloud_vswitches.mine.ids
}

data "alicloud_vpcs" "mine" {
  name_regex = "^e2e-vpc"
  depends_on = [alicloud_vpc.main]
}

output "vpc_route_tables" {
  value = data.alicloud_vpcs.mine.vpcs[*].route_table_id
}
`;
}

describe('provider lifecycle with real Terraform (e2e)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  let knobs: Knobs = { ...INITIAL };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const plan = () => tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
  const emptyPlan = async () => {
    const r = await plan();
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (address: string) => {
    const [type, name] = address.split('.');
    const r = tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed');
    assert.ok(r, `${address} not in state`);
    return r.instances[0].attributes;
  };

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 400, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(stack(sandbox.url, knobs), { prefix: 'tf-lifecycle-' });
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('terraform init works offline', async () => {
    const r = ok(await tf.run('init', '-no-color', '-input=false'));
    assert.ok(r.stdout.includes(`Installing ${PROVIDER_SOURCE} v${PROVIDER_VERSION}`), r.stdout);
  });

  it('apply creates the stack (waiting through Pending/Starting) and a second plan is empty', async () => {
    await apply();
    const vpc = attrs('alicloud_vpc.main');
    assert.match(vpc.id, /^vpc-/);
    assert.equal(vpc.status, 'Available');
    const vm = attrs('alicloud_instance.vm');
    assert.equal(vm.status, 'Running');
    assert.equal(vm.private_ip, '10.20.1.50');
    assert.equal(vm.vpc_id, vpc.id);
    const route = attrs('alicloud_route_entry.r');
    assert.equal(route.id, `${vpc.route_table_id}:${vpc.router_id}:192.168.100.0/24:Instance:${vm.id}`);
    assert.deepEqual(tf.state().outputs.vswitch_ids.value, [attrs('alicloud_vswitch.a').id]);
    assert.deepEqual(tf.state().outputs.vpc_route_tables.value, [vpc.route_table_id]);
    await emptyPlan();
  });

  it('updates names, descriptions, tags and the private IP in place', async () => {
    const before = attrs('alicloud_instance.vm');
    knobs = {
      ...knobs,
      vpcName: 'e2e-vpc-renamed',
      vpcTags: '{ env = "e2e", team = "net" }',
      vswDescription: 'renamed subnet',
      sgName: 'e2e-sg-renamed',
      ruleDescription: 'ssh from the VPN',
      vmName: 'e2e-vm-renamed',
      privateIp: '10.20.1.60',
    };
    tf.writeConfig(stack(sandbox.url, knobs));
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /0 to add, 5 to change, 0 to destroy/);
    assert.doesNotMatch(p.stdout, /must be replaced/);
    await apply();
    const vm = attrs('alicloud_instance.vm');
    assert.equal(vm.id, before.id, 'the instance was replaced instead of updated');
    assert.equal(vm.private_ip, '10.20.1.60');
    assert.equal(vm.status, 'Running');
    const live = await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([vm.id]) });
    const inst = live.Instances.Instance[0];
    assert.equal(inst.VpcAttributes.PrivateIpAddress.IpAddress[0], '10.20.1.60');
    assert.equal(inst.InstanceName, 'e2e-vm-renamed');
    assert.equal(inst.Status, 'Running');
    assert.deepEqual(attrs('alicloud_vpc.main').tags, { env: 'e2e', team: 'net' });
    await emptyPlan();
  });

  it('moves the instance to another VSwitch in place (stop, modify, start); the new address is known after apply', async () => {
    const before = attrs('alicloud_instance.vm');
    knobs = { ...knobs, vmSubnet: 'b', privateIp: null };
    tf.writeConfig(stack(sandbox.url, knobs));
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /alicloud_instance\.vm will be updated in-place/);
    assert.match(p.stdout, /private_ip\s+= "10\.20\.1\.60" -> \(known after apply\)/);
    assert.match(p.stdout, /0 to add, 1 to change, 0 to destroy/);
    await apply();
    const vm = attrs('alicloud_instance.vm');
    assert.equal(vm.id, before.id);
    assert.equal(vm.vswitch_id, attrs('alicloud_vswitch.b').id);
    assert.match(vm.private_ip, /^10\.20\.2\.\d+$/);
    assert.equal(vm.status, 'Running');
    await emptyPlan();
  });

  it('replaces a route entry whose destination changes', async () => {
    const old = attrs('alicloud_route_entry.r');
    knobs = { ...knobs, routeDest: '192.168.200.0/24' };
    tf.writeConfig(stack(sandbox.url, knobs));
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /alicloud_route_entry\.r must be replaced/);
    assert.match(p.stdout, /1 to add, 0 to change, 1 to destroy/);
    await apply();
    const now = attrs('alicloud_route_entry.r');
    assert.notEqual(now.id, old.id);
    const tables = await api.call('vpc', 'DescribeRouteTables', { RouteTableId: old.route_table_id });
    const dests = tables.RouteTables.RouteTable[0].RouteEntrys.RouteEntry.map((e: any) => e.DestinationCidrBlock);
    assert.ok(dests.includes('192.168.200.0/24'), dests.join(','));
    assert.ok(!dests.includes('192.168.100.0/24'), dests.join(','));
    await emptyPlan();
  });

  it('shows drift (object deleted, attribute changed out of band) and apply repairs it', async () => {
    const route = attrs('alicloud_route_entry.r');
    const vpc = attrs('alicloud_vpc.main');
    await api.call('vpc', 'DeleteRouteEntry', { RouteTableId: route.route_table_id, DestinationCidrBlock: route.destination_cidrblock, NextHopId: route.nexthop_id });
    await api.call('vpc', 'ModifyVpcAttribute', { VpcId: vpc.id, VpcName: 'changed-by-hand' });
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /alicloud_route_entry\.r will be created/);
    assert.match(p.stdout, /alicloud_vpc\.main will be updated in-place/);
    assert.match(p.stdout, /"changed-by-hand" -> "e2e-vpc-renamed"/);
    await apply();
    const live = await api.call('vpc', 'DescribeVpcs', { VpcId: vpc.id });
    assert.equal(live.Vpcs.Vpc[0].VpcName, 'e2e-vpc-renamed');
    await emptyPlan();
  });

  it('imports with the real provider\'s ID formats, after which the plan is empty', async () => {
    const ids = {
      'alicloud_vpc.main': attrs('alicloud_vpc.main').id,
      'alicloud_route_entry.r': attrs('alicloud_route_entry.r').id,
      'alicloud_security_group_rule.ssh': attrs('alicloud_security_group_rule.ssh').id,
      'alicloud_instance.vm': attrs('alicloud_instance.vm').id,
    };
    assert.match(ids['alicloud_security_group_rule.ssh'], /^sg-[^:]+:ingress:tcp:22\/22:intranet:10\.0\.0\.0\/8:accept:1$/);
    ok(await tf.run('state', 'rm', '-no-color', ...Object.keys(ids)));
    for (const [address, id] of Object.entries(ids)) {
      const r = ok(await tf.run('import', '-no-color', '-input=false', address, id));
      assert.match(r.stdout, /Import successful/);
    }
    await emptyPlan();
  });

  it('reports an invalid argument with its path before any API call', async () => {
    const bad = createTerraformDir(`${providerBlock(sandbox.url)}
resource "alicloud_vpc" "bad" {
  cidr_block = "10.0.0.0/33"
}
resource "alicloud_vswitch" "bad" {
  vpc_id     = "vpc-doesnotmatter"
  cidr_block = "10.0.0.0/30"
  zone_id    = "Hangzhou H"
}
`);
    try {
      ok(await bad.run('init', '-no-color', '-input=false'));
      const r = await bad.run('plan', '-no-color', '-input=false');
      assert.equal(r.code, 1, explain(r));
      assert.match(r.stderr, flex('"10.0.0.0/33" is not a valid IPv4 CIDR block'));
      assert.match(r.stderr, /on main\.tf line \d+, in resource "alicloud_vpc" "bad":\s+\d+:\s+cidr_block = "10\.0\.0\.0\/33"/);
      assert.match(r.stderr, flex('a VSwitch CIDR block needs a mask between /16 and /29'));
      assert.match(r.stderr, flex('"Hangzhou H" is not a zone id'));
    } finally {
      bad.cleanup();
    }
  });

  it('turns an API error into a diagnostic naming the resource, the code and the message', async () => {
    const vpcId = attrs('alicloud_vpc.main').id;
    const bad = createTerraformDir(`${providerBlock(sandbox.url)}
resource "alicloud_vswitch" "outside" {
  vpc_id     = "${vpcId}"
  cidr_block = "172.16.0.0/24"
  zone_id    = "cn-hangzhou-h"
}
`);
    try {
      ok(await bad.run('init', '-no-color', '-input=false'));
      const r = await bad.run('apply', '-auto-approve', '-no-color', '-input=false');
      assert.equal(r.code, 1, explain(r));
      assert.match(r.stderr, /alicloud_vswitch: CreateVSwitch failed: [A-Za-z.]+/);
      assert.match(r.stderr, flex('creating the VSwitch failed: CreateVSwitch returned'));
      assert.deepEqual(bad.state()?.resources ?? [], []);
    } finally {
      bad.cleanup();
    }
  });

  it('destroy removes everything: the sandbox holds nothing afterwards', async () => {
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    const vpcs = await api.call('vpc', 'DescribeVpcs', {});
    assert.equal(vpcs.TotalCount, 0, JSON.stringify(vpcs.Vpcs));
    const vsws = await api.call('vpc', 'DescribeVSwitches', {});
    assert.equal(vsws.TotalCount, 0);
    const instances = await api.call('ecs', 'DescribeInstances', {});
    assert.equal(instances.TotalCount, 0);
    const groups = await api.call('ecs', 'DescribeSecurityGroups', {});
    assert.equal(groups.TotalCount, 0);
    assert.deepEqual(tf.state().resources.filter((r: any) => r.mode === 'managed'), []);
  });
});
