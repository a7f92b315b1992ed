/**
 * alicloud_ecs_network_interfaces (and the deprecated alicloud_network_interfaces, the same data
 * source in the real provider) — ECS DescribeNetworkInterfaces (PageSize 50 loop), filtered on the
 * server by the real arguments and locally by ids and name_regex. Lists primary ENIs too, as the
 * real API does (`type` tells them apart).
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { bool, str, strList, strMap, unwrapList } from '../shared/values';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { oneOf } from '../shared/validators';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages } from './common';
import { finishListing, localFilter } from './listing';

const INTERFACE_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  network_interface_id: 'string',
  network_interface_name: 'string',
  name: 'string',
  description: 'string',
  status: 'string',
  type: 'string',
  vpc_id: 'string',
  vswitch_id: 'string',
  zone_id: 'string',
  instance_id: 'string',
  mac: 'string',
  primary_ip_address: 'string',
  private_ip: 'string',
  private_ip_addresses: ['list', 'string'],
  private_ips: ['list', 'string'],
  security_group_ids: ['list', 'string'],
  security_groups: ['list', 'string'],
  ipv6_sets: ['list', 'string'],
  queue_number: 'number',
  resource_group_id: 'string',
  service_id: 'number',
  service_managed: 'bool',
  owner_id: 'string',
  network_interface_traffic_mode: 'string',
  creation_time: 'string',
  public_ip: 'string',
  associated_public_ip: ['list', ['object', { public_ip_address: 'string' }]],
  tags: ['map', 'string'],
};

const opt = (description: string): AttributeSchema => ({ type: 'string', optional: true, description });
const deprecatedOpt = (description: string): AttributeSchema => ({ ...opt(description), deprecated: true });

export const networkInterfacesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  network_interface_name: opt('Only the ENI with this name.'),
  name: deprecatedOpt('Deprecated: use network_interface_name.'),
  primary_ip_address: opt('Only the ENI with this primary private IP.'),
  private_ip: deprecatedOpt('Deprecated: use primary_ip_address.'),
  instance_id: opt('Only the ENIs attached to this instance.'),
  vpc_id: opt('Only the ENIs of this VPC.'),
  vswitch_id: opt('Only the ENIs of this VSwitch.'),
  security_group_id: opt('Only the ENIs in this security group.'),
  resource_group_id: opt('Only the ENIs in this resource group.'),
  service_managed: { type: 'bool', optional: true, description: 'Only ENIs managed (true) or not (false) by a cloud service; the sandbox has none of the former.' },
  status: { ...opt('Only ENIs in this status.'), validators: [oneOf(['Attaching', 'Available', 'CreateFailed', 'Creating', 'Deleting', 'Detaching', 'InUse', 'Linked', 'Linking', 'Unlinking'])] },
  type: { ...opt('Primary or Secondary.'), validators: [oneOf(['Primary', 'Secondary'])] },
  tags: { ...TAGS_ATTR, description: 'Only ENIs carrying all these tags.' },
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  interfaces: { type: ['list', ['object', INTERFACE_OBJECT]], computed: true, description: 'The ENIs found.' },
};

function definition(typeName: string): DataSourceDefinition {
  return {
    typeName,
    schema: { description: 'Lists elastic network interfaces in the region.', attributes: networkInterfacesAttributes },

    async read(ctx, config) {
      const ids = strList(config.ids);
      const params: Record<string, unknown> = {
        NetworkInterfaceName: str(config.network_interface_name) ?? str(config.name),
        PrimaryIpAddress: str(config.primary_ip_address) ?? str(config.private_ip),
        InstanceId: str(config.instance_id),
        VpcId: str(config.vpc_id),
        VSwitchId: str(config.vswitch_id),
        SecurityGroupId: str(config.security_group_id),
        ResourceGroupId: str(config.resource_group_id),
        ServiceManaged: bool(config.service_managed),
        Status: str(config.status),
        Type: str(config.type),
        ...tagParams(strMap(config.tags)),
      };
      // Up to 100 IDs go to the server as NetworkInterfaceId.N; more are filtered locally.
      if (ids?.length && ids.length <= 100) ids.forEach((id, i) => (params[`NetworkInterfaceId.${i + 1}`] = id));
      const raw = await pages(ctx, 'ecs', 'DescribeNetworkInterfaces', params as any, (out) => unwrapList(out?.NetworkInterfaceSets, 'NetworkInterfaceSet'));
      const rows = localFilter(
        config,
        raw.map((e: any) => ({ id: String(e.NetworkInterfaceId), name: String(e.NetworkInterfaceName ?? ''), tags: tagsFromApi(e.Tags), raw: e })),
      );
      const items: ObjectValue[] = rows.map(({ raw: e, tags }) => {
        const ips = unwrapList(e.PrivateIpSets, 'PrivateIpSet');
        const secondary = ips.filter((s: any) => !s.Primary).map((s: any) => String(s.PrivateIpAddress));
        const sgs = unwrapList(e.SecurityGroupIds, 'SecurityGroupId').map(String);
        const publicIp = e.AssociatedPublicIp?.PublicIpAddress ?? '';
        return {
          id: e.NetworkInterfaceId,
          network_interface_id: e.NetworkInterfaceId,
          network_interface_name: e.NetworkInterfaceName ?? '',
          name: e.NetworkInterfaceName ?? '',
          description: e.Description ?? '',
          status: e.Status ?? '',
          type: e.Type ?? '',
          vpc_id: e.VpcId ?? '',
          vswitch_id: e.VSwitchId ?? '',
          zone_id: e.ZoneId ?? '',
          instance_id: e.InstanceId ?? '',
          mac: e.MacAddress ?? '',
          primary_ip_address: e.PrivateIpAddress ?? '',
          private_ip: e.PrivateIpAddress ?? '',
          private_ip_addresses: secondary,
          private_ips: secondary,
          security_group_ids: sgs,
          security_groups: sgs,
          ipv6_sets: unwrapList(e.Ipv6Sets, 'Ipv6Set').map((s: any) => String(s.Ipv6Address)),
          queue_number: Number(e.QueueNumber ?? 1),
          resource_group_id: e.ResourceGroupId ?? '',
          service_id: Number(e.ServiceID ?? 0),
          service_managed: Boolean(e.ServiceManaged),
          owner_id: String(e.OwnerId ?? ''),
          network_interface_traffic_mode: e.NetworkInterfaceTrafficMode ?? 'Standard',
          creation_time: e.CreationTime ?? '',
          public_ip: publicIp,
          associated_public_ip: publicIp ? [{ public_ip_address: publicIp }] : [],
          tags: tags ?? {},
        };
      });
      return finishListing(networkInterfacesAttributes, config, 'interfaces', items, rows);
    },
  };
}

export const ecsNetworkInterfacesDataSource = definition('alicloud_ecs_network_interfaces');
/** The real provider's older name for the same data source. */
export const networkInterfacesDataSource = definition('alicloud_network_interfaces');
