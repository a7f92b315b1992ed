/**
 * A VSwitch's IPv6 /64 (current API; the guide predates IPv6): the index given as Ipv6CidrBlock on
 * CreateVSwitch / ModifyVSwitchAttribute (the provider's ipv6_cidr_block_mask, 0–255) picks one of
 * the 256 /64s of its VPC's /56. Two VSwitches of a VPC never share a /64.
 */
import { InvalidParameter } from '../../errors';
import { HookPoint } from '../../domain/hooks';
import { ipv6IndexProblem, parseIpv6Cidr, VSWITCH_IPV6_INDEX_MAX, vswitchIpv6Block, vswitchIpv6Index } from '../../../network-rules/ipv6';
import type { Transaction } from '../../store/store';
import type { VpcRecord } from '../vpc/records';
import { InvalidCidrBlockOverlapped, OperationFailedVpcIpv6InUse } from './errors';
import { VSWITCHES, type VSwitchRecord } from './records';

export const VSWITCH_IPV6_HOOKS = {
  /** The VSwitch's /64 is about to go; a hook throws if something (an instance's address) still uses it. */
  disabling: new HookPoint<[VSwitchRecord]>('vswitch.ipv6Disabling'),
};

/**
 * The /64 for a VSwitch of `vpc`: at `index` when given, else the lowest free one. The VPC must
 * have IPv6; `vpcIpv6Block` (VpcIpv6CidrBlock), when given, must be the VPC's block.
 */
export function assignVSwitchIpv6(tx: Transaction, vpc: VpcRecord, index: number | undefined, vpcIpv6Block: string | undefined, exceptVSwitchId?: string): string {
  if (!vpc.ipv6CidrBlock) {
    throw new InvalidParameter(`VPC ${vpc.id} has no IPv6 block, so a VSwitch in it cannot get one: enable IPv6 on the VPC first (EnableIpv6 / ModifyVpcAttribute EnableIPv6=true).`);
  }
  if (vpcIpv6Block && parseIpv6Cidr(vpcIpv6Block)?.text !== vpc.ipv6CidrBlock) {
    throw new InvalidParameter(`The VpcIpv6CidrBlock "${vpcIpv6Block}" is not an IPv6 block of VPC ${vpc.id}, whose block is ${vpc.ipv6CidrBlock}.`);
  }
  const used = new Map<number, string>();
  for (const s of tx.table<VSwitchRecord>(VSWITCHES).filter((x) => x.vpcId === vpc.id && !!x.ipv6CidrBlock && x.id !== exceptVSwitchId)) {
    const i = vswitchIpv6Index(vpc.ipv6CidrBlock, s.ipv6CidrBlock!);
    if (i !== undefined) used.set(i, s.id);
  }
  if (index !== undefined) {
    const problem = ipv6IndexProblem(index);
    if (problem) throw new InvalidParameter(`The Ipv6CidrBlock ${index} ${problem}.`);
    const holder = used.get(index);
    if (holder) {
      throw new InvalidCidrBlockOverlapped(`The IPv6 block ${vswitchIpv6Block(vpc.ipv6CidrBlock, index)} (index ${index}) is already used by VSwitch ${holder}: each VSwitch of a VPC takes its own /64. Choose another index from 0 to ${VSWITCH_IPV6_INDEX_MAX}.`);
    }
    return vswitchIpv6Block(vpc.ipv6CidrBlock, index);
  }
  for (let i = 0; i <= VSWITCH_IPV6_INDEX_MAX; i++) if (!used.has(i)) return vswitchIpv6Block(vpc.ipv6CidrBlock, i);
  throw new InvalidCidrBlockOverlapped(`All 256 IPv6 /64 blocks of VPC ${vpc.id} are used by its VSwitches.`);
}

/** Bound to VPC_IPV6_HOOKS.disabling: a VPC keeps its IPv6 block while a VSwitch has a /64 of it. */
export function keepVpcIpv6WhileVSwitchesUseIt(tx: Transaction, vpc: VpcRecord): void {
  const user = tx.table<VSwitchRecord>(VSWITCHES).find((s) => s.vpcId === vpc.id && !!s.ipv6CidrBlock);
  if (user) {
    throw new OperationFailedVpcIpv6InUse(`IPv6 cannot be turned off for VPC ${vpc.id}: VSwitch ${user.id} still has the IPv6 block ${user.ipv6CidrBlock}. Turn IPv6 off on its VSwitches first.`);
  }
}
