/**
 * The hybrid-connectivity resources' CRUD functions against the real sandbox, without Terraform:
 * VPN gateway → customer gateway → connection → VPN and VPC routes; two VPCs peered by router
 * interfaces; a leased line, a VBR and the routes on both sides. Waiters see the asynchronous
 * statuses through (non-zero async delay), every state holds every attribute, out-of-band changes
 * show as drift, imports read back what was created, and deletes leave nothing behind.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { dataSources } from '../../provider/data-sources';
import { isUnknown, UNKNOWN, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';

function res(name: string): ResourceDefinition {
  const r = resources.find((x) => x.typeName === name);
  assert.ok(r, `${name} is not served`);
  return r;
}

/** A planned object as the framework hands it to create: config values, defaults, computed unknown. */
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
  for (const name of Object.keys(def.schema.attributes)) {
    assert.ok(name in state, `${def.typeName}: state lacks "${name}"`);
    assert.ok(!isUnknown(state[name]), `${def.typeName}: "${name}" is still unknown`);
  }
}

function assertMatchesPlan(planned: ObjectValue, state: ObjectValue) {
  for (const [k, v] of Object.entries(planned)) {
    if (!isUnknown(v) && !Array.isArray(v)) assert.deepEqual(state[k], v, `"${k}" changed from the plan`);
  }
}

describe('hybrid-connectivity resources against the sandbox (no Terraform)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let ctx: ResourceContext;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 150, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    ctx = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 30_000, warn: () => {} };
  });
  after(async () => sandbox?.close());

  const vpcs: ObjectValue[] = [];
  async function makeVpc(cidr: string): Promise<ObjectValue> {
    const def = res('alicloud_vpc');
    const v = await def.create(ctx, plan(def, { cidr_block: cidr, vpc_name: `vpc-${vpcs.length + 1}` }));
    vpcs.push(v);
    return v;
  }

  describe('VPN to an IDC (the guide\'s tutorial)', () => {
    let vpc: ObjectValue;
    let gw: ObjectValue;
    let cgw: ObjectValue;
    let conn: ObjectValue;
    let vpnRoute: ObjectValue;
    let vpcRoute: ObjectValue;

    it('alicloud_vpn_gateway: create waits for active, gets a public IP; update, drift, import', async () => {
      vpc = await makeVpc('192.168.0.0/16');
      const def = res('alicloud_vpn_gateway');
      const planned = plan(def, { vpc_id: vpc.id, bandwidth: 10, vpn_gateway_name: 'vpn-gw', tags: { env: 'test' } });
      gw = await def.create(ctx, planned);
      assertComplete(def, gw);
      assertMatchesPlan(planned, gw);
      assert.equal(gw.status, 'active');
      assert.match(String(gw.internet_ip), /^\d+\.\d+\.\d+\.\d+$/);
      assert.equal(gw.payment_type, 'PayAsYouGo');
      assert.equal(gw.instance_charge_type, 'PostPaid');
      assert.equal(gw.name, 'vpn-gw');

      await client.call('vpc', 'ModifyVpnGatewayAttribute', { VpnGatewayId: String(gw.id), Name: 'renamed-out-of-band' });
      const drifted = await def.read(ctx, gw);
      assert.equal(drifted!.vpn_gateway_name, 'renamed-out-of-band');
      gw = await def.update!(ctx, drifted!, { ...drifted!, vpn_gateway_name: 'vpn-gw', description: 'to the IDC', tags: { env: 'prod' } });
      assert.equal(gw.vpn_gateway_name, 'vpn-gw');
      assert.equal(gw.description, 'to the IDC');
      assert.deepEqual(gw.tags, { env: 'prod' });

      const read = await def.read(ctx, await def.importState!(ctx, String(gw.id)));
      assertComplete(def, read);
      assert.deepEqual({ ...read, period: null, auto_pay: null }, { ...gw, period: null, auto_pay: null });
    });

    it('alicloud_vpn_customer_gateway: create, update, import; a second gateway for the same IP is refused', async () => {
      const def = res('alicloud_vpn_customer_gateway');
      const planned = plan(def, { ip_address: '211.167.68.68', customer_gateway_name: 'idc-gw' });
      cgw = await def.create(ctx, planned);
      assertComplete(def, cgw);
      assertMatchesPlan(planned, cgw);
      assert.equal(cgw.name, 'idc-gw');
      cgw = await def.update!(ctx, cgw, { ...cgw, description: 'the IDC gateway' });
      assert.equal(cgw.description, 'the IDC gateway');
      assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(cgw.id))), cgw);
      await assert.rejects(def.create(ctx, plan(def, { ip_address: '211.167.68.68' })), /InvalidIpAddress\.AlreadyExist/);
    });

    it('alicloud_vpn_connection: the blocks fill with the API\'s defaults and a generated PSK', async () => {
      const def = res('alicloud_vpn_connection');
      const ike = { ike_version: 'ikev1', ike_mode: null, ike_enc_alg: null, ike_auth_alg: null, ike_pfs: null, ike_lifetime: null, ike_local_id: null, ike_remote_id: null, psk: null };
      const planned = plan(def, {
        vpn_gateway_id: gw.id,
        customer_gateway_id: cgw.id,
        local_subnet: ['192.168.0.0/16'],
        remote_subnet: ['172.16.0.0/12'],
        vpn_connection_name: 'to-idc',
        ike_config: [ike],
        ipsec_config: [{ ipsec_enc_alg: null, ipsec_auth_alg: null, ipsec_pfs: null, ipsec_lifetime: null }],
      });
      conn = await def.create(ctx, planned);
      assertComplete(def, conn);
      assert.deepEqual(conn.local_subnet, ['192.168.0.0/16']);
      assert.deepEqual(conn.remote_subnet, ['172.16.0.0/12']);
      const got = (conn.ike_config as ObjectValue[])[0];
      assert.equal(got.ike_version, 'ikev1');
      assert.equal(got.ike_mode, 'main');
      assert.equal(got.ike_enc_alg, 'aes');
      assert.equal(got.ike_pfs, 'group2');
      assert.equal(got.ike_lifetime, 86400);
      assert.match(String(got.psk), /^.{16}$/);
      assert.equal(got.ike_local_id, gw.internet_ip);
      assert.equal(got.ike_remote_id, '211.167.68.68');
      assert.equal((conn.ipsec_config as ObjectValue[])[0].ipsec_lifetime, 86400);
      assert.deepEqual(conn.bgp_config, []);
      assert.equal(conn.status, 'ipsec_sa_established');

      conn = await def.update!(ctx, conn, { ...conn, ike_config: [{ ...got, psk: 'a-new-secret' }] });
      assert.equal((conn.ike_config as ObjectValue[])[0].psk, 'a-new-secret');
      const imported = await def.read(ctx, await def.importState!(ctx, String(conn.id)));
      assert.deepEqual(imported!.ike_config, conn.ike_config);
      assert.deepEqual(imported!.ipsec_config, conn.ipsec_config);
    });

    it('alicloud_vpn_connection: overlapping subnets are refused by the API and leave nothing behind', async () => {
      const def = res('alicloud_vpn_connection');
      const otherCgw = await res('alicloud_vpn_customer_gateway').create(ctx, plan(res('alicloud_vpn_customer_gateway'), { ip_address: '211.167.68.69' }));
      const before = (await client.call('vpc', 'DescribeVpnConnections', {})).TotalCount;
      await assert.rejects(
        def.create(ctx, plan(def, { vpn_gateway_id: gw.id, customer_gateway_id: otherCgw.id, local_subnet: ['192.168.0.0/16'], remote_subnet: ['192.168.1.0/24'] })),
        /overlaps/,
      );
      assert.equal((await client.call('vpc', 'DescribeVpnConnections', {})).TotalCount, before);
      await res('alicloud_vpn_customer_gateway').delete(ctx, otherCgw);
    });

    it('alicloud_vpn_route_entry and a VPC route to the VPN gateway', async () => {
      const def = res('alicloud_vpn_route_entry');
      const planned = plan(def, { vpn_gateway_id: gw.id, next_hop: conn.id, route_dest: '172.16.0.0/12', weight: 0, publish_vpc: false });
      vpnRoute = await def.create(ctx, planned);
      assertComplete(def, vpnRoute);
      assert.equal(vpnRoute.id, `${String(gw.id)}:${String(conn.id)}:172.16.0.0/12`);
      assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(vpnRoute.id))), vpnRoute);
      await assert.rejects(def.importState!(ctx, 'vco-1:vpn-2:10.0.0.0/8'), /"vpn-" and "vco-"/);

      const routeDef = res('alicloud_route_entry');
      vpcRoute = await routeDef.create(ctx, plan(routeDef, { route_table_id: vpc.route_table_id, destination_cidrblock: '172.16.0.0/12', nexthop_type: 'VpnGateway', nexthop_id: gw.id }));
      assert.equal(vpcRoute.nexthop_type, 'VpnGateway');
    });

    it('the gateway cannot go while a connection uses it; everything deletes in reverse order', async () => {
      await res('alicloud_route_entry').delete(ctx, vpcRoute);
      await res('alicloud_vpn_route_entry').delete(ctx, vpnRoute);
      assert.equal(await res('alicloud_vpn_route_entry').read(ctx, vpnRoute), null);
      await assert.rejects(client.call('vpc', 'DeleteVpnGateway', { VpnGatewayId: String(gw.id) }), /DependencyViolation|Connection/);
      await res('alicloud_vpn_connection').delete(ctx, conn);
      await res('alicloud_vpn_customer_gateway').delete(ctx, cgw);
      await res('alicloud_vpn_gateway').delete(ctx, gw);
      assert.equal(await res('alicloud_vpn_gateway').read(ctx, gw), null);
      assert.equal(await res('alicloud_vpn_connection').read(ctx, conn), null);
    });
  });

  describe('VPC peering with router interfaces', () => {
    let vpc1: ObjectValue;
    let vpc2: ObjectValue;
    let ri1: ObjectValue;
    let ri2: ObjectValue;
    let acceptorSide: ObjectValue;
    let initiatorSide: ObjectValue;
    const routes: ObjectValue[] = [];

    it('creates the two interfaces Idle, then connects them (acceptor first) to Active', async () => {
      vpc1 = await makeVpc('172.16.0.0/16');
      vpc2 = await makeVpc('10.30.0.0/16');
      const def = res('alicloud_router_interface');
      ri1 = await def.create(ctx, plan(def, { opposite_region: 'cn-hangzhou', router_type: 'VRouter', router_id: vpc1.router_id, role: 'InitiatingSide', specification: 'Large.2', name: 'ri-1' }));
      ri2 = await def.create(ctx, plan(def, { opposite_region: 'cn-hangzhou', router_type: 'VRouter', router_id: vpc2.router_id, role: 'AcceptingSide' }));
      assertComplete(def, ri1);
      assertComplete(def, ri2);
      assert.equal(ri1.specification, 'Large.2');
      assert.equal(ri2.specification, null, 'an acceptor keeps specification empty (its Spec is Negative)');
      assert.equal(ri1.instance_charge_type, 'PostPaid');

      const conn = res('alicloud_router_interface_connection');
      acceptorSide = await conn.create(ctx, plan(conn, { interface_id: ri2.id, opposite_interface_id: ri1.id }));
      initiatorSide = await conn.create(ctx, plan(conn, { interface_id: ri1.id, opposite_interface_id: ri2.id }));
      assertComplete(conn, initiatorSide);
      assert.equal(initiatorSide.id, ri1.id);
      assert.equal(initiatorSide.opposite_router_id, vpc2.router_id);
      assert.equal(initiatorSide.opposite_router_type, 'VRouter');
      const [a, b] = await Promise.all([def.read(ctx, ri1), def.read(ctx, ri2)]);
      assert.equal(a!.opposite_interface_id, ri2.id);
      assert.equal(b!.opposite_interface_id, ri1.id);
      const status = async (id: unknown) =>
        (await client.call('vpc', 'DescribeRouterInterfaces', { 'Filter.1.Key': 'RouterInterfaceId', 'Filter.1.Value.1': String(id) })).RouterInterfaceSet.RouterInterfaceType[0].Status;
      assert.equal(await status(ri1.id), 'Active');
      assert.deepEqual(await conn.read(ctx, await conn.importState!(ctx, String(ri1.id))), initiatorSide);
    });

    it('routes in both VPCs point at their interface; an interface with a route cannot be deleted', async () => {
      const def = res('alicloud_route_entry');
      routes.push(await def.create(ctx, plan(def, { route_table_id: vpc1.route_table_id, destination_cidrblock: '10.30.0.0/16', nexthop_type: 'RouterInterface', nexthop_id: ri1.id })));
      routes.push(await def.create(ctx, plan(def, { route_table_id: vpc2.route_table_id, destination_cidrblock: '172.16.0.0/16', nexthop_type: 'RouterInterface', nexthop_id: ri2.id })));
      assert.equal(routes[0].nexthop_type, 'RouterInterface');
      // Active, and a route's next hop: refused (asked once: the client retries neither code).
      await assert.rejects((client.call as any)('vpc', 'DeleteRouterInterface', { RouterInterfaceId: String(ri1.id) }, { noRetryCodes: ['DependencyViolation*', 'IncorrectStatus'] }), /DependencyViolation|IncorrectStatus/);
    });

    it('renames an interface in place and changes the initiator\'s specification', async () => {
      const def = res('alicloud_router_interface');
      ri1 = await def.update!(ctx, ri1, { ...ri1, name: 'ri-one', description: 'to vpc-2', specification: 'Middle.1' });
      assert.equal(ri1.name, 'ri-one');
      assert.equal(ri1.specification, 'Middle.1');
    });

    it('re-creates destroyed connections (acceptor first, as declared) by activating the Inactive pair again', async () => {
      const conn = res('alicloud_router_interface_connection');
      const status = async (id: unknown) =>
        (await client.call('vpc', 'DescribeRouterInterfaces', { 'Filter.1.Key': 'RouterInterfaceId', 'Filter.1.Value.1': String(id) })).RouterInterfaceSet.RouterInterfaceType[0].Status;
      await conn.delete(ctx, initiatorSide);
      await conn.delete(ctx, acceptorSide);
      assert.deepEqual([await status(ri1.id), await status(ri2.id)], ['Inactive', 'Inactive']);
      acceptorSide = await conn.create(ctx, plan(conn, { interface_id: ri2.id, opposite_interface_id: ri1.id }));
      initiatorSide = await conn.create(ctx, plan(conn, { interface_id: ri1.id, opposite_interface_id: ri2.id }));
      assertComplete(conn, initiatorSide);
      assert.deepEqual([await status(ri1.id), await status(ri2.id)], ['Active', 'Active']);
      assert.equal(initiatorSide.opposite_router_id, vpc2.router_id);
    });

    it('an acceptor\'s specification (set in the real provider\'s two-region example) is a warning, not an error, and never sent', async () => {
      const def = res('alicloud_router_interface');
      const diags = def.validateConfig!({ ...plan(def, {}), role: 'AcceptingSide', router_type: 'VRouter', specification: 'Large.1' }) ?? [];
      assert.deepEqual(diags.map((d) => [d.severity, d.attribute]), [['warning', ['specification']]]);
      const updated = await def.update!(ctx, ri2, { ...ri2, specification: 'Large.1' });
      assert.equal(updated.specification, 'Large.1');
      const live = (await client.call('vpc', 'DescribeRouterInterfaces', { 'Filter.1.Key': 'RouterInterfaceId', 'Filter.1.Value.1': String(ri2.id) })).RouterInterfaceSet.RouterInterfaceType[0];
      assert.equal(live.Spec, 'Negative');
      ri2 = updated;
    });

    it('destroying an interface a route still uses fails with the API\'s code, naming the route, and leaves the interface', async () => {
      const def = res('alicloud_router_interface');
      // (The provider retries this refusal for at most a minute; a short operation timeout stands in for it here.)
      await assert.rejects(def.delete({ ...ctx, timeoutMs: 1_500 }, ri1), /DependencyViolation\.RouterInterfaceReferedByRouteEntry.*10\.30\.0\.0\/16/s);
      assert.ok(await def.read(ctx, ri1), 'the interface is still there');
    });

    it('destroys in reverse order: routes, connections (deactivate), interfaces', async () => {
      for (const r of routes) await res('alicloud_route_entry').delete(ctx, r);
      await res('alicloud_router_interface_connection').delete(ctx, initiatorSide);
      await res('alicloud_router_interface_connection').delete(ctx, acceptorSide);
      await res('alicloud_router_interface').delete(ctx, ri1);
      await res('alicloud_router_interface').delete(ctx, ri2);
      assert.equal(await res('alicloud_router_interface').read(ctx, ri1), null);
    });
  });

  it('connects interfaces in two regions with no opposite_router_id, looking the opposite up in its own region (the real docs\' example)', async () => {
    const sh = { ...ctx, region: 'cn-shanghai', client: createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-shanghai', initialBackoffMs: 50 }) };
    const vpcDef = res('alicloud_vpc');
    const riDef = res('alicloud_router_interface');
    const conn = res('alicloud_router_interface_connection');
    const hz = await vpcDef.create(ctx, plan(vpcDef, { cidr_block: '172.20.0.0/16' }));
    const far = await vpcDef.create(sh, plan(vpcDef, { cidr_block: '192.168.0.0/16' }));
    const init = await riDef.create(ctx, plan(riDef, { opposite_region: 'cn-shanghai', router_type: 'VRouter', router_id: hz.router_id, role: 'InitiatingSide', specification: 'Large.2' }));
    const acc = await riDef.create(sh, plan(riDef, { opposite_region: 'cn-hangzhou', router_type: 'VRouter', router_id: far.router_id, role: 'AcceptingSide' }));
    const accSide = await conn.create(sh, plan(conn, { interface_id: acc.id, opposite_interface_id: init.id }));
    const initSide = await conn.create(ctx, plan(conn, { interface_id: init.id, opposite_interface_id: acc.id }));
    assert.deepEqual([initSide.opposite_router_id, accSide.opposite_router_id], [far.router_id, hz.router_id]);
    await conn.delete(ctx, initSide);
    await conn.delete(sh, accSide);
    await riDef.delete(ctx, init);
    await riDef.delete(sh, acc);
    await vpcDef.delete(ctx, hz);
    await vpcDef.delete(sh, far);
  });

  describe('a leased line to an IDC (physical connection, VBR, interfaces, routes on both sides)', () => {
    let vpc: ObjectValue;
    let pc: ObjectValue;
    let vbr: ObjectValue;
    const made: Array<[string, ObjectValue]> = [];

    it('creates and enables the line, then a VBR with its own route table', async () => {
      vpc = await makeVpc('172.16.0.0/12');
      const pcDef = res('alicloud_express_connect_physical_connection');
      const ap = (await client.call('vpc', 'DescribeAccessPoints', {})).AccessPointSet.AccessPointType[0].AccessPointId;
      pc = await pcDef.create(ctx, plan(pcDef, { access_point_id: ap, line_operator: 'CT', port_type: '1000Base-LX', physical_connection_name: 'to-idc', status: 'Enabled' }));
      assertComplete(pcDef, pc);
      assert.equal(pc.status, 'Enabled');
      assert.equal(pc.type, 'VPC');
      assert.deepEqual(await pcDef.read(ctx, { ...(await pcDef.importState!(ctx, String(pc.id))), pricing_cycle: 'Month', order_id: pc.order_id }), pc);

      const vbrDef = res('alicloud_express_connect_virtual_border_router');
      const planned = plan(vbrDef, { physical_connection_id: pc.id, vlan_id: 10, local_gateway_ip: '10.0.0.1', peer_gateway_ip: '10.0.0.2', peering_subnet_mask: '255.255.255.252', virtual_border_router_name: 'vbr-idc' });
      vbr = await vbrDef.create(ctx, planned);
      assertComplete(vbrDef, vbr);
      assert.equal(vbr.status, 'active');
      assert.match(String(vbr.route_table_id), /^vtb-/);
      await assert.rejects(vbrDef.create(ctx, plan(vbrDef, { ...planned, virtual_border_router_name: null })), /InvalidVlanId\.Used/);
      vbr = await vbrDef.update!(ctx, vbr, { ...vbr, vlan_id: 11, description: 'leased line' });
      assert.equal(vbr.vlan_id, 11);
    });

    it('joins the VBR (initiator, access point looked up) to the VPC, routes the IDC block in the VPC and both blocks in the VBR', async () => {
      const riDef = res('alicloud_router_interface');
      const vbrSide = await riDef.create(ctx, plan(riDef, { opposite_region: 'cn-hangzhou', router_type: 'VBR', router_id: vbr.id, role: 'InitiatingSide', specification: 'Large.1' }));
      assert.match(String(vbrSide.access_point_id), /^ap-/);
      const vpcSide = await riDef.create(ctx, plan(riDef, { opposite_region: 'cn-hangzhou', router_type: 'VRouter', router_id: vpc.router_id, role: 'AcceptingSide' }));
      made.push(['alicloud_router_interface', vbrSide], ['alicloud_router_interface', vpcSide]);
      const conn = res('alicloud_router_interface_connection');
      const acc = await conn.create(ctx, plan(conn, { interface_id: vpcSide.id, opposite_interface_id: vbrSide.id, opposite_router_type: 'VBR' }));
      const ini = await conn.create(ctx, plan(conn, { interface_id: vbrSide.id, opposite_interface_id: vpcSide.id }));
      made.push(['alicloud_router_interface_connection', acc], ['alicloud_router_interface_connection', ini]);

      const list = await dataSources.find((d) => d.typeName === 'alicloud_express_connect_virtual_border_routers')!.read(ctx, { ids: [vbr.id] });
      const row = (list.routers as ObjectValue[])[0];
      assert.equal(row.route_table_id, vbr.route_table_id);
      assert.match(String(row.vlan_interface_id), /^ri-/);
      // The BFD and IPv6 peering fields are shown as the API reports them: the defaults (3 × 300 ms), no IPv6.
      assert.equal(row.detect_multiplier, 3);
      assert.equal(row.peer_ipv6_gateway_ip, '');
      // `filter` blocks reach the API as Filter.N: a match keeps the VBR, a miss finds nothing.
      const vbrsDs = dataSources.find((d) => d.typeName === 'alicloud_express_connect_virtual_border_routers')!;
      const hit = await vbrsDs.read(ctx, { filter: [{ key: 'PhysicalConnectionId', values: [vbr.physical_connection_id] }] });
      assert.deepEqual(hit.ids, [vbr.id]);
      assert.deepEqual(hit.filter, [{ key: 'PhysicalConnectionId', values: [vbr.physical_connection_id] }]);
      const miss = await vbrsDs.read(ctx, { filter: [{ key: 'Status', values: ['terminated'] }] });
      assert.deepEqual(miss.ids, []);

      const def = res('alicloud_route_entry');
      const route = (table: ObjectValue[string], dest: string, hop: ObjectValue[string]) => def.create(ctx, plan(def, { route_table_id: table, destination_cidrblock: dest, nexthop_type: 'RouterInterface', nexthop_id: hop }));
      const inVpc = await route(vpc.route_table_id, '192.168.0.0/16', vpcSide.id);
      const toIdc = await route(vbr.route_table_id, '192.168.0.0/16', row.vlan_interface_id);
      const toVpc = await route(vbr.route_table_id, '172.16.0.0/12', vbrSide.id);
      assert.equal(toIdc.router_id, vbr.id);
      made.push(['alicloud_route_entry', inVpc], ['alicloud_route_entry', toIdc], ['alicloud_route_entry', toVpc]);
      assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(toVpc.id))), toVpc);
    });

    it('deletes everything in reverse order, terminating the line first', async () => {
      for (const [type, state] of made.reverse()) await res(type).delete(ctx, state);
      await assert.rejects(client.call('vpc', 'DeletePhysicalConnection', { PhysicalConnectionId: String(pc.id) }), /DependencyViolation|Enabled/);
      await res('alicloud_express_connect_virtual_border_router').delete(ctx, vbr);
      await res('alicloud_express_connect_physical_connection').delete(ctx, pc);
      assert.equal(await res('alicloud_express_connect_physical_connection').read(ctx, pc), null);
      for (const v of vpcs) await res('alicloud_vpc').delete(ctx, v);
    });
  });
});
