/**
 * alicloud_vpcs — lists VPCs with DescribeVpcs (PageSize 50 loop, or the one page page_number asks
 * for), filtered on the server by id,
 * name, is_default and tags and locally by name_regex, cidr_block, status and vswitch_id. With
 * enable_details (default true) each VPC's system route table comes from DescribeRouteTableList.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue, ProviderContext } from '../framework/types';
import { api } from '../shared/api';
import { bool, num, str, strList, strMap, unwrapList } from '../shared/values';
import { oneOf, validCidr } from '../shared/validators';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, listPaged, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, PAGING_ATTRS, resultId, writeOutputFile } from './common';

const VPC_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  vpc_id: 'string',
  vpc_name: 'string',
  region_id: 'string',
  status: 'string',
  cidr_block: 'string',
  vrouter_id: 'string',
  router_id: 'string',
  route_table_id: 'string',
  description: 'string',
  is_default: 'bool',
  creation_time: 'string',
  vswitch_ids: ['list', 'string'],
  tags: ['map', 'string'],
  dhcp_options_set_id: 'string',
  dhcp_options_set_status: 'string',
  dns_hostname_status: 'string',
  ipv6_cidr_block: 'string',
  secondary_cidr_blocks: ['list', 'string'],
  user_cidrs: ['list', 'string'],
  resource_group_id: 'string',
};

export const vpcsAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  // "" is no filter, as in the real provider (no validator; d.GetOk skips it).
  cidr_block: { type: 'string', optional: true, emptyIsUnset: true, description: 'Only the VPC with this CIDR block ("" means any).', validators: [validCidr] },
  status: { type: 'string', optional: true, description: 'Only VPCs in this status: Pending or Available.', validators: [oneOf(['Pending', 'Available'])] },
  is_default: { type: 'bool', optional: true, description: 'Only the default VPC (true) or only the others (false).' },
  vswitch_id: { type: 'string', optional: true, description: 'Only the VPC holding this VSwitch.' },
  vpc_name: { type: 'string', optional: true, description: 'Only VPCs with exactly this name.' },
  tags: { ...TAGS_ATTR, description: 'Only VPCs carrying all these tags.' },
  resource_group_id: { type: 'string', optional: true, description: 'Only VPCs in this resource group.' },
  dhcp_options_set_id: { type: 'string', optional: true, description: 'Only VPCs using this DHCP options set (the sandbox has none, so any ID matches nothing).' },
  vpc_owner_id: { type: 'number', optional: true, description: 'Only VPCs of this account (the caller\'s own; another account matches nothing).' },
  dry_run: { type: 'bool', optional: true, description: 'Whether the real provider only checks the request. Accepted and not sent (a dry run answers with an error, not a list).', acceptedOnly: 'A DryRun check of the request.' },
  enable_details: { type: 'bool', optional: true, description: 'Also look up each VPC\'s system route table (default true).' },
  ...PAGING_ATTRS,
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  vpcs: { type: ['list', ['object', VPC_OBJECT]], computed: true, description: 'The VPCs found.' },
};

async function routeTableOf(ctx: ProviderContext, vpcId: string): Promise<string> {
  try {
    const out = await api(ctx, 'vpc', 'DescribeRouteTableList', { VpcId: vpcId, PageSize: 50 });
    const sys = unwrapList(out?.RouterTableList, 'RouterTableListType').find((t: any) => t?.RouteTableType === 'System');
    return sys?.RouteTableId ?? '';
  } catch {
    return '';
  }
}

export const vpcsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpcs',
  schema: { description: 'Lists VPCs in the region.', attributes: vpcsAttributes },

  async read(ctx, config) {
    const ids = strList(config.ids);
    const params: Record<string, string | number | boolean | undefined> = {
      VpcName: str(config.vpc_name),
      IsDefault: bool(config.is_default),
      ResourceGroupId: str(config.resource_group_id),
      DhcpOptionsSetId: str(config.dhcp_options_set_id),
      VpcOwnerId: num(config.vpc_owner_id),
      ...tagParams(strMap(config.tags)),
    };
    // DescribeVpcs takes at most 20 comma-separated IDs; filter locally beyond that.
    if (ids && ids.length > 0 && ids.length <= 20) params.VpcId = ids.join(',');
    const listed = await listPaged(ctx, 'vpc', 'DescribeVpcs', params, (out) => unwrapList(out?.Vpcs, 'Vpc'), config);
    let rows = listed.rows;

    const re = str(config.name_regex) !== undefined ? new RegExp(str(config.name_regex)!) : undefined;
    const wantTags = strMap(config.tags) ?? {};
    // A paged read keeps the page as the API returned it (the real provider skips its local filters then).
    rows = rows.filter((v: any) => {
      if (listed.paged) return true;
      if (ids && ids.length && !ids.includes(v.VpcId)) return false;
      if (re && !re.test(v.VpcName ?? '')) return false;
      if (str(config.cidr_block) && v.CidrBlock !== str(config.cidr_block)) return false;
      if (str(config.status) && v.Status !== str(config.status)) return false;
      if (str(config.vswitch_id) && !unwrapList(v.VSwitchIds, 'VSwitchId').includes(str(config.vswitch_id))) return false;
      const tags = tagsFromApi(v.Tags);
      if (Object.entries(wantTags).some(([k, x]) => tags[k] !== x)) return false;
      return true;
    });

    const details = bool(config.enable_details) !== false;
    const vpcs: ObjectValue[] = [];
    for (const v of rows) {
      vpcs.push({
        id: v.VpcId,
        vpc_id: v.VpcId,
        vpc_name: v.VpcName ?? '',
        region_id: v.RegionId ?? ctx.region,
        status: v.Status ?? '',
        cidr_block: v.CidrBlock ?? '',
        vrouter_id: v.VRouterId ?? '',
        router_id: v.VRouterId ?? '',
        route_table_id: details ? await routeTableOf(ctx, v.VpcId) : '',
        description: v.Description ?? '',
        is_default: v.IsDefault === true || v.IsDefault === 'true',
        creation_time: v.CreationTime ?? '',
        vswitch_ids: unwrapList<string>(v.VSwitchIds, 'VSwitchId'),
        tags: tagsFromApi(v.Tags),
        dhcp_options_set_id: v.DhcpOptionsSetId ?? '',
        dhcp_options_set_status: v.DhcpOptionsSetStatus ?? '',
        dns_hostname_status: v.DnsHostnameStatus ?? '',
        ipv6_cidr_block: v.Ipv6CidrBlock ?? '',
        secondary_cidr_blocks: unwrapList<string>(v.SecondaryCidrBlocks, 'SecondaryCidrBlock'),
        user_cidrs: unwrapList<string>(v.UserCidrs, 'UserCidr'),
        resource_group_id: v.ResourceGroupId ?? '',
      });
    }
    const foundIds = vpcs.map((v) => v.id as string);
    writeOutputFile(config, vpcs);
    return {
      ...Object.fromEntries(Object.keys(vpcsAttributes).map((k) => [k, config[k] ?? null])),
      id: resultId(foundIds),
      ids: foundIds,
      names: vpcs.map((v) => v.vpc_name as string),
      vpcs,
      total_count: listed.total,
    };
  },
};
