/**
 * alicloud_vpn_route_entry — a destination-based route of a VPN gateway: traffic to `route_dest`
 * goes through the VPN connection `next_hop`, as aliyun/alicloud's resource.
 *
 * ID (and import ID), as in aliyun/alicloud: <vpn_gateway_id>:<next_hop>:<route_dest>.
 *
 * Create: CreateVpnRouteEntry (one ClientToken across retries; VpnGateway.Configuring is retried).
 * Read: DescribeVpnRouteEntries(VpnGatewayId), paged. Delete: DeleteVpnRouteEntry → wait until gone.
 * The real provider changes `weight` (ModifyVpnRouteEntryWeight) and `publish_vpc`
 * (PublishVpnRouteEntry) in place; the sandbox has neither action, so here they replace the entry.
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { api } from '../shared/api';
import { prefixed, validCidr } from '../shared/validators';
import { num, str, unwrapList } from '../shared/values';
import { isNotFound } from '../client/api-client';
import { complete, deleteAndWaitGone, ID_ATTR, keepComputedOnUpdate, step } from './common';

const TYPE = 'alicloud_vpn_route_entry';

export const vpnRouteEntryAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpn_gateway_id: { type: 'string', required: true, forceNew: true, description: 'The VPN gateway that holds the route.', validators: [prefixed('vpn-', 'VPN gateway')] },
  next_hop: { type: 'string', required: true, forceNew: true, description: 'The VPN connection the traffic goes through (vco-…).', validators: [prefixed('vco-', 'VPN connection')] },
  route_dest: { type: 'string', required: true, forceNew: true, description: 'The destination block, e.g. 172.16.0.0/12.', validators: [validCidr] },
  weight: {
    type: 'number',
    required: true,
    forceNew: true,
    description: 'The route weight: 100 (active) or 0 (standby). Changing it replaces the entry in this provider.',
    validators: [(v) => (Number(v) === 0 || Number(v) === 100 ? undefined : `weight ${String(v)} is not accepted; use 100 (active) or 0 (standby)`)],
  },
  publish_vpc: { type: 'bool', required: true, forceNew: true, description: 'Whether the route is published to the VPC\'s route table. Changing it replaces the entry in this provider.' },
  route_entry_type: { type: 'string', computed: true, description: 'custom (or bgp).' },
  status: { type: 'string', computed: true, description: 'published or normal.' },
});

export interface VpnRouteEntryId {
  vpnGatewayId: string;
  nextHop: string;
  routeDest: string;
}

/** Parses `<vpn_gateway_id>:<next_hop>:<route_dest>`. */
export function parseVpnRouteEntryId(id: string): VpnRouteEntryId {
  const parts = id.split(':');
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    throw new Error(`"${id}" is not a VPN route entry ID; use <vpn_gateway_id>:<next_hop>:<route_dest>, e.g. vpn-bp1abc:vco-bp1def:10.0.0.0/24`);
  }
  const [vpnGatewayId, nextHop, routeDest] = parts;
  if (!vpnGatewayId.startsWith('vpn-') || !nextHop.startsWith('vco-')) {
    throw new Error(`"${id}" does not have the form <vpn_gateway_id>:<next_hop>:<route_dest> (the parts start with "vpn-" and "vco-"), e.g. vpn-bp1abc:vco-bp1def:10.0.0.0/24`);
  }
  return { vpnGatewayId, nextHop, routeDest };
}

function keyOf(v: ObjectValue): VpnRouteEntryId {
  return { vpnGatewayId: str(v.vpn_gateway_id)!, nextHop: str(v.next_hop)!, routeDest: str(v.route_dest)! };
}

async function findVpnRoute(ctx: ResourceContext, key: VpnRouteEntryId): Promise<any | null> {
  try {
    for (let page = 1; page <= 100; page++) {
      const out = await api(ctx, 'vpc', 'DescribeVpnRouteEntries', { VpnGatewayId: key.vpnGatewayId, PageNumber: page, PageSize: 50 });
      const rows = unwrapList(out?.VpnRouteEntries, 'VpnRouteEntry');
      const hit = rows.find((e: any) => e?.RouteDest === key.routeDest && e?.NextHop === key.nextHop);
      if (hit) return hit;
      if (rows.length < 50 || page * 50 >= Number(out?.TotalCount ?? 0)) return null;
    }
    return null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function readVpnRoute(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const key = keyOf(prior);
  const e = await findVpnRoute(ctx, key);
  if (!e) return null;
  return complete(vpnRouteEntryAttributes, {
    ...prior,
    id: `${key.vpnGatewayId}:${key.nextHop}:${key.routeDest}`,
    weight: e.Weight === undefined ? (prior.weight ?? null) : Number(e.Weight),
    publish_vpc: e.State === undefined ? (prior.publish_vpc ?? null) : e.State === 'published',
    route_entry_type: e.RouteEntryType ?? 'custom',
    status: e.State ?? null,
  });
}

export const vpnRouteEntryResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A destination-based route of a VPN gateway through a VPN connection.', attributes: vpnRouteEntryAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const key = keyOf(planned);
    await step(TYPE, null, `creating the VPN route to ${key.routeDest}`, () =>
      api(ctx, 'vpc', 'CreateVpnRouteEntry', {
        VpnGatewayId: key.vpnGatewayId,
        RouteDest: key.routeDest,
        NextHop: key.nextHop,
        Weight: num(planned.weight),
        PublishVpc: planned.publish_vpc === true,
      }, { idempotent: true, retryCodes: ['VpnGateway.Configuring', 'VpnTask.CONFLICT', 'VpnConnection.Configuring', 'OperationConflict'] }),
    );
    const id = `${key.vpnGatewayId}:${key.nextHop}:${key.routeDest}`;
    ctx.created?.({ ...planned, id, route_entry_type: null, status: null });
    const state = await step(TYPE, id, 'reading the new VPN route entry', () => readVpnRoute(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPN route entry disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VPN route entry', () => readVpnRoute(ctx, state));
  },

  async delete(ctx, state) {
    const key = keyOf(state);
    const remove = () =>
      api(ctx, 'vpc', 'DeleteVpnRouteEntry', { VpnGatewayId: key.vpnGatewayId, RouteDest: key.routeDest, NextHop: key.nextHop, Weight: num(state.weight) ?? 0 }, {
        idempotent: true,
        retryCodes: ['VpnGateway.Configuring', 'VpnTask.CONFLICT', 'OperationConflict'],
      });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id: str(state.id), noun: 'the VPN route entry' }, remove, () => findVpnRoute(ctx, key));
  },

  async importState(_ctx, id) {
    const p = parseVpnRouteEntryId(id);
    return complete(vpnRouteEntryAttributes, { id, vpn_gateway_id: p.vpnGatewayId, next_hop: p.nextHop, route_dest: p.routeDest });
  },
};
