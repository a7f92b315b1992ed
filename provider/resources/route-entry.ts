/**
 * alicloud_route_entry — a custom route in a VPC route table. Every argument forces a new entry
 * (the real provider has no Update either).
 *
 * ID (and import ID), as in aliyun/alicloud:
 *   <route_table_id>:<router_id>:<destination_cidrblock>:<nexthop_type>:<nexthop_id>
 * with ':' inside an IPv6 destination written as '_'.
 *
 * Create: CreateRouteEntry with one ClientToken reused across retries (the table accepts one change
 * at a time; the client retries IncorrectRouteEntryStatus/TaskConflict) → wait until the entry is
 * Available. Read: DescribeRouteTables(RouteTableId) → RouteEntrys.RouteEntry[] (router_id is the
 * table's VRouterId). Delete: DeleteRouteEntry → wait until the entry is gone.
 */
import { hasCode } from '../client/api-client';
import { AttributeError, type AttributeSchema, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { complete, deleteAndWaitGone, describeById, ID_ATTR, keepComputedOnUpdate, step } from './common';
import { followsRule, lengthBetween, oneOf, prefixed, validCidrOrIp } from '../shared/validators';
import { routeEntryNameProblem } from '../../network-rules/limits';
import { optional, str, unwrapList } from '../shared/values';

const TYPE = 'alicloud_route_entry';

export const NEXTHOP_TYPES = [
  'Instance',
  'HaVip',
  'RouterInterface',
  'NetworkInterface',
  'VpnGateway',
  'IPv6Gateway',
  'NatGateway',
  'Attachment',
  'VpcPeer',
  'Ipv4Gateway',
  'GatewayEndpoint',
  'Ecr',
] as const;

export const routeEntryAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  route_table_id: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The route table to add the entry to (e.g. alicloud_vpc.x.route_table_id).',
    validators: [prefixed('vtb-', 'route table')],
  },
  destination_cidrblock: {
    type: 'string',
    optional: true,
    forceNew: true,
    description: 'The destination CIDR block of the route.',
    validators: [validCidrOrIp],
  },
  nexthop_type: {
    type: 'string',
    optional: true,
    forceNew: true,
    description: `The type of the next hop: ${NEXTHOP_TYPES.join(', ')}.`,
    validators: [oneOf(NEXTHOP_TYPES)],
  },
  nexthop_id: {
    type: 'string',
    optional: true,
    forceNew: true,
    description: 'The ID of the next hop: an instance (i-), a router interface (ri-; in a VBR table also the VBR\'s vlan_interface_id), a VPN gateway (vpn-) or a NAT gateway (ngw-).',
  },
  name: {
    type: 'string',
    optional: true,
    forceNew: true,
    description: 'The name of the route entry (2 to 128 characters).',
    validators: [followsRule('name', routeEntryNameProblem)],
  },
  description: {
    type: 'string',
    optional: true,
    // No validator in the real schema, and its create skips "" (d.GetOk): modules pass "".
    emptyIsUnset: true,
    forceNew: true,
    description: 'The description of the route entry (1 to 256 characters; "" means none).',
    validators: [lengthBetween(1, 256, 'description')],
  },
  router_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The vRouter of the route table.' },
});

export interface RouteEntryId {
  routeTableId: string;
  routerId: string;
  destination: string;
  nexthopType: string;
  nexthopId: string;
}

/** Parses `<route_table_id>:<router_id>:<destination_cidrblock>:<nexthop_type>:<nexthop_id>`. */
export function parseRouteEntryId(id: string): RouteEntryId {
  const parts = id.split(':');
  if (parts.length !== 5 || parts.some((p, i) => p === '' && i !== 1)) {
    throw new Error(
      `"${id}" is not a route entry ID; use <route_table_id>:<router_id>:<destination_cidrblock>:<nexthop_type>:<nexthop_id>, ` +
        'e.g. vtb-bp1abc:vrt-bp1def:10.1.0.0/16:Instance:i-bp1ghi (write the colons of an IPv6 destination as "_")',
    );
  }
  const [routeTableId, routerId, dest, nexthopType, nexthopId] = parts;
  if (!routeTableId.startsWith('vtb-')) {
    throw new Error(`"${id}" does not start with a route table ID (vtb-…); the first segment is the route table, e.g. vtb-bp1abc:vrt-bp1def:10.1.0.0/16:Instance:i-bp1ghi`);
  }
  return { routeTableId, routerId, destination: dest.replace(/_/g, ':'), nexthopType, nexthopId };
}

export function formatRouteEntryId(e: RouteEntryId): string {
  return [e.routeTableId, e.routerId, e.destination.replace(/:/g, '_'), e.nexthopType, e.nexthopId].join(':');
}

/** The route table (DescribeRouteTables) or null when it does not exist. */
async function describeRouteTable(ctx: ResourceContext, routeTableId: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeRouteTables', { RouteTableId: routeTableId, PageSize: 50 }, {
    listKey: 'RouteTables',
    itemKey: 'RouteTable',
    idField: 'RouteTableId',
    id: routeTableId,
  });
}

function sameDestination(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const norm = (s: string) => (s.includes('/') ? s : s.includes(':') ? `${s}/128` : `${s}/32`).toLowerCase();
  return norm(a) === norm(b);
}

function entryNextHop(e: any): { type?: string; id?: string } {
  if (e?.InstanceId || e?.NextHopType) return { type: e.NextHopType, id: e.InstanceId };
  const hop = unwrapList(e?.NextHops, 'NextHop')[0];
  return { type: hop?.NextHopType, id: hop?.NextHopId };
}

/** Finds the entry (and the table's vRouter); null when the table or the entry is gone. */
async function findEntry(ctx: ResourceContext, key: Omit<RouteEntryId, 'routerId'>): Promise<{ entry: any; routerId: string | null } | null> {
  const table = await describeRouteTable(ctx, key.routeTableId);
  if (!table) return null;
  const entries = unwrapList(table.RouteEntrys, 'RouteEntry');
  const entry = entries.find((e: any) => {
    if (!sameDestination(e?.DestinationCidrBlock, key.destination)) return false;
    const hop = entryNextHop(e);
    return (!hop.type || hop.type === key.nexthopType) && (!hop.id || hop.id === key.nexthopId);
  });
  if (!entry) return null;
  return { entry, routerId: table.VRouterId ?? table.RouterId ?? null };
}

function keyOf(v: ObjectValue): Omit<RouteEntryId, 'routerId'> {
  return {
    routeTableId: str(v.route_table_id)!,
    destination: str(v.destination_cidrblock)!,
    nexthopType: str(v.nexthop_type)!,
    nexthopId: str(v.nexthop_id)!,
  };
}

async function readEntry(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const found = await findEntry(ctx, keyOf(prior));
  if (!found) return null;
  const { entry } = found;
  const hop = entryNextHop(entry);
  const routerId = found.routerId ?? str(prior.router_id) ?? '';
  const state: ObjectValue = {
    ...prior,
    destination_cidrblock: prior.destination_cidrblock ?? entry.DestinationCidrBlock,
    nexthop_type: hop.type ?? prior.nexthop_type,
    nexthop_id: hop.id ?? prior.nexthop_id,
    name: optional(entry.RouteEntryName, prior.name),
    description: optional(entry.Description, prior.description),
    router_id: routerId,
  };
  state.id = formatRouteEntryId({ ...keyOf(state), routerId });
  return complete(routeEntryAttributes, state);
}

export const routeEntryResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A custom route entry in a VPC route table.', attributes: routeEntryAttributes },
  timeouts: { create: 10 * 60_000, delete: 10 * 60_000 },

  // No plan-time check that destination_cidrblock, nexthop_type and nexthop_id are set: all three
  // are Optional in the real schema, so a plan succeeds and the apply fails (see create).

  async create(ctx, planned) {
    const key = keyOf(planned);
    if (key.nexthopType === undefined) {
      // CreateRouteEntry alone would make an Instance route (the API's default). But the real
      // provider builds the entry's ID with an empty next-hop type, so its wait never finds the
      // route it made and the apply fails once the wait times out, leaving a tainted entry behind.
      // The sandbox fails the same apply at once, before creating anything.
      throw new AttributeError(
        ['nexthop_type'],
        'missing nexthop_type',
        `nexthop_type is not set for the route to ${key.destination ?? '(no destination_cidrblock)'}. The API would default it to Instance, ` +
          'but the real provider records the entry with an empty next-hop type, cannot find the route it created, and fails this apply after its wait times out. ' +
          `Set nexthop_type to the type of nexthop_id (${NEXTHOP_TYPES.slice(0, 4).join(', ')}, …; "Instance" for an ECS instance).`,
      );
    }
    await step(TYPE, null, `creating the route to ${key.destination}`, async () => {
      try {
        await api(ctx, 'vpc', 'CreateRouteEntry', {
          RouteTableId: key.routeTableId,
          DestinationCidrBlock: key.destination,
          NextHopType: key.nexthopType,
          NextHopId: key.nexthopId,
          RouteEntryName: str(planned.name),
          Description: str(planned.description),
          // A VPN gateway next hop refuses routes while it is still being set up (init).
        }, { idempotent: true, retryCodes: ['IncorrectInstanceStatus', 'InvalidNextHop.Pending', 'VpnGateway.Configuring'] });
      } catch (err) {
        if (hasCode(err, 'InvalidCIDRBlock.Duplicate', 'InvalidRouteEntry.Duplicate', 'RouterEntryConflict.Duplicated', 'Duplicated.VpcNextHop')) {
          const e = err as Error;
          e.message += `; a route to ${key.destination} already exists in ${key.routeTableId}: import it with terraform import <address> ${key.routeTableId}:<router_id>:${key.destination.replace(/:/g, '_')}:${key.nexthopType}:${key.nexthopId}`;
        }
        throw err;
      }
    });
    const found = await step(TYPE, null, `waiting for the route to ${key.destination}`, () =>
      waitFor(ctx, () => findEntry(ctx, key), (f) => f !== null && (f.entry.Status === undefined || f.entry.Status === 'Available'), {
        what: `route entry ${key.destination} in ${key.routeTableId} to become Available`,
      }),
    );
    const state = await step(TYPE, null, 'reading the new route entry', () => readEntry(ctx, { ...planned, router_id: found?.routerId ?? null }));
    if (!state) throw new Error(`${TYPE}: the route to ${key.destination} disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the route entry', () => readEntry(ctx, state));
  },

  async delete(ctx, state) {
    const key = keyOf(state);
    const id = str(state.id);
    const params = { RouteTableId: key.routeTableId, DestinationCidrBlock: key.destination, NextHopId: key.nexthopId };
    const remove = () => api(ctx, 'vpc', 'DeleteRouteEntry', params, { retryCodes: ['IncorrcetRouteEntryStatus'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the route entry' }, remove, () => findEntry(ctx, key), {
      waitWhat: `route entry ${key.destination} in ${key.routeTableId} to be deleted`,
    });
  },

  async importState(_ctx, id) {
    const p = parseRouteEntryId(id);
    return complete(routeEntryAttributes, {
      id,
      route_table_id: p.routeTableId,
      router_id: p.routerId,
      destination_cidrblock: p.destination,
      nexthop_type: p.nexthopType,
      nexthop_id: p.nexthopId,
    });
  },
};
