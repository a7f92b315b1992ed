/**
 * A VPC's IPv6 block (current API; the product guide predates IPv6): EnableIpv6 on CreateVpc or
 * EnableIPv6 on ModifyVpcAttribute gives the VPC a /56 from the sandbox pool (2001:db8::/32, the
 * documentation prefix, see network-rules/ipv6.ts). Turning IPv6 off gives the block back, which
 * the VSwitch family refuses while one of its VSwitches still has a /64 of it (VPC_IPV6_HOOKS).
 */
import * as crypto from 'node:crypto';
import { InvalidParameter } from '../../errors';
import { HookPoint } from '../../domain/hooks';
import { parseIpv6Cidr, sandboxVpcIpv6Block, SANDBOX_IPV6_POOL, VPC_IPV6_PREFIX } from '../../../network-rules/ipv6';
import type { Transaction } from '../../store/store';
import { VPCS, type VpcRecord } from './records';

/** Ipv6Isp values: BGP (multi-line, the default) or a single-ISP line. */
export const IPV6_ISPS = ['BGP', 'ChinaMobile', 'ChinaUnicom', 'ChinaTelecom'] as const;

export const VPC_IPV6_HOOKS = {
  /** The VPC's IPv6 block is about to go; a hook throws if something still uses it. */
  disabling: new HookPoint<[VpcRecord]>('vpc.ipv6Disabling'),
};

export function checkIpv6Isp(isp: string | undefined): string {
  const value = isp || 'BGP';
  if (!(IPV6_ISPS as readonly string[]).includes(value)) {
    throw new InvalidParameter(`The Ipv6Isp "${value}" is not valid: use one of ${IPV6_ISPS.join(', ')}.`);
  }
  return value;
}

/**
 * The /56 for a VPC: the one asked for (it must be a free /56 of the sandbox pool) or a random free
 * one. Random rather than sequential so that VPCs in different regions or accounts (which live in
 * separate partitions) practically never share a block, as they never do on the real cloud.
 */
export function allocateVpcIpv6(tx: Transaction, requested: string | undefined, exceptVpcId?: string): string {
  const taken = new Set(tx.table<VpcRecord>(VPCS).filter((v) => !!v.ipv6CidrBlock && v.id !== exceptVpcId).map((v) => v.ipv6CidrBlock));
  if (requested) {
    const c = parseIpv6Cidr(requested);
    const pool = parseIpv6Cidr(SANDBOX_IPV6_POOL)!;
    if (!c || c.prefix !== VPC_IPV6_PREFIX || c.network >> 96n !== pool.network >> 96n) {
      throw new InvalidParameter(`The Ipv6CidrBlock "${requested}" is not valid here: give a /${VPC_IPV6_PREFIX} of the sandbox's IPv6 pool ${SANDBOX_IPV6_POOL}, or leave it out to get one.`);
    }
    if (taken.has(c.text)) throw new InvalidParameter(`The Ipv6CidrBlock ${c.text} is already used by another VPC. Leave it out to get a free one.`);
    return c.text;
  }
  for (;;) {
    const block = sandboxVpcIpv6Block(crypto.randomInt(0, 2 ** 24));
    if (!taken.has(block)) return block;
  }
}
