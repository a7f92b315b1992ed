/**
 * alicloud_vswitch — mirrors aliyun/alicloud's resource of the same name (network subset).
 *
 * Create: CreateVSwitch (or CreateDefaultVSwitch when is_default = true) → wait Available.
 * Read: DescribeVSwitches(VSwitchId). Update: ModifyVSwitchAttribute and the VPC-product tag APIs
 * (ResourceType VSWITCH). Delete: DeleteVSwitch → wait until gone.
 */
import { isUnknown, type AttributeSchema, type Diagnostic, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import {
  api,
  bool,
  complete,
  deleteAndWaitGone,
  describeById,
  error,
  ID_ATTR,
  importByPrefixedId,
  lengthBetween,
  maskBetween,
  notUrl,
  optional,
  prefixed,
  step,
  str,
  strMap,
  tagParams,
  TAGS_ATTR,
  tagsFromApi,
  tagsState,
  updateTags,
  validCidr,
  zoneId,
  keepComputedOnUpdate,
} from './common';

const TYPE = 'alicloud_vswitch';

export const vswitchAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The VPC the VSwitch belongs to (required unless is_default = true).',
    validators: [prefixed('vpc-', 'VPC')],
  },
  cidr_block: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The CIDR block of the VSwitch: inside the VPC, mask /16 to /29 (required unless is_default = true).',
    validators: [validCidr, maskBetween(16, 29, 'VSwitch')],
  },
  zone_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The zone of the VSwitch, e.g. cn-hangzhou-h.',
    validators: [zoneId],
  },
  vswitch_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name of the VSwitch (1 to 128 characters).',
    validators: [lengthBetween(1, 128, 'vswitch_name'), notUrl],
  },
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the VSwitch (1 to 256 characters).',
    validators: [lengthBetween(1, 256, 'description'), notUrl],
  },
  is_default: {
    type: 'bool',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'Whether to create the default VSwitch of the zone in the default VPC (CreateDefaultVSwitch).',
  },
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, useStateForUnknown: true, description: 'The status of the VSwitch (Pending or Available).' },
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the VSwitch was created.' },
});

export async function describeVSwitch(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeVSwitches', { VSwitchId: id, PageSize: 50 }, {
    listKey: 'VSwitches',
    itemKey: 'VSwitch',
    idField: 'VSwitchId',
    id,
    goneCodes: ['Forbidden.VpcNotFound'],
  });
}

async function readVSwitch(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const vsw = await describeVSwitch(ctx, id);
  if (!vsw) return null;
  return complete(vswitchAttributes, {
    ...prior,
    id,
    vpc_id: vsw.VpcId ?? null,
    cidr_block: vsw.CidrBlock ?? null,
    zone_id: vsw.ZoneId ?? null,
    vswitch_name: vsw.VSwitchName ?? '',
    description: optional(vsw.Description, prior.description),
    is_default: vsw.IsDefault === true || vsw.IsDefault === 'true',
    tags: tagsState(tagsFromApi(vsw.Tags), prior.tags),
    status: vsw.Status ?? null,
    create_time: vsw.CreationTime ?? null,
  });
}

export const vswitchResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A VSwitch (subnet) in a VPC zone.', attributes: vswitchAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    const diags: Diagnostic[] = [];
    const isDefault = config.is_default === true;
    if (isDefault) {
      for (const a of ['vpc_id', 'cidr_block'] as const) {
        if (config[a] !== null && !isUnknown(config[a])) {
          diags.push(error(a, `${a} cannot be set with is_default = true`, 'A default VSwitch always lives in the default VPC with a /20 the cloud picks; remove the argument or set is_default = false.'));
        }
      }
    } else {
      for (const a of ['vpc_id', 'cidr_block'] as const) {
        if (config[a] === null) diags.push(error(a, `missing ${a}`, `Set ${a}, or set is_default = true to create the zone's default VSwitch.`));
      }
    }
    if (config.zone_id === null) diags.push(error('zone_id', 'missing zone_id', 'Set zone_id to the zone of the VSwitch, e.g. "cn-hangzhou-h" (see data source alicloud_zones).'));
    return diags;
  },

  async create(ctx, planned) {
    const tags = strMap(planned.tags);
    let id: string;
    if (bool(planned.is_default) === true) {
      const out = await step(TYPE, null, 'creating the default VSwitch', () =>
        api(ctx, 'vpc', 'CreateDefaultVSwitch', { ZoneId: str(planned.zone_id) }, { idempotent: true }),
      );
      id = out.VSwitchId;
    } else {
      const out = await step(TYPE, null, 'creating the VSwitch', () =>
        api(ctx, 'vpc', 'CreateVSwitch', {
          VpcId: str(planned.vpc_id),
          ZoneId: str(planned.zone_id),
          CidrBlock: str(planned.cidr_block),
          VSwitchName: str(planned.vswitch_name),
          Description: str(planned.description),
          ...tagParams(tags),
        }, { idempotent: true }),
      );
      id = out.VSwitchId;
    }
    ctx.log('info', 'created VSwitch', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the VSwitch', () =>
      waitFor(ctx, () => describeVSwitch(ctx, id), (v) => v?.Status === 'Available', { what: `VSwitch ${id} to become Available` }),
    );
    if (bool(planned.is_default) === true) {
      if (str(planned.vswitch_name) !== undefined || str(planned.description) !== undefined) {
        await step(TYPE, id, 'naming the default VSwitch', () =>
          api(ctx, 'vpc', 'ModifyVSwitchAttribute', { VSwitchId: id, VSwitchName: str(planned.vswitch_name), Description: str(planned.description) }),
        );
      }
      if (tags && Object.keys(tags).length) await step(TYPE, id, 'tagging the default VSwitch', () => updateTags(ctx, 'vpc', 'VSWITCH', id, {}, tags));
    }
    const state = await step(TYPE, id, 'reading the new VSwitch', () => readVSwitch(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VSwitch disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VSwitch', () => readVSwitch(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const nameChanged = str(planned.vswitch_name) !== undefined && planned.vswitch_name !== prior.vswitch_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the VSwitch attributes', () =>
        api(ctx, 'vpc', 'ModifyVSwitchAttribute', {
          VSwitchId: id,
          VSwitchName: nameChanged ? str(planned.vswitch_name) : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
        }),
      );
    }
    await step(TYPE, id, 'updating the VSwitch tags', () => updateTags(ctx, 'vpc', 'VSWITCH', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the VSwitch', () => readVSwitch(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VSwitch disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // Instances and route entries removed just before may still hold the VSwitch for a moment.
    const remove = () => api(ctx, 'vpc', 'DeleteVSwitch', { VSwitchId: id }, { retryCodes: ['DependencyViolation*'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the VSwitch' }, remove, () => describeVSwitch(ctx, id));
  },

  importState: importByPrefixedId(TYPE, vswitchAttributes, 'vsw', 'a VSwitch'),
};
