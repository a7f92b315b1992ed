/**
 * alicloud_resource_manager_resource_groups — ResourceManager ListResourceGroups (2020-03-31; the
 * sandbox serves it on its one endpoint), filtered by status on the server and by ids and
 * name_regex (against the group's name) locally. Every sandbox account has one group, "default".
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { api } from '../shared/api';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR } from './common';
import { finishListing, localFilter } from './listing';

const GROUP_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  name: 'string',
  resource_group_name: 'string',
  display_name: 'string',
  account_id: 'string',
  status: 'string',
  region_statuses: ['list', ['object', { region_id: 'string', status: 'string' }]],
};

export const resourceGroupsAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  status: { type: 'string', optional: true, description: 'Creating, Deleted, Deleting, OK or PendingDelete.', validators: [oneOf(['Creating', 'Deleted', 'Deleting', 'OK', 'PendingDelete'])] },
  enable_details: { type: 'bool', optional: true, description: 'Also read region statuses (they are always included here).' },
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  groups: { type: ['list', ['object', GROUP_OBJECT]], computed: true, description: 'The resource groups found.' },
};

export const resourceGroupsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_resource_manager_resource_groups',
  schema: { description: 'Lists the account\'s resource groups.', attributes: resourceGroupsAttributes },

  async read(ctx, config) {
    const raw: any[] = [];
    for (let page = 1; page <= 100; page++) {
      const out = await api(ctx, 'resourcemanager', 'ListResourceGroups', { Status: str(config.status), PageNumber: page, PageSize: 100 });
      const rows = unwrapList(out?.ResourceGroups, 'ResourceGroup');
      raw.push(...rows);
      if (rows.length < 100 || raw.length >= Number(out?.TotalCount ?? 0)) break;
    }
    const rows = localFilter(config, raw.map((g: any) => ({ id: String(g.Id), name: String(g.Name ?? ''), raw: g })));
    const items: ObjectValue[] = rows.map(({ raw: g }) => ({
      id: g.Id,
      name: g.Name ?? '',
      resource_group_name: g.Name ?? '',
      display_name: g.DisplayName ?? '',
      account_id: String(g.AccountId ?? ''),
      status: g.Status ?? '',
      region_statuses: unwrapList(g.RegionStatuses, 'RegionStatus').map((r: any) => ({ region_id: String(r.RegionId ?? ''), status: String(r.Status ?? '') })),
    }));
    return finishListing(resourceGroupsAttributes, config, 'groups', items, rows);
  },
};
