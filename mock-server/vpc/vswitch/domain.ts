/**
 * VSwitch rules: a /16–/29 block inside its VPC's CIDR that overlaps no other VSwitch, in a zone
 * of the region, within the per-VPC quota. The route-table family joins through VSWITCH_HOOKS (a
 * VSwitch's block may not equal a custom route's destination; each VSwitch owns a system route,
 * added with it) and through the dependency table (removed with it).
 */
import { InvalidDescriptionMalformed, InvalidParameter, InvalidZoneIdNotFound } from '../../errors';
import { containsCidr, overlaps, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import { vswitchIpv6Index } from '../../../network-rules/ipv6';
import { VSWITCH_QUOTA_PER_VPC, usableAddressCount, vswitchMaskProblem } from '../../../network-rules/limits';
import type { DomainConfig } from '../../domain/config';
import { removeCascades, requireNoDependants, type DependantRow } from '../../domain/dependants';
import { HookPoint } from '../../domain/hooks';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { findRegion, findZone } from '../../domain/regions';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import { InvalidCidrBlockMalformed } from '../vpc/errors';
import { vpcIpv4Blocks, type VpcRecord } from '../vpc/records';
import {
  DependencyViolationVSwitch,
  IncorrectVSwitchStatus,
  InvalidCidrBlockMaskLength,
  InvalidCidrBlockOverlapped,
  InvalidVSwitchIdNotFound,
  InvalidVSwitchNameMalformed,
  QuotaExceededVSwitch,
} from './errors';
import { assignVSwitchIpv6, VSWITCH_IPV6_HOOKS } from './ipv6';
import { VSWITCHES, type VSwitchRecord } from './records';

/** Where other families join a VSwitch's creation. */
export const VSWITCH_HOOKS = {
  /** The block passed the VPC and overlap rules; a hook throws if it clashes with something of its own. */
  cidrChosen: new HookPoint<[VpcRecord, Cidr, string]>('vswitch.cidrChosen'),
  /** Every rule passed and the VSwitch is about to be stored; a hook may still refuse (e.g. a busy route table). */
  creating: new HookPoint<[VpcRecord, string]>('vswitch.creating'),
  /** The VSwitch was stored. */
  created: new HookPoint<[VSwitchRecord, VpcRecord]>('vswitch.created'),
};

export function vswitchStatus(vsw: VSwitchRecord, now: number): string {
  return currentStatus(vsw.lifecycle, now);
}

export function getVSwitch(tx: Transaction, vswitchId: string): VSwitchRecord {
  const vsw = tx.table<VSwitchRecord>(VSWITCHES).get(vswitchId);
  if (!vsw) {
    throw new InvalidVSwitchIdNotFound(`The VSwitch "${vswitchId}" does not exist in this region. Check the id and the RegionId; DescribeVSwitches lists your VSwitches.`);
  }
  return vsw;
}

export function requireAvailableVSwitch(tx: Transaction, vsw: VSwitchRecord, doing: string): void {
  const status = vswitchStatus(vsw, tx.now);
  if (status !== 'Available') {
    throw new IncorrectVSwitchStatus(`The VSwitch "${vsw.id}" is ${status}: ${doing} needs it Available. Poll DescribeVSwitchAttributes until Status is Available and retry.`);
  }
}

/**
 * Free addresses: the block's size less the four reserved ones (the first and the last three) and
 * one per address in use (`used`).
 */
export function availableIpAddressCount(vsw: VSwitchRecord, used: number): number {
  return Math.max(0, usableAddressCount(cidrOf(vsw.cidrBlock)!) - used);
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
  const maskProblem = vswitchMaskProblem(cidr);
  if (maskProblem) throw new InvalidCidrBlockMaskLength(`The CidrBlock "${text}" ${maskProblem}.`);
  // A VSwitch may lie in the primary block or in any secondary block (AssociateVpcCidrBlock).
  const blocks = vpcIpv4Blocks(vpc);
  const home = blocks.find((b) => containsCidr(cidrOf(b)!, cidr));
  if (!home) {
    const which = blocks.length > 1 ? `any of the CIDR blocks ${blocks.join(', ')}` : `the CIDR block ${vpc.cidrBlock}`;
    throw new InvalidParameter(`The CidrBlock "${text}" is not inside ${which} of VPC ${vpc.id}: a VSwitch's block must be one of the VPC's blocks or a subset of one.`);
  }
  const siblings = tx.table<VSwitchRecord>(VSWITCHES).filter((s) => s.vpcId === vpc.id);
  for (const s of siblings) {
    const other = cidrOf(s.cidrBlock)!;
    if (!overlaps(other, cidr)) continue;
    if (other.text === home || cidr.text === home) {
      throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" cannot be used: a VSwitch whose block equals a VPC block (${home}) must be the only VSwitch in that block, and ${s.id} (${s.cidrBlock}) is there.`);
    }
    throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" overlaps VSwitch ${s.id} (${s.cidrBlock}) in VPC ${vpc.id}: VSwitches in a VPC may not overlap. Choose a free block.`);
  }
  VSWITCH_HOOKS.cidrChosen.run(tx, vpc, cidr, text);
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
  /** Ipv6CidrBlock: the index (0–255) of the VSwitch's /64 in the VPC's /56; see ./ipv6.ts. */
  ipv6Index?: number;
  /** VpcIpv6CidrBlock: which of the VPC's IPv6 blocks (the sandbox's VPCs have one). */
  vpcIpv6CidrBlock?: string;
}

/**
 * The real API also refuses a CreateVSwitch while another VSwitch of the same VPC is still being
 * created (IncorrectVSwitchStatus / TaskConflict, which clients retry). The sandbox does not: its
 * transactions already serialise creates, so parallel creates are safe, and refusing them would
 * only slow clients down without testing anything they do not already handle.
 */
export function createVSwitch(tx: Transaction, config: DomainConfig, input: CreateVSwitchInput): VSwitchRecord {
  const vpc = getVpc(tx, input.vpcId);
  checkZone(tx, input.zoneId);
  const name = checkResourceName(input.name, 'VSwitchName', InvalidVSwitchNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  requireAvailableVpc(tx, vpc, 'CreateVSwitch');
  const cidr = checkVSwitchCidr(tx, vpc, input.cidrBlock);
  if (!input.isDefault) {
    const used = tx.table<VSwitchRecord>(VSWITCHES).count((s) => s.vpcId === vpc.id && !s.isDefault);
    if (used >= VSWITCH_QUOTA_PER_VPC) {
      throw new QuotaExceededVSwitch(`VPC ${vpc.id} already has ${used} VSwitches, the quota of ${VSWITCH_QUOTA_PER_VPC} per VPC. Delete a VSwitch you no longer need first.`);
    }
  }
  const ipv6CidrBlock = input.ipv6Index !== undefined || input.vpcIpv6CidrBlock ? assignVSwitchIpv6(tx, vpc, input.ipv6Index, input.vpcIpv6CidrBlock) : undefined;
  VSWITCH_HOOKS.creating.run(tx, vpc, 'CreateVSwitch');
  const vsw: VSwitchRecord = {
    id: newId('vsw'),
    vpcId: vpc.id,
    zoneId: input.zoneId,
    cidrBlock: cidr.text,
    name,
    description,
    isDefault: !!input.isDefault,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
    tags: input.tags,
    ...(ipv6CidrBlock ? { ipv6CidrBlock } : {}),
  };
  tx.table<VSwitchRecord>(VSWITCHES).put(vsw);
  VSWITCH_HOOKS.created.run(tx, vsw, vpc);
  return vsw;
}

export interface ModifyVSwitchInput {
  name?: string;
  description?: string;
  /** EnableIPv6: true gives the VSwitch a /64 (at ipv6Index, else the lowest free); false takes it away. */
  enableIpv6?: boolean;
  ipv6Index?: number;
  vpcIpv6CidrBlock?: string;
}

export function modifyVSwitch(tx: Transaction, vswitchId: string, input: ModifyVSwitchInput): VSwitchRecord {
  const vsw = getVSwitch(tx, vswitchId);
  const name = checkResourceName(input.name, 'VSwitchName', InvalidVSwitchNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  requireAvailableVSwitch(tx, vsw, 'ModifyVSwitchAttribute');
  const updated: VSwitchRecord = { ...vsw, name: name ?? vsw.name, description: description ?? vsw.description };
  const wantsIpv6 = input.enableIpv6 === true || (input.enableIpv6 === undefined && input.ipv6Index !== undefined);
  if (wantsIpv6) {
    const vpc = getVpc(tx, vsw.vpcId);
    const current = vsw.ipv6CidrBlock ? vswitchIpv6IndexOf(vpc, vsw) : undefined;
    if (current === undefined || (input.ipv6Index !== undefined && input.ipv6Index !== current)) {
      if (vsw.ipv6CidrBlock) VSWITCH_IPV6_HOOKS.disabling.run(tx, vsw);
      updated.ipv6CidrBlock = assignVSwitchIpv6(tx, vpc, input.ipv6Index, input.vpcIpv6CidrBlock, vsw.id);
    }
  } else if (input.enableIpv6 === false && vsw.ipv6CidrBlock) {
    VSWITCH_IPV6_HOOKS.disabling.run(tx, vsw);
    updated.ipv6CidrBlock = '';
  }
  tx.table<VSwitchRecord>(VSWITCHES).put(updated);
  return updated;
}

/** Deletes a VSwitch once nothing registered as its dependant is left, with what goes with it (its system route). */
export function deleteVSwitch(tx: Transaction, vswitchId: string): VSwitchRecord {
  const vsw = getVSwitch(tx, vswitchId);
  requireAvailableVSwitch(tx, vsw, 'DeleteVSwitch');
  requireNoDependants(tx, 'vswitch', vsw.id);
  removeCascades(tx, 'vswitch', vsw.id);
  tx.table<VSwitchRecord>(VSWITCHES).delete(vsw.id);
  return vsw;
}

// ---- what this family registers about its parent, the VPC ----------------------------------

/** A VPC cannot be deleted while it has VSwitches. */
export const vswitchesInVpc: DependantRow<VSwitchRecord> = {
  parent: 'vpc',
  what: 'VSwitches',
  order: 30,
  find: (tx, vpcId) => {
    const first = tx.table<VSwitchRecord>(VSWITCHES).find((s) => s.vpcId === vpcId);
    return first ? [first] : [];
  },
  error: (vpcId, [vswitch]) =>
    new DependencyViolationVSwitch(`The VPC "${vpcId}" still has VSwitches (such as ${vswitch.id}). Delete them with DeleteVSwitch first.`),
};

function vswitchIpv6IndexOf(vpc: VpcRecord, vsw: VSwitchRecord): number | undefined {
  return vpc.ipv6CidrBlock && vsw.ipv6CidrBlock ? vswitchIpv6Index(vpc.ipv6CidrBlock, vsw.ipv6CidrBlock) : undefined;
}

/** Changing a VPC's primary block must keep every VSwitch inside it (or inside a secondary block). */
export function keepVSwitchesInsideVpc(tx: Transaction, vpc: VpcRecord, cidr: Cidr, text: string): void {
  const blocks = [cidr, ...(vpc.secondaryCidrBlocks ?? []).map((b) => cidrOf(b)!)];
  const outside = tx.table<VSwitchRecord>(VSWITCHES).find((s) => s.vpcId === vpc.id && !blocks.some((b) => containsCidr(b, cidrOf(s.cidrBlock)!)));
  if (outside) {
    throw new InvalidCidrBlockMalformed(`The CidrBlock "${text}" does not contain VSwitch ${outside.id} (${outside.cidrBlock}): a VPC's block must contain all of its VSwitches. Delete the VSwitch or choose a larger block.`);
  }
}
