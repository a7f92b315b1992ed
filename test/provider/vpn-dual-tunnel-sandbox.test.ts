/**
 * Dual-tunnel VPN connections (`tunnel_options_specification`) through the resource's CRUD
 * functions against the sandbox (no Terraform): both tunnels stored and shown back with the API's
 * defaults filling what is left out, one tunnel changed in place, a tunnel's customer gateway
 * forcing a new connection, import, the customer gateways held by the connection; a private
 * single-tunnel connection with enable_tunnels_bgp round-trips, and a refused change leaves it as it was.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { isUnknown, UNKNOWN, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';

function res(name: string): ResourceDefinition {
  const r = resources.find((x) => x.typeName === name);
  assert.ok(r, `${name} is not served`);
  return r;
}

function plan(def: ResourceDefinition, config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.schema.attributes)) {
    if (config[name] !== undefined) out[name] = config[name];
    else if (a.default !== undefined) out[name] = a.default;
    else out[name] = a.computed ? UNKNOWN : null;
  }
  for (const name of Object.keys(def.schema.blocks ?? {})) out[name] = config[name] ?? [];
  return out;
}

function assertComplete(def: ResourceDefinition, state: ObjectValue | null): asserts state is ObjectValue {
  assert.ok(state, `${def.typeName}: no state`);
  for (const name of Object.keys(def.schema.attributes)) assert.ok(name in state && !isUnknown(state[name]), `${def.typeName}: "${name}" missing or unknown`);
}

describe('alicloud_vpn_connection with two tunnels, against the sandbox (no Terraform)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let ctx: ResourceContext;
  let gw: ObjectValue;
  let cgw: ObjectValue;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    ctx = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 30_000, warn: () => {} };
    const vpc = await res('alicloud_vpc').create(ctx, plan(res('alicloud_vpc'), { cidr_block: '192.168.0.0/16' }));
    gw = await res('alicloud_vpn_gateway').create(ctx, plan(res('alicloud_vpn_gateway'), { vpc_id: vpc.id, bandwidth: 10 }));
    cgw = await res('alicloud_vpn_customer_gateway').create(ctx, plan(res('alicloud_vpn_customer_gateway'), { ip_address: '211.167.68.68' }));
  });
  after(async () => sandbox?.close());

  it('alicloud_vpn_connection: a dual-tunnel connection is stored and shown back, changed in place, imported and deleted', async () => {
    const def = res('alicloud_vpn_connection');
    const cgwDef = res('alicloud_vpn_customer_gateway');
    const cgw1 = await cgwDef.create(ctx, plan(cgwDef, { ip_address: '211.167.70.1' }));
    const cgw2 = await cgwDef.create(ctx, plan(cgwDef, { ip_address: '211.167.70.2' }));
    const ike = (psk: string | null) => ({ ike_auth_alg: 'md5', ike_enc_alg: 'aes256', ike_lifetime: 3600, ike_mode: 'aggressive', ike_pfs: 'group14', ike_version: 'ikev2', local_id: null, psk, remote_id: null });
    const tunnel = (cgwId: ObjectValue[string], role: string | null, psk: string | null): ObjectValue => ({
      customer_gateway_id: cgwId,
      role,
      enable_dpd: null,
      enable_nat_traversal: null,
      tunnel_id: UNKNOWN,
      internet_ip: UNKNOWN,
      state: UNKNOWN,
      status: UNKNOWN,
      zone_no: UNKNOWN,
      tunnel_ike_config: [ike(psk)],
      tunnel_ipsec_config: [{ ipsec_auth_alg: 'md5', ipsec_enc_alg: 'aes256', ipsec_lifetime: 16400, ipsec_pfs: 'group5' }],
      tunnel_bgp_config: [{ local_asn: '1219002', tunnel_cidr: '169.254.30.0/30', local_bgp_ip: '169.254.30.1', peer_asn: UNKNOWN, peer_bgp_ip: UNKNOWN, bgp_status: UNKNOWN }],
    });
    const planned = plan(def, {
      vpn_gateway_id: gw.id,
      local_subnet: ['3.0.0.0/24'],
      remote_subnet: ['10.0.0.0/24', '10.0.1.0/24'],
      enable_tunnels_bgp: true,
      tunnel_options_specification: [tunnel(cgw1.id, 'master', '12345678'), tunnel(cgw2.id, null, null)],
    });
    let dual = await def.create(ctx, planned);
    assertComplete(def, dual);
    // The top-level gateway stays as configured (unset): the tunnels name theirs.
    assert.equal(dual.customer_gateway_id, null);
    assert.equal(dual.enable_tunnels_bgp, true);
    const [t1, t2] = dual.tunnel_options_specification as ObjectValue[];
    assert.equal(t1.customer_gateway_id, cgw1.id);
    assert.equal(t1.role, 'master');
    assert.equal(t2.role, 'slave', 'the second tunnel is the slave when left out');
    assert.equal((t1.tunnel_ike_config as ObjectValue[])[0].psk, '12345678');
    // psk is Optional only (as in the real schema): left out, it stays null in state, while the API
    // generated one (shown on import, below).
    assert.equal((t2.tunnel_ike_config as ObjectValue[])[0].psk, null);
    const generated = (await client.call('vpc', 'DescribeVpnConnection', { VpnConnectionId: String(dual.id) })).TunnelOptionsSpecification.TunnelOptions[1].TunnelIkeConfig.Psk;
    assert.match(String(generated), /^.{16}$/, 'a PSK is generated when left out');
    // An import shows the API's values, the generated PSK the configuration left out included.
    const early = await def.read(ctx, await def.importState!(ctx, String(dual.id)));
    const expected = structuredClone(dual.tunnel_options_specification) as ObjectValue[];
    (expected[1].tunnel_ike_config as ObjectValue[])[0].psk = generated;
    assert.deepEqual(early!.tunnel_options_specification, expected);
    assert.equal((t1.tunnel_ike_config as ObjectValue[])[0].ike_pfs, 'group14');
    assert.equal((t2.tunnel_ike_config as ObjectValue[])[0].remote_id, '211.167.70.2');
    assert.equal((t1.tunnel_ipsec_config as ObjectValue[])[0].ipsec_lifetime, 16400);
    assert.deepEqual((t1.tunnel_bgp_config as ObjectValue[])[0], { local_asn: '1219002', tunnel_cidr: '169.254.30.0/30', local_bgp_ip: '169.254.30.1', peer_asn: '', peer_bgp_ip: '', bgp_status: '' });
    assert.equal(t1.status, 'ipsec_sa_established');
    assert.match(String(t1.tunnel_id), /^tun-/);
    // A second read is the same state (a second plan would be empty).
    assert.deepEqual(await def.read(ctx, dual), dual);

    // One tunnel's PSK changes in place; the other tunnel keeps its settings and ID.
    const changed = structuredClone(dual) as ObjectValue;
    ((changed.tunnel_options_specification as ObjectValue[])[1].tunnel_ike_config as ObjectValue[])[0].psk = 'the-new-psk';
    dual = await def.update!(ctx, dual, changed);
    const [u1, u2] = dual.tunnel_options_specification as ObjectValue[];
    assert.equal((u2.tunnel_ike_config as ObjectValue[])[0].psk, 'the-new-psk');
    assert.equal((u1.tunnel_ike_config as ObjectValue[])[0].psk, '12345678');
    assert.equal(u1.tunnel_id, t1.tunnel_id);

    // Another customer gateway for a tunnel replaces the connection.
    const replace: Array<Array<string | number>> = [];
    const moved = structuredClone(dual) as ObjectValue;
    (moved.tunnel_options_specification as ObjectValue[])[1].customer_gateway_id = 'cgw-other';
    def.modifyPlan!({ config: moved, prior: dual, planned: moved, requiresReplace: replace });
    assert.deepEqual(replace, [['tunnel_options_specification', 1, 'customer_gateway_id']]);

    const imported = await def.read(ctx, await def.importState!(ctx, String(dual.id)));
    assert.deepEqual(imported!.tunnel_options_specification, dual.tunnel_options_specification);
    // A customer gateway a tunnel uses cannot be deleted while the connection exists.
    await assert.rejects(client.call('vpc', 'DeleteCustomerGateway', { CustomerGatewayId: String(cgw2.id) }), /DependencyViolation/);
    await def.delete(ctx, dual);
    assert.equal(await def.read(ctx, dual), null);
    await cgwDef.delete(ctx, cgw1);
    await cgwDef.delete(ctx, cgw2);
  });

  it('alicloud_vpn_connection: a private single-tunnel connection with enable_tunnels_bgp is created, read, imported equal and deleted', async () => {
    const def = res('alicloud_vpn_connection');
    const planned = plan(def, { vpn_gateway_id: gw.id, customer_gateway_id: cgw.id, local_subnet: ['192.168.0.0/24'], remote_subnet: ['10.9.0.0/24'], network_type: 'private', enable_tunnels_bgp: true });
    const c = await def.create(ctx, planned);
    assertComplete(def, c);
    assert.equal(c.network_type, 'private');
    assert.equal(c.enable_tunnels_bgp, true);
    assert.deepEqual(c.tunnel_options_specification, [], 'it stays a single-tunnel connection');
    const api = await client.call('vpc', 'DescribeVpnConnection', { VpnConnectionId: String(c.id) });
    assert.deepEqual([api.NetworkType, api.EnableTunnelsBgp], ['private', true]);
    assert.deepEqual(await def.read(ctx, c), c, 'a second read is the same state');
    const imported = await def.read(ctx, await def.importState!(ctx, String(c.id)));
    assert.equal(imported!.network_type, 'private');
    assert.equal(imported!.enable_tunnels_bgp, true);
    // The top-level blocks are filled from the API on import (computed when absent); the rest is equal.
    const attrs = (v: ObjectValue) => Object.fromEntries(Object.entries(v).filter(([k]) => !['ike_config', 'ipsec_config', 'bgp_config', 'health_check_config'].includes(k)));
    assert.deepEqual(attrs(imported!), attrs(c));

    // A refused change (local and remote subnets overlap) leaves the connection as it was.
    const bad = { ...c, local_subnet: ['10.9.0.0/16'], enable_tunnels_bgp: false };
    await assert.rejects(def.update!(ctx, c, bad), /overlap/i);
    assert.deepEqual(await def.read(ctx, c), c);
    await def.delete(ctx, c);
    assert.equal(await def.read(ctx, c), null);
  });

  it('alicloud_vpn_connection: a public connection that leaves network_type out keeps it null, also after an import', async () => {
    const def = res('alicloud_vpn_connection');
    const other = await res('alicloud_vpn_customer_gateway').create(ctx, plan(res('alicloud_vpn_customer_gateway'), { ip_address: '211.167.68.90' }));
    const c = await def.create(ctx, plan(def, { vpn_gateway_id: gw.id, customer_gateway_id: other.id, local_subnet: ['192.168.1.0/24'], remote_subnet: ['10.8.0.0/24'] }));
    assert.equal(c.network_type, null);
    assert.equal(c.enable_tunnels_bgp, false);
    const imported = await def.read(ctx, await def.importState!(ctx, String(c.id)));
    assert.equal(imported!.network_type, null);
    await def.delete(ctx, c);
  });
});
