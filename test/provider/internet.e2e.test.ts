/**
 * End to end with the real Terraform binary: HCL laid out like the real aliyun/alicloud provider's
 * documentation examples for alicloud_nat_gateway, alicloud_eip_address, alicloud_eip_association,
 * alicloud_snat_entry and alicloud_forward_entry (written for this test, not copied), applied
 * unchanged against a sandbox started in this process: `snat_table_id =
 * alicloud_nat_gateway.x.snat_table_ids`, `external_ip = alicloud_eip_address.x.ip_address`, a
 * deprecated `name`, a route to the gateway. Then: an empty plan, drift, import, a refused change
 * that leaves the sandbox unchanged, and a destroy that leaves it empty.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, o: { dnatPort: string; sharedIp?: boolean } = { dnatPort: '80' }): string {
  return `${sandboxProviderBlock(url)}
variable "name" {
  default = "tf-nat-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "172.16.0.0/21"
  zone_id      = data.alicloud_zones.default.zones.0.id
  vswitch_name = var.name
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  nat_gateway_name = var.name
  payment_type     = "PayAsYouGo"
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
}

resource "alicloud_eip_address" "snat" {
  address_name = var.name
}

resource "alicloud_eip_address" "dnat" {
  name       = "legacy-named"
  ip_address = "118.31.48.48"
}

resource "alicloud_eip_association" "snat" {
  allocation_id = alicloud_eip_address.snat.id
  instance_id   = alicloud_nat_gateway.default.id
}

resource "alicloud_eip_association" "dnat" {
  allocation_id = alicloud_eip_address.dnat.id
  instance_id   = alicloud_nat_gateway.default.id
  instance_type = "Nat"
}

resource "alicloud_snat_entry" "default" {
  snat_table_id     = alicloud_nat_gateway.default.snat_table_ids
  source_vswitch_id = alicloud_vswitch.default.id
  snat_ip           = alicloud_eip_address.${o.sharedIp ? 'dnat' : 'snat'}.ip_address
}

resource "alicloud_forward_entry" "default" {
  forward_table_id = alicloud_nat_gateway.default.forward_table_ids
  external_ip      = alicloud_eip_address.dnat.ip_address
  external_port    = "${o.dnatPort}"
  ip_protocol      = "tcp"
  internal_ip      = "172.16.0.10"
  internal_port    = "8080"
  depends_on       = [alicloud_eip_association.dnat]
}

resource "alicloud_route_entry" "internet" {
  route_table_id        = alicloud_vpc.default.route_table_id
  destination_cidrblock = "0.0.0.0/0"
  nexthop_type          = "NatGateway"
  nexthop_id            = alicloud_nat_gateway.default.id
}

output "snat_ip" {
  value = alicloud_snat_entry.default.snat_ip
}
`;
}

describe('Internet access with real Terraform: HCL in the real provider docs\' layout', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let tf: TerraformDir;
  const plan = () => tf.run('plan', '-no-color', '-detailed-exitcode');
  const attrs = (type: string, name: string) => tf.state().resources.find((r: any) => r.type === type && r.name === name).instances[0].attributes;

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

  it('applies unchanged: SNAT through snat_table_ids, DNAT on the EIP\'s ip_address, a route to the gateway', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    assert.match(a.stdout, /10 added, 0 changed, 0 destroyed/);
    const nat = attrs('alicloud_nat_gateway', 'default');
    const snat = attrs('alicloud_snat_entry', 'default');
    const fwd = attrs('alicloud_forward_entry', 'default');
    assert.equal(snat.id, `${nat.snat_table_ids}:${snat.snat_entry_id}`);
    assert.equal(fwd.id, `${nat.forward_table_ids}:${fwd.forward_entry_id}`);
    assert.equal(fwd.external_ip, '118.31.48.48');
    assert.equal(attrs('alicloud_eip_address', 'dnat').address_name, 'legacy-named');
    const out = await client.call('vpc', 'DescribeNatGateways', { NatGatewayId: nat.id });
    const ips = out.NatGateways.NatGateway[0].IpLists.IpList.map((i: any) => i.IpAddress).sort();
    assert.deepEqual(ips, [attrs('alicloud_eip_address', 'snat').ip_address, '118.31.48.48'].sort());
  });

  it('plans no changes right after the apply', async () => {
    const p = await plan();
    assert.equal(p.code, 0, explain(p));
  });

  it('shows an EIP renamed out of band as drift, and puts the name back', async () => {
    const id = attrs('alicloud_eip_address', 'snat').id;
    await client.call('vpc', 'ModifyEipAddressAttribute', { AllocationId: id, Name: 'renamed-by-hand' });
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /address_name\s+= "renamed-by-hand" -> "tf-nat-example"/);
    ok(await tf.run('apply', '-auto-approve', '-no-color'));
    assert.equal(attrs('alicloud_eip_address', 'snat').address_name, 'tf-nat-example');
    assert.equal((await plan()).code, 0);
  });

  it('imports a SNAT entry and an association by the real provider\'s IDs, after which the plan is empty', async () => {
    const snatId = attrs('alicloud_snat_entry', 'default').id;
    const assocId = attrs('alicloud_eip_association', 'snat').id;
    ok(await tf.run('state', 'rm', 'alicloud_snat_entry.default', 'alicloud_eip_association.snat'));
    const i1 = await tf.run('import', '-no-color', 'alicloud_snat_entry.default', snatId);
    assert.equal(i1.code, 0, explain(i1));
    const i2 = await tf.run('import', '-no-color', 'alicloud_eip_association.snat', assocId);
    assert.equal(i2.code, 0, explain(i2));
    const p = await plan();
    assert.equal(p.code, 0, explain(p));
  });

  it('updates the DNAT port in place, and refuses SNAT on the DNAT address with the real code, leaving the entry as it was', async () => {
    tf.writeConfig(hcl(sandbox.url, { dnatPort: '8080' }));
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    assert.match(a.stdout, /0 added, 1 changed, 0 destroyed/);
    const snatBefore = attrs('alicloud_snat_entry', 'default');
    tf.writeConfig(hcl(sandbox.url, { dnatPort: '8080', sharedIp: true }));
    const refused = await tf.run('apply', '-auto-approve', '-no-color');
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /alicloud_snat_entry[\s\S]*ModifySnatEntry returned\s+Forbidden\.IpUsedInForwardTable/);
    const e = (await client.call('vpc', 'DescribeSnatTableEntries', { SnatTableId: snatBefore.snat_table_id })).SnatTableEntries.SnatTableEntry;
    assert.deepEqual(e.map((x: any) => [x.SnatEntryId, x.SnatIp]), [[snatBefore.snat_entry_id, snatBefore.snat_ip]]);
    tf.writeConfig(hcl(sandbox.url, { dnatPort: '8080' }));
  });

  it('destroys everything, leaving the sandbox empty', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    const eips = await client.call('vpc', 'DescribeEipAddresses', { PageSize: 50 });
    assert.deepEqual(eips.EipAddresses.EipAddress, []);
    const nats = await client.call('vpc', 'DescribeNatGateways', { PageSize: 50 });
    assert.deepEqual(nats.NatGateways.NatGateway, []);
    const vpcs = await client.call('vpc', 'DescribeVpcs', { PageSize: 50 });
    assert.deepEqual(vpcs.Vpcs.Vpc, []);
  });
});
