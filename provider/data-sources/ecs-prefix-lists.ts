/**
 * alicloud_ecs_prefix_lists — the account's ECS prefix lists in the region, as aliyun/alicloud's
 * data source of the same name: DescribePrefixLists (AddressFamily sent when given; MaxResults /
 * NextToken), filtered locally by `ids` and `name_regex`. With enable_details (default false, as
 * the real one) each list's entries come from DescribePrefixListAttributes.
 *
 * `description` is filled from the listing whatever enable_details says (DescribePrefixLists
 * answers it); the real provider sets it only with enable_details, leaving "" otherwise.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { oneOf } from '../shared/validators';
import { bool, str, unwrapList } from '../shared/values';
import { LIST_BASICS, textOf } from './common';
import { finishListing, localFilter } from './listing';

const LIST_OBJECT: { [name: string]: AttrType } = {
  address_family: 'string',
  association_count: 'number',
  create_time: 'string',
  description: 'string',
  entry: ['list', ['object', { cidr: 'string', description: 'string' }]],
  id: 'string',
  max_entries: 'number',
  prefix_list_id: 'string',
  prefix_list_name: 'string',
};

export const ecsPrefixListsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  address_family: { type: 'string', optional: true, description: 'Only the prefix lists of this address family: IPv4 or IPv6 (all when unset).', validators: [oneOf(['IPv4', 'IPv6'])] },
  enable_details: { type: 'bool', optional: true, description: 'Whether to read each list\'s entries into `entry` (default false).' },
  lists: { type: ['list', ['object', LIST_OBJECT]], computed: true, description: 'The prefix lists found.' },
};

export const ecsPrefixListsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_ecs_prefix_lists',
  schema: { description: 'Lists the ECS prefix lists of the region.', attributes: ecsPrefixListsAttributes },

  async read(ctx, config) {
    const raw: any[] = [];
    let token: string | undefined;
    do {
      const out = await api(ctx, 'ecs', 'DescribePrefixLists', { AddressFamily: str(config.address_family) || undefined, MaxResults: 100, NextToken: token });
      raw.push(...unwrapList(out?.PrefixLists, 'PrefixList'));
      token = out?.NextToken ? String(out.NextToken) : undefined;
    } while (token);
    const rows = localFilter(config, raw.map((p) => ({ id: textOf(p.PrefixListId), name: textOf(p.PrefixListName), raw: p })));
    const details = bool(config.enable_details) ?? false;
    const items: ObjectValue[] = [];
    for (const { id, raw: p } of rows) {
      const attrs = details ? await api(ctx, 'ecs', 'DescribePrefixListAttributes', { PrefixListId: id }) : undefined;
      items.push({
        address_family: textOf(p.AddressFamily),
        association_count: Number(p.AssociationCount ?? 0),
        create_time: textOf(p.CreationTime),
        description: textOf(attrs?.Description ?? p.Description),
        entry: unwrapList(attrs?.Entries, 'Entry').map((e: any) => ({ cidr: textOf(e.Cidr), description: textOf(e.Description) })),
        id,
        max_entries: Number(p.MaxEntries ?? 0),
        prefix_list_id: id,
        prefix_list_name: textOf(p.PrefixListName),
      });
    }
    return finishListing(ecsPrefixListsAttributes, config, 'lists', items, rows);
  },
};
