/**
 * Security group rules: validation (the real rule-specific codes), and authorize / revoke /
 * modify on a group's rule list.
 */
import { given } from '../../domain/values';
import * as ipaddr from 'ipaddr.js';
import { InvalidDescriptionMalformed, InvalidParameter, MissingParameter, OperationDenied } from '../../errors';
import { parseCidr } from '../../../network-rules/cidr';
import { newId } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { MAX_RULES_PER_GROUP, groups, requireSecurityGroup, type Direction, type RuleFields } from './domain';
import {
  AuthorizationLimitExceed,
  InvalidDestCidrIpMalformed,
  InvalidDestGroupIdMismatch,
  InvalidDestGroupIdNotFound,
  InvalidIpProtocolValueNotSupported,
  InvalidNicTypeMismatch,
  InvalidNicTypeValueNotSupported,
  InvalidParamterConflict,
  InvalidPolicyMalformed,
  InvalidPortRangeMalformed,
  InvalidPriorityValueNotSupported,
  InvalidSecurityGroupRuleNotFound,
  InvalidSourceCidrIpMalformed,
  InvalidSourceGroupIdMismatch,
  InvalidSourceGroupIdNotFound,
  MissingParameterDest,
  MissingParameterSource,
} from './errors';
import { quotaUsed, requirePrefixListPeer } from './prefix-lists';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './records';

/** Protocols the API accepts, lower-case; the wire value is case-insensitive. */
export const PROTOCOLS = ['tcp', 'udp', 'icmp', 'gre', 'all', 'icmpv6'] as const;
const PORTED = new Set(['tcp', 'udp']);

/**
 * One rule as a request gives it, either as the legacy flat parameters (`IpProtocol`,
 * `PortRange`, …) or as one `Permissions.N.*` entry. Everything is a string here so that the
 * service, not the wire layer, reports the real rule-specific error codes.
 */
export interface RuleInput {
  IpProtocol?: string;
  PortRange?: string;
  SourcePortRange?: string;
  Policy?: string;
  Priority?: string;
  NicType?: string;
  Description?: string;
  SourceCidrIp?: string;
  DestCidrIp?: string;
  Ipv6SourceCidrIp?: string;
  Ipv6DestCidrIp?: string;
  SourceGroupId?: string;
  DestGroupId?: string;
  SourceGroupOwnerId?: string;
  SourceGroupOwnerAccount?: string;
  DestGroupOwnerId?: string;
  DestGroupOwnerAccount?: string;
  SourcePrefixListId?: string;
  DestPrefixListId?: string;
  PortRangeListId?: string;
}

// ---- rules ---------------------------------------------------------------------------------

function checkCidr(value: string, field: string, direction: Direction): string {
  const ok = parseCidr(value, true) !== undefined;
  if (!ok) {
    const Err = direction === 'ingress' ? InvalidSourceCidrIpMalformed : InvalidDestCidrIpMalformed;
    throw new Err(`The ${field} "${value}" is not an IPv4 address or CIDR block (such as 10.0.0.0/8 or 192.168.1.10); a block may not have host bits set.`);
  }
  return value;
}

function checkIpv6Cidr(value: string, field: string, direction: Direction): string {
  let ok = false;
  try {
    const [addr, len] = value.includes('/') ? ipaddr.parseCIDR(value) : [ipaddr.parse(value), 128];
    ok = addr.kind() === 'ipv6' && len >= 0 && len <= 128;
  } catch {
    ok = false;
  }
  if (!ok) {
    const Err = direction === 'ingress' ? InvalidSourceCidrIpMalformed : InvalidDestCidrIpMalformed;
    throw new Err(`The ${field} "${value}" is not an IPv6 address or CIDR block (such as 2001:db8::/32).`);
  }
  return value;
}

function checkPortRange(value: string, field: string): [number, number] | undefined {
  const m = /^(-?\d{1,5})\/(-?\d{1,5})$/.exec(value);
  if (!m) {
    throw new InvalidPortRangeMalformed(`The ${field} "${value}" is malformed: write "from/to", such as "22/22" or "1/65535" (or "-1/-1" for protocols without ports).`);
  }
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a === -1 && b === -1) return undefined;
  if (a < 1 || b > 65535 || a > b) {
    throw new InvalidPortRangeMalformed(`The ${field} "${value}" is invalid: ports run from 1 to 65535 and the first may not exceed the second.`);
  }
  return [a, b];
}

/**
 * Validates one rule and fills the defaults (policy accept, priority 1, NIC type intranet). `at`
 * names where the fields came from (`Permissions.2.` or '') so errors point at the bad parameter.
 */
export function normalizeRule(tx: Transaction, group: SecurityGroupRecord, direction: Direction, input: RuleInput, at = ''): RuleFields {
  const f = (name: string) => `${at}${name}`;
  if (!given(input.IpProtocol)) {
    throw new MissingParameter(`The input parameter "${f('IpProtocol')}" that is mandatory for processing this request is not supplied: give tcp, udp, icmp, gre, icmpv6 or all.`);
  }
  const ipProtocol = input.IpProtocol.toLowerCase();
  if (!(PROTOCOLS as readonly string[]).includes(ipProtocol)) {
    throw new InvalidIpProtocolValueNotSupported(`The ${f('IpProtocol')} "${input.IpProtocol}" is not supported: use one of ${PROTOCOLS.join(', ')} (any case).`);
  }

  let portRange = '-1/-1';
  if (PORTED.has(ipProtocol)) {
    if (!given(input.PortRange)) {
      throw new MissingParameter(`The input parameter "${f('PortRange')}" is mandatory for ${ipProtocol}: give a range such as "22/22" or "1/65535".`);
    }
    if (!checkPortRange(input.PortRange, f('PortRange'))) {
      throw new InvalidPortRangeMalformed(`The ${f('PortRange')} "-1/-1" is not valid for ${ipProtocol}: give a real range such as "22/22" or "1/65535".`);
    }
    portRange = input.PortRange;
  } else if (given(input.PortRange) && input.PortRange !== '-1/-1') {
    throw new OperationDenied(`The ${f('PortRange')} "${input.PortRange}" does not apply to protocol ${ipProtocol}, which has no ports: use "-1/-1" or leave it out.`);
  }
  let sourcePortRange: string | undefined;
  if (given(input.SourcePortRange)) {
    checkPortRange(input.SourcePortRange, f('SourcePortRange'));
    sourcePortRange = input.SourcePortRange;
  }
  if (given(input.PortRangeListId)) {
    // Port range lists are not modelled by the sandbox: any ID is unknown here.
    throw new InvalidParameter(`The ${f('PortRangeListId')} "${input.PortRangeListId}" does not exist: the sandbox has no port range lists; give PortRange instead.`);
  }

  const policyText = given(input.Policy) ? input.Policy.toLowerCase() : 'accept';
  if (policyText !== 'accept' && policyText !== 'drop') {
    throw new InvalidPolicyMalformed(`The ${f('Policy')} "${input.Policy}" is invalid: use "accept" or "drop".`);
  }

  let priority = 1;
  if (given(input.Priority)) {
    if (!/^\d{1,3}$/.test(input.Priority) || Number(input.Priority) < 1 || Number(input.Priority) > 100) {
      throw new InvalidPriorityValueNotSupported(`The ${f('Priority')} "${input.Priority}" is invalid: use an integer from 1 (highest) to 100 (lowest).`);
    }
    priority = Number(input.Priority);
  }

  // VPC groups only have intranet rules. The Terraform provider may send the literal "<nil>"
  // when nic_type is unset (reference §0.15); it means "default" and is tolerated.
  let nicType = 'intranet';
  if (given(input.NicType) && input.NicType !== '<nil>') {
    const n = input.NicType.toLowerCase();
    // Classic-network groups (created without a VpcId) also take internet rules.
    if (n === 'internet' && group.vpcId) {
      throw new InvalidNicTypeMismatch(`The ${f('NicType')} "internet" cannot be used in VPC security group ${group.id}: VPC groups only take "intranet" rules.`);
    }
    if (n !== 'intranet' && n !== 'internet') {
      throw new InvalidNicTypeValueNotSupported(`The ${f('NicType')} "${input.NicType}" is not supported: use "intranet"${group.vpcId ? '' : ' or "internet"'}.`);
    }
    nicType = n;
  }

  const ingress = direction === 'ingress';
  const cidr = ingress ? input.SourceCidrIp : input.DestCidrIp;
  const cidrName = ingress ? 'SourceCidrIp' : 'DestCidrIp';
  const ipv6 = ingress ? input.Ipv6SourceCidrIp : input.Ipv6DestCidrIp;
  const ipv6Name = ingress ? 'Ipv6SourceCidrIp' : 'Ipv6DestCidrIp';
  const peerGroup = ingress ? input.SourceGroupId : input.DestGroupId;
  const peerGroupName = ingress ? 'SourceGroupId' : 'DestGroupId';
  const prefixList = ingress ? input.SourcePrefixListId : input.DestPrefixListId;
  const peers = [cidr, ipv6, peerGroup, prefixList].filter(given);
  if (peers.length === 0) {
    const Err = ingress ? MissingParameterSource : MissingParameterDest;
    throw new Err(
      `The rule has no ${ingress ? 'source' : 'destination'}: give one of ${at}${cidrName}, ${at}${ipv6Name}, ${at}${peerGroupName} or ${at}${ingress ? 'SourcePrefixListId' : 'DestPrefixListId'}.`,
    );
  }
  if (peers.length > 1) {
    throw new InvalidParamterConflict(
      `The rule has more than one ${ingress ? 'source' : 'destination'}: give only one of ${at}${cidrName}, ${at}${ipv6Name}, ${at}${peerGroupName} or the prefix list ID.`,
    );
  }
  if (given(prefixList)) requirePrefixListPeer(tx, prefixList, ipProtocol, f(ingress ? 'SourcePrefixListId' : 'DestPrefixListId'));
  let sourceGroupId = '';
  let destGroupId = '';
  if (given(peerGroup)) {
    const other = groups(tx).get(peerGroup);
    if (!other) {
      const Err = ingress ? InvalidSourceGroupIdNotFound : InvalidDestGroupIdNotFound;
      throw new Err(`The ${f(peerGroupName)} "${peerGroup}" does not exist in region ${tx.region}. Check it with DescribeSecurityGroups.`);
    }
    // A VPC group may reference a group of another VPC in the region: the real cloud accepts it
    // (the console names groups of other accounts as authorization objects, and the
    // network-with-security-group community module's weekly run authorizes groups of a second VPC),
    // though the rule only matters once the two networks are connected. The API reference's older
    // text ("not in the same VPC") is kept for what still cannot work: a classic-network group
    // and a VPC group referencing each other.
    if (Boolean(other.vpcId) !== Boolean(group.vpcId)) {
      const Err = ingress ? InvalidSourceGroupIdMismatch : InvalidDestGroupIdMismatch;
      const kind = (g: { vpcId?: string }) => (g.vpcId ? `in VPC ${g.vpcId}` : 'a classic-network group');
      throw new Err(`The ${f(peerGroupName)} "${peerGroup}" is ${kind(other)} but security group ${group.id} is ${kind(group)}: a classic-network group and a VPC group cannot reference each other; use a group of the same network type.`);
    }
    if (ingress) sourceGroupId = peerGroup;
    else destGroupId = peerGroup;
  }
  // Cross-account group references are not modelled: an owner other than the caller is refused.
  const owner = ingress ? input.SourceGroupOwnerId : input.DestGroupOwnerId;
  if (given(owner) && owner !== tx.account) {
    const Err = ingress ? InvalidSourceGroupIdNotFound : InvalidDestGroupIdNotFound;
    throw new Err(`The ${ingress ? 'source' : 'destination'} group owner "${owner}" is another account; the sandbox only references groups of your own account (${tx.account}).`);
  }

  const description = input.Description ?? '';
  if (description.length > 512 || /^https?:\/\//i.test(description)) {
    throw new InvalidDescriptionMalformed(`The rule ${f('Description')} is invalid: use at most 512 characters, not starting with http:// or https://.`);
  }

  const out: RuleFields = {
    direction,
    ipProtocol,
    portRange,
    policy: policyText,
    priority,
    nicType,
    sourceCidrIp: ingress && given(cidr) ? checkCidr(cidr, f(cidrName), direction) : '',
    destCidrIp: !ingress && given(cidr) ? checkCidr(cidr, f(cidrName), direction) : '',
    sourceGroupId,
    destGroupId,
    description,
  };
  if (sourcePortRange) out.sourcePortRange = sourcePortRange;
  if (given(prefixList)) {
    if (ingress) out.sourcePrefixListId = prefixList;
    else out.destPrefixListId = prefixList;
  }
  if (given(ipv6)) {
    if (ingress) out.ipv6SourceCidrIp = checkIpv6Cidr(ipv6, f(ipv6Name), direction);
    else out.ipv6DestCidrIp = checkIpv6Cidr(ipv6, f(ipv6Name), direction);
  }
  return out;
}

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
