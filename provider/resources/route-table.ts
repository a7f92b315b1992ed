/**
 * alicloud_route_table — a custom route table of a VPC, as aliyun/alicloud has it, the deprecated
 * `name` included.
 *
 * Create: CreateRouteTable → wait Available. Read: DescribeRouteTableList(RouteTableId). Update:
 * ModifyRouteTableAttributes (name, description) and the VPC-product tag APIs (ResourceType
 * ROUTETABLE). Delete: DeleteRouteTable (retried while attachments and route entries deleted just
 * before are still going away) → wait until gone. associate_type Gateway is refused by the
 * sandbox (gateway route tables are not simulated). route_propagation_enable is accepted and kept:
 * every sandbox table reports propagation on, and there are no learned routes to propagate.
 */
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { followsRule, oneOf } from '../shared/validators';
import { optional, str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { acceptedOnly, aliasConflicts, aliasOf, aliasState, keptValues, syncAliases, type Alias } from './parity';

const TYPE = 'alicloud_route_table';
const ALIASES: readonly Alias[] = [{ alias: 'name', canonical: 'route_table_name' }];

const tableName: AttributeSchema = {
  type: 'string',
  optional: true,
  computed: true,
  description: 'The name of the route table (1 to 128 characters, not starting with http:// or https://).',
  validators: [followsRule('route_table_name', resourceNameProblem)],
};

export const routeTableAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: { type: 'string', required: true, forceNew: true, description: 'The VPC the route table belongs to.' },
  route_table_name: tableName,
  name: aliasOf(tableName, 'route_table_name'),
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the route table (1 to 256 characters).',
    validators: [followsRule('description', descriptionProblem)],
  },
  associate_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'What the table is associated with: VSwitch (the default). Gateway tables are not simulated by the sandbox.',
    validators: [oneOf(['VSwitch', 'Gateway'])],
  },
  route_propagation_enable: acceptedOnly('bool', 'Whether the table receives dynamically learned (BGP / CEN) routes; the real default is on.', { default: true }),
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, description: 'The status of the route table (Pending or Available).' },
  resource_group_id: { type: 'string', computed: true, description: 'The resource group of the route table (its VPC\'s).' },
  create_time: { type: 'string', computed: true, description: 'The time the route table was created.' },
});

export async function describeRouteTable(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeRouteTableList', { RouteTableId: id, PageSize: 50 }, {
    listKey: 'RouterTableList',
    itemKey: 'RouterTableListType',
    idField: 'RouteTableId',
    id,
  });
}

async function readTable(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const t = await describeRouteTable(ctx, id);
  if (!t) return null;
  const name: string = t.RouteTableName ?? '';
  return complete(routeTableAttributes, {
    ...prior,
    ...keptValues(routeTableAttributes, prior),
    id,
    vpc_id: t.VpcId ?? null,
    route_table_name: name,
    name: aliasState(name),
    description: optional(t.Description, prior.description),
    associate_type: t.AssociateType ?? 'VSwitch',
    tags: tagsState(tagsFromApi(t.Tags), prior.tags),
    status: t.Status ?? null,
    resource_group_id: t.ResourceGroupId ?? null,
    create_time: t.CreationTime ?? null,
  });
}

export const routeTableResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A custom route table of a VPC, associated with VSwitches by alicloud_route_table_attachment.', attributes: routeTableAttributes },
  timeouts: { create: 10 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    const diags = aliasConflicts(config, ALIASES);
    if (config.associate_type === 'Gateway') {
      diags.push(error('associate_type', 'gateway route tables are not simulated', 'The sandbox models route tables associated with VSwitches only: leave associate_type out or set it to "VSwitch".'));
    }
    return diags;
  },

  modifyPlan({ config, planned }) {
    syncAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the route table', () =>
      api(ctx, 'vpc', 'CreateRouteTable', {
        VpcId: str(planned.vpc_id),
        RouteTableName: str(planned.route_table_name),
        Description: str(planned.description),
        AssociateType: str(planned.associate_type),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true, retryCodes: ['IncorrectVpcStatus', 'OperationConflict'] }),
    );
    const id = String(out.RouteTableId);
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the route table', () =>
      waitFor(ctx, () => describeRouteTable(ctx, id), (t) => t?.Status === 'Available', { what: `route table ${id} to become Available` }),
    );
    const state = await step(TYPE, id, 'reading the new route table', () => readTable(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the route table disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the route table', () => readTable(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const nameChanged = str(planned.route_table_name) !== undefined && planned.route_table_name !== prior.route_table_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the route table attributes', () =>
        api(ctx, 'vpc', 'ModifyRouteTableAttributes', {
          RouteTableId: id,
          RouteTableName: nameChanged ? str(planned.route_table_name) : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
        }),
      );
    }
    await step(TYPE, id, 'updating the route table tags', () => updateTags(ctx, 'vpc', 'ROUTETABLE', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the route table', () => readTable(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the route table disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // Attachments and route entries deleted just before may still be on their way out.
    const remove = () =>
      api(ctx, 'vpc', 'DeleteRouteTable', { RouteTableId: id }, {
        retryCodes: ['OperationConflict', 'DependencyViolation*', 'IncorrectRouteTableStatus*', 'IncorrectStatus.cbnStatus'],
      });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the route table' }, remove, () => describeRouteTable(ctx, id));
  },

  importState: importByPrefixedId(TYPE, routeTableAttributes, 'vtb', 'a route table'),
};
