/**
 * The VPN resources with the values the community VPN-gateway module (alibabacloud-automation,
 * 2026) passes when its caller leaves them out: `""` names and descriptions, payment_type
 * "PostPaid" and ssl_connections = 5 on a gateway without SSL VPN. The real provider accepts all of
 * them (it has no validation on names and descriptions and sends nothing for ""; its payment_type
 * takes PostPaid/PrePaid as well; it sends SslConnections only with enable_ssl), so the sandbox must
 * plan, apply and plan empty again, with real Terraform. The module's `ike_config` passes `psk`,
 * `ike_local_id` and `ike_remote_id` as "" (optional+computed there too: the API chooses), and
 * health checks and BGP switched on are stored and read back. A misspelt billing word is still
 * refused at plan, and nothing is created then. A dual-tunnel connection written with "" for
 * its tunnels' IKE/IPsec fields (Optional only there) keeps "" in state and the API's defaults.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, payment: string): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "v" {
  vpc_name   = "vpn-defaults"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "s" {
  vpc_id     = alicloud_vpc.v.id
  cidr_block = "172.16.0.0/21"
  zone_id    = "cn-hangzhou-h"
}

resource "alicloud_vpn_gateway" "g" {
  vpn_gateway_name             = ""
  vpc_id                       = alicloud_vpc.v.id
  vswitch_id                   = alicloud_vswitch.s.id
  disaster_recovery_vswitch_id = null
  bandwidth                    = 10
  enable_ssl                   = false
  enable_ipsec                 = true
  payment_type                 = "${payment}"
  description                  = ""
  period                       = 1
  ssl_connections              = 5
}

resource "alicloud_vpn_customer_gateway" "c" {
  customer_gateway_name = ""
  ip_address            = "21.37.166.152"
  description           = ""
}

resource "alicloud_vpn_connection" "x" {
  vpn_connection_name = ""
  vpn_gateway_id      = alicloud_vpn_gateway.g.id
  customer_gateway_id = alicloud_vpn_customer_gateway.c.id
  local_subnet        = ["172.16.0.0/24"]
  remote_subnet       = ["10.0.0.0/24"]

  # The module's ike_config defaults: "" for the key and both identities ("let the API choose").
  ike_config {
    ike_auth_alg  = "sha1"
    ike_enc_alg   = "aes"
    ike_version   = "ikev1"
    ike_mode      = "main"
    ike_lifetime  = 86400
    psk           = ""
    ike_pfs       = "group2"
    ike_remote_id = ""
    ike_local_id  = ""
  }
  ipsec_config {
    ipsec_pfs      = ""
    ipsec_enc_alg  = "aes"
    ipsec_auth_alg = "sha1"
    ipsec_lifetime = 86400
  }
  # Stored configuration in the sandbox (no BGP session, no probes), read back as sent.
  health_check_config {
    enable   = true
    sip      = "172.16.0.5"
    dip      = "10.0.0.5"
    interval = 5
    retry    = 4
  }
  bgp_config {
    enable       = true
    local_asn    = "65010"
    tunnel_cidr  = "169.254.11.0/30"
    local_bgp_ip = "169.254.11.1"
  }
}

# A dual-tunnel connection written as modules write "let the API choose": "" for every tunnel
# IKE/IPsec string (Optional only in the real schema, so "" stays in state and is not sent).
resource "alicloud_vpn_customer_gateway" "t" {
  count      = 2
  ip_address = "21.37.166.16\${count.index}"
}

resource "alicloud_vpn_connection" "dual" {
  vpn_gateway_id = alicloud_vpn_gateway.g.id
  local_subnet   = ["172.16.1.0/24"]
  remote_subnet  = ["10.0.1.0/24"]

  dynamic "tunnel_options_specification" {
    for_each = alicloud_vpn_customer_gateway.t
    content {
      customer_gateway_id = tunnel_options_specification.value.id
      tunnel_ike_config {
        ike_auth_alg = ""
        ike_enc_alg  = ""
        ike_version  = ""
        ike_mode     = ""
        ike_pfs      = ""
        psk          = ""
        local_id     = ""
        remote_id    = ""
      }
      tunnel_ipsec_config {
        ipsec_auth_alg = ""
        ipsec_enc_alg  = ""
        ipsec_pfs      = ""
      }
    }
  }
}
`;
}

describe('VPN resources with the community VPN-gateway module\'s defaults (real Terraform)', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, dataFile: ':memory:', asyncDelayMs: 20, log: () => {} });
    tf = createTerraformDir(hcl(sandbox.url, 'PostPaid'), { prefix: 'tf-vpn-defaults-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    if (tf) {
      await tf.run('destroy', '-auto-approve', '-no-color', '-input=false');
      tf.cleanup();
    }
    await sandbox?.close();
  });

  async function gatewaysInSandbox(): Promise<any[]> {
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    const out: any = await client.call('vpc', 'DescribeVpnGateways', { PageSize: 50 });
    return out.VpnGateways?.VpnGateway ?? [];
  }

  it('refuses a billing word the real provider does not know, at plan, creating nothing', async () => {
    tf.writeConfig(hcl(sandbox.url, 'Monthly'));
    const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false');
    assert.notEqual(r.code, 0, explain(r));
    assert.match(r.stderr, flex('"Monthly" is not a billing method; use one of PayAsYouGo, Subscription, PostPaid, PrePaid'));
    assert.deepEqual(await gatewaysInSandbox(), []);
  });

  it('applies "" names and descriptions, payment_type = "PostPaid" and ssl_connections without SSL, then plans empty', async () => {
    tf.writeConfig(hcl(sandbox.url, 'PostPaid'));
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
    const plan = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(plan.code, 0, `the second plan is not empty:\n${explain(plan)}`);

    const g = tf.state().resources.find((r: any) => r.type === 'alicloud_vpn_gateway').instances[0].attributes;
    // The configured word is kept; the gateway is pay-as-you-go in the sandbox.
    assert.equal(g.payment_type, 'PostPaid');
    assert.equal(g.instance_charge_type, 'PostPaid');
    assert.equal(g.ssl_connections, 5);
    assert.equal(g.description, '');
    const [api] = await gatewaysInSandbox();
    assert.match(String(api.ChargeType), /^postpay/i);
    // SSL VPN is off: no SSL connections were asked for.
    assert.equal(api.SslVpn, 'disable');
    assert.equal(Number(api.SslMaxConnections), 0);

    // Inside ike_config / ipsec_config, "" meant "not set": state holds what the API chose.
    const x = tf.state().resources.find((r: any) => r.type === 'alicloud_vpn_connection' && r.name === 'x').instances[0].attributes;
    assert.match(x.ike_config[0].psk, /^[A-Za-z0-9]{16}$/);
    assert.equal(x.ike_config[0].ike_remote_id, '21.37.166.152');
    assert.equal(x.ike_config[0].ike_local_id, api.InternetIp);
    assert.equal(x.ipsec_config[0].ipsec_pfs, 'group2');
    assert.deepEqual(x.health_check_config[0], { enable: true, sip: '172.16.0.5', dip: '10.0.0.5', interval: 5, retry: 4 });
    assert.deepEqual({ ...x.bgp_config[0], status: undefined }, { enable: true, local_asn: '65010', tunnel_cidr: '169.254.11.0/30', local_bgp_ip: '169.254.11.1', status: undefined });

    // The dual-tunnel connection's "" tunnel fields stay "" in state (the plan above was empty) and
    // were not sent: the API kept its defaults for both tunnels.
    const dual = tf.state().resources.find((r: any) => r.type === 'alicloud_vpn_connection' && r.name === 'dual').instances[0].attributes;
    for (const t of dual.tunnel_options_specification) {
      const { local_id, remote_id, ...ike } = t.tunnel_ike_config[0];
      assert.deepEqual(ike, { ike_auth_alg: '', ike_enc_alg: '', ike_version: '', ike_mode: '', ike_pfs: '', psk: '', ike_lifetime: null });
      assert.deepEqual(t.tunnel_ipsec_config[0], { ipsec_auth_alg: '', ipsec_enc_alg: '', ipsec_pfs: '', ipsec_lifetime: null });
      assert.deepEqual([local_id, remote_id].map((v) => typeof v), ['string', 'string']);
    }
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    const described: any = await client.call('vpc', 'DescribeVpnConnection', { VpnConnectionId: dual.id });
    const apiTunnels = described.TunnelOptionsSpecification.TunnelOptions;
    assert.equal(apiTunnels.length, 2);
    for (const t of apiTunnels) {
      assert.deepEqual({ ...t.TunnelIkeConfig, Psk: undefined, LocalId: undefined, RemoteId: undefined }, { IkeVersion: 'ikev1', IkeMode: 'main', IkeEncAlg: 'aes', IkeAuthAlg: 'sha1', IkePfs: 'group2', IkeLifetime: 86400, Psk: undefined, LocalId: undefined, RemoteId: undefined });
      assert.match(t.TunnelIkeConfig.Psk, /^[A-Za-z0-9]{16}$/, 'a PSK was generated: "" was not sent');
      assert.equal(t.TunnelIkeConfig.RemoteId, apiTunnels.indexOf(t) === 0 ? '21.37.166.160' : '21.37.166.161');
    }
  });
});
