/**
 * Security groups and their rules (ECS 2014-05-26): creation, the guide's two default rule sets,
 * rule validation, authorize / revoke / modify, and deletion.
 *
 * Every function here runs inside one synchronous store transaction (`tx`), so a check and the
 * write that depends on it can never interleave with another request.
 */
import * as ipaddr from 'ipaddr.js';
import {
  AuthorizationLimitExceed,
  DependencyViolationSecurityGroupInUse,
  IncorrectVpcStatus,
  InvalidDestCidrIpMalformed,
  InvalidDestGroupIdMismatch,
  InvalidDestGroupIdNotFound,
  InvalidIpProtocolValueNotSupported,
  InvalidNicTypeMismatch,
  InvalidNicTypeValueNotSupported,
  InvalidParameter,
  InvalidParamterConflict,
  InvalidPolicyMalformed,
  InvalidPortRangeMalformed,
  InvalidPrefixListIdNotFound,
  InvalidPriorityValueNotSupported,
  InvalidSecurityGroupDescriptionMalformed,
  InvalidSecurityGroupIdNotFound,
  InvalidSecurityGroupNameMalformed,
  InvalidSecurityGroupRuleNotFound,
  InvalidSecurityGroupTypeValueNotSupported,
  InvalidSourceCidrIpMalformed,
  InvalidSourceGroupIdMismatch,
  InvalidSourceGroupIdNotFound,
  InvalidVSwitchDescriptionMalformed,
  InvalidVpcIdNotFound,
  MissingParameter,
  MissingParameterDest,
  MissingParameterSource,
  OperationDenied,
  OperationDeniedDefaultSecurityGroup,
} from '../errors';
import type { Transaction } from '../store/store';
import { parseCidr } from './cidr';
import { newId } from './ids';
import { currentStatus } from './lifecycle';
import { DEFAULT_RESOURCE_GROUP_ID } from './vpc';
import { TABLES, type InstanceRecord, type SecurityGroupRecord, type SecurityGroupRuleRecord, type Tags, type VpcRecord } from './records';

/** Rules per group, ingress and egress together (reference §9.2). */
export const MAX_RULES_PER_GROUP = 200;
/** Protocols the API accepts, lower-case; the wire value is case-insensitive. */
export const PROTOCOLS = ['tcp', 'udp', 'icmp', 'gre', 'all', 'icmpv6'] as const;
const PORTED = new Set(['tcp', 'udp']);

export type Direction = 'ingress' | 'egress';

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

/** The rule fields without identity or timestamps. */
export type RuleFields = Omit<SecurityGroupRuleRecord, 'id' | 'createdAt'>;

function table(tx: Transaction) {
  return tx.table<SecurityGroupRecord>(TABLES.securityGroups);
}

function given(v: string | undefined): v is string {
  return v !== undefined && v !== '';
}

// ---- lookups -------------------------------------------------------------------------------

export function requireSecurityGroup(tx: Transaction, id: string): SecurityGroupRecord {
  const g = table(tx).get(id);
  if (!g) {
    throw new InvalidSecurityGroupIdNotFound(`The security group "${id}" does not exist in region ${tx.region}. Check the ID with DescribeSecurityGroups.`);
  }
  return g;
}

/** Instances that reference the group. */
export function instancesInGroup(tx: Transaction, groupId: string): InstanceRecord[] {
  return tx.table<InstanceRecord>(TABLES.instances).filter((i) => i.securityGroupIds.includes(groupId));
}

// ---- names ---------------------------------------------------------------------------------

/** 2–128 characters, starting with a letter, then letters, digits, `.`, `_`, `-`, `:`. */
const NAME = /^\p{L}[\p{L}\p{N}._:-]{1,127}$/u;

export function checkGroupName(name: string | undefined): string {
  if (name === undefined || name === '') return '';
  if (!NAME.test(name) || /^https?:\/\//i.test(name)) {
    throw new InvalidSecurityGroupNameMalformed(
      `The security group name "${name}" is invalid: use 2 to 128 characters that start with a letter and contain only letters, digits, ".", "_", "-" and ":" (not starting with http:// or https://).`,
    );
  }
  return name;
}

export function checkGroupDescription(description: string | undefined): string {
  if (description === undefined || description === '') return '';
  if (description.length < 2 || description.length > 256 || /^https?:\/\//i.test(description)) {
    throw new InvalidSecurityGroupDescriptionMalformed(
      `The security group description "${description.slice(0, 80)}" is invalid: use 2 to 256 characters, not starting with http:// or https://.`,
    );
  }
  return description;
}

// ---- create / modify / delete --------------------------------------------------------------

export interface CreateGroupInput {
  vpcId: string;
  name?: string;
  description?: string;
  type?: string;
  resourceGroupId?: string;
  tags: Tags;
}

function requireAvailableVpc(tx: Transaction, vpcId: string): VpcRecord {
  const vpc = tx.table<VpcRecord>(TABLES.vpcs).get(vpcId);
  if (!vpc) {
    throw new InvalidVpcIdNotFound(`The VPC "${vpcId}" does not exist in region ${tx.region}. Create it first or check the ID with DescribeVpcs.`);
  }
  const status = currentStatus(vpc.lifecycle, tx.now);
  if (status !== 'Available') {
    throw new IncorrectVpcStatus(`The VPC "${vpcId}" is ${status}; wait until DescribeVpcs shows it Available and retry.`);
  }
  return vpc;
}

export function createSecurityGroup(tx: Transaction, input: CreateGroupInput): SecurityGroupRecord {
  const type = (input.type ?? 'normal').toLowerCase();
  if (type !== 'normal' && type !== 'enterprise') {
    throw new InvalidSecurityGroupTypeValueNotSupported(`The SecurityGroupType "${input.type}" is not supported: use "normal" (basic) or "enterprise" (advanced).`);
  }
  const name = checkGroupName(input.name);
  const description = checkGroupDescription(input.description);
  requireAvailableVpc(tx, input.vpcId);
  const group: SecurityGroupRecord = {
    id: newId('sg'),
    vpcId: input.vpcId,
    name,
    description,
    securityGroupType: type,
    // Basic groups let their members talk to each other; advanced (enterprise) groups do not.
    innerAccessPolicy: type === 'enterprise' ? 'Drop' : 'Accept',
    isDefault: false,
    resourceGroupId: input.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID,
    rules: [],
    createdAt: tx.now,
    tags: input.tags,
  };
  return table(tx).put(group);
}

export function modifySecurityGroupAttribute(tx: Transaction, id: string, name: string | undefined, description: string | undefined): void {
  const g = requireSecurityGroup(tx, id);
  const next = { ...g };
  if (name !== undefined) next.name = checkGroupName(name);
  if (description !== undefined) next.description = checkGroupDescription(description);
  table(tx).put(next);
}

export function modifySecurityGroupPolicy(tx: Transaction, id: string, policy: string): void {
  const g = requireSecurityGroup(tx, id);
  const p = policy.toLowerCase();
  if (p !== 'accept' && p !== 'drop') {
    throw new InvalidParameter(`The InnerAccessPolicy "${policy}" is invalid: use "Accept" (members may reach each other) or "Drop".`);
  }
  table(tx).put({ ...g, innerAccessPolicy: p === 'accept' ? 'Accept' : 'Drop' });
}

export function deleteSecurityGroup(tx: Transaction, id: string): void {
  const g = requireSecurityGroup(tx, id);
  if (g.isDefault) {
    // The guide: "You can change the rules in the default security group but you cannot delete
    // the default security group." The code is sandbox-chosen (the real API has no undeletable
    // default group to refuse); it is a documented difference.
    throw new OperationDeniedDefaultSecurityGroup(
      `The security group "${id}" is the default security group of VPC ${g.vpcId} and cannot be deleted. Its rules can be changed; it goes away with its VPC.`,
    );
  }
  const members = instancesInGroup(tx, id);
  if (members.length > 0) {
    throw new DependencyViolationSecurityGroupInUse(
      `The security group "${id}" is still used by ${members.length} instance(s) (${members.slice(0, 5).map((i) => i.id).join(', ')}). Delete them or move them to another group (ModifyInstanceAttribute SecurityGroupIds.N) first.`,
    );
  }
  const referencing = table(tx).filter((o) => o.id !== id && o.rules.some((r) => r.sourceGroupId === id || r.destGroupId === id));
  if (referencing.length > 0) {
    throw new DependencyViolationSecurityGroupInUse(
      `The security group "${id}" is referenced by rules of ${referencing.map((o) => o.id).join(', ')}. Revoke those rules first.`,
    );
  }
  table(tx).delete(id);
}

// ---- default groups ------------------------------------------------------------------------

type DefaultRule = Pick<RuleFields, 'direction' | 'ipProtocol' | 'portRange' | 'sourceCidrIp' | 'destCidrIp'>;

/**
 * The guide's two default rule sets. Both allow all outbound traffic. Inbound: ICMP plus TCP 22,
 * 3389, 80 and 443 in a non-default VPC; ICMP plus TCP 22 and 3389 in the default VPC.
 */
export function defaultRuleSet(vpcIsDefault: boolean): DefaultRule[] {
  const tcp = (port: number): DefaultRule => ({ direction: 'ingress', ipProtocol: 'tcp', portRange: `${port}/${port}`, sourceCidrIp: '0.0.0.0/0', destCidrIp: '' });
  const ports = vpcIsDefault ? [22, 3389] : [22, 3389, 80, 443];
  return [
    { direction: 'ingress', ipProtocol: 'icmp', portRange: '-1/-1', sourceCidrIp: '0.0.0.0/0', destCidrIp: '' },
    ...ports.map(tcp),
    { direction: 'egress', ipProtocol: 'all', portRange: '-1/-1', sourceCidrIp: '', destCidrIp: '0.0.0.0/0' },
  ];
}

/**
 * Priority of the default rules: the lowest precedence, so any rule a user adds (default
 * priority 1) takes precedence over them.
 */
export const DEFAULT_RULE_PRIORITY = 100;

/**
 * The VPC's default security group, created on first use (an instance launched without a
 * security group) with the rule set that fits the VPC.
 */
export function ensureDefaultSecurityGroup(tx: Transaction, vpc: VpcRecord): SecurityGroupRecord {
  const existing = table(tx).find((g) => g.isDefault && g.vpcId === vpc.id);
  if (existing) return existing;
  const rules: SecurityGroupRuleRecord[] = defaultRuleSet(vpc.isDefault).map((r) => ({
    id: newId('sgr'),
    ...r,
    policy: 'accept',
    priority: DEFAULT_RULE_PRIORITY,
    nicType: 'intranet',
    sourceGroupId: '',
    destGroupId: '',
    description: 'Default rule of the system-created security group',
    createdAt: tx.now,
  }));
  const group: SecurityGroupRecord = {
    id: newId('sg'),
    vpcId: vpc.id,
    name: `default-${vpc.id}`,
    description: vpc.isDefault
      ? 'System created security group for the default VPC: all outbound, inbound ICMP and TCP 22, 3389.'
      : 'System created security group: all outbound, inbound ICMP and TCP 22, 3389, 80, 443.',
    securityGroupType: 'normal',
    innerAccessPolicy: 'Accept',
    isDefault: true,
    resourceGroupId: vpc.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID,
    rules,
    createdAt: tx.now,
    tags: {},
  };
  return table(tx).put(group);
}

/**
 * For DeleteVpc (VPC service): the default group belongs to its VPC and goes with it, so it
 * must not count as a dependant that blocks the deletion. Call this inside the DeleteVpc
 * transaction once the other checks passed.
 */
export function removeDefaultSecurityGroupOf(tx: Transaction, vpcId: string): void {
  for (const g of table(tx).filter((x) => x.isDefault && x.vpcId === vpcId)) table(tx).delete(g.id);
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
    if (n === 'internet') {
      throw new InvalidNicTypeMismatch(`The ${f('NicType')} "internet" cannot be used in VPC security group ${group.id}: VPC groups only take "intranet" rules.`);
    }
    if (n !== 'intranet') {
      throw new InvalidNicTypeValueNotSupported(`The ${f('NicType')} "${input.NicType}" is not supported: use "intranet".`);
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
  if (given(prefixList)) {
    // The sandbox has no prefix lists, so every ID is unknown, as an unknown ID is in the cloud.
    throw new InvalidPrefixListIdNotFound(`The prefix list "${prefixList}" does not exist: the sandbox has no prefix lists; use a CIDR block instead.`);
  }
  let sourceGroupId = '';
  let destGroupId = '';
  if (given(peerGroup)) {
    const other = table(tx).get(peerGroup);
    if (!other) {
      const Err = ingress ? InvalidSourceGroupIdNotFound : InvalidDestGroupIdNotFound;
      throw new Err(`The ${f(peerGroupName)} "${peerGroup}" does not exist in region ${tx.region}. Check it with DescribeSecurityGroups.`);
    }
    if (other.vpcId !== group.vpcId) {
      const Err = ingress ? InvalidSourceGroupIdMismatch : InvalidDestGroupIdMismatch;
      throw new Err(`The ${f(peerGroupName)} "${peerGroup}" is in VPC ${other.vpcId} but security group ${group.id} is in VPC ${group.vpcId}: VPC groups can only reference groups of the same VPC.`);
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
    throw new InvalidVSwitchDescriptionMalformed(`The rule ${f('Description')} is invalid: use at most 512 characters, not starting with http:// or https://.`);
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
  ].join('|');
}

function withRules(tx: Transaction, group: SecurityGroupRecord, rules: SecurityGroupRuleRecord[]): void {
  table(tx).put({ ...group, rules });
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
  if (rules.length > MAX_RULES_PER_GROUP) {
    throw new AuthorizationLimitExceed(
      `Security group ${groupId} would have ${rules.length} rules; a group holds at most ${MAX_RULES_PER_GROUP} (ingress and egress together). Revoke unused rules or use another group.`,
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

// ---- response shapes -----------------------------------------------------------------------

/** The ECS tag shape: `Tags.Tag[]{TagKey, TagValue}` (VPC uses Key/Value; ECS does not). */
export function ecsTagsResponse(tags: Tags) {
  return { Tag: Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })) };
}

export function permissionResponse(tx: Transaction, r: SecurityGroupRuleRecord) {
  const name = (id: string) => (id ? table(tx).get(id)?.name ?? '' : '');
  return {
    SecurityGroupRuleId: r.id,
    Direction: r.direction,
    // The real API answers protocols upper-case (TCP, ICMP …) and policies capitalised.
    IpProtocol: r.ipProtocol.toUpperCase(),
    PortRange: r.portRange,
    SourcePortRange: r.sourcePortRange ?? '',
    Policy: r.policy === 'drop' ? 'Drop' : 'Accept',
    // A string, as the real API returns it (the provider compares it as a decimal string).
    Priority: String(r.priority),
    NicType: r.nicType,
    SourceCidrIp: r.sourceCidrIp,
    DestCidrIp: r.destCidrIp,
    Ipv6SourceCidrIp: r.ipv6SourceCidrIp ?? '',
    Ipv6DestCidrIp: r.ipv6DestCidrIp ?? '',
    SourceGroupId: r.sourceGroupId,
    SourceGroupName: name(r.sourceGroupId),
    SourceGroupOwnerAccount: r.sourceGroupId ? tx.account : '',
    DestGroupId: r.destGroupId,
    DestGroupName: name(r.destGroupId),
    DestGroupOwnerAccount: r.destGroupId ? tx.account : '',
    SourcePrefixListId: '',
    SourcePrefixListName: '',
    DestPrefixListId: '',
    DestPrefixListName: '',
    PortRangeListId: '',
    PortRangeListName: '',
    Description: r.description,
    CreateTime: new Date(r.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Basic groups hold up to 2,000 instances, advanced (enterprise) ones 65,536. */
export function groupCapacity(g: SecurityGroupRecord): number {
  return g.securityGroupType === 'enterprise' ? 65536 : 2000;
}
