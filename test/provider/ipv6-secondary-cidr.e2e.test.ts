/**
 * End to end with the real Terraform binary: IPv6 (a VPC with enable_ipv6, a VSwitch with
 * ipv6_cidr_block_mask, an instance with ipv6_address_count), a secondary IPv4 block
 * (alicloud_vpc_ipv4_cidr_block) with a VSwitch inside it, and a security group without vpc_id (a
 * classic-network group), in HCL laid out like the real provider's docs examples (written for this
 * test). Apply, an empty second plan, a refused instance in the classic group that leaves nothing
 * behind, destroy.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { ipv6BlockContains, parseIpv6, parseIpv6Cidr } from '../../network-rules/ipv6';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, o: { classicInstance?: boolean } = {}): string {
  return `${sandboxProviderBlock(url)}
variable "name" {
  default = "tf-ipv6-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name    = var.name
  cidr_block  = "172.16.0.0/12"
  enable_ipv6 = true
}

resource "alicloud_vpc_ipv4_cidr_block" "default" {
  vpc_id               = alicloud_vpc.default.id
  secondary_cidr_block = "192.168.0.0/16"
}

resource "alicloud_vswitch" "default" {
  vswitch_name         = var.name
  vpc_id               = alicloud_vpc.default.id
  cidr_block           = "172.16.0.0/21"
  zone_id              = data.alicloud_zones.default.zones.0.id
  enable_ipv6          = true
  ipv6_cidr_block_mask = 22
}

resource "alicloud_vswitch" "secondary" {
  vswitch_name = "\${var.name}-secondary"
  vpc_id       = alicloud_vpc_ipv4_cidr_block.default.vpc_id
  cidr_block   = "192.168.1.0/24"
  zone_id      = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_security_group" "default" {
  name   = var.name
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_security_group" "classic" {
  name        = "\${var.name}-classic"
  description = "Basic Usage: no vpc_id"
}

resource "alicloud_instance" "default" {
  instance_name      = var.name
  image_id           = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type      = "ecs.g7.large"
  security_groups    = [alicloud_security_group.default.id]
  vswitch_id         = alicloud_vswitch.default.id
  ipv6_address_count = 1
}
${
  o.classicInstance
    ? `
resource "alicloud_instance" "classic" {
  instance_name   = "\${var.name}-classic"
  image_id        = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type   = "ecs.g7.large"
  security_groups = [alicloud_security_group.classic.id]
  vswitch_id      = alicloud_vswitch.secondary.id
}
`
    : ''
}`;
}

describe('IPv6, secondary CIDR blocks and classic security groups with real Terraform', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let tf: TerraformDir;
  const attrs = (type: string, name: string) => tf.state().resources.find((r: any) => r.type === type && r.name === name)?.instances[0].attributes;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    tf = createTerraformDir(hcl(sandbox.url));
    ok(await tf.run('init', '-no-color'));
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies unchanged: the VPC gets a /56, the VSwitch the /64 at its index, the instance an address in it', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    const vpc = attrs('alicloud_vpc', 'default');
    const vsw = attrs('alicloud_vswitch', 'default');
    const vpcBlock = parseIpv6Cidr(vpc.ipv6_cidr_block)!;
    assert.equal(vpcBlock.prefix, 56);
    const vswBlock = parseIpv6Cidr(vsw.ipv6_cidr_block)!;
    assert.equal(vswBlock.prefix, 64);
    assert.equal(vswBlock.network - vpcBlock.network, 22n << 64n);
    const inst = attrs('alicloud_instance', 'default');
    assert.equal(inst.ipv6_addresses.length, 1);
    assert.ok(ipv6BlockContains(vswBlock, parseIpv6(inst.ipv6_addresses[0])!), inst.ipv6_addresses[0]);
  });

  it('adds the secondary block, puts a VSwitch in it, and makes the group without vpc_id a classic one', async () => {
    const block = attrs('alicloud_vpc_ipv4_cidr_block', 'default');
    assert.equal(block.id, `${attrs('alicloud_vpc', 'default').id}:192.168.0.0/16`);
    const v = await client.call('vpc', 'DescribeVpcAttribute', { VpcId: block.vpc_id });
    assert.deepEqual(v.SecondaryCidrBlocks.SecondaryCidrBlock, ['192.168.0.0/16']);
    assert.equal(attrs('alicloud_vswitch', 'secondary').cidr_block, '192.168.1.0/24');
    const classic = attrs('alicloud_security_group', 'classic');
    const groups = await client.call('ecs', 'DescribeSecurityGroups', { NetworkType: 'classic' });
    assert.deepEqual(groups.SecurityGroups.SecurityGroup.map((g: any) => g.SecurityGroupId), [classic.id]);
  });

  it('plans no changes right after the apply', async () => {
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('refuses an instance in a VPC that names the classic group, with the real code, and leaves no instance behind', async () => {
    tf.writeConfig(hcl(sandbox.url, { classicInstance: true }));
    const r = await tf.run('apply', '-auto-approve', '-no-color');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /InvalidSecurityGroupId\.NotVpc/);
    assert.equal(attrs('alicloud_instance', 'classic'), undefined);
    const all = await client.call('ecs', 'DescribeInstances', { PageSize: 50 });
    assert.equal(all.Instances.Instance.length, 1);
    tf.writeConfig(hcl(sandbox.url));
  });

  it('destroys everything, leaving the sandbox without VPCs or groups', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    const vpcs = await client.call('vpc', 'DescribeVpcs', { PageSize: 50 });
    assert.deepEqual(vpcs.Vpcs.Vpc, []);
    const groups = await client.call('ecs', 'DescribeSecurityGroups', { PageSize: 50 });
    assert.deepEqual(groups.SecurityGroups.SecurityGroup, []);
  });
});
