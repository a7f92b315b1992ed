/**
 * VSwitch actions: CreateVSwitch, DeleteVSwitch, DescribeVSwitches, DescribeVSwitchAttributes,
 * ModifyVSwitchAttribute. IPv6 is modelled (./ipv6.ts); IPAM parameters are accepted by name and
 * refused when used.
 */
import { MissingParameter } from '../../errors';
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed, notSimulated, ownerId } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { boolean, csv, integer, required, string, tags } from '../../wire/params';
import { VPCS, type VpcRecord } from '../vpc/records';
import { createVSwitch, deleteVSwitch, getVSwitch, modifyVSwitch } from './domain';
import { addressUse } from './address-holders';
import { routeTableOf } from './query';
import { VSWITCHES, type VSwitchRecord } from './records';
import { vswitchShape } from './shapes';

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
    ClientToken: VPC_CLIENT_TOKEN,
    CidrMask: integer(),
    Ipv6CidrBlock: integer({ min: 0, max: 255 }),
    Ipv6CidrMask: integer(),
    VpcIpv6CidrBlock: string({ maxLength: 64 }),
  },
  async handle(ctx, p) {
    notSimulated('CidrMask', p.CidrMask !== undefined, 'a block from an IPAM pool');
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask !== undefined, 'a block from an IPv6 IPAM pool');
    if (!p.CidrBlock) throw new MissingParameter('The input parameter "CidrBlock" that is mandatory for processing this request is not supplied: give the VSwitch\'s block, such as 192.168.1.0/24.');
    const tagMap = tagsFromParams(p.Tag);
    const cidrBlock = p.CidrBlock;
    return ctx.transact((tx) => {
      const vsw = createVSwitch(tx, ctx.config, {
        vpcId: p.VpcId,
        zoneId: p.ZoneId,
        cidrBlock,
        name: p.VSwitchName,
        description: p.Description,
        tags: tagMap,
        ipv6Index: p.Ipv6CidrBlock,
        vpcIpv6CidrBlock: p.VpcIpv6CidrBlock,
      });
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
      const vpcs = new Map(tx.table<VpcRecord>(VPCS).all().map((v) => [v.id, v]));
      const ids = p.VSwitchId && p.VSwitchId.length > 0 ? new Set(p.VSwitchId) : undefined;
      // An unknown VpcId or VSwitchId simply matches nothing (an empty list), as Terraform's
      // data sources expect.
      const rows = tx.table<VSwitchRecord>(VSWITCHES).filter(
        (s) =>
          (!p.VpcId || s.vpcId === p.VpcId) &&
          (!ids || ids.has(s.id)) &&
          (!p.ZoneId || s.zoneId === p.ZoneId) &&
          (p.VSwitchName === undefined || s.name === p.VSwitchName) &&
          (p.IsDefault === undefined || s.isDefault === p.IsDefault) &&
          // The table the VSwitch actually uses: its custom table when associated, else the system one.
          (!p.RouteTableId || routeTableOf(tx, s, vpcs.get(s.vpcId)).RouteTableId === p.RouteTableId) &&
          (!p.ResourceGroupId || vpcs.get(s.vpcId)?.resourceGroupId === p.ResourceGroupId) &&
          (p.VSwitchOwnerId === undefined || p.VSwitchOwnerId === ownerId(ctx.account.accountId)) &&
          p.EnableIpv6 !== true &&
          matchesTags(s.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      const { used } = addressUse(tx);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VSwitches: { VSwitch: pg.items.map((s) => vswitchShape(ctx, tx, s, used.get(s.id) ?? 0, vpcs.get(s.vpcId))) },
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
      const { used, byType } = addressUse(tx);
      return {
        ...vswitchShape(ctx, tx, vsw, used.get(vsw.id) ?? 0, tx.table<VpcRecord>(VPCS).get(vsw.vpcId)),
        CloudResources: {
          CloudResourceSetType: byType.map((t) => ({ ResourceType: t.resourceType, ResourceCount: t.perVSwitch.get(vsw.id) ?? 0 })),
        },
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
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask !== undefined, 'a block from an IPv6 IPAM pool');
    await ctx.transact((tx) => {
      modifyVSwitch(tx, p.VSwitchId, {
        name: p.VSwitchName,
        description: p.Description,
        enableIpv6: p.EnableIPv6,
        ipv6Index: p.Ipv6CidrBlock,
        vpcIpv6CidrBlock: p.VpcIpv6CidrBlock,
      });
    });
    return {};
  },
});

export const vswitchActions = [createVSwitchAction, deleteVSwitchAction, describeVSwitchesAction, describeVSwitchAttributesAction, modifyVSwitchAttributeAction];
