/**
 * EIP bandwidth plan actions: CreateCommonBandwidthPackage, DescribeCommonBandwidthPackages,
 * ModifyCommonBandwidthPackageAttribute, ModifyCommonBandwidthPackageSpec,
 * DeleteCommonBandwidthPackage, AddCommonBandwidthPackageIp(s), RemoveCommonBandwidthPackageIp,
 * ModifyCommonBandwidthPackageIpBandwidth and CancelCommonBandwidthPackageIpBandwidth.
 * DeletionProtection with Type CBWP is in ../eip/deletion-protection.ts; tags go through the
 * shared tag actions (ResourceType COMMONBANDWIDTHPACKAGE).
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, VPC_CLIENT_TOKEN, dryRunPassed, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, integer, list, required, string, tags } from '../../wire/params';
import {
  CBWP_CHARGE_TYPES,
  CBWP_ISPS,
  CBWP_MAX_IPS,
  addCbwpIps,
  createCbwp,
  deleteCbwp,
  modifyCbwpAttribute,
  modifyCbwpSpec,
  removeCbwpIp,
  setCbwpIpBandwidth,
} from './domain';
import { cbwpTable } from './records';
import { cbwpShape } from './shapes';

/** Whole Mbit/s; the SDK sends the spec and cap values as strings, the create as a number. */
const MBPS = integer({ min: 0, max: 100_000 });
const IP_TYPE = string({ enum: ['EIP'] });

const createAction = defineAction({
  name: 'CreateCommonBandwidthPackage',
  products: ['vpc'],
  params: {
    Bandwidth: required(MBPS),
    Name: NAME,
    Description: DESCRIPTION,
    ISP: string({ enum: [...CBWP_ISPS] }),
    InternetChargeType: string({ enum: [...CBWP_CHARGE_TYPES] }),
    Ratio: integer({ min: 0, max: 100 }),
    Zone: string({ maxLength: 64 }),
    ResourceGroupId: ID,
    // The one documented edition: recorded, shown, and matched against joining EIPs; no DDoS is simulated.
    SecurityProtectionTypes: list(string({ enum: ['AntiDDoS_Enhanced'] }), { maxItems: 10 }),
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const pkg = createCbwp(tx, ctx.config, {
        bandwidth: p.Bandwidth,
        name: p.Name,
        description: p.Description,
        isp: p.ISP,
        internetChargeType: p.InternetChargeType,
        ratio: p.Ratio,
        zone: p.Zone,
        resourceGroupId: p.ResourceGroupId,
        securityProtectionTypes: p.SecurityProtectionTypes,
        tags: tagMap,
      });
      return { BandwidthPackageId: pkg.id, ResourceGroupId: pkg.resourceGroupId };
    });
  },
});

const describeAction = defineAction({
  name: 'DescribeCommonBandwidthPackages',
  products: ['vpc'],
  params: {
    BandwidthPackageId: ID,
    Name: NAME,
    ResourceGroupId: ID,
    Tag: tags(),
    DryRun: DRY_RUN,
    PageNumber: integer({ min: 1, max: 1_000_000 }),
    PageSize: integer({ min: 1, max: 50 }),
    // Reservations (pending renewals of subscriptions) and Anti-DDoS filtering are not modelled.
    ...ignored('IncludeReservationData', 'SecurityProtectionEnabled'),
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      // An unknown BandwidthPackageId matches nothing (an empty page), which clients read as "gone".
      const rows = cbwpTable(tx).filter(
        (x) =>
          (!p.BandwidthPackageId || x.id === p.BandwidthPackageId) &&
          (p.Name === undefined || x.name === p.Name) &&
          (!p.ResourceGroupId || x.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(x.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        CommonBandwidthPackages: { CommonBandwidthPackage: pg.items.map((x) => cbwpShape(tx, x)) },
      };
    });
  },
});

const modifyAttributeAction = defineAction({
  name: 'ModifyCommonBandwidthPackageAttribute',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), Name: NAME, Description: DESCRIPTION },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifyCbwpAttribute(tx, p.BandwidthPackageId, { name: p.Name, description: p.Description }));
    return {};
  },
});

const modifySpecAction = defineAction({
  name: 'ModifyCommonBandwidthPackageSpec',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), Bandwidth: required(MBPS) },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifyCbwpSpec(tx, ctx.config, p.BandwidthPackageId, p.Bandwidth));
    return {};
  },
});

const deleteAction = defineAction({
  name: 'DeleteCommonBandwidthPackage',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), Force: boolean() },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteCbwp(tx, p.BandwidthPackageId, !!p.Force));
    return {};
  },
});

const addIpAction = defineAction({
  name: 'AddCommonBandwidthPackageIp',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), IpInstanceId: required(ID), IpType: IP_TYPE, ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      addCbwpIps(tx, ctx.config, p.BandwidthPackageId, [p.IpInstanceId]);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const addIpsAction = defineAction({
  name: 'AddCommonBandwidthPackageIps',
  products: ['vpc'],
  params: {
    BandwidthPackageId: required(ID),
    IpInstanceIds: required(list(ID, { maxItems: CBWP_MAX_IPS })),
    IpType: IP_TYPE,
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => addCbwpIps(tx, ctx.config, p.BandwidthPackageId, p.IpInstanceIds));
    return {};
  },
});

const removeIpAction = defineAction({
  name: 'RemoveCommonBandwidthPackageIp',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), IpInstanceId: required(ID), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      removeCbwpIp(tx, p.BandwidthPackageId, p.IpInstanceId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const modifyIpBandwidthAction = defineAction({
  name: 'ModifyCommonBandwidthPackageIpBandwidth',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), EipId: required(ID), Bandwidth: required(MBPS) },
  async handle(ctx, p) {
    await ctx.transact((tx) => setCbwpIpBandwidth(tx, p.BandwidthPackageId, p.EipId, p.Bandwidth));
    return {};
  },
});

const cancelIpBandwidthAction = defineAction({
  name: 'CancelCommonBandwidthPackageIpBandwidth',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), EipId: required(ID) },
  async handle(ctx, p) {
    await ctx.transact((tx) => setCbwpIpBandwidth(tx, p.BandwidthPackageId, p.EipId, undefined));
    return {};
  },
});

export const cbwpActions = [
  createAction,
  describeAction,
  modifyAttributeAction,
  modifySpecAction,
  deleteAction,
  addIpAction,
  addIpsAction,
  removeIpAction,
  modifyIpBandwidthAction,
  cancelIpBandwidthAction,
];
