/**
 * Security group rules on a group's rule list: authorize / revoke / modify, matched as the real
 * API matches them. Checking a requested rule and its normal form is ./rule-fields.ts.
 */
import { given } from '../../domain/values';
import { InvalidParameter } from '../../errors';
import { newId } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { MAX_RULES_PER_GROUP, groups, requireSecurityGroup, type Direction, type RuleFields } from './domain';
import { AuthorizationLimitExceed, InvalidSecurityGroupRuleNotFound } from './errors';
import { quotaUsed } from './prefix-lists';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './records';
import { normalizeRule, type RuleInput } from './rule-fields';

export type { RuleInput } from './rule-fields';

function normCidr(c: string | undefined): string {
  if (!c) return '';
  return c.includes('/') ? c.toLowerCase() : `${c.toLowerCase()}/${c.includes(':') ? 128 : 32}`;
}

/** What makes two rules the same rule (the description does not). */
export function ruleIdentity(r: RuleFields): string {
  return [ruleMatchKey(r), r.priority].join('|');
}

/**
 * What identifies a rule in RevokeSecurityGroup(Egress) and in ModifySecurityGroup(Egress)Rule
 * without a rule id: protocol, port ranges, policy, NIC type and peer. The real API does not use
 * Priority for this, so a rule authorized with Priority 5 (or a default rule, priority 100) is
 * revoked by a request that leaves Priority out; a request that gives Priority matches only that
 * priority.
 */
function ruleMatchKey(r: RuleFields): string {
  return [
    r.direction,
    r.ipProtocol,
    r.portRange,
    r.sourcePortRange ?? '',
    r.policy,
    r.nicType,
    normCidr(r.sourceCidrIp),
    normCidr(r.destCidrIp),
    normCidr(r.ipv6SourceCidrIp),
    normCidr(r.ipv6DestCidrIp),
    r.sourceGroupId,
    r.destGroupId,
    r.sourcePrefixListId ?? '',
    r.destPrefixListId ?? '',
  ].join('|');
}

function withRules(tx: Transaction, group: SecurityGroupRecord, rules: SecurityGroupRuleRecord[]): void {
  groups(tx).put({ ...group, rules });
}

/**
 * Adds rules. Authorizing a rule that already exists succeeds without adding anything, as the real
 * API does; the quota counts ingress and egress rules together.
 */
export function authorize(tx: Transaction, groupId: string, direction: Direction, inputs: Array<{ input: RuleInput; at: string }>): string[] {
  const group = requireSecurityGroup(tx, groupId);
  const rules = [...group.rules];
  const known = new Set(rules.map(ruleIdentity));
  const added: string[] = [];
  for (const { input, at } of inputs) {
    const fields = normalizeRule(tx, group, direction, input, at);
    const key = ruleIdentity(fields);
    if (known.has(key)) continue;
    known.add(key);
    const rule: SecurityGroupRuleRecord = { id: newId('sgr'), ...fields, createdAt: tx.now };
    rules.push(rule);
    added.push(rule.id);
  }
  const used = quotaUsed(tx, rules);
  if (used > MAX_RULES_PER_GROUP) {
    const counted = used === rules.length ? '' : ' (a rule that references a prefix list counts as its MaxEntries rules)';
    throw new AuthorizationLimitExceed(
      `Security group ${groupId} would have ${used} rules${counted}; a group holds at most ${MAX_RULES_PER_GROUP} (ingress and egress together). Revoke unused rules or use another group.`,
    );
  }
  if (added.length > 0) withRules(tx, group, rules);
  return added;
}

/** Matches stored rules against a request's rule, on Priority only when the request gave one. */
function ruleMatcher(wanted: RuleFields, priorityGiven: boolean): (r: SecurityGroupRuleRecord) => boolean {
  const key = ruleMatchKey(wanted);
  return (r) => ruleMatchKey(r) === key && (!priorityGiven || r.priority === wanted.priority);
}

/**
 * Removes rules by SecurityGroupRuleId (each must exist with this direction) or by their fields
 * (a rule that does not exist is ignored, as the real API does).
 */
export function revoke(tx: Transaction, groupId: string, direction: Direction, ruleIds: string[] | undefined, inputs: Array<{ input: RuleInput; at: string }>): void {
  const group = requireSecurityGroup(tx, groupId);
  const drop = new Set<string>();
  for (const id of ruleIds ?? []) {
    const r = group.rules.find((x) => x.id === id && x.direction === direction);
    if (!r) {
      throw new InvalidSecurityGroupRuleNotFound(`The ${direction} rule "${id}" does not exist in security group ${groupId}. List the rules with DescribeSecurityGroupAttribute.`);
    }
    drop.add(r.id);
  }
  for (const { input, at } of inputs) {
    const matches = ruleMatcher(normalizeRule(tx, group, direction, input, at), given(input.Priority));
    for (const r of group.rules) if (matches(r)) drop.add(r.id);
  }
  if (drop.size > 0) withRules(tx, group, group.rules.filter((r) => !drop.has(r.id)));
}

/** The request form of a stored rule, so a modification can be validated as a whole. */
function ruleToInput(r: SecurityGroupRuleRecord): RuleInput {
  return {
    IpProtocol: r.ipProtocol,
    PortRange: r.portRange,
    SourcePortRange: r.sourcePortRange,
    Policy: r.policy,
    Priority: String(r.priority),
    NicType: r.nicType,
    Description: r.description,
    SourceCidrIp: r.sourceCidrIp || undefined,
    DestCidrIp: r.destCidrIp || undefined,
    Ipv6SourceCidrIp: r.ipv6SourceCidrIp,
    Ipv6DestCidrIp: r.ipv6DestCidrIp,
    SourceGroupId: r.sourceGroupId || undefined,
    DestGroupId: r.destGroupId || undefined,
    SourcePrefixListId: r.sourcePrefixListId,
    DestPrefixListId: r.destPrefixListId,
  };
}

/**
 * ModifySecurityGroupRule / ModifySecurityGroupEgressRule. With a SecurityGroupRuleId, the given
 * fields replace the rule's (a new peer replaces the old one); without it, the rule is found by
 * its identifying fields and only its description changes.
 */
export function modifyRule(tx: Transaction, groupId: string, direction: Direction, ruleId: string | undefined, input: RuleInput): void {
  const group = requireSecurityGroup(tx, groupId);
  let target: SecurityGroupRuleRecord | undefined;
  let fields: RuleFields;
  if (given(ruleId)) {
    target = group.rules.find((r) => r.id === ruleId && r.direction === direction);
    if (!target) {
      throw new InvalidSecurityGroupRuleNotFound(`The ${direction} rule "${ruleId}" does not exist in security group ${groupId}. List the rules with DescribeSecurityGroupAttribute.`);
    }
    const merged: RuleInput = { ...ruleToInput(target) };
    const peerKeys: Array<keyof RuleInput> = direction === 'ingress'
      ? ['SourceCidrIp', 'Ipv6SourceCidrIp', 'SourceGroupId', 'SourcePrefixListId']
      : ['DestCidrIp', 'Ipv6DestCidrIp', 'DestGroupId', 'DestPrefixListId'];
    if (peerKeys.some((k) => given(input[k]))) for (const k of peerKeys) delete merged[k];
    for (const [k, v] of Object.entries(input) as Array<[keyof RuleInput, string | undefined]>) {
      if (v !== undefined && (v !== '' || k === 'Description')) merged[k] = v;
    }
    fields = normalizeRule(tx, group, direction, merged);
    const key = ruleIdentity(fields);
    if (group.rules.some((r) => r.id !== target!.id && ruleIdentity(r) === key)) {
      throw new InvalidParameter(`The change would make rule ${ruleId} identical to another rule of security group ${groupId}; revoke one of them instead.`);
    }
  } else {
    const matches = ruleMatcher(normalizeRule(tx, group, direction, input), given(input.Priority));
    target = group.rules.find(matches);
    if (!target) {
      throw new InvalidSecurityGroupRuleNotFound(`No ${direction} rule of security group ${groupId} matches the given protocol, ports, peer, policy and NIC type${given(input.Priority) ? ` with priority ${input.Priority}` : ''}. Pass SecurityGroupRuleId, or list the rules with DescribeSecurityGroupAttribute.`);
    }
    fields = { ...stripIdentity(target), description: input.Description ?? target.description };
  }
  const updated: SecurityGroupRuleRecord = { ...fields, id: target.id, createdAt: target.createdAt };
  withRules(tx, group, group.rules.map((r) => (r.id === target!.id ? updated : r)));
}

function stripIdentity(r: SecurityGroupRuleRecord): RuleFields {
  const { id: _id, createdAt: _c, ...rest } = r;
  return rest;
}
