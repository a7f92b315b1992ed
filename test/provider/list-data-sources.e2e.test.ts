/**
 * End to end with the real Terraform binary: the list data sources real configurations query for
 * the families the sandbox serves (SNAT and forward entries, route entries, security group rules,
 * regions, VPN connections and customer gateways, router interfaces, physical connections, the
 * deprecated alicloud_eips, and the account / caller identity answered by the sandbox's STS).
 * Each list is read twice over the same resources: once with filters that narrow to the object
 * the configuration made, once with a filter nothing matches, which must give an empty list (not
 * an error). Two write output_file. Apply, an empty second plan, destroy.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';
import { regionsDataSource } from '../../provider/data-sources/regions';
import type { ProviderContext } from '../../provider/framework/types';

function hcl(url: string, dir: string): string {
  return `${sandboxProviderBlock(url)}
variable "name" {
  default = "tf-list-ds"
}

data "alicloud_enhanced_nat_available_zones" "default" {}

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "172.16.0.0/24"
  zone_id      = data.alicloud_enhanced_nat_available_zones.default.zones.0.zone_id
  vswitch_name = var.name
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  vswitch_id       = alicloud_vswitch.default.id
  nat_gateway_name = var.name
  nat_type         = "Enhanced"
  payment_type     = "PayAsYouGo"
}

resource "alicloud_eip_address" "snat" {
  address_name = "\${var.name}-snat"
}

resource "alicloud_eip_address" "dnat" {
  address_name = "\${var.name}-dnat"
}

resource "alicloud_eip_association" "snat" {
  allocation_id = alicloud_eip_address.snat.id
  instance_id   = alicloud_nat_gateway.default.id
}

resource "alicloud_eip_association" "dnat" {
  allocation_id = alicloud_eip_address.dnat.id
  instance_id   = alicloud_nat_gateway.default.id
}

resource "alicloud_snat_entry" "default" {
  snat_table_id     = alicloud_nat_gateway.default.snat_table_ids
  source_vswitch_id = alicloud_vswitch.default.id
  snat_ip           = alicloud_eip_address.snat.ip_address
  snat_entry_name   = "\${var.name}-snat"
  depends_on        = [alicloud_eip_association.snat]
}

resource "alicloud_forward_entry" "default" {
  forward_table_id   = alicloud_nat_gateway.default.forward_table_ids
  external_ip        = alicloud_eip_address.dnat.ip_address
  external_port      = "80"
  ip_protocol        = "tcp"
  internal_ip        = "172.16.0.3"
  internal_port      = "8080"
  forward_entry_name = "\${var.name}-dnat"
  depends_on         = [alicloud_eip_association.dnat]
}

resource "alicloud_security_group" "default" {
  security_group_name = var.name
  vpc_id              = alicloud_vpc.default.id
}

resource "alicloud_security_group_rule" "ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "accept"
  port_range        = "22/22"
  priority          = 1
  security_group_id = alicloud_security_group.default.id
  cidr_ip           = "10.0.0.0/8"
}

resource "alicloud_security_group_rule" "dns" {
  type              = "egress"
  ip_protocol       = "udp"
  nic_type          = "intranet"
  policy            = "drop"
  port_range        = "53/53"
  priority          = 5
  security_group_id = alicloud_security_group.default.id
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_vpn_customer_gateway" "default" {
  customer_gateway_name = "\${var.name}-cgw"
  ip_address            = "2.2.2.5"
  asn                   = "2224"
  description           = "the IDC side"
}

resource "alicloud_router_interface" "default" {
  router_id       = alicloud_vpc.default.router_id
  router_type     = "VRouter"
  role            = "InitiatingSide"
  opposite_region = "cn-beijing"
  specification   = "Large.2"
  name            = "\${var.name}-ri"
}

resource "alicloud_express_connect_physical_connection" "default" {
  access_point_id          = "ap-cn-hangzhou-yh-B"
  line_operator            = "CT"
  type                     = "VPC"
  port_type                = "1000Base-LX"
  bandwidth                = 100
  peer_location            = "a data centre"
  physical_connection_name = "\${var.name}-pc"
}

# --- narrowed to what the configuration made ---
data "alicloud_snat_entries" "hit" {
  snat_table_id = alicloud_snat_entry.default.snat_table_id
  name_regex    = "^\${var.name}"
  snat_ip       = alicloud_snat_entry.default.snat_ip
  output_file   = "${path.join(dir, 'snat.json')}"
}

data "alicloud_forward_entries" "hit" {
  forward_table_id = alicloud_forward_entry.default.forward_table_id
  external_port    = "80"
  ip_protocol      = "tcp"
  status           = "Available"
}

data "alicloud_route_entries" "hit" {
  route_table_id = alicloud_vpc.default.route_table_id
  cidr_block     = alicloud_vswitch.default.cidr_block
}

data "alicloud_security_group_rules" "hit" {
  group_id    = alicloud_security_group_rule.ssh.security_group_id
  direction   = "ingress"
  ip_protocol = "tcp"
  output_file = "${path.join(dir, 'rules.json')}"
}

data "alicloud_regions" "current" {
  current = true
}

data "alicloud_account" "current" {}

data "alicloud_caller_identity" "current" {}

data "alicloud_regions" "beijing" {
  name = "cn-beijing"
}

data "alicloud_vpn_customer_gateways" "hit" {
  name_regex = "-cgw$"
  ids        = [alicloud_vpn_customer_gateway.default.id]
}

data "alicloud_router_interfaces" "hit" {
  router_id   = alicloud_router_interface.default.router_id
  router_type = "VRouter"
  role        = "InitiatingSide"
}

data "alicloud_express_connect_physical_connections" "hit" {
  name_regex = alicloud_express_connect_physical_connection.default.physical_connection_name
}

data "alicloud_eips" "hit" {
  ids          = [alicloud_eip_association.snat.allocation_id, alicloud_eip_association.dnat.allocation_id]
  ip_addresses = [alicloud_eip_address.dnat.ip_address]
}

data "alicloud_nat_gateways" "paged" {
  vpc_id    = alicloud_nat_gateway.default.vpc_id
  page_size = 1
}

data "alicloud_vpn_connections" "none_yet" {
  customer_gateway_id = alicloud_vpn_customer_gateway.default.id
}

# --- a filter nothing matches: an empty list, not an error ---
data "alicloud_snat_entries" "miss" {
  snat_table_id = alicloud_snat_entry.default.snat_table_id
  status        = "Deleting"
}

data "alicloud_forward_entries" "miss" {
  forward_table_id = alicloud_forward_entry.default.forward_table_id
  ip_protocol      = "udp"
}

data "alicloud_route_entries" "miss" {
  route_table_id = alicloud_vpc.default.route_table_id
  cidr_block     = "192.0.2.0/24"
}

data "alicloud_security_group_rules" "miss" {
  group_id  = alicloud_security_group_rule.dns.security_group_id
  direction = "ingress"
  policy    = "drop"
}

data "alicloud_vpn_customer_gateways" "miss" {
  name_regex = "^nothing-here$"
  depends_on = [alicloud_vpn_customer_gateway.default]
}

data "alicloud_router_interfaces" "miss" {
  router_id = alicloud_router_interface.default.router_id
  role      = "AcceptingSide"
}

data "alicloud_express_connect_physical_connections" "miss" {
  ids    = [alicloud_express_connect_physical_connection.default.id]
  status = "Terminated"
}

data "alicloud_eips" "miss" {
  ids          = [alicloud_eip_address.snat.id]
  ip_addresses = [alicloud_eip_address.dnat.ip_address]
}

output "snat" {
  value = data.alicloud_snat_entries.hit.entries
}
output "forward" {
  value = data.alicloud_forward_entries.hit.entries
}
output "routes" {
  value = data.alicloud_route_entries.hit.entries
}
output "rules" {
  value = data.alicloud_security_group_rules.hit
}
output "region_current" {
  value = data.alicloud_regions.current.regions
}
output "account" {
  value = data.alicloud_account.current.id
}
output "caller" {
  value = data.alicloud_caller_identity.current
}
output "region_beijing" {
  value = data.alicloud_regions.beijing.ids
}
output "cgws" {
  value = data.alicloud_vpn_customer_gateways.hit.gateways
}
output "interfaces" {
  value = data.alicloud_router_interfaces.hit.interfaces
}
output "connections" {
  value = data.alicloud_express_connect_physical_connections.hit.connections
}
output "eips" {
  value = data.alicloud_eips.hit.eips
}
output "eip_addresses" {
  value = data.alicloud_eips.hit.addresses
}
output "nat_paged" {
  value = [data.alicloud_nat_gateways.paged.total_count, data.alicloud_nat_gateways.paged.ids]
}
output "vpn_connections" {
  value = data.alicloud_vpn_connections.none_yet.connections
}
output "misses" {
  value = [
    length(data.alicloud_snat_entries.miss.entries),
    length(data.alicloud_forward_entries.miss.entries),
    length(data.alicloud_route_entries.miss.entries),
    length(data.alicloud_security_group_rules.miss.rules),
    length(data.alicloud_vpn_customer_gateways.miss.gateways),
    length(data.alicloud_router_interfaces.miss.interfaces),
    length(data.alicloud_express_connect_physical_connections.miss.connections),
    length(data.alicloud_eips.miss.eips),
  ]
}
`;
}

describe('List data sources with real Terraform: filters narrow, an unmatched filter gives an empty list, output_file is written', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  let out: Record<string, { value: any }>;
  const attrs = (type: string, name: string) => tf.state().resources.find((r: any) => r.type === type && r.name === name).instances[0].attributes;

  before(async function () {
    this.timeout(300_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 50, log: () => {} });
    tf = createTerraformDir('');
    tf.writeConfig(hcl(sandbox.url, tf.dir));
    ok(await tf.run('init', '-no-color'));
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies, and each narrowed data source finds exactly the object the configuration made', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    out = JSON.parse((await tf.run('output', '-json')).stdout);
    const v = (k: string) => out[k].value;

    const snat = attrs('alicloud_snat_entry', 'default');
    assert.equal(v('snat').length, 1);
    assert.equal(v('snat')[0].snat_entry_id, snat.snat_entry_id);
    assert.equal(v('snat')[0].snat_ip, attrs('alicloud_eip_address', 'snat').ip_address);
    assert.equal(v('snat')[0].source_vswitch_id, attrs('alicloud_vswitch', 'default').id);
    assert.equal(v('snat')[0].snat_entry_name, 'tf-list-ds-snat');

    assert.equal(v('forward').length, 1);
    assert.equal(v('forward')[0].forward_entry_id, attrs('alicloud_forward_entry', 'default').forward_entry_id);
    assert.deepEqual([v('forward')[0].external_port, v('forward')[0].internal_port, v('forward')[0].ip_protocol, v('forward')[0].name], ['80', '8080', 'tcp', 'tf-list-ds-dnat']);

    // The VSwitch's own block is a system route of the VPC's table.
    assert.equal(v('routes').length, 1);
    assert.equal(v('routes')[0].cidr_block, '172.16.0.0/24');
    assert.equal(v('routes')[0].type, 'System');
    assert.equal(v('routes')[0].route_table_id, attrs('alicloud_vpc', 'default').route_table_id);

    const rules = v('rules');
    assert.equal(rules.id, attrs('alicloud_security_group', 'default').id);
    assert.equal(rules.group_name, 'tf-list-ds');
    assert.deepEqual(
      rules.rules.map((r: any) => [r.direction, r.ip_protocol, r.port_range, r.policy, r.priority, r.source_cidr_ip]),
      [['ingress', 'tcp', '22/22', 'accept', 1, '10.0.0.0/8']],
    );

    assert.deepEqual(v('region_current').map((r: any) => r.id), ['cn-hangzhou']);
    assert.deepEqual(v('region_beijing'), ['cn-beijing']);

    // The sandbox account that signs, answered by the sandbox's own STS.
    assert.equal(v('account'), '1000000000000001');
    assert.deepEqual([v('caller').id, v('caller').account_id, v('caller').arn, v('caller').identity_type], [
      '1000000000000001', '1000000000000001', 'acs:ram::1000000000000001:root', 'Account',
    ]);

    assert.deepEqual(v('cgws').map((g: any) => [g.id, g.name, g.ip_address, g.asn, g.description]), [
      [attrs('alicloud_vpn_customer_gateway', 'default').id, 'tf-list-ds-cgw', '2.2.2.5', 2224, 'the IDC side'],
    ]);
    assert.match(v('cgws')[0].create_time, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    assert.equal(v('interfaces').length, 1);
    assert.equal(v('interfaces')[0].id, attrs('alicloud_router_interface', 'default').id);
    assert.equal(v('interfaces')[0].vpc_id, attrs('alicloud_vpc', 'default').id);
    assert.equal(v('interfaces')[0].specification, 'Large.2');
    assert.equal(v('interfaces')[0].opposite_region_id, 'cn-beijing');

    assert.deepEqual(v('connections').map((c: any) => [c.id, c.physical_connection_name, c.access_point_id, c.line_operator]), [
      [attrs('alicloud_express_connect_physical_connection', 'default').id, 'tf-list-ds-pc', 'ap-cn-hangzhou-yh-B', 'CT'],
    ]);

    // ip_addresses narrows the two ids to the one address.
    assert.deepEqual(v('eips').map((e: any) => [e.id, e.ip_address, e.instance_id]), [
      [attrs('alicloud_eip_address', 'dnat').id, attrs('alicloud_eip_address', 'dnat').ip_address, attrs('alicloud_nat_gateway', 'default').id],
    ]);
    assert.equal(v('eip_addresses').length, 1);

    assert.deepEqual(v('vpn_connections'), []);
    // page_size and total_count, from the real schema (not on the docs page).
    assert.deepEqual(v('nat_paged'), [1, [attrs('alicloud_nat_gateway', 'default').id]]);
  });

  it('gives an empty list for every filter that matches nothing', () => {
    assert.deepEqual(out.misses.value, [0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('writes output_file with the results, as the real provider does', () => {
    const snat = JSON.parse(fs.readFileSync(path.join(tf.dir, 'snat.json'), 'utf8'));
    assert.deepEqual(snat.map((e: any) => e.snat_entry_id), [attrs('alicloud_snat_entry', 'default').snat_entry_id]);
    const rules = JSON.parse(fs.readFileSync(path.join(tf.dir, 'rules.json'), 'utf8'));
    assert.deepEqual(rules.map((r: any) => r.port_range), ['22/22']);
  });

  it('plans no changes right after the apply', async () => {
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('destroys everything, leaving nothing named tf-list-ds', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    // Every object of the configuration carried the name; none is left (the ClientToken table
    // remembers the answers of the create calls for a while, as the real API does: not counted).
    const tables = Object.values(sandbox.store.exportState().accounts).flatMap((regions) => Object.values(regions).flatMap((t) => Object.entries(t)));
    const left = tables.filter(([name, rows]) => !/token/i.test(name) && JSON.stringify(rows).includes('tf-list-ds')).map(([name]) => name);
    assert.deepEqual(left, []);
  });
});

describe('alicloud_regions: current = true against a named region', () => {
  const ctx = {
    region: 'cn-hangzhou',
    stopped: new AbortController().signal,
    log: () => {},
    client: { call: async () => ({ Regions: { Region: [{ RegionId: 'cn-hangzhou', LocalName: 'China (Hangzhou)' }, { RegionId: 'cn-beijing', LocalName: 'China (Beijing)' }] } }) },
  } as unknown as ProviderContext;

  it('refuses a name that is not the provider\'s region, naming both', async () => {
    await assert.rejects(regionsDataSource.read(ctx, { current: true, name: 'cn-beijing' }), /cn-beijing.*cn-hangzhou/);
  });

  it('refuses a name the catalogue lacks, as the real provider finds no result', async () => {
    await assert.rejects(regionsDataSource.read(ctx, { name: 'mars-north-1' }), /no region matches/);
  });

  it('returns every region when neither is given', async () => {
    const state = await regionsDataSource.read(ctx, {});
    assert.deepEqual(state.ids, ['cn-hangzhou', 'cn-beijing']);
  });
});
