/**
 * alicloud_eip_addresses — VPC DescribeEipAddresses (PageSize 100 loop), filtered on the server by
 * address, name, status, binding, ISP, payment type, resource group and tags, and locally by ids
 * and name_regex (against the EIP's name), as aliyun/alicloud lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { bool, str, strList, strMap, unwrapList } from '../shared/values';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR } from './common';
import { finishListing, localFilter } from './listing';

const S = 'string' as const;
const ADDRESS_OBJECT: { [name: string]: AttrType } = Object.fromEntries(
  [
    'address_name', 'allocation_id', 'bandwidth', 'bandwidth_package_bandwidth', 'bandwidth_package_id', 'bandwidth_package_type', 'create_time',
    'description', 'expired_time', 'hd_monitor_status', 'id', 'instance_id', 'instance_region_id', 'instance_type', 'internet_charge_type',
    'ip_address', 'isp', 'payment_type', 'reservation_active_time', 'reservation_bandwidth', 'reservation_internet_charge_type',
    'reservation_order_type', 'resource_group_id', 'segment_instance_id', 'status', 'name', 'deletion_protection_text',
  ].map((k) => [k, S] as const),
);
Object.assign(ADDRESS_OBJECT, {
  available_regions: ['list', 'string'],
  deletion_protection: 'bool',
  has_reservation_data: 'bool',
  second_limited: 'bool',
  operation_locks: ['list', ['object', { lock_reason: 'string' }]],
  tags: ['map', 'string'],
});
delete ADDRESS_OBJECT.deletion_protection_text;

/** The old alicloud_eips result shape, still returned next to `addresses`. */
const EIP_OBJECT: { [name: string]: AttrType } = {
  id: S, status: S, ip_address: S, bandwidth: S, instance_id: S, instance_type: S, internet_charge_type: S, creation_time: S, deletion_protection: 'bool',
  // Listed by the alicloud_eips docs page, though the real schema's old shape lacks it.
  resource_group_id: S,
};

const opt = (type: AttrType, description: string): AttributeSchema => ({ type, optional: true, description });

export const eipAddressesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  ip_address: opt('string', 'Only the EIP with this address.'),
  ip_addresses: {
    type: ['list', 'string'],
    optional: true,
    deprecated: true,
    description: 'Deprecated (use ip_address): only the EIPs with these addresses.',
  },
  address_name: opt('string', 'Only EIPs with this name.'),
  status: opt('string', 'Associating, Unassociating, InUse or Available.'),
  associated_instance_id: opt('string', 'Only the EIP bound to this instance.'),
  associated_instance_type: opt('string', 'Only EIPs bound to this kind of instance (EcsInstance, Nat …).'),
  isp: opt('string', 'Only EIPs of this line type (BGP, BGP_PRO …).'),
  payment_type: opt('string', 'PayAsYouGo or Subscription.'),
  resource_group_id: opt('string', 'Only EIPs in this resource group.'),
  segment_instance_id: opt('string', 'Only EIPs of this contiguous block (the sandbox has none).'),
  lock_reason: opt('string', 'Only EIPs locked for this reason (the sandbox locks none).'),
  include_reservation_data: opt('bool', 'Also return pending reservation data (there is none).'),
  enable_details: opt('bool', 'Return every detail (they always are).'),
  dry_run: opt('bool', 'Only check the request.'),
  tags: { ...TAGS_ATTR, description: 'Only EIPs carrying all these tags.' },
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  addresses: { type: ['list', ['object', ADDRESS_OBJECT]], computed: true, description: 'The EIPs found.' },
  eips: { type: ['list', ['object', EIP_OBJECT]], computed: true, deprecated: true, description: 'Deprecated (use addresses): the EIPs found, in the old shape.' },
};

export const eipAddressesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_eip_addresses',
  schema: { description: 'Lists elastic IP addresses in the region.', attributes: eipAddressesAttributes },

  async read(ctx, config) {
    const ids = strList(config.ids);
    const payment = str(config.payment_type);
    const params = {
      AllocationId: ids && ids.length > 0 && ids.length <= 50 ? ids.join(',') : undefined,
      EipAddress: str(config.ip_address),
      EipName: str(config.address_name),
      Status: str(config.status),
      AssociatedInstanceId: str(config.associated_instance_id),
      AssociatedInstanceType: str(config.associated_instance_type),
      ISP: str(config.isp),
      ChargeType: payment === undefined ? undefined : payment === 'Subscription' ? 'PrePaid' : 'PostPaid',
      ResourceGroupId: str(config.resource_group_id),
      SegmentInstanceId: str(config.segment_instance_id),
      LockReason: str(config.lock_reason),
      IncludeReservationData: bool(config.include_reservation_data),
      DryRun: bool(config.dry_run),
      ...tagParams(strMap(config.tags)),
    };
    const raw: any[] = [];
    for (let page = 1; page <= 100; page++) {
      const out = await api(ctx, 'vpc', 'DescribeEipAddresses', { ...params, PageNumber: page, PageSize: 100 });
      const rows = unwrapList(out?.EipAddresses, 'EipAddress');
      raw.push(...rows);
      if (rows.length < 100 || raw.length >= Number(out?.TotalCount ?? 0)) break;
    }
    // The real provider (1.126+) puts ip_addresses into its ids filter, so that it matches
    // allocation ids and never an address; the sandbox applies it as documented, to addresses.
    const ips = strList(config.ip_addresses);
    const wanted = ips && ips.length > 0 ? raw.filter((e: any) => ips.includes(String(e.IpAddress))) : raw;
    const rows = localFilter(config, wanted.map((e: any) => ({ id: String(e.AllocationId), name: String(e.Name ?? ''), tags: tagsFromApi(e.Tags), raw: e })));
    const items: ObjectValue[] = rows.map(({ raw: e, tags }) => ({
      id: e.AllocationId,
      allocation_id: e.AllocationId,
      address_name: e.Name ?? '',
      name: e.Name ?? '',
      ip_address: e.IpAddress ?? '',
      bandwidth: String(e.Bandwidth ?? ''),
      bandwidth_package_bandwidth: String(e.BandwidthPackageBandwidth ?? ''),
      bandwidth_package_id: e.BandwidthPackageId ?? '',
      bandwidth_package_type: e.BandwidthPackageType ?? '',
      create_time: e.AllocationTime ?? '',
      description: e.Description ?? '',
      expired_time: e.ExpiredTime ?? '',
      hd_monitor_status: e.HDMonitorStatus ?? 'OFF',
      instance_id: e.InstanceId ?? '',
      instance_region_id: e.InstanceRegionId ?? '',
      instance_type: e.InstanceType ?? '',
      internet_charge_type: e.InternetChargeType ?? '',
      isp: e.ISP ?? '',
      payment_type: e.ChargeType === 'PrePaid' ? 'Subscription' : 'PayAsYouGo',
      reservation_active_time: '',
      reservation_bandwidth: '',
      reservation_internet_charge_type: '',
      reservation_order_type: '',
      resource_group_id: e.ResourceGroupId ?? '',
      segment_instance_id: e.SegmentInstanceId ?? '',
      status: e.Status ?? '',
      available_regions: unwrapList<string>(e.AvailableRegions, 'AvailableRegion'),
      deletion_protection: e.DeletionProtection === true,
      has_reservation_data: e.HasReservationData === true || e.HasReservationData === 'true',
      second_limited: e.SecondLimited === true,
      operation_locks: unwrapList(e.OperationLocks, 'LockReason').map((l: any) => ({ lock_reason: String(l?.LockReason ?? '') })),
      tags: tags ?? {},
    }));
    const state = finishListing(eipAddressesAttributes, config, 'addresses', items, rows);
    state.eips = rows.map(({ raw: e }) => ({
      id: e.AllocationId,
      status: e.Status ?? '',
      ip_address: e.IpAddress ?? '',
      bandwidth: String(e.Bandwidth ?? ''),
      instance_id: e.InstanceId ?? '',
      instance_type: e.InstanceType ?? '',
      internet_charge_type: e.InternetChargeType ?? '',
      creation_time: e.AllocationTime ?? '',
      deletion_protection: e.DeletionProtection === true,
      resource_group_id: e.ResourceGroupId ?? '',
    }));
    return state;
  },
};

/** alicloud_eips: deprecated since 1.126.0, and the real provider serves it with the same schema and code as alicloud_eip_addresses. */
export const eipsDataSource: DataSourceDefinition = {
  ...eipAddressesDataSource,
  typeName: 'alicloud_eips',
  schema: { description: 'Deprecated alias of alicloud_eip_addresses: lists elastic IP addresses in the region.', attributes: eipAddressesAttributes },
};
