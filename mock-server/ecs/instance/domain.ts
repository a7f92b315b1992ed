/**
 * ECS instances in a VPC: launch (RunInstances / CreateInstance), power state and deletion.
 * Changes to a running instance's network and groups are changes.ts; its addresses addresses.ts.
 *
 * Every function runs inside one synchronous store transaction, so the private IP chosen for an
 * instance cannot be taken by a concurrent request between the check and the write.
 */
import { given } from '../../domain/values';
import { InvalidDescriptionMalformed, InvalidParameter, InvalidParameterMismatch, InvalidZoneIdNotFound, MissingParameter } from '../../errors';
import { intToIp } from '../../../network-rules/cidr';
import type { DomainConfig } from '../../domain/config';
import { removeCascades, requireNoDependants, type DependantRow } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkEcsDescription, checkEcsName, checkHostName } from '../../domain/naming';
import { DISK_CATEGORIES } from '../../domain/region-catalog';
import { findZone } from '../../domain/regions';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { getVpc } from '../../vpc/vpc/domain';
import { getVSwitch, requireAvailableVSwitch } from '../../vpc/vswitch/domain';
import type { VSwitchRecord } from '../../vpc/vswitch/records';
import { ensureDefaultSecurityGroup, requireSecurityGroup } from '../security-group/domain';
import { DependencyViolationSecurityGroupInUse, InvalidSecurityGroupIdNotVpc } from '../security-group/errors';
import type { SecurityGroupRecord } from '../security-group/records';
import { allocateAddress, allocatePublicIp, checkRequestedAddress, usedAddresses } from './addresses';
import {
  DependencyViolationInstance,
  DependencyViolationInstanceInVSwitch,
  IncorrectInstanceStatus,
  IncorrectInstanceStatusInitializing,
  InstanceSecurityGroupLimitExceeded,
  InvalidHostNameMalformed,
  InvalidImageIdNotFound,
  InvalidInstanceIdNotFound,
  InvalidInstanceNameMalformed,
  InvalidInstanceTypeValueNotSupported,
  InvalidOperationDeletionProtection,
  InvalidParamAmount,
  InvalidSystemDiskCategoryValueNotSupported,
  InvalidSystemDiskSizeValueNotSupported,
  QuotaExceededPrivateIpAddress,
} from './errors';
import { INSTANCES, type InstanceRecord } from './records';
import { allocateIpv6, checkIpv6Request, usedIpv6 } from './ipv6';
import { storedFields, launchRenewal, type StoredLaunchOptions } from './stored-fields';
import { addDisks } from '../disk/records';

export const INSTANCE_STATUSES = ['Pending', 'Starting', 'Running', 'Stopping', 'Stopped'] as const;
/** Security groups an instance may belong to (the real default quota). */
export const MAX_GROUPS_PER_INSTANCE = 5;
/** Instances one RunInstances call may create. */
export const MAX_AMOUNT = 100;

export function instances(tx: Transaction) {
  return tx.table<InstanceRecord>(INSTANCES);
}

export function statusOf(inst: InstanceRecord, now: number): string {
  return currentStatus(inst.lifecycle, now);
}

export function requireInstance(tx: Transaction, id: string): InstanceRecord {
  const inst = instances(tx).get(id);
  if (!inst) {
    throw new InvalidInstanceIdNotFound(`The instance "${id}" does not exist in region ${tx.region}. Check the ID with DescribeInstances.`);
  }
  return inst;
}

export function checkInstanceName(name: string | undefined): string | undefined {
  return checkEcsName(name, 'instance name', InvalidInstanceNameMalformed);
}

/** ECS uses the same code as VSwitches for a bad description: InvalidDescription.Malformed. */
export function checkInstanceDescription(description: string | undefined): string | undefined {
  return description === undefined ? undefined : checkEcsDescription(description, 'instance description', InvalidDescriptionMalformed);
}

/** An instance goes into an existing, Available VSwitch. */
export function requireVSwitch(tx: Transaction, id: string, doing: string): VSwitchRecord {
  const vsw = getVSwitch(tx, id);
  requireAvailableVSwitch(tx, vsw, doing);
  return vsw;
}

/** Checks the requested groups: they exist, are in the VPC, and are at most five. */
export function resolveGroups(tx: Transaction, ids: string[], vpcId: string, param: string): SecurityGroupRecord[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_GROUPS_PER_INSTANCE) {
    throw new InstanceSecurityGroupLimitExceeded(`An instance can belong to at most ${MAX_GROUPS_PER_INSTANCE} security groups; ${unique.length} were given in ${param}.`);
  }
  return unique.map((id) => {
    const g = requireSecurityGroup(tx, id);
    if (!g.vpcId) {
      throw new InvalidSecurityGroupIdNotVpc(`The security group ${id} is a classic-network group (created without a VpcId), and instances in VPC ${vpcId} can only use VPC groups. Create the group with VpcId ${vpcId}.`);
    }
    if (g.vpcId !== vpcId) {
      throw new InvalidParameterMismatch(`The security group ${id} is in VPC ${g.vpcId}, but the VSwitch is in VPC ${vpcId}: an instance's security groups must be in its VPC.`);
    }
    return g;
  });
}

// ---- launch --------------------------------------------------------------------------------

export interface LaunchInput {
  imageId?: string;
  instanceType?: string;
  vswitchId?: string;
  zoneId?: string;
  privateIpAddress?: string;
  securityGroupId?: string;
  securityGroupIds?: string[];
  instanceName?: string;
  description?: string;
  hostName?: string;
  internetMaxBandwidthOut?: number;
  internetChargeType?: string;
  instanceChargeType?: string;
  amount?: number;
  minAmount?: number;
  uniqueSuffix?: boolean;
  /** One host name per instance (HostNames.N), instead of HostName. */
  hostNames?: string[];
  deletionProtection?: boolean;
  resourceGroupId?: string;
  systemDiskCategory?: string;
  systemDiskSize?: number;
  /** Ipv6AddressCount / Ipv6Address.N of the primary NIC (see ./ipv6.ts). */
  ipv6AddressCount?: number;
  ipv6Addresses?: string[];
  /** User data, key pair, system disk name/description and data disks: kept, not modelled (./stored-options.ts). */
  stored?: StoredLaunchOptions;
  tags: Tags;
}

/**
 * Cloud disk categories a system disk may have: the ones DescribeZones/DescribeAvailableResource
 * advertise, so what the zones data source offers always launches (local ephemeral_ssd disks are not
 * modelled).
 */
export const SYSTEM_DISK_CATEGORIES = DISK_CATEGORIES;
/** The API's default category for I/O-optimized instance types (all the sandbox offers). */
export const DEFAULT_SYSTEM_DISK_CATEGORY = 'cloud_efficiency';
/**
 * The API's default size is max{40, image size}; sandbox images carry no size, so it is 40 GiB.
 * Sizes run from 20 to 2048 GiB (the real lower bound is max{20, image size}).
 */
export const DEFAULT_SYSTEM_DISK_SIZE = 40;
export const SYSTEM_DISK_SIZE_RANGE = [20, 2048] as const;

function checkSystemDisk(category: string | undefined, size: number | undefined): { category: string; size: number } {
  const c = given(category) ? category : DEFAULT_SYSTEM_DISK_CATEGORY;
  if (!(SYSTEM_DISK_CATEGORIES as readonly string[]).includes(c)) {
    throw new InvalidSystemDiskCategoryValueNotSupported(`The SystemDisk.Category "${c}" is not supported: use one of ${SYSTEM_DISK_CATEGORIES.join(', ')}.`);
  }
  const [min, max] = SYSTEM_DISK_SIZE_RANGE;
  if (size !== undefined && (size < min || size > max)) {
    throw new InvalidSystemDiskSizeValueNotSupported(`The SystemDisk.Size ${size} is out of range: a system disk is ${min} to ${max} GiB.`);
  }
  return { category: c, size: size ?? DEFAULT_SYSTEM_DISK_SIZE };
}

/**
 * Creates `amount` instances. RunInstances starts them (Pending → Starting → Running);
 * CreateInstance leaves its one instance Stopped, as the real one does.
 */
export function launchInstances(tx: Transaction, config: DomainConfig, input: LaunchInput, start: boolean): InstanceRecord[] {
  const amount = input.amount ?? 1;
  if (amount < 1 || amount > MAX_AMOUNT) {
    throw new InvalidParamAmount(`The Amount ${amount} is invalid: RunInstances creates 1 to ${MAX_AMOUNT} instances per call.`);
  }
  if (input.minAmount !== undefined && (input.minAmount < 1 || input.minAmount > amount)) {
    throw new InvalidParamAmount(`The MinAmount ${input.minAmount} is invalid: it must be from 1 to Amount (${amount}).`);
  }
  if (!given(input.imageId)) throw new MissingParameter('The input parameter "ImageId" that is mandatory for processing this request is not supplied.');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$/.test(input.imageId)) {
    throw new InvalidImageIdNotFound(`The image "${input.imageId}" does not exist: image IDs are letters, digits, "_", "." and "-", such as ubuntu_22_04_x64_20G_alibase_20240130.vhd.`);
  }
  if (!given(input.instanceType)) throw new MissingParameter('The input parameter "InstanceType" that is mandatory for processing this request is not supplied.');
  if (!/^ecs\.[a-z0-9-]+\.[a-z0-9]+$/.test(input.instanceType)) {
    throw new InvalidInstanceTypeValueNotSupported(`The instance type "${input.instanceType}" is not supported: ECS instance types look like "ecs.g7.large". Call DescribeZones for the types each zone offers.`);
  }
  // The sandbox models VPC instances only; classic-network launches (no VSwitch) are refused.
  if (!given(input.vswitchId)) {
    throw new MissingParameter('The input parameter "VSwitchId" that is mandatory for processing this request is not supplied: instances in the sandbox are launched into a VPC VSwitch.');
  }
  const name = checkInstanceName(input.instanceName);
  const description = checkInstanceDescription(input.description);
  const systemDisk = checkSystemDisk(input.systemDiskCategory, input.systemDiskSize);
  const hostName = checkHostName(input.hostName, InvalidHostNameMalformed);
  const hostNames = (input.hostNames ?? []).map((h) => checkHostName(h, InvalidHostNameMalformed) ?? '');
  if (hostNames.length > 0 && (given(input.hostName) || hostNames.length !== amount)) {
    throw new InvalidParameter(`HostNames.N gives one host name per instance: give exactly Amount (${amount}) of them, and no HostName.`);
  }

  const vsw = requireVSwitch(tx, input.vswitchId, 'RunInstances');
  if (given(input.zoneId)) {
    if (!findZone(tx.region, input.zoneId)) {
      throw new InvalidZoneIdNotFound(`The zone "${input.zoneId}" does not exist in region ${tx.region}. Call DescribeZones for its zones.`);
    }
    if (input.zoneId !== vsw.zoneId) {
      throw new InvalidParameterMismatch(`The ZoneId ${input.zoneId} does not match VSwitch ${vsw.id}, which is in zone ${vsw.zoneId}. Leave ZoneId out or give ${vsw.zoneId}.`);
    }
  }
  const vpc = getVpc(tx, vsw.vpcId);

  if (given(input.securityGroupId) && input.securityGroupIds && input.securityGroupIds.length > 0) {
    throw new InvalidParameter('Give either SecurityGroupId or SecurityGroupIds.N, not both.');
  }
  const requested = given(input.securityGroupId) ? [input.securityGroupId] : (input.securityGroupIds ?? []);
  const groups =
    requested.length > 0
      ? resolveGroups(tx, requested, vpc.id, given(input.securityGroupId) ? 'SecurityGroupId' : 'SecurityGroupIds.N')
      : // Without a group, the instance joins its VPC's default group (created on first use).
        [ensureDefaultSecurityGroup(tx, vpc)];

  if (given(input.privateIpAddress) && amount > 1) {
    throw new InvalidParameter(`PrivateIpAddress ${input.privateIpAddress} can only be given when Amount is 1 (got ${amount}): each instance needs its own address.`);
  }
  const used = usedAddresses(tx, vsw.id);
  checkIpv6Request(input.ipv6AddressCount, input.ipv6Addresses);
  if ((input.ipv6Addresses ?? []).length > 0 && amount > 1) {
    throw new InvalidParameter(`Ipv6Address.N can only be given when Amount is 1 (got ${amount}): each instance needs its own addresses. Use Ipv6AddressCount instead.`);
  }
  // Only a launch that asks for IPv6 addresses reads the ones in use.
  const wantsIpv6 = (input.ipv6AddressCount ?? 0) > 0 || (input.ipv6Addresses ?? []).length > 0;
  const usedV6 = wantsIpv6 ? usedIpv6(tx, vsw.id) : new Set<bigint>();
  const bandwidth = input.internetMaxBandwidthOut ?? 0;
  const publicTaken = new Set<string>();
  const created: InstanceRecord[] = [];
  for (let n = 0; n < amount; n++) {
    let ip: number;
    try {
      ip = given(input.privateIpAddress) ? checkRequestedAddress(vsw, input.privateIpAddress, used) : allocateAddress(vsw, used);
    } catch (err) {
      // With MinAmount, the real API creates as many as it can once at least MinAmount fit.
      if (err instanceof QuotaExceededPrivateIpAddress && input.minAmount !== undefined && n >= input.minAmount) break;
      throw err;
    }
    used.add(ip);
    const id = newId('i');
    const suffix = input.uniqueSuffix && amount > 1 ? String(n + 1).padStart(3, '0') : '';
    const inst: InstanceRecord = {
      id,
      // The real API shows the instance ID as the name when none is given.
      name: name ? `${name}${suffix}` : id,
      description: description ?? '',
      hostName: hostNames[n] || (hostName ? `${hostName}${suffix}` : `iZ${id.slice(2)}Z`),
      imageId: input.imageId,
      instanceType: input.instanceType,
      zoneId: vsw.zoneId,
      vpcId: vpc.id,
      vswitchId: vsw.id,
      privateIp: intToIp(ip),
      securityGroupIds: groups.map((g) => g.id),
      internetMaxBandwidthOut: bandwidth,
      internetChargeType: input.internetChargeType ?? 'PayByTraffic',
      instanceChargeType: input.instanceChargeType ?? 'PostPaid',
      // The guide: a public IP is allocated only when the outbound bandwidth is above 0.
      publicIp: bandwidth > 0 ? allocatePublicIp(tx, publicTaken) : '',
      createdAt: tx.now,
      lifecycle: start ? transition(tx.now, config.asyncDelayMs, ['Pending', 'Starting'], 'Running') : transition(tx.now, config.asyncDelayMs, ['Pending'], 'Stopped'),
      startedSinceLastNetworkChange: start,
      tags: input.tags,
      deletionProtection: input.deletionProtection ?? false,
      // As for VPCs: a request that names no group puts the instance in the account's default one.
      resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
      systemDiskCategory: systemDisk.category,
      systemDiskSize: systemDisk.size,
      ...storedFields(id, input.stored),
    };
    const renewal = launchRenewal(inst.instanceChargeType, input.stored);
    if (renewal) inst.renewal = renewal;
    if (start) inst.startedAt = tx.now;
    const ipv6 = allocateIpv6(vsw, input.ipv6AddressCount ?? 0, input.ipv6Addresses, usedV6);
    if (ipv6.length > 0) inst.ipv6Addresses = ipv6;
    instances(tx).put(inst);
    // Tag.N also tags the instance's disks, as on the real cloud (volume_tags reads them back).
    addDisks(tx, id, [`d-${id.slice(2)}`, ...(inst.dataDisks ?? []).map((d) => d.diskId)], input.tags);
    created.push(inst);
  }
  return created;
}

// ---- power state and deletion --------------------------------------------------------------

export function put(tx: Transaction, inst: InstanceRecord, changes: Partial<InstanceRecord>): InstanceRecord {
  return instances(tx).put({ ...inst, ...changes });
}

/** The hint for an instance caught in a transitional status. */
function settling(status: string): string {
  return status === 'Pending' || status === 'Starting' || status === 'Stopping'
    ? ' It is changing state: poll DescribeInstances until it is Running or Stopped, then retry.'
    : '';
}

export function startInstance(tx: Transaction, config: DomainConfig, id: string): void {
  const inst = requireInstance(tx, id);
  const status = statusOf(inst, tx.now);
  if (status !== 'Stopped') {
    throw new IncorrectInstanceStatus(`The instance ${id} is ${status}; StartInstance needs a Stopped instance.${settling(status)}`);
  }
  put(tx, inst, {
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Starting'], 'Running'),
    startedSinceLastNetworkChange: true,
    startedAt: tx.now,
  });
}

export function stopInstance(tx: Transaction, config: DomainConfig, id: string, stoppedMode?: string): void {
  const inst = requireInstance(tx, id);
  const status = statusOf(inst, tx.now);
  if (status !== 'Running') {
    throw new IncorrectInstanceStatus(`The instance ${id} is ${status}; StopInstance needs a Running instance.${settling(status)}`);
  }
  // StoppedMode=StopCharging would release the public IP on the real cloud for some instance
  // families; the sandbox does not bill and always keeps the address.
  // The mode is kept for DescribeInstances' StoppedMode; each stop sets it anew (KeepCharging when not given).
  put(tx, inst, { lifecycle: transition(tx.now, config.asyncDelayMs, ['Stopping'], 'Stopped'), stoppedMode: stoppedMode ?? 'KeepCharging' });
}

export function deleteInstance(tx: Transaction, id: string, force: boolean): void {
  const inst = requireInstance(tx, id);
  const status = statusOf(inst, tx.now);
  if (status === 'Pending') {
    throw new IncorrectInstanceStatusInitializing(`The instance ${id} is still being created (Pending); wait until it is Running or Stopped, then delete it.`);
  }
  if (status === 'Starting' || status === 'Stopping') {
    throw new IncorrectInstanceStatus(`The instance ${id} is ${status}; wait until it is Running or Stopped, then delete it.`);
  }
  if (status === 'Running' && !force) {
    throw new IncorrectInstanceStatus(`The instance ${id} is Running: stop it first, or pass Force=true to release it while it runs.`);
  }
  if (inst.deletionProtection) {
    throw new InvalidOperationDeletionProtection(`The instance ${id} has deletion protection on. Turn it off with ModifyInstanceAttribute DeletionProtection=false first.`);
  }
  // Route entries whose next hop it is (rows the route-table family registers).
  requireNoDependants(tx, 'instance', id, 'delete');
  // What goes with it (its EIP is unbound and stays allocated, as on the real cloud).
  removeCascades(tx, 'instance', id);
  // Its private address is free again as soon as the row is gone (the VSwitch's
  // AvailableIpAddressCount is computed from the instances table).
  instances(tx).delete(id);
}

// ---- what this family registers about its parents ------------------------------------------

function firstWhere(tx: Transaction, test: (i: InstanceRecord) => boolean): InstanceRecord[] {
  const hit = instances(tx).find(test);
  return hit ? [hit] : [];
}

export const instanceDependants: DependantRow<InstanceRecord>[] = [
  {
    // Instances sit in VSwitches, so they go before them.
    parent: 'vpc',
    what: 'ECS instances',
    order: 20,
    find: (tx, vpcId) => firstWhere(tx, (i) => i.vpcId === vpcId),
    error: (vpcId, [instance]) =>
      new DependencyViolationInstance(`The VPC "${vpcId}" still has ECS instances (such as ${instance.id}). Release them with DeleteInstance first.`),
  },
  {
    parent: 'vswitch',
    what: 'ECS instances',
    order: 20,
    find: (tx, vswitchId) => firstWhere(tx, (i) => i.vswitchId === vswitchId),
    error: (vswitchId, [instance]) =>
      new DependencyViolationInstanceInVSwitch(`The VSwitch "${vswitchId}" still has ECS instances (such as ${instance.id}). Release them with DeleteInstance, or move them to another VSwitch, first.`),
  },
  {
    parent: 'securityGroup',
    what: 'member instances',
    order: 20,
    find: (tx, groupId) => instances(tx).filter((i) => i.securityGroupIds.includes(groupId)),
    error: (groupId, members) =>
      new DependencyViolationSecurityGroupInUse(
        `The security group "${groupId}" is still used by ${members.length} instance(s) (${members.slice(0, 5).map((i) => i.id).join(', ')}). Delete them or move them to another group (ModifyInstanceAttribute SecurityGroupIds.N) first.`,
      ),
  },
];
