/**
 * alicloud_express_connect_virtual_border_routers — lists VBRs with DescribeVirtualBorderRouters
 * (Filter.N, PageSize 50 loop), as aliyun/alicloud's data source, filtered by `ids`, `status` and
 * `name_regex` (the `filter` block is not served). Each VBR shows its `vlan_interface_id`: the leased-line interface (the guide's RI3)
 * that a VBR route to the IDC names as its next hop, which the VBR resource itself does not export.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
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
  schema: { description: 'Lists the virtual border routers (VBRs) of the region.', attributes: vbrsAttributes },

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
    }));
    const foundIds = routers.map((r) => r.id as string);
    writeOutputFile(config, routers);
    return {
      ...Object.fromEntries(Object.keys(vbrsAttributes).map((k) => [k, config[k] ?? null])),
      id: resultId(foundIds),
      ids: foundIds,
      names: routers.map((r) => r.virtual_border_router_name as string),
      routers,
    };
  },
};
