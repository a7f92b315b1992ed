/**
 * VPC actions: CreateVpc, DeleteVpc, DescribeVpcs, DescribeVpcAttribute, ModifyVpcAttribute.
 *
 * Each action declares every parameter the official SDK's request model can send (so an SDK call is
 * never refused with UnsupportedParameter). IPv6 is modelled (see ./ipv6.ts); parameters for
 * features the sandbox does not simulate (IPAM pools) are accepted by name but refused with a clear
 * InvalidParameter when actually used, rather than silently ignored.
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed, notSimulated, ownerId } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { boolean, csv, integer, required, string, tags } from '../../wire/params';
import { ROUTE_TABLES, type RouteTableRecord } from '../route-table/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { createVpc, deleteVpc, getVpc, modifyVpc } from './domain';
import { VPCS, type VpcRecord } from './records';
import { vpcShape } from './shapes';

/** Each VPC's VSwitch ids, gathered once per listing. */
function vswitchIdsByVpc(tx: Transaction): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of tx.table<VSwitchRecord>(VSWITCHES).all()) {
    const l = out.get(s.vpcId);
    if (l) l.push(s.id);
    else out.set(s.vpcId, [s.id]);
  }
  return out;
}

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
    ClientToken: VPC_CLIENT_TOKEN,
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
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask, 'a block from an IPv6 IPAM pool');
    notSimulated('Ipv6IpamPoolId', p.Ipv6IpamPoolId, 'an IPAM pool');
    notSimulated('Ipv4IpamPoolId', p.Ipv4IpamPoolId, 'an IPAM pool');
    notSimulated('Ipv4CidrMask', p.Ipv4CidrMask, 'a block from an IPAM pool');
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const vpc = createVpc(tx, ctx.config, {
        cidrBlock: p.CidrBlock,
        name: p.VpcName,
        description: p.Description,
        userCidrs: p.UserCidr,
        resourceGroupId: p.ResourceGroupId,
        enableDnsHostname: p.EnableDnsHostname,
        enableIpv6: p.EnableIpv6,
        ipv6CidrBlock: p.Ipv6CidrBlock,
        ipv6Isp: p.Ipv6Isp,
        tags: tagMap,
      });
      if (p.DryRun) dryRunPassed();
      return { VpcId: vpc.id, VRouterId: vpc.vrouterId, RouteTableId: vpc.routeTableId, ResourceGroupId: vpc.resourceGroupId };
    });
  },
});

const deleteVpcAction = defineAction({
  name: 'DeleteVpc',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    ForceDelete: boolean(),
    ClientToken: VPC_CLIENT_TOKEN,
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
      const rows = tx.table<VpcRecord>(VPCS).filter(
        (v) =>
          (!ids || ids.has(v.id)) &&
          (p.VpcName === undefined || v.name === p.VpcName) &&
          (p.IsDefault === undefined || v.isDefault === p.IsDefault) &&
          (!p.ResourceGroupId || v.resourceGroupId === p.ResourceGroupId) &&
          // No VPC has a DHCP options set in the sandbox.
          !p.DhcpOptionsSetId &&
          (p.EnableIpv6 === undefined || !!v.ipv6CidrBlock === p.EnableIpv6) &&
          (p.VpcOwnerId === undefined || p.VpcOwnerId === ownerId(ctx.account.accountId)) &&
          matchesTags(v.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      const byVpc = vswitchIdsByVpc(tx);
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
      const vswitches = tx.table<VSwitchRecord>(VSWITCHES).filter((s) => s.vpcId === vpc.id);
      const routeTables = tx.table<RouteTableRecord>(ROUTE_TABLES).count((t) => t.vpcId === vpc.id);
      return {
        ...vpcShape(ctx, tx, vpc, vswitches.map((s) => s.id)),
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
    await ctx.transact((tx) => {
      modifyVpc(tx, p.VpcId, {
        name: p.VpcName,
        description: p.Description,
        cidrBlock: p.CidrBlock,
        enableDnsHostname: p.EnableDnsHostname,
        enableIpv6: p.EnableIPv6,
        ipv6CidrBlock: p.Ipv6CidrBlock,
        ipv6Isp: p.Ipv6Isp,
      });
    });
    return {};
  },
});

export const vpcActions = [createVpcAction, deleteVpcAction, describeVpcsAction, describeVpcAttributeAction, modifyVpcAttributeAction];
