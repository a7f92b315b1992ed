/**
 * VSwitch rules: a /16–/29 block inside its VPC's CIDR that overlaps no other VSwitch and equals
 * no custom route's destination, in a zone of the region, within the per-VPC quota. Each VSwitch
 * owns a system route for its block in the VPC's route table, removed with it.
 */
import {
  DependencyViolation,
  IncorrectVSwitchStatus,
  InvalidCidrBlockMalformed,
  InvalidCidrBlockMaskLength,
  InvalidCidrBlockOverlapped,
  InvalidParameter,
  InvalidVSwitchDescriptionMalformed,
  InvalidVSwitchIdNotFound,
  InvalidVSwitchNameMalformed,
  InvalidZoneIdNotFound,
  QuotaExceededVSwitch,
} from '../errors';
import { containsCidr, overlaps, parseCidr, usableAddressCount, type Cidr } from './cidr';
import { cidrOf } from './cidr-cache';
import { newId } from './ids';
import { currentStatus, transition } from './lifecycle';
import { findRegion, findZone } from './regions';
import { TABLES, type InstanceRecord, type Tags, type VpcRecord, type VSwitchRecord } from './records';
import { addVSwitchSystemEntry, customDestinationsOfVpc, removeVSwitchSystemEntries, requireNoPendingEntry } from './route-table';
import { checkDescription, checkName, getVpc, requireAvailableVpc, type NetworkEnv } from './vpc';
import type { Transaction } from '../store/store';

/** Non-default VSwitches per VPC (default VSwitches do not count). */
export const VSWITCH_QUOTA_PER_VPC = 150;
export const VSWITCH_MIN_PREFIX = 16;
export const VSWITCH_MAX_PREFIX = 29;

export function vswitchStatus(vsw: VSwitchRecord, now: number): string {
  return currentStatus(vsw.lifecycle, now);
}

export function getVSwitch(tx: Transaction, vswitchId: string): VSwitchRecord {
  const vsw = tx.table<VSwitchRecord>(TABLES.vswitches).get(vswitchId);
  if (!vsw) {
    throw new InvalidVSwitchIdNotFound(`The VSwitch "${vswitchId}" does not exist in this region. Check the id and the RegionId; DescribeVSwitches lists your VSwitches.`);
  }
  return vsw;
}

/** Instances per VSwitch, counted once for a whole listing. */
export function instancesPerVSwitch(tx: Transaction): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of tx.table<InstanceRecord>(TABLES.instances).all()) counts.set(i.vswitchId, (counts.get(i.vswitchId) ?? 0) + 1);
  return counts;
}

/**
 * Free addresses: the block's size less the four reserved ones (the first and the last three) and
 * one per instance in the VSwitch.
 */
export function availableIpAddressCount(vsw: VSwitchRecord, instances: number): number {
  return Math.max(0, usableAddressCount(cidrOf(vsw.cidrBlock)!) - instances);
}

export function checkZone(tx: Transaction, zoneId: string): void {
  if (!findZone(tx.region, zoneId)) {
    const zones = findRegion(tx.region)?.zones.map((z) => z.zoneId).join(', ') ?? '';
    throw new InvalidZoneIdNotFound(`The zone "${zoneId}" does not exist in region ${tx.region}. Use one of: ${zones} (DescribeZones lists them).`);
  }
}

/** The rules on where a new VSwitch's block may lie in its VPC. */
export function checkVSwitchCidr(tx: Transaction, vpc: VpcRecord, text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) {
    throw new InvalidCidrBlockMalformed(`The CidrBlock "${text}" is malformed: give an IPv4 block such as 192.168.1.0/24, with no host bits set after the mask.`);
  }
  if (cidr.prefix < VSWITCH_MIN_PREFIX || cidr.prefix > VSWITCH_MAX_PREFIX) {
    throw new InvalidCidrBlockMaskLength(`The CidrBlock "${text}" has a /${cidr.prefix} mask: a VSwitch's mask must be from /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX} (8 to 65,536 addresses).`);
  }
  if (!containsCidr(cidrOf(vpc.cidrBlock)!, cidr)) {
    throw new InvalidParameter(`The CidrBlock "${text}" is not inside the CIDR block ${vpc.cidrBlock} of VPC ${vpc.id}: a VSwitch's block must be the VPC's block or a subset of it.`);
  }
  const siblings = tx.table<VSwitchRecord>(TABLES.vswitches).filter((s) => s.vpcId === vpc.id);
  for (const s of siblings) {
    const other = cidrOf(s.cidrBlock)!;
    if (!overlaps(other, cidr)) continue;
    if (other.text === vpc.cidrBlock || cidr.text === vpc.cidrBlock) {
      throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" cannot be used: a VSwitch whose block equals the VPC's block (${vpc.cidrBlock}) must be the only VSwitch in the VPC, and ${s.id} (${s.cidrBlock}) is there.`);
    }
    throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" overlaps VSwitch ${s.id} (${s.cidrBlock}) in VPC ${vpc.id}: VSwitches in a VPC may not overlap. Choose a free block.`);
  }
  const route = customDestinationsOfVpc(tx, vpc.id).find((e) => e.destinationCidrBlock === cidr.text);
  if (route) {
    throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" equals the destination of custom route ${route.id} in ${route.routeTableId}: a VSwitch may lie inside a custom route's destination but not equal it. Choose another block or delete the route.`);
  }
  return cidr;
}

export interface CreateVSwitchInput {
  vpcId: string;
  zoneId: string;
  cidrBlock: string;
  name?: string;
  description?: string;
  tags: Tags;
  /** Only CreateDefaultVSwitch sets this: default VSwitches are outside the quota. */
  isDefault?: boolean;
}

/**
 * The real API also refuses a CreateVSwitch while another VSwitch of the same VPC is still being
 * created (IncorrectVSwitchStatus / TaskConflict, which clients retry). The sandbox does not: its
 * transactions already serialise creates, so parallel creates are safe, and refusing them would
 * only slow clients down without testing anything they do not already handle.
 */
export function createVSwitch(tx: Transaction, env: NetworkEnv, input: CreateVSwitchInput): VSwitchRecord {
  const vpc = getVpc(tx, input.vpcId);
  checkZone(tx, input.zoneId);
  const name = checkName(input.name, 'VSwitchName', InvalidVSwitchNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidVSwitchDescriptionMalformed) ?? '';
  requireAvailableVpc(tx, vpc, 'CreateVSwitch');
  const cidr = checkVSwitchCidr(tx, vpc, input.cidrBlock);
  if (!input.isDefault) {
    const used = tx.table<VSwitchRecord>(TABLES.vswitches).count((s) => s.vpcId === vpc.id && !s.isDefault);
    if (used >= VSWITCH_QUOTA_PER_VPC) {
      throw new QuotaExceededVSwitch(`VPC ${vpc.id} already has ${used} VSwitches, the quota of ${VSWITCH_QUOTA_PER_VPC} per VPC. Delete a VSwitch you no longer need first.`);
    }
  }
  // The new VSwitch's system route goes into the VPC's route table, which takes one change at a time.
  requireNoPendingEntry(tx, vpc.routeTableId, 'CreateVSwitch');
  const vsw: VSwitchRecord = {
    id: newId('vsw'),
    vpcId: vpc.id,
    zoneId: input.zoneId,
    cidrBlock: cidr.text,
    name,
    description,
    isDefault: !!input.isDefault,
    createdAt: tx.now,
    lifecycle: transition(tx.now, env.asyncDelayMs, ['Pending'], 'Available'),
    tags: input.tags,
  };
  tx.table<VSwitchRecord>(TABLES.vswitches).put(vsw);
  addVSwitchSystemEntry(tx, vsw, vpc.routeTableId);
  return vsw;
}

export function modifyVSwitch(tx: Transaction, vswitchId: string, input: { name?: string; description?: string }): VSwitchRecord {
  const vsw = getVSwitch(tx, vswitchId);
  const name = checkName(input.name, 'VSwitchName', InvalidVSwitchNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidVSwitchDescriptionMalformed);
  requireAvailableVSwitch(tx, vsw, 'ModifyVSwitchAttribute');
  const updated: VSwitchRecord = { ...vsw, name: name ?? vsw.name, description: description ?? vsw.description };
  tx.table<VSwitchRecord>(TABLES.vswitches).put(updated);
  return updated;
}

function requireAvailableVSwitch(tx: Transaction, vsw: VSwitchRecord, doing: string): void {
  const status = vswitchStatus(vsw, tx.now);
  if (status !== 'Available') {
    throw new IncorrectVSwitchStatus(`The VSwitch "${vsw.id}" is ${status}: ${doing} needs it Available. Poll DescribeVSwitchAttributes until Status is Available and retry.`);
  }
}

export function deleteVSwitch(tx: Transaction, vswitchId: string): VSwitchRecord {
  const vsw = getVSwitch(tx, vswitchId);
  requireAvailableVSwitch(tx, vsw, 'DeleteVSwitch');
  const instance = tx.table<InstanceRecord>(TABLES.instances).find((i) => i.vswitchId === vsw.id);
  if (instance) {
    throw new DependencyViolation(`The VSwitch "${vsw.id}" still has ECS instances (such as ${instance.id}). Release them with DeleteInstance, or move them to another VSwitch, first.`);
  }
  // Its system route leaves the VPC's route table, which takes one change at a time.
  const vpc = tx.table<VpcRecord>(TABLES.vpcs).get(vsw.vpcId);
  if (vpc) requireNoPendingEntry(tx, vpc.routeTableId, 'DeleteVSwitch');
  removeVSwitchSystemEntries(tx, vsw.id);
  tx.table<VSwitchRecord>(TABLES.vswitches).delete(vsw.id);
  return vsw;
}
