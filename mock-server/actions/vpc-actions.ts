/**
 * VPC 2016-04-28 actions: VPCs, VSwitches, the default network, VRouters, route tables and route
 * entries, the VPC product's tag actions, and the sandbox-only SandboxLookupRoute.
 *
 * Each action declares every parameter the official SDK's request model can send (so an SDK call is
 * never refused with UnsupportedParameter), maps them onto the domain services and renders the real
 * response shape. Parameters for features the sandbox does not simulate (IPv6, IPAM pools, ECMP)
 * are accepted by name but refused with a clear InvalidParameter when actually used, rather than
 * silently ignored.
 */
import { DryRunOperation, InvalidNextTokenMalformed, InvalidParameter, MissingParameter } from '../errors';
import { createDefaultVpc, createDefaultVSwitch } from '../domain/default-network';
import { isoTime } from '../domain/ids';
import { currentStatus } from '../domain/lifecycle';
import {
  TABLES,
  type RouteEntryRecord,
  type RouteTableRecord,
  type VpcRecord,
  type VRouterRecord,
  type VSwitchRecord,
} from '../domain/records';
import { allRegions, requireRegion, vpcRegionEndpoint, vpcZones } from '../domain/region-catalog';
import { lookupRoute } from '../domain/route-lookup';
import { createRouteEntry, deleteRouteEntry, getRouteTable, modifyRouteEntry, parseDestination, routeEntryStatus } from '../domain/route-table';
import { matchesTags, tagsFromParams, tagsResponse } from '../domain/tags';
import { createVpc, deleteVpc, getVpc, modifyVpc, vpcStatus } from '../domain/vpc';
import { listTagResources, tagResources, untagResources } from '../domain/vpc-tags';
import { availableIpAddressCount, createVSwitch, deleteVSwitch, getVSwitch, instancesPerVSwitch, modifyVSwitch, vswitchStatus } from '../domain/vswitch';
import type { Transaction } from '../store/store';
import { boolean, csv, integer, list, objects, required, string, tags } from '../wire/params';
import { defineAction, type ActionContext } from './registry';

// ---- shared parameter specs -----------------------------------------------------------------

const PAGE = {
  PageNumber: integer({ min: 1, max: 1_000_000 }),
  PageSize: integer({ min: 1, max: 50 }),
};
const CLIENT_TOKEN = string({ maxLength: 64, pattern: /^[\x20-\x7e]{1,64}$/ });
const ID = string({ maxLength: 64 });
const NAME = string({ maxLength: 1024 });
const DESCRIPTION = string({ maxLength: 1024 });

function dryRunPassed(): never {
  throw new DryRunOperation('Request validation has been passed with DryRun flag set. Send the request without DryRun to run it.');
}

/** Refuses a parameter for a feature the sandbox does not simulate, when it is actually used. */
function notSimulated(name: string, value: unknown, feature: string): void {
  if (value === undefined || value === false || value === '') return;
  throw new InvalidParameter(`The parameter "${name}" asks for ${feature}, which the sandbox does not simulate yet. Leave it out (the request is otherwise valid on the real cloud).`);
}

interface Page<T> {
  items: T[];
  PageNumber: number;
  PageSize: number;
  TotalCount: number;
}

function page<T>(rows: T[], pageNumber = 1, pageSize = 10): Page<T> {
  const start = (pageNumber - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize), PageNumber: pageNumber, PageSize: pageSize, TotalCount: rows.length };
}

/** NextToken values are opaque to clients; the sandbox encodes the offset of the next row. */
function encodeToken(offset: number): string {
  return Buffer.from(`sandbox-offset:${offset}`).toString('base64url');
}

function decodeToken(token: string | undefined): number {
  if (!token) return 0;
  const m = /^sandbox-offset:(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw new InvalidNextTokenMalformed(`The NextToken "${token.slice(0, 80)}" is invalid: pass the NextToken of the previous response unchanged, or leave it out to start at the beginning.`);
  return Number(m[1]);
}

function tokenPage<T>(rows: T[], token: string | undefined, max: number): { items: T[]; NextToken: string; TotalCount: number } {
  const start = decodeToken(token);
  const items = rows.slice(start, start + max);
  const next = start + max < rows.length ? encodeToken(start + max) : '';
  return { items, NextToken: next, TotalCount: rows.length };
}

function ownerId(ctx: ActionContext): number {
  return Number(ctx.account.accountId);
}

// ---- response shapes ------------------------------------------------------------------------

/** Things a VPC listing shows about each VPC, gathered once per request. */
function vswitchesByVpc(tx: Transaction): Map<string, VSwitchRecord[]> {
  const out = new Map<string, VSwitchRecord[]>();
  for (const s of tx.table<VSwitchRecord>(TABLES.vswitches).all()) {
    const l = out.get(s.vpcId);
    if (l) l.push(s);
    else out.set(s.vpcId, [s]);
  }
  return out;
}

function vpcShape(ctx: ActionContext, tx: Transaction, vpc: VpcRecord, vswitches: VSwitchRecord[]) {
  return {
    VpcId: vpc.id,
    RegionId: ctx.region,
    OwnerId: ownerId(ctx),
    Status: vpcStatus(vpc, tx.now),
    VpcName: vpc.name,
    Description: vpc.description,
    CidrBlock: vpc.cidrBlock,
    Ipv6CidrBlock: '',
    EnabledIpv6: false,
    IsDefault: vpc.isDefault,
    VRouterId: vpc.vrouterId,
    CreationTime: isoTime(vpc.createdAt),
    ResourceGroupId: vpc.resourceGroupId,
    DhcpOptionsSetId: '',
    DhcpOptionsSetStatus: '',
    DnsHostnameStatus: vpc.dnsHostnameStatus ?? 'DISABLED',
    VSwitchIds: { VSwitchId: vswitches.map((s) => s.id) },
    UserCidrs: { UserCidr: vpc.userCidrs },
    SecondaryCidrBlocks: { SecondaryCidrBlock: [] as string[] },
    Ipv6CidrBlocks: { Ipv6CidrBlock: [] as unknown[] },
    NatGatewayIds: { NatGatewayIds: [] as string[] },
    RouterTableIds: { RouterTableIds: [vpc.routeTableId] },
    Tags: tagsResponse(vpc.tags),
  };
}

function vswitchShape(ctx: ActionContext, tx: Transaction, vsw: VSwitchRecord, instances: number, vpc: VpcRecord | undefined) {
  return {
    VSwitchId: vsw.id,
    VpcId: vsw.vpcId,
    OwnerId: ownerId(ctx),
    Status: vswitchStatus(vsw, tx.now),
    CidrBlock: vsw.cidrBlock,
    Ipv6CidrBlock: '',
    EnabledIpv6: false,
    ZoneId: vsw.zoneId,
    AvailableIpAddressCount: availableIpAddressCount(vsw, instances),
    VSwitchName: vsw.name,
    Description: vsw.description,
    CreationTime: isoTime(vsw.createdAt),
    IsDefault: vsw.isDefault,
    ResourceGroupId: vpc?.resourceGroupId ?? '',
    NetworkAclId: '',
    RouteTable: { RouteTableId: vpc?.routeTableId ?? '', RouteTableType: 'System' },
    Tags: tagsResponse(vsw.tags),
  };
}

function nextHops(ctx: ActionContext, e: RouteEntryRecord) {
  // System entries list no next hops (their NextHopType says local or service), as on the real API.
  if (e.type === 'System') return { NextHop: [] as unknown[] };
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

function routeEntryShape(ctx: ActionContext, tx: Transaction, e: RouteEntryRecord) {
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

function entriesByTable(tx: Transaction): Map<string, RouteEntryRecord[]> {
  const out = new Map<string, RouteEntryRecord[]>();
  for (const e of tx.table<RouteEntryRecord>(TABLES.routeEntries).all()) {
    const l = out.get(e.routeTableId);
    if (l) l.push(e);
    else out.set(e.routeTableId, [e]);
  }
  return out;
}

// ---- VPC ------------------------------------------------------------------------------------

const createVpcAction = defineAction({
  name: 'CreateVpc',
  products: ['vpc'],
  params: {
    CidrBlock: string({ maxLength: 64 }),
    VpcName: NAME,
    Description: DESCRIPTION,
    UserCidr: csv({ maxItems: 10 }),
    ResourceGroupId: ID,
    EnableDnsHostname: boolean(),
    Tag: tags(),
    ClientToken: CLIENT_TOKEN,
    DryRun: boolean(),
    EnableIpv6: boolean(),
    Ipv6CidrBlock: string({ maxLength: 64 }),
    Ipv6CidrMask: integer(),
    Ipv6Isp: string({ maxLength: 64 }),
    Ipv6IpamPoolId: ID,
    Ipv4IpamPoolId: ID,
    Ipv4CidrMask: integer(),
  },
  async handle(ctx, p) {
    notSimulated('EnableIpv6', p.EnableIpv6, 'IPv6');
    notSimulated('Ipv6CidrBlock', p.Ipv6CidrBlock, 'IPv6');
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask, 'IPv6');
    notSimulated('Ipv6Isp', p.Ipv6Isp, 'IPv6');
    notSimulated('Ipv6IpamPoolId', p.Ipv6IpamPoolId, 'an IPAM pool');
    notSimulated('Ipv4IpamPoolId', p.Ipv4IpamPoolId, 'an IPAM pool');
    notSimulated('Ipv4CidrMask', p.Ipv4CidrMask, 'a block from an IPAM pool');
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const created = createVpc(tx, ctx.config, {
        cidrBlock: p.CidrBlock,
        name: p.VpcName,
        description: p.Description,
        userCidrs: p.UserCidr,
        resourceGroupId: p.ResourceGroupId,
        enableDnsHostname: p.EnableDnsHostname,
        tags: tagMap,
      });
      if (p.DryRun) dryRunPassed();
      return {
        VpcId: created.vpc.id,
        VRouterId: created.vrouterId,
        RouteTableId: created.routeTableId,
        ResourceGroupId: created.vpc.resourceGroupId,
      };
    });
  },
});

const deleteVpcAction = defineAction({
  name: 'DeleteVpc',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    ForceDelete: boolean(),
    ClientToken: CLIENT_TOKEN,
    DryRun: boolean(),
  },
  async handle(ctx, p) {
    // ForceDelete also removes IPv4 gateways and their routes on the real cloud; the sandbox has
    // none, so it changes nothing here.
    await ctx.transact((tx) => {
      deleteVpc(tx, p.VpcId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const describeVpcsAction = defineAction({
  name: 'DescribeVpcs',
  products: ['vpc'],
  params: {
    VpcId: csv({ maxItems: 20 }),
    VpcName: NAME,
    IsDefault: boolean(),
    ResourceGroupId: ID,
    Tag: tags(),
    DhcpOptionsSetId: ID,
    EnableIpv6: boolean(),
    VpcOwnerId: integer({ min: 0 }),
    DryRun: boolean(),
    ...PAGE,
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      const ids = p.VpcId && p.VpcId.length > 0 ? new Set(p.VpcId) : undefined;
      const rows = tx.table<VpcRecord>(TABLES.vpcs).filter(
        (v) =>
          (!ids || ids.has(v.id)) &&
          (p.VpcName === undefined || v.name === p.VpcName) &&
          (p.IsDefault === undefined || v.isDefault === p.IsDefault) &&
          (!p.ResourceGroupId || v.resourceGroupId === p.ResourceGroupId) &&
          // No VPC has a DHCP options set or IPv6 in the sandbox.
          !p.DhcpOptionsSetId &&
          p.EnableIpv6 !== true &&
          (p.VpcOwnerId === undefined || p.VpcOwnerId === ownerId(ctx)) &&
          matchesTags(v.tags, p.Tag),
      );
      const pg = page(rows, p.PageNumber, p.PageSize);
      const byVpc = vswitchesByVpc(tx);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        Vpcs: { Vpc: pg.items.map((v) => vpcShape(ctx, tx, v, byVpc.get(v.id) ?? [])) },
      };
    });
  },
});

const describeVpcAttributeAction = defineAction({
  name: 'DescribeVpcAttribute',
  products: ['vpc'],
  params: { VpcId: required(ID), IsDefault: boolean(), DryRun: boolean() },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const vpc = getVpc(tx, p.VpcId);
      if (p.DryRun) dryRunPassed();
      const vswitches = tx.table<VSwitchRecord>(TABLES.vswitches).filter((s) => s.vpcId === vpc.id);
      const routeTables = tx.table<RouteTableRecord>(TABLES.routeTables).count((t) => t.vpcId === vpc.id);
      return {
        ...vpcShape(ctx, tx, vpc, vswitches),
        ClassicLinkEnabled: false,
        SupportIpv4Gateway: false,
        Ipv4GatewayId: '',
        AssociatedCens: { AssociatedCen: [] as unknown[] },
        CloudResources: {
          CloudResourceSetType: [
            { ResourceType: 'VSwitch', ResourceCount: vswitches.length },
            { ResourceType: 'RouteTable', ResourceCount: routeTables },
            { ResourceType: 'VRouter', ResourceCount: 1 },
          ],
        },
      };
    });
  },
});

const modifyVpcAttributeAction = defineAction({
  name: 'ModifyVpcAttribute',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    VpcName: NAME,
    Description: DESCRIPTION,
    CidrBlock: string({ maxLength: 64 }),
    EnableDnsHostname: boolean(),
    EnableIPv6: boolean(),
    Ipv6CidrBlock: string({ maxLength: 64 }),
    Ipv6Isp: string({ maxLength: 64 }),
  },
  async handle(ctx, p) {
    notSimulated('EnableIPv6', p.EnableIPv6, 'IPv6');
    notSimulated('Ipv6CidrBlock', p.Ipv6CidrBlock, 'IPv6');
    notSimulated('Ipv6Isp', p.Ipv6Isp, 'IPv6');
    await ctx.transact((tx) => {
      modifyVpc(tx, p.VpcId, { name: p.VpcName, description: p.Description, cidrBlock: p.CidrBlock, enableDnsHostname: p.EnableDnsHostname });
    });
    return {};
  },
});

// ---- default network ------------------------------------------------------------------------

const createDefaultVpcAction = defineAction({
  name: 'CreateDefaultVpc',
  products: ['vpc'],
  params: {
    ClientToken: CLIENT_TOKEN,
    ResourceGroupId: ID,
    EnableIpv6: boolean(),
    Ipv6CidrBlock: string({ maxLength: 64 }),
  },
  async handle(ctx, p) {
    notSimulated('EnableIpv6', p.EnableIpv6, 'IPv6');
    notSimulated('Ipv6CidrBlock', p.Ipv6CidrBlock, 'IPv6');
    return ctx.transact((tx) => {
      const created = createDefaultVpc(tx, ctx.config, { resourceGroupId: p.ResourceGroupId });
      return { VpcId: created.vpc.id, VRouterId: created.vrouterId, RouteTableId: created.routeTableId };
    });
  },
});

const createDefaultVSwitchAction = defineAction({
  name: 'CreateDefaultVSwitch',
  products: ['vpc'],
  params: {
    ZoneId: required(ID),
    ClientToken: CLIENT_TOKEN,
    Ipv6CidrBlock: integer({ min: 0, max: 255 }),
  },
  async handle(ctx, p) {
    notSimulated('Ipv6CidrBlock', p.Ipv6CidrBlock !== undefined, 'IPv6');
    return ctx.transact((tx) => ({ VSwitchId: createDefaultVSwitch(tx, ctx.config, p.ZoneId).id }));
  },
});

// ---- VSwitch --------------------------------------------------------------------------------

const createVSwitchAction = defineAction({
  name: 'CreateVSwitch',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    ZoneId: required(ID),
    CidrBlock: string({ maxLength: 64 }),
    VSwitchName: NAME,
    Description: DESCRIPTION,
    Tag: tags(),
    ClientToken: CLIENT_TOKEN,
    CidrMask: integer(),
    Ipv6CidrBlock: integer({ min: 0, max: 255 }),
    Ipv6CidrMask: integer(),
    VpcIpv6CidrBlock: string({ maxLength: 64 }),
  },
  async handle(ctx, p) {
    notSimulated('CidrMask', p.CidrMask !== undefined, 'a block from an IPAM pool');
    notSimulated('Ipv6CidrBlock', p.Ipv6CidrBlock !== undefined, 'IPv6');
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask !== undefined, 'IPv6');
    notSimulated('VpcIpv6CidrBlock', p.VpcIpv6CidrBlock, 'IPv6');
    if (!p.CidrBlock) throw new MissingParameter('The input parameter "CidrBlock" that is mandatory for processing this request is not supplied: give the VSwitch\'s block, such as 192.168.1.0/24.');
    const tagMap = tagsFromParams(p.Tag);
    const cidrBlock = p.CidrBlock;
    return ctx.transact((tx) => {
      const vsw = createVSwitch(tx, ctx.config, { vpcId: p.VpcId, zoneId: p.ZoneId, cidrBlock, name: p.VSwitchName, description: p.Description, tags: tagMap });
      return { VSwitchId: vsw.id };
    });
  },
});

const deleteVSwitchAction = defineAction({
  name: 'DeleteVSwitch',
  products: ['vpc'],
  params: { VSwitchId: required(ID), DryRun: boolean() },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      deleteVSwitch(tx, p.VSwitchId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const describeVSwitchesAction = defineAction({
  name: 'DescribeVSwitches',
  products: ['vpc'],
  params: {
    VpcId: ID,
    VSwitchId: csv({ maxItems: 20 }),
    ZoneId: ID,
    VSwitchName: NAME,
    IsDefault: boolean(),
    RouteTableId: ID,
    ResourceGroupId: ID,
    Tag: tags(),
    VSwitchOwnerId: integer({ min: 0 }),
    EnableIpv6: boolean(),
    DryRun: boolean(),
    ...PAGE,
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      const vpcs = new Map(tx.table<VpcRecord>(TABLES.vpcs).all().map((v) => [v.id, v]));
      const ids = p.VSwitchId && p.VSwitchId.length > 0 ? new Set(p.VSwitchId) : undefined;
      // An unknown VpcId or VSwitchId simply matches nothing (an empty list), as Terraform's
      // data sources expect.
      const rows = tx.table<VSwitchRecord>(TABLES.vswitches).filter(
        (s) =>
          (!p.VpcId || s.vpcId === p.VpcId) &&
          (!ids || ids.has(s.id)) &&
          (!p.ZoneId || s.zoneId === p.ZoneId) &&
          (p.VSwitchName === undefined || s.name === p.VSwitchName) &&
          (p.IsDefault === undefined || s.isDefault === p.IsDefault) &&
          (!p.RouteTableId || vpcs.get(s.vpcId)?.routeTableId === p.RouteTableId) &&
          (!p.ResourceGroupId || vpcs.get(s.vpcId)?.resourceGroupId === p.ResourceGroupId) &&
          (p.VSwitchOwnerId === undefined || p.VSwitchOwnerId === ownerId(ctx)) &&
          p.EnableIpv6 !== true &&
          matchesTags(s.tags, p.Tag),
      );
      const pg = page(rows, p.PageNumber, p.PageSize);
      const counts = instancesPerVSwitch(tx);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VSwitches: { VSwitch: pg.items.map((s) => vswitchShape(ctx, tx, s, counts.get(s.id) ?? 0, vpcs.get(s.vpcId))) },
      };
    });
  },
});

const describeVSwitchAttributesAction = defineAction({
  name: 'DescribeVSwitchAttributes',
  products: ['vpc'],
  params: { VSwitchId: required(ID), DryRun: boolean() },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const vsw = getVSwitch(tx, p.VSwitchId);
      if (p.DryRun) dryRunPassed();
      const instances = instancesPerVSwitch(tx).get(vsw.id) ?? 0;
      return {
        ...vswitchShape(ctx, tx, vsw, instances, tx.table<VpcRecord>(TABLES.vpcs).get(vsw.vpcId)),
        CloudResources: { CloudResourceSetType: [{ ResourceType: 'ECS', ResourceCount: instances }] },
      };
    });
  },
});

const modifyVSwitchAttributeAction = defineAction({
  name: 'ModifyVSwitchAttribute',
  products: ['vpc'],
  params: {
    VSwitchId: required(ID),
    VSwitchName: NAME,
    Description: DESCRIPTION,
    EnableIPv6: boolean(),
    Ipv6CidrBlock: integer({ min: 0, max: 255 }),
    Ipv6CidrMask: integer(),
    VpcIpv6CidrBlock: string({ maxLength: 64 }),
  },
  async handle(ctx, p) {
    notSimulated('EnableIPv6', p.EnableIPv6, 'IPv6');
    notSimulated('Ipv6CidrBlock', p.Ipv6CidrBlock !== undefined, 'IPv6');
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask !== undefined, 'IPv6');
    notSimulated('VpcIpv6CidrBlock', p.VpcIpv6CidrBlock, 'IPv6');
    await ctx.transact((tx) => {
      modifyVSwitch(tx, p.VSwitchId, { name: p.VSwitchName, description: p.Description });
    });
    return {};
  },
});

// ---- VRouters and route tables --------------------------------------------------------------

const describeVRoutersAction = defineAction({
  name: 'DescribeVRouters',
  products: ['vpc'],
  params: { VRouterId: ID, ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = tx.table<VRouterRecord>(TABLES.vrouters).filter((r) => !p.VRouterId || r.id === p.VRouterId);
      const pg = page(rows, p.PageNumber, p.PageSize);
      const tables = tx.table<RouteTableRecord>(TABLES.routeTables).all();
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
  // Every sandbox table belongs to a VRouter; VBR tables come with Express Connect (later).
  return (
    (!f.RouterType || f.RouterType === 'VRouter') &&
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
      const vpcs = new Map(tx.table<VpcRecord>(TABLES.vpcs).all().map((v) => [v.id, v]));
      const rows = tx.table<RouteTableRecord>(TABLES.routeTables).filter((t) => tableMatches(t, { ...p, type: p.Type }, vpcs));
      const pg = page(rows, p.PageNumber, p.PageSize);
      const entries = entriesByTable(tx);
      const byVpc = vswitchesByVpc(tx);
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
            VSwitchIds: { VSwitchId: (byVpc.get(t.vpcId) ?? []).map((s) => s.id) },
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
      const vpcs = new Map(tx.table<VpcRecord>(TABLES.vpcs).all().map((v) => [v.id, v]));
      const rows = tx.table<RouteTableRecord>(TABLES.routeTables).filter(
        (t) => (!p.VpcId || t.vpcId === p.VpcId) && tableMatches(t, { ...p, type: p.RouteTableType }, vpcs) && matchesTags(t.tags, p.Tag),
      );
      const pg = page(rows, p.PageNumber, p.PageSize);
      const byVpc = vswitchesByVpc(tx);
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
            RouterType: 'VRouter',
            VpcId: t.vpcId,
            Status: currentStatus(t.lifecycle, tx.now),
            AssociateType: 'VSwitch',
            Description: t.description,
            CreationTime: isoTime(t.createdAt),
            ResourceGroupId: vpcs.get(t.vpcId)?.resourceGroupId ?? '',
            OwnerId: ownerId(ctx),
            RoutePropagationEnable: true,
            VSwitchIds: { VSwitchId: (byVpc.get(t.vpcId) ?? []).map((s) => s.id) },
            GatewayIds: { GatewayIds: [] as string[] },
            Tags: tagsResponse(t.tags),
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
      const rows = tx.table<RouteEntryRecord>(TABLES.routeEntries).filter(
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
      const pg = tokenPage(rows, p.NextToken, p.MaxResult ?? 10);
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
    ClientToken: CLIENT_TOKEN,
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
    if (p.NextHopList) {
      // Only ECMP routes have a NextHopList, and the sandbox has none yet.
      throw new InvalidParameter('NextHopList identifies ECMP routes, which come with a later release of the sandbox. Identify the entry with RouteEntryId, or RouteTableId and DestinationCidrBlock (and NextHopId).');
    }
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

// ---- tags -----------------------------------------------------------------------------------

const RESOURCE_TYPE = required(string({ maxLength: 64 }));

const tagResourcesAction = defineAction({
  name: 'TagResources',
  products: ['vpc'],
  params: {
    ResourceType: RESOURCE_TYPE,
    ResourceId: required(list(ID, { maxItems: 20 })),
    Tag: tags(),
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tag);
    await ctx.transact((tx) => tagResources(tx, p.ResourceType, p.ResourceId, tagMap));
    return {};
  },
});

const untagResourcesAction = defineAction({
  name: 'UnTagResources',
  products: ['vpc'],
  params: {
    ResourceType: RESOURCE_TYPE,
    ResourceId: required(list(ID, { maxItems: 20 })),
    TagKey: list(string({ maxLength: 128 }), { maxItems: 20 }),
    All: boolean(),
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => untagResources(tx, p.ResourceType, p.ResourceId, p.TagKey, !!p.All));
    return {};
  },
});

const listTagResourcesAction = defineAction({
  name: 'ListTagResources',
  products: ['vpc'],
  params: {
    ResourceType: RESOURCE_TYPE,
    ResourceId: list(ID, { maxItems: 50 }),
    Tag: tags(),
    MaxResults: integer({ min: 1, max: 50 }),
    NextToken: string({ maxLength: 256 }),
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = listTagResources(tx, p.ResourceType, p.ResourceId, p.Tag);
      const pg = tokenPage(rows, p.NextToken, p.MaxResults ?? 50);
      return {
        NextToken: pg.NextToken,
        TagResources: {
          TagResource: pg.items.map((r) => ({ ResourceId: r.resourceId, ResourceType: r.resourceType, TagKey: r.key, TagValue: r.value })),
        },
      };
    });
  },
});

// ---- regions and zones ----------------------------------------------------------------------

const describeVpcRegionsAction = defineAction({
  name: 'DescribeRegions',
  products: ['vpc'],
  // The SDK's request has no RegionId; the list is the same whatever region is asked.
  regional: false,
  params: {
    // Every sandbox region offers every VPC product type: accepted, nothing to filter.
    ProductType: string({ maxLength: 64 }),
  },
  handle() {
    return {
      // Local names are English whatever AcceptLanguage says.
      Regions: { Region: allRegions().map((r) => ({ RegionId: r.regionId, LocalName: r.localName, RegionEndpoint: vpcRegionEndpoint(r.regionId) })) },
    };
  },
});

const describeVpcZonesAction = defineAction({
  name: 'DescribeZones',
  products: ['vpc'],
  params: { ZoneType: string({ maxLength: 64 }) },
  handle(ctx, p) {
    return { Zones: { Zone: vpcZones(requireRegion(ctx.region), p.ZoneType) } };
  },
});

// ---- sandbox-only ---------------------------------------------------------------------------

/**
 * SandboxLookupRoute (not part of the real API): which entry of a route table routes a destination
 * address, by longest prefix match, and why each other entry lost.
 */
const sandboxLookupRouteAction = defineAction({
  name: 'SandboxLookupRoute',
  products: ['vpc'],
  params: { RouteTableId: required(ID), DestinationIp: required(string({ maxLength: 64 })) },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const result = lookupRoute(tx, p.RouteTableId, p.DestinationIp);
      const m = result.matched;
      return {
        RouteTableId: p.RouteTableId,
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

/** VPC 2016-04-28 actions. */
export const vpcProductActions = [
  createVpcAction,
  deleteVpcAction,
  describeVpcsAction,
  describeVpcAttributeAction,
  modifyVpcAttributeAction,
  createDefaultVpcAction,
  createDefaultVSwitchAction,
  createVSwitchAction,
  deleteVSwitchAction,
  describeVSwitchesAction,
  describeVSwitchAttributesAction,
  modifyVSwitchAttributeAction,
  describeVRoutersAction,
  describeRouteTablesAction,
  describeRouteTableListAction,
  describeRouteEntryListAction,
  createRouteEntryAction,
  deleteRouteEntryAction,
  modifyRouteEntryAction,
  tagResourcesAction,
  untagResourcesAction,
  listTagResourcesAction,
  describeVpcRegionsAction,
  describeVpcZonesAction,
  sandboxLookupRouteAction,
];
