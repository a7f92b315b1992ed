/**
 * alicloud_route_tables — VPC DescribeRouteTableList (PageSize 50 loop, or the one page page_number
 * asks for), filtered on the server by VPC, name, type, router and resource group, and locally by
 * ids, name_regex, status and tags.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { str, strMap, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, listPaged, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, PAGING_ATTRS } from './common';
import { finishListing, localFilter } from './listing';

const TABLE_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  route_table_id: 'string',
  router_id: 'string',
  router_type: 'string',
  route_table_type: 'string',
  name: 'string',
  route_table_name: 'string',
  description: 'string',
  resource_group_id: 'string',
  status: 'string',
  vswitch_ids: ['list', 'string'],
  vpc_id: 'string',
  tags: ['map', 'string'],
};

const opt = (description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type: 'string', optional: true, description, ...extra });

export const routeTablesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  vpc_id: opt('Only the route tables of this VPC.'),
  route_table_name: opt('Only the route table with this name.'),
  route_table_type: opt('System or Custom.', { validators: [oneOf(['System', 'Custom'])] }),
  router_id: opt('Only the route tables of this router.'),
  router_type: opt('VRouter or VBR.', { validators: [oneOf(['VRouter', 'VBR'])] }),
  resource_group_id: opt('Only the route tables in this resource group.'),
  status: opt('Pending, Available, Creating, Deleting or Updating.', { validators: [oneOf(['Pending', 'Available', 'Creating', 'Deleting', 'Updating'])] }),
  tags: { ...TAGS_ATTR, description: 'Only route tables carrying all these tags.' },
  ...PAGING_ATTRS,
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  tables: { type: ['list', ['object', TABLE_OBJECT]], computed: true, description: 'The route tables found.' },
};

export const routeTablesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_route_tables',
  schema: { description: 'Lists route tables in the region.', attributes: routeTablesAttributes },

  async read(ctx, config) {
    const params = {
      VpcId: str(config.vpc_id),
      RouteTableName: str(config.route_table_name),
      RouteTableType: str(config.route_table_type),
      RouterId: str(config.router_id),
      RouterType: str(config.router_type),
      ResourceGroupId: str(config.resource_group_id),
      ...tagParams(strMap(config.tags)),
    };
    const listed = await listPaged(ctx, 'vpc', 'DescribeRouteTableList', params, (out) => unwrapList(out?.RouterTableList, 'RouterTableListType'), config);
    const mapped = listed.rows.map((t: any) => ({ id: String(t.RouteTableId), name: String(t.RouteTableName ?? ''), tags: tagsFromApi(t.Tags), raw: t }));
    // A paged read keeps the page as the API returned it (the real provider skips its local filters then).
    const rows = listed.paged ? mapped : localFilter(config, mapped.filter(({ raw: t }) => !str(config.status) || t.Status === str(config.status)));
    const items: ObjectValue[] = rows.map(({ raw: t, tags }) => ({
      id: t.RouteTableId,
      route_table_id: t.RouteTableId,
      router_id: t.RouterId ?? '',
      router_type: t.RouterType ?? 'VRouter',
      route_table_type: t.RouteTableType ?? '',
      name: t.RouteTableName ?? '',
      route_table_name: t.RouteTableName ?? '',
      description: t.Description ?? '',
      resource_group_id: t.ResourceGroupId ?? '',
      status: t.Status ?? '',
      vswitch_ids: unwrapList<string>(t.VSwitchIds, 'VSwitchId'),
      vpc_id: t.VpcId ?? '',
      tags: tags ?? {},
    }));
    const state = finishListing(routeTablesAttributes, config, 'tables', items, rows);
    state.total_count = listed.total;
    return state;
  },
};
