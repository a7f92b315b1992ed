/**
 * alicloud_nat_gateways — VPC DescribeNatGateways (PageSize 50 loop), filtered on the server by
 * VPC, name, type, payment, spec, status, resource group and tags, and locally by ids and
 * name_regex, as aliyun/alicloud lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { bool, num, str, strMap, unwrapList } from '../shared/values';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages } from './common';
import { finishListing, localFilter } from './listing';

const GATEWAY_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  name: 'string',
  nat_gateway_id: 'string',
  nat_gateway_name: 'string',
  description: 'string',
  spec: 'string',
  specification: 'string',
  status: 'string',
  business_status: 'string',
  vpc_id: 'string',
  vswitch_id: 'string',
  snat_table_ids: ['list', 'string'],
  forward_table_ids: ['list', 'string'],
  ip_lists: ['list', 'string'],
  deletion_protection: 'bool',
  ecs_metric_enabled: 'bool',
  expired_time: 'string',
  internet_charge_type: 'string',
  network_type: 'string',
  nat_type: 'string',
  payment_type: 'string',
  resource_group_id: 'string',
  tags: ['map', 'string'],
};

const opt = (type: AttrType, description: string): AttributeSchema => ({ type, optional: true, description });

export const natGatewaysAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  vpc_id: opt('string', 'Only the NAT gateways of this VPC.'),
  nat_gateway_name: opt('string', 'Only the NAT gateway with this name.'),
  nat_type: opt('string', 'Enhanced (the only type sold today).'),
  payment_type: opt('string', 'PayAsYouGo or Subscription.'),
  specification: opt('string', 'Small, Middle, Large or XLarge.1 (for the old PayBySpec billing).'),
  status: opt('string', 'Available, Converting, Creating, Deleting or Modifying.'),
  resource_group_id: opt('string', 'Only NAT gateways in this resource group.'),
  dry_run: opt('bool', 'Only check the request.'),
  enable_details: opt('bool', 'Return every detail (they always are).'),
  // Not on the docs page, but in the real schema: where paging starts and the page size.
  page_number: opt('number', 'The page to start listing from (the listing goes on to the last page).'),
  page_size: opt('number', 'Page size of the DescribeNatGateways calls (default 50).'),
  total_count: { type: 'number', computed: true, description: 'TotalCount as DescribeNatGateways answered it.' },
  tags: { ...TAGS_ATTR, description: 'Only NAT gateways carrying all these tags.' },
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  gateways: { type: ['list', ['object', GATEWAY_OBJECT]], computed: true, description: 'The NAT gateways found.' },
};

export const natGatewaysDataSource: DataSourceDefinition = {
  typeName: 'alicloud_nat_gateways',
  schema: { description: 'Lists NAT gateways in the region.', attributes: natGatewaysAttributes },

  async read(ctx, config) {
    const payment = str(config.payment_type);
    const params = {
      VpcId: str(config.vpc_id),
      Name: str(config.nat_gateway_name),
      NatType: str(config.nat_type),
      InstanceChargeType: payment === undefined ? undefined : payment === 'Subscription' ? 'PrePaid' : 'PostPaid',
      Spec: str(config.specification),
      Status: str(config.status),
      ResourceGroupId: str(config.resource_group_id),
      DryRun: bool(config.dry_run),
      ...tagParams(strMap(config.tags)),
    };
    let total = 0;
    const raw = await pages(ctx, 'vpc', 'DescribeNatGateways', params, (out) => unwrapList(out?.NatGateways, 'NatGateway'), {
      firstPage: num(config.page_number),
      pageSize: num(config.page_size),
      onTotal: (n) => (total = n),
    });
    const rows = localFilter(config, raw.map((n: any) => ({ id: String(n.NatGatewayId), name: String(n.Name ?? ''), tags: tagsFromApi(n.Tags), raw: n })));
    const items: ObjectValue[] = rows.map(({ raw: n, tags }) => ({
      id: n.NatGatewayId,
      name: n.Name ?? '',
      nat_gateway_id: n.NatGatewayId,
      nat_gateway_name: n.Name ?? '',
      description: n.Description ?? '',
      spec: n.Spec ?? '',
      specification: n.Spec ?? '',
      status: n.Status ?? '',
      business_status: n.BusinessStatus ?? '',
      vpc_id: n.VpcId ?? '',
      vswitch_id: n.NatGatewayPrivateInfo?.VswitchId ?? '',
      snat_table_ids: unwrapList<string>(n.SnatTableIds, 'SnatTableId'),
      forward_table_ids: unwrapList<string>(n.ForwardTableIds, 'ForwardTableId'),
      ip_lists: unwrapList(n.IpLists, 'IpList').map((ip: any) => String(ip?.IpAddress ?? ip)),
      deletion_protection: n.DeletionProtection === true,
      ecs_metric_enabled: n.EcsMetricEnabled === true,
      expired_time: n.ExpiredTime ?? '',
      internet_charge_type: n.InternetChargeType ?? '',
      network_type: n.NetworkType ?? 'internet',
      nat_type: n.NatType ?? 'Enhanced',
      payment_type: n.InstanceChargeType === 'PrePaid' ? 'Subscription' : 'PayAsYouGo',
      resource_group_id: n.ResourceGroupId ?? '',
      tags: tags ?? {},
    }));
    const state = finishListing(natGatewaysAttributes, config, 'gateways', items, rows);
    state.total_count = total;
    return state;
  },
};
