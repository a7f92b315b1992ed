/**
 * ECS 2014-05-26 actions: the subset networks need (instances, security groups, regions and
 * zones, ECS tags). Each action declares every parameter the official SDK
 * (@alicloud/ecs20140526) can send, so an SDK call is never refused as UnsupportedParameter;
 * parameters that the sandbox does not model (billing, disks, images, metadata options …) are
 * accepted and ignored, and are grouped under `ignored(...)` so that is visible.
 *
 * The rules live in domain/instance.ts, domain/security-group.ts and domain/ecs-tags.ts; these
 * adapters only map parameters onto them and results onto the real response shapes.
 */
import { DryRunOperation, InvalidInstanceIdNotFound, InvalidNetworkTypeNotFound, InvalidNextTokenMalformed, InvalidParameter, InvalidStatusNotFound, MissingParameter } from '../errors';
import { listTagResources, tagResources, untagResources } from '../domain/ecs-tags';
import {
  INSTANCE_STATUSES,
  deleteInstance,
  filterInstances,
  instanceResponse,
  joinSecurityGroup,
  launchInstances,
  leaveSecurityGroup,
  modifyInstanceAttribute,
  modifyInstanceNetworkSpec,
  modifyInstanceVpcAttribute,
  requireInstance,
  startInstance,
  stopInstance,
  systemDiskResponse,
  type LaunchInput,
} from '../domain/instance';
import { TABLES, type InstanceRecord, type SecurityGroupRecord } from '../domain/records';
import { DESTINATION_RESOURCES, allRegions, availableResources, requireRegion, zoneOffering } from '../domain/region-catalog';
import { findRegion } from '../domain/regions';
import {
  authorize,
  createSecurityGroup,
  deleteSecurityGroup,
  ecsTagsResponse,
  groupCapacity,
  instancesInGroup,
  modifyRule,
  modifySecurityGroupAttribute,
  modifySecurityGroupPolicy,
  permissionResponse,
  requireSecurityGroup,
  revoke,
  type Direction,
  type RuleInput,
} from '../domain/security-group';
import { tagsFromParams } from '../domain/tags';
import type { Transaction } from '../store/store';
import { boolean, integer, jsonStringArray, list, objects, required, string, tags, type ParamSpec } from '../wire/params';
import { defineAction, type ActionContext, type ActionDefinition } from './registry';

// ---- parameter helpers ---------------------------------------------------------------------

/** Parameters the SDK may send that the sandbox accepts and deliberately ignores. */
function ignored(...names: string[]): Record<string, ParamSpec<string>> {
  return Object.fromEntries(names.map((n) => [n, string({ maxLength: 64 * 1024 })]));
}

/** Repeated objects whose fields are all accepted and ignored. */
function ignoredObjects(...fields: string[]) {
  return objects(Object.fromEntries(fields.map((f) => [f, string()])) as Record<string, ParamSpec<string>>);
}

const CLIENT_TOKEN = string({ maxLength: 64 });
const DRY_RUN = boolean();

function dryRunCheck(dryRun: boolean | undefined): void {
  if (dryRun) {
    // Thrown inside the transaction, after every check: nothing the request did is kept.
    throw new DryRunOperation('Request validation has been passed with DryRun flag set.');
  }
}

function ecsConfig(ctx: ActionContext) {
  return { asyncDelayMs: ctx.config.asyncDelayMs };
}

/**
 * Instance actions whose SDK request has no RegionId (StartInstance, StopInstance,
 * DeleteInstance, DescribeInstanceAttribute, ModifyInstance*): the real cloud finds the instance
 * from its ID behind a regional or global endpoint. Here they are non-regional: a RegionId, when
 * sent, is checked and used; otherwise the instance is looked up in the caller's regions.
 */
function instanceRegion(ctx: ActionContext, regionId: string | undefined, instanceId: string): string {
  if (regionId) {
    requireRegion(regionId);
    return regionId;
  }
  const hit = ctx
    .regionsWithData()
    .find((r) => ctx.readIn(r, (tx) => !!tx.table<InstanceRecord>(TABLES.instances).get(instanceId)));
  if (!hit) throw new InvalidInstanceIdNotFound(`The instance "${instanceId}" does not exist. Check the ID with DescribeInstances.`);
  return hit;
}

function onInstance<R>(ctx: ActionContext, regionId: string | undefined, instanceId: string, fn: (tx: Transaction) => R): Promise<R> {
  const region = instanceRegion(ctx, regionId, instanceId);
  return ctx.transactIn(region, fn);
}

function readInstanceRegion<R>(ctx: ActionContext, regionId: string | undefined, instanceId: string, fn: (tx: Transaction) => R): R {
  const region = instanceRegion(ctx, regionId, instanceId);
  return ctx.readIn(region, fn);
}

// ---- pagination ----------------------------------------------------------------------------

function encodeToken(offset: number): string {
  return Buffer.from(`ecs:${offset}`).toString('base64url');
}

function decodeToken(token: string): number {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = /^ecs:(\d{1,9})$/.exec(text);
  if (!m) throw new InvalidNextTokenMalformed(`The NextToken "${token.slice(0, 80)}" is not one this endpoint returned; pass the NextToken of the previous page, or leave it out to start over.`);
  return Number(m[1]);
}

interface PageParams {
  PageNumber?: number;
  PageSize?: number;
  MaxResults?: number;
  NextToken?: string;
}

/**
 * PageNumber/PageSize paging, or MaxResults/NextToken when either of those is given (the real
 * Describe* actions take both styles).
 */
function paginate<T>(rows: T[], p: PageParams, defaultSize = 10): { items: T[]; meta: Record<string, unknown> } {
  if (p.NextToken || p.MaxResults !== undefined) {
    const offset = p.NextToken ? decodeToken(p.NextToken) : 0;
    const size = p.MaxResults ?? defaultSize;
    const items = rows.slice(offset, offset + size);
    const next = offset + size < rows.length ? encodeToken(offset + size) : '';
    return { items, meta: { TotalCount: rows.length, NextToken: next, MaxResults: size } };
  }
  const pageNumber = p.PageNumber ?? 1;
  const pageSize = p.PageSize ?? defaultSize;
  const items = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return { items, meta: { TotalCount: rows.length, PageNumber: pageNumber, PageSize: pageSize, NextToken: '' } };
}

// ---- instances -----------------------------------------------------------------------------

const TAG = tags();

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
  ClientToken: CLIENT_TOKEN,
  DryRun: DRY_RUN,
  // Billing, disks, images, login, placement and metadata options: accepted, not modelled.
  ...ignored(
    'Affinity', 'AutoRenew', 'AutoRenewPeriod', 'CreditSpecification', 'DedicatedHostId', 'DeploymentSetGroupNo', 'DeploymentSetId',
    'HpcClusterId', 'HttpEndpoint', 'HttpPutResponseHopLimit', 'HttpTokens', 'ImageFamily', 'InternetMaxBandwidthIn', 'IoOptimized',
    'KeyPairName', 'ManagedHostId', 'Password', 'PasswordInherit', 'Period', 'PeriodUnit', 'RamRoleName', 'SecurityEnhancementStrategy',
    'SpotDuration', 'SpotInterruptionBehavior', 'SpotPriceLimit', 'SpotStrategy', 'StorageSetId', 'StorageSetPartitionNumber', 'Tenancy',
    'UserData', 'HibernationOptions.Configured', 'PrivatePoolOptions.Id', 'PrivatePoolOptions.MatchCriteria',
    'SystemDisk.Description', 'SystemDisk.DiskName', 'SystemDisk.PerformanceLevel', 'SystemDisk.StorageClusterId',
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

export const runInstances = defineAction({
  name: 'RunInstances',
  products: ['ecs'],
  params: {
    ...LAUNCH_COMMON,
    SecurityGroupIds: list(string({ maxLength: 64 }), { maxItems: 16 }),
    Amount: integer(),
    MinAmount: integer(),
    UniqueSuffix: boolean(),
    HostNames: list(string({ maxLength: 256 })),
    // IPv6 is refused with a clear message (the VSwitches have no IPv6 block).
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
    // The primary NIC may be described here instead of by the top-level VSwitchId /
    // PrivateIpAddress / SecurityGroupId(s); secondary NICs (ENIs) are not modelled and ignored.
    NetworkInterface: objects({
      InstanceType: string(),
      VSwitchId: string({ maxLength: 64 }),
      PrimaryIpAddress: string({ maxLength: 64 }),
      SecurityGroupId: string({ maxLength: 64 }),
      SecurityGroupIds: list(string({ maxLength: 64 })),
      ...ignored(
        'DeleteOnRelease', 'Description', 'NetworkCardIndex', 'NetworkInterfaceId', 'NetworkInterfaceName',
        'NetworkInterfaceTrafficMode', 'QueueNumber', 'QueuePairNumber', 'RxQueueSize', 'SecondaryPrivateIpAddressCount', 'SourceDestCheck', 'TxQueueSize',
      ),
      Ipv6Address: list(string()),
      Ipv6AddressCount: string({ maxLength: 16 }),
    }, { maxItems: 8 }),
  },
  async handle(ctx, p) {
    const input = launchInput(p);
    input.securityGroupIds = p.SecurityGroupIds;
    input.amount = p.Amount ?? 1;
    input.minAmount = p.MinAmount;
    input.uniqueSuffix = p.UniqueSuffix;
    input.hostNames = p.HostNames;
    if ((p.Ipv6Address ?? []).length > 0 || Number(p.Ipv6AddressCount ?? 0) > 0 || (p.NetworkInterface ?? []).some((n) => (n.Ipv6Address ?? []).length > 0 || Number(n.Ipv6AddressCount ?? 0) > 0)) {
      // The sandbox's VSwitches have no IPv6 block, so no address could be given; saying so beats
      // silently launching an instance without the IPv6 address the caller asked for.
      throw new InvalidParameter('IPv6 addresses (Ipv6Address.N / Ipv6AddressCount) cannot be assigned: the sandbox models IPv4 VSwitches only.');
    }
    const primary = (p.NetworkInterface ?? []).find((n) => (n.InstanceType ?? 'Primary').toLowerCase() === 'primary');
    if (primary) {
      input.vswitchId ||= primary.VSwitchId;
      input.privateIpAddress ||= primary.PrimaryIpAddress;
      if (!input.securityGroupId && !(input.securityGroupIds?.length)) {
        input.securityGroupId = primary.SecurityGroupId;
        input.securityGroupIds = primary.SecurityGroupIds;
      }
    }
    const ids = await ctx.transact((tx) => {
      const created = launchInstances(tx, ecsConfig(ctx), input, true);
      dryRunCheck(p.DryRun);
      return created.map((i) => i.id);
    });
    return { InstanceIdSets: { InstanceIdSet: ids }, OrderId: '', TradePrice: 0 };
  },
});

export const createInstance = defineAction({
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
      const [created] = launchInstances(tx, ecsConfig(ctx), launchInput(p), false);
      dryRunCheck(p.DryRun);
      return created.id;
    });
    return { InstanceId: id, OrderId: '', TradePrice: 0 };
  },
});

/** A stable, fake MAC address for the instance's primary NIC. */
function macOf(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const bytes = [0x00, 0x16, 0x3e, (h >>> 16) & 0x7f, (h >>> 8) & 0xff, h & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

function describedInstance(tx: Transaction, inst: InstanceRecord) {
  return {
    ...instanceResponse(tx, inst),
    Tags: ecsTagsResponse(inst.tags),
    // The primary NIC only; ENIs are not modelled. Its ID is derived from the instance ID.
    NetworkInterfaces: {
      NetworkInterface: [
        {
          NetworkInterfaceId: `eni-${inst.id.slice(2)}`,
          Type: 'Primary',
          MacAddress: macOf(inst.id),
          PrimaryIpAddress: inst.privateIp,
          PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: inst.privateIp, Primary: true }] },
        },
      ],
    },
  };
}

const UNMODELLED_FILTERS = ['InnerIpAddresses', 'EipAddresses', 'RdmaIpAddresses', 'KeyPairName', 'LockReason', 'HpcClusterId'] as const;

export const describeInstances = defineAction({
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
    // pairs, locks, HPC clusters): when given they match no instance, which is the true answer.
    InnerIpAddresses: jsonStringArray({ maxItems: 100 }),
    EipAddresses: jsonStringArray({ maxItems: 100 }),
    RdmaIpAddresses: jsonStringArray({ maxItems: 100 }),
    ...ignored('KeyPairName', 'LockReason', 'HpcClusterId'),
    // Output options and metadata-service filters: accepted, not modelled.
    AdditionalAttributes: list(string()),
    Ipv6Address: list(string()),
    ...ignored('DeviceAvailable', 'HttpEndpoint', 'HttpPutResponseHopLimit', 'HttpTokens', 'IoOptimized', 'NeedSaleCycle'),
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
    if (p.DryRun) dryRunCheck(true);
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
      const { items, meta } = paginate(rows, p);
      return { Instances: { Instance: items.map((i) => describedInstance(tx, i)) }, ...meta };
    });
  },
});

const INSTANCE_ID = required(string({ maxLength: 64 }));
/** Non-regional instance actions still take an optional RegionId (see instanceRegion). */
const OPTIONAL_REGION = string({ maxLength: 64 });

export const describeInstanceAttribute = defineAction({
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

export const startInstanceAction = defineAction({
  name: 'StartInstance',
  products: ['ecs'],
  regional: false,
  params: { RegionId: OPTIONAL_REGION, InstanceId: INSTANCE_ID, DryRun: DRY_RUN, ...ignored('InitLocalDisk') },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => {
      startInstance(tx, ecsConfig(ctx), p.InstanceId);
      dryRunCheck(p.DryRun);
    });
    return {};
  },
});

export const stopInstanceAction = defineAction({
  name: 'StopInstance',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    DryRun: DRY_RUN,
    ForceStop: boolean(),
    StoppedMode: string({ enum: ['StopCharging', 'KeepCharging'] }),
    // Accepted, not modelled: the sandbox's stop is always a clean stop.
    ...ignored('ConfirmStop', 'Hibernate'),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => {
      stopInstance(tx, ecsConfig(ctx), p.InstanceId);
      dryRunCheck(p.DryRun);
    });
    return {};
  },
});

export const deleteInstanceAction = defineAction({
  name: 'DeleteInstance',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    Force: boolean(),
    DryRun: DRY_RUN,
    // Accepted, not modelled (no subscriptions; Force already releases a running instance).
    ...ignored('ForceStop', 'TerminateSubscription'),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => {
      deleteInstance(tx, p.InstanceId, p.Force ?? false);
      dryRunCheck(p.DryRun);
    });
    return {};
  },
});

export const modifyInstanceVpcAttributeAction = defineAction({
  name: 'ModifyInstanceVpcAttribute',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    VSwitchId: required(string({ maxLength: 64 })),
    PrivateIpAddress: string({ maxLength: 64 }),
    VpcId: string({ maxLength: 64 }),
    SecurityGroupId: list(string({ maxLength: 64 }), { maxItems: 16 }),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) =>
      modifyInstanceVpcAttribute(tx, p.InstanceId, {
        vswitchId: p.VSwitchId,
        privateIpAddress: p.PrivateIpAddress,
        vpcId: p.VpcId,
        securityGroupIds: p.SecurityGroupId,
      }),
    );
    return {};
  },
});

export const modifyInstanceAttributeAction = defineAction({
  name: 'ModifyInstanceAttribute',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    InstanceName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    HostName: string({ maxLength: 256 }),
    SecurityGroupIds: list(string({ maxLength: 64 }), { maxItems: 16 }),
    DeletionProtection: boolean(),
    // Passwords, user data, CPU, DNS and NIC queue options: accepted, not modelled.
    ...ignored(
      'Password', 'UserData', 'Recyclable', 'CreditSpecification', 'EnableJumboFrame', 'EnableNetworkEncryption', 'NetworkInterfaceQueueNumber',
      'CpuOptions.Core', 'CpuOptions.NestedVirtualization', 'CpuOptions.ThreadsPerCore', 'CpuOptions.TopologyType',
      'PrivateDnsNameOptions.EnableInstanceIdDnsAAAARecord', 'PrivateDnsNameOptions.EnableInstanceIdDnsARecord', 'PrivateDnsNameOptions.EnableIpDnsARecord',
      'PrivateDnsNameOptions.EnableIpDnsPtrRecord', 'PrivateDnsNameOptions.HostnameType', 'RemoteConnectionOptions.Password', 'RemoteConnectionOptions.Type',
    ),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) =>
      modifyInstanceAttribute(tx, p.InstanceId, {
        instanceName: p.InstanceName,
        description: p.Description,
        hostName: p.HostName,
        securityGroupIds: p.SecurityGroupIds,
        deletionProtection: p.DeletionProtection,
      }),
    );
    return {};
  },
});

export const modifyInstanceNetworkSpecAction = defineAction({
  name: 'ModifyInstanceNetworkSpec',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    InternetMaxBandwidthOut: integer({ min: 0, max: 100 }),
    AllocatePublicIp: boolean(),
    // Switches the instance's InternetChargeType (shown by DescribeInstances).
    NetworkChargeType: string({ enum: ['PayByTraffic', 'PayByBandwidth'] }),
    ClientToken: CLIENT_TOKEN,
    // Billing and inbound-bandwidth options: accepted, not modelled.
    ...ignored('AutoPay', 'EndTime', 'ISP', 'InternetMaxBandwidthIn', 'StartTime'),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) =>
      modifyInstanceNetworkSpec(tx, p.InstanceId, p.InternetMaxBandwidthOut, p.AllocatePublicIp, p.NetworkChargeType),
    );
    return { OrderId: '' };
  },
});

const DISK_TYPES = ['all', 'system', 'data'] as const;

/**
 * DescribeDisks, for the disks the sandbox has: each instance's system disk (category and size as
 * launched). Data disks are not modelled, so DiskType=data and data-disk-only filters list nothing.
 */
export const describeDisks = defineAction({
  name: 'DescribeDisks',
  products: ['ecs'],
  params: {
    InstanceId: string({ maxLength: 64 }),
    DiskIds: jsonStringArray({ maxItems: 100 }),
    DiskType: string({ enum: DISK_TYPES }),
    Category: string({ maxLength: 64 }),
    ZoneId: string({ maxLength: 64 }),
    Status: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    Tag: TAG,
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 100 }),
    MaxResults: integer({ min: 1, max: 500 }),
    NextToken: string({ maxLength: 256 }),
    DryRun: DRY_RUN,
    // Snapshot, encryption, sharing and lock filters, and output options: accepted, not modelled.
    AdditionalAttributes: list(string()),
    Filter: objects({ Key: string({ maxLength: 64 }), Value: string({ maxLength: 64 }) }, { maxItems: 10 }),
    ...ignored(
      'AutoSnapshotPolicyId', 'DeleteAutoSnapshot', 'DeleteWithInstance', 'DiskChargeType', 'DiskName', 'EnableAutoSnapshot',
      'EnableAutomatedSnapshotPolicy', 'EnableShared', 'Encrypted', 'KMSKeyId', 'LockReason', 'MultiAttach', 'Portable', 'SnapshotId',
    ),
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunCheck(true);
    return ctx.read((tx) => {
      const rows = p.DiskType === 'data'
        ? []
        : filterInstances(tx, { instanceIds: p.InstanceId ? [p.InstanceId] : undefined, zoneId: p.ZoneId, resourceGroupId: p.ResourceGroupId })
          .map((i) => systemDiskResponse(tx, i))
          .filter((d) =>
            (!p.DiskIds || p.DiskIds.includes(d.DiskId)) &&
            (!p.Category || d.Category === p.Category) &&
            (!p.Status || d.Status === p.Status) &&
            // System disks carry no tags here, so any tag filter matches none.
            (p.Tag ?? []).length === 0);
      const { items, meta } = paginate(rows, p);
      return { Disks: { Disk: items }, ...meta };
    });
  },
});

const MEMBERSHIP = {
  InstanceId: string({ maxLength: 64 }),
  SecurityGroupId: required(string({ maxLength: 64 })),
  NetworkInterfaceId: string({ maxLength: 64 }),
};

function membershipTarget(p: { InstanceId?: string; NetworkInterfaceId?: string }): string {
  if (p.NetworkInterfaceId) {
    throw new InvalidParameter(`NetworkInterfaceId "${p.NetworkInterfaceId}": elastic network interfaces are not modelled by the sandbox; give InstanceId instead.`);
  }
  if (!p.InstanceId) throw new MissingParameter('The input parameter "InstanceId" that is mandatory for processing this request is not supplied.');
  return p.InstanceId;
}

export const joinSecurityGroupAction = defineAction({
  name: 'JoinSecurityGroup',
  products: ['ecs'],
  params: MEMBERSHIP,
  async handle(ctx, p) {
    const id = membershipTarget(p);
    await ctx.transact((tx) => joinSecurityGroup(tx, id, p.SecurityGroupId));
    return {};
  },
});

export const leaveSecurityGroupAction = defineAction({
  name: 'LeaveSecurityGroup',
  products: ['ecs'],
  params: MEMBERSHIP,
  async handle(ctx, p) {
    const id = membershipTarget(p);
    await ctx.transact((tx) => leaveSecurityGroup(tx, id, p.SecurityGroupId));
    return {};
  },
});

// ---- security groups -----------------------------------------------------------------------

const SG_ID = required(string({ maxLength: 64 }));

export const createSecurityGroupAction = defineAction({
  name: 'CreateSecurityGroup',
  products: ['ecs'],
  params: {
    VpcId: string({ maxLength: 64 }),
    SecurityGroupName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    SecurityGroupType: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    Tag: TAG,
    ClientToken: CLIENT_TOKEN,
    // Accepted, not modelled: groups are never managed by another cloud service here.
    ...ignored('ServiceManaged'),
  },
  async handle(ctx, p) {
    if (!p.VpcId) {
      // Without VpcId the real API creates a classic-network group; the sandbox has only VPCs.
      throw new MissingParameter('The input parameter "VpcId" is mandatory in the sandbox: it models VPC security groups only (no classic network). Give the VPC the group belongs to.');
    }
    const tags = tagsFromParams(p.Tag);
    const id = await ctx.transact((tx) =>
      createSecurityGroup(tx, {
        vpcId: p.VpcId!,
        name: p.SecurityGroupName,
        description: p.Description,
        type: p.SecurityGroupType,
        resourceGroupId: p.ResourceGroupId,
        tags,
      }).id,
    );
    return { SecurityGroupId: id };
  },
});

function groupResponse(tx: Transaction, g: SecurityGroupRecord) {
  const members = instancesInGroup(tx, g.id).length;
  return {
    SecurityGroupId: g.id,
    SecurityGroupName: g.name,
    Description: g.description,
    SecurityGroupType: g.securityGroupType,
    VpcId: g.vpcId,
    CreationTime: new Date(g.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    EcsCount: members,
    AvailableInstanceAmount: groupCapacity(g) - members,
    ResourceGroupId: g.resourceGroupId,
    ServiceManaged: false,
    ServiceID: 0,
    RuleCount: g.rules.length,
    GroupToGroupRuleCount: g.rules.filter((r) => r.sourceGroupId || r.destGroupId).length,
    Tags: ecsTagsResponse(g.tags),
  };
}

export const describeSecurityGroups = defineAction({
  name: 'DescribeSecurityGroups',
  products: ['ecs'],
  params: {
    VpcId: string({ maxLength: 64 }),
    SecurityGroupId: string({ maxLength: 64 }),
    SecurityGroupIds: jsonStringArray({ maxItems: 100 }),
    SecurityGroupName: string({ maxLength: 256 }),
    SecurityGroupType: string({ maxLength: 32 }),
    NetworkType: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    FuzzyQuery: boolean(),
    ServiceManaged: boolean(),
    Tag: TAG,
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 50 }),
    MaxResults: integer({ min: 1, max: 100 }),
    NextToken: string({ maxLength: 256 }),
    DryRun: DRY_RUN,
    // EcsCount is always returned: accepted, nothing to switch.
    ...ignored('IsQueryEcsCount'),
  },
  handle(ctx, p) {
    if (p.NetworkType && !['vpc', 'classic'].includes(p.NetworkType.toLowerCase())) {
      throw new InvalidNetworkTypeNotFound(`The NetworkType "${p.NetworkType}" does not exist: use "vpc" or "classic".`);
    }
    if (p.DryRun) dryRunCheck(true);
    return ctx.read((tx) => {
      const rows =
        p.NetworkType?.toLowerCase() === 'classic' || p.ServiceManaged === true
          ? []
          : tx.table<SecurityGroupRecord>(TABLES.securityGroups).filter((g) => {
            if (p.VpcId && g.vpcId !== p.VpcId) return false;
            if (p.SecurityGroupId && g.id !== p.SecurityGroupId) return false;
            if (p.SecurityGroupIds && !p.SecurityGroupIds.includes(g.id)) return false;
            if (p.SecurityGroupName && (p.FuzzyQuery ? !g.name.includes(p.SecurityGroupName) : g.name !== p.SecurityGroupName)) return false;
            if (p.SecurityGroupType && g.securityGroupType !== p.SecurityGroupType) return false;
            if (p.ResourceGroupId && g.resourceGroupId !== p.ResourceGroupId) return false;
            return (p.Tag ?? []).every((t) => t.Key !== undefined && t.Key in g.tags && (t.Value === undefined || g.tags[t.Key] === t.Value));
          });
      const { items, meta } = paginate(rows, p);
      return { RegionId: ctx.region, SecurityGroups: { SecurityGroup: items.map((g) => groupResponse(tx, g)) }, ...meta };
    });
  },
});

export const describeSecurityGroupAttribute = defineAction({
  name: 'DescribeSecurityGroupAttribute',
  products: ['ecs'],
  params: {
    SecurityGroupId: SG_ID,
    Direction: string({ enum: ['ingress', 'egress', 'all'], ignoreCase: true }),
    // Any NicType is tolerated (the Terraform provider may send "<nil>"); VPC groups only have
    // intranet rules, so "internet" lists none.
    NicType: string({ maxLength: 32 }),
    MaxResults: integer({ min: 1, max: 1000 }),
    NextToken: string({ maxLength: 256 }),
    // Asks for snapshot policy IDs, which the sandbox does not model: accepted, ignored.
    ...ignored('Attribute'),
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const g = requireSecurityGroup(tx, p.SecurityGroupId);
      const direction = (p.Direction ?? 'all').toLowerCase();
      const rules = g.rules.filter((r) => (direction === 'all' || r.direction === direction) && (p.NicType ?? '').toLowerCase() !== 'internet');
      let items = rules;
      let next: string | undefined;
      if (p.MaxResults !== undefined || p.NextToken) {
        const page = paginate(rules, p, 1000);
        items = page.items;
        next = page.meta.NextToken as string;
      }
      return {
        RegionId: ctx.region,
        SecurityGroupId: g.id,
        SecurityGroupName: g.name,
        Description: g.description,
        VpcId: g.vpcId,
        InnerAccessPolicy: g.innerAccessPolicy,
        Permissions: { Permission: items.map((r) => permissionResponse(tx, r)) },
        ...(next !== undefined ? { NextToken: next } : {}),
      };
    });
  },
});

export const modifySecurityGroupAttributeAction = defineAction({
  name: 'ModifySecurityGroupAttribute',
  products: ['ecs'],
  params: { SecurityGroupId: SG_ID, SecurityGroupName: string({ maxLength: 256 }), Description: string({ maxLength: 1024 }) },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifySecurityGroupAttribute(tx, p.SecurityGroupId, p.SecurityGroupName, p.Description));
    return {};
  },
});

export const modifySecurityGroupPolicyAction = defineAction({
  name: 'ModifySecurityGroupPolicy',
  products: ['ecs'],
  params: { SecurityGroupId: SG_ID, InnerAccessPolicy: required(string({ maxLength: 16 })), ClientToken: CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifySecurityGroupPolicy(tx, p.SecurityGroupId, p.InnerAccessPolicy));
    return {};
  },
});

export const deleteSecurityGroupAction = defineAction({
  name: 'DeleteSecurityGroup',
  products: ['ecs'],
  params: { SecurityGroupId: SG_ID },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteSecurityGroup(tx, p.SecurityGroupId));
    return {};
  },
});

// ---- rules ---------------------------------------------------------------------------------

const RULE_FIELDS = [
  'IpProtocol', 'PortRange', 'SourcePortRange', 'Policy', 'Priority', 'NicType', 'Description', 'SourceCidrIp', 'DestCidrIp',
  'Ipv6SourceCidrIp', 'Ipv6DestCidrIp', 'PortRangeListId',
] as const;
const INGRESS_PEER_FIELDS = ['SourceGroupId', 'SourceGroupOwnerId', 'SourceGroupOwnerAccount', 'SourcePrefixListId'] as const;
const EGRESS_PEER_FIELDS = ['DestGroupId', 'DestGroupOwnerId', 'DestGroupOwnerAccount', 'DestPrefixListId'] as const;

/**
 * The rule fields of one direction, as strings so the service reports the real rule codes.
 * The opposite-side CIDR (DestCidrIp on an ingress rule, SourceCidrIp on an egress rule) narrows
 * the rule to some of the group's own addresses; it is accepted and not modelled.
 */
function ruleFieldSpecs(direction: Direction): Record<string, ParamSpec<string>> {
  const names = [...RULE_FIELDS, ...(direction === 'ingress' ? INGRESS_PEER_FIELDS : EGRESS_PEER_FIELDS)];
  return Object.fromEntries(names.map((n) => [n, string({ maxLength: 1024 })]));
}

type RuleParams = Partial<Record<(typeof RULE_FIELDS)[number] | (typeof INGRESS_PEER_FIELDS)[number] | (typeof EGRESS_PEER_FIELDS)[number], string>>;

function flatRule(p: RuleParams): RuleInput {
  const out: RuleInput = {};
  for (const k of [...RULE_FIELDS, ...INGRESS_PEER_FIELDS, ...EGRESS_PEER_FIELDS]) {
    if (p[k] !== undefined) out[k] = p[k];
  }
  return out;
}

/**
 * The rules of one Authorize/Revoke request: the `Permissions.N.*` entries, or the legacy flat
 * parameters. Mixing the two would leave it unclear which rule is meant, so it is refused.
 */
function ruleInputs(p: RuleParams & { Permissions?: RuleParams[] }, allowEmpty: boolean): Array<{ input: RuleInput; at: string }> {
  const perms = p.Permissions ?? [];
  const flat = flatRule(p);
  if (perms.length > 0) {
    if (flat.IpProtocol !== undefined) {
      throw new InvalidParameter('Give the rules either as Permissions.N.* or as the flat IpProtocol/PortRange/… parameters, not both.');
    }
    return perms.map((r, i) => ({ input: flatRule(r), at: `Permissions.${i + 1}.` }));
  }
  if (allowEmpty && flat.IpProtocol === undefined) return [];
  return [{ input: flat, at: '' }];
}

function authorizeAction(name: string, direction: Direction) {
  const fields = ruleFieldSpecs(direction);
  return defineAction({
    name,
    products: ['ecs'],
    params: {
      SecurityGroupId: SG_ID,
      ClientToken: CLIENT_TOKEN,
      ...fields,
      Permissions: objects(fields, { maxItems: 100 }),
    },
    async handle(ctx, p) {
      const inputs = ruleInputs(p as RuleParams & { Permissions?: RuleParams[] }, false);
      await ctx.transact((tx) => authorize(tx, p.SecurityGroupId, direction, inputs));
      return {};
    },
  });
}

function revokeAction(name: string, direction: Direction) {
  const fields = ruleFieldSpecs(direction);
  return defineAction({
    name,
    products: ['ecs'],
    params: {
      SecurityGroupId: SG_ID,
      ClientToken: CLIENT_TOKEN,
      SecurityGroupRuleId: list(string({ maxLength: 64 }), { maxItems: 100 }),
      ...fields,
      Permissions: objects(fields, { maxItems: 100 }),
    },
    async handle(ctx, p) {
      const ruleIds = p.SecurityGroupRuleId as string[] | undefined;
      const inputs = ruleInputs(p as RuleParams & { Permissions?: RuleParams[] }, (ruleIds ?? []).length > 0);
      await ctx.transact((tx) => revoke(tx, p.SecurityGroupId, direction, ruleIds, inputs));
      return {};
    },
  });
}

function modifyRuleAction(name: string, direction: Direction) {
  return defineAction({
    name,
    products: ['ecs'],
    params: {
      SecurityGroupId: SG_ID,
      SecurityGroupRuleId: string({ maxLength: 64 }),
      ClientToken: CLIENT_TOKEN,
      ...ruleFieldSpecs(direction),
    },
    async handle(ctx, p) {
      const input = flatRule(p as RuleParams);
      await ctx.transact((tx) => modifyRule(tx, p.SecurityGroupId, direction, p.SecurityGroupRuleId as string | undefined, input));
      return {};
    },
  });
}

// ---- regions and zones ---------------------------------------------------------------------

export const describeRegions = defineAction({
  name: 'DescribeRegions',
  products: ['ecs'],
  // The real action takes an optional RegionId and answers the same list whatever it is.
  regional: false,
  params: {
    // Filters on what may be bought where; every sandbox region offers everything: ignored.
    ...ignored('InstanceChargeType', 'ResourceType'),
  },
  handle() {
    return {
      Regions: {
        // Local names are English whatever AcceptLanguage says (the real default is zh-CN).
        Region: allRegions().map((r) => ({ RegionId: r.regionId, LocalName: r.localName, RegionEndpoint: `ecs.${r.regionId}.aliyuncs.com`, Status: 'available' })),
      },
    };
  },
});

export const describeZones = defineAction({
  name: 'DescribeZones',
  products: ['ecs'],
  params: {
    InstanceChargeType: string({ enum: ['PrePaid', 'PostPaid'] }),
    SpotStrategy: string({ enum: ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] }),
    // The details are always included (as with the real default Verbose=true).
    Verbose: boolean(),
  },
  handle(ctx) {
    const region = requireRegion(ctx.region);
    return { Zones: { Zone: region.zones.map(zoneOffering) } };
  },
});

export const describeAvailableResource = defineAction({
  name: 'DescribeAvailableResource',
  products: ['ecs'],
  params: {
    DestinationResource: required(string({ enum: DESTINATION_RESOURCES })),
    ZoneId: string({ maxLength: 64 }),
    InstanceType: string({ maxLength: 128 }),
    Cores: integer({ min: 1, max: 1024 }),
    Memory: string({ pattern: /^\d{1,5}(\.\d{1,3})?$/ }),
    SystemDiskCategory: string({ maxLength: 64 }),
    DataDiskCategory: string({ maxLength: 64 }),
    NetworkCategory: string({ maxLength: 32 }),
    InstanceChargeType: string({ enum: ['PrePaid', 'PostPaid'] }),
    SpotStrategy: string({ enum: ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] }),
    // Every sandbox zone has everything in stock, for any billing, scope or host: ignored.
    ...ignored('DedicatedHostId', 'IoOptimized', 'ResourceType', 'Scope', 'SpotDuration'),
  },
  handle(ctx, p) {
    const region = requireRegion(ctx.region);
    const zones = availableResources(region, {
      destination: p.DestinationResource as (typeof DESTINATION_RESOURCES)[number],
      zoneId: p.ZoneId,
      instanceType: p.InstanceType,
      cores: p.Cores,
      memoryGiB: p.Memory !== undefined ? Number(p.Memory) : undefined,
      systemDiskCategory: p.SystemDiskCategory,
      dataDiskCategory: p.DataDiskCategory,
      networkCategory: p.NetworkCategory,
    });
    return { AvailableZones: { AvailableZone: zones } };
  },
});

// ---- tags ----------------------------------------------------------------------------------

const RESOURCE_TYPE = required(string({ maxLength: 64 }));

export const tagResourcesAction = defineAction({
  name: 'TagResources',
  products: ['ecs'],
  params: {
    ResourceType: RESOURCE_TYPE,
    ResourceId: required(list(string({ maxLength: 64 }), { maxItems: 50 })),
    Tag: required(TAG),
  },
  async handle(ctx, p) {
    const t = tagsFromParams(p.Tag);
    await ctx.transact((tx) => tagResources(tx, p.ResourceType, p.ResourceId, t));
    return {};
  },
});

export const untagResourcesAction = defineAction({
  name: 'UntagResources',
  products: ['ecs'],
  params: {
    ResourceType: RESOURCE_TYPE,
    ResourceId: required(list(string({ maxLength: 64 }), { maxItems: 50 })),
    TagKey: list(string({ maxLength: 128 }), { maxItems: 20 }),
    All: boolean(),
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => untagResources(tx, p.ResourceType, p.ResourceId, p.TagKey, p.All ?? false));
    return {};
  },
});

/** Pairs per ListTagResources page (the real page size). */
const TAG_PAGE = 50;

export const listTagResourcesAction = defineAction({
  name: 'ListTagResources',
  products: ['ecs'],
  params: {
    ResourceType: RESOURCE_TYPE,
    ResourceId: list(string({ maxLength: 64 }), { maxItems: 50 }),
    Tag: TAG,
    TagFilter: objects({ TagKey: string({ maxLength: 128 }), TagValues: list(string({ maxLength: 128 }), { maxItems: 20 }) }, { maxItems: 5 }),
    NextToken: string({ maxLength: 256 }),
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const pairs = listTagResources(tx, p.ResourceType, p.ResourceId, p.Tag, p.TagFilter);
      const { items, meta } = paginate(pairs, { NextToken: p.NextToken, MaxResults: TAG_PAGE }, TAG_PAGE);
      return { TagResources: { TagResource: items }, NextToken: meta.NextToken };
    });
  },
});

/** ECS 2014-05-26 actions. */
export const ecsProductActions: ActionDefinition[] = [
  runInstances,
  createInstance,
  describeInstances,
  describeInstanceAttribute,
  startInstanceAction,
  stopInstanceAction,
  deleteInstanceAction,
  modifyInstanceVpcAttributeAction,
  modifyInstanceAttributeAction,
  modifyInstanceNetworkSpecAction,
  describeDisks,
  joinSecurityGroupAction,
  leaveSecurityGroupAction,
  createSecurityGroupAction,
  describeSecurityGroups,
  describeSecurityGroupAttribute,
  modifySecurityGroupAttributeAction,
  modifySecurityGroupPolicyAction,
  deleteSecurityGroupAction,
  authorizeAction('AuthorizeSecurityGroup', 'ingress'),
  authorizeAction('AuthorizeSecurityGroupEgress', 'egress'),
  revokeAction('RevokeSecurityGroup', 'ingress'),
  revokeAction('RevokeSecurityGroupEgress', 'egress'),
  modifyRuleAction('ModifySecurityGroupRule', 'ingress'),
  modifyRuleAction('ModifySecurityGroupEgressRule', 'egress'),
  describeRegions,
  describeZones,
  describeAvailableResource,
  tagResourcesAction,
  untagResourcesAction,
  listTagResourcesAction,
];
