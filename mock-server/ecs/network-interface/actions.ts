/**
 * ENI actions (ECS 2014-05-26): Create/Delete/Describe/ModifyNetworkInterface(Attribute),
 * Attach/DetachNetworkInterface, Assign/UnassignPrivateIpAddresses, Assign/UnassignIpv6Addresses. Parameters the sandbox does not
 * model (prefixes, queue sizes, trunking, connection tracking) are accepted under `ignored(...)`.
 */
import { InvalidParameter } from '../../errors';
import { paginate } from '../../actions/paging';
import { ECS_CLIENT_TOKEN, TAG, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, integer, list, required, string } from '../../wire/params';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../instance/records';
import { assignPrivateIps, attachEni, createEni, deleteEni, detachEni, modifyEni, requireEni, unassignPrivateIps } from './domain';
import { assignIpv6, unassignIpv6 } from './ipv6';
import { networkInterfaces, primaryEniId } from './records';
import { eniResponse, primaryView, secondaryView, type EniView } from './shapes';

const ENI_ID = required(string({ maxLength: 64 }));

/**
 * Newer CreateNetworkInterface / ModifyNetworkInterfaceAttribute fields for performance tuning
 * (traffic config, enhanced networking, connection tracking, primary IPv6): accepted and ignored,
 * since the sandbox carries no traffic.
 */
const TUNING = ignored(
  ...['NetworkInterfaceTrafficMode', 'QueueNumber', 'QueuePairNumber', 'RxQueueSize', 'TxQueueSize'].map((f) => `NetworkInterfaceTrafficConfig.${f}`),
  ...['EnableExpress', 'EnableRss', 'EnableSriov', 'VirtualFunctionQuantity', 'VirtualFunctionTotalQueueNumber'].map((f) => `EnhancedNetwork.${f}`),
  ...['TcpClosedAndTimeWaitTimeout', 'TcpEstablishedTimeout', 'UdpTimeout'].map((f) => `ConnectionTrackingConfiguration.${f}`),
  'EnablePrimaryIPv6',
);
/** IPv4/IPv6 prefixes (Ipv4Prefix.N, Ipv6Prefix.N): accepted and ignored; the sandbox assigns no prefixes. */
const PREFIXES = { Ipv4Prefix: list(string({ maxLength: 64 }), { maxItems: 10 }), Ipv6Prefix: list(string({ maxLength: 64 }), { maxItems: 10 }) };
/** DescribeNetworkInterfaces' MaxResults range; values outside it are moved to the nearest bound, as the API does. */
const MAX_RESULTS = [10, 500] as const;
const STATUSES = ['Available', 'Attaching', 'InUse', 'Detaching', 'Deleting', 'Creating', 'CreateFailed', 'Linking', 'Linked', 'Unlinking'];

/** Counts arrive as text from some SDKs; a whole number or InvalidParameter. */
function count(name: string, v: number | undefined): number | undefined {
  if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new InvalidParameter(`The ${name} ${v} is invalid: give a whole number of 0 or more.`);
  return v;
}

const createNetworkInterface = defineAction({
  name: 'CreateNetworkInterface',
  products: ['ecs'],
  params: {
    VSwitchId: required(string({ maxLength: 64 })),
    SecurityGroupId: string({ maxLength: 64 }),
    SecurityGroupIds: list(string({ maxLength: 64 }), { maxItems: 10 }),
    PrimaryIpAddress: string({ maxLength: 64 }),
    NetworkInterfaceName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    ResourceGroupId: string({ maxLength: 64 }),
    PrivateIpAddress: list(string({ maxLength: 64 }), { maxItems: 50 }),
    SecondaryPrivateIpAddressCount: integer({ min: 0, max: 49 }),
    Ipv6Address: list(string({ maxLength: 64 }), { maxItems: 10 }),
    Ipv6AddressCount: integer({ min: 1, max: 10 }),
    QueueNumber: integer({ min: 1, max: 2048 }),
    NetworkInterfaceTrafficMode: string({ maxLength: 32 }),
    // Primary, Secondary (default) or Trunk: the sandbox creates secondary ENIs only.
    InstanceType: string({ enum: ['Secondary', 'Trunk'] }),
    DeleteOnRelease: boolean(),
    SourceDestCheck: boolean(),
    Tag: TAG,
    ClientToken: ECS_CLIENT_TOKEN,
    // No DryRun: the ECS API and its SDK have none on the ENI actions, so it is refused as an
    // unknown parameter rather than read as a dry run the real cloud would not do.
    ...ignored('BusinessType', 'Visible', 'QueuePairNumber', 'RxQueueSize', 'TxQueueSize', 'Ipv4PrefixCount', 'Ipv6PrefixCount', 'OwnerAccount', 'ResourceOwnerAccount'),
    ...TUNING,
    ...PREFIXES,
  },
  async handle(ctx, p) {
    const groups = [...(p.SecurityGroupId ? [p.SecurityGroupId] : []), ...(p.SecurityGroupIds ?? [])];
    const eni = await ctx.transact((tx) => {
      const created = createEni(tx, ctx.config, {
        vswitchId: p.VSwitchId,
        securityGroupIds: groups,
        name: p.NetworkInterfaceName,
        description: p.Description,
        primaryIpAddress: p.PrimaryIpAddress,
        privateIpAddresses: p.PrivateIpAddress,
        secondaryPrivateIpAddressCount: count('SecondaryPrivateIpAddressCount', p.SecondaryPrivateIpAddressCount),
        ipv6Addresses: p.Ipv6Address,
        ipv6AddressCount: p.Ipv6AddressCount,
        queueNumber: p.QueueNumber,
        trafficMode: p.NetworkInterfaceTrafficMode,
        resourceGroupId: p.ResourceGroupId,
        deleteOnRelease: p.DeleteOnRelease,
        sourceDestCheck: p.SourceDestCheck,
        tags: tagsFromParams(p.Tag),
      });
      return created;
    });
    return ctx.read((tx) => {
      const r = eniResponse(tx, secondaryView(tx, eni));
      return {
        NetworkInterfaceId: r.NetworkInterfaceId,
        Status: r.Status,
        Type: r.Type,
        VpcId: r.VpcId,
        VSwitchId: r.VSwitchId,
        ZoneId: r.ZoneId,
        PrivateIpAddress: r.PrivateIpAddress,
        MacAddress: r.MacAddress,
        NetworkInterfaceName: r.NetworkInterfaceName,
        Description: r.Description,
        ResourceGroupId: r.ResourceGroupId,
        OwnerId: r.OwnerId,
        ServiceManaged: r.ServiceManaged,
        ServiceID: r.ServiceID,
        SourceDestCheck: r.SourceDestCheck,
        SecurityGroupIds: r.SecurityGroupIds,
        PrivateIpSets: r.PrivateIpSets,
        Ipv6Sets: r.Ipv6Sets,
        Ipv4PrefixSets: r.Ipv4PrefixSets,
        Ipv6PrefixSets: r.Ipv6PrefixSets,
        Tags: r.Tags,
      };
    });
  },
});

/**
 * Every ENI of the region as the listing shows it: the stored secondary ones and the instances'
 * primary ones, oldest first. Each table is already in creation order; the sort only interleaves
 * the two by creation time and is stable, so ENIs created in the same millisecond keep their
 * creation order (breaking ties by the random ID made paging order flaky).
 */
function allViews(tx: Transaction): EniView[] {
  const secondary = networkInterfaces(tx).all().map((e) => secondaryView(tx, e));
  const primary = tx.table<InstanceRecord>(INSTANCES).all().map((i) => primaryView(tx, i));
  return [...secondary, ...primary].sort((a, b) => a.eni.createdAt - b.eni.createdAt);
}

/** One ENI, stored or primary, or InvalidEniId.NotFound. */
function viewOf(tx: Transaction, id: string): EniView {
  const stored = networkInterfaces(tx).get(id);
  if (stored) return secondaryView(tx, stored);
  const inst = id.startsWith('eni-') ? tx.table<InstanceRecord>(INSTANCES).get(`i-${id.slice(4)}`) : undefined;
  if (inst && primaryEniId(inst.id) === id) return primaryView(tx, inst);
  return secondaryView(tx, requireEni(tx, id));
}

const describeNetworkInterfaces = defineAction({
  name: 'DescribeNetworkInterfaces',
  products: ['ecs'],
  params: {
    NetworkInterfaceId: list(string({ maxLength: 64 }), { maxItems: 100 }),
    VSwitchId: string({ maxLength: 64 }),
    VpcId: string({ maxLength: 64 }),
    PrimaryIpAddress: string({ maxLength: 64 }),
    PrivateIpAddress: list(string({ maxLength: 64 }), { maxItems: 100 }),
    Ipv6Address: list(string({ maxLength: 64 }), { maxItems: 100 }),
    SecurityGroupId: string({ maxLength: 64 }),
    NetworkInterfaceName: string({ maxLength: 256 }),
    Type: string({ enum: ['Primary', 'Secondary', 'Trunk', 'Member'] }),
    InstanceId: string({ maxLength: 64 }),
    ResourceGroupId: string({ maxLength: 64 }),
    ServiceManaged: boolean(),
    Status: string({ enum: STATUSES }),
    Tag: TAG,
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 1000 }),
    // Not refused out of range: the API reads a value under 10 as 10 and one over 500 as 500.
    MaxResults: integer(),
    NextToken: string({ maxLength: 256 }),
    ...ignored('OwnerAccount', 'ResourceOwnerAccount'),
  },
  handle(ctx, p) {
    const maxResults = p.MaxResults === undefined ? undefined : Math.min(MAX_RESULTS[1], Math.max(MAX_RESULTS[0], p.MaxResults));
    return ctx.read((tx) => {
      const rows =
        p.ServiceManaged === true
          ? []
          : allViews(tx).filter(({ eni: e, type, status }) => {
            if (p.NetworkInterfaceId && !p.NetworkInterfaceId.includes(e.id)) return false;
            if (p.VSwitchId && e.vswitchId !== p.VSwitchId) return false;
            if (p.VpcId && e.vpcId !== p.VpcId) return false;
            if (p.PrimaryIpAddress && e.primaryIp !== p.PrimaryIpAddress) return false;
            if (p.PrivateIpAddress && !p.PrivateIpAddress.some((a) => a === e.primaryIp || e.secondaryIps.includes(a))) return false;
            if (p.Ipv6Address && !p.Ipv6Address.some((a) => e.ipv6Addresses.includes(a))) return false;
            if (p.SecurityGroupId && !e.securityGroupIds.includes(p.SecurityGroupId)) return false;
            if (p.NetworkInterfaceName && e.name !== p.NetworkInterfaceName) return false;
            if (p.Type && type !== p.Type) return false;
            if (p.InstanceId && e.instanceId !== p.InstanceId) return false;
            if (p.ResourceGroupId && e.resourceGroupId !== p.ResourceGroupId) return false;
            if (p.Status && status !== p.Status) return false;
            return matchesTags(e.tags, p.Tag);
          });
      const { items, meta } = paginate(rows, { ...p, MaxResults: maxResults });
      return { NetworkInterfaceSets: { NetworkInterfaceSet: items.map((v) => eniResponse(tx, v)) }, ...meta };
    });
  },
});

const describeNetworkInterfaceAttribute = defineAction({
  name: 'DescribeNetworkInterfaceAttribute',
  products: ['ecs'],
  // Tag.N narrows nothing for one ENI: accepted and ignored.
  params: { NetworkInterfaceId: ENI_ID, Tag: TAG, ...ignored('Attribute', 'OwnerAccount', 'ResourceOwnerAccount') },
  handle(ctx, p) {
    return ctx.read((tx) => eniResponse(tx, viewOf(tx, p.NetworkInterfaceId)));
  },
});

const modifyNetworkInterfaceAttribute = defineAction({
  name: 'ModifyNetworkInterfaceAttribute',
  products: ['ecs'],
  params: {
    NetworkInterfaceId: ENI_ID,
    NetworkInterfaceName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    SecurityGroupId: list(string({ maxLength: 64 }), { maxItems: 10 }),
    QueueNumber: integer({ min: 1, max: 2048 }),
    DeleteOnRelease: boolean(),
    SourceDestCheck: boolean(),
    ...ignored('RxQueueSize', 'TxQueueSize', 'OwnerAccount', 'ResourceOwnerAccount'),
    ...TUNING,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) =>
      modifyEni(tx, p.NetworkInterfaceId, {
        name: p.NetworkInterfaceName,
        description: p.Description,
        securityGroupIds: p.SecurityGroupId,
        queueNumber: p.QueueNumber,
        deleteOnRelease: p.DeleteOnRelease,
        sourceDestCheck: p.SourceDestCheck,
      }),
    );
    return {};
  },
});

const deleteNetworkInterface = defineAction({
  name: 'DeleteNetworkInterface',
  products: ['ecs'],
  params: { NetworkInterfaceId: ENI_ID, ...ignored('OwnerAccount', 'ResourceOwnerAccount') },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteEni(tx, p.NetworkInterfaceId));
    return {};
  },
});

const attachNetworkInterface = defineAction({
  name: 'AttachNetworkInterface',
  products: ['ecs'],
  params: {
    NetworkInterfaceId: ENI_ID,
    InstanceId: required(string({ maxLength: 64 })),
    // Trunking, network cards and waiting for the guest's configuration are not modelled.
    ...ignored('TrunkNetworkInstanceId', 'NetworkCardIndex', 'WaitForNetworkConfigurationReady', 'OwnerAccount', 'ResourceOwnerAccount'),
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => attachEni(tx, ctx.config, { eniId: p.NetworkInterfaceId, instanceId: p.InstanceId }));
    return {};
  },
});

const detachNetworkInterface = defineAction({
  name: 'DetachNetworkInterface',
  products: ['ecs'],
  params: { NetworkInterfaceId: ENI_ID, InstanceId: required(string({ maxLength: 64 })), ...ignored('TrunkNetworkInstanceId', 'OwnerAccount', 'ResourceOwnerAccount') },
  async handle(ctx, p) {
    await ctx.transact((tx) => detachEni(tx, ctx.config, { eniId: p.NetworkInterfaceId, instanceId: p.InstanceId }));
    return {};
  },
});

const assignPrivateIpAddresses = defineAction({
  name: 'AssignPrivateIpAddresses',
  products: ['ecs'],
  params: {
    NetworkInterfaceId: ENI_ID,
    PrivateIpAddress: list(string({ maxLength: 64 }), { maxItems: 49 }),
    SecondaryPrivateIpAddressCount: integer({ min: 1, max: 49 }),
    ClientToken: ECS_CLIENT_TOKEN,
    ...ignored('Ipv4PrefixCount', 'OwnerAccount', 'ResourceOwnerAccount'),
    Ipv4Prefix: PREFIXES.Ipv4Prefix,
  },
  async handle(ctx, p) {
    const added = await ctx.transact((tx) => assignPrivateIps(tx, { eniId: p.NetworkInterfaceId, addresses: p.PrivateIpAddress, count: p.SecondaryPrivateIpAddressCount }));
    return { AssignedPrivateIpAddressesSet: { NetworkInterfaceId: p.NetworkInterfaceId, PrivateIpSet: { PrivateIpAddress: added }, Ipv4PrefixSet: { Ipv4Prefixes: [] as string[] } } };
  },
});

const unassignPrivateIpAddresses = defineAction({
  name: 'UnassignPrivateIpAddresses',
  products: ['ecs'],
  params: { NetworkInterfaceId: ENI_ID, PrivateIpAddress: list(string({ maxLength: 64 }), { maxItems: 49 }), Ipv4Prefix: PREFIXES.Ipv4Prefix, ...ignored('OwnerAccount', 'ResourceOwnerAccount') },
  async handle(ctx, p) {
    await ctx.transact((tx) => unassignPrivateIps(tx, { eniId: p.NetworkInterfaceId, addresses: p.PrivateIpAddress ?? [] }));
    return {};
  },
});

const assignIpv6Addresses = defineAction({
  name: 'AssignIpv6Addresses',
  products: ['ecs'],
  params: {
    NetworkInterfaceId: ENI_ID,
    Ipv6Address: list(string({ maxLength: 64 }), { maxItems: 10 }),
    Ipv6AddressCount: integer({ min: 1, max: 10 }),
    ClientToken: ECS_CLIENT_TOKEN,
    // Prefix delegation is not modelled: accepted, and none are assigned.
    ...ignored('Ipv6PrefixCount', 'OwnerAccount', 'ResourceOwnerAccount'),
    Ipv6Prefix: PREFIXES.Ipv6Prefix,
  },
  async handle(ctx, p) {
    const added = await ctx.transact((tx) => assignIpv6(tx, { eniId: p.NetworkInterfaceId, addresses: p.Ipv6Address, count: p.Ipv6AddressCount }));
    return { NetworkInterfaceId: p.NetworkInterfaceId, Ipv6Sets: { Ipv6Address: added }, Ipv6PrefixSets: { Ipv6Prefix: [] as string[] } };
  },
});

const unassignIpv6Addresses = defineAction({
  name: 'UnassignIpv6Addresses',
  products: ['ecs'],
  params: { NetworkInterfaceId: ENI_ID, Ipv6Address: list(string({ maxLength: 64 }), { maxItems: 10 }), Ipv6Prefix: PREFIXES.Ipv6Prefix, ...ignored('OwnerAccount', 'ResourceOwnerAccount') },
  async handle(ctx, p) {
    await ctx.transact((tx) => unassignIpv6(tx, { eniId: p.NetworkInterfaceId, addresses: p.Ipv6Address ?? [] }));
    return {};
  },
});

export const networkInterfaceActions = [
  createNetworkInterface,
  describeNetworkInterfaces,
  describeNetworkInterfaceAttribute,
  modifyNetworkInterfaceAttribute,
  deleteNetworkInterface,
  attachNetworkInterface,
  detachNetworkInterface,
  assignPrivateIpAddresses,
  unassignPrivateIpAddresses,
  assignIpv6Addresses,
  unassignIpv6Addresses,
];
