/**
 * Route actions: DescribeVRouters, DescribeRouteTables, DescribeRouteTableList,
 * DescribeRouteEntryList, Create/Delete/ModifyRouteEntry, and the sandbox-only SandboxLookupRoute.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { pageByNumber, pageByToken } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed, ownerId } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import { currentStatus } from '../../domain/lifecycle';
import { matchesTags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { boolean, integer, list, objects, required, string, tags } from '../../wire/params';
import { VPCS, type VpcRecord } from '../vpc/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { createRouteEntry, deleteRouteEntry, getRouteTable, modifyRouteEntry, parseDestination } from './domain';
import { LOOKUP_HOOKS, lookupRoute } from './lookup';
import { routeTableOfVSwitch } from './custom';
import { InvalidInstanceIdNotFoundForLookup } from './errors';
import { ROUTE_ENTRIES, ROUTE_TABLES, VROUTERS, type RouteEntryRecord, type RouteTableRecord, type VRouterRecord } from './records';
import { entriesByTable, routeEntryShape } from './shapes';

/**
 * The VSwitches each table serves, gathered once per listing: a custom table's associated ones;
 * for a system table, the VPC's VSwitches that have no custom table.
 */
function vswitchIdsByTable(tx: Transaction): (t: RouteTableRecord) => string[] {
  const custom = new Set<string>();
  for (const t of tx.table<RouteTableRecord>(ROUTE_TABLES).all()) for (const id of t.vswitchIds ?? []) custom.add(id);
  const byVpc = new Map<string, string[]>();
  for (const s of tx.table<VSwitchRecord>(VSWITCHES).all()) {
    if (custom.has(s.id)) continue;
    const l = byVpc.get(s.vpcId);
    if (l) l.push(s.id);
    else byVpc.set(s.vpcId, [s.id]);
  }
  return (t) => (t.type === 'Custom' ? [...(t.vswitchIds ?? [])] : t.routerType === 'VBR' ? [] : (byVpc.get(t.vpcId) ?? []));
}

const describeVRoutersAction = defineAction({
  name: 'DescribeVRouters',
  products: ['vpc'],
  params: { VRouterId: ID, ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = tx.table<VRouterRecord>(VROUTERS).filter((r) => !p.VRouterId || r.id === p.VRouterId);
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      const tables = tx.table<RouteTableRecord>(ROUTE_TABLES).all();
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VRouters: {
          VRouter: pg.items.map((r) => ({
            VRouterId: r.id,
            VpcId: r.vpcId,
            VRouterName: r.name,
            Description: r.description,
            RegionId: ctx.region,
            CreationTime: isoTime(r.createdAt),
            RouteTableIds: { RouteTableId: tables.filter((t) => t.vrouterId === r.id).map((t) => t.id) },
          })),
        },
      };
    });
  },
});

const ROUTER_TYPE = string({ enum: ['VRouter', 'VBR'], ignoreCase: true });
const TABLE_TYPE = string({ enum: ['System', 'Custom'], ignoreCase: true });

interface TableFilter {
  RouterType?: string;
  RouterId?: string;
  VRouterId?: string;
  RouteTableId?: string;
  RouteTableName?: string;
  type?: string;
  ResourceGroupId?: string;
}

/** The one filter both route-table listings share. */
function tableMatches(t: RouteTableRecord, f: TableFilter, vpcs: Map<string, VpcRecord>): boolean {
  return (
    (!f.RouterType || f.RouterType === (t.routerType ?? 'VRouter')) &&
    (!f.RouterId || t.vrouterId === f.RouterId) &&
    (!f.VRouterId || t.vrouterId === f.VRouterId) &&
    (!f.RouteTableId || t.id === f.RouteTableId) &&
    (f.RouteTableName === undefined || t.name === f.RouteTableName) &&
    (!f.type || t.type === f.type) &&
    (!f.ResourceGroupId || vpcs.get(t.vpcId)?.resourceGroupId === f.ResourceGroupId)
  );
}

const describeRouteTablesAction = defineAction({
  name: 'DescribeRouteTables',
  products: ['vpc'],
  params: {
    RouteTableId: ID,
    VRouterId: ID,
    RouterType: ROUTER_TYPE,
    RouterId: ID,
    Type: TABLE_TYPE,
    RouteTableName: NAME,
    ResourceGroupId: ID,
    ...PAGE,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const vpcs = new Map(tx.table<VpcRecord>(VPCS).all().map((v) => [v.id, v]));
      const rows = tx.table<RouteTableRecord>(ROUTE_TABLES).filter((t) => tableMatches(t, { ...p, type: p.Type }, vpcs));
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      const entries = entriesByTable(tx);
      const vswitchesOf = vswitchIdsByTable(tx);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        RouteTables: {
          RouteTable: pg.items.map((t) => ({
            RouteTableId: t.id,
            VRouterId: t.vrouterId,
            RouteTableType: t.type,
            Status: currentStatus(t.lifecycle, tx.now),
            CreationTime: isoTime(t.createdAt),
            ResourceGroupId: vpcs.get(t.vpcId)?.resourceGroupId ?? '',
            VSwitchIds: { VSwitchId: vswitchesOf(t) },
            RouteEntrys: { RouteEntry: (entries.get(t.id) ?? []).map((e) => routeEntryShape(ctx, tx, e)) },
          })),
        },
      };
    });
  },
});

const describeRouteTableListAction = defineAction({
  name: 'DescribeRouteTableList',
  products: ['vpc'],
  params: {
    VpcId: ID,
    RouteTableId: ID,
    RouteTableName: NAME,
    RouteTableType: TABLE_TYPE,
    RouterType: ROUTER_TYPE,
    RouterId: ID,
    ResourceGroupId: ID,
    Tag: tags(),
    ...PAGE,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const vpcs = new Map(tx.table<VpcRecord>(VPCS).all().map((v) => [v.id, v]));
      const rows = tx.table<RouteTableRecord>(ROUTE_TABLES).filter(
        (t) => (!p.VpcId || t.vpcId === p.VpcId) && tableMatches(t, { ...p, type: p.RouteTableType }, vpcs) && matchesTags(t.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      const vswitchesOf = vswitchIdsByTable(tx);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        RouterTableList: {
          RouterTableListType: pg.items.map((t) => ({
            RouteTableId: t.id,
            RouteTableName: t.name,
            RouteTableType: t.type,
            RouterId: t.vrouterId,
            RouterType: t.routerType ?? 'VRouter',
            VpcId: t.vpcId,
            Status: currentStatus(t.lifecycle, tx.now),
            AssociateType: 'VSwitch',
            Description: t.description,
            CreationTime: isoTime(t.createdAt),
            ResourceGroupId: vpcs.get(t.vpcId)?.resourceGroupId ?? '',
            OwnerId: ownerId(ctx.account.accountId),
            RoutePropagationEnable: true,
            VSwitchIds: { VSwitchId: vswitchesOf(t) },
            GatewayIds: { GatewayIds: [] as string[] },
            Tags: vpcTagsShape(t.tags),
          })),
        },
      };
    });
  },
});

const describeRouteEntryListAction = defineAction({
  name: 'DescribeRouteEntryList',
  products: ['vpc'],
  params: {
    RouteTableId: required(ID),
    RouteEntryId: ID,
    RouteEntryName: NAME,
    RouteEntryType: string({ maxLength: 32 }),
    DestinationCidrBlock: string({ maxLength: 64 }),
    DestCidrBlockList: list(string({ maxLength: 64 }), { maxItems: 20 }),
    IpVersion: string({ enum: ['IPv4', 'IPv6'], ignoreCase: true }),
    NextHopId: ID,
    NextHopType: string({ maxLength: 64 }),
    ServiceType: string({ maxLength: 64 }),
    MaxResult: integer({ min: 1, max: 100 }),
    NextToken: string({ maxLength: 256 }),
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      getRouteTable(tx, p.RouteTableId);
      const dest = p.DestinationCidrBlock ? parseDestination(p.DestinationCidrBlock).text : undefined;
      const destList = p.DestCidrBlockList ? new Set(p.DestCidrBlockList.map((d) => parseDestination(d).text)) : undefined;
      const rows = tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter(
        (e) =>
          e.routeTableId === p.RouteTableId &&
          (!p.RouteEntryId || e.id === p.RouteEntryId) &&
          (p.RouteEntryName === undefined || e.name === p.RouteEntryName) &&
          (!p.RouteEntryType || e.type.toLowerCase() === p.RouteEntryType.toLowerCase()) &&
          (!dest || e.destinationCidrBlock === dest) &&
          (!destList || destList.has(e.destinationCidrBlock)) &&
          p.IpVersion !== 'IPv6' &&
          (!p.NextHopId || e.nextHopId === p.NextHopId) &&
          (!p.NextHopType || e.nextHopType === p.NextHopType) &&
          // Service-type routes (cloud-service prefix lists) do not exist in the sandbox.
          !p.ServiceType,
      );
      const pg = pageByToken(rows, p.NextToken, p.MaxResult ?? 10);
      return {
        TotalCount: pg.TotalCount,
        NextToken: pg.NextToken,
        RouteEntrys: { RouteEntry: pg.items.map((e) => routeEntryShape(ctx, tx, e)) },
      };
    });
  },
});

// ---- route entries --------------------------------------------------------------------------

const createRouteEntryAction = defineAction({
  name: 'CreateRouteEntry',
  products: ['vpc'],
  params: {
    RouteTableId: required(ID),
    DestinationCidrBlock: required(string({ maxLength: 64 })),
    NextHopType: string({ maxLength: 64 }),
    NextHopId: ID,
    NextHopList: objects({ NextHopId: ID, NextHopType: string({ maxLength: 64 }), Weight: integer({ min: 0, max: 255 }) }, { maxItems: 16 }),
    RouteEntryName: NAME,
    Description: DESCRIPTION,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: boolean(),
  },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const entry = createRouteEntry(tx, ctx.config, {
        routeTableId: p.RouteTableId,
        destinationCidrBlock: p.DestinationCidrBlock,
        nextHopType: p.NextHopType,
        nextHopId: p.NextHopId,
        nextHopList: p.NextHopList,
        name: p.RouteEntryName,
        description: p.Description,
      });
      if (p.DryRun) dryRunPassed();
      return { RouteEntryId: entry.id };
    });
  },
});

const deleteRouteEntryAction = defineAction({
  name: 'DeleteRouteEntry',
  products: ['vpc'],
  params: {
    RouteEntryId: ID,
    RouteTableId: ID,
    DestinationCidrBlock: string({ maxLength: 64 }),
    NextHopId: ID,
    NextHopList: objects({ NextHopId: ID, NextHopType: string({ maxLength: 64 }) }, { maxItems: 16 }),
    DryRun: boolean(),
  },
  async handle(ctx, p) {
    // NextHopList names an ECMP route's hops, one entry; an ECMP route made of same-destination
    // entries is identified per member by NextHopId (or RouteEntryId).
    await ctx.transact((tx) => {
      deleteRouteEntry(tx, { routeEntryId: p.RouteEntryId, routeTableId: p.RouteTableId, destinationCidrBlock: p.DestinationCidrBlock, nextHopId: p.NextHopId });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const modifyRouteEntryAction = defineAction({
  name: 'ModifyRouteEntry',
  products: ['vpc'],
  params: {
    RouteEntryId: ID,
    RouteTableId: ID,
    DestinationCidrBlock: string({ maxLength: 64 }),
    RouteEntryName: NAME,
    Description: DESCRIPTION,
    NewNextHopId: ID,
    NewNextHopType: string({ maxLength: 64 }),
    DryRun: boolean(),
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyRouteEntry(tx, {
        routeEntryId: p.RouteEntryId,
        routeTableId: p.RouteTableId,
        destinationCidrBlock: p.DestinationCidrBlock,
        name: p.RouteEntryName,
        description: p.Description,
        newNextHopId: p.NewNextHopId,
        newNextHopType: p.NewNextHopType,
      });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

/**
 * The table a lookup reads: RouteTableId, or the table that routes the instance's VSwitch (its
 * custom table if it has one, else the VPC's system table).
 */
function tableForLookup(tx: Transaction, routeTableId: string | undefined, instanceId: string | undefined): string {
  if (!instanceId) {
    if (!routeTableId) throw new MissingParameter('The input parameter "RouteTableId" that is mandatory for processing this request is not supplied: give RouteTableId, or InstanceId to look up from an instance.');
    return routeTableId;
  }
  const inst = tx.table<InstanceRecord>(INSTANCES).get(instanceId);
  const vpc = inst && tx.table<VpcRecord>(VPCS).get(inst.vpcId);
  const vsw = inst && tx.table<VSwitchRecord>(VSWITCHES).get(inst.vswitchId);
  if (!inst || !vpc || !vsw) throw new InvalidInstanceIdNotFoundForLookup(`The instance "${instanceId}" does not exist in region ${tx.region}. DescribeInstances lists your instances.`);
  const own = routeTableOfVSwitch(tx, vsw, vpc);
  if (routeTableId && routeTableId !== own) {
    throw new InvalidParameter(`The instance ${instanceId} is in VSwitch ${vsw.id}, whose packets are routed by ${own}${own === vpc.routeTableId ? ` (the system table of ${vpc.id})` : ' (its custom route table)'}, not by ${routeTableId}. Leave RouteTableId out to use the instance's table.`);
  }
  return own;
}

/**
 * SandboxLookupRoute (not part of the real API): which entry of a route table routes a destination
 * address, by longest prefix match, and why each other entry lost.
 */
const sandboxLookupRouteAction = defineAction({
  name: 'SandboxLookupRoute',
  products: ['vpc'],
  // InstanceId (sandbox-chosen): look up from an instance, in its VSwitch's table, and add the
  // Internet egress decision (LOOKUP_HOOKS); RouteTableId may then be left out.
  params: { RouteTableId: ID, InstanceId: ID, DestinationIp: required(string({ maxLength: 64 })) },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const routeTableId = tableForLookup(tx, p.RouteTableId, p.InstanceId);
      const result = lookupRoute(tx, routeTableId, p.DestinationIp);
      const m = result.matched;
      const egress = p.InstanceId ? LOOKUP_HOOKS.fromInstance.run(tx, p.InstanceId, p.DestinationIp, result).find((x) => x !== undefined) : undefined;
      return {
        RouteTableId: routeTableId,
        ...(egress ? { Egress: egress } : {}),
        DestinationIp: p.DestinationIp,
        Matched: !!m,
        ...(m
          ? {
              MatchedRouteEntry: {
                RouteEntryId: m.id,
                DestinationCidrBlock: m.destinationCidrBlock,
                NextHopType: m.nextHopType,
                NextHopId: m.nextHopId,
                Type: m.type,
                // A HaVip (…) next hop: where the traffic goes, e.g. the HaVip's master instance.
                ...(() => {
                  const resolved = LOOKUP_HOOKS.resolveNextHop.run(tx, m).find((x) => x !== undefined);
                  return resolved ? { ResolvedNextHop: resolved } : {};
                })(),
                // ECMP as same-destination entries: every member, the winner first.
                ...(result.ecmp ? { EcmpRouteEntries: { RouteEntry: result.ecmp.map((e) => ({ RouteEntryId: e.id, NextHopType: e.nextHopType, NextHopId: e.nextHopId })) } } : {}),
              },
            }
          : {}),
        RejectedCandidates: {
          Candidate: result.rejected.map((r) => ({ RouteEntryId: r.entry.id, DestinationCidrBlock: r.entry.destinationCidrBlock, Reason: r.reason })),
        },
      };
    });
  },
});

export const routeTableActions = [
  describeVRoutersAction,
  describeRouteTablesAction,
  describeRouteTableListAction,
  describeRouteEntryListAction,
  createRouteEntryAction,
  deleteRouteEntryAction,
  modifyRouteEntryAction,
  sandboxLookupRouteAction,
];
