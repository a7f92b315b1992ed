/**
 * alicloud_vpc — mirrors aliyun/alicloud's resource of the same name (network subset).
 *
 * Create: CreateVpc (or CreateDefaultVpc when is_default = true), with ResourceGroupId when given →
 * wait for Status Available.
 * Read: DescribeVpcs(VpcId) for the VPC and its tags, DescribeRouteTableList(VpcId) for the system
 * route table and vRouter. Update: ModifyVpcAttribute, TagResources/UnTagResources (ResourceType VPC).
 * Delete: DeleteVpc (retrying while dependants are still going away) → wait until gone.
 */
import { isNotFound } from '../client/api-client';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import {
  api,
  bool,
  complete,
  deleteAndWaitGone,
  describeById,
  ID_ATTR,
  importByPrefixedId,
  lengthBetween,
  maskBetween,
  notUrl,
  optional,
  privateCidr,
  resourceGroupAttr,
  step,
  str,
  strMap,
  tagParams,
  TAGS_ATTR,
  tagsFromApi,
  tagsState,
  unwrapList,
  updateTags,
  validCidr,
  keepComputedOnUpdate,
} from './common';

const TYPE = 'alicloud_vpc';
/** Codes besides *.NotFound that say the VPC does not exist. */
const VPC_GONE = ['Forbidden.VpcNotFound'];

export const vpcAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  cidr_block: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The CIDR block of the VPC: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, mask /8 to /28.',
    validators: [validCidr, maskBetween(8, 28, 'VPC'), privateCidr],
  },
  vpc_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name of the VPC (1 to 128 characters, not starting with http:// or https://).',
    validators: [lengthBetween(1, 128, 'vpc_name'), notUrl],
  },
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the VPC (1 to 256 characters).',
    validators: [lengthBetween(1, 256, 'description'), notUrl],
  },
  is_default: {
    type: 'bool',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'Whether to create the default VPC of the region (CreateDefaultVpc).',
  },
  resource_group_id: resourceGroupAttr('VPC'),
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, useStateForUnknown: true, description: 'The status of the VPC (Pending or Available).' },
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the VPC was created.' },
  region_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The region of the VPC.' },
  route_table_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The ID of the system route table.' },
  router_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The ID of the vRouter.' },
});

/** The VPC as DescribeVpcs reports it, or null when it does not exist. */
export async function describeVpc(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeVpcs', { VpcId: id, PageSize: 50 }, { listKey: 'Vpcs', itemKey: 'Vpc', idField: 'VpcId', id, goneCodes: VPC_GONE });
}

/** The system route table and vRouter of a VPC. */
export async function systemRouteTable(ctx: ResourceContext, vpcId: string, vRouterId?: string): Promise<{ routeTableId: string | null; routerId: string | null }> {
  try {
    const out = await api(ctx, 'vpc', 'DescribeRouteTableList', { VpcId: vpcId, PageSize: 50 });
    const tables = unwrapList(out?.RouterTableList, 'RouterTableListType');
    const sys = tables.find((t: any) => t?.RouteTableType === 'System' && (!t.VpcId || t.VpcId === vpcId));
    if (sys) return { routeTableId: sys.RouteTableId ?? null, routerId: sys.RouterId ?? vRouterId ?? null };
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  return { routeTableId: null, routerId: vRouterId ?? null };
}

async function readVpc(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const vpc = await describeVpc(ctx, id);
  if (!vpc) return null;
  // Route table and vRouter never change for a VPC: ask once, then keep them.
  let routeTableId = str(prior.route_table_id) ?? null;
  let routerId = str(prior.router_id) ?? null;
  if (!routeTableId || !routerId) {
    const rt = await systemRouteTable(ctx, id, vpc.VRouterId);
    routeTableId = rt.routeTableId;
    routerId = rt.routerId;
  }
  return complete(vpcAttributes, {
    ...prior,
    id,
    cidr_block: vpc.CidrBlock ?? null,
    vpc_name: vpc.VpcName ?? '',
    description: optional(vpc.Description, prior.description),
    is_default: vpc.IsDefault === true || vpc.IsDefault === 'true',
    resource_group_id: vpc.ResourceGroupId ?? '',
    tags: tagsState(tagsFromApi(vpc.Tags), prior.tags),
    status: vpc.Status ?? null,
    create_time: vpc.CreationTime ?? null,
    region_id: vpc.RegionId ?? ctx.region,
    route_table_id: routeTableId,
    router_id: routerId,
  });
}

function waitAvailable(ctx: ResourceContext, id: string) {
  return waitFor(ctx, () => describeVpc(ctx, id), (v) => v?.Status === 'Available', { what: `VPC ${id} to become Available` });
}

export const vpcResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A Virtual Private Cloud.', attributes: vpcAttributes },
  timeouts: { create: 10 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const isDefault = bool(planned.is_default) === true;
    const tags = strMap(planned.tags);
    let id: string;
    if (isDefault) {
      const out = await step(TYPE, null, 'creating the default VPC', () =>
        api(ctx, 'vpc', 'CreateDefaultVpc', { ResourceGroupId: str(planned.resource_group_id) }, { idempotent: true }),
      );
      id = out.VpcId;
    } else {
      const out = await step(TYPE, null, 'creating the VPC', () =>
        api(ctx, 'vpc', 'CreateVpc', {
          CidrBlock: str(planned.cidr_block),
          VpcName: str(planned.vpc_name),
          Description: str(planned.description),
          ResourceGroupId: str(planned.resource_group_id),
          ...tagParams(tags),
        }, { idempotent: true }),
      );
      id = out.VpcId;
    }
    ctx.log('info', 'created VPC', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the VPC', () => waitAvailable(ctx, id));
    if (isDefault) {
      // CreateDefaultVpc takes no name, description or tags: set them afterwards.
      if (str(planned.vpc_name) !== undefined || str(planned.description) !== undefined) {
        await step(TYPE, id, 'naming the default VPC', () =>
          api(ctx, 'vpc', 'ModifyVpcAttribute', { VpcId: id, VpcName: str(planned.vpc_name), Description: str(planned.description) }),
        );
      }
      if (tags && Object.keys(tags).length) await step(TYPE, id, 'tagging the default VPC', () => updateTags(ctx, 'vpc', 'VPC', id, {}, tags));
    }
    const state = await step(TYPE, id, 'reading the new VPC', () => readVpc(ctx, { ...planned, id, route_table_id: null, router_id: null }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPC disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VPC', () => readVpc(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const nameChanged = str(planned.vpc_name) !== undefined && planned.vpc_name !== prior.vpc_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the VPC attributes', () =>
        api(ctx, 'vpc', 'ModifyVpcAttribute', {
          VpcId: id,
          VpcName: nameChanged ? str(planned.vpc_name) : undefined,
          // Clearing the description sends an empty one.
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
        }),
      );
    }
    await step(TYPE, id, 'updating the VPC tags', () => updateTags(ctx, 'vpc', 'VPC', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the VPC', () => readVpc(ctx, { ...planned, id, route_table_id: prior.route_table_id, router_id: prior.router_id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPC disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // VSwitches and security groups deleted just before may still be on their way out.
    const retryCodes = ['DependencyViolation.VSwitch', 'DependencyViolation.SecurityGroup', 'DependencyViolation.RouteEntry', 'DependencyViolation.Instance'];
    const remove = () => api(ctx, 'vpc', 'DeleteVpc', { VpcId: id }, { retryCodes });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the VPC' }, remove, () => describeVpc(ctx, id), { goneCodes: VPC_GONE });
  },

  importState: importByPrefixedId(TYPE, vpcAttributes, 'vpc', 'a VPC'),
};
