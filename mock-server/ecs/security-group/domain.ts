/**
 * Security groups (ECS 2014-05-26): creation, the guide's two default rule sets, and deletion.
 * The rules themselves are rules.ts.
 *
 * Every function here runs inside one synchronous store transaction (`tx`), so a check and the
 * write that depends on it can never interleave with another request.
 */
import { InvalidParameter } from '../../errors';
import { removeCascades, requireNoDependants, type CascadeRow, type DependantRow } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { checkEcsDescription, checkEcsName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { getVpc, requireAvailableVpc } from '../../vpc/vpc/domain';
import type { VpcRecord } from '../../vpc/vpc/records';
import {
  DependencyViolationSecurityGroup,
  DependencyViolationSecurityGroupInUse,
  InvalidSecurityGroupDescriptionMalformed,
  InvalidSecurityGroupIdNotFound,
  InvalidSecurityGroupNameMalformed,
  InvalidSecurityGroupTypeValueNotSupported,
  OperationDeniedDefaultSecurityGroup,
} from './errors';
import { SECURITY_GROUPS, type SecurityGroupRecord, type SecurityGroupRuleRecord } from './records';

/** Rules per group, ingress and egress together (reference §9.2). */
export const MAX_RULES_PER_GROUP = 200;

export type Direction = 'ingress' | 'egress';

/** The rule fields without identity or timestamps. */
export type RuleFields = Omit<SecurityGroupRuleRecord, 'id' | 'createdAt'>;

export function groups(tx: Transaction) {
  return tx.table<SecurityGroupRecord>(SECURITY_GROUPS);
}

// ---- lookups -------------------------------------------------------------------------------

export function requireSecurityGroup(tx: Transaction, id: string): SecurityGroupRecord {
  const g = groups(tx).get(id);
  if (!g) {
    throw new InvalidSecurityGroupIdNotFound(`The security group "${id}" does not exist in region ${tx.region}. Check the ID with DescribeSecurityGroups.`);
  }
  return g;
}

// ---- names ---------------------------------------------------------------------------------

/** 2–128 characters, starting with a letter, then letters, digits, `.`, `_`, `-`, `:`. */
export function checkGroupName(name: string | undefined): string {
  return checkEcsName(name, 'security group name', InvalidSecurityGroupNameMalformed) ?? '';
}

export function checkGroupDescription(description: string | undefined): string {
  return checkEcsDescription(description ?? '', 'security group description', InvalidSecurityGroupDescriptionMalformed);
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

export function createSecurityGroup(tx: Transaction, input: CreateGroupInput): SecurityGroupRecord {
  const type = (input.type ?? 'normal').toLowerCase();
  if (type !== 'normal' && type !== 'enterprise') {
    throw new InvalidSecurityGroupTypeValueNotSupported(`The SecurityGroupType "${input.type}" is not supported: use "normal" (basic) or "enterprise" (advanced).`);
  }
  const name = checkGroupName(input.name);
  const description = checkGroupDescription(input.description);
  // A group without a VPC is a classic-network group (see CreateSecurityGroup).
  if (input.vpcId) requireAvailableVpc(tx, getVpc(tx, input.vpcId), 'CreateSecurityGroup');
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
  return groups(tx).put(group);
}

export function modifySecurityGroupAttribute(tx: Transaction, id: string, name: string | undefined, description: string | undefined): void {
  const g = requireSecurityGroup(tx, id);
  const next = { ...g };
  if (name !== undefined) next.name = checkGroupName(name);
  if (description !== undefined) next.description = checkGroupDescription(description);
  groups(tx).put(next);
}

export function modifySecurityGroupPolicy(tx: Transaction, id: string, policy: string): void {
  const g = requireSecurityGroup(tx, id);
  const p = policy.toLowerCase();
  if (p !== 'accept' && p !== 'drop') {
    throw new InvalidParameter(`The InnerAccessPolicy "${policy}" is invalid: use "Accept" (members may reach each other) or "Drop".`);
  }
  groups(tx).put({ ...g, innerAccessPolicy: p === 'accept' ? 'Accept' : 'Drop' });
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
  // Member instances (a row the instance family registers), then other groups' rules.
  requireNoDependants(tx, 'securityGroup', id);
  const referencing = groups(tx).filter((o) => o.id !== id && o.rules.some((r) => r.sourceGroupId === id || r.destGroupId === id));
  if (referencing.length > 0) {
    throw new DependencyViolationSecurityGroupInUse(
      `The security group "${id}" is referenced by rules of ${referencing.map((o) => o.id).join(', ')}. Revoke those rules first.`,
    );
  }
  removeCascades(tx, 'securityGroup', id);
  groups(tx).delete(id);
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
  const existing = groups(tx).find((g) => g.isDefault && g.vpcId === vpc.id);
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
  return groups(tx).put(group);
}

// ---- what this family registers about its parent, the VPC ----------------------------------

/** A VPC cannot be deleted while it has security groups other than its default one. */
export const securityGroupsInVpc: DependantRow<SecurityGroupRecord> = {
  parent: 'vpc',
  what: 'security groups',
  order: 40,
  find: (tx, vpcId) => {
    const group = groups(tx).find((g) => g.vpcId === vpcId && !g.isDefault);
    return group ? [group] : [];
  },
  error: (vpcId, [group]) =>
    new DependencyViolationSecurityGroup(`The VPC "${vpcId}" still has security groups (such as ${group.id}). Delete them with DeleteSecurityGroup first.`),
};

/** The VPC's default group belongs to its VPC and goes with it (it never blocks DeleteVpc). */
export const defaultGroupGoesWithVpc: CascadeRow = {
  parent: 'vpc',
  what: "the VPC's default security group",
  remove(tx, vpcId) {
    for (const g of groups(tx).filter((x) => x.isDefault && x.vpcId === vpcId)) groups(tx).delete(g.id);
  },
};
