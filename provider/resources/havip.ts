/**
 * alicloud_havip and alicloud_vpc_ha_vip — a high-availability virtual IP in a VSwitch. The real
 * provider serves both names with one implementation (alicloud_havip is the older name, deprecated
 * in favour of alicloud_vpc_ha_vip), and so does this one: one schema, two type names.
 *
 * Create: CreateHaVip (one ClientToken across retries) → wait Available. Read: DescribeHaVips
 * (Filter HaVipId). Update: ModifyHaVipAttribute (name, description) and the tag APIs (ResourceType
 * HAVIP). Delete: DeleteHaVip (retried while attachments, routes or EIP bindings destroyed in the
 * same run are on their way out) → wait until gone. The deprecated `havip_name` is kept in step
 * with `ha_vip_name`. What the HaVip is associated with (associated_instances, master_instance_id,
 * associated_eip_addresses) is read back, as the real provider does; alicloud_havip_attachment,
 * alicloud_route_entry and alicloud_eip_association change it.
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { isIpv4, lengthBetween, prefixed } from '../shared/validators';
import { str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, resourceGroupAttr, step, tagsState, updateTags } from './common';
import { aliasConflicts, aliasValue, planAliases, type Alias } from './internet-common';

const ALIASES: readonly Alias[] = [{ deprecated: 'havip_name', current: 'ha_vip_name' }];

/** Codes under which a delete waits: what points at the HaVip is being removed in the same run. */
const DELETE_RETRY = ['IncorrectStatus', 'IncorrectHaVipStatus', 'DependencyViolation.HaVipReferedByRouteEntry', 'DependencyViolation.HaVipAssociatedWithEIP', 'OperationConflict'];

function haVipAttributes(): { [name: string]: AttributeSchema } {
  return keepComputedOnUpdate({
    id: ID_ATTR,
    vswitch_id: { type: 'string', required: true, forceNew: true, description: 'The VSwitch the HaVip\'s address comes from.', validators: [prefixed('vsw-', 'VSwitch')] },
    ip_address: {
      type: 'string',
      optional: true,
      computed: true,
      forceNew: true,
      description: 'The private address, free and inside the VSwitch\'s block; the lowest free one when left out (any free one on the real cloud).',
      validators: [(v) => (typeof v === 'string' && !isIpv4(v) ? `ip_address "${v}" is not an IPv4 address such as 192.168.1.101` : undefined)],
    },
    description: { type: 'string', optional: true, description: 'The description (2 to 256 characters, not starting with http:// or https://).', validators: [lengthBetween(2, 256, 'description')] },
    ha_vip_name: { type: 'string', optional: true, computed: true, description: 'The name (1 to 128 characters, not starting with http:// or https://).' },
    havip_name: { type: 'string', optional: true, computed: true, deprecated: true, description: 'Deprecated: use ha_vip_name.' },
    resource_group_id: resourceGroupAttr('HaVip'),
    tags: TAGS_ATTR,
    associated_eip_addresses: { type: ['list', 'string'], computed: true, description: 'The EIPs bound to the HaVip.' },
    associated_instance_type: { type: 'string', computed: true, description: 'EcsInstance or NetworkInterface: what the HaVip is associated with ("" while nothing).' },
    associated_instances: { type: ['list', 'string'], computed: true, description: 'The instances (or ENIs) the HaVip is associated with, the master first.' },
    master_instance_id: { type: 'string', computed: true, description: 'The instance holding the address. The sandbox\'s master is the first associated instance.' },
    create_time: { type: 'string', computed: true, description: 'When the HaVip was created.' },
    ha_vip_id: { type: 'string', computed: true, description: 'The HaVip\'s ID (havip-…).' },
    status: { type: 'string', computed: true, description: 'Creating, Available, InUse, Associating or Unassociating.' },
    vpc_id: { type: 'string', computed: true, description: 'The VPC of the VSwitch.' },
  });
}

export async function describeHaVip(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': id }, { listKey: 'HaVips', itemKey: 'HaVip', idField: 'HaVipId', id });
}

/** `{ associatedInstance: [...] }` (or a bare list) as a list of strings. */
function members(v: any, key: string): string[] {
  const list = Array.isArray(v) ? v : v?.[key];
  return Array.isArray(list) ? list.map(String) : [];
}

function makeResource(typeName: string, deprecatedName: boolean): ResourceDefinition {
  const attributes = haVipAttributes();

  async function read(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
    const h = await describeHaVip(ctx, str(prior.id)!);
    if (!h) return null;
    return complete(attributes, {
      ...prior,
      id: h.HaVipId,
      vswitch_id: h.VSwitchId,
      ip_address: h.IpAddress,
      description: h.Description ? h.Description : (prior.description === '' ? '' : null),
      ha_vip_name: h.Name ?? '',
      havip_name: h.Name ?? '',
      resource_group_id: prior.resource_group_id === '' ? '' : (h.ResourceGroupId ?? null),
      tags: tagsState(tagsFromApi(h.Tags), prior.tags),
      associated_eip_addresses: members(h.AssociatedEipAddresses, 'associatedEipAddresse'),
      associated_instance_type: h.AssociatedInstanceType ?? '',
      associated_instances: members(h.AssociatedInstances, 'associatedInstance'),
      master_instance_id: h.MasterInstanceId ?? '',
      create_time: h.CreateTime ?? null,
      ha_vip_id: h.HaVipId,
      status: h.Status ?? null,
      vpc_id: h.VpcId ?? null,
    });
  }

  return {
    typeName,
    schema: {
      description: deprecatedName ? 'A high-availability virtual IP (the older name of alicloud_vpc_ha_vip).' : 'A high-availability virtual IP (HaVip) in a VSwitch.',
      attributes,
    },
    timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

    validateConfig(config) {
      return aliasConflicts(config, ALIASES);
    },

    modifyPlan({ config, planned }) {
      planAliases(config, planned, ALIASES);
    },

    async create(ctx, planned) {
      const out = await step(typeName, null, 'creating the HaVip', () =>
        api(ctx, 'vpc', 'CreateHaVip', {
          VSwitchId: str(planned.vswitch_id),
          IpAddress: str(planned.ip_address),
          Description: str(planned.description),
          Name: aliasValue(planned, ALIASES[0]),
          ResourceGroupId: str(planned.resource_group_id) || undefined,
          ...tagParams(strMap(planned.tags)),
        }, { idempotent: true, retryCodes: ['OperationConflict', 'IncorrectStatus', 'IncorrectVSwitchStatus'] }),
      );
      const id: string = out.HaVipId;
      ctx.created?.({ id });
      await step(typeName, id, 'waiting for the HaVip', () => waitFor(ctx, () => describeHaVip(ctx, id), (h) => h?.Status === 'Available', { what: `HaVip ${id} to become Available` }));
      const state = await step(typeName, id, 'reading the new HaVip', () => read(ctx, { ...planned, id }));
      if (!state) throw new Error(`${typeName} ${id}: the HaVip disappeared right after it was created`);
      return state;
    },

    read(ctx, state) {
      return step(typeName, str(state.id), 'reading the HaVip', () => read(ctx, state));
    },

    async update(ctx, prior, planned) {
      const id = str(prior.id)!;
      const name = aliasValue(planned, ALIASES[0]);
      const nameChanged = name !== undefined && name !== prior.ha_vip_name;
      const descChanged = planned.description !== prior.description;
      if (nameChanged || descChanged) {
        await step(typeName, id, 'updating the HaVip', () =>
          api(ctx, 'vpc', 'ModifyHaVipAttribute', {
            HaVipId: id,
            Name: nameChanged ? name : undefined,
            Description: descChanged ? (str(planned.description) ?? '') : undefined,
          }, { idempotent: true, retryCodes: ['OperationConflict', 'IncorrectStatus'] }),
        );
      }
      await step(typeName, id, 'updating the HaVip tags', () => updateTags(ctx, 'vpc', 'HAVIP', id, strMap(prior.tags), strMap(planned.tags)));
      const state = await step(typeName, id, 'reading the HaVip', () => read(ctx, { ...planned, id }));
      if (!state) throw new Error(`${typeName} ${id}: the HaVip disappeared during the update`);
      return state;
    },

    async delete(ctx, state) {
      const id = str(state.id)!;
      const remove = () => api(ctx, 'vpc', 'DeleteHaVip', { HaVipId: id }, { idempotent: true, retryCodes: DELETE_RETRY });
      await deleteAndWaitGone(ctx, { typeName, id, noun: 'the HaVip' }, remove, () => describeHaVip(ctx, id));
    },

    importState: importByPrefixedId(typeName, attributes, 'havip', 'a HaVip'),
  };
}

export const haVipResource = makeResource('alicloud_vpc_ha_vip', false);
export const havipResource = makeResource('alicloud_havip', true);
