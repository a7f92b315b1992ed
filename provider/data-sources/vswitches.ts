/**
 * alicloud_vswitches — lists VSwitches with DescribeVSwitches (PageSize 50 loop), filtered on the
 * server by VPC, zone, id, name, is_default, route table and tags, and locally by name_regex,
 * cidr_block and status.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { bool, num, str, strList, strMap, unwrapList } from '../shared/values';
import { oneOf, validCidr, zoneId } from '../shared/validators';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages, resultId, writeOutputFile } from './common';

const VSWITCH_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  vswitch_id: 'string',
  vswitch_name: 'string',
  name: 'string',
  zone_id: 'string',
  vpc_id: 'string',
  cidr_block: 'string',
  description: 'string',
  is_default: 'bool',
  creation_time: 'string',
  available_ip_address_count: 'number',
  route_table_id: 'string',
  status: 'string',
  tags: ['map', 'string'],
  resource_group_id: 'string',
  enable_ipv6: 'bool',
  ipv6_cidr_block: 'string',
};

export const vswitchesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  // "" is no filter, as in the real provider (no validator; d.GetOk skips it).
  cidr_block: { type: 'string', optional: true, emptyIsUnset: true, description: 'Only the VSwitch with this CIDR block ("" means any).', validators: [validCidr] },
  zone_id: { type: 'string', optional: true, emptyIsUnset: true, description: 'Only VSwitches in this zone ("" means any).', validators: [zoneId] },
  vpc_id: { type: 'string', optional: true, description: 'Only VSwitches of this VPC.' },
  is_default: { type: 'bool', optional: true, description: 'Only default VSwitches (true) or only the others (false).' },
  route_table_id: { type: 'string', optional: true, description: 'Only VSwitches bound to this route table.' },
  status: { type: 'string', optional: true, description: 'Only VSwitches in this status: Pending or Available.', validators: [oneOf(['Pending', 'Available'])] },
  vswitch_name: { type: 'string', optional: true, description: 'Only VSwitches with exactly this name.' },
  tags: { ...TAGS_ATTR, description: 'Only VSwitches carrying all these tags.' },
  resource_group_id: { type: 'string', optional: true, description: 'Only VSwitches in this resource group.' },
  vswitch_owner_id: { type: 'number', optional: true, description: 'Only VSwitches of this account (the caller\'s own; another account matches nothing).' },
  dry_run: { type: 'bool', optional: true, description: 'Whether the real provider only checks the request. Accepted and not sent (a dry run answers with an error, not a list).', acceptedOnly: 'A DryRun check of the request.' },
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  vswitches: { type: ['list', ['object', VSWITCH_OBJECT]], computed: true, description: 'The VSwitches found.' },
};

export const vswitchesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vswitches',
  schema: { description: 'Lists VSwitches in the region.', attributes: vswitchesAttributes },

  async read(ctx, config) {
    const ids = strList(config.ids);
    const params: Record<string, string | number | boolean | undefined> = {
      VpcId: str(config.vpc_id),
      ZoneId: str(config.zone_id) || undefined,
      VSwitchName: str(config.vswitch_name),
      IsDefault: bool(config.is_default),
      RouteTableId: str(config.route_table_id),
      ResourceGroupId: str(config.resource_group_id),
      VSwitchOwnerId: num(config.vswitch_owner_id),
      ...tagParams(strMap(config.tags)),
    };
    if (ids && ids.length === 1) params.VSwitchId = ids[0];
    let rows = await pages(ctx, 'vpc', 'DescribeVSwitches', params, (out) => unwrapList(out?.VSwitches, 'VSwitch'));

    const re = str(config.name_regex) !== undefined ? new RegExp(str(config.name_regex)!) : undefined;
    const wantTags = strMap(config.tags) ?? {};
    rows = rows.filter((v: any) => {
      if (ids && ids.length && !ids.includes(v.VSwitchId)) return false;
      if (re && !re.test(v.VSwitchName ?? '')) return false;
      if (str(config.cidr_block) && v.CidrBlock !== str(config.cidr_block)) return false;
      if (str(config.status) && v.Status !== str(config.status)) return false;
      if (str(config.vpc_id) && v.VpcId !== str(config.vpc_id)) return false;
      if (str(config.zone_id) && v.ZoneId !== str(config.zone_id)) return false;
      const tags = tagsFromApi(v.Tags);
      if (Object.entries(wantTags).some(([k, x]) => tags[k] !== x)) return false;
      return true;
    });

    const vswitches: ObjectValue[] = rows.map((v: any) => ({
      id: v.VSwitchId,
      vswitch_id: v.VSwitchId,
      vswitch_name: v.VSwitchName ?? '',
      name: v.VSwitchName ?? '',
      zone_id: v.ZoneId ?? '',
      vpc_id: v.VpcId ?? '',
      cidr_block: v.CidrBlock ?? '',
      description: v.Description ?? '',
      is_default: v.IsDefault === true || v.IsDefault === 'true',
      creation_time: v.CreationTime ?? '',
      available_ip_address_count: Number(v.AvailableIpAddressCount ?? 0),
      route_table_id: v.RouteTable?.RouteTableId ?? '',
      status: v.Status ?? '',
      tags: tagsFromApi(v.Tags),
      resource_group_id: v.ResourceGroupId ?? '',
      enable_ipv6: !!v.Ipv6CidrBlock || v.EnabledIpv6 === true,
      ipv6_cidr_block: v.Ipv6CidrBlock ?? '',
    }));
    const foundIds = vswitches.map((v) => v.id as string);
    writeOutputFile(config, vswitches);
    return {
      ...Object.fromEntries(Object.keys(vswitchesAttributes).map((k) => [k, config[k] ?? null])),
      id: resultId(foundIds),
      ids: foundIds,
      names: vswitches.map((v) => v.vswitch_name as string),
      vswitches,
    };
  },
};
