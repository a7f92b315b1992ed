/**
 * The Internet and hybrid arguments added for parity with the real provider, end to end with the
 * real Terraform binary and HCL shaped like the real docs' examples: a dual-tunnel VPN connection
 * (two tunnel_options_specification blocks with their IKE, IPsec and BGP sub-blocks, and
 * enable_tunnels_bgp), an EIP with zone, monitoring, protection and accepted-only arguments (its mode set by the binding), a NAT
 * gateway with deletion protection and PrivateLink settings, and a binding with a mode. Apply →
 * empty plan → in-place change of one tunnel's key → empty plan → import → empty plan → destroy
 * (refused while the gateway is protected, then done).
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

interface Knobs {
  psk2: string;
  natProtected: boolean;
}

function hcl(url: string, k: Knobs): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = "parity"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "172.16.0.0/21"
  zone_id      = data.alicloud_zones.default.zones.0.id
  vswitch_name = "parity"
}

resource "alicloud_vpn_gateway" "default" {
  vpn_gateway_name = "parity"
  vpc_id           = alicloud_vpc.default.id
  bandwidth        = "10"
  enable_ssl       = false
  payment_type     = "PayAsYouGo"
}

resource "alicloud_vpn_customer_gateway" "one" {
  ip_address            = "2.2.2.5"
  asn                   = "2224"
  customer_gateway_name = "one"
}

resource "alicloud_vpn_customer_gateway" "two" {
  ip_address            = "2.2.2.6"
  asn                   = "2225"
  customer_gateway_name = "two"
}

resource "alicloud_vpn_connection" "default" {
  vpn_gateway_id      = alicloud_vpn_gateway.default.id
  vpn_connection_name = "dual"
  local_subnet        = ["3.0.0.0/24"]
  remote_subnet       = ["10.0.0.0/24", "10.0.1.0/24"]
  enable_tunnels_bgp  = "true"
  tags = {
    Created = "TF"
  }
  tunnel_options_specification {
    customer_gateway_id = alicloud_vpn_customer_gateway.one.id
    role                = "master"
    tunnel_ipsec_config {
      ipsec_auth_alg = "md5"
      ipsec_enc_alg  = "aes256"
      ipsec_lifetime = "16400"
      ipsec_pfs      = "group5"
    }
    tunnel_bgp_config {
      local_asn    = "1219002"
      tunnel_cidr  = "169.254.30.0/30"
      local_bgp_ip = "169.254.30.1"
    }
    tunnel_ike_config {
      ike_mode     = "aggressive"
      ike_version  = "ikev2"
      local_id     = "localid_tunnel2"
      psk          = "12345678"
      remote_id    = "remote2"
      ike_auth_alg = "md5"
      ike_enc_alg  = "aes256"
      ike_lifetime = "3600"
      ike_pfs      = "group14"
    }
  }
  tunnel_options_specification {
    customer_gateway_id  = alicloud_vpn_customer_gateway.two.id
    role                 = "slave"
    enable_dpd           = true
    enable_nat_traversal = true
    tunnel_ike_config {
      ike_version = "ikev1"
      psk         = "${k.psk2}"
    }
    tunnel_ipsec_config {
      ipsec_pfs = "disabled"
    }
  }
}

resource "alicloud_eip_address" "default" {
  address_name                       = "parity"
  bandwidth                          = "5"
  zone                               = data.alicloud_zones.default.zones.0.id
  high_definition_monitor_log_status = "ON"
  log_project                        = "hd-project"
  log_store                          = "hd-store"
  activity_id                        = "act-1"
  deletion_protection                = false
}

resource "alicloud_nat_gateway" "default" {
  vpc_id               = alicloud_vpc.default.id
  vswitch_id           = alicloud_vswitch.default.id
  nat_gateway_name     = "parity"
  nat_type             = "Enhanced"
  internet_charge_type = "PayByLcu"
  deletion_protection  = ${k.natProtected}
  private_link_enabled = true
  access_mode {
    mode_value  = "tunnel"
    tunnel_type = "geneve"
  }
}

resource "alicloud_eip_association" "default" {
  allocation_id = alicloud_eip_address.default.id
  instance_id   = alicloud_nat_gateway.default.id
  mode          = "MULTI_BINDED"
}
`;
}

describe('Internet and hybrid parity arguments through Terraform (apply, empty plan, update, import, destroy)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const knobs: Knobs = { psk2: 'second-key-1', natProtected: true };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, knobs), { prefix: 'tf-parity-ih-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies the docs-shaped HCL, stores both tunnels, and then plans nothing', async () => {
    await apply();
    const conn = attrs('alicloud_vpn_connection', 'default');
    assert.equal(conn.tunnel_options_specification.length, 2);
    assert.equal(conn.tunnel_options_specification[0].tunnel_bgp_config[0].local_asn, '1219002');
    // Optional only in the real schema: what the block leaves out stays null, the API default applies.
    assert.equal(conn.tunnel_options_specification[1].tunnel_ike_config[0].ike_mode, null);
    const c = await api.call('vpc', 'DescribeVpnConnection', { VpnConnectionId: conn.id });
    assert.equal(c.TunnelOptionsSpecification.TunnelOptions[1].TunnelIkeConfig.IkeMode, 'main', 'the API default fills what the block leaves out');
    assert.equal(c.EnableTunnelsBgp, true);
    assert.deepEqual(c.TunnelOptionsSpecification.TunnelOptions.map((t: any) => t.CustomerGatewayId), [attrs('alicloud_vpn_customer_gateway', 'one').id, attrs('alicloud_vpn_customer_gateway', 'two').id]);
    const eip = (await api.call('vpc', 'DescribeEipAddresses', { AllocationId: attrs('alicloud_eip_address', 'default').id })).EipAddresses.EipAddress[0];
    assert.equal(eip.Mode, 'MULTI_BINDED');
    assert.equal(eip.HDMonitorStatus, 'ON');
    assert.equal(attrs('alicloud_nat_gateway', 'default').deletion_protection, true);
    await emptyPlan();
  });

  it('changes one tunnel\'s key in place, keeping the connection', async () => {
    const before = attrs('alicloud_vpn_connection', 'default').id;
    knobs.psk2 = 'second-key-2';
    tf.writeConfig(hcl(sandbox.url, knobs));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('1 to change, 0 to destroy'), explain(p));
    await apply();
    assert.equal(attrs('alicloud_vpn_connection', 'default').id, before);
    const c = await api.call('vpc', 'DescribeVpnConnection', { VpnConnectionId: before });
    assert.equal(c.TunnelOptionsSpecification.TunnelOptions[1].TunnelIkeConfig.Psk, 'second-key-2');
    assert.equal(c.TunnelOptionsSpecification.TunnelOptions[0].TunnelIkeConfig.Psk, '12345678');
    await emptyPlan();
  });

  it('imports the connection and the NAT gateway, and plans nothing afterwards', async () => {
    for (const [address, type] of [['alicloud_vpn_connection.default', 'alicloud_vpn_connection'], ['alicloud_nat_gateway.default', 'alicloud_nat_gateway']] as const) {
      const id = attrs(type, 'default').id;
      ok(await tf.run('state', 'rm', '-no-color', address));
      ok(await tf.run('import', '-no-color', '-input=false', address, id));
    }
    // The import shows the API's values for the Optional-only tunnel fields the configuration
    // leaves out (as the real provider does): one in-place update sets them back to null, sending
    // nothing new, and then the plan is empty.
    const first = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(first.code, 2, explain(first));
    assert.match(first.stdout, /Plan: 0 to add, 1 to change, 0 to destroy/);
    assert.match(first.stdout, /alicloud_vpn_connection\.default will be updated in-place/);
    await apply();
    await emptyPlan();
  });

  it('refuses to destroy the protected NAT gateway, then destroys everything once protection is off', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color', '-input=false');
    assert.notEqual(d.code, 0, 'a protected NAT gateway must not be deleted');
    assert.match(d.stdout + d.stderr, /DeletionProtection/, explain(d));
    const natId = attrs('alicloud_nat_gateway', 'default').id;
    assert.equal((await api.call('vpc', 'DescribeNatGateways', { NatGatewayId: natId })).NatGateways.NatGateway.length, 1);
    knobs.natProtected = false;
    tf.writeConfig(hcl(sandbox.url, knobs));
    await apply();
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('vpc', 'DescribeNatGateways', {})).NatGateways.NatGateway.length, 0);
    assert.equal((await api.call('vpc', 'DescribeVpnConnections', {})).VpnConnections.VpnConnection.length, 0);
    assert.equal((await api.call('vpc', 'DescribeEipAddresses', {})).EipAddresses.EipAddress.length, 0);
  });
});
