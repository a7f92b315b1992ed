/**
 * The hybrid-connectivity resources' pure parts: names and flags against the real provider's
 * documented arguments (provider/facts), import-ID parsers and the checks made before any API call.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UNKNOWN, type ObjectValue, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';
import { parseVpnRouteEntryId } from '../../provider/resources/vpn-route-entry';
import { runValidators } from '../../provider/shared/validators';

const TYPES = [
  'alicloud_vpn_gateway',
  'alicloud_vpn_customer_gateway',
  'alicloud_vpn_connection',
  'alicloud_vpn_route_entry',
  'alicloud_router_interface',
  'alicloud_router_interface_connection',
  'alicloud_express_connect_virtual_border_router',
  'alicloud_express_connect_physical_connection',
] as const;

function res(name: string): ResourceDefinition {
  const r = resources.find((x) => x.typeName === name);
  assert.ok(r, `resource ${name} is not served`);
  return r;
}

function facts(type: string): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '../../provider/facts', `${type}.json`), 'utf8'));
}

function config(type: string, values: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const k of Object.keys(res(type).schema.attributes)) out[k] = null;
  return { ...out, ...values };
}

describe('hybrid-connectivity resources: names and flags of the real provider', () => {
  for (const type of TYPES) {
    it(`${type} has every documented argument, with the real required flags, and no name the docs lack`, () => {
      const f = facts(type);
      const def = res(type);
      const attrs = def.schema.attributes;
      const blocks = def.schema.blocks ?? {};
      const documented = new Set<string>(['id', ...f.arguments.map((a: any) => a.name), ...f.attributes.map((a: any) => a.name)]);
      for (const name of [...Object.keys(attrs), ...Object.keys(blocks)]) assert.ok(documented.has(name), `${type}.${name} is not in the real provider's docs`);
      // include_cross_account_vbr is the one documented argument not served.
      const skipped = new Set(['include_cross_account_vbr']);
      for (const a of f.arguments) {
        if (skipped.has(a.name) || a.removed) continue;
        assert.ok(attrs[a.name] || blocks[a.name], `${type}.${a.name} (documented) is missing`);
        if (attrs[a.name]) assert.equal(!!attrs[a.name].required, !!a.required, `${type}.${a.name}: required differs from the docs`);
        if (attrs[a.name] && a.deprecated) assert.ok(attrs[a.name].deprecated, `${type}.${a.name} is deprecated in the real provider`);
      }
    });
  }

  it('keeps the ike_config and ipsec_config blocks with the real attribute names', () => {
    const blocks = res('alicloud_vpn_connection').schema.blocks!;
    assert.deepEqual(Object.keys(blocks.ike_config.block.attributes).sort(), ['ike_auth_alg', 'ike_enc_alg', 'ike_lifetime', 'ike_local_id', 'ike_mode', 'ike_pfs', 'ike_remote_id', 'ike_version', 'psk']);
    assert.deepEqual(Object.keys(blocks.ipsec_config.block.attributes).sort(), ['ipsec_auth_alg', 'ipsec_enc_alg', 'ipsec_lifetime', 'ipsec_pfs']);
    assert.equal(blocks.ike_config.maxItems, 1);
    assert.ok(Object.values(blocks.ike_config.block.attributes).every((a) => a.optional && a.computed), 'Optional+Computed, as the real provider');
  });

  it('accepts only the real IKE/IPsec values and VPN gateway bandwidths', () => {
    const ike = res('alicloud_vpn_connection').schema.blocks!.ike_config.block.attributes;
    assert.deepEqual(runValidators(ike.ike_version, 'ikev2'), []);
    assert.match(runValidators(ike.ike_version, 'ikev3')[0], /ikev1, ikev2/);
    assert.match(runValidators(ike.ike_lifetime, 90000)[0], /0 to 86400/);
    assert.match(runValidators(res('alicloud_vpn_gateway').schema.attributes.bandwidth, 15)[0], /5, 10, 20, 50, 100, 200, 500, 1000/);
    assert.match(runValidators(res('alicloud_vpn_customer_gateway').schema.attributes.ip_address, '192.168.1.1')[0], /private address/);
    assert.match(runValidators(res('alicloud_vpn_connection').schema.attributes.local_subnet, ['10.0.0.1/8'])[0], /host bits/);
  });
});

describe('hybrid-connectivity resources: import IDs', () => {
  it('parses <vpn_gateway_id>:<next_hop>:<route_dest>', () => {
    assert.deepEqual(parseVpnRouteEntryId('vpn-abc123456:vco-abc123456:10.0.0.10/24'), { vpnGatewayId: 'vpn-abc123456', nextHop: 'vco-abc123456', routeDest: '10.0.0.10/24' });
    assert.throws(() => parseVpnRouteEntryId('vpn-1:vco-2'), /<vpn_gateway_id>:<next_hop>:<route_dest>/);
    assert.throws(() => parseVpnRouteEntryId('vco-1:vpn-2:10.0.0.0/8'), /"vpn-" and "vco-"/);
  });

  it('imports the others by their plain IDs, refusing a wrong prefix with the expected form', async () => {
    const ctx = {} as never;
    for (const [type, good, bad] of [
      ['alicloud_vpn_gateway', 'vpn-bp1', 'vco-bp1'],
      ['alicloud_vpn_customer_gateway', 'cgw-bp1', 'vpn-bp1'],
      ['alicloud_vpn_connection', 'vco-bp1', 'cgw-bp1'],
      ['alicloud_router_interface', 'ri-bp1', 'vbr-bp1'],
      ['alicloud_router_interface_connection', 'ri-bp1', 'vbr-bp1'],
      ['alicloud_express_connect_virtual_border_router', 'vbr-bp1', 'pc-bp1'],
      ['alicloud_express_connect_physical_connection', 'pc-bp1', 'vbr-bp1'],
    ] as const) {
      assert.equal((await res(type).importState!(ctx, good)).id, good);
      await assert.rejects(res(type).importState!(ctx, bad), /import .* with its/);
    }
  });
});

describe('hybrid-connectivity resources: checks before any API call', () => {
  it('a router interface: the initiator needs a specification, the acceptor\'s is ignored with a warning (as the real provider ignores it), a VBR only initiates', () => {
    const v = res('alicloud_router_interface').validateConfig!;
    const base = { opposite_region: 'cn-hangzhou', router_type: 'VRouter', router_id: 'vrt-1' };
    assert.deepEqual(v(config('alicloud_router_interface', { ...base, role: 'InitiatingSide', specification: 'Large.2' })), []);
    assert.equal(v(config('alicloud_router_interface', { ...base, role: 'InitiatingSide' }))[0].attribute?.[0], 'specification');
    const [acceptorSpec] = v(config('alicloud_router_interface', { ...base, role: 'AcceptingSide', specification: 'Large.2' }));
    assert.equal(acceptorSpec.severity, 'warning');
    assert.match(acceptorSpec.detail!, /"Large\.2" is not sent\. Remove specification/);
    assert.equal(v(config('alicloud_router_interface', { ...base, router_type: 'VBR', role: 'AcceptingSide' }))[0].attribute?.[0], 'role');
    assert.deepEqual(v(config('alicloud_router_interface', { ...base, role: 'InitiatingSide', specification: UNKNOWN })), []);
  });

  it('a VPN connection needs a customer gateway and one name, and takes tunnel BGP and a private network type', () => {
    const v = res('alicloud_vpn_connection').validateConfig!;
    const base = { vpn_gateway_id: 'vpn-1', local_subnet: ['10.0.0.0/16'], remote_subnet: ['172.16.0.0/12'] };
    assert.equal(v(config('alicloud_vpn_connection', base))[0].attribute?.[0], 'customer_gateway_id');
    assert.deepEqual(v(config('alicloud_vpn_connection', { ...base, customer_gateway_id: 'cgw-1' })), []);
    // enable_tunnels_bgp on one tunnel and network_type = "private" are stored, not refused.
    assert.deepEqual(v(config('alicloud_vpn_connection', { ...base, customer_gateway_id: 'cgw-1', enable_tunnels_bgp: true, network_type: 'private' })), []);
    assert.equal(v(config('alicloud_vpn_connection', { ...base, customer_gateway_id: 'cgw-1', name: 'a1', vpn_connection_name: 'b1' }))[0].attribute?.[0], 'name');
  });

  it('a private VPN gateway takes 200 or 1000 Mbit/s; ssl_connections without enable_ssl is accepted (the real provider ignores it)', () => {
    const v = res('alicloud_vpn_gateway').validateConfig!;
    assert.equal(v(config('alicloud_vpn_gateway', { vpc_id: 'vpc-1', bandwidth: 10, network_type: 'private' }))[0].attribute?.[0], 'bandwidth');
    assert.deepEqual(v(config('alicloud_vpn_gateway', { vpc_id: 'vpc-1', bandwidth: 10, ssl_connections: 5 })), []);
    assert.deepEqual(v(config('alicloud_vpn_gateway', { vpc_id: 'vpc-1', bandwidth: 200, network_type: 'private' })), []);
  });
});
