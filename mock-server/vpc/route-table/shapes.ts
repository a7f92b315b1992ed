/** How route tables and route entries appear in responses. */
import type { ActionContext } from '../../actions/registry';
import type { Transaction } from '../../store/store';
import { routeEntryStatus } from './domain';
import { ROUTE_ENTRIES, type RouteEntryRecord } from './records';

function nextHops(ctx: ActionContext, e: RouteEntryRecord) {
  // System entries list no next hops (their NextHopType says local or service), as on the real API.
  if (e.type === 'System') return { NextHop: [] as unknown[] };
  if (e.nextHops) {
    return {
      NextHop: e.nextHops.map((h) => ({
        NextHopType: h.type,
        NextHopId: h.id,
        Weight: h.weight,
        Enabled: 1,
        NextHopRegionId: ctx.region,
        NextHopRelatedInfo: { InstanceId: '', InstanceType: '', RegionId: '' },
      })),
    };
  }
  return {
    NextHop: [
      {
        NextHopType: e.nextHopType,
        NextHopId: e.nextHopId,
        Enabled: 1,
        NextHopRegionId: ctx.region,
        NextHopRelatedInfo: { InstanceId: '', InstanceType: '', RegionId: '' },
      },
    ],
  };
}

export function routeEntryShape(ctx: ActionContext, tx: Transaction, e: RouteEntryRecord) {
  return {
    RouteEntryId: e.id,
    RouteTableId: e.routeTableId,
    DestinationCidrBlock: e.destinationCidrBlock,
    Type: e.type,
    Status: routeEntryStatus(e, tx.now),
    // The legacy field: the next hop's id (an instance id for Instance routes).
    InstanceId: e.nextHopId,
    NextHopType: e.nextHopType,
    RouteEntryName: e.name,
    Description: e.description,
    IpVersion: 'IPv4',
    NextHops: nextHops(ctx, e),
  };
}

export function entriesByTable(tx: Transaction): Map<string, RouteEntryRecord[]> {
  const out = new Map<string, RouteEntryRecord[]>();
  for (const e of tx.table<RouteEntryRecord>(ROUTE_ENTRIES).all()) {
    const l = out.get(e.routeTableId);
    if (l) l.push(e);
    else out.set(e.routeTableId, [e]);
  }
  return out;
}
