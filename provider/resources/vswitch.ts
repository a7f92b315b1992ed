/**
 * alicloud_vswitch — mirrors aliyun/alicloud's resource of the same name, with every argument its
 * docs list, the deprecated `name` and `availability_zone` included (see ./parity.ts).
 *
 * Create: CreateVSwitch (or CreateDefaultVSwitch when is_default = true), with the IPv6 /64 index
 * when given → wait Available (→ ModifyVSwitchAttribute EnableIPv6 when IPv6 is asked for without
 * an index). Read: DescribeVSwitches(VSwitchId). Update: ModifyVSwitchAttribute (name,
 * description, IPv6) and the VPC-product tag APIs (ResourceType VSWITCH). Delete: DeleteVSwitch →
 * wait until gone.
 */
import { parseIpv6Cidr, VSWITCH_IPV6_INDEX_MAX, VSWITCH_IPV6_PREFIX } from '../../network-rules/ipv6';
import { UNKNOWN, isUnknown, type AttributeSchema, type Diagnostic, type ObjectValue, type ResourceContext, type ResourceDefinition, type Value } from '../framework/types';
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { bool, known, num, optional, str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, importByPrefixedId, step, tagsState, updateTags, keepComputedOnUpdate } from './common';
import { intBetween, prefixed, validCidr, zoneId, vswitchMask, followsRule } from '../shared/validators';
import { aliasConflicts, aliasOf, syncAliases, type Alias } from './parity';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';

const TYPE = 'alicloud_vswitch';
const ALIASES: readonly Alias[] = [
  { alias: 'name', canonical: 'vswitch_name' },
  { alias: 'availability_zone', canonical: 'zone_id' },
];

const zoneIdAttr: AttributeSchema = {
  type: 'string',
  optional: true,
  computed: true,
  forceNew: true,
  emptyIsUnset: true,
  description: 'The zone of the VSwitch, e.g. cn-hangzhou-h.',
  validators: [zoneId],
};
const vswitchName: AttributeSchema = {
  type: 'string',
  optional: true,
  computed: true,
  description: 'The name of the VSwitch (1 to 128 characters).',
  validators: [followsRule('vswitch_name', resourceNameProblem)],
};

export const vswitchAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The VPC the VSwitch belongs to (required unless is_default = true).',
    validators: [prefixed('vpc-', 'VPC')],
  },
  cidr_block: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The CIDR block of the VSwitch: inside the VPC, mask /16 to /29 (required unless is_default = true).',
    validators: [validCidr, vswitchMask],
  },
  zone_id: zoneIdAttr,
  availability_zone: aliasOf(zoneIdAttr, 'zone_id', { forceNew: true }),
  vswitch_name: vswitchName,
  name: aliasOf(vswitchName, 'vswitch_name'),
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the VSwitch (1 to 256 characters).',
    validators: [followsRule('description', descriptionProblem)],
  },
  is_default: {
    type: 'bool',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'Whether to create the default VSwitch of the zone in the default VPC (CreateDefaultVSwitch).',
  },
  tags: TAGS_ATTR,
  enable_ipv6: {
    type: 'bool',
    optional: true,
    computed: true,
    description: 'Whether the VSwitch has an IPv6 /64 (its VPC must have IPv6 enabled).',
  },
  ipv6_cidr_block_mask: {
    type: 'number',
    optional: true,
    computed: true,
    description: `Which /64 of the VPC's IPv6 /56 the VSwitch takes: 0 to ${VSWITCH_IPV6_INDEX_MAX}. Setting it enables IPv6.`,
    validators: [intBetween(0, VSWITCH_IPV6_INDEX_MAX, 'ipv6_cidr_block_mask')],
  },
  vpc_ipv6_cidr_block: {
    type: 'string',
    optional: true,
    description: 'The VPC IPv6 block the /64 comes from (a VPC has one in the sandbox, so this only checks it).',
  },
  ipv6_cidr_block: { type: 'string', computed: true, useStateForUnknown: true, description: 'The IPv6 /64 of the VSwitch ("" without IPv6).' },
  status: { type: 'string', computed: true, useStateForUnknown: true, description: 'The status of the VSwitch (Pending or Available).' },
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the VSwitch was created.' },
}, {
  // Turning IPv6 on or off, or picking another /64, changes the block the API reports.
  ipv6_cidr_block: ['enable_ipv6', 'ipv6_cidr_block_mask', 'vpc_ipv6_cidr_block'],
  ipv6_cidr_block_mask: ['enable_ipv6'],
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

/** The index of a /64 inside its /56 (bits 56 to 63 of the address), or null without one. */
function ipv6Index(block: string | undefined): number | null {
  const c = block ? parseIpv6Cidr(block) : undefined;
  if (!c || c.prefix !== VSWITCH_IPV6_PREFIX) return null;
  return Number((c.network >> 64n) & 0xffn);
}

async function readVSwitch(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const vsw = await describeVSwitch(ctx, id);
  if (!vsw) return null;
  const ipv6Block: string = vsw.Ipv6CidrBlock ?? '';
  return complete(vswitchAttributes, {
    ...prior,
    id,
    vpc_id: vsw.VpcId ?? null,
    cidr_block: vsw.CidrBlock ?? null,
    zone_id: vsw.ZoneId ?? null,
    availability_zone: vsw.ZoneId ?? null,
    vswitch_name: vsw.VSwitchName ?? '',
    name: vsw.VSwitchName ?? '',
    enable_ipv6: !!ipv6Block,
    ipv6_cidr_block: ipv6Block,
    ipv6_cidr_block_mask: ipv6Index(ipv6Block),
    description: optional(vsw.Description, prior.description),
    is_default: vsw.IsDefault === true || vsw.IsDefault === 'true',
    tags: tagsState(tagsFromApi(vsw.Tags), prior.tags),
    status: vsw.Status ?? null,
    create_time: vsw.CreationTime ?? null,
  });
}

function changedTo(planned: Value, prior: Value): boolean {
  return known(planned) && planned !== prior;
}

export const vswitchResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A VSwitch (subnet) in a VPC zone.', attributes: vswitchAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    const diags: Diagnostic[] = aliasConflicts(config, ALIASES);
    const isDefault = config.is_default === true;
    // The real schema takes "" for vpc_id, cidr_block and zone_id as "not set" (no validator), then
    // its CreateVSwitch call fails at apply for want of the value; the sandbox says so at plan.
    const unset = (v: Value | undefined) => v === null || v === undefined || v === '';
    if (isDefault) {
      for (const a of ['vpc_id', 'cidr_block'] as const) {
        if (!unset(config[a]) && !isUnknown(config[a])) {
          diags.push(error(a, `${a} cannot be set with is_default = true`, 'A default VSwitch always lives in the default VPC with a /20 the cloud picks; remove the argument or set is_default = false.'));
        }
      }
    } else {
      for (const a of ['vpc_id', 'cidr_block'] as const) {
        if (unset(config[a])) diags.push(error(a, `missing ${a}`, `${a} is ${config[a] === '' ? '""' : 'not set'}: set ${a}, or set is_default = true to create the zone's default VSwitch.`));
      }
    }
    if (unset(config.zone_id) && unset(config.availability_zone)) {
      const given = config.zone_id === '' || config.availability_zone === '' ? 'zone_id is ""' : 'zone_id is not set';
      diags.push(error('zone_id', 'missing zone_id', `${given}: set zone_id to the zone of the VSwitch, e.g. "cn-hangzhou-h" (see data source alicloud_zones).`));
    }
    if (config.enable_ipv6 === false && config.ipv6_cidr_block_mask !== null) {
      diags.push(error('ipv6_cidr_block_mask', 'ipv6_cidr_block_mask needs IPv6', 'ipv6_cidr_block_mask picks the VSwitch\'s IPv6 /64: set enable_ipv6 = true, or remove ipv6_cidr_block_mask.'));
    }
    return diags;
  },

  modifyPlan({ config, prior, planned }) {
    syncAliases(config, planned, ALIASES);
    if (config.enable_ipv6 === null && known(planned.ipv6_cidr_block_mask)) planned.enable_ipv6 = true;
    if (!prior) return;
    // Enabling IPv6 or moving to another /64 gives the VSwitch a block only known afterwards.
    const enable = changedTo(planned.enable_ipv6, prior.enable_ipv6);
    if (enable || changedTo(planned.ipv6_cidr_block_mask, prior.ipv6_cidr_block_mask)) {
      planned.ipv6_cidr_block = UNKNOWN;
      if (enable && config.ipv6_cidr_block_mask === null) planned.ipv6_cidr_block_mask = planned.enable_ipv6 === false ? null : UNKNOWN;
    }
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
          Ipv6CidrBlock: bool(planned.enable_ipv6) === false ? undefined : num(planned.ipv6_cidr_block_mask),
          VpcIpv6CidrBlock: num(planned.ipv6_cidr_block_mask) !== undefined ? str(planned.vpc_ipv6_cidr_block) : undefined,
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
    const indexSent = bool(planned.is_default) !== true && num(planned.ipv6_cidr_block_mask) !== undefined;
    if (bool(planned.enable_ipv6) === true && !indexSent) {
      await step(TYPE, id, 'enabling IPv6 on the VSwitch', () =>
        api(ctx, 'vpc', 'ModifyVSwitchAttribute', {
          VSwitchId: id,
          EnableIPv6: true,
          Ipv6CidrBlock: num(planned.ipv6_cidr_block_mask),
          VpcIpv6CidrBlock: str(planned.vpc_ipv6_cidr_block),
        }),
      );
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
    const ipv6Changed = changedTo(planned.enable_ipv6, prior.enable_ipv6);
    const indexChanged = changedTo(planned.ipv6_cidr_block_mask, prior.ipv6_cidr_block_mask) && bool(planned.enable_ipv6) !== false;
    if (nameChanged || descChanged || ipv6Changed || indexChanged) {
      await step(TYPE, id, 'updating the VSwitch attributes', () =>
        api(ctx, 'vpc', 'ModifyVSwitchAttribute', {
          VSwitchId: id,
          VSwitchName: nameChanged ? str(planned.vswitch_name) : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
          EnableIPv6: ipv6Changed || indexChanged ? bool(planned.enable_ipv6) ?? true : undefined,
          Ipv6CidrBlock: indexChanged ? num(planned.ipv6_cidr_block_mask) : undefined,
          VpcIpv6CidrBlock: indexChanged ? str(planned.vpc_ipv6_cidr_block) : undefined,
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
