/**
 * alicloud_express_connect_virtual_border_routers — lists VBRs with DescribeVirtualBorderRouters
 * (Filter.N, PageSize 50 loop), as aliyun/alicloud's data source, filtered by `ids`, `status`,
 * `name_regex` and `filter` blocks (sent as further Filter.N entries: the sandbox's API knows the
 * keys VbrId, Status, Name, PhysicalConnectionId, AccessPointId, VlanId and VlanInterfaceId and,
 * like the real API, ignores others). Each VBR shows its `vlan_interface_id`: the leased-line interface (the
 * guide's RI3) that a VBR route to the IDC names as its next hop, which the VBR resource itself
 * does not export. BFD timers, IPv6 peering, ECC and CloudBox fields are shown as the API reports
 * them (the sandbox models none of them: empty or 0).
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, NestedBlockSchema, ObjectValue } from '../framework/types';
import { oneOf } from '../shared/validators';
import { str, strList, unwrapList } from '../shared/values';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages, resultId, writeOutputFile } from './common';

const ROUTER_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  virtual_border_router_id: 'string',
  type: 'string',
  virtual_border_router_name: 'string',
  description: 'string',
  status: 'string',
  vlan_id: 'number',
  vlan_interface_id: 'string',
  route_table_id: 'string',
  access_point_id: 'string',
  physical_connection_id: 'string',
  physical_connection_status: 'string',
  physical_connection_business_status: 'string',
  physical_connection_owner_uid: 'string',
  enable_ipv6: 'bool',
  local_gateway_ip: 'string',
  peer_gateway_ip: 'string',
  peering_subnet_mask: 'string',
  circuit_code: 'string',
  create_time: 'string',
  activation_time: 'string',
  recovery_time: 'string',
  termination_time: 'string',
  cloud_box_instance_id: 'string',
  detect_multiplier: 'number',
  ecc_id: 'string',
  local_ipv6_gateway_ip: 'string',
  min_rx_interval: 'number',
  min_tx_interval: 'number',
  payment_vbr_expire_time: 'string',
  peer_ipv6_gateway_ip: 'string',
  peering_ipv6_subnet_mask: 'string',
};

const FILTER_BLOCK: NestedBlockSchema = {
  nesting: 'list',
  block: {
    description: 'A server-side filter: a DescribeVirtualBorderRouters Filter key and its values.',
    attributes: {
      key: { type: 'string', required: true, description: 'The filter key, e.g. PhysicalConnectionId, VbrId, Status, Name, AccessPointId, VlanId or VlanInterfaceId.' },
      values: { type: ['list', 'string'], required: true, description: 'The values to match (any of them).' },
    },
  },
};

export const vbrsAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  status: { type: 'string', optional: true, description: 'Only VBRs in this status.', validators: [oneOf(['active', 'deleting', 'recovering', 'terminated', 'terminating', 'unconfirmed'])] },
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  routers: { type: ['list', ['object', ROUTER_OBJECT]], computed: true, description: 'The VBRs found.' },
};

export const vbrsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_express_connect_virtual_border_routers',
  schema: { description: 'Lists the virtual border routers (VBRs) of the region.', attributes: vbrsAttributes, blocks: { filter: FILTER_BLOCK } },

  async read(ctx, config) {
    const ids = strList(config.ids);
    const params: Record<string, string | number | undefined> = {};
    let n = 1;
    if (ids && ids.length) {
      params[`Filter.${n}.Key`] = 'VbrId';
      ids.forEach((id, i) => (params[`Filter.${n}.Value.${i + 1}`] = id));
      n++;
    }
    if (str(config.status)) {
      params[`Filter.${n}.Key`] = 'Status';
      params[`Filter.${n}.Value.1`] = str(config.status);
      n++;
    }
    for (const f of Array.isArray(config.filter) ? config.filter : []) {
      const o = f as ObjectValue;
      params[`Filter.${n}.Key`] = str(o.key);
      (strList(o.values) ?? []).forEach((v, i) => (params[`Filter.${n}.Value.${i + 1}`] = v));
      n++;
    }
    let rows = await pages(ctx, 'vpc', 'DescribeVirtualBorderRouters', params, (out) => unwrapList(out?.VirtualBorderRouterSet, 'VirtualBorderRouterType'));
    const re = str(config.name_regex) !== undefined ? new RegExp(str(config.name_regex)!) : undefined;
    rows = rows.filter((v: any) => (!ids?.length || ids.includes(v.VbrId)) && (!re || re.test(v.Name ?? '')) && (!str(config.status) || v.Status === str(config.status)));
    const routers: ObjectValue[] = rows.map((v: any) => ({
      id: v.VbrId,
      virtual_border_router_id: v.VbrId,
      type: v.Type ?? '',
      virtual_border_router_name: v.Name ?? '',
      description: v.Description ?? '',
      status: v.Status ?? '',
      vlan_id: Number(v.VlanId ?? 0),
      vlan_interface_id: v.VlanInterfaceId ?? '',
      route_table_id: v.RouteTableId ?? '',
      access_point_id: v.AccessPointId ?? '',
      physical_connection_id: v.PhysicalConnectionId ?? '',
      physical_connection_status: v.PhysicalConnectionStatus ?? '',
      physical_connection_business_status: v.PhysicalConnectionBusinessStatus ?? '',
      physical_connection_owner_uid: String(v.PhysicalConnectionOwnerUid ?? ''),
      enable_ipv6: v.EnableIpv6 === true || v.EnableIpv6 === 'true',
      local_gateway_ip: v.LocalGatewayIp ?? '',
      peer_gateway_ip: v.PeerGatewayIp ?? '',
      peering_subnet_mask: v.PeeringSubnetMask ?? '',
      circuit_code: v.CircuitCode ?? '',
      create_time: v.CreationTime ?? '',
      activation_time: v.ActivationTime ?? '',
      recovery_time: v.RecoveryTime ?? '',
      termination_time: v.TerminationTime ?? '',
      cloud_box_instance_id: v.CloudBoxInstanceId ?? '',
      detect_multiplier: Number(v.DetectMultiplier ?? 0),
      ecc_id: v.EccId ?? '',
      local_ipv6_gateway_ip: v.LocalIpv6GatewayIp ?? '',
      min_rx_interval: Number(v.MinRxInterval ?? 0),
      min_tx_interval: Number(v.MinTxInterval ?? 0),
      payment_vbr_expire_time: v.PConnVbrExpireTime ?? '',
      peer_ipv6_gateway_ip: v.PeerIpv6GatewayIp ?? '',
      peering_ipv6_subnet_mask: v.PeeringIpv6SubnetMask ?? '',
    }));
    const foundIds = routers.map((r) => r.id as string);
    writeOutputFile(config, routers);
    return {
      ...Object.fromEntries(Object.keys(vbrsAttributes).map((k) => [k, config[k] ?? null])),
      filter: config.filter ?? [],
      id: resultId(foundIds),
      ids: foundIds,
      names: routers.map((r) => r.virtual_border_router_name as string),
      routers,
    };
  },
};
