/**
 * EIP actions: AllocateEipAddress, AssociateEipAddress, UnassociateEipAddress, ReleaseEipAddress,
 * DescribeEipAddresses, ModifyEipAddressAttribute, ModifyEipForwardMode, and
 * SetHighDefinitionMonitorLogStatus / DescribeHighDefinitionMonitorLogAttribute (which the real
 * Terraform provider reads for every EIP; the sandbox records the switch and writes no logs).
 * DeletionProtection (EIPs and NAT gateways) is in ./deletion-protection.ts.
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, VPC_CLIENT_TOKEN, dryRunPassed, ignored, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, csv, integer, list, objects, required, string, tags } from '../../wire/params';
import { deletionProtectionAction } from './deletion-protection';
import { allocateEip, associateEip, getEip, modifyEip, releaseEip, setEipForwardMode, setEipHdMonitor, unassociateEip, eipStatus } from './domain';
import { InvalidAssociatedInstanceTypeValueNotSupported } from './errors';
import { EIPS, type EipRecord } from './records';
import { eipShape } from './shapes';

const CHARGE_TYPE = string({ enum: ['PayByBandwidth', 'PayByTraffic'] });
const INSTANCE_TYPE = string({ maxLength: 64 });
const BANDWIDTH = integer({ min: 0, max: 100_000 });
const EIP_MODE = string({ enum: ['NAT', 'MULTI_BINDED', 'BINDED'] });

const allocateEipAddressAction = defineAction({
  name: 'AllocateEipAddress',
  products: ['vpc'],
  params: {
    IpAddress: string({ maxLength: 64 }),
    Bandwidth: BANDWIDTH,
    InternetChargeType: CHARGE_TYPE,
    InstanceChargeType: string({ enum: ['PostPaid', 'PrePaid'] }),
    ISP: string({ enum: ['BGP', 'BGP_PRO'] }),
    Netmode: string({ enum: ['public'] }),
    Name: NAME,
    Description: DESCRIPTION,
    ResourceGroupId: ID,
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
    InstanceId: ID,
    PublicIpAddressPoolId: ID,
    // The one documented edition. The sandbox records it and shows it back (so HCL from the real
    // provider's docs, which asks for it, works); it does not simulate DDoS protection.
    SecurityProtectionTypes: list(string({ enum: ['AntiDDoS_Enhanced'] }), { maxItems: 10 }),
    // Zone is recorded and shown (the sandbox's address pool is regional, so it picks nothing).
    Zone: string({ maxLength: 64 }),
    ...ignored('ActivityId', 'AutoPay', 'Period', 'PricingCycle'),
  },
  async handle(ctx, p) {
    notSimulated('InstanceChargeType', p.InstanceChargeType === 'PrePaid', 'a subscription (PrePaid) EIP');
    notSimulated('InstanceId', p.InstanceId, 'reclaiming a released EIP');
    notSimulated('PublicIpAddressPoolId', p.PublicIpAddressPoolId, 'IP address pools');
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const eip = allocateEip(tx, {
        ipAddress: p.IpAddress,
        bandwidth: p.Bandwidth,
        internetChargeType: p.InternetChargeType,
        isp: p.ISP,
        name: p.Name,
        description: p.Description,
        resourceGroupId: p.ResourceGroupId,
        securityProtectionTypes: p.SecurityProtectionTypes,
        zone: p.Zone,
        tags: tagMap,
      });
      return { AllocationId: eip.id, EipAddress: eip.ipAddress, ResourceGroupId: eip.resourceGroupId, OrderId: 0 };
    });
  },
});

const associateEipAddressAction = defineAction({
  name: 'AssociateEipAddress',
  products: ['vpc'],
  params: {
    AllocationId: required(ID),
    InstanceId: required(ID),
    InstanceType: INSTANCE_TYPE,
    InstanceRegionId: ID,
    PrivateIpAddress: string({ maxLength: 64 }),
    Mode: EIP_MODE,
    VpcId: ID,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    notSimulated('InstanceRegionId', p.InstanceRegionId && p.InstanceRegionId !== ctx.region ? p.InstanceRegionId : undefined, 'binding across regions');
    // MULTI_BINDED and BINDED (pass-through) are recorded and shown back; the sandbox routes them
    // as NAT mode (it puts no public address on the NIC), a documented difference.
    await ctx.transact((tx) => {
      associateEip(tx, ctx.config, { allocationId: p.AllocationId, instanceId: p.InstanceId, instanceType: p.InstanceType, mode: p.Mode, privateIpAddress: p.PrivateIpAddress });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const unassociateEipAddressAction = defineAction({
  name: 'UnassociateEipAddress',
  products: ['vpc'],
  params: {
    AllocationId: required(ID),
    InstanceId: ID,
    InstanceType: INSTANCE_TYPE,
    PrivateIpAddress: string({ maxLength: 64 }),
    Force: boolean(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => unassociateEip(tx, ctx.config, { allocationId: p.AllocationId, instanceId: p.InstanceId, instanceType: p.InstanceType, force: p.Force }));
    return {};
  },
});

const releaseEipAddressAction = defineAction({
  name: 'ReleaseEipAddress',
  products: ['vpc'],
  params: { AllocationId: required(ID) },
  async handle(ctx, p) {
    await ctx.transact((tx) => releaseEip(tx, p.AllocationId));
    return {};
  },
});

const modifyEipAddressAttributeAction = defineAction({
  name: 'ModifyEipAddressAttribute',
  products: ['vpc'],
  params: { AllocationId: required(ID), Bandwidth: BANDWIDTH, Name: NAME, Description: DESCRIPTION },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifyEip(tx, p.AllocationId, { name: p.Name, description: p.Description, bandwidth: p.Bandwidth }));
    return {};
  },
});

const modifyEipForwardModeAction = defineAction({
  name: 'ModifyEipForwardMode',
  products: ['vpc'],
  params: { InstanceId: required(ID), Mode: required(EIP_MODE), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => setEipForwardMode(tx, p.InstanceId, p.Mode));
    return {};
  },
});

const ASSOCIATED_TYPES = ['EcsInstance', 'Nat', 'SlbInstance', 'NetworkInterface', 'HaVip', 'IpAddress'];
const EIP_STATUSES = ['Associating', 'Unassociating', 'InUse', 'Available', 'Releasing'];

const describeEipAddressesAction = defineAction({
  name: 'DescribeEipAddresses',
  products: ['vpc'],
  params: {
    AllocationId: csv({ maxItems: 50 }),
    EipAddress: csv({ maxItems: 50 }),
    EipName: NAME,
    Status: string({ enum: EIP_STATUSES }),
    AssociatedInstanceType: string({ maxLength: 64 }),
    AssociatedInstanceId: ID,
    ISP: string({ maxLength: 64 }),
    ChargeType: string({ enum: ['PostPaid', 'PrePaid'] }),
    ResourceGroupId: ID,
    Tag: tags(),
    DryRun: DRY_RUN,
    PageNumber: integer({ min: 1, max: 1_000_000 }),
    PageSize: integer({ min: 1, max: 100 }),
    Filter: objects({ Key: string({ maxLength: 64 }), Value: string({ maxLength: 256 }) }, { maxItems: 10 }),
    ...ignored('IncludeReservationData', 'LockReason', 'PublicIpAddressPoolId', 'SecurityProtectionEnabled', 'SegmentInstanceId', 'ServiceManaged'),
  },
  handle(ctx, p) {
    if (p.AssociatedInstanceType && !ASSOCIATED_TYPES.includes(p.AssociatedInstanceType)) {
      throw new InvalidAssociatedInstanceTypeValueNotSupported(`The AssociatedInstanceType "${p.AssociatedInstanceType}" is not supported: use one of ${ASSOCIATED_TYPES.join(', ')}.`);
    }
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      const ids = p.AllocationId && p.AllocationId.length > 0 ? new Set(p.AllocationId) : undefined;
      const addrs = p.EipAddress && p.EipAddress.length > 0 ? new Set(p.EipAddress) : undefined;
      // An unknown AllocationId matches nothing (an empty page), which clients read as "gone".
      const rows = tx.table<EipRecord>(EIPS).filter(
        (e) =>
          (!ids || ids.has(e.id)) &&
          (!addrs || addrs.has(e.ipAddress)) &&
          (p.EipName === undefined || e.name === p.EipName) &&
          (!p.Status || eipStatus(e, tx.now) === p.Status) &&
          (!p.AssociatedInstanceType || e.binding?.instanceType === p.AssociatedInstanceType) &&
          (!p.AssociatedInstanceId || e.binding?.instanceId === p.AssociatedInstanceId) &&
          (!p.ISP || e.isp === p.ISP) &&
          p.ChargeType !== 'PrePaid' &&
          (!p.ResourceGroupId || e.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(e.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        EipAddresses: { EipAddress: pg.items.map((e) => eipShape(tx, e)) },
      };
    });
  },
});

/** The real provider reads this for every EIP; the sandbox shows what SetHighDefinitionMonitorLogStatus recorded (OFF by default). */
const describeHdMonitorAction = defineAction({
  name: 'DescribeHighDefinitionMonitorLogAttribute',
  products: ['vpc'],
  params: { InstanceId: required(ID), InstanceType: string({ maxLength: 32 }) },
  handle(ctx, p) {
    const hd = ctx.read((tx) => getEip(tx, p.InstanceId).hdMonitor) ?? { status: 'OFF', logProject: '', logStore: '' };
    return { InstanceId: p.InstanceId, InstanceType: p.InstanceType ?? 'EIP', Success: 'true', Status: hd.status, LogProject: hd.logProject, LogStore: hd.logStore };
  },
});

/** Records the switch and the Log Service project and store; the sandbox writes no monitoring logs. */
const setHdMonitorAction = defineAction({
  name: 'SetHighDefinitionMonitorLogStatus',
  products: ['vpc'],
  params: {
    InstanceId: required(ID),
    InstanceType: string({ enum: ['EIP'] }),
    Status: string({ enum: ['ON', 'OFF'] }),
    LogProject: string({ maxLength: 128 }),
    LogStore: string({ maxLength: 128 }),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => setEipHdMonitor(tx, p.InstanceId, { status: p.Status, logProject: p.LogProject, logStore: p.LogStore }));
    return { Success: true };
  },
});

export const eipActions = [
  allocateEipAddressAction,
  associateEipAddressAction,
  unassociateEipAddressAction,
  releaseEipAddressAction,
  modifyEipAddressAttributeAction,
  describeEipAddressesAction,
  describeHdMonitorAction,
  setHdMonitorAction,
  modifyEipForwardModeAction,
  deletionProtectionAction,
];
