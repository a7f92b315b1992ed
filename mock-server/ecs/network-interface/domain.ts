/**
 * Elastic network interfaces (ECS 2014-05-26): create in a VSwitch with security groups of its VPC,
 * attach to and detach from an instance of the same zone and VPC, secondary private addresses, and
 * deletion. Statuses as the real API: Creating → Available, Attaching → InUse, Detaching →
 * Available (each transitional phase lasts the sandbox's async delay).
 *
 * Private addresses come from the VSwitch through the instance family's allocator, which also sees
 * every address an ENI holds (ADDRESS_HOOKS.privateInUse, bound in ./links.ts), so an address is
 * never handed out twice and the VSwitch's free-address count drops by each one.
 *
 * Every function runs inside one synchronous store transaction.
 */
import { InvalidDescriptionMalformed, InvalidParameter, MissingParameter } from '../../errors';
import { ipToInt, intToIp } from '../../../network-rules/cidr';
import type { DomainConfig } from '../../domain/config';
import { removeCascades, requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { transition } from '../../domain/lifecycle';
import { checkEcsDescription, checkEcsName } from '../../domain/naming';
import { instanceTypeFact, instanceTypeShape as catalogShape } from '../../domain/region-catalog';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import { given } from '../../domain/values';
import type { Transaction } from '../../store/store';
import { getVSwitch, requireAvailableVSwitch } from '../../vpc/vswitch/domain';
import type { VSwitchRecord } from '../../vpc/vswitch/records';
import { allocateAddress, checkRequestedAddress, usedAddresses } from '../instance/addresses';
import { requireInstance, statusOf } from '../instance/domain';
import { IncorrectInstanceStatus } from '../instance/errors';
import { allocateIpv6, usedIpv6 } from '../instance/ipv6';
import { INSTANCES, type InstanceRecord } from '../instance/records';
import { requireSecurityGroup } from '../security-group/domain';
import {
  EniPerInstanceLimitExceeded,
  InvalidEniIdNotFound,
  InvalidIpIpUnassigned,
  InvalidNetworkInterfaceNameMalformed,
  InvalidOperationAvailabilityZoneMismatch,
  InvalidOperationInvalidEniState,
  InvalidOperationInvalidEniType,
  InvalidOperationIpv4CountExceeded,
  InvalidOperationVpcMismatch,
  InvalidSecurityGroupIdVpcMismatch,
  InvalidSecurityGroupsCountExceeded,
} from './errors';
import { eniPrivateIpQuantityFor, eniQuantityFor, eniStatus, macOf, networkInterfaces, primaryEniId, enisAttachedTo, lowestFreeDeviceIndex, type NetworkInterfaceRecord } from './records';
import { MAX_PRIVATE_IPS_PER_UNATTACHED_ENI } from '../../../network-rules/quotas';
import { assignPrimaryPrivateIps, primaryEniOwner, unassignPrimaryPrivateIps } from './primary-ips';

/** Security groups per ENI (the real default quota). */
export const MAX_GROUPS_PER_ENI = 5;
export { MAX_PRIVATE_IPS_PER_UNATTACHED_ENI };
export const QUEUE_NUMBER_RANGE = [1, 64] as const;

export function requireEni(tx: Transaction, id: string): NetworkInterfaceRecord {
  const eni = networkInterfaces(tx).get(id);
  if (!eni) {
    throw new InvalidEniIdNotFound(`The network interface "${id}" does not exist in region ${tx.region}. DescribeNetworkInterfaces lists your ENIs.`);
  }
  return eni;
}

/** A primary ENI is derived from its instance; the ENI actions refuse it with the real code. */
export function refusePrimary(tx: Transaction, id: string, doing: string): void {
  if (!id.startsWith('eni-') || networkInterfaces(tx).get(id)) return;
  const instanceId = `i-${id.slice(4)}`;
  if (tx.table<InstanceRecord>(INSTANCES).get(instanceId)) {
    throw new InvalidOperationInvalidEniType(`${id} is the primary network interface of instance ${instanceId}: ${doing} works on secondary ENIs only. The primary ENI lives and dies with its instance.`);
  }
}

export function requireStatus(tx: Transaction, eni: NetworkInterfaceRecord, wanted: string, doing: string): void {
  const status = eniStatus(eni, tx.now);
  if (status === wanted) return;
  const hint = ['Creating', 'Attaching', 'Detaching'].includes(status) ? ' It is changing: poll DescribeNetworkInterfaces until it settles, then retry.' : '';
  const where = eni.instanceId ? ` (attached to ${eni.instanceId})` : '';
  throw new InvalidOperationInvalidEniState(`The network interface ${eni.id} is ${status}${where}: ${doing} needs it ${wanted}.${hint}`);
}

function checkGroups(tx: Transaction, vsw: VSwitchRecord, ids: string[] | undefined): string[] {
  const unique = [...new Set((ids ?? []).filter(given))];
  if (unique.length === 0) {
    throw new MissingParameter('The input parameter "SecurityGroupId" (or SecurityGroupIds.N) that is mandatory for processing this request is not supplied: an ENI belongs to at least one security group of its VSwitch\'s VPC.');
  }
  if (unique.length > MAX_GROUPS_PER_ENI) {
    throw new InvalidSecurityGroupsCountExceeded(`An ENI belongs to at most ${MAX_GROUPS_PER_ENI} security groups; ${unique.length} were given.`);
  }
  for (const id of unique) {
    const g = requireSecurityGroup(tx, id);
    if (g.vpcId !== vsw.vpcId) {
      throw new InvalidSecurityGroupIdVpcMismatch(`The security group ${id} is in ${g.vpcId ? `VPC ${g.vpcId}` : 'the classic network'}, but VSwitch ${vsw.id} is in VPC ${vsw.vpcId}: an ENI takes groups of its own VPC only.`);
    }
  }
  return unique;
}

function checkQueueNumber(n: number | undefined): void {
  const [min, max] = QUEUE_NUMBER_RANGE;
  if (n !== undefined && (n < min || n > max)) throw new InvalidParameter(`The QueueNumber ${n} is out of range: an ENI has ${min} to ${max} queues.`);
}

/** Private IPv4 addresses (the primary one included) an ENI may hold: the instance type's figure once attached. */
function privateIpQuota(tx: Transaction, eni: NetworkInterfaceRecord): number {
  if (!eni.instanceId) return MAX_PRIVATE_IPS_PER_UNATTACHED_ENI;
  const inst = tx.table<InstanceRecord>(INSTANCES).get(eni.instanceId);
  const fact = inst ? instanceTypeFact(inst.instanceType) : undefined;
  return fact ? eniPrivateIpQuantityFor(fact.cpu) : MAX_PRIVATE_IPS_PER_UNATTACHED_ENI;
}

/** Secondary addresses: the listed ones (each checked free and inside the VSwitch) or `count` free ones. */
function takeAddresses(tx: Transaction, vsw: VSwitchRecord, listed: string[] | undefined, count: number | undefined, taken: string[]): string[] {
  if (listed?.length && count !== undefined) {
    throw new InvalidParameter('Give either PrivateIpAddress.N or SecondaryPrivateIpAddressCount, not both.');
  }
  const used = usedAddresses(tx, vsw.id);
  for (const t of taken) used.add(ipToInt(t));
  const out: string[] = [];
  for (const text of listed ?? []) {
    const ip = checkRequestedAddress(vsw, text, used);
    used.add(ip);
    out.push(intToIp(ip));
  }
  for (let i = 0; i < (count ?? 0); i++) {
    const ip = allocateAddress(vsw, used);
    used.add(ip);
    out.push(intToIp(ip));
  }
  return out;
}


export interface CreateEniInput {
  vswitchId: string;
  securityGroupIds?: string[];
  name?: string;
  description?: string;
  primaryIpAddress?: string;
  privateIpAddresses?: string[];
  secondaryPrivateIpAddressCount?: number;
  ipv6Addresses?: string[];
  ipv6AddressCount?: number;
  queueNumber?: number;
  trafficMode?: string;
  resourceGroupId?: string;
  deleteOnRelease?: boolean;
  sourceDestCheck?: boolean;
  tags: Tags;
}

export function createEni(tx: Transaction, config: DomainConfig, input: CreateEniInput): NetworkInterfaceRecord {
  if (!given(input.vswitchId)) throw new MissingParameter('The input parameter "VSwitchId" that is mandatory for processing this request is not supplied.');
  const vsw = getVSwitch(tx, input.vswitchId);
  requireAvailableVSwitch(tx, vsw, 'CreateNetworkInterface');
  const groups = checkGroups(tx, vsw, input.securityGroupIds);
  const name = checkEcsName(input.name, 'network interface name', InvalidNetworkInterfaceNameMalformed) ?? '';
  const description = given(input.description) ? checkEcsDescription(input.description, 'network interface description', InvalidDescriptionMalformed) : '';
  checkQueueNumber(input.queueNumber);
  const trafficMode = input.trafficMode || 'Standard';
  if (!['Standard', 'HighPerformance'].includes(trafficMode)) {
    throw new InvalidParameter(`The NetworkInterfaceTrafficMode "${trafficMode}" is not supported: use Standard or HighPerformance.`);
  }
  const used = usedAddresses(tx, vsw.id);
  const primary = given(input.primaryIpAddress) ? checkRequestedAddress(vsw, input.primaryIpAddress, used) : allocateAddress(vsw, used);
  const primaryIp = intToIp(primary);
  const secondaryIps = takeAddresses(tx, vsw, input.privateIpAddresses, input.secondaryPrivateIpAddressCount, [primaryIp]);
  if (1 + secondaryIps.length > MAX_PRIVATE_IPS_PER_UNATTACHED_ENI) {
    throw new InvalidOperationIpv4CountExceeded(`An ENI holds at most ${MAX_PRIVATE_IPS_PER_UNATTACHED_ENI} private IPv4 addresses (the primary one included); ${1 + secondaryIps.length} were asked for.`);
  }
  // usedIpv6 sees instances' addresses and, through IPV6_HOOKS, every ENI's (./links.ts).
  const ipv6Addresses =
    input.ipv6Addresses?.length || input.ipv6AddressCount
      ? allocateIpv6(vsw, input.ipv6AddressCount ?? 0, input.ipv6Addresses, usedIpv6(tx, vsw.id))
      : [];
  const id = newId('eni');
  return networkInterfaces(tx).put({
    id,
    name,
    description,
    vpcId: vsw.vpcId,
    vswitchId: vsw.id,
    zoneId: vsw.zoneId,
    primaryIp,
    secondaryIps,
    ipv6Addresses,
    securityGroupIds: groups,
    mac: macOf(id),
    instanceId: '',
    queueNumber: input.queueNumber ?? 1,
    trafficMode,
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    ...(input.sourceDestCheck !== undefined ? { sourceDestCheck: input.sourceDestCheck } : {}),
    ...(input.deleteOnRelease !== undefined ? { deleteOnRelease: input.deleteOnRelease } : {}),
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Creating'], 'Available'),
    tags: input.tags,
  });
}

export interface ModifyEniInput {
  name?: string;
  description?: string;
  securityGroupIds?: string[];
  queueNumber?: number;
  sourceDestCheck?: boolean;
  deleteOnRelease?: boolean;
}

export function modifyEni(tx: Transaction, id: string, input: ModifyEniInput): NetworkInterfaceRecord {
  refusePrimary(tx, id, 'ModifyNetworkInterfaceAttribute');
  const eni = requireEni(tx, id);
  const name = checkEcsName(input.name, 'network interface name', InvalidNetworkInterfaceNameMalformed);
  const description = given(input.description) ? checkEcsDescription(input.description, 'network interface description', InvalidDescriptionMalformed) : undefined;
  const groups = input.securityGroupIds ? checkGroups(tx, getVSwitch(tx, eni.vswitchId), input.securityGroupIds) : undefined;
  if (input.queueNumber !== undefined) {
    checkQueueNumber(input.queueNumber);
    // The real API changes the queue number only while the ENI is detached.
    if (eni.instanceId && input.queueNumber !== eni.queueNumber) requireStatus(tx, eni, 'Available', 'changing QueueNumber');
  }
  return networkInterfaces(tx).put({
    ...eni,
    name: name ?? eni.name,
    description: description ?? eni.description,
    securityGroupIds: groups ?? eni.securityGroupIds,
    queueNumber: input.queueNumber ?? eni.queueNumber,
    ...(input.sourceDestCheck !== undefined ? { sourceDestCheck: input.sourceDestCheck } : {}),
    ...(input.deleteOnRelease !== undefined ? { deleteOnRelease: input.deleteOnRelease } : {}),
  });
}

export function deleteEni(tx: Transaction, id: string): NetworkInterfaceRecord {
  refusePrimary(tx, id, 'DeleteNetworkInterface');
  const eni = requireEni(tx, id);
  if (eni.instanceId) {
    throw new InvalidOperationInvalidEniState(`The network interface ${eni.id} is attached to instance ${eni.instanceId} (${eniStatus(eni, tx.now)}): detach it with DetachNetworkInterface before deleting it.`);
  }
  requireStatus(tx, eni, 'Available', 'DeleteNetworkInterface');
  requireNoDependants(tx, 'networkInterface', id);
  removeCascades(tx, 'networkInterface', id);
  networkInterfaces(tx).delete(id);
  return eni;
}

/** vCPUs of a type the catalogue does not list (the sandbox's guess from its name). */
function instanceTypeShapeCpu(instanceType: string): number {
  return catalogShape(instanceType).cpu;
}

/** ENIs an instance may have, its primary one included: the instance type's EniQuantity. */
export function eniQuota(instanceType: string): number {
  const fact = instanceTypeFact(instanceType);
  return eniQuantityFor(fact ? fact.cpu : instanceTypeShapeCpu(instanceType));
}

export function attachEni(tx: Transaction, config: DomainConfig, input: { eniId: string; instanceId: string }): NetworkInterfaceRecord {
  refusePrimary(tx, input.eniId, 'AttachNetworkInterface');
  const eni = requireEni(tx, input.eniId);
  const inst = requireInstance(tx, input.instanceId);
  if (eni.instanceId) {
    throw new InvalidOperationInvalidEniState(`The network interface ${eni.id} is already attached to instance ${eni.instanceId}: an ENI is attached to one instance at a time. Detach it first.`);
  }
  requireStatus(tx, eni, 'Available', 'AttachNetworkInterface');
  const status = statusOf(inst, tx.now);
  if (status !== 'Running' && status !== 'Stopped') {
    throw new IncorrectInstanceStatus(`The instance ${inst.id} is ${status}: an ENI is attached to a Running or Stopped instance. Wait until it settles and retry.`);
  }
  if (inst.zoneId !== eni.zoneId) {
    throw new InvalidOperationAvailabilityZoneMismatch(`The network interface ${eni.id} is in zone ${eni.zoneId} but instance ${inst.id} is in ${inst.zoneId}: an ENI attaches only to an instance of its own zone. Create the ENI in a VSwitch of ${inst.zoneId}.`);
  }
  if (inst.vpcId !== eni.vpcId) {
    throw new InvalidOperationVpcMismatch(`The network interface ${eni.id} is in VPC ${eni.vpcId} but instance ${inst.id} is in ${inst.vpcId}: an ENI attaches only to an instance of its own VPC.`);
  }
  const quota = eniQuota(inst.instanceType);
  const attached = enisAttachedTo(tx, inst.id).length;
  if (1 + attached >= quota) {
    throw new EniPerInstanceLimitExceeded(`Instance ${inst.id} (${inst.instanceType}) already has ${1 + attached} network interfaces (its primary one included), the most its instance type takes (EniQuantity ${quota}). Detach one, or use a larger instance type (DescribeInstanceTypes shows EniQuantity).`);
  }
  return networkInterfaces(tx).put({
    ...eni,
    instanceId: inst.id,
    deviceIndex: lowestFreeDeviceIndex(tx, inst.id),
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Attaching'], 'InUse'),
  });
}

export function detachEni(tx: Transaction, config: DomainConfig | undefined, input: { eniId: string; instanceId: string }): NetworkInterfaceRecord {
  refusePrimary(tx, input.eniId, 'DetachNetworkInterface');
  const eni = requireEni(tx, input.eniId);
  requireInstance(tx, input.instanceId);
  if (eni.instanceId !== input.instanceId) {
    throw new InvalidOperationInvalidEniState(`The network interface ${eni.id} is ${eni.instanceId ? `attached to ${eni.instanceId}` : 'not attached to any instance'}, not to ${input.instanceId}: there is nothing to detach.`);
  }
  requireStatus(tx, eni, 'InUse', 'DetachNetworkInterface');
  // The index is freed with the attachment; the next attach to the instance may take it.
  const { deviceIndex: _freed, ...detached } = eni;
  return networkInterfaces(tx).put({
    ...detached,
    instanceId: '',
    lifecycle: config ? transition(tx.now, config.asyncDelayMs, ['Detaching'], 'Available') : { status: 'Available' },
  });
}

export function assignPrivateIps(tx: Transaction, input: { eniId: string; addresses?: string[]; count?: number }): string[] {
  // An instance's primary ENI takes secondary addresses too (alicloud_instance's secondary_private_ips).
  const owner = networkInterfaces(tx).get(input.eniId) ? undefined : primaryEniOwner(tx, input.eniId);
  if (owner) return assignPrimaryPrivateIps(tx, owner, input);
  refusePrimary(tx, input.eniId, 'AssignPrivateIpAddresses');
  const eni = requireEni(tx, input.eniId);
  const status = eniStatus(eni, tx.now);
  if (status !== 'Available' && status !== 'InUse') requireStatus(tx, eni, 'Available or InUse', 'AssignPrivateIpAddresses');
  if (!input.addresses?.length && !input.count) {
    throw new MissingParameter('Give PrivateIpAddress.N or SecondaryPrivateIpAddressCount: the addresses to assign.');
  }
  const quota = privateIpQuota(tx, eni);
  const wanted = input.addresses?.length ?? input.count ?? 0;
  if (1 + eni.secondaryIps.length + wanted > quota) {
    throw new InvalidOperationIpv4CountExceeded(`The network interface ${eni.id} holds ${1 + eni.secondaryIps.length} private IPv4 addresses and may hold ${quota}${eni.instanceId ? ` (EniPrivateIpAddressQuantity of its instance's type)` : ''}: ${wanted} more do not fit.`);
  }
  const added = takeAddresses(tx, getVSwitch(tx, eni.vswitchId), input.addresses, input.addresses?.length ? undefined : input.count, []);
  networkInterfaces(tx).put({ ...eni, secondaryIps: [...eni.secondaryIps, ...added] });
  return added;
}

export function unassignPrivateIps(tx: Transaction, input: { eniId: string; addresses: string[] }): void {
  const owner = networkInterfaces(tx).get(input.eniId) ? undefined : primaryEniOwner(tx, input.eniId);
  if (owner) return unassignPrimaryPrivateIps(tx, owner, input.addresses);
  refusePrimary(tx, input.eniId, 'UnassignPrivateIpAddresses');
  const eni = requireEni(tx, input.eniId);
  for (const a of input.addresses) {
    if (a === eni.primaryIp) throw new InvalidIpIpUnassigned(`${a} is the primary private IP of ${eni.id}: it cannot be unassigned (it goes with the ENI).`);
    if (!eni.secondaryIps.includes(a)) throw new InvalidIpIpUnassigned(`The network interface ${eni.id} has no secondary private IP ${a}. Its secondary addresses: ${eni.secondaryIps.join(', ') || 'none'}.`);
  }
  networkInterfaces(tx).put({ ...eni, secondaryIps: eni.secondaryIps.filter((x) => !input.addresses.includes(x)) });
}

export { primaryEniId };
