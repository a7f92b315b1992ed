/**
 * The hybrid-connectivity resources end to end with the real Terraform binary, with HCL written
 * the way the real provider's documentation examples are: a VPN gateway, customer gateway (with the
 * deprecated `name`), connection with `ike_config`/`ipsec_config`, VPN route entry and VPC route;
 * two VPCs joined by router interfaces (the two documented `alicloud_router_interface_connection`
 * resources, the initiator's depending on the acceptor's); a physical connection, a VBR and the
 * routes in its table, the leased-line next hop read from the VBR data source.
 *
 * Steps share one working directory: apply → empty plan → in-place update → drift → import →
 * destroy (the sandbox is empty afterwards). A second directory checks that a create which times
 * out is kept as tainted and replaced on the next apply.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

interface Knobs {
  gatewayName: string;
  psk: string;
  riName: string;
}

function hcl(url: string, k: Knobs): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "default" {
  vpc_name   = "vpn-vpc"
  cidr_block = "192.168.0.0/16"
}

resource "alicloud_vpn_gateway" "default" {
  vpn_gateway_name = "${k.gatewayName}"
  vpc_id           = alicloud_vpc.default.id
  bandwidth        = "10"
  enable_ssl       = false
  payment_type     = "PayAsYouGo"
  description      = "to the IDC"
}

resource "alicloud_vpn_customer_gateway" "default" {
  name        = "idc-gateway"
  ip_address  = "211.167.68.68"
  description = "the IDC gateway"
}

resource "alicloud_vpn_connection" "default" {
  vpn_connection_name = "to-idc"
  vpn_gateway_id      = alicloud_vpn_gateway.default.id
  customer_gateway_id = alicloud_vpn_customer_gateway.default.id
  local_subnet        = ["192.168.0.0/16"]
  remote_subnet       = ["172.16.0.0/12"]
  effect_immediately  = true
  ike_config {
    ike_auth_alg  = "md5"
    ike_enc_alg   = "des"
    ike_version   = "ikev2"
    ike_mode      = "main"
    ike_lifetime  = 86400
    psk           = "${k.psk}"
    ike_pfs       = "group1"
  }
  ipsec_config {
    ipsec_pfs      = "group5"
    ipsec_enc_alg  = "des"
    ipsec_auth_alg = "md5"
    ipsec_lifetime = 8640
  }
}

resource "alicloud_vpn_route_entry" "default" {
  vpn_gateway_id = alicloud_vpn_gateway.default.id
  route_dest     = "172.16.0.0/12"
  next_hop       = alicloud_vpn_connection.default.id
  weight         = 0
  publish_vpc    = false
}

resource "alicloud_route_entry" "to_idc" {
  route_table_id        = alicloud_vpc.default.route_table_id
  destination_cidrblock = "172.16.0.0/12"
  nexthop_type          = "VpnGateway"
  nexthop_id            = alicloud_vpn_gateway.default.id
}

resource "alicloud_vpc" "peer" {
  vpc_name   = "peer-vpc"
  cidr_block = "10.40.0.0/16"
}

resource "alicloud_router_interface" "initiate" {
  opposite_region = "cn-hangzhou"
  router_type     = "VRouter"
  router_id       = alicloud_vpc.default.router_id
  role            = "InitiatingSide"
  specification   = "Large.2"
  name            = "${k.riName}"
  description     = "initiator"
}

resource "alicloud_router_interface" "opposite" {
  opposite_region = "cn-hangzhou"
  router_type     = "VRouter"
  router_id       = alicloud_vpc.peer.router_id
  role            = "AcceptingSide"
  name            = "opposite"
}

resource "alicloud_router_interface_connection" "foo" {
  interface_id          = alicloud_router_interface.initiate.id
  opposite_interface_id = alicloud_router_interface.opposite.id
  depends_on            = [alicloud_router_interface_connection.bar]
}

resource "alicloud_router_interface_connection" "bar" {
  interface_id          = alicloud_router_interface.opposite.id
  opposite_interface_id = alicloud_router_interface.initiate.id
}

resource "alicloud_route_entry" "to_peer" {
  route_table_id        = alicloud_vpc.default.route_table_id
  destination_cidrblock = "10.40.0.0/16"
  nexthop_type          = "RouterInterface"
  nexthop_id            = alicloud_router_interface.initiate.id
  depends_on            = [alicloud_router_interface_connection.foo]
}

resource "alicloud_express_connect_physical_connection" "default" {
  access_point_id          = "ap-cn-hangzhou-sandbox-a"
  line_operator            = "CT"
  port_type                = "1000Base-LX"
  physical_connection_name = "idc-line"
  description              = "leased line"
  status                   = "Enabled"
}

resource "alicloud_express_connect_virtual_border_router" "default" {
  local_gateway_ip           = "10.0.0.1"
  peer_gateway_ip            = "10.0.0.2"
  peering_subnet_mask        = "255.255.255.252"
  physical_connection_id     = alicloud_express_connect_physical_connection.default.id
  virtual_border_router_name = "idc-vbr"
  vlan_id                    = 1
  min_rx_interval            = 1000
  min_tx_interval            = 1000
  detect_multiplier          = 10
}

data "alicloud_express_connect_virtual_border_routers" "this" {
  ids = [alicloud_express_connect_virtual_border_router.default.id]
}

resource "alicloud_route_entry" "vbr_to_idc" {
  route_table_id        = alicloud_express_connect_virtual_border_router.default.route_table_id
  destination_cidrblock = "10.50.0.0/16"
  nexthop_type          = "RouterInterface"
  nexthop_id            = data.alicloud_express_connect_virtual_border_routers.this.routers[0].vlan_interface_id
}

output "psk" {
  value = alicloud_vpn_connection.default.ike_config[0].psk
}
output "internet_ip" {
  value = alicloud_vpn_gateway.default.internet_ip
}
`;
}

describe('hybrid-connectivity resources with real Terraform (e2e)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const knobs: Knobs = { gatewayName: 'vpn-gw', psk: 'tf-secret-1', riName: 'initiate' };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 200, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, knobs), { prefix: 'tf-hybrid-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies the documented HCL and then plans nothing', async () => {
    await apply();
    const conn = attrs('alicloud_vpn_connection', 'default');
    assert.equal(conn.ike_config[0].psk, 'tf-secret-1');
    assert.equal(conn.ike_config[0].ike_version, 'ikev2');
    assert.equal(conn.ipsec_config[0].ipsec_lifetime, 8640);
    assert.equal(attrs('alicloud_vpn_customer_gateway', 'default').customer_gateway_name, 'idc-gateway');
    const ri = (await api.call('vpc', 'DescribeRouterInterfaces', { 'Filter.1.Key': 'RouterInterfaceId', 'Filter.1.Value.1': attrs('alicloud_router_interface', 'initiate').id })).RouterInterfaceSet.RouterInterfaceType[0];
    assert.equal(ri.Status, 'Active');
    assert.equal(attrs('alicloud_route_entry', 'vbr_to_idc').router_id, attrs('alicloud_express_connect_virtual_border_router', 'default').id);
    assert.equal(attrs('alicloud_vpn_route_entry', 'default').id, `${attrs('alicloud_vpn_gateway', 'default').id}:${conn.id}:172.16.0.0/12`);
    await emptyPlan();
  });

  it('updates in place: the gateway name, the pre-shared key, the interface name', async () => {
    const before = { gw: attrs('alicloud_vpn_gateway', 'default').id, conn: attrs('alicloud_vpn_connection', 'default').id, ri: attrs('alicloud_router_interface', 'initiate').id };
    Object.assign(knobs, { gatewayName: 'vpn-gw-2', psk: 'tf-secret-2', riName: 'initiate-2' });
    tf.writeConfig(hcl(sandbox.url, knobs));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('3 to change, 0 to destroy'), explain(p));
    await apply();
    assert.deepEqual({ gw: attrs('alicloud_vpn_gateway', 'default').id, conn: attrs('alicloud_vpn_connection', 'default').id, ri: attrs('alicloud_router_interface', 'initiate').id }, before);
    const c = await api.call('vpc', 'DescribeVpnConnection', { VpnConnectionId: before.conn });
    assert.equal(c.IkeConfig.Psk, 'tf-secret-2');
    await emptyPlan();
  });

  it('shows an out-of-band change as drift and puts it back', async () => {
    await api.call('vpc', 'ModifyCustomerGatewayAttribute', { CustomerGatewayId: attrs('alicloud_vpn_customer_gateway', 'default').id, Description: 'changed by hand' });
    const p = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /"changed by hand" -> "the IDC gateway"/, explain(p));
    await apply();
    await emptyPlan();
  });

  it('imports with the real ID formats and plans nothing afterwards', async () => {
    const targets: Array<[string, string]> = [
      ['alicloud_vpn_gateway.default', attrs('alicloud_vpn_gateway', 'default').id],
      ['alicloud_vpn_connection.default', attrs('alicloud_vpn_connection', 'default').id],
      ['alicloud_vpn_route_entry.default', attrs('alicloud_vpn_route_entry', 'default').id],
      ['alicloud_router_interface.opposite', attrs('alicloud_router_interface', 'opposite').id],
      ['alicloud_router_interface_connection.foo', attrs('alicloud_router_interface_connection', 'foo').id],
      ['alicloud_route_entry.vbr_to_idc', attrs('alicloud_route_entry', 'vbr_to_idc').id],
      ['alicloud_express_connect_physical_connection.default', attrs('alicloud_express_connect_physical_connection', 'default').id],
    ];
    for (const [address, id] of targets) {
      ok(await tf.run('state', 'rm', '-no-color', address));
      ok(await tf.run('import', '-no-color', '-input=false', address, id));
    }
    await emptyPlan();
  });

  it('replacing one end of the connected pair fails at once (IncorrectStatus, naming the fix); replacing the other end too converges, and a refresh fills opposite_* on both ends', async () => {
    const survivor = attrs('alicloud_router_interface', 'initiate').id;
    const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false', '-replace=alicloud_router_interface.opposite');
    assert.equal(r.code, 1, explain(r));
    // Refused once, not retried until the operation's timeout (the message would then say "gave up").
    assert.match(r.stderr, flex(`IncorrectStatus: The router interface ${survivor} is Inactive and was connected to`), explain(r));
    assert.match(r.stderr, flex(`terraform apply -replace=<address of the alicloud_router_interface ${survivor}>`), explain(r));
    assert.doesNotMatch(r.stderr, /gave up/, explain(r));
    assert.ok(!tf.state().resources.some((x: any) => x.type === 'alicloud_router_interface_connection' && x.name === 'foo' && x.instances.length > 0), 'the failed connection is not in state');
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false', '-replace=alicloud_router_interface.initiate'));
    ok(await tf.run('apply', '-refresh-only', '-auto-approve', '-no-color', '-input=false'));
    const [ini, opp] = [attrs('alicloud_router_interface', 'initiate'), attrs('alicloud_router_interface', 'opposite')];
    assert.notEqual(ini.id, survivor);
    const account = String((await api.call('sts', 'GetCallerIdentity', {})).AccountId);
    assert.deepEqual(
      [ini.opposite_interface_id, ini.opposite_router_id, ini.opposite_router_type, ini.opposite_interface_owner_id],
      [opp.id, opp.router_id, 'VRouter', account],
    );
    assert.deepEqual([opp.opposite_interface_id, opp.opposite_router_id, opp.opposite_interface_owner_id], [ini.id, ini.router_id, account]);
    const live = (await api.call('vpc', 'DescribeRouterInterfaces', { 'Filter.1.Key': 'RouterInterfaceId', 'Filter.1.Value.1': ini.id })).RouterInterfaceSet.RouterInterfaceType[0];
    assert.equal(live.Status, 'Active');
    await emptyPlan();
  });

  it('destroys everything and leaves the sandbox empty', async () => {
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    const count = async (action: string, key: string, item: string) => {
      const out = await api.call('vpc', action, { PageSize: 50 });
      return (out?.[key]?.[item] ?? []).length;
    };
    assert.equal(await count('DescribeVpcs', 'Vpcs', 'Vpc'), 0);
    assert.equal(await count('DescribeVpnGateways', 'VpnGateways', 'VpnGateway'), 0);
    assert.equal(await count('DescribeCustomerGateways', 'CustomerGateways', 'CustomerGateway'), 0);
    assert.equal(await count('DescribeRouterInterfaces', 'RouterInterfaceSet', 'RouterInterfaceType'), 0);
    assert.equal(await count('DescribeVirtualBorderRouters', 'VirtualBorderRouterSet', 'VirtualBorderRouterType'), 0);
    assert.equal(await count('DescribePhysicalConnections', 'PhysicalConnectionSet', 'PhysicalConnectionType'), 0);
  });
});

describe('a VPN gateway whose create times out is kept as tainted and replaced (e2e)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  const config = (url: string, timeout: string) => `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "v" {
  cidr_block = "10.32.0.0/16"
}
resource "alicloud_vpn_gateway" "g" {
  vpc_id    = alicloud_vpc.v.id
  bandwidth = 5
  timeouts {
    create = "${timeout}"
  }
}
`;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    // The gateway stays init for 4 s and the create's timeout is 1 s: CreateVpnGateway is sent
    // (the operation's deadline has not passed) but the wait for active runs out.
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 4000, log: () => {} });
    tf = createTerraformDir(config(sandbox.url, '1s'), { prefix: 'tf-hybrid-taint-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('records the gateway as tainted instead of leaking it; the next apply replaces it', async () => {
    const api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    const gateways = async () => ((await api.call('vpc', 'DescribeVpnGateways', {}))?.VpnGateways?.VpnGateway ?? []).length;
    const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false');
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, /waiting\s+for\s+VPN\s+gateway\s+vpn-\w+\s+to\s+become\s+active/, explain(r));
    const inst = tf.state().resources.find((x: any) => x.type === 'alicloud_vpn_gateway').instances[0];
    assert.match(inst.attributes.id, /^vpn-/);
    assert.equal(inst.status, 'tainted');
    tf.writeConfig(config(sandbox.url, '5m'));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('alicloud_vpn_gateway.g is tainted, so must be replaced'), explain(p));
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
    assert.equal(await gateways(), 1, 'the gateway of the failed create was destroyed, not leaked');
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal(await gateways(), 0);
  });
});
