/**
 * alicloud_instances — ECS DescribeInstances (PageSize 50 loop, or the page page_number asks for), filtered on the server by ids,
 * VPC, VSwitch, zone, status, name, image, resource group and tags, and locally by name_regex and
 * ram_role_name, as aliyun/alicloud lists them. Each instance's disks come from one DescribeDisks
 * listing (the sandbox models system disks only).
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { str, strList, strMap, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { IDS_ATTR, listPaged, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages, PAGING_ATTRS } from './common';
import { finishListing, localFilter } from './listing';

const S = 'string' as const;
const INSTANCE_OBJECT: { [name: string]: AttrType } = {
  id: S, region_id: S, availability_zone: S, status: S, name: S, instance_name: S, description: S, instance_type: S, vpc_id: S, vswitch_id: S,
  image_id: S, private_ip: S, public_ip: S, eip: S, security_groups: ['list', 'string'], key_name: S, creation_time: S,
  instance_charge_type: S, internet_charge_type: S, internet_max_bandwidth_out: 'number', spot_strategy: S, host_name: S,
  resource_group_id: S, ram_role_name: S, ipv6_addresses: ['list', 'string'],
  disk_device_mappings: ['list', ['object', { device: S, size: 'number', category: S, type: S, disk_id: S, disk_name: S }]],
  tags: ['map', 'string'],
};

const opt = (description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type: 'string', optional: true, description, ...extra });

export const instancesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  image_id: opt('Only instances launched from this image.'),
  status: opt('Pending, Starting, Running, Stopping or Stopped.', { validators: [oneOf(['Pending', 'Starting', 'Running', 'Stopping', 'Stopped'])] }),
  vpc_id: opt('Only instances in this VPC.'),
  vswitch_id: opt('Only instances in this VSwitch.'),
  availability_zone: opt('Only instances in this zone.'),
  resource_group_id: opt('Only instances in this resource group.'),
  ram_role_name: opt('Only instances with this RAM role (the sandbox models none).'),
  instance_name: opt('Only instances with this name.'),
  tags: { ...TAGS_ATTR, description: 'Only instances carrying all these tags.' },
  enable_details: { type: 'bool', optional: true, description: 'Return every detail (they always are).' },
  ...PAGING_ATTRS,
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  instances: { type: ['list', ['object', INSTANCE_OBJECT]], computed: true, description: 'The instances found.' },
};

export const instancesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_instances',
  schema: { description: 'Lists ECS instances in the region.', attributes: instancesAttributes },

  async read(ctx, config) {
    const ids = strList(config.ids);
    const params = {
      InstanceIds: ids && ids.length > 0 && ids.length <= 100 ? JSON.stringify(ids) : undefined,
      VpcId: str(config.vpc_id),
      VSwitchId: str(config.vswitch_id),
      ZoneId: str(config.availability_zone),
      Status: str(config.status),
      InstanceName: str(config.instance_name),
      ImageId: str(config.image_id),
      ResourceGroupId: str(config.resource_group_id),
      ...tagParams(strMap(config.tags)),
    };
    // Unlike its VPC listings, the real provider still applies name_regex to a paged read here.
    const listed = await listPaged(ctx, 'ecs', 'DescribeInstances', params, (out) => unwrapList(out?.Instances, 'Instance'), config);
    const raw = listed.rows;
    const rows = localFilter(
      config,
      raw
        .filter((i: any) => !str(config.ram_role_name) || i.RamRoleName === str(config.ram_role_name))
        .map((i: any) => ({ id: String(i.InstanceId), name: String(i.InstanceName ?? ''), tags: tagsFromApi(i.Tags), raw: i })),
    );
    const disks = rows.length === 0 ? [] : await pages(ctx, 'ecs', 'DescribeDisks', {}, (out) => unwrapList(out?.Disks, 'Disk'));
    const items: ObjectValue[] = rows.map(({ raw: i, tags }) => {
      const nic = unwrapList(i.NetworkInterfaces, 'NetworkInterface')[0];
      return {
        id: i.InstanceId,
        region_id: i.RegionId ?? ctx.region,
        availability_zone: i.ZoneId ?? '',
        status: i.Status ?? '',
        name: i.InstanceName ?? '',
        instance_name: i.InstanceName ?? '',
        description: i.Description ?? '',
        instance_type: i.InstanceType ?? '',
        vpc_id: i.VpcAttributes?.VpcId ?? '',
        vswitch_id: i.VpcAttributes?.VSwitchId ?? '',
        image_id: i.ImageId ?? '',
        private_ip: unwrapList<string>(i.VpcAttributes?.PrivateIpAddress, 'IpAddress')[0] ?? '',
        public_ip: unwrapList<string>(i.PublicIpAddress, 'IpAddress')[0] ?? '',
        eip: i.EipAddress?.IpAddress ?? '',
        security_groups: unwrapList<string>(i.SecurityGroupIds, 'SecurityGroupId'),
        key_name: i.KeyPairName ?? '',
        creation_time: i.CreationTime ?? '',
        instance_charge_type: i.InstanceChargeType ?? '',
        internet_charge_type: i.InternetChargeType ?? '',
        internet_max_bandwidth_out: Number(i.InternetMaxBandwidthOut ?? 0),
        spot_strategy: i.SpotStrategy ?? 'NoSpot',
        host_name: i.HostName ?? '',
        resource_group_id: i.ResourceGroupId ?? '',
        ram_role_name: i.RamRoleName ?? '',
        ipv6_addresses: unwrapList(nic?.Ipv6Sets, 'Ipv6Set').map((s: any) => String(s.Ipv6Address)),
        disk_device_mappings: disks
          .filter((d: any) => d.InstanceId === i.InstanceId)
          .map((d: any) => ({ device: d.Device ?? '', size: Number(d.Size ?? 0), category: d.Category ?? '', type: d.Type ?? '', disk_id: d.DiskId ?? '', disk_name: d.DiskName ?? '' })),
        tags: tags ?? {},
      };
    });
    const state = finishListing(instancesAttributes, config, 'instances', items, rows);
    state.total_count = listed.total;
    return state;
  },
};
