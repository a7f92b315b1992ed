/**
 * High-availability virtual IPs (HaVips): a private address of a VSwitch that floats between the
 * ECS instances (or secondary ENIs) associated with it, for keepalived-style active/standby pairs.
 *
 * The address comes from the VSwitch's one pool, the same allocator instances, ENIs and NAT
 * gateways use, so nothing is handed out twice and the VSwitch's free count drops. Creating shows
 * Creating for the async delay; associating shows Associating then InUse; unassociating the last
 * instance shows Unassociating then Available (the real API's statuses).
 *
 * Rules (VPC API reference, 2016-04-28): associated instances sit in the HaVip's VSwitch and are
 * Running or Stopped; one HaVip takes ECS instances or ENIs, not both, up to MAX_INSTANCES_PER_HAVIP;
 * it can be deleted only when Available, with no route pointing at it and no EIP bound.
 */
import { containsIp, intToIp, ipToInt, isIpv4 } from '../../../network-rules/cidr';
import { isReservedAddress } from '../../../network-rules/limits';
import { InvalidDescriptionMalformed, InvalidParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { allocateAddress, usedAddresses, vswitchCidr } from '../../ecs/instance/addresses';
import { statusOf } from '../../ecs/instance/domain';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { eniStatus, networkInterfaces } from '../../ecs/network-interface/records';
import { requireAvailableVSwitch } from '../vswitch/domain';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import {
  CountLimitExceededHaVipOnEcsInstance,
  IncorrectHaVipStatus,
  IncorrectInstanceStatusForHaVip,
  IncorrectStatusHaVip,
  InvalidHaVipIdNotFound,
  InvalidInstanceIdNotFoundForHaVip,
  InvalidIpAddressAlreadyUsed,
  InvalidIpAddressMalformed,
  InvalidIpAddressNotAvailable,
  InvalidIpAddressOutOfRange,
  InvalidNameMalformedForHaVip,
  InvalidVSwitchNotFoundForHaVip,
  ForbiddenUnassociateMaster,
  ResourceNotAssociated,
} from './errors';
import { haVips, haVipStatus, masterOf, type HaVipInstanceType, type HaVipRecord } from './records';
import { MAX_INSTANCES_PER_HAVIP } from '../../../network-rules/quotas';

export { MAX_INSTANCES_PER_HAVIP };

export function getHaVip(tx: Transaction, id: string): HaVipRecord {
  const h = haVips(tx).get(id);
  if (!h) throw new InvalidHaVipIdNotFound(`The HaVip "${id}" does not exist in region ${tx.region}. DescribeHaVips lists your HaVips.`);
  return h;
}

export interface CreateHaVipInput {
  vswitchId: string;
  ipAddress?: string;
  name?: string;
  description?: string;
  resourceGroupId?: string;
  tags: Tags;
}

/** Checks an IpAddress asked for, with CreateHaVip's own codes. */
function checkRequested(vsw: VSwitchRecord, text: string, used: { has(ip: number): boolean }): number {
  if (!isIpv4(text)) throw new InvalidIpAddressMalformed(`The IpAddress "${text.slice(0, 60)}" is not an IPv4 address such as 192.168.1.101.`);
  const c = vswitchCidr(vsw);
  const ip = ipToInt(text);
  if (!containsIp(c, ip)) {
    throw new InvalidIpAddressOutOfRange(`The IpAddress ${text} is outside the CIDR block ${vsw.cidrBlock} of VSwitch ${vsw.id}: a HaVip's address lies in its VSwitch. Choose one inside it, or leave IpAddress out to get a free one.`);
  }
  if (isReservedAddress(c, ip)) {
    throw new InvalidIpAddressNotAvailable(`The IpAddress ${text} is reserved by the system in VSwitch ${vsw.id} (${vsw.cidrBlock}): the first address and the last three cannot be used.`);
  }
  if (used.has(ip)) {
    throw new InvalidIpAddressAlreadyUsed(`The IpAddress ${text} is already used in VSwitch ${vsw.id} (by an instance, an ENI, a NAT gateway or another HaVip). Choose a free address or leave IpAddress out.`);
  }
  return ip;
}

export function createHaVip(tx: Transaction, config: DomainConfig, input: CreateHaVipInput): HaVipRecord {
  const vsw = tx.table<VSwitchRecord>(VSWITCHES).get(input.vswitchId);
  if (!vsw) throw new InvalidVSwitchNotFoundForHaVip(`The VSwitch "${input.vswitchId}" does not exist in region ${tx.region}. DescribeVSwitches lists your VSwitches.`);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformedForHaVip) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  requireAvailableVSwitch(tx, vsw, 'CreateHaVip');
  const used = usedAddresses(tx, vsw.id);
  const ip = input.ipAddress ? checkRequested(vsw, input.ipAddress, used) : allocateAddress(vsw, used);
  const h: HaVipRecord = {
    id: newId('havip'),
    vpcId: vsw.vpcId,
    vswitchId: vsw.id,
    ipAddress: intToIp(ip),
    name,
    description,
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    instanceType: '',
    instanceIds: [],
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Creating'], 'Available'),
    tags: input.tags,
  };
  return haVips(tx).put(h);
}

export function modifyHaVip(tx: Transaction, id: string, input: { name?: string; description?: string }): HaVipRecord {
  const h = getHaVip(tx, id);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformedForHaVip);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  return haVips(tx).put({ ...h, name: name ?? h.name, description: description ?? h.description });
}

export function deleteHaVip(tx: Transaction, id: string): HaVipRecord {
  const h = getHaVip(tx, id);
  const status = haVipStatus(h, tx.now);
  if (status !== 'Available') {
    const why = h.instanceIds.length ? ` (associated with ${h.instanceIds.join(', ')}: unassociate them with UnassociateHaVip first)` : ': wait until it settles';
    throw new IncorrectStatusHaVip(`The HaVip ${h.id} is ${status}${why}. A HaVip can be deleted only when it is Available.`);
  }
  // Routes pointing at it and EIPs bound to it (rows registered in ./links.ts).
  requireNoDependants(tx, 'haVip', h.id);
  haVips(tx).delete(h.id);
  return h;
}

/** What an association target is: an ECS instance or a secondary ENI, in some VSwitch, with a status. */
function targetOf(tx: Transaction, type: HaVipInstanceType, id: string): { vswitchId: string; status: string; ok: string[] } {
  if (type === 'NetworkInterface') {
    const eni = networkInterfaces(tx).get(id);
    if (!eni) throw new InvalidInstanceIdNotFoundForHaVip(`The network interface "${id}" does not exist in region ${tx.region}. DescribeNetworkInterfaces lists your ENIs.`);
    return { vswitchId: eni.vswitchId, status: eniStatus(eni, tx.now), ok: ['Available', 'InUse'] };
  }
  const inst = tx.table<InstanceRecord>(INSTANCES).get(id);
  if (!inst) throw new InvalidInstanceIdNotFoundForHaVip(`The ECS instance "${id}" does not exist in region ${tx.region}. DescribeInstances lists your instances (for an ENI, give InstanceType=NetworkInterface).`);
  return { vswitchId: inst.vswitchId, status: statusOf(inst, tx.now), ok: ['Running', 'Stopped'] };
}

/** Associations and unassociations wait for the previous change (the provider retries IncorrectHaVipStatus). */
function requireSettled(tx: Transaction, h: HaVipRecord, doing: string, wanted: string[]): void {
  const status = haVipStatus(h, tx.now);
  if (!wanted.includes(status)) {
    throw new IncorrectHaVipStatus(`The HaVip ${h.id} is ${status}: ${doing} needs it ${wanted.join(' or ')}. Poll DescribeHaVips until it settles, then retry.`);
  }
}

export interface AssociateHaVipInput {
  haVipId: string;
  instanceId: string;
  instanceType?: string;
}

export function associateHaVip(tx: Transaction, config: DomainConfig, input: AssociateHaVipInput): HaVipRecord {
  const h = getHaVip(tx, input.haVipId);
  const type: HaVipInstanceType = input.instanceType === 'NetworkInterface' ? 'NetworkInterface' : 'EcsInstance';
  const target = targetOf(tx, type, input.instanceId);
  requireSettled(tx, h, 'AssociateHaVip', ['Available', 'InUse']);
  if (!target.ok.includes(target.status)) {
    throw new IncorrectInstanceStatusForHaVip(`The ${type === 'NetworkInterface' ? 'network interface' : 'ECS instance'} ${input.instanceId} is ${target.status}: a HaVip is associated with one that is ${target.ok.join(' or ')}. Wait until it settles and retry.`);
  }
  // The three rules below have no documented code of their own; InvalidParameter is the sandbox's reading.
  if (target.vswitchId !== h.vswitchId) {
    throw new InvalidParameter(`${input.instanceId} is in VSwitch ${target.vswitchId || '(none)'}, but HaVip ${h.id} is in ${h.vswitchId}: a HaVip and the instances it is associated with must be in the same VSwitch.`);
  }
  if (h.instanceType && h.instanceType !== type) {
    throw new InvalidParameter(`HaVip ${h.id} is associated with ${h.instanceType === 'EcsInstance' ? 'ECS instances' : 'ENIs'} (${h.instanceIds.join(', ')}): one HaVip takes ECS instances or ENIs, not both.`);
  }
  if (h.instanceIds.includes(input.instanceId)) {
    throw new InvalidParameter(`HaVip ${h.id} is already associated with ${input.instanceId}.`);
  }
  if (h.instanceIds.length >= MAX_INSTANCES_PER_HAVIP) {
    throw new CountLimitExceededHaVipOnEcsInstance(`HaVip ${h.id} is already associated with ${h.instanceIds.length} instances, the most one HaVip may have (${MAX_INSTANCES_PER_HAVIP}). Unassociate one first.`);
  }
  return haVips(tx).put({
    ...h,
    instanceType: type,
    instanceIds: [...h.instanceIds, input.instanceId],
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Associating'], 'InUse'),
  });
}

/**
 * Unassociates one instance. The real API refuses to unassociate the master (the instance that
 * holds the address) unless Force is true: Forbidden.UnassociateMaster. The sandbox's master is the
 * first associated instance (see records.ts). Sandbox's reading: a master that is the only
 * associated instance may leave without Force, since no standby is left to take the address over
 * (on the real cloud an instance runs no ARP-announcing software until the user installs it, so
 * a lone instance is normally no master); with others associated, Force is required. Once the
 * master has gone, the next one takes over.
 */
export function unassociateHaVip(tx: Transaction, config: DomainConfig, input: { haVipId: string; instanceId: string; force?: boolean }): HaVipRecord {
  const h = getHaVip(tx, input.haVipId);
  requireSettled(tx, h, 'UnassociateHaVip', ['InUse']);
  if (!h.instanceIds.includes(input.instanceId)) {
    throw new ResourceNotAssociated(`HaVip ${h.id} is not associated with ${input.instanceId} (it is associated with ${h.instanceIds.join(', ') || 'nothing'}).`);
  }
  if (input.force !== true && masterOf(h) === input.instanceId && h.instanceIds.length > 1) {
    const others = h.instanceIds.filter((i) => i !== input.instanceId);
    throw new ForbiddenUnassociateMaster(
      `${input.instanceId} is the master of HaVip ${h.id} (it holds ${h.ipAddress}) and ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} still associated: unassociating a master instance is not allowed unless Force is true. Unassociate the others first, or send Force=true (force = true on alicloud_havip_attachment) to let ${others[0]} take over.`,
    );
  }
  return haVips(tx).put(withoutInstance(h, input.instanceId, tx.now, config.asyncDelayMs));
}

/** The HaVip with one instance gone; the next becomes the master, and with none left it is Available. */
export function withoutInstance(h: HaVipRecord, instanceId: string, now: number, delayMs: number): HaVipRecord {
  const instanceIds = h.instanceIds.filter((i) => i !== instanceId);
  return {
    ...h,
    instanceIds,
    instanceType: instanceIds.length ? h.instanceType : '',
    lifecycle: transition(now, delayMs, ['Unassociating'], instanceIds.length ? 'InUse' : 'Available'),
  };
}
