/**
 * Prefix lists as security-group rules see them. A rule may name a prefix list as its peer
 * (SourcePrefixListId / DestPrefixListId). On the real cloud that peer is an ECS prefix list
 * (ECS CreatePrefixList), never a VPC one (CreateVpcPrefixList), though both IDs read `pl-…`. The
 * ECS lists live in another family (mock-server/ecs/prefix-list), the only one that binds RESOLVE
 * below, so this family never imports it and a VPC list's ID is answered InvalidPrefixListId.NotFound.
 *
 * Rules of the real cloud (AuthorizeSecurityGroup reference, prefix-list overview):
 * - the prefix list must exist (InvalidPrefixListId.NotFound, the ECS code);
 * - its IP version must suit the rule: an ICMP rule takes an IPv4 list and an ICMPv6 rule an IPv6
 *   list (the code for a mismatch is the sandbox's reading: InvalidParameter);
 * - a rule that references a prefix list counts as MaxEntries rules against the group's rule quota
 *   (as AWS documents for its prefix lists and the ECS overview implies by treating a change of the
 *   list as a change of the rules; the sandbox's reading for Alibaba Cloud).
 */
import { HookPoint } from '../../domain/hooks';
import { InvalidParameter } from '../../errors';
import type { Transaction } from '../../store/store';
import { InvalidPrefixListIdNotFound } from './errors';
import type { SecurityGroupRuleRecord } from './records';

export interface ReferencedPrefixList {
  id: string;
  name: string;
  addressFamily: 'IPv4' | 'IPv6';
  maxEntries: number;
}

export const PREFIX_LIST_HOOKS = {
  /** The prefix list with this ID, if one exists in the region. */
  resolve: new HookPoint<[string], ReferencedPrefixList | undefined>('securityGroup.prefixList'),
};

export function findPrefixList(tx: Transaction, id: string): ReferencedPrefixList | undefined {
  return PREFIX_LIST_HOOKS.resolve.run(tx, id).find((p) => p !== undefined);
}

/** Checks a rule's prefix-list peer; returns the list. `field` is the parameter as sent. */
export function requirePrefixListPeer(tx: Transaction, id: string, ipProtocol: string, field: string): ReferencedPrefixList {
  const p = findPrefixList(tx, id);
  if (!p) throw new InvalidPrefixListIdNotFound(`The ${field} "${id}" does not exist in region ${tx.region}. A rule takes an ECS prefix list (CreatePrefixList; DescribePrefixLists lists them), not a VPC one (CreateVpcPrefixList).`);
  if ((ipProtocol === 'icmp' && p.addressFamily === 'IPv6') || (ipProtocol === 'icmpv6' && p.addressFamily === 'IPv4')) {
    throw new InvalidParameter(`The ${field} "${id}" is an ${p.addressFamily} prefix list, but the rule's protocol is ${ipProtocol.toUpperCase()}: use ${p.addressFamily === 'IPv6' ? 'ICMPv6' : 'ICMP'} or a prefix list of the other address family.`);
  }
  return p;
}

export function prefixListOf(r: SecurityGroupRuleRecord): string {
  return r.sourcePrefixListId || r.destPrefixListId || '';
}

/** What a rule weighs against the group's rule quota: 1, or its prefix list's MaxEntries. */
export function ruleQuotaWeight(tx: Transaction, r: SecurityGroupRuleRecord): number {
  const id = prefixListOf(r);
  return id ? (findPrefixList(tx, id)?.maxEntries ?? 1) : 1;
}

export function quotaUsed(tx: Transaction, rules: readonly SecurityGroupRuleRecord[]): number {
  return rules.reduce((n, r) => n + ruleQuotaWeight(tx, r), 0);
}
