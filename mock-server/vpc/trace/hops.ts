/** The trace's answer: hops in order, and how the packet's journey ended. */
import type { RouteEntryRecord } from '../route-table/records';

export type TraceResult = 'Delivered' | 'Internet' | 'Idc' | 'Dropped';

export interface Hop {
  Index: number;
  Type: string;
  ResourceId: string;
  RegionId: string;
  Status?: string;
  /** Set where a route decided this hop (and on the RouteTable hop that decided). */
  RouteTableId?: string;
  MatchedDestination?: string;
  NextHopType?: string;
  NextHopId?: string;
}

export interface Decision {
  RouteTableId: string;
  MatchedDestination: string;
  NextHopType: string;
  NextHopId: string;
}

export class Journey {
  readonly hops: Hop[] = [];
  result: TraceResult = 'Dropped';
  reason = '';

  add(type: string, resourceId: string, regionId: string, extra: Partial<Hop> = {}): Hop {
    const hop: Hop = { Index: this.hops.length + 1, Type: type, ResourceId: resourceId, RegionId: regionId, ...extra };
    this.hops.push(hop);
    return hop;
  }

  end(result: TraceResult, reason: string): Journey {
    this.result = result;
    this.reason = reason;
    return this;
  }
}

export function decisionOf(e: RouteEntryRecord, nextHopId = e.nextHopId): Decision {
  return { RouteTableId: e.routeTableId, MatchedDestination: e.destinationCidrBlock, NextHopType: e.nextHopType, NextHopId: nextHopId };
}
