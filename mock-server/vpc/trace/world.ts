/**
 * What a trace reads: every region's data, opened lazily, with the few indexes a walk needs
 * (route entries by table, a VPC by its VRouter, instances by address). A trace crosses regions
 * through router interfaces, so it reads through a region → Transaction accessor; indexes are
 * built once per region per trace, which keeps a walk over 50 VPCs and 1,000 routes cheap.
 */
import { cidrOf } from '../../../network-rules/cidr-cache';
import { containsIp } from '../../../network-rules/cidr';
import { currentStatus } from '../../domain/lifecycle';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { ROUTE_ENTRIES, ROUTE_TABLES, type RouteEntryRecord, type RouteTableRecord } from '../route-table/records';
import { VPCS, type VpcRecord } from '../vpc/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';

export type RegionReader = (region: string) => Transaction;

export class RegionView {
  private entries?: Map<string, RouteEntryRecord[]>;
  private vpcByRouter?: Map<string, VpcRecord>;
  private instancesByIp?: Map<string, InstanceRecord>;

  constructor(readonly region: string, readonly tx: Transaction) {}

  entriesOf(tableId: string): RouteEntryRecord[] {
    if (!this.entries) {
      this.entries = new Map();
      for (const e of this.tx.table<RouteEntryRecord>(ROUTE_ENTRIES).all()) {
        const l = this.entries.get(e.routeTableId);
        if (l) l.push(e);
        else this.entries.set(e.routeTableId, [e]);
      }
    }
    return this.entries.get(tableId) ?? [];
  }

  table(id: string): RouteTableRecord | undefined {
    return this.tx.table<RouteTableRecord>(ROUTE_TABLES).get(id);
  }

  vpcOfRouter(vrouterId: string): VpcRecord | undefined {
    if (!this.vpcByRouter) this.vpcByRouter = new Map(this.tx.table<VpcRecord>(VPCS).all().map((v) => [v.vrouterId, v]));
    return this.vpcByRouter.get(vrouterId);
  }

  get<T extends { id: string }>(table: string, id: string): T | undefined {
    return this.tx.table(table).get(id) as T | undefined;
  }

  /** The VSwitch of `vpcId` containing `ip`. */
  vswitchFor(vpcId: string, ip: number): VSwitchRecord | undefined {
    return this.tx.table<VSwitchRecord>(VSWITCHES).find((s) => s.vpcId === vpcId && containsIp(cidrOf(s.cidrBlock)!, ip));
  }

  instanceAt(vswitchId: string, ip: string): InstanceRecord | undefined {
    if (!this.instancesByIp) this.instancesByIp = new Map(this.tx.table<InstanceRecord>(INSTANCES).all().map((i) => [`${i.vswitchId}|${i.privateIp}`, i]));
    return this.instancesByIp.get(`${vswitchId}|${ip}`);
  }
}

/**
 * Longest prefix match without the explanations SandboxLookupRoute gives (the trace runs it once
 * per route table and only needs the winner): only Available entries route traffic, and
 * destinations are unique in a table, so the longest matching prefix is never tied.
 */
export function bestRoute(entries: readonly RouteEntryRecord[], addr: number, now: number): RouteEntryRecord | undefined {
  let best: RouteEntryRecord | undefined;
  let bestPrefix = -1;
  for (const e of entries) {
    const block = cidrOf(e.destinationCidrBlock)!;
    if (block.prefix <= bestPrefix || !containsIp(block, addr)) continue;
    if (currentStatus(e.lifecycle, now) !== 'Available') continue;
    best = e;
    bestPrefix = block.prefix;
  }
  return best;
}

export class World {
  private readonly views = new Map<string, RegionView>();

  constructor(private readonly open: RegionReader) {}

  region(region: string): RegionView {
    let v = this.views.get(region);
    if (!v) this.views.set(region, (v = new RegionView(region, this.open(region))));
    return v;
  }
}
