/**
 * Security group actions: Create/Describe/Modify/DeleteSecurityGroup, DescribeSecurityGroupAttribute,
 * ModifySecurityGroupPolicy, and the rule actions (Authorize/Revoke/Modify, ingress and egress).
 * Each declares every parameter the official SDK (@alicloud/ecs20140526) can send; those the
 * sandbox does not model are grouped under `ignored(...)`.
 */
import { InvalidParameter } from '../../errors';
import { paginate } from '../../actions/paging';
import { DRY_RUN, ECS_CLIENT_TOKEN, TAG, ecsDryRun, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, integer, jsonStringArray, list, objects, required, string, type ParamSpec } from '../../wire/params';
import { createSecurityGroup, deleteSecurityGroup, modifySecurityGroupAttribute, modifySecurityGroupPolicy, requireSecurityGroup, groups, type Direction } from './domain';
import { InvalidNetworkTypeNotFound } from './errors';
import { authorize, modifyRule, revoke, type RuleInput } from './rules';
import { groupResponse, permissionResponse } from './shapes';

const SG_ID = required(string({ maxLength: 64 }));

export const createSecurityGroupAction = defineAction({
  name: 'CreateSecurityGroup',
  products: ['ecs'],
  params: {
    VpcId: string({ maxLength: 64 }),
    SecurityGroupName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    SecurityGroupType: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    Tag: TAG,
    ClientToken: ECS_CLIENT_TOKEN,
    // Accepted, not modelled: groups are never managed by another cloud service here.
    ...ignored('ServiceManaged'),
  },
  async handle(ctx, p) {
    // Without VpcId the real API creates a classic-network group (VpcId ''), and so does the
    // sandbox: it exists and takes rules, but no instance can use it, since every instance here is
    // in a VPC (RunInstances answers InvalidSecurityGroupId.NotVpc).
    const tags = tagsFromParams(p.Tag);
    const id = await ctx.transact((tx) =>
      createSecurityGroup(tx, {
        vpcId: p.VpcId ?? '',
        name: p.SecurityGroupName,
        description: p.Description,
        type: p.SecurityGroupType,
        resourceGroupId: p.ResourceGroupId,
        tags,
      }).id,
    );
    return { SecurityGroupId: id };
  },
});

export const describeSecurityGroups = defineAction({
  name: 'DescribeSecurityGroups',
  products: ['ecs'],
  params: {
    VpcId: string({ maxLength: 64 }),
    SecurityGroupId: string({ maxLength: 64 }),
    SecurityGroupIds: jsonStringArray({ maxItems: 100 }),
    SecurityGroupName: string({ maxLength: 256 }),
    SecurityGroupType: string({ maxLength: 32 }),
    NetworkType: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    FuzzyQuery: boolean(),
    ServiceManaged: boolean(),
    Tag: TAG,
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 50 }),
    MaxResults: integer({ min: 1, max: 100 }),
    NextToken: string({ maxLength: 256 }),
    DryRun: DRY_RUN,
    // EcsCount is always returned: accepted, nothing to switch.
    ...ignored('IsQueryEcsCount'),
  },
  handle(ctx, p) {
    if (p.NetworkType && !['vpc', 'classic'].includes(p.NetworkType.toLowerCase())) {
      throw new InvalidNetworkTypeNotFound(`The NetworkType "${p.NetworkType}" does not exist: use "vpc" or "classic".`);
    }
    if (p.DryRun) ecsDryRun(true);
    return ctx.read((tx) => {
      const networkType = p.NetworkType?.toLowerCase();
      const rows =
        p.ServiceManaged === true
          ? []
          : groups(tx).filter((g) => {
            if (networkType === 'classic' && g.vpcId) return false;
            if (networkType === 'vpc' && !g.vpcId) return false;
            if (p.VpcId && g.vpcId !== p.VpcId) return false;
            if (p.SecurityGroupId && g.id !== p.SecurityGroupId) return false;
            if (p.SecurityGroupIds && !p.SecurityGroupIds.includes(g.id)) return false;
            if (p.SecurityGroupName && (p.FuzzyQuery ? !g.name.includes(p.SecurityGroupName) : g.name !== p.SecurityGroupName)) return false;
            if (p.SecurityGroupType && g.securityGroupType !== p.SecurityGroupType) return false;
            if (p.ResourceGroupId && g.resourceGroupId !== p.ResourceGroupId) return false;
            return matchesTags(g.tags, p.Tag);
          });
      const { items, meta } = paginate(rows, p);
      return { RegionId: ctx.region, SecurityGroups: { SecurityGroup: items.map((g) => groupResponse(tx, g)) }, ...meta };
    });
  },
});

export const describeSecurityGroupAttribute = defineAction({
  name: 'DescribeSecurityGroupAttribute',
  products: ['ecs'],
  params: {
    SecurityGroupId: SG_ID,
    Direction: string({ enum: ['ingress', 'egress', 'all'], ignoreCase: true }),
    // Any NicType is tolerated (the Terraform provider may send "<nil>"); VPC groups only have
    // intranet rules, so "internet" lists none.
    NicType: string({ maxLength: 32 }),
    MaxResults: integer({ min: 1, max: 1000 }),
    NextToken: string({ maxLength: 256 }),
    // Asks for snapshot policy IDs, which the sandbox does not model: accepted, ignored.
    ...ignored('Attribute'),
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const g = requireSecurityGroup(tx, p.SecurityGroupId);
      const direction = (p.Direction ?? 'all').toLowerCase();
      const rules = g.rules.filter((r) => (direction === 'all' || r.direction === direction) && (p.NicType ?? '').toLowerCase() !== 'internet');
      let items = rules;
      let next: string | undefined;
      if (p.MaxResults !== undefined || p.NextToken) {
        const page = paginate(rules, p, 1000);
        items = page.items;
        next = page.meta.NextToken as string;
      }
      return {
        RegionId: ctx.region,
        SecurityGroupId: g.id,
        SecurityGroupName: g.name,
        Description: g.description,
        VpcId: g.vpcId,
        InnerAccessPolicy: g.innerAccessPolicy,
        Permissions: { Permission: items.map((r) => permissionResponse(tx, r)) },
        ...(next !== undefined ? { NextToken: next } : {}),
      };
    });
  },
});

export const modifySecurityGroupAttributeAction = defineAction({
  name: 'ModifySecurityGroupAttribute',
  products: ['ecs'],
  params: { SecurityGroupId: SG_ID, SecurityGroupName: string({ maxLength: 256 }), Description: string({ maxLength: 1024 }) },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifySecurityGroupAttribute(tx, p.SecurityGroupId, p.SecurityGroupName, p.Description));
    return {};
  },
});

export const modifySecurityGroupPolicyAction = defineAction({
  name: 'ModifySecurityGroupPolicy',
  products: ['ecs'],
  params: { SecurityGroupId: SG_ID, InnerAccessPolicy: required(string({ maxLength: 16 })), ClientToken: ECS_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifySecurityGroupPolicy(tx, p.SecurityGroupId, p.InnerAccessPolicy));
    return {};
  },
});

export const deleteSecurityGroupAction = defineAction({
  name: 'DeleteSecurityGroup',
  products: ['ecs'],
  params: { SecurityGroupId: SG_ID },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteSecurityGroup(tx, p.SecurityGroupId));
    return {};
  },
});

// ---- rules ---------------------------------------------------------------------------------

const RULE_FIELDS = [
  'IpProtocol', 'PortRange', 'SourcePortRange', 'Policy', 'Priority', 'NicType', 'Description', 'SourceCidrIp', 'DestCidrIp',
  'Ipv6SourceCidrIp', 'Ipv6DestCidrIp', 'PortRangeListId',
] as const;
const INGRESS_PEER_FIELDS = ['SourceGroupId', 'SourceGroupOwnerId', 'SourceGroupOwnerAccount', 'SourcePrefixListId'] as const;
const EGRESS_PEER_FIELDS = ['DestGroupId', 'DestGroupOwnerId', 'DestGroupOwnerAccount', 'DestPrefixListId'] as const;

/**
 * The rule fields of one direction, as strings so the service reports the real rule codes.
 * The opposite-side CIDR (DestCidrIp on an ingress rule, SourceCidrIp on an egress rule) narrows
 * the rule to some of the group's own addresses; it is accepted and not modelled.
 */
function ruleFieldSpecs(direction: Direction): Record<string, ParamSpec<string>> {
  const names = [...RULE_FIELDS, ...(direction === 'ingress' ? INGRESS_PEER_FIELDS : EGRESS_PEER_FIELDS)];
  return Object.fromEntries(names.map((n) => [n, string({ maxLength: 1024 })]));
}

type RuleParams = Partial<Record<(typeof RULE_FIELDS)[number] | (typeof INGRESS_PEER_FIELDS)[number] | (typeof EGRESS_PEER_FIELDS)[number], string>>;

function flatRule(p: RuleParams): RuleInput {
  const out: RuleInput = {};
  for (const k of [...RULE_FIELDS, ...INGRESS_PEER_FIELDS, ...EGRESS_PEER_FIELDS]) {
    if (p[k] !== undefined) out[k] = p[k];
  }
  return out;
}

/**
 * The rules of one Authorize/Revoke request: the `Permissions.N.*` entries, or the legacy flat
 * parameters. Mixing the two would leave it unclear which rule is meant, so it is refused.
 */
function ruleInputs(p: RuleParams & { Permissions?: RuleParams[] }, allowEmpty: boolean): Array<{ input: RuleInput; at: string }> {
  const perms = p.Permissions ?? [];
  const flat = flatRule(p);
  if (perms.length > 0) {
    if (flat.IpProtocol !== undefined) {
      throw new InvalidParameter('Give the rules either as Permissions.N.* or as the flat IpProtocol/PortRange/… parameters, not both.');
    }
    return perms.map((r, i) => ({ input: flatRule(r), at: `Permissions.${i + 1}.` }));
  }
  if (allowEmpty && flat.IpProtocol === undefined) return [];
  return [{ input: flat, at: '' }];
}

function authorizeAction(name: string, direction: Direction) {
  const fields = ruleFieldSpecs(direction);
  return defineAction({
    name,
    products: ['ecs'],
    params: {
      SecurityGroupId: SG_ID,
      ClientToken: ECS_CLIENT_TOKEN,
      ...fields,
      Permissions: objects(fields, { maxItems: 100 }),
    },
    async handle(ctx, p) {
      const inputs = ruleInputs(p as RuleParams & { Permissions?: RuleParams[] }, false);
      await ctx.transact((tx) => authorize(tx, p.SecurityGroupId, direction, inputs));
      return {};
    },
  });
}

function revokeAction(name: string, direction: Direction) {
  const fields = ruleFieldSpecs(direction);
  return defineAction({
    name,
    products: ['ecs'],
    params: {
      SecurityGroupId: SG_ID,
      ClientToken: ECS_CLIENT_TOKEN,
      SecurityGroupRuleId: list(string({ maxLength: 64 }), { maxItems: 100 }),
      ...fields,
      Permissions: objects(fields, { maxItems: 100 }),
    },
    async handle(ctx, p) {
      const ruleIds = p.SecurityGroupRuleId as string[] | undefined;
      const inputs = ruleInputs(p as RuleParams & { Permissions?: RuleParams[] }, (ruleIds ?? []).length > 0);
      await ctx.transact((tx) => revoke(tx, p.SecurityGroupId, direction, ruleIds, inputs));
      return {};
    },
  });
}

function modifyRuleAction(name: string, direction: Direction) {
  return defineAction({
    name,
    products: ['ecs'],
    params: {
      SecurityGroupId: SG_ID,
      SecurityGroupRuleId: string({ maxLength: 64 }),
      ClientToken: ECS_CLIENT_TOKEN,
      ...ruleFieldSpecs(direction),
    },
    async handle(ctx, p) {
      const input = flatRule(p as RuleParams);
      await ctx.transact((tx) => modifyRule(tx, p.SecurityGroupId, direction, p.SecurityGroupRuleId as string | undefined, input));
      return {};
    },
  });
}

export const securityGroupActions = [
  createSecurityGroupAction,
  describeSecurityGroups,
  describeSecurityGroupAttribute,
  modifySecurityGroupAttributeAction,
  modifySecurityGroupPolicyAction,
  deleteSecurityGroupAction,
  authorizeAction('AuthorizeSecurityGroup', 'ingress'),
  authorizeAction('AuthorizeSecurityGroupEgress', 'egress'),
  revokeAction('RevokeSecurityGroup', 'ingress'),
  revokeAction('RevokeSecurityGroupEgress', 'egress'),
  modifyRuleAction('ModifySecurityGroupRule', 'ingress'),
  modifyRuleAction('ModifySecurityGroupEgressRule', 'egress'),
];
