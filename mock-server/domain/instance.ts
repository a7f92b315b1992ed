/**
 * ECS instances in a VPC: launch (RunInstances / CreateInstance), power state, deletion, moving
 * between VSwitches (ModifyInstanceVpcAttribute), attributes, security group membership and the
 * DescribeInstances view.
 *
 * Every function runs inside one synchronous store transaction, so the private IP chosen for an
 * instance cannot be taken by a concurrent request between the check and the write.
 */
import {
  DependencyViolationRouteEntryInstance,
  IncorrectInstanceStatus,
  IncorrectInstanceStatusInitializing,
  IncorrectInstanceStatusModify,
  IncorrectVSwitchStatus,
  InstanceSecurityGroupLimitExceeded,
  InvalidHostNameMalformed,
  InvalidImageIdNotFound,
  InvalidInstanceIdAlreadyExists,
  InvalidInstanceIdMismatch,
  InvalidInstanceIdNotFound,
  InvalidInstanceNameMalformed,
  InvalidInstanceTypeValueNotSupported,
  InvalidOperationDeletionProtection,
  InvalidParamAmount,
  InvalidParameter,
  InvalidParameterMismatch,
  InvalidPrivateIpAddress,
  InvalidPrivateIpAddressDuplicated,
  InvalidPrivateIpAddressMalformed,
  InvalidPrivateIpAddressMismatch,
  InvalidSecurityGroupAssociationNotFound,
  InvalidSecurityGroupIdNotFound,
  InvalidSystemDiskCategoryValueNotSupported,
  InvalidSystemDiskSizeValueNotSupported,
  InvalidVSwitchDescriptionMalformed,
  InvalidVSwitchIdMismatch,
  InvalidVSwitchIdNotFound,
  InvalidVpcIdNotFound,
  InvalidZoneIdNotFound,
  MissingParameter,
  OperationDenied,
  OperationDeniedNoStock,
  QuotaExceededPrivateIpAddress,
} from '../errors';
import type { Transaction } from '../store/store';
import { containsIp, intToIp, ipToInt, isIpv4, isReservedAddress, lastAddress, parseCidr, type Cidr } from './cidr';
import { newId } from './ids';
import { currentStatus, transition } from './lifecycle';
import { DISK_CATEGORIES, instanceTypeShape } from './region-catalog';
import { findZone } from './regions';
import {
  TABLES,
  type InstanceRecord,
  type RouteEntryRecord,
  type SecurityGroupRecord,
  type Tags,
  type VSwitchRecord,
  type VpcRecord,
} from './records';
import { ensureDefaultSecurityGroup, requireSecurityGroup } from './security-group';
import { DEFAULT_RESOURCE_GROUP_ID } from './vpc';

export const INSTANCE_STATUSES = ['Pending', 'Starting', 'Running', 'Stopping', 'Stopped'] as const;
/** Security groups an instance may belong to (the real default quota). */
export const MAX_GROUPS_PER_INSTANCE = 5;
/** Instances one RunInstances call may create. */
export const MAX_AMOUNT = 100;

export interface EcsConfig {
  asyncDelayMs: number;
}

function instances(tx: Transaction) {
  return tx.table<InstanceRecord>(TABLES.instances);
}

function given(v: string | undefined): v is string {
  return v !== undefined && v !== '';
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

// ---- names ---------------------------------------------------------------------------------

const NAME = /^\p{L}[\p{L}\p{N}._:-]{1,127}$/u;

function checkName(name: string | undefined): string | undefined {
  if (name === undefined || name === '') return undefined;
  if (!NAME.test(name) || /^https?:\/\//i.test(name)) {
    throw new InvalidInstanceNameMalformed(
      `The instance name "${name}" is invalid: use 2 to 128 characters that start with a letter and contain only letters, digits, ".", "_", "-" and ":".`,
    );
  }
  return name;
}

function checkDescription(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  if (description !== '' && (description.length < 2 || description.length > 256 || /^https?:\/\//i.test(description))) {
    // ECS uses the same code as VSwitches for a bad description: InvalidDescription.Malformed.
    throw new InvalidVSwitchDescriptionMalformed(`The instance description "${description.slice(0, 80)}" is invalid: use 2 to 256 characters, not starting with http:// or https://.`);
  }
  return description;
}

/** Linux host names: 2–64 characters of letters, digits, "." and "-", not starting or ending with "." or "-". */
function checkHostName(hostName: string | undefined): string | undefined {
  if (hostName === undefined || hostName === '') return undefined;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,62}[A-Za-z0-9])$/.test(hostName) || /\.\.|\.-|-\./.test(hostName)) {
    throw new InvalidHostNameMalformed(
      `The host name "${hostName}" is invalid: use 2 to 64 letters, digits, "." and "-", not starting or ending with "." or "-" and without consecutive separators.`,
    );
  }
  return hostName;
}

// ---- network lookups -----------------------------------------------------------------------

function requireVSwitch(tx: Transaction, id: string): VSwitchRecord {
  const vsw = tx.table<VSwitchRecord>(TABLES.vswitches).get(id);
  if (!vsw) {
    throw new InvalidVSwitchIdNotFound(`The VSwitch "${id}" does not exist in region ${tx.region}. Check the ID with DescribeVSwitches.`);
  }
  const status = currentStatus(vsw.lifecycle, tx.now);
  if (status !== 'Available') {
    throw new IncorrectVSwitchStatus(`The VSwitch "${id}" is ${status}; wait until DescribeVSwitches shows it Available and retry.`);
  }
  return vsw;
}

function vpcOf(tx: Transaction, vsw: VSwitchRecord): VpcRecord {
  const vpc = tx.table<VpcRecord>(TABLES.vpcs).get(vsw.vpcId);
  if (!vpc) throw new InvalidVpcIdNotFound(`The VPC "${vsw.vpcId}" of VSwitch ${vsw.id} does not exist in region ${tx.region}.`);
  return vpc;
}

function vswitchCidr(vsw: VSwitchRecord): Cidr {
  const c = parseCidr(vsw.cidrBlock);
  if (!c) throw new Error(`VSwitch ${vsw.id} has an unreadable CIDR block ${vsw.cidrBlock}`);
  return c;
}

/** Private addresses in use inside a VSwitch (by instances; the only address holders so far). */
function usedAddresses(tx: Transaction, vswitchId: string, except?: string): Set<number> {
  const used = new Set<number>();
  for (const i of instances(tx).all()) {
    if (i.vswitchId === vswitchId && i.id !== except && i.privateIp) used.add(ipToInt(i.privateIp));
  }
  return used;
}

/**
 * The lowest free address of the VSwitch, skipping the reserved ones (the first and the last
 * three) and those in `used`. The real cloud picks any free address; clients must not rely on
 * which, and the sandbox picks the lowest so that runs are reproducible.
 */
function allocateAddress(vsw: VSwitchRecord, used: Set<number>): number {
  const c = vswitchCidr(vsw);
  for (let ip = c.network + 1; ip <= lastAddress(c) - 3; ip++) {
    if (!used.has(ip)) return ip;
  }
  throw new QuotaExceededPrivateIpAddress(`VSwitch ${vsw.id} (${vsw.cidrBlock}) has no free private IP address left. Delete instances in it or use another VSwitch.`);
}

/** Checks an explicitly requested address for RunInstances / CreateInstance. */
function checkRequestedAddress(vsw: VSwitchRecord, text: string, used: Set<number>): number {
  if (!isIpv4(text)) {
    throw new InvalidPrivateIpAddressMalformed(`The PrivateIpAddress "${text}" is not a valid IPv4 address (such as 192.168.1.10).`);
  }
  const c = vswitchCidr(vsw);
  const ip = ipToInt(text);
  if (!containsIp(c, ip)) {
    throw new InvalidPrivateIpAddress(`The PrivateIpAddress ${text} is outside the CIDR block ${vsw.cidrBlock} of VSwitch ${vsw.id}: choose an address inside it.`);
  }
  if (isReservedAddress(c, ip)) {
    throw new InvalidPrivateIpAddress(`The PrivateIpAddress ${text} is reserved by the system in VSwitch ${vsw.id} (${vsw.cidrBlock}): the first address and the last three cannot be used.`);
  }
  if (used.has(ip)) {
    throw new InvalidPrivateIpAddressDuplicated(`The PrivateIpAddress ${text} is already used in VSwitch ${vsw.id}. Choose a free address or leave PrivateIpAddress out to get one.`);
  }
  return ip;
}

/**
 * System-allocated public addresses come from the RFC 5737 documentation ranges (TEST-NET-3,
 * TEST-NET-2, TEST-NET-1), which are never routed: a sandbox address can never be mistaken for,
 * or reach, a real host. Unique within an account and region.
 */
const PUBLIC_POOLS: readonly Cidr[] = ['203.0.113.0/24', '198.51.100.0/24', '192.0.2.0/24'].map((t) => parseCidr(t)!);

function allocatePublicIp(tx: Transaction, taken: Set<string>): string {
  for (const i of instances(tx).all()) if (i.publicIp) taken.add(i.publicIp);
  for (const pool of PUBLIC_POOLS) {
    for (let ip = pool.network + 1; ip < lastAddress(pool); ip++) {
      const text = intToIp(ip);
      if (!taken.has(text)) {
        taken.add(text);
        return text;
      }
    }
  }
  throw new OperationDeniedNoStock('The sandbox has no public IP addresses left in this region (it hands out the 762 addresses of the RFC 5737 documentation ranges). Use InternetMaxBandwidthOut=0 or delete instances that have one.');
}

/** Checks the requested groups: they exist, are in the VPC, and are at most five. */
function resolveGroups(tx: Transaction, ids: string[], vpcId: string, param: string): SecurityGroupRecord[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_GROUPS_PER_INSTANCE) {
    throw new InstanceSecurityGroupLimitExceeded(`An instance can belong to at most ${MAX_GROUPS_PER_INSTANCE} security groups; ${unique.length} were given in ${param}.`);
  }
  return unique.map((id) => {
    const g = requireSecurityGroup(tx, id);
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
export function launchInstances(tx: Transaction, config: EcsConfig, input: LaunchInput, start: boolean): InstanceRecord[] {
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
  const name = checkName(input.instanceName);
  const description = checkDescription(input.description);
  const systemDisk = checkSystemDisk(input.systemDiskCategory, input.systemDiskSize);
  const hostName = checkHostName(input.hostName);
  const hostNames = (input.hostNames ?? []).map((h) => checkHostName(h) ?? '');
  if (hostNames.length > 0 && (given(input.hostName) || hostNames.length !== amount)) {
    throw new InvalidParameter(`HostNames.N gives one host name per instance: give exactly Amount (${amount}) of them, and no HostName.`);
  }

  const vsw = requireVSwitch(tx, input.vswitchId);
  if (given(input.zoneId)) {
    if (!findZone(tx.region, input.zoneId)) {
      throw new InvalidZoneIdNotFound(`The zone "${input.zoneId}" does not exist in region ${tx.region}. Call DescribeZones for its zones.`);
    }
    if (input.zoneId !== vsw.zoneId) {
      throw new InvalidParameterMismatch(`The ZoneId ${input.zoneId} does not match VSwitch ${vsw.id}, which is in zone ${vsw.zoneId}. Leave ZoneId out or give ${vsw.zoneId}.`);
    }
  }
  const vpc = vpcOf(tx, vsw);

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
    };
    if (start) inst.startedAt = tx.now;
    instances(tx).put(inst);
    created.push(inst);
  }
  return created;
}

// ---- power state and deletion --------------------------------------------------------------

function put(tx: Transaction, inst: InstanceRecord, changes: Partial<InstanceRecord>): InstanceRecord {
  return instances(tx).put({ ...inst, ...changes });
}

/** The hint for an instance caught in a transitional status. */
function settling(status: string): string {
  return status === 'Pending' || status === 'Starting' || status === 'Stopping'
    ? ' It is changing state: poll DescribeInstances until it is Running or Stopped, then retry.'
    : '';
}

export function startInstance(tx: Transaction, config: EcsConfig, id: string): void {
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

export function stopInstance(tx: Transaction, config: EcsConfig, id: string): void {
  const inst = requireInstance(tx, id);
  const status = statusOf(inst, tx.now);
  if (status !== 'Running') {
    throw new IncorrectInstanceStatus(`The instance ${id} is ${status}; StopInstance needs a Running instance.${settling(status)}`);
  }
  // StoppedMode=StopCharging would release the public IP on the real cloud for some instance
  // families; the sandbox does not bill and always keeps the address.
  put(tx, inst, { lifecycle: transition(tx.now, config.asyncDelayMs, ['Stopping'], 'Stopped') });
}

/** Route entries that send traffic to the instance (it cannot go while they exist). */
function routesTo(tx: Transaction, id: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(TABLES.routeEntries).filter((e) => e.nextHopType === 'Instance' && e.nextHopId === id);
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
  const routes = routesTo(tx, id);
  if (routes.length > 0) {
    throw new DependencyViolationRouteEntryInstance(
      `The instance ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete those route entries first.`,
    );
  }
  // Its private address is free again as soon as the row is gone (the VSwitch's
  // AvailableIpAddressCount is computed from the instances table).
  instances(tx).delete(id);
}

// ---- network changes -----------------------------------------------------------------------

export interface VpcChangeInput {
  vswitchId: string;
  privateIpAddress?: string;
  vpcId?: string;
  securityGroupIds?: string[];
}

/**
 * ModifyInstanceVpcAttribute. The guide: the private IP or the VSwitch can change only while the
 * instance is Stopped, and only to a free address in a VSwitch of the same VPC. Moving to another
 * VPC additionally needs VpcId and that VPC's security groups (SecurityGroupId.N), as the real
 * API requires.
 */
export function modifyInstanceVpcAttribute(tx: Transaction, id: string, input: VpcChangeInput): void {
  const inst = requireInstance(tx, id);
  const status = statusOf(inst, tx.now);
  if (status !== 'Stopped') {
    throw new IncorrectInstanceStatusModify(`The instance ${id} is ${status}; its VSwitch or private IP can change only while it is Stopped. Stop it (StopInstance), wait for Stopped, and retry.`);
  }
  if (!inst.startedSinceLastNetworkChange) {
    // The real API requires a started-once instance, and a restart between two changes.
    throw new IncorrectInstanceStatusModify(`The instance ${id} has not been started since it was created or last moved; start it once (StartInstance), stop it again, then change its VPC attributes.`);
  }
  const vsw = requireVSwitch(tx, input.vswitchId);
  const movingVpc = given(input.vpcId) && input.vpcId !== inst.vpcId;
  let groups: string[] | undefined;
  if (movingVpc) {
    if (!tx.table<VpcRecord>(TABLES.vpcs).get(input.vpcId!)) {
      throw new InvalidVpcIdNotFound(`The VPC "${input.vpcId}" does not exist in region ${tx.region}. Check the ID with DescribeVpcs.`);
    }
    if (vsw.vpcId !== input.vpcId) {
      throw new InvalidVSwitchIdMismatch(`The VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, not in the target VPC ${input.vpcId}: give a VSwitch of ${input.vpcId}.`);
    }
    if (!input.securityGroupIds || input.securityGroupIds.length === 0) {
      throw new MissingParameter(`Moving instance ${id} to VPC ${input.vpcId} needs SecurityGroupId.N: give one or more security groups of ${input.vpcId}.`);
    }
    groups = resolveGroups(tx, input.securityGroupIds, input.vpcId!, 'SecurityGroupId.N').map((g) => g.id);
    const routes = routesTo(tx, id);
    if (routes.length > 0) {
      throw new DependencyViolationRouteEntryInstance(`The instance ${id} is the next hop of route entries in its current VPC (${routes.map((r) => r.destinationCidrBlock).join(', ')}); delete them before moving it to another VPC.`);
    }
  } else {
    if (input.securityGroupIds && input.securityGroupIds.length > 0) {
      throw new InvalidParameter(`SecurityGroupId.N is only for moving instance ${id} to another VPC (with VpcId). To change its groups in VPC ${inst.vpcId}, use ModifyInstanceAttribute SecurityGroupIds.N or JoinSecurityGroup.`);
    }
    if (vsw.vpcId !== inst.vpcId) {
      throw new InvalidVSwitchIdMismatch(
        `The VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, but instance ${id} is in VPC ${inst.vpcId}. Choose a VSwitch of ${inst.vpcId}, or move VPCs by also giving VpcId and SecurityGroupId.N of the new VPC.`,
      );
    }
  }
  if (vsw.zoneId !== inst.zoneId) {
    throw new InvalidVSwitchIdMismatch(`The VSwitch ${vsw.id} is in zone ${vsw.zoneId}, but instance ${id} is in zone ${inst.zoneId}: choose a VSwitch in ${inst.zoneId}.`);
  }
  const used = usedAddresses(tx, vsw.id, id);
  // The current address counts as taken: "moving" to the same address is not a change.
  used.add(ipToInt(inst.privateIp));
  let ip: number;
  if (given(input.privateIpAddress)) {
    const text = input.privateIpAddress;
    if (!isIpv4(text)) throw new InvalidPrivateIpAddressMalformed(`The PrivateIpAddress "${text}" is not a valid IPv4 address (such as 192.168.1.10).`);
    const c = vswitchCidr(vsw);
    ip = ipToInt(text);
    if (!containsIp(c, ip) || isReservedAddress(c, ip)) {
      throw new InvalidPrivateIpAddressMismatch(
        `The PrivateIpAddress ${text} is not a usable address of VSwitch ${vsw.id} (${vsw.cidrBlock}): it must be inside the block and not its first or last three addresses.`,
      );
    }
    if (text === inst.privateIp) {
      throw new InvalidPrivateIpAddressDuplicated(`The instance ${id} already has the private IP ${text}; give a different free address, or leave PrivateIpAddress out to get one.`);
    }
    if (used.has(ip)) {
      throw new InvalidPrivateIpAddressDuplicated(`The PrivateIpAddress ${text} is already used in VSwitch ${vsw.id}. Choose a free address or leave PrivateIpAddress out to get one.`);
    }
  } else {
    ip = allocateAddress(vsw, used);
  }
  put(tx, inst, {
    vswitchId: vsw.id,
    vpcId: vsw.vpcId,
    privateIp: intToIp(ip),
    securityGroupIds: groups ?? inst.securityGroupIds,
    startedSinceLastNetworkChange: false,
  });
}

// ---- attributes and groups -----------------------------------------------------------------

export interface AttributeInput {
  instanceName?: string;
  description?: string;
  hostName?: string;
  securityGroupIds?: string[];
  deletionProtection?: boolean;
}

export function modifyInstanceAttribute(tx: Transaction, id: string, input: AttributeInput): void {
  const inst = requireInstance(tx, id);
  const changes: Partial<InstanceRecord> = {};
  if (given(input.instanceName)) changes.name = checkName(input.instanceName);
  if (input.description !== undefined) changes.description = checkDescription(input.description);
  if (given(input.hostName)) changes.hostName = checkHostName(input.hostName);
  if (input.securityGroupIds && input.securityGroupIds.length > 0) {
    changes.securityGroupIds = resolveGroups(tx, input.securityGroupIds, inst.vpcId, 'SecurityGroupIds.N').map((g) => g.id);
  }
  if (input.deletionProtection !== undefined) changes.deletionProtection = input.deletionProtection;
  put(tx, inst, changes);
}

export function modifyInstanceNetworkSpec(
  tx: Transaction,
  id: string,
  bandwidthOut: number | undefined,
  allocatePublic: boolean | undefined,
  networkChargeType?: string,
): void {
  const inst = requireInstance(tx, id);
  const status = statusOf(inst, tx.now);
  if (status !== 'Running' && status !== 'Stopped') {
    throw new IncorrectInstanceStatus(`The instance ${id} is ${status}; its bandwidth can change when it is Running or Stopped.`);
  }
  const bandwidth = bandwidthOut ?? inst.internetMaxBandwidthOut;
  let publicIp = inst.publicIp;
  // The guide: a system-allocated public IP cannot be unbound, so lowering the bandwidth to 0
  // keeps the address; raising it above 0 (or AllocatePublicIp) gives one to an instance without.
  if (!publicIp && (bandwidth > 0 || allocatePublic)) publicIp = allocatePublicIp(tx, new Set());
  put(tx, inst, { internetMaxBandwidthOut: bandwidth, publicIp, internetChargeType: networkChargeType || inst.internetChargeType });
}

function requireJoinable(tx: Transaction, inst: InstanceRecord): void {
  const status = statusOf(inst, tx.now);
  if (status !== 'Running' && status !== 'Stopped') {
    throw new IncorrectInstanceStatus(`The instance ${inst.id} is ${status}; security group membership can change when it is Running or Stopped.`);
  }
}

export function joinSecurityGroup(tx: Transaction, instanceId: string, groupId: string): void {
  const inst = requireInstance(tx, instanceId);
  const group = requireSecurityGroup(tx, groupId);
  requireJoinable(tx, inst);
  if (group.vpcId !== inst.vpcId) {
    throw new InvalidInstanceIdMismatch(`The instance ${instanceId} is in VPC ${inst.vpcId} but security group ${groupId} is in VPC ${group.vpcId}: they must be in the same VPC.`);
  }
  if (inst.securityGroupIds.includes(groupId)) {
    throw new InvalidInstanceIdAlreadyExists(`The instance ${instanceId} is already in security group ${groupId}.`);
  }
  if (inst.securityGroupIds.length >= MAX_GROUPS_PER_INSTANCE) {
    throw new InstanceSecurityGroupLimitExceeded(`The instance ${instanceId} is already in ${MAX_GROUPS_PER_INSTANCE} security groups, the most one instance can join. Leave one first.`);
  }
  put(tx, inst, { securityGroupIds: [...inst.securityGroupIds, groupId] });
}

export function leaveSecurityGroup(tx: Transaction, instanceId: string, groupId: string): void {
  const inst = requireInstance(tx, instanceId);
  if (!tx.table<SecurityGroupRecord>(TABLES.securityGroups).get(groupId)) {
    throw new InvalidSecurityGroupIdNotFound(`The security group "${groupId}" does not exist in region ${tx.region}.`);
  }
  requireJoinable(tx, inst);
  if (!inst.securityGroupIds.includes(groupId)) {
    throw new InvalidSecurityGroupAssociationNotFound(`The instance ${instanceId} is not in security group ${groupId}.`);
  }
  if (inst.securityGroupIds.length === 1) {
    // An instance must stay in at least one group. The code is sandbox-chosen (the real API's
    // code for this case is not documented).
    throw new OperationDenied(`Security group ${groupId} is the only group of instance ${instanceId}; an instance must belong to at least one. Join another group first.`);
  }
  put(tx, inst, { securityGroupIds: inst.securityGroupIds.filter((g) => g !== groupId) });
}

// ---- DescribeInstances ---------------------------------------------------------------------

export interface InstanceFilter {
  instanceIds?: string[];
  vpcId?: string;
  vswitchId?: string;
  zoneId?: string;
  securityGroupId?: string;
  privateIpAddresses?: string[];
  publicIpAddresses?: string[];
  status?: string;
  instanceName?: string;
  imageId?: string;
  instanceType?: string;
  instanceChargeType?: string;
  internetChargeType?: string;
  resourceGroupId?: string;
  tags?: Array<{ Key?: string; Value?: string }>;
  createdFrom?: number;
  createdTo?: number;
}

function matchesTags(tags: Tags, filter: Array<{ Key?: string; Value?: string }> | undefined): boolean {
  return (filter ?? []).every((f) => f.Key !== undefined && f.Key in tags && (f.Value === undefined || tags[f.Key] === f.Value));
}

/** `InstanceName` supports `*` as a wildcard, as the real filter does. */
function nameMatches(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern;
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

export function filterInstances(tx: Transaction, f: InstanceFilter): InstanceRecord[] {
  return instances(tx).filter((i) => {
    if (f.instanceIds && !f.instanceIds.includes(i.id)) return false;
    if (given(f.vpcId) && i.vpcId !== f.vpcId) return false;
    if (given(f.vswitchId) && i.vswitchId !== f.vswitchId) return false;
    if (given(f.zoneId) && i.zoneId !== f.zoneId) return false;
    if (given(f.securityGroupId) && !i.securityGroupIds.includes(f.securityGroupId)) return false;
    if (f.privateIpAddresses && f.privateIpAddresses.length > 0 && !f.privateIpAddresses.includes(i.privateIp)) return false;
    if (f.publicIpAddresses && f.publicIpAddresses.length > 0 && !f.publicIpAddresses.includes(i.publicIp)) return false;
    if (given(f.status) && statusOf(i, tx.now) !== f.status) return false;
    if (given(f.instanceName) && !nameMatches(i.name, f.instanceName)) return false;
    if (given(f.imageId) && i.imageId !== f.imageId) return false;
    if (given(f.instanceType) && i.instanceType !== f.instanceType) return false;
    if (given(f.instanceChargeType) && i.instanceChargeType !== f.instanceChargeType) return false;
    if (given(f.internetChargeType) && i.internetChargeType !== f.internetChargeType) return false;
    if (given(f.resourceGroupId) && (i.resourceGroupId ?? '') !== f.resourceGroupId) return false;
    if (f.createdFrom !== undefined && i.createdAt < f.createdFrom) return false;
    if (f.createdTo !== undefined && i.createdAt > f.createdTo) return false;
    return matchesTags(i.tags, f.tags);
  });
}

function iso(ms: number): string {
  // DescribeInstances shows minutes (2026-01-02T15:04Z), as the real API does.
  return new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
}

/**
 * The instance's system disk as DescribeDisks shows it. The disk is not a row of its own: it lives
 * and dies with the instance (DeleteWithInstance), and its ID is derived from the instance ID.
 */
export function systemDiskResponse(tx: Transaction, inst: InstanceRecord) {
  return {
    DiskId: `d-${inst.id.slice(2)}`,
    DiskName: '',
    Description: '',
    Type: 'system',
    Category: inst.systemDiskCategory ?? DEFAULT_SYSTEM_DISK_CATEGORY,
    Size: inst.systemDiskSize ?? DEFAULT_SYSTEM_DISK_SIZE,
    InstanceId: inst.id,
    RegionId: tx.region,
    ZoneId: inst.zoneId,
    Status: 'In_use',
    Device: '/dev/xvda',
    ImageId: inst.imageId,
    Portable: false,
    DeleteWithInstance: true,
    DeleteAutoSnapshot: true,
    EnableAutoSnapshot: false,
    Encrypted: false,
    DiskChargeType: inst.instanceChargeType,
    ResourceGroupId: inst.resourceGroupId ?? '',
    // DescribeDisks shows seconds, unlike DescribeInstances.
    CreationTime: new Date(inst.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    AttachedTime: new Date(inst.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Tags: { Tag: [] as unknown[] },
  };
}

/** The fields DescribeInstances and DescribeInstanceAttribute share. */
export function instanceResponse(tx: Transaction, inst: InstanceRecord) {
  const shape = instanceTypeShape(inst.instanceType);
  const status = statusOf(inst, tx.now);
  return {
    InstanceId: inst.id,
    InstanceName: inst.name,
    Description: inst.description,
    HostName: inst.hostName,
    ImageId: inst.imageId,
    InstanceType: inst.instanceType,
    InstanceTypeFamily: shape.family,
    Cpu: shape.cpu,
    Memory: shape.memoryMiB,
    RegionId: tx.region,
    ZoneId: inst.zoneId,
    Status: status,
    CreationTime: iso(inst.createdAt),
    StartTime: inst.startedAt !== undefined ? iso(inst.startedAt) : '',
    ExpiredTime: '2099-12-31T15:59Z',
    InstanceChargeType: inst.instanceChargeType,
    InternetChargeType: inst.internetChargeType,
    InternetMaxBandwidthOut: inst.internetMaxBandwidthOut,
    InternetMaxBandwidthIn: 100,
    InstanceNetworkType: 'vpc',
    IoOptimized: true,
    OSType: /win/i.test(inst.imageId) ? 'windows' : 'linux',
    OSName: inst.imageId,
    SerialNumber: inst.id,
    ResourceGroupId: inst.resourceGroupId ?? '',
    DeletionProtection: inst.deletionProtection ?? false,
    StoppedMode: status === 'Stopped' ? 'KeepCharging' : 'Not-applicable',
    SpotStrategy: 'NoSpot',
    VlanId: '',
    ClusterId: '',
    KeyPairName: '',
    CreditSpecification: '',
    VpcAttributes: {
      VpcId: inst.vpcId,
      VSwitchId: inst.vswitchId,
      PrivateIpAddress: { IpAddress: [inst.privateIp] },
      NatIpAddress: '',
    },
    SecurityGroupIds: { SecurityGroupId: [...inst.securityGroupIds] },
    PublicIpAddress: { IpAddress: inst.publicIp ? [inst.publicIp] : [] },
    InnerIpAddress: { IpAddress: [] as string[] },
    // EIPs are another engineer's resource; until they exist the association is always empty.
    EipAddress: { AllocationId: '', IpAddress: '', Bandwidth: 0, InternetChargeType: '', IsSupportUnassociate: false },
    OperationLocks: { LockReason: [] as unknown[] },
    DedicatedHostAttribute: { DedicatedHostId: '', DedicatedHostName: '' },
  };
}
