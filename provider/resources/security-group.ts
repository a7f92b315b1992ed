/**
 * alicloud_security_group — mirrors aliyun/alicloud's resource (VPC security groups).
 *
 * Create: CreateSecurityGroup, with ResourceGroupId when given (+ ModifySecurityGroupPolicy when inner_access_policy is set to a
 * value other than the group's current one). Read: DescribeSecurityGroups(SecurityGroupId) for name,
 * type, tags and creation time, DescribeSecurityGroupAttribute for InnerAccessPolicy.
 * Update: ModifySecurityGroupAttribute, ModifySecurityGroupPolicy, ECS TagResources/UntagResources
 * (ResourceType securitygroup). Delete: DeleteSecurityGroup, retrying DependencyViolation while
 * instances that used the group are still being released.
 * The deprecated `name` and `inner_access` are accepted as the real provider does (./parity.ts).
 */
import { isNotFound } from '../client/api-client';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition, Value } from '../framework/types';
import { descriptionProblem, ecsNameProblem } from '../../network-rules/limits';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { complete, deleteAndWaitGone, describeById, ID_ATTR, importByPrefixedId, resourceGroupAttr, step, tagsState, updateTags, keepComputedOnUpdate } from './common';
import { oneOf, prefixed, followsRule } from '../shared/validators';
import { aliasConflicts, aliasOf, aliasState, syncAliases, type Alias } from './parity';
import { optional, str, strMap } from '../shared/values';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';

const TYPE = 'alicloud_security_group';
/** inner_access = true is inner_access_policy = "Accept"; false is "Drop". */
const INNER_ACCESS: Alias = {
  alias: 'inner_access',
  canonical: 'inner_access_policy',
  toCanonical: (v: Value) => (v === true ? 'Accept' : 'Drop'),
  toAlias: (v: Value) => v === 'Accept',
};
const ALIASES: readonly Alias[] = [{ alias: 'name', canonical: 'security_group_name' }, INNER_ACCESS];

const groupName: AttributeSchema = {
  type: 'string',
  optional: true,
  computed: true,
  description: 'The name of the security group (2 to 128 characters).',
  validators: [followsRule('security_group_name', ecsNameProblem)],
};

export const securityGroupAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The VPC of the security group; left out or "", a classic-network group (the real provider does not send "").',
    validators: [prefixed('vpc-', 'VPC')],
  },
  security_group_name: groupName,
  name: aliasOf(groupName, 'security_group_name'),
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the security group (2 to 256 characters).',
    validators: [followsRule('description', (s) => descriptionProblem(s, 2))],
  },
  security_group_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'normal',
    description: 'The type of the security group: normal (default) or enterprise.',
    validators: [oneOf(['normal', 'enterprise'])],
  },
  inner_access_policy: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'Whether instances in the group can talk to each other: Accept or Drop.',
    validators: [oneOf(['Accept', 'Drop'])],
  },
  inner_access: {
    type: 'bool',
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated: use inner_access_policy (true is "Accept", false is "Drop").',
  },
  resource_group_id: resourceGroupAttr('security group'),
  tags: TAGS_ATTR,
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the security group was created.' },
});

export async function describeSecurityGroup(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'ecs', 'DescribeSecurityGroups', { SecurityGroupId: id, PageSize: 50 }, {
    listKey: 'SecurityGroups',
    itemKey: 'SecurityGroup',
    idField: 'SecurityGroupId',
    id,
  });
}

async function describeAttribute(ctx: ResourceContext, id: string): Promise<any | null> {
  try {
    return await api(ctx, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: id });
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function readGroup(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const group = await describeSecurityGroup(ctx, id);
  if (!group) return null;
  const attr = await describeAttribute(ctx, id);
  if (!attr) return null;
  return complete(securityGroupAttributes, {
    ...prior,
    id,
    vpc_id: optional(group.VpcId ?? attr.VpcId, prior.vpc_id),
    security_group_name: group.SecurityGroupName ?? attr.SecurityGroupName ?? '',
    name: group.SecurityGroupName ?? attr.SecurityGroupName ?? '',
    inner_access: aliasState(attr.InnerAccessPolicy ?? 'Accept', INNER_ACCESS),
    description: optional(group.Description ?? attr.Description, prior.description),
    security_group_type: group.SecurityGroupType ?? 'normal',
    inner_access_policy: attr.InnerAccessPolicy ?? 'Accept',
    resource_group_id: group.ResourceGroupId ?? '',
    tags: tagsState(tagsFromApi(group.Tags), prior.tags),
    create_time: group.CreationTime ?? null,
  });
}

async function setPolicy(ctx: ResourceContext, id: string, policy: string) {
  await step(TYPE, id, `setting inner_access_policy to ${policy}`, () =>
    api(ctx, 'ecs', 'ModifySecurityGroupPolicy', { SecurityGroupId: id, InnerAccessPolicy: policy }),
  );
}

export const securityGroupResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An ECS security group.', attributes: securityGroupAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    return aliasConflicts(config, ALIASES);
  },

  modifyPlan({ config, planned }) {
    syncAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the security group', () =>
      api(ctx, 'ecs', 'CreateSecurityGroup', {
        VpcId: str(planned.vpc_id) || undefined,
        SecurityGroupName: str(planned.security_group_name),
        Description: str(planned.description),
        SecurityGroupType: str(planned.security_group_type),
        ResourceGroupId: str(planned.resource_group_id),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true }),
    );
    const id: string = out.SecurityGroupId;
    ctx.log('info', 'created security group', { id });
    ctx.created?.({ id });
    // Creation is synchronous in ECS, but a read right after may lag behind on a busy endpoint.
    await step(TYPE, id, 'waiting for the security group', () =>
      waitFor(ctx, () => describeSecurityGroup(ctx, id), (g) => g !== null, { what: `security group ${id} to appear` }),
    );
    let state = await step(TYPE, id, 'reading the new security group', () => readGroup(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the security group disappeared right after it was created`);
    const wanted = str(planned.inner_access_policy);
    if (wanted && wanted !== state.inner_access_policy) {
      await setPolicy(ctx, id, wanted);
      state = await step(TYPE, id, 'reading the security group', () => readGroup(ctx, { ...planned, id }));
      if (!state) throw new Error(`${TYPE} ${id}: the security group disappeared during creation`);
    }
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the security group', () => readGroup(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const nameChanged = str(planned.security_group_name) !== undefined && planned.security_group_name !== prior.security_group_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the security group attributes', () =>
        api(ctx, 'ecs', 'ModifySecurityGroupAttribute', {
          SecurityGroupId: id,
          SecurityGroupName: nameChanged ? str(planned.security_group_name) : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
        }),
      );
    }
    const policy = str(planned.inner_access_policy);
    if (policy && policy !== prior.inner_access_policy) await setPolicy(ctx, id, policy);
    await step(TYPE, id, 'updating the security group tags', () => updateTags(ctx, 'ecs', 'securitygroup', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the security group', () => readGroup(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the security group disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // Instances released just before still count as members until they are fully gone.
    const remove = () => api(ctx, 'ecs', 'DeleteSecurityGroup', { SecurityGroupId: id }, { retryCodes: ['DependencyViolation*'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the security group' }, remove, () => describeSecurityGroup(ctx, id));
  },

  importState: importByPrefixedId(TYPE, securityGroupAttributes, 'sg', 'a security group'),
};
