/**
 * alicloud_havips — the account's HaVips in the region: VPC DescribeHaVips, paged by number (50 a
 * page, as the real provider asks), filtered locally by `ids`, `name_regex` and `status` (the real
 * provider filters the same three locally too).
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { oneOf } from '../shared/validators';
import { str } from '../shared/values';
import { LIST_BASICS, pages, textOf } from './common';
import { finishListing, localFilter } from './listing';

const HAVIP_OBJECT: { [name: string]: AttrType } = {
  associated_eip_addresses: ['list', 'string'],
  associated_instances: ['list', 'string'],
  description: 'string',
  havip_id: 'string',
  havip_name: 'string',
  id: 'string',
  ip_address: 'string',
  master_instance_id: 'string',
  status: 'string',
  vpc_id: 'string',
  vswitch_id: 'string',
};

export const haVipsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  status: { type: 'string', optional: true, description: 'Only HaVips in this status: Available, InUse or Pending.', validators: [oneOf(['Available', 'InUse', 'Pending'])] },
  havips: { type: ['list', ['object', HAVIP_OBJECT]], computed: true, description: 'The HaVips found.' },
};

function members(v: any, key: string): string[] {
  const list = Array.isArray(v) ? v : v?.[key];
  return Array.isArray(list) ? list.map(String) : [];
}

export const haVipsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_havips',
  schema: { description: 'Lists the HaVips of the region.', attributes: haVipsAttributes },

  async read(ctx, config) {
    const raw = await pages<any>(ctx, 'vpc', 'DescribeHaVips', {}, (out) => out?.HaVips?.HaVip ?? []);
    const status = str(config.status);
    const rows = localFilter(config, raw.filter((h) => !status || h.Status === status).map((h) => ({ id: textOf(h.HaVipId), name: textOf(h.Name), raw: h })));
    const items: ObjectValue[] = rows.map(({ id, raw: h }) => ({
      associated_eip_addresses: members(h.AssociatedEipAddresses, 'associatedEipAddresse'),
      associated_instances: members(h.AssociatedInstances, 'associatedInstance'),
      description: textOf(h.Description),
      havip_id: id,
      havip_name: textOf(h.Name),
      id,
      ip_address: textOf(h.IpAddress),
      master_instance_id: textOf(h.MasterInstanceId),
      status: textOf(h.Status),
      vpc_id: textOf(h.VpcId),
      vswitch_id: textOf(h.VSwitchId),
    }));
    return finishListing(haVipsAttributes, config, 'havips', items, rows);
  },
};
