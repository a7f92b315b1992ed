/**
 * Instance launch and listing: RunInstances, CreateInstance, DescribeInstances,
 * DescribeInstanceAttribute. Each declares every parameter the official SDK
 * (@alicloud/ecs20140526) can send; those the sandbox does not model (billing, images, metadata
 * options …) are accepted and grouped under `ignored(...)` so that is visible.
 */
import { InvalidParameter } from '../../errors';
import { paginate } from '../../actions/paging';
import { DRY_RUN, ECS_CLIENT_TOKEN, TAG, ecsDryRun, ignored, ignoredObjects } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { tagsFromParams } from '../../domain/tags';
import { boolean, integer, jsonStringArray, list, objects, required, string } from '../../wire/params';
import { InvalidNetworkTypeNotFound } from '../security-group/errors';
import { LAUNCH_ENIS, type LaunchEniSpec } from './launch-hooks';
import { INSTANCE_STATUSES, launchInstances, requireInstance, type LaunchInput } from './domain';
import { InvalidStatusNotFound } from './errors';
import { filterInstances } from './query';
import { INSTANCE_ID, OPTIONAL_REGION, readInstanceRegion } from './regionless';
import { describedInstance, instanceResponse } from './shapes';
import { storedLaunchOptions } from './stored-fields';

/** RunInstances and CreateInstance share most of their parameters. */
const LAUNCH_COMMON = {
  ImageId: string({ maxLength: 256 }),
  InstanceType: string({ maxLength: 128 }),
  VSwitchId: string({ maxLength: 64 }),
  ZoneId: string({ maxLength: 64 }),
  PrivateIpAddress: string({ maxLength: 64 }),
  SecurityGroupId: string({ maxLength: 64 }),
  InstanceName: string({ maxLength: 256 }),
  Description: string({ maxLength: 1024 }),
  HostName: string({ maxLength: 256 }),
  InternetMaxBandwidthOut: integer({ min: 0, max: 100 }),
  InternetChargeType: string({ enum: ['PayByTraffic', 'PayByBandwidth'] }),
  InstanceChargeType: string({ enum: ['PostPaid', 'PrePaid'] }),
  DeletionProtection: boolean(),
  ResourceGroupId: string({ maxLength: 64 }),
  // The system disk's category and size are kept (DescribeDisks shows them); its other options are not.
  'SystemDisk.Category': string({ maxLength: 64 }),
  'SystemDisk.Size': integer(),
  Tag: TAG,
  ClientToken: ECS_CLIENT_TOKEN,
  DryRun: DRY_RUN,
  // Kept and shown by DescribeInstances (./stored-fields.ts): a spot instance is never reclaimed
  // here, an HPC cluster places nothing, and CPU credits are not counted.
  SpotStrategy: string({ enum: ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] }),
  // A decimal (e.g. 0.5, USD per hour); checked in ./stored-fields.ts.
  SpotPriceLimit: string({ maxLength: 32 }),
  SpotDuration: integer({ min: 0, max: 6 }),
  SpotInterruptionBehavior: string({ enum: ['Terminate', 'Stop'] }),
  HpcClusterId: string({ maxLength: 64 }),
  CreditSpecification: string({ enum: ['Standard', 'Unlimited'] }),
  // The metadata service's options: kept and shown (MetadataOptions); there is no metadata service.
  HttpEndpoint: string({ enum: ['enabled', 'disabled'] }),
  HttpTokens: string({ enum: ['optional', 'required'] }),
  HttpPutResponseHopLimit: integer({ min: 1, max: 64 }),
  // The system disk's ESSD performance level, shown by DescribeDisks (ModifyDiskSpec changes it).
  'SystemDisk.PerformanceLevel': string({ enum: ['PL0', 'PL1', 'PL2', 'PL3'] }),
  // A PrePaid instance's auto-renewal, shown by DescribeInstanceAutoRenewAttribute (./upkeep.ts).
  AutoRenew: boolean(),
  AutoRenewPeriod: integer({ min: 1, max: 60 }),
  PeriodUnit: string({ enum: ['Week', 'Month'] }),
  // Billing, disks, images, login, placement and metadata options: accepted, not modelled.
  ...ignored(
    'Affinity', 'DedicatedHostId', 'DeploymentSetGroupNo', 'DeploymentSetId',
    'ImageFamily', 'InternetMaxBandwidthIn', 'IoOptimized',
    'KeyPairName', 'ManagedHostId', 'Password', 'PasswordInherit', 'Period', 'RamRoleName', 'SecurityEnhancementStrategy',
    'StorageSetId', 'StorageSetPartitionNumber', 'Tenancy',
    'UserData', 'HibernationOptions.Configured', 'PrivatePoolOptions.Id', 'PrivatePoolOptions.MatchCriteria',
    'SystemDisk.Description', 'SystemDisk.DiskName', 'SystemDisk.StorageClusterId',
  ),
  Arn: ignoredObjects('AssumeRoleFor', 'RoleType', 'Rolearn'),
};

const DATA_DISK_FIELDS = ['Category', 'DeleteWithInstance', 'Description', 'Device', 'DiskName', 'EncryptAlgorithm', 'Encrypted', 'KMSKeyId', 'PerformanceLevel', 'Size', 'SnapshotId', 'StorageClusterId'];

function launchInput(p: {
  ImageId?: string; InstanceType?: string; VSwitchId?: string; ZoneId?: string; PrivateIpAddress?: string; SecurityGroupId?: string;
  InstanceName?: string; Description?: string; HostName?: string; InternetMaxBandwidthOut?: number; InternetChargeType?: string;
  InstanceChargeType?: string; DeletionProtection?: boolean; ResourceGroupId?: string; Tag?: Array<{ Key?: string; Value?: string }>;
  'SystemDisk.Category'?: string; 'SystemDisk.Size'?: number;
}): LaunchInput {
  return {
    imageId: p.ImageId,
    instanceType: p.InstanceType,
    vswitchId: p.VSwitchId,
    zoneId: p.ZoneId,
    privateIpAddress: p.PrivateIpAddress,
    securityGroupId: p.SecurityGroupId,
    instanceName: p.InstanceName,
    description: p.Description,
    hostName: p.HostName,
    internetMaxBandwidthOut: p.InternetMaxBandwidthOut,
    internetChargeType: p.InternetChargeType,
    instanceChargeType: p.InstanceChargeType,
    deletionProtection: p.DeletionProtection,
    resourceGroupId: p.ResourceGroupId,
    systemDiskCategory: p['SystemDisk.Category'],
    systemDiskSize: p['SystemDisk.Size'],
    tags: tagsFromParams(p.Tag),
  };
}

/** Ipv6AddressCount arrives as text (the SDK models it as a string). */
function ipv6Count(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new InvalidParameter(`The Ipv6AddressCount "${text}" is not a whole number.`);
  return n;
}

const runInstances = defineAction({
  name: 'RunInstances',
  products: ['ecs'],
  params: {
    ...LAUNCH_COMMON,
    SecurityGroupIds: list(string({ maxLength: 64 }), { maxItems: 16 }),
    Amount: integer(),
    MinAmount: integer(),
    UniqueSuffix: boolean(),
    HostNames: list(string({ maxLength: 256 })),
    // IPv6 addresses of the primary NIC, from the VSwitch's /64.
    Ipv6Address: list(string()),
    Ipv6AddressCount: string({ maxLength: 16 }),
    // Auto-release, launch templates and the option groups below: accepted, not modelled.
    ...ignored(
      'AutoPay', 'AutoReleaseTime', 'Isp', 'LaunchTemplateId', 'LaunchTemplateName', 'LaunchTemplateVersion',
      'NetworkInterfaceQueueNumber', 'ClockOptions.PtpStatus', 'CpuOptions.Core', 'CpuOptions.NestedVirtualization', 'CpuOptions.Numa',
      'CpuOptions.ThreadsPerCore', 'CpuOptions.TopologyType', 'ImageOptions.LoginAsNonRoot', 'NetworkOptions.BandwidthWeighting',
      'NetworkOptions.EnableJumboFrame', 'NetworkOptions.EnableNetworkEncryption', 'PrivateDnsNameOptions.EnableInstanceIdDnsAAAARecord',
      'PrivateDnsNameOptions.EnableInstanceIdDnsARecord', 'PrivateDnsNameOptions.EnableIpDnsARecord', 'PrivateDnsNameOptions.EnableIpDnsPtrRecord',
      'PrivateDnsNameOptions.HostnameType', 'SchedulerOptions.DedicatedHostClusterId', 'SecurityOptions.ConfidentialComputingMode',
      'SecurityOptions.EnableSecureBoot', 'SecurityOptions.TrustedSystemMode', 'SystemDisk.AutoSnapshotPolicyId', 'SystemDisk.BurstingEnabled',
      'SystemDisk.EncryptAlgorithm', 'SystemDisk.Encrypted', 'SystemDisk.KMSKeyId', 'SystemDisk.ProvisionedIops',
    ),
    DataDisk: ignoredObjects(...DATA_DISK_FIELDS, 'AutoSnapshotPolicyId', 'BurstingEnabled', 'ProvisionedIops'),
    // The primary NIC may be described here (InstanceType Primary) instead of by the top-level
    // VSwitchId / PrivateIpAddress / SecurityGroupId(s); the other entries (InstanceType Secondary,
    // the API's default) are secondary ENIs created and attached with the instance
    // (../network-interface/launch.ts). Queue depths are accepted, not modelled.
    NetworkInterface: objects({
      // Checked in the handler: an enum here would make a bad value hide the entry's other fields.
      InstanceType: string(),
      VSwitchId: string({ maxLength: 64 }),
      PrimaryIpAddress: string({ maxLength: 64 }),
      SecurityGroupId: string({ maxLength: 64 }),
      SecurityGroupIds: list(string({ maxLength: 64 })),
      NetworkInterfaceId: string({ maxLength: 64 }),
      NetworkInterfaceName: string({ maxLength: 256 }),
      Description: string({ maxLength: 1024 }),
      NetworkInterfaceTrafficMode: string({ maxLength: 32 }),
      NetworkCardIndex: integer({ min: 0 }),
      QueueNumber: integer(),
      QueuePairNumber: integer({ min: 0 }),
      SecondaryPrivateIpAddressCount: integer({ min: 0 }),
      SourceDestCheck: boolean(),
      DeleteOnRelease: boolean(),
      ...ignored('RxQueueSize', 'TxQueueSize'),
      Ipv6Address: list(string()),
      Ipv6AddressCount: string({ maxLength: 16 }),
    }, { maxItems: 8 }),
  },
  async handle(ctx, p) {
    const input = launchInput(p);
    input.stored = storedLaunchOptions(p);
    input.securityGroupIds = p.SecurityGroupIds;
    input.amount = p.Amount ?? 1;
    input.minAmount = p.MinAmount;
    input.uniqueSuffix = p.UniqueSuffix;
    input.hostNames = p.HostNames;
    // IPv6 addresses of the primary NIC come from the VSwitch's /64 (./ipv6.ts); a VSwitch without
    // one refuses them rather than launching without the addresses asked for.
    input.ipv6Addresses = p.Ipv6Address;
    input.ipv6AddressCount = ipv6Count(p.Ipv6AddressCount);
    const odd = (p.NetworkInterface ?? []).find((n) => n.InstanceType !== undefined && n.InstanceType !== 'Primary' && n.InstanceType !== 'Secondary');
    if (odd) throw new InvalidParameter(`The NetworkInterface.N.InstanceType "${odd.InstanceType}" is not supported: use Primary or Secondary (the default).`);
    const primary = (p.NetworkInterface ?? []).find((n) => n.InstanceType === 'Primary');
    const secondaries: LaunchEniSpec[] = (p.NetworkInterface ?? []).filter((n) => n.InstanceType !== 'Primary').map((n) => ({
      networkInterfaceId: n.NetworkInterfaceId,
      vswitchId: n.VSwitchId,
      securityGroupIds: n.SecurityGroupIds?.length ? n.SecurityGroupIds : n.SecurityGroupId ? [n.SecurityGroupId] : undefined,
      primaryIpAddress: n.PrimaryIpAddress,
      name: n.NetworkInterfaceName,
      description: n.Description,
      trafficMode: n.NetworkInterfaceTrafficMode,
      networkCardIndex: n.NetworkCardIndex,
      queueNumber: n.QueueNumber,
      queuePairNumber: n.QueuePairNumber,
      secondaryPrivateIpAddressCount: n.SecondaryPrivateIpAddressCount,
      sourceDestCheck: n.SourceDestCheck,
      deleteOnRelease: n.DeleteOnRelease,
    }));
    if (primary) {
      if (!(input.ipv6Addresses?.length) && input.ipv6AddressCount === undefined) {
        input.ipv6Addresses = primary.Ipv6Address;
        input.ipv6AddressCount = ipv6Count(primary.Ipv6AddressCount);
      }
      input.vswitchId ||= primary.VSwitchId;
      input.privateIpAddress ||= primary.PrimaryIpAddress;
      if (!input.securityGroupId && !(input.securityGroupIds?.length)) {
        input.securityGroupId = primary.SecurityGroupId;
        input.securityGroupIds = primary.SecurityGroupIds;
      }
    }
    const ids = await ctx.transact((tx) => {
      const created = launchInstances(tx, ctx.config, input, true);
      LAUNCH_ENIS.run(tx, ctx.config, created, secondaries);
      ecsDryRun(p.DryRun);
      return created.map((i) => i.id);
    });
    return { InstanceIdSets: { InstanceIdSet: ids }, OrderId: '', TradePrice: 0 };
  },
});

const createInstance = defineAction({
  name: 'CreateInstance',
  products: ['ecs'],
  params: {
    ...LAUNCH_COMMON,
    DataDisk: ignoredObjects(...DATA_DISK_FIELDS),
    // Classic-network and legacy placement parameters: accepted, not modelled.
    ...ignored('ClusterId', 'InnerIpAddress', 'NodeControllerId', 'UseAdditionalService', 'VlanId'),
  },
  async handle(ctx, p) {
    const id = await ctx.transact((tx) => {
      const [created] = launchInstances(tx, ctx.config, { ...launchInput(p), stored: storedLaunchOptions(p) }, false);
      ecsDryRun(p.DryRun);
      return created.id;
    });
    return { InstanceId: id, OrderId: '', TradePrice: 0 };
  },
});

const UNMODELLED_FILTERS = ['InnerIpAddresses', 'RdmaIpAddresses', 'KeyPairName', 'LockReason'] as const;

const describeInstances = defineAction({
  name: 'DescribeInstances',
  products: ['ecs'],
  params: {
    InstanceIds: jsonStringArray({ maxItems: 100 }),
    VpcId: string({ maxLength: 64 }),
    VSwitchId: string({ maxLength: 64 }),
    ZoneId: string({ maxLength: 64 }),
    SecurityGroupId: string({ maxLength: 64 }),
    PrivateIpAddresses: jsonStringArray({ maxItems: 100 }),
    PublicIpAddresses: jsonStringArray({ maxItems: 100 }),
    Status: string({ maxLength: 32 }),
    InstanceName: string({ maxLength: 256 }),
    ImageId: string({ maxLength: 256 }),
    InstanceType: string({ maxLength: 128 }),
    InstanceTypeFamily: string({ maxLength: 128 }),
    InstanceChargeType: string({ maxLength: 32 }),
    InternetChargeType: string({ maxLength: 32 }),
    InstanceNetworkType: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    Tag: TAG,
    Filter: objects({ Key: string({ maxLength: 64 }), Value: string({ maxLength: 64 }) }, { maxItems: 10 }),
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 100 }),
    MaxResults: integer({ min: 1, max: 100 }),
    NextToken: string({ maxLength: 256 }),
    DryRun: DRY_RUN,
    // Filters on things the sandbox's instances never have (classic inner IPs, EIPs, RDMA, key
    // pairs, locks): when given they match no instance, which is the true answer.
    InnerIpAddresses: jsonStringArray({ maxItems: 100 }),
    EipAddresses: jsonStringArray({ maxItems: 100 }),
    RdmaIpAddresses: jsonStringArray({ maxItems: 100 }),
    ...ignored('KeyPairName', 'LockReason'),
    // Instances keep their HPC cluster and metadata options (./stored-fields.ts), so these filter
    // on what DescribeInstances shows for them.
    HpcClusterId: string({ maxLength: 64 }),
    HttpEndpoint: string({ maxLength: 32 }),
    HttpTokens: string({ maxLength: 32 }),
    HttpPutResponseHopLimit: integer({ min: 1, max: 64 }),
    // Output options: accepted, not modelled.
    AdditionalAttributes: list(string()),
    Ipv6Address: list(string()),
    ...ignored('DeviceAvailable', 'IoOptimized', 'NeedSaleCycle'),
  },
  handle(ctx, p) {
    if (p.Status && !(INSTANCE_STATUSES as readonly string[]).includes(p.Status)) {
      throw new InvalidStatusNotFound(`The Status "${p.Status}" is not an instance status: use one of ${INSTANCE_STATUSES.join(', ')}.`);
    }
    if (p.InstanceNetworkType && !['vpc', 'classic'].includes(p.InstanceNetworkType)) {
      throw new InvalidNetworkTypeNotFound(`The InstanceNetworkType "${p.InstanceNetworkType}" does not exist: use "vpc" or "classic".`);
    }
    let createdFrom: number | undefined;
    let createdTo: number | undefined;
    for (const f of p.Filter ?? []) {
      const t = f.Value ? Date.parse(f.Value) : NaN;
      if (f.Key === 'CreationStartTime' || f.Key === 'CreationEndTime') {
        if (Number.isNaN(t)) throw new InvalidParameter(`The Filter value "${f.Value ?? ''}" for ${f.Key} is not a time: use UTC such as 2026-01-02T15:04Z.`);
        if (f.Key === 'CreationStartTime') createdFrom = t;
        else createdTo = t;
      } else if (f.Key) {
        throw new InvalidParameter(`The Filter key "${f.Key}" is not supported: use CreationStartTime or CreationEndTime.`);
      }
    }
    if (p.DryRun) ecsDryRun(true);
    const unmatchable = UNMODELLED_FILTERS.some((k) => {
      const v = (p as Record<string, unknown>)[k];
      return Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v !== '';
    });
    return ctx.read((tx) => {
      let rows = unmatchable || p.InstanceNetworkType === 'classic'
        ? []
        : filterInstances(tx, {
          instanceIds: p.InstanceIds,
          vpcId: p.VpcId,
          vswitchId: p.VSwitchId,
          zoneId: p.ZoneId,
          securityGroupId: p.SecurityGroupId,
          privateIpAddresses: p.PrivateIpAddresses,
          publicIpAddresses: p.PublicIpAddresses,
          eipAddresses: p.EipAddresses,
          status: p.Status,
          instanceName: p.InstanceName,
          imageId: p.ImageId,
          instanceType: p.InstanceType,
          instanceChargeType: p.InstanceChargeType,
          internetChargeType: p.InternetChargeType,
          resourceGroupId: p.ResourceGroupId,
          tags: p.Tag,
          createdFrom,
          createdTo,
        });
      if (p.InstanceTypeFamily) rows = rows.filter((i) => instanceResponse(tx, i).InstanceTypeFamily === p.InstanceTypeFamily);
      if (p.HpcClusterId || p.HttpEndpoint || p.HttpTokens || p.HttpPutResponseHopLimit !== undefined) {
        rows = rows.filter((i) => {
          const shown = instanceResponse(tx, i);
          const m = shown.MetadataOptions;
          return (!p.HpcClusterId || shown.HpcClusterId === p.HpcClusterId)
            && (!p.HttpEndpoint || m.HttpEndpoint === p.HttpEndpoint)
            && (!p.HttpTokens || m.HttpTokens === p.HttpTokens)
            && (p.HttpPutResponseHopLimit === undefined || m.HttpPutResponseHopLimit === p.HttpPutResponseHopLimit);
        });
      }
      const { items, meta } = paginate(rows, p);
      return { Instances: { Instance: items.map((i) => describedInstance(tx, i)) }, ...meta };
    });
  },
});

const describeInstanceAttribute = defineAction({
  name: 'DescribeInstanceAttribute',
  products: ['ecs'],
  regional: false,
  params: { RegionId: OPTIONAL_REGION, InstanceId: INSTANCE_ID },
  handle(ctx, p) {
    return readInstanceRegion(ctx, p.RegionId, p.InstanceId, (tx) => ({
      ...instanceResponse(tx, requireInstance(tx, p.InstanceId)),
      // DescribeInstances says `true`; DescribeInstanceAttribute says "optimized" (a string), as the real API does.
      IoOptimized: 'optimized',
    }));
  },
});

export const launchAndDescribeActions = [runInstances, createInstance, describeInstances, describeInstanceAttribute];
