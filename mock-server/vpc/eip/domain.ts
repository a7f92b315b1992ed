/**
 * Elastic IP addresses: allocation from the sandbox's public pool (or a requested address, so the
 * guide's 118.31.48.48 can be reproduced), binding to an ECS instance or a NAT gateway, unbinding
 * and release, with the real statuses: Available → Associating → InUse → Unassociating → Available.
 *
 * Bindings are checked and written in one synchronous transaction, so of two concurrent
 * AssociateEipAddress calls for one EIP (or for one instance) exactly one wins. SNAT and DNAT
 * entries join an unbinding through EIP_HOOKS.unbinding (they refuse it, or go with it under
 * Force), so this family never imports them.
 */
import { InvalidDescriptionMalformed, InvalidOperationDeletionProtection, InvalidParameter } from '../../errors';
import { containsIp, ipToInt, isIpv4, parseCidr } from '../../../network-rules/cidr';
import { CLOUD_SERVICE_BLOCK, PRIVATE_RANGES } from '../../../network-rules/limits';
import type { DomainConfig } from '../../domain/config';
import { requireNoDependants } from '../../domain/dependants';
import { HookPoint, type HookBinding } from '../../domain/hooks';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { allocatePublicIp, publicAddressesInUse } from '../../ecs/instance/addresses';
import { statusOf } from '../../ecs/instance/domain';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { eniStatus, networkInterfaces } from '../../ecs/network-interface/records';
import { NAT_GATEWAYS, natGatewayStatus, type NatGatewayRecord } from '../nat-gateway/records';
import {
  IncorrectEipStatus,
  IncorrectInstanceStatusForEip,
  IncorrectStatusNatGateway,
  InvalidAllocationIdNotFound,
  InvalidAssociationDuplicated,
  InvalidBindingStatus,
  InvalidInstanIdNotFoundForEip,
  InvalidInstanceTypeValueNotSupported,
  InvalidNameMalformed,
  QuotaExceededEip,
  ReserveIpFail,
} from './errors';
import { EIPS, eipsBoundTo, type EipBinding, type EipInstanceType, type EipRecord } from './records';

/**
 * EIPs per account and region. The real default quota is about 20 and is raised on request; the
 * sandbox allows 1,000 so that scale tests (and `npm run bench`) need no quota change.
 */
export const EIP_QUOTA_PER_REGION = 1000;
/** Bandwidth bounds (Mbit/s) of a pay-as-you-go EIP, by InternetChargeType. */
export const EIP_BANDWIDTH_RANGE: Readonly<Record<string, readonly [number, number]>> = { PayByBandwidth: [1, 500], PayByTraffic: [1, 200] };
export const DEFAULT_EIP_BANDWIDTH = 5;

/**
 * Binding targets other families contribute (InstanceType HaVip, by the HaVip family), so this
 * family never imports them: each resolves an InstanceId to the binding, or throws the real error.
 */
export type EipTarget = (tx: Transaction, instanceId: string, privateIpAddress: string | undefined) => EipBinding;
const registeredTargets = new Map<string, EipTarget>();

/** For a family's `hooks`: installs its binding target when the registry is built. */
export function eipTargetType(type: EipInstanceType, target: EipTarget): HookBinding {
  return { point: `eip.target.${type}`, install: () => registeredTargets.set(type, target) };
}

/** Where SNAT and DNAT entries join an EIP's unbinding from a NAT gateway. */
export const EIP_HOOKS = {
  /** A hook throws to refuse the unbinding (force=false) or removes what used the address (force=true). */
  unbinding: new HookPoint<[EipRecord, boolean]>('eip.unbinding'),
  /**
   * The EIP bandwidth plan (common bandwidth package) an EIP is in, for DescribeEipAddresses: the
   * common-bandwidth-package family answers, so this family never imports it.
   */
  bandwidthPackage: new HookPoint<[EipRecord], EipBandwidthPackageView | undefined>('eip.bandwidthPackage'),
  /**
   * DeletionProtection for a Type this family does not own (CBWP): the owning family switches it
   * and returns true. Keeps the EIP family from importing the bandwidth-plan family.
   */
  deletionProtection: new HookPoint<[string, string, boolean], boolean>('eip.deletionProtection'),
};

/** What DescribeEipAddresses shows of an EIP's bandwidth plan. */
export interface EipBandwidthPackageView {
  id: string;
  type: string;
  /** The package's bandwidth, Mbit/s. */
  bandwidth: number;
  /** The EIP's cap inside the package, if one is set. */
  cap?: number;
}

export function eipStatus(eip: EipRecord, now: number): string {
  return currentStatus(eip.lifecycle, now);
}

export function getEip(tx: Transaction, allocationId: string): EipRecord {
  const eip = tx.table<EipRecord>(EIPS).get(allocationId);
  if (!eip) {
    throw new InvalidAllocationIdNotFound(`The EIP "${allocationId}" does not exist in region ${tx.region}. DescribeEipAddresses lists your EIPs.`);
  }
  return eip;
}

/** Addresses that can never be a public address: private, shared, loopback, link-local, multicast and reserved space. */
const NOT_PUBLIC = [...PRIVATE_RANGES, CLOUD_SERVICE_BLOCK, ...['0.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/3'].map((t) => parseCidr(t)!)];

export function isPublicAddress(ip: string): boolean {
  if (!isIpv4(ip)) return false;
  const n = ipToInt(ip);
  return !NOT_PUBLIC.some((b) => containsIp(b, n));
}

function checkBandwidth(bandwidth: number, chargeType: string): void {
  const [min, max] = EIP_BANDWIDTH_RANGE[chargeType];
  if (bandwidth < min || bandwidth > max) {
    throw new InvalidParameter(`The Bandwidth ${bandwidth} is out of range for InternetChargeType ${chargeType}: a pay-as-you-go EIP has ${min} to ${max} Mbit/s.`);
  }
}

export interface AllocateEipInput {
  ipAddress?: string;
  bandwidth?: number;
  internetChargeType?: string;
  isp?: string;
  name?: string;
  description?: string;
  resourceGroupId?: string;
  securityProtectionTypes?: string[];
  zone?: string;
  tags: Tags;
}

export function allocateEip(tx: Transaction, input: AllocateEipInput): EipRecord {
  const chargeType = input.internetChargeType || 'PayByBandwidth';
  const bandwidth = input.bandwidth ?? DEFAULT_EIP_BANDWIDTH;
  checkBandwidth(bandwidth, chargeType);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  const eips = tx.table<EipRecord>(EIPS);
  const count = eips.count();
  if (count >= EIP_QUOTA_PER_REGION) {
    throw new QuotaExceededEip(`Region ${tx.region} already has ${count} EIPs, the sandbox's quota of ${EIP_QUOTA_PER_REGION} per region. Release EIPs you no longer need with ReleaseEipAddress.`);
  }
  let ipAddress: string;
  if (input.ipAddress) {
    if (!isPublicAddress(input.ipAddress)) {
      throw new InvalidParameter(`The IpAddress "${input.ipAddress}" is not a public IPv4 address: give an address such as 118.31.48.48 (not a private, shared, loopback or multicast one), or leave IpAddress out to get one.`);
    }
    if (publicAddressesInUse(tx).has(input.ipAddress)) {
      throw new ReserveIpFail(`The address ${input.ipAddress} is already in use in region ${tx.region} (by an EIP, an instance's public IP or a bandwidth package). Choose another address or leave IpAddress out.`);
    }
    ipAddress = input.ipAddress;
  } else {
    ipAddress = allocatePublicIp(tx, new Set());
  }
  const eip: EipRecord = {
    id: newId('eip'),
    ipAddress,
    name,
    description,
    bandwidth,
    internetChargeType: chargeType,
    isp: input.isp || 'BGP',
    netmode: 'public',
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    ...(input.securityProtectionTypes?.length ? { securityProtectionTypes: [...new Set(input.securityProtectionTypes)] } : {}),
    ...(input.zone ? { zone: input.zone } : {}),
    createdAt: tx.now,
    // Allocation is synchronous on the real API too: a new EIP is Available at once.
    lifecycle: { status: 'Available' },
    tags: input.tags,
  };
  return eips.put(eip);
}

export function modifyEip(tx: Transaction, allocationId: string, input: { name?: string; description?: string; bandwidth?: number }): EipRecord {
  const eip = getEip(tx, allocationId);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  if (input.bandwidth !== undefined) checkBandwidth(input.bandwidth, eip.internetChargeType);
  return tx.table<EipRecord>(EIPS).put({ ...eip, name: name ?? eip.name, description: description ?? eip.description, bandwidth: input.bandwidth ?? eip.bandwidth });
}

function requireStatus(tx: Transaction, eip: EipRecord, wanted: string, doing: string): void {
  const status = eipStatus(eip, tx.now);
  if (status === wanted) return;
  const hint = status === 'Associating' || status === 'Unassociating' ? ' It is changing: poll DescribeEipAddresses until it settles, then retry.' : '';
  const bound = eip.binding ? ` (bound to ${eip.binding.instanceType} ${eip.binding.instanceId})` : '';
  throw new IncorrectEipStatus(`The EIP ${eip.id} (${eip.ipAddress}) is ${status}${bound}: ${doing} needs it ${wanted}.${hint}`);
}

/** The public address an instance already has, if any (its system public IP or another EIP). */
function instancePublicAddress(tx: Transaction, inst: InstanceRecord): string | undefined {
  if (inst.publicIp) return `the system-allocated public IP ${inst.publicIp}`;
  const other = eipsBoundTo(tx, inst.id)[0];
  return other ? `EIP ${other.id} (${other.ipAddress})` : undefined;
}

function ecsTarget(tx: Transaction, instanceId: string): EipBinding {
  const inst = tx.table<InstanceRecord>(INSTANCES).get(instanceId);
  if (!inst) {
    throw new InvalidInstanIdNotFoundForEip(`The ECS instance "${instanceId}" does not exist in region ${tx.region}. An EIP binds to an instance in its own region; check InstanceId and InstanceType.`);
  }
  const status = statusOf(inst, tx.now);
  if (status !== 'Running' && status !== 'Stopped') {
    throw new IncorrectInstanceStatusForEip(`The ECS instance ${instanceId} is ${status}: the guide requires it to be Running or Stopped to bind an EIP. Wait until it settles and retry.`);
  }
  const has = instancePublicAddress(tx, inst);
  if (has) {
    throw new InvalidAssociationDuplicated(`The ECS instance ${instanceId} already has ${has}: the guide allows an EIP only on an instance without a system-allocated public IP and without another EIP. ${inst.publicIp ? 'A system public IP cannot be unbound; launch the instance with InternetMaxBandwidthOut=0 to use an EIP.' : 'Unbind that EIP first.'}`);
  }
  return { instanceId, instanceType: 'EcsInstance', privateIpAddress: inst.privateIp, vpcId: inst.vpcId };
}

function natTarget(tx: Transaction, natGatewayId: string): EipBinding {
  const nat = tx.table<NatGatewayRecord>(NAT_GATEWAYS).get(natGatewayId);
  if (!nat) {
    throw new InvalidInstanIdNotFoundForEip(`The NAT gateway "${natGatewayId}" does not exist in region ${tx.region}. DescribeNatGateways lists your NAT gateways.`);
  }
  if (nat.networkType === 'intranet') {
    // A VPC NAT gateway translates to NAT IPs of its blocks and takes no EIP. The code is one
    // AssociateEipAddress documents; that the cloud uses it for this case is the sandbox's reading.
    throw new InvalidInstanceTypeValueNotSupported(`The NAT gateway ${natGatewayId} is a VPC NAT gateway (NetworkType=intranet): it takes no EIP. Its SNAT and DNAT entries use NAT IPs (CreateNatIp); bind EIPs to an Internet NAT gateway.`);
  }
  const status = natGatewayStatus(nat, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNatGateway(`The NAT gateway ${natGatewayId} is ${status}: an EIP can be bound to it once it is Available. Poll DescribeNatGateways and retry.`);
  }
  return { instanceId: nat.id, instanceType: 'Nat', privateIpAddress: '', vpcId: nat.vpcId };
}

/**
 * A secondary ENI (InstanceType NetworkInterface): Available or InUse, without another EIP. The
 * address is bound to the ENI's primary private IP (PrivateIpAddress, a secondary one, is recorded
 * as given).
 */
function eniTarget(tx: Transaction, eniId: string, privateIp: string | undefined): EipBinding {
  const eni = networkInterfaces(tx).get(eniId);
  if (!eni) {
    throw new InvalidInstanIdNotFoundForEip(`The network interface "${eniId}" does not exist in region ${tx.region}. DescribeNetworkInterfaces lists your ENIs (a primary ENI is bound through its instance, InstanceType EcsInstance).`);
  }
  const status = eniStatus(eni, tx.now);
  if (status !== 'Available' && status !== 'InUse') {
    throw new IncorrectInstanceStatusForEip(`The network interface ${eniId} is ${status}: an EIP binds to an ENI that is Available or InUse. Wait until it settles and retry.`);
  }
  const other = eipsBoundTo(tx, eniId)[0];
  if (other) {
    throw new InvalidAssociationDuplicated(`The network interface ${eniId} already has EIP ${other.id} (${other.ipAddress}): unbind it first.`);
  }
  if (privateIp && privateIp !== eni.primaryIp && !eni.secondaryIps.includes(privateIp)) {
    throw new InvalidParameter(`The PrivateIpAddress ${privateIp} is not an address of network interface ${eniId} (${[eni.primaryIp, ...eni.secondaryIps].join(', ')}).`);
  }
  return { instanceId: eniId, instanceType: 'NetworkInterface', privateIpAddress: privateIp || eni.primaryIp, vpcId: eni.vpcId };
}

export interface AssociateInput {
  allocationId: string;
  instanceId: string;
  instanceType?: string;
  /** NAT (the default), MULTI_BINDED or BINDED: recorded, routed as NAT (see EipRecord.mode). */
  mode?: string;
  /** For InstanceType NetworkInterface: which of the ENI's private addresses. */
  privateIpAddress?: string;
}

export function associateEip(tx: Transaction, config: DomainConfig, input: AssociateInput): EipRecord {
  const eip = getEip(tx, input.allocationId);
  const type = input.instanceType || inferType(input.instanceId);
  const registered = registeredTargets.get(type);
  if (type !== 'EcsInstance' && type !== 'Nat' && type !== 'NetworkInterface' && !registered) {
    throw new InvalidInstanceTypeValueNotSupported(`The InstanceType "${type}" is not supported by the sandbox: an EIP binds to an ECS instance (EcsInstance), a NAT gateway (Nat), a secondary ENI (NetworkInterface)${registeredTargets.size ? ` or ${[...registeredTargets.keys()].join(', ')}` : ''}.`);
  }
  if (eip.binding) {
    throw new IncorrectEipStatus(`The EIP ${eip.id} (${eip.ipAddress}) is already bound to ${eip.binding.instanceType} ${eip.binding.instanceId}: one EIP binds to one thing at a time. Unbind it first.`);
  }
  requireStatus(tx, eip, 'Available', 'AssociateEipAddress');
  const binding = registered
    ? registered(tx, input.instanceId, input.privateIpAddress)
    : type === 'Nat' ? natTarget(tx, input.instanceId) : type === 'NetworkInterface' ? eniTarget(tx, input.instanceId, input.privateIpAddress) : ecsTarget(tx, input.instanceId);
  return tx.table<EipRecord>(EIPS).put({
    ...eip,
    binding,
    mode: input.mode || eip.mode || 'NAT',
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Associating'], 'InUse'),
  });
}

/** As the real provider does: a `ngw-` id means a NAT gateway, `eni-` an ENI, anything else an ECS instance. */
function inferType(instanceId: string): EipInstanceType {
  return instanceId.startsWith('ngw-') ? 'Nat' : instanceId.startsWith('eni-') ? 'NetworkInterface' : 'EcsInstance';
}

export interface UnassociateInput {
  allocationId: string;
  instanceId?: string;
  instanceType?: string;
  force?: boolean;
}

export function unassociateEip(tx: Transaction, config: DomainConfig, input: UnassociateInput): EipRecord {
  const eip = getEip(tx, input.allocationId);
  if (!eip.binding) {
    throw new IncorrectEipStatus(`The EIP ${eip.id} (${eip.ipAddress}) is not bound to anything (${eipStatus(eip, tx.now)}): there is nothing to unbind.`);
  }
  if (input.instanceId && input.instanceId !== eip.binding.instanceId) {
    throw new InvalidBindingStatus(`The EIP ${eip.id} is bound to ${eip.binding.instanceType} ${eip.binding.instanceId}, not to ${input.instanceId}. Give the InstanceId it is bound to.`);
  }
  requireStatus(tx, eip, 'InUse', 'UnassociateEipAddress');
  if (eip.binding.instanceType === 'Nat') EIP_HOOKS.unbinding.run(tx, eip, !!input.force);
  return unbind(tx, config, eip);
}

/** Drops the binding; the EIP shows Unassociating for the async delay. */
export function unbind(tx: Transaction, config: DomainConfig | undefined, eip: EipRecord): EipRecord {
  const { binding: _gone, ...rest } = eip;
  const lifecycle = config ? transition(tx.now, config.asyncDelayMs, ['Unassociating'], 'Available') : { status: 'Available' };
  return tx.table<EipRecord>(EIPS).put({ ...rest, lifecycle });
}

export function releaseEip(tx: Transaction, allocationId: string): EipRecord {
  const eip = getEip(tx, allocationId);
  if (eip.binding) {
    throw new IncorrectEipStatus(`The EIP ${eip.id} (${eip.ipAddress}) is bound to ${eip.binding.instanceType} ${eip.binding.instanceId}: an EIP can be released only when it is Available. Unbind it with UnassociateEipAddress first.`);
  }
  if (eip.deletionProtection) {
    throw new InvalidOperationDeletionProtection(`The EIP ${eip.id} (${eip.ipAddress}) has deletion protection on, so it cannot be released. Turn it off first with DeletionProtection (Type EIP, ProtectionEnable false).`);
  }
  requireStatus(tx, eip, 'Available', 'ReleaseEipAddress');
  // What else holds the EIP (an EIP bandwidth plan) refuses the release through the dependency table.
  requireNoDependants(tx, 'eip', eip.id);
  tx.table<EipRecord>(EIPS).delete(eip.id);
  return eip;
}

/** Used by a deleted instance's cascade: its EIP stays allocated and becomes Available. */
export function unbindAllFrom(tx: Transaction, instanceId: string): void {
  for (const eip of eipsBoundTo(tx, instanceId)) unbind(tx, undefined, eip);
}

/** DeletionProtection with Type EIP: while on, ReleaseEipAddress is refused. */
export function setEipDeletionProtection(tx: Transaction, allocationId: string, enabled: boolean): EipRecord {
  const eip = getEip(tx, allocationId);
  return tx.table<EipRecord>(EIPS).put({ ...eip, deletionProtection: enabled });
}

/** ModifyEipForwardMode: the mode is recorded and shown back; traffic is still routed as in NAT mode. */
export function setEipForwardMode(tx: Transaction, allocationId: string, mode: string): EipRecord {
  const eip = getEip(tx, allocationId);
  return tx.table<EipRecord>(EIPS).put({ ...eip, mode });
}

/** SetHighDefinitionMonitorLogStatus: recorded and shown by DescribeHighDefinitionMonitorLogAttribute; no logs are written. */
export function setEipHdMonitor(tx: Transaction, allocationId: string, input: { status?: string; logProject?: string; logStore?: string }): EipRecord {
  const eip = getEip(tx, allocationId);
  const was = eip.hdMonitor ?? { status: 'OFF', logProject: '', logStore: '' };
  const hdMonitor = { status: input.status ?? was.status, logProject: input.logProject ?? was.logProject, logStore: input.logStore ?? was.logStore };
  return tx.table<EipRecord>(EIPS).put({ ...eip, hdMonitor });
}
