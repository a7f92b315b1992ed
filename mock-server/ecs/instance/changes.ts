/**
 * Changes to an existing instance: moving it between VSwitches (ModifyInstanceVpcAttribute), its
 * attributes and bandwidth, and its security group membership.
 */
import { given } from '../../domain/values';
import { InvalidParameter, MissingParameter, OperationDenied } from '../../errors';
import { containsIp, intToIp, ipToInt, isIpv4 } from '../../../network-rules/cidr';
import { isReservedAddress } from '../../../network-rules/limits';
import { requireNoDependants } from '../../domain/dependants';
import { checkHostName } from '../../domain/naming';
import type { Transaction } from '../../store/store';
import { VPCS, type VpcRecord } from '../../vpc/vpc/records';
import { InvalidVpcIdNotFound } from '../../vpc/vpc/errors';
import { eipsBoundTo } from '../../vpc/eip/records';
import { requireSecurityGroup } from '../security-group/domain';
import { InvalidSecurityGroupIdNotFound } from '../security-group/errors';
import { SECURITY_GROUPS, type SecurityGroupRecord } from '../security-group/records';
import { allocateAddress, allocatePublicIp, usedAddresses, vswitchCidr } from './addresses';
import { MAX_GROUPS_PER_INSTANCE, checkInstanceDescription, checkInstanceName, put, requireInstance, requireVSwitch, resolveGroups, statusOf } from './domain';
import {
  IncorrectInstanceStatus,
  IncorrectInstanceStatusModify,
  InstanceSecurityGroupLimitExceeded,
  InvalidHostNameMalformed,
  InvalidInstanceIdAlreadyExists,
  InvalidInstanceIdMismatch,
  InvalidPrivateIpAddressDuplicated,
  InvalidPrivateIpAddressMalformed,
  InvalidPrivateIpAddressMismatch,
  InvalidSecurityGroupAssociationNotFound,
  InvalidVSwitchIdMismatch,
} from './errors';
import type { InstanceRecord } from './records';

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
  if (inst.secondaryIps?.length) {
    // The sandbox's reading of the real rule (instances with secondary private IPs cannot be
    // re-addressed): the addresses belong to the old VSwitch, so they would have to go first.
    throw new OperationDenied(`The primary network interface of instance ${id} holds the secondary private IPs ${inst.secondaryIps.join(', ')}: unassign them (UnassignPrivateIpAddresses on ${'eni-' + id.slice(2)}) before changing its VSwitch or private IP.`);
  }
  const vsw = requireVSwitch(tx, input.vswitchId, 'ModifyInstanceVpcAttribute');
  const movingVpc = given(input.vpcId) && input.vpcId !== inst.vpcId;
  let groups: string[] | undefined;
  if (movingVpc) {
    if (!tx.table<VpcRecord>(VPCS).get(input.vpcId!)) {
      throw new InvalidVpcIdNotFound(`The VPC "${input.vpcId}" does not exist in region ${tx.region}. Check the ID with DescribeVpcs.`);
    }
    if (vsw.vpcId !== input.vpcId) {
      throw new InvalidVSwitchIdMismatch(`The VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, not in the target VPC ${input.vpcId}: give a VSwitch of ${input.vpcId}.`);
    }
    if (!input.securityGroupIds || input.securityGroupIds.length === 0) {
      throw new MissingParameter(`Moving instance ${id} to VPC ${input.vpcId} needs SecurityGroupId.N: give one or more security groups of ${input.vpcId}.`);
    }
    groups = resolveGroups(tx, input.securityGroupIds, input.vpcId!, 'SecurityGroupId.N').map((g) => g.id);
    // Route entries pointing at it stay in the old VPC (rows the route-table family registers).
    requireNoDependants(tx, 'instance', id, 'move-vpc');
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
  creditSpecification?: string;
  instanceName?: string;
  description?: string;
  hostName?: string;
  securityGroupIds?: string[];
  deletionProtection?: boolean;
}

export function modifyInstanceAttribute(tx: Transaction, id: string, input: AttributeInput): void {
  const inst = requireInstance(tx, id);
  const changes: Partial<InstanceRecord> = {};
  if (given(input.instanceName)) changes.name = checkInstanceName(input.instanceName);
  if (input.description !== undefined) changes.description = checkInstanceDescription(input.description);
  if (given(input.hostName)) changes.hostName = checkHostName(input.hostName, InvalidHostNameMalformed);
  if (input.securityGroupIds && input.securityGroupIds.length > 0) {
    changes.securityGroupIds = resolveGroups(tx, input.securityGroupIds, inst.vpcId, 'SecurityGroupIds.N').map((g) => g.id);
  }
  if (input.deletionProtection !== undefined) changes.deletionProtection = input.deletionProtection;
  // Kept and shown, not counted (./stored-fields.ts).
  if (given(input.creditSpecification)) changes.creditSpecification = input.creditSpecification;
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
  // The guide: an instance has one public address, a system-allocated one or an EIP, never both
  // (AssociateEipAddress refuses an instance with a system IP; this is the other direction).
  const eip = publicIp ? undefined : eipsBoundTo(tx, id)[0];
  if (eip && allocatePublic) {
    throw new OperationDenied(`The instance ${id} has EIP ${eip.id} (${eip.ipAddress}) bound, so it cannot also get a system-allocated public IP. Leave AllocatePublicIp out (the EIP carries its traffic), or unbind the EIP with UnassociateEipAddress first.`);
  }
  // The guide: a system-allocated public IP cannot be unbound, so lowering the bandwidth to 0
  // keeps the address; raising it above 0 (or AllocatePublicIp) gives one to an instance without
  // (and without an EIP: then only the recorded bandwidth changes).
  if (!publicIp && !eip && (bandwidth > 0 || allocatePublic)) publicIp = allocatePublicIp(tx, new Set());
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
    const where = group.vpcId ? `is in VPC ${group.vpcId}` : 'is a classic-network group';
    throw new InvalidInstanceIdMismatch(`The instance ${instanceId} is in VPC ${inst.vpcId} but security group ${groupId} ${where}: they must be in the same VPC.`);
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
  if (!tx.table<SecurityGroupRecord>(SECURITY_GROUPS).get(groupId)) {
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
