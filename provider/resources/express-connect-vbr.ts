/**
 * alicloud_express_connect_virtual_border_router — a VBR: the router between a leased line and
 * VPCs, with its own route table (`route_table_id`), as aliyun/alicloud's resource. The guide's VBR
 * routes go into that table with alicloud_route_entry: the IDC block to the leased line (the VBR's
 * VLAN interface, which data source alicloud_express_connect_virtual_border_routers shows as
 * `vlan_interface_id`), and the VPC block to the VBR's router interface towards the VPC.
 *
 * Create: CreateVirtualBorderRouter (on an Enabled physical connection; VLAN unique per line) →
 * wait until active. Read: DescribeVirtualBorderRouters (Filter VbrId). Update:
 * ModifyVirtualBorderRouterAttribute (vlan_id, gateway IPs, mask, circuit code, name,
 * description, bandwidth). Delete: DeleteVirtualBorderRouter (interfaces and routes destroyed in
 * the same run may still hold it: retried) → wait until gone.
 *
 * Not modelled by the sandbox: IPv6 on a VBR, BFD timers (detect_multiplier, min_rx_interval,
 * min_tx_interval) and the MTU are accepted and kept as configured; `status` other than active
 * (terminating a VBR) and tags, which the sandbox does not read back, so changing tags replaces
 * the VBR here.
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR } from '../shared/tags';
import { intBetween, oneOf, prefixed } from '../shared/validators';
import { known, num, optional, str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step } from './common';
import { describeByFilter } from './hybrid-common';
import { ipv4Address } from './internet-common';

const TYPE = 'alicloud_express_connect_virtual_border_router';

const kept = (type: AttributeSchema['type'], description: string): AttributeSchema => ({ type, optional: true, computed: true, description });

export const vbrAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  physical_connection_id: { type: 'string', required: true, forceNew: true, description: 'The Enabled leased line the VBR sits on.', validators: [prefixed('pc-', 'physical connection')] },
  vlan_id: { type: 'number', required: true, description: 'The VLAN (0 to 2999), unique per physical connection.', validators: [intBetween(0, 2999, 'vlan_id')] },
  local_gateway_ip: { type: 'string', required: true, description: 'The cloud-side IP of the VBR\'s leased-line interface.', validators: [ipv4Address] },
  peer_gateway_ip: { type: 'string', required: true, description: 'The IDC-side IP.', validators: [ipv4Address] },
  peering_subnet_mask: { type: 'string', required: true, description: 'The mask of the two gateway IPs, e.g. 255.255.255.252.', validators: [ipv4Address] },
  virtual_border_router_name: { type: 'string', optional: true, description: 'The name of the VBR.' },
  description: { type: 'string', optional: true, description: 'The description of the VBR.' },
  circuit_code: { type: 'string', optional: true, description: 'The operator\'s circuit code.' },
  bandwidth: kept('number', 'The VBR\'s bandwidth in Mbit/s.'),
  detect_multiplier: kept('number', 'BFD detect multiplier (not simulated; kept as configured).'),
  min_rx_interval: kept('number', 'BFD receive interval in ms (not simulated; kept as configured).'),
  min_tx_interval: kept('number', 'BFD send interval in ms (not simulated; kept as configured).'),
  mtu: kept('number', 'The MTU (not simulated; kept as configured).'),
  enable_ipv6: { type: 'bool', optional: true, description: 'IPv6 on the VBR (the sandbox refuses true).' },
  local_ipv6_gateway_ip: { type: 'string', optional: true, description: 'IPv6 (not simulated).' },
  peer_ipv6_gateway_ip: { type: 'string', optional: true, description: 'IPv6 (not simulated).' },
  peering_ipv6_subnet_mask: { type: 'string', optional: true, description: 'IPv6 (not simulated).' },
  resource_group_id: { type: 'string', optional: true, computed: true, forceNew: true, emptyIsUnset: true, description: 'The resource group (kept as configured).', validators: [prefixed('rg-', 'resource group')] },
  sitelink_enable: { type: 'bool', optional: true, description: 'SiteLink (not simulated; kept as configured).' },
  status: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'active (the only status the sandbox keeps a VBR in).', validators: [oneOf(['active'])] },
  tags: { ...TAGS_ATTR, description: `${TAGS_ATTR.description} Changing them replaces the VBR in this provider.` },
  vbr_owner_id: { type: 'string', optional: true, forceNew: true, description: 'The account that owns the VBR (default: this one).' },
  associated_physical_connections: { type: 'string', optional: true, deprecated: true, description: 'Deprecated: use alicloud_express_connect_vbr_pconn_association (not served).' },
  create_time: { type: 'string', computed: true, description: 'When the VBR was created.' },
  route_table_id: { type: 'string', computed: true, description: 'The VBR\'s own route table (vtb-…).' },
});
vbrAttributes.tags.forceNew = true;

export async function describeVbr(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeByFilter(ctx, 'DescribeVirtualBorderRouters', 'VbrId', id, { listKey: 'VirtualBorderRouterSet', itemKey: 'VirtualBorderRouterType', idField: 'VbrId' });
}

const keep = (v: ObjectValue[string] | undefined) => (known(v) ? v! : null);

async function readVbr(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const v = await describeVbr(ctx, str(prior.id)!);
  if (!v) return null;
  return complete(vbrAttributes, {
    ...prior,
    id: v.VbrId,
    physical_connection_id: v.PhysicalConnectionId ?? prior.physical_connection_id ?? null,
    vlan_id: v.VlanId === undefined ? (prior.vlan_id ?? null) : Number(v.VlanId),
    local_gateway_ip: v.LocalGatewayIp ?? null,
    peer_gateway_ip: v.PeerGatewayIp ?? null,
    peering_subnet_mask: v.PeeringSubnetMask ?? null,
    virtual_border_router_name: optional(v.Name, prior.virtual_border_router_name),
    description: optional(v.Description, prior.description),
    circuit_code: optional(v.CircuitCode, prior.circuit_code),
    bandwidth: v.Bandwidth === undefined ? keep(prior.bandwidth) : Number(v.Bandwidth),
    // Not simulated: what was configured stays (null when left out).
    detect_multiplier: keep(prior.detect_multiplier),
    min_rx_interval: keep(prior.min_rx_interval),
    min_tx_interval: keep(prior.min_tx_interval),
    mtu: keep(prior.mtu),
    resource_group_id: v.ResourceGroupId || keep(prior.resource_group_id),
    status: v.Status ?? null,
    create_time: v.CreationTime ?? null,
    route_table_id: v.RouteTableId ?? null,
  });
}

export const vbrResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A virtual border router (VBR) on a leased line, with its own route table.', attributes: vbrAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    return config.enable_ipv6 === true ? [error('enable_ipv6', 'IPv6 on a VBR is not simulated', 'Leave enable_ipv6 out or false.')] : [];
  },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the VBR', () =>
      api(ctx, 'vpc', 'CreateVirtualBorderRouter', {
        PhysicalConnectionId: str(planned.physical_connection_id),
        VlanId: num(planned.vlan_id),
        LocalGatewayIp: str(planned.local_gateway_ip),
        PeerGatewayIp: str(planned.peer_gateway_ip),
        PeeringSubnetMask: str(planned.peering_subnet_mask),
        CircuitCode: str(planned.circuit_code),
        VbrOwnerId: num(planned.vbr_owner_id),
        Bandwidth: num(planned.bandwidth),
        Name: str(planned.virtual_border_router_name),
        Description: str(planned.description),
        ...tagParams(strMap(planned.tags), 'Tags'),
      }, { idempotent: true, retryCodes: ['OperationConflict', 'TaskConflict'] }),
    );
    const id: string = out.VbrId;
    ctx.log('info', 'created VBR', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the VBR', () =>
      waitFor(ctx, () => describeVbr(ctx, id), (v) => v?.Status === 'active' || v?.Status === 'unconfirmed', { what: `VBR ${id} to become active` }),
    );
    const state = await step(TYPE, id, 'reading the new VBR', () => readVbr(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VBR disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VBR', () => readVbr(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const changed = (k: string) => planned[k] !== prior[k] && planned[k] !== null;
    const params: Record<string, string | number | undefined> = {};
    if (changed('vlan_id')) params.VlanId = num(planned.vlan_id);
    if (changed('local_gateway_ip')) params.LocalGatewayIp = str(planned.local_gateway_ip);
    if (changed('peer_gateway_ip')) params.PeerGatewayIp = str(planned.peer_gateway_ip);
    if (changed('peering_subnet_mask')) params.PeeringSubnetMask = str(planned.peering_subnet_mask);
    if (changed('circuit_code')) params.CircuitCode = str(planned.circuit_code);
    if (changed('virtual_border_router_name')) params.Name = str(planned.virtual_border_router_name);
    if (changed('description')) params.Description = str(planned.description);
    if (changed('bandwidth')) params.Bandwidth = num(planned.bandwidth);
    if (Object.keys(params).length) {
      await step(TYPE, id, 'updating the VBR', () => api(ctx, 'vpc', 'ModifyVirtualBorderRouterAttribute', { VbrId: id, ...params }, { idempotent: true, retryCodes: ['OperationConflict'] }));
    }
    const state = await step(TYPE, id, 'reading the VBR', () => readVbr(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VBR disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () => api(ctx, 'vpc', 'DeleteVirtualBorderRouter', { VbrId: id }, { idempotent: true, retryCodes: ['DependencyViolation*', 'OperationConflict', 'IncorrectStatus*'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the VBR' }, remove, () => describeVbr(ctx, id));
  },

  importState: importByPrefixedId(TYPE, vbrAttributes, 'vbr', 'a VBR'),
};
