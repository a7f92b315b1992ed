/**
 * alicloud_vpc_prefix_lists — the account's VPC prefix lists in the region: ListPrefixLists
 * (PrefixListName sent when given; MaxResults/NextToken), filtered locally by `ids` and
 * `name_regex` as the real provider does. With enable_details (the default) each list's entries
 * come from GetVpcPrefixListEntries.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { bool, str } from '../shared/values';
import { LIST_BASICS, textOf, tokenPages } from './common';
import { finishListing, localFilter } from './listing';

const LIST_OBJECT: { [name: string]: AttrType } = {
  create_time: 'string',
  entrys: ['list', ['object', { cidr: 'string', description: 'string' }]],
  id: 'string',
  ip_version: 'string',
  max_entries: 'number',
  prefix_list_description: 'string',
  prefix_list_id: 'string',
  prefix_list_name: 'string',
  share_type: 'string',
};

export const vpcPrefixListsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  prefix_list_name: { type: 'string', optional: true, description: 'Only the prefix lists of this name (sent as PrefixListName).' },
  enable_details: { type: 'bool', optional: true, description: 'Whether to read each list\'s entries (default true).' },
  lists: { type: ['list', ['object', LIST_OBJECT]], computed: true, description: 'The prefix lists found.' },
};

export const vpcPrefixListsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpc_prefix_lists',
  schema: { description: 'Lists the VPC prefix lists of the region.', attributes: vpcPrefixListsAttributes },

  async read(ctx, config) {
    const raw = await tokenPages(ctx, 'vpc', 'ListPrefixLists', { PrefixListName: str(config.prefix_list_name) || undefined }, 'PrefixLists');
    const rows = localFilter(config, raw.map((p) => ({ id: textOf(p.PrefixListId), name: textOf(p.PrefixListName), raw: p })));
    const details = bool(config.enable_details) ?? true;
    const items: ObjectValue[] = [];
    for (const { id, raw: p } of rows) {
      const entries = details ? (((await api(ctx, 'vpc', 'GetVpcPrefixListEntries', { PrefixListId: id }))?.PrefixListEntry as any[]) ?? []) : [];
      items.push({
        create_time: textOf(p.CreationTime),
        entrys: entries.map((e) => ({ cidr: textOf(e.Cidr), description: textOf(e.Description) })),
        id,
        ip_version: textOf(p.IpVersion),
        max_entries: Number(p.MaxEntries ?? 0),
        prefix_list_description: textOf(p.PrefixListDescription),
        prefix_list_id: id,
        prefix_list_name: textOf(p.PrefixListName),
        share_type: textOf(p.ShareType),
      });
    }
    return finishListing(vpcPrefixListsAttributes, config, 'lists', items, rows);
  },
};
