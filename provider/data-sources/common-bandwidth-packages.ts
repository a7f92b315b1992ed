/**
 * alicloud_common_bandwidth_packages — EIP bandwidth plans: VPC DescribeCommonBandwidthPackages
 * (PageSize 50 loop), filtered on the server by name and resource group, and locally by ids,
 * name_regex and status, as aliyun/alicloud lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { oneOf } from '../shared/validators';
import { bool, str, unwrapList } from '../shared/values';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages, textOf } from './common';
import { finishListing, localFilter } from './listing';

const IP_OBJECT: { [name: string]: AttrType } = { allocation_id: 'string', bandwidth_package_ip_relation_status: 'string', ip_address: 'string' };

const PACKAGE_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  bandwidth: 'string',
  bandwidth_package_id: 'string',
  bandwidth_package_name: 'string',
  name: 'string',
  business_status: 'string',
  // Deprecated on the docs page (since 1.120.0) and gone from the real schema; kept for old HCL.
  creation_time: 'string',
  deletion_protection: 'bool',
  description: 'string',
  expired_time: 'string',
  has_reservation_data: 'bool',
  isp: 'string',
  internet_charge_type: 'string',
  payment_type: 'string',
  public_ip_addresses: ['list', ['object', IP_OBJECT]],
  ratio: 'number',
  reservation_active_time: 'string',
  reservation_bandwidth: 'string',
  reservation_internet_charge_type: 'string',
  reservation_order_type: 'string',
  resource_group_id: 'string',
  service_managed: 'number',
  status: 'string',
};

const opt = (type: AttrType, description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type, optional: true, description, ...extra });

export const commonBandwidthPackagesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  bandwidth_package_name: opt('string', 'Only the packages with this name.'),
  resource_group_id: opt('string', 'Only the packages in this resource group.'),
  status: opt('string', 'Only packages in this status: Available or Pending.', { validators: [oneOf(['Available', 'Pending'])] }),
  dry_run: opt('bool', 'Only check the request.'),
  include_reservation_data: opt('bool', 'Also return orders not yet in effect (the sandbox has none).'),
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  packages: { type: ['list', ['object', PACKAGE_OBJECT]], computed: true, description: 'The EIP bandwidth plans found.' },
};

const truthy = (v: unknown) => v === true || v === 'true';

export const commonBandwidthPackagesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_common_bandwidth_packages',
  schema: { description: 'Lists EIP bandwidth plans (common bandwidth packages) in the region.', attributes: commonBandwidthPackagesAttributes },

  async read(ctx, config) {
    const params = {
      Name: str(config.bandwidth_package_name),
      ResourceGroupId: str(config.resource_group_id),
      DryRun: bool(config.dry_run),
      IncludeReservationData: bool(config.include_reservation_data),
    };
    const raw = await pages(ctx, 'vpc', 'DescribeCommonBandwidthPackages', params, (out) => unwrapList(out?.CommonBandwidthPackages, 'CommonBandwidthPackage'));
    const status = str(config.status);
    const rows = localFilter(
      config,
      raw.filter((p: any) => !status || p.Status === status).map((p: any) => ({ id: String(p.BandwidthPackageId), name: textOf(p.Name), raw: p })),
    );
    const items: ObjectValue[] = rows.map(({ raw: p }) => ({
      id: p.BandwidthPackageId,
      bandwidth: textOf(p.Bandwidth),
      bandwidth_package_id: p.BandwidthPackageId,
      bandwidth_package_name: textOf(p.Name),
      name: textOf(p.Name),
      business_status: textOf(p.BusinessStatus),
      creation_time: textOf(p.CreationTime),
      deletion_protection: truthy(p.DeletionProtection),
      description: textOf(p.Description),
      expired_time: textOf(p.ExpiredTime),
      has_reservation_data: truthy(p.HasReservationData),
      isp: textOf(p.ISP),
      internet_charge_type: textOf(p.InternetChargeType),
      // The real data source shows the API's InstanceChargeType word here (PostPaid), unconverted.
      payment_type: textOf(p.InstanceChargeType),
      public_ip_addresses: unwrapList(p.PublicIpAddresses, 'PublicIpAddresse').map((i: any) => ({
        allocation_id: textOf(i.AllocationId),
        bandwidth_package_ip_relation_status: textOf(i.BandwidthPackageIpRelationStatus),
        ip_address: textOf(i.IpAddress),
      })),
      ratio: Number(p.Ratio ?? 0),
      reservation_active_time: textOf(p.ReservationActiveTime),
      reservation_bandwidth: textOf(p.ReservationBandwidth),
      reservation_internet_charge_type: textOf(p.ReservationInternetChargeType),
      reservation_order_type: textOf(p.ReservationOrderType),
      resource_group_id: textOf(p.ResourceGroupId),
      service_managed: Number(p.ServiceManaged ?? 0),
      status: textOf(p.Status),
    }));
    return finishListing(commonBandwidthPackagesAttributes, config, 'packages', items, rows);
  },
};
