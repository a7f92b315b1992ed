/**
 * alicloud_security_groups — ECS DescribeSecurityGroups (PageSize 50 loop, or the one page
 * page_number asks for), filtered on the server by VPC, resource group and tags, and locally by ids
 * and name_regex, as aliyun/alicloud lists them. With enable_details (default true) inner_access
 * comes from each group's DescribeSecurityGroupAttribute, as in the real provider.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { bool, str, strMap, unwrapList } from '../shared/values';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, listPaged, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, PAGING_ATTRS } from './common';
import { finishListing, localFilter } from './listing';

const GROUP_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  name: 'string',
  security_group_name: 'string',
  description: 'string',
  vpc_id: 'string',
  resource_group_id: 'string',
  security_group_type: 'string',
  inner_access: 'bool',
  creation_time: 'string',
  tags: ['map', 'string'],
};

export const securityGroupsAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  vpc_id: { type: 'string', optional: true, description: 'Only the groups of this VPC.' },
  resource_group_id: { type: 'string', optional: true, description: 'Only the groups in this resource group.' },
  tags: { ...TAGS_ATTR, description: 'Only groups carrying all these tags.' },
  enable_details: { type: 'bool', optional: true, description: 'Look up each group\'s inner_access (default true; false leaves it false).' },
  ...PAGING_ATTRS,
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  groups: { type: ['list', ['object', GROUP_OBJECT]], computed: true, description: 'The security groups found.' },
};

export const securityGroupsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_security_groups',
  schema: { description: 'Lists security groups in the region.', attributes: securityGroupsAttributes },

  async read(ctx, config) {
    const params = { VpcId: str(config.vpc_id), ResourceGroupId: str(config.resource_group_id), ...tagParams(strMap(config.tags)) };
    const listed = await listPaged(ctx, 'ecs', 'DescribeSecurityGroups', params, (out) => unwrapList(out?.SecurityGroups, 'SecurityGroup'), config);
    const mapped = listed.rows.map((g: any) => ({ id: String(g.SecurityGroupId), name: String(g.SecurityGroupName ?? ''), tags: tagsFromApi(g.Tags), raw: g }));
    // A paged read keeps the page as the API returned it (the real provider skips ids and name_regex then).
    const rows = listed.paged ? mapped : localFilter(config, mapped);
    const details = bool(config.enable_details) !== false;
    const policies = new Map<string, string>();
    if (details) {
      for (const r of rows) {
        const attr = await api(ctx, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: r.id });
        policies.set(r.id, String(attr?.InnerAccessPolicy ?? ''));
      }
    }
    const items: ObjectValue[] = rows.map(({ raw: g, tags }) => ({
      id: g.SecurityGroupId,
      name: g.SecurityGroupName ?? '',
      security_group_name: g.SecurityGroupName ?? '',
      description: g.Description ?? '',
      vpc_id: g.VpcId ?? '',
      resource_group_id: g.ResourceGroupId ?? '',
      security_group_type: g.SecurityGroupType ?? 'normal',
      // DescribeSecurityGroups has no inner-access field: the real provider reads it per group, and
      // leaves it unset (false) without enable_details.
      inner_access: policies.get(g.SecurityGroupId) === 'Accept',
      creation_time: g.CreationTime ?? '',
      tags: tags ?? {},
    }));
    const state = finishListing(securityGroupsAttributes, config, 'groups', items, rows);
    state.total_count = listed.total;
    return state;
  },
};
