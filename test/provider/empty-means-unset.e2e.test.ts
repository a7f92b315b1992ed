/**
 * End to end with the real Terraform binary: "" on an optional+computed argument means "not set",
 * as in the real provider (SDKv2 cannot tell "" from unset). The community modules pass their
 * defaults through (`resource_group_id = var.resource_group_id`, default ""; `isp = var.isp`,
 * default ""; `private_ip = var.private_ip`, default ""), so a refusal or a diff after apply would
 * stop them, and so would "" in state where the real provider stores the API's value: a module
 * output or a SNAT entry reading `private_ip` would get "". Also the deprecated
 * alicloud_eip, which the EIP and NAT-gateway modules declare: the same resource as
 * alicloud_eip_address under its old name (ip_address, status, import by allocation id).
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, group: string): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "this" {
  name              = "module-vpc"
  cidr_block        = "10.10.0.0/16"
  resource_group_id = "${group}"
}

resource "alicloud_security_group" "this" {
  name              = "module-sg"
  vpc_id            = alicloud_vpc.this.id
  resource_group_id = "${group}"
}

resource "alicloud_vswitch" "this" {
  vpc_id     = alicloud_vpc.this.id
  cidr_block = "10.10.1.0/24"
  zone_id    = "cn-hangzhou-h"
}

# The ECS-instance module's defaults: private_ip = "" and password = "".
resource "alicloud_instance" "this" {
  image_id          = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type     = "ecs.g7.large"
  vswitch_id        = alicloud_vswitch.this.id
  security_groups   = [alicloud_security_group.this.id]
  private_ip        = ""
  password          = ""
  resource_group_id = "${group}"
}

# What a module's output or a SNAT entry reads back: the address the API chose, as with the real
# provider, never "".
output "private_ip" {
  value = alicloud_instance.this.private_ip
}

resource "alicloud_eip" "this" {
  name                 = "module-eip"
  bandwidth            = 5
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = 1
  isp                  = ""
  resource_group_id    = "${group}"
  tags                 = { Name = "module-eip" }
}
`;
}

describe('provider: "" means unset on optional+computed arguments, and the deprecated alicloud_eip (real Terraform)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const attrs = (type: string) => tf.state().resources.find((r: any) => r.type === type).instances[0].attributes;
  const plan = () => tf.run('plan', '-no-color', '-detailed-exitcode');

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, dataFile: ':memory:', asyncDelayMs: 10 });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    tf = createTerraformDir(hcl(sandbox.url, ''));
    ok(await tf.run('init', '-no-color'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies resource_group_id = "", isp = "" and private_ip = "" (the modules\' defaults): the API picks each value and state records it, as with the real provider (SDKv2)', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    const vpc = (await api.call('vpc', 'DescribeVpcs', { VpcId: attrs('alicloud_vpc').id })).Vpcs.Vpc[0];
    assert.match(vpc.ResourceGroupId, /^rg-/, 'the VPC is in no resource group');
    assert.equal(attrs('alicloud_vpc').resource_group_id, vpc.ResourceGroupId);
    assert.equal(attrs('alicloud_security_group').resource_group_id, vpc.ResourceGroupId);
    const eip = (await api.call('vpc', 'DescribeEipAddresses', { AllocationId: attrs('alicloud_eip').id })).EipAddresses.EipAddress[0];
    assert.equal(eip.ISP, 'BGP');
    assert.equal(attrs('alicloud_eip').isp, 'BGP');
    const inst = (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([attrs('alicloud_instance').id]) })).Instances.Instance[0];
    const ip = inst.VpcAttributes.PrivateIpAddress.IpAddress[0];
    assert.match(ip, /^10\.10\.1\.\d+$/);
    assert.equal(attrs('alicloud_instance').private_ip, ip);
    assert.equal(tf.state().outputs.private_ip.value, ip, 'the output reads "" instead of the address');
    assert.equal(attrs('alicloud_instance').password, '', 'a non-computed "" stays as configured');
  });

  it('plans no changes after the apply', async () => {
    const p = await plan();
    assert.equal(p.code, 0, `expected an empty plan:\n${explain(p)}`);
  });

  it('serves alicloud_eip as alicloud_eip_address does: ip_address, status, the deprecated name and charge type', () => {
    const e = attrs('alicloud_eip');
    assert.match(e.id, /^eip-/);
    assert.match(e.ip_address, /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(e.status, 'Available');
    assert.equal(e.name, 'module-eip');
    assert.equal(e.address_name, 'module-eip');
    assert.equal(e.instance_charge_type, 'PostPaid');
    assert.equal(e.payment_type, 'PayAsYouGo');
    assert.equal(e.bandwidth, '5');
  });

  it('imports alicloud_eip by its allocation id; with "" configured, the imported group is no reason to replace it', async () => {
    const id = attrs('alicloud_eip').id;
    ok(await tf.run('state', 'rm', 'alicloud_eip.this'));
    const i = await tf.run('import', '-no-color', 'alicloud_eip.this', id);
    assert.equal(i.code, 0, explain(i));
    assert.match(attrs('alicloud_eip').resource_group_id, /^rg-/);
    const p = await plan();
    assert.doesNotMatch(p.stdout, /must be replaced|forces replacement/, explain(p));
    ok(await tf.run('apply', '-auto-approve', '-no-color'));
    assert.equal(attrs('alicloud_eip').id, id, 'the EIP was replaced');
    assert.equal((await plan()).code, 0);
  });

  it('still refuses a resource_group_id that is not a group id, and creates nothing', async () => {
    tf.writeConfig(`${hcl(sandbox.url, '')}
resource "alicloud_vpc" "bad" {
  cidr_block        = "10.20.0.0/16"
  resource_group_id = "default"
}
`);
    const r = await plan();
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, /"default" is not a resource group id/);
    const vpcs = await api.call('vpc', 'DescribeVpcs', {});
    assert.equal(vpcs.TotalCount, 1);
    tf.writeConfig(hcl(sandbox.url, ''));
  });

  it('destroys everything', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    assert.equal((await api.call('vpc', 'DescribeEipAddresses', {})).TotalCount, 0);
    assert.equal((await api.call('vpc', 'DescribeVpcs', {})).TotalCount, 0);
    assert.equal((await api.call('ecs', 'DescribeInstances', {})).TotalCount, 0);
  });
});
