/**
 * alicloud_router_interfaces and alicloud_express_connect_physical_connections — VPC
 * DescribeRouterInterfaces / DescribePhysicalConnections (PageSize 50 loop). Router interfaces
 * are narrowed on the server by Filter.N entries (status, router, router type, opposite interface
 * and its owner) and locally by ids, name_regex, role and specification; physical connections
 * locally by ids, name_regex and status, as aliyun/alicloud lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import type { Params } from '../client/api-client';
import { bool, str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { LIST_BASICS, pages, textOf as text } from './common';
import { finishListing, localFilter } from './listing';

const S = 'string' as const;
const opt = (description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type: 'string', optional: true, description, ...extra });

const INTERFACE_OBJECT: { [name: string]: AttrType } = Object.fromEntries(
  [
    'id', 'status', 'name', 'description', 'role', 'specification', 'router_id', 'router_type', 'vpc_id', 'access_point_id', 'creation_time',
    'opposite_region_id', 'opposite_interface_id', 'opposite_router_id', 'opposite_router_type', 'opposite_interface_owner_id',
    'health_check_source_ip', 'health_check_target_ip',
  ].map((k) => [k, S]),
);

export const routerInterfacesAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  status: opt('Active, Inactive or Idle.', { validators: [oneOf(['Active', 'Inactive', 'Idle'])] }),
  specification: opt('Only the interfaces of this specification (Small.1, Large.2 …).'),
  router_id: opt('Only the interfaces of this router (a VRouter or VBR id).'),
  router_type: opt('VRouter or VBR.', { validators: [oneOf(['VRouter', 'VBR'])] }),
  role: opt('InitiatingSide or AcceptingSide.'),
  opposite_interface_id: opt('Only the interface connected to this one.'),
  opposite_interface_owner_id: opt('Only the interfaces whose peer belongs to this account.'),
  interfaces: { type: ['list', ['object', INTERFACE_OBJECT]], computed: true, description: 'The router interfaces found.' },
};

/** The server-side filters, in the real provider's order; each Terraform name becomes its API key (status → Status). */
const SERVER_FILTERS: Array<[string, string]> = [
  ['status', 'Status'], ['router_id', 'RouterId'], ['router_type', 'RouterType'], ['opposite_interface_id', 'OppositeInterfaceId'],
  ['opposite_interface_owner_id', 'OppositeInterfaceOwnerId'],
];

export const routerInterfacesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_router_interfaces',
  schema: { description: 'Lists router interfaces in the region.', attributes: routerInterfacesAttributes },

  async read(ctx, config) {
    const params: Params = {};
    let n = 0;
    for (const [attr, key] of SERVER_FILTERS) {
      const v = str(config[attr]);
      if (!v) continue;
      n++;
      params[`Filter.${n}.Key`] = key;
      params[`Filter.${n}.Value.1`] = v;
    }
    const raw = await pages(ctx, 'vpc', 'DescribeRouterInterfaces', params, (out) => unwrapList(out?.RouterInterfaceSet, 'RouterInterfaceType'));
    const [role, spec] = [str(config.role), str(config.specification)];
    const rows = localFilter(
      config,
      raw.filter((r: any) => (!role || r.Role === role) && (!spec || r.Spec === spec)).map((r: any) => ({ id: String(r.RouterInterfaceId), name: text(r.Name), raw: r })),
    );
    const items: ObjectValue[] = rows.map(({ raw: r }) => ({
      id: r.RouterInterfaceId,
      status: text(r.Status),
      name: text(r.Name),
      description: text(r.Description),
      role: text(r.Role),
      specification: text(r.Spec),
      router_id: text(r.RouterId),
      router_type: text(r.RouterType),
      vpc_id: text(r.VpcInstanceId),
      access_point_id: text(r.AccessPointId),
      creation_time: text(r.CreationTime),
      opposite_region_id: text(r.OppositeRegionId),
      opposite_interface_id: text(r.OppositeInterfaceId),
      opposite_router_id: text(r.OppositeRouterId),
      opposite_router_type: text(r.OppositeRouterType),
      opposite_interface_owner_id: text(r.OppositeInterfaceOwnerId),
      health_check_source_ip: text(r.HealthCheckSourceIp),
      health_check_target_ip: text(r.HealthCheckTargetIp),
    }));
    return finishListing(routerInterfacesAttributes, config, 'interfaces', items, rows);
  },
};

const CONNECTION_OBJECT: { [name: string]: AttrType } = Object.fromEntries(
  [
    'access_point_id', 'ad_location', 'bandwidth', 'business_status', 'circuit_code', 'create_time', 'description', 'enabled_time', 'end_time',
    'has_reservation_data', 'line_operator', 'loa_status', 'payment_type', 'peer_location', 'id', 'physical_connection_id', 'physical_connection_name',
    'port_number', 'port_type', 'redundant_physical_connection_id', 'reservation_active_time', 'reservation_internet_charge_type',
    'reservation_order_type', 'spec', 'status', 'type',
  ].map((k) => [k, S]),
);

const PC_STATUSES = ['Allocated', 'Allocating', 'Allocation Failed', 'Approved', 'Canceled', 'Confirmed', 'Enabled', 'Initial', 'Rejected', 'Terminated'];

export const physicalConnectionsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  status: opt(`One of ${PC_STATUSES.join(', ')}.`, { validators: [oneOf(PC_STATUSES)] }),
  include_reservation_data: { type: 'bool', optional: true, description: 'Also return pending reservation data (there is none).' },
  connections: { type: ['list', ['object', CONNECTION_OBJECT]], computed: true, description: 'The physical connections found.' },
};

export const physicalConnectionsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_express_connect_physical_connections',
  schema: { description: 'Lists Express Connect physical connections in the region.', attributes: physicalConnectionsAttributes },

  async read(ctx, config) {
    const raw = await pages(ctx, 'vpc', 'DescribePhysicalConnections', { IncludeReservationData: bool(config.include_reservation_data) }, (out) =>
      unwrapList(out?.PhysicalConnectionSet, 'PhysicalConnectionType'),
    );
    const status = str(config.status);
    const rows = localFilter(
      config,
      raw.filter((p: any) => !status || p.Status === status).map((p: any) => ({ id: String(p.PhysicalConnectionId), name: text(p.Name), raw: p })),
    );
    const items: ObjectValue[] = rows.map(({ raw: p }) => ({
      access_point_id: text(p.AccessPointId),
      ad_location: text(p.AdLocation),
      bandwidth: text(p.Bandwidth),
      business_status: text(p.BusinessStatus),
      circuit_code: text(p.CircuitCode),
      create_time: text(p.CreationTime),
      description: text(p.Description),
      enabled_time: text(p.EnabledTime),
      end_time: text(p.EndTime),
      has_reservation_data: text(p.HasReservationData ?? false),
      line_operator: text(p.LineOperator),
      loa_status: text(p.LoaStatus),
      payment_type: text(p.ChargeType),
      peer_location: text(p.PeerLocation),
      id: String(p.PhysicalConnectionId),
      physical_connection_id: String(p.PhysicalConnectionId),
      physical_connection_name: text(p.Name),
      port_number: text(p.PortNumber),
      port_type: text(p.PortType),
      redundant_physical_connection_id: text(p.RedundantPhysicalConnectionId),
      reservation_active_time: text(p.ReservationActiveTime),
      reservation_internet_charge_type: text(p.ReservationInternetChargeType),
      reservation_order_type: text(p.ReservationOrderType),
      spec: text(p.Spec),
      status: text(p.Status),
      type: text(p.Type),
    }));
    return finishListing(physicalConnectionsAttributes, config, 'connections', items, rows);
  },
};
