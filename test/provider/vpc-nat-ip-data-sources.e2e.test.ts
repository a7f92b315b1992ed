/**
 * data "alicloud_vpc_nat_ips" and data "alicloud_vpc_nat_ip_cidrs" with the real Terraform binary,
 * the way the real provider's docs use them (ids, name_regex, nat_ip_cidr, nat_ip_name,
 * nat_ip_ids, status; nat_ip_cidrs, nat_ip_cidr_name), over a VPC NAT gateway this configuration
 * creates; and an ENI whose ipv6_address_count changes in place (AssignIpv6Addresses), not by
 * replacement. Apply; an empty second plan; destroy.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, ipv6Count: number): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name    = "nat-ip-lists"
  cidr_block  = "172.16.0.0/12"
  enable_ipv6 = true
}

resource "alicloud_vswitch" "default" {
  vpc_id               = alicloud_vpc.default.id
  cidr_block           = "172.16.0.0/21"
  zone_id              = data.alicloud_zones.default.zones.0.id
  ipv6_cidr_block_mask = 1
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  vswitch_id       = alicloud_vswitch.default.id
  nat_gateway_name = "nat-ip-lists"
  nat_type         = "Enhanced"
  network_type     = "intranet"
}

resource "alicloud_vpc_nat_ip_cidr" "extra" {
  nat_gateway_id   = alicloud_nat_gateway.default.id
  nat_ip_cidr      = "192.168.0.0/16"
  nat_ip_cidr_name = "my-NatIpCidr-extra"
}

resource "alicloud_vpc_nat_ip" "one" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidr    = alicloud_vpc_nat_ip_cidr.extra.nat_ip_cidr
  nat_ip_name    = "my-NatIp-one"
}

resource "alicloud_vpc_nat_ip" "two" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidr    = alicloud_vpc_nat_ip_cidr.extra.nat_ip_cidr
  nat_ip_name    = "other-two"
}

data "alicloud_vpc_nat_ips" "ids" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  ids            = [alicloud_vpc_nat_ip.one.id]
}

data "alicloud_vpc_nat_ips" "nameRegex" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  name_regex     = "^my-NatIp"
  depends_on     = [alicloud_vpc_nat_ip.one, alicloud_vpc_nat_ip.two]
}

data "alicloud_vpc_nat_ips" "natIpCidr" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidr    = alicloud_vpc_nat_ip_cidr.extra.nat_ip_cidr
  output_file    = "nat-ips.json"
  depends_on     = [alicloud_vpc_nat_ip.one, alicloud_vpc_nat_ip.two]
}

data "alicloud_vpc_nat_ips" "natIpName" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_name    = [alicloud_vpc_nat_ip.two.nat_ip_name]
}

data "alicloud_vpc_nat_ips" "natIpIds" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_ids     = [alicloud_vpc_nat_ip.two.nat_ip_id]
  status         = "Available"
}

data "alicloud_vpc_nat_ip_cidrs" "all" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  status         = "Available"
  depends_on     = [alicloud_vpc_nat_ip_cidr.extra]
}

data "alicloud_vpc_nat_ip_cidrs" "byName" {
  nat_gateway_id   = alicloud_nat_gateway.default.id
  nat_ip_cidr_name = [alicloud_vpc_nat_ip_cidr.extra.nat_ip_cidr_name]
}

data "alicloud_vpc_nat_ip_cidrs" "byCidr" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidrs   = [alicloud_vpc_nat_ip_cidr.extra.nat_ip_cidr]
  ids            = [alicloud_vpc_nat_ip_cidr.extra.id]
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_ecs_network_interface" "v6" {
  vswitch_id         = alicloud_vswitch.default.id
  security_group_ids = [alicloud_security_group.default.id]
  ipv6_address_count = ${ipv6Count}
}
`;
}

describe('data sources alicloud_vpc_nat_ips / alicloud_vpc_nat_ip_cidrs, and ENI IPv6 changed in place, through Terraform', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;

  const data = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'data').instances[0].attributes;
  const managed = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 50, log: () => {} });
    tf = createTerraformDir(hcl(sandbox.url, 1), { prefix: 'tf-nat-ip-lists-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('lists NAT IPs and blocks with the real filters and result fields, and writes output_file', async () => {
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
    const gw = managed('alicloud_nat_gateway', 'default').id;
    const one = managed('alicloud_vpc_nat_ip', 'one');
    const two = managed('alicloud_vpc_nat_ip', 'two');

    const byIds = data('alicloud_vpc_nat_ips', 'ids');
    assert.deepEqual(byIds.ids, [one.id]);
    assert.deepEqual(byIds.ips.map((i: any) => [i.id, i.nat_ip_id, i.nat_gateway_id, i.nat_ip, i.nat_ip_cidr, i.nat_ip_name, i.status, i.is_default]), [
      [one.id, one.nat_ip_id, gw, one.nat_ip, '192.168.0.0/16', 'my-NatIp-one', 'Available', false],
    ]);
    assert.deepEqual(data('alicloud_vpc_nat_ips', 'nameRegex').names, ['my-NatIp-one']);
    const inCidr = data('alicloud_vpc_nat_ips', 'natIpCidr');
    assert.deepEqual(inCidr.ids.slice().sort(), [one.id, two.id].sort(), 'the default NAT IP is in the VSwitch block, not this one');
    const written = JSON.parse(fs.readFileSync(path.join(tf.dir, 'nat-ips.json'), 'utf8'));
    assert.deepEqual(written.map((i: any) => i.id).sort(), [one.id, two.id].sort());
    assert.deepEqual(data('alicloud_vpc_nat_ips', 'natIpName').ids, [two.id]);
    assert.deepEqual(data('alicloud_vpc_nat_ips', 'natIpIds').ids, [two.id]);

    const all = data('alicloud_vpc_nat_ip_cidrs', 'all');
    assert.deepEqual(all.cidrs.map((c: any) => [c.nat_ip_cidr, c.is_default, c.status]).sort(), [['172.16.0.0/21', true, 'Available'], ['192.168.0.0/16', false, 'Available']]);
    const extra = all.cidrs.find((c: any) => !c.is_default);
    assert.equal(extra.id, `${gw}:192.168.0.0/16`);
    assert.equal(extra.id, managed('alicloud_vpc_nat_ip_cidr', 'extra').id);
    assert.match(extra.nat_ip_cidr_id, /^vpcnatcidr-/);
    assert.notEqual(extra.create_time, '');
    assert.deepEqual(data('alicloud_vpc_nat_ip_cidrs', 'byName').names, ['my-NatIpCidr-extra']);
    assert.deepEqual(data('alicloud_vpc_nat_ip_cidrs', 'byCidr').ids, [extra.id]);
    await emptyPlan();
  });

  it('changes an ENI\'s IPv6 addresses in place (AssignIpv6Addresses / UnassignIpv6Addresses), keeping its ID', async () => {
    const before = managed('alicloud_ecs_network_interface', 'v6');
    assert.equal(before.ipv6_addresses.length, 1);
    tf.writeConfig(hcl(sandbox.url, 3));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('0 to add, 1 to change, 0 to destroy'), explain(p));
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
    const grown = managed('alicloud_ecs_network_interface', 'v6');
    assert.equal(grown.id, before.id);
    assert.equal(grown.ipv6_addresses.length, 3);
    assert.ok(grown.ipv6_addresses.includes(before.ipv6_addresses[0]), 'the first address stays');
    await emptyPlan();
    tf.writeConfig(hcl(sandbox.url, 2));
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
    const shrunk = managed('alicloud_ecs_network_interface', 'v6');
    assert.equal(shrunk.id, before.id);
    assert.equal(shrunk.ipv6_addresses.length, 2);
    await emptyPlan();
  });

  it('destroys everything', async () => {
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal(tf.state()?.resources?.length ?? 0, 0);
  });
});
