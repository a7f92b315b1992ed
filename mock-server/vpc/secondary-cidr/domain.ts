/**
 * Secondary IPv4 CIDR blocks of a VPC (AssociateVpcCidrBlock / UnassociateVpcCidrBlock), as the
 * current API reference has them; the product guide predates them. The guide's rule for the
 * primary block (private ranges only) stays; a secondary block follows the current API: a private
 * range or a subnet of one, or a public block outside the reserved ranges, /8 to /28, at most five
 * per VPC, overlapping none of the VPC's other blocks. VSwitches may lie in any of the blocks
 * (vswitch/domain.ts), so a block cannot go while a VSwitch lies in it.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { overlaps, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import { MAX_SECONDARY_IPV4_BLOCKS, secondaryCidrProblem } from '../../../network-rules/ipv6';
import type { Transaction } from '../../store/store';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import { InvalidCidrBlockMalformed } from '../vpc/errors';
import { VPCS, vpcIpv4Blocks, type VpcRecord } from '../vpc/records';
import { DependencyViolationVSwitch, InvalidCidrBlockOverlapped } from '../vswitch/errors';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { InvalidSecondaryCidrBlockNotFound, QuotaExceededSecondaryCidrBlock } from './errors';

export function associateSecondaryCidr(tx: Transaction, vpcId: string, text: string | undefined): VpcRecord {
  const vpc = getVpc(tx, vpcId);
  if (!text) throw new MissingParameter('The input parameter "SecondaryCidrBlock" that is mandatory for processing this request is not supplied: give the IPv4 block to add, such as 192.168.0.0/16.');
  const cidr = parseCidr(text);
  if (!cidr) throw new InvalidCidrBlockMalformed(`The SecondaryCidrBlock "${text}" is malformed: give an IPv4 block such as 192.168.0.0/16, with no host bits set after the mask.`);
  const problem = secondaryCidrProblem(cidr);
  if (problem) throw new InvalidParameter(`The SecondaryCidrBlock "${text}" ${problem}.`);
  requireAvailableVpc(tx, vpc, 'AssociateVpcCidrBlock');
  const secondaries = vpc.secondaryCidrBlocks ?? [];
  if (secondaries.length >= MAX_SECONDARY_IPV4_BLOCKS) {
    throw new QuotaExceededSecondaryCidrBlock(`VPC ${vpc.id} already has ${secondaries.length} secondary IPv4 blocks (${secondaries.join(', ')}), the most a VPC may have. Remove one with UnassociateVpcCidrBlock first.`);
  }
  const clash = vpcIpv4Blocks(vpc).find((b) => overlaps(cidrOf(b)!, cidr));
  if (clash) {
    throw new InvalidCidrBlockOverlapped(`The SecondaryCidrBlock "${text}" overlaps ${clash}, a block VPC ${vpc.id} already has: a VPC's blocks may not overlap. Choose another block.`);
  }
  const updated: VpcRecord = { ...vpc, secondaryCidrBlocks: [...secondaries, cidr.text] };
  tx.table<VpcRecord>(VPCS).put(updated);
  return updated;
}

export function unassociateSecondaryCidr(tx: Transaction, vpcId: string, text: string | undefined): VpcRecord {
  const vpc = getVpc(tx, vpcId);
  if (!text) throw new MissingParameter('The input parameter "SecondaryCidrBlock" that is mandatory for processing this request is not supplied: give the secondary block to remove.');
  const cidr = parseCidr(text);
  const secondaries = vpc.secondaryCidrBlocks ?? [];
  if (!cidr || !secondaries.includes(cidr.text)) {
    const what = cidr?.text === vpc.cidrBlock ? ' (it is the primary block, which cannot be removed)' : '';
    throw new InvalidSecondaryCidrBlockNotFound(`"${text}" is not a secondary block of VPC ${vpc.id}${what}. Its secondary blocks: ${secondaries.join(', ') || 'none'}.`);
  }
  requireAvailableVpc(tx, vpc, 'UnassociateVpcCidrBlock');
  const inside = tx.table<VSwitchRecord>(VSWITCHES).find((s) => s.vpcId === vpc.id && overlaps(cidrOf(s.cidrBlock)!, cidr));
  if (inside) {
    throw new DependencyViolationVSwitch(`The block ${cidr.text} of VPC ${vpc.id} still holds VSwitch ${inside.id} (${inside.cidrBlock}). Delete the VSwitch first.`);
  }
  const updated: VpcRecord = { ...vpc, secondaryCidrBlocks: secondaries.filter((b) => b !== cidr.text) };
  tx.table<VpcRecord>(VPCS).put(updated);
  return updated;
}

/** Bound to VPC_HOOKS.cidrChanging: a new primary block may not overlap a secondary one. */
export function keepPrimaryApartFromSecondaries(_tx: Transaction, vpc: VpcRecord, cidr: Cidr, text: string): void {
  const clash = (vpc.secondaryCidrBlocks ?? []).find((b) => overlaps(cidrOf(b)!, cidr));
  if (clash) {
    throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" overlaps the secondary block ${clash} of VPC ${vpc.id}: a VPC's blocks may not overlap.`);
  }
}
