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
 * Stored and read back, not acted on: IPv6 on the VBR (enable_ipv6 and the IPv6 gateway IPs and
 * mask; the sandbox routes no IPv6 over a VBR), the BFD timers (detect_multiplier,
 * min_rx_interval, min_tx_interval; the API's defaults 3 × 300 ms when left out), the MTU (1500
 * by default) and sitelink_enable, all updatable in place as with the real provider. Tags change
 * in place (TagResources, ResourceType VBR). Not modelled: `status` other than active
 * (terminating a VBR).
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR } from '../shared/tags';
import { intBetween, oneOf, prefixed } from '../shared/validators';
import { known, num, optional, str, strMap } from '../shared/values';
import { parseIpv6, parseIpv6Cidr } from '../../network-rules/ipv6';
import { tagsFromApi } from '../shared/tags';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
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
  detect_multiplier: { ...kept('number', 'BFD detect multiplier, 3 to 10 (default 3; stored, BFD is not simulated).'), validators: [intBetween(3, 10, 'detect_multiplier')] },
  min_rx_interval: { ...kept('number', 'BFD receive interval, 200 to 1000 ms (default 300; stored, not simulated).'), validators: [intBetween(200, 1000, 'min_rx_interval')] },
  min_tx_interval: { ...kept('number', 'BFD send interval, 200 to 1000 ms (default 300; stored, not simulated).'), validators: [intBetween(200, 1000, 'min_tx_interval')] },
  mtu: { ...kept('number', 'The MTU: 1500 (default) or 8500 (stored, not simulated).'), validators: [oneOfNumbers([0, 1500, 8500], 'mtu')] },
  // Optional-only in the real schema, but the real read always sets false/"": computed here so
  // leaving them out plans nothing.
  enable_ipv6: kept('bool', 'IPv6 on the VBR (stored and read back; the sandbox routes no IPv6 over a VBR).'),
  local_ipv6_gateway_ip: { type: 'string', optional: true, description: 'The cloud-side IPv6 address (stored).', validators: [ipv6Address] },
  peer_ipv6_gateway_ip: { type: 'string', optional: true, description: 'The IDC-side IPv6 address (stored).', validators: [ipv6Address] },
  peering_ipv6_subnet_mask: { type: 'string', optional: true, description: 'The IPv6 block of the two gateway IPs, e.g. 2408:4004:cc:400::/56 (stored).', validators: [ipv6AddressOrBlock] },
  resource_group_id: { type: 'string', optional: true, computed: true, forceNew: true, emptyIsUnset: true, description: 'The resource group (kept as configured).', validators: [prefixed('rg-', 'resource group')] },
  sitelink_enable: kept('bool', 'SiteLink (stored and read back; not simulated).'),
  status: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'active (the only status the sandbox keeps a VBR in).', validators: [oneOf(['active'])] },
  tags: TAGS_ATTR,
  vbr_owner_id: { type: 'string', optional: true, forceNew: true, description: 'The account that owns the VBR (default: this one).' },
  associated_physical_connections: { type: 'string', optional: true, deprecated: true, description: 'Deprecated: use alicloud_express_connect_vbr_pconn_association (not served).' },
  create_time: { type: 'string', computed: true, description: 'When the VBR was created.' },
  route_table_id: { type: 'string', computed: true, description: 'The VBR\'s own route table (vtb-…).' },
});

function ipv6Address(v: unknown): string | undefined {
  return parseIpv6(String(v)) !== undefined ? undefined : `"${String(v)}" is not an IPv6 address, e.g. 2408:4004:cc:400::1`;
}

function ipv6AddressOrBlock(v: unknown): string | undefined {
  return parseIpv6(String(v)) !== undefined || parseIpv6Cidr(String(v)) !== undefined ? undefined : `"${String(v)}" is not an IPv6 block, e.g. 2408:4004:cc:400::/56`;
}

function oneOfNumbers(allowed: number[], what: string): (v: unknown) => string | undefined {
  return (v) => (allowed.includes(Number(v)) ? undefined : `${what} ${String(v)} is not accepted: use one of ${allowed.join(', ')}`);
}

const numOr = (apiValue: unknown, prior: ObjectValue[string] | undefined) => (apiValue === undefined || apiValue === null || apiValue === '' ? (known(prior) ? prior! : null) : Number(apiValue));
const boolOr = (apiValue: unknown, prior: ObjectValue[string] | undefined) => (apiValue === undefined ? (known(prior) ? prior! : null) : apiValue === true || apiValue === 'true');

/** The stored-only settings: attribute → API parameter (Create and Modify take the same names). */
const SETTING_PARAMS: Record<string, string> = {
  enable_ipv6: 'EnableIpv6',
  local_ipv6_gateway_ip: 'LocalIpv6GatewayIp',
  peer_ipv6_gateway_ip: 'PeerIpv6GatewayIp',
  peering_ipv6_subnet_mask: 'PeeringIpv6SubnetMask',
  detect_multiplier: 'DetectMultiplier',
  min_rx_interval: 'MinRxInterval',
  min_tx_interval: 'MinTxInterval',
  mtu: 'Mtu',
  sitelink_enable: 'SitelinkEnable',
};

function settingParams(planned: ObjectValue): Record<string, string | number | undefined> {
  const out: Record<string, string | number | undefined> = {};
  for (const [attr, param] of Object.entries(SETTING_PARAMS)) {
    const v = planned[attr];
    if (!known(v) || v === '' || (attr === 'mtu' && v === 0)) continue;
    out[param] = typeof v === 'boolean' ? String(v) : (v as string | number);
  }
  return out;
}

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
    detect_multiplier: numOr(v.DetectMultiplier, prior.detect_multiplier),
    min_rx_interval: numOr(v.MinRxInterval, prior.min_rx_interval),
    min_tx_interval: numOr(v.MinTxInterval, prior.min_tx_interval),
    // The real provider keeps mtu 0 when so configured (the API then uses its default).
    mtu: prior.mtu === 0 ? 0 : numOr(v.Mtu, prior.mtu),
    enable_ipv6: boolOr(v.EnableIpv6, prior.enable_ipv6),
    local_ipv6_gateway_ip: optional(v.LocalIpv6GatewayIp, prior.local_ipv6_gateway_ip),
    peer_ipv6_gateway_ip: optional(v.PeerIpv6GatewayIp, prior.peer_ipv6_gateway_ip),
    peering_ipv6_subnet_mask: optional(v.PeeringIpv6SubnetMask, prior.peering_ipv6_subnet_mask),
    sitelink_enable: boolOr(v.SitelinkEnable, prior.sitelink_enable),
    tags: tagsState(tagsFromApi(v.Tags), prior.tags),
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
        ...settingParams(planned),
        ResourceGroupId: str(planned.resource_group_id),
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
    const settings = settingParams(planned);
    for (const [attr, param] of Object.entries(SETTING_PARAMS)) if (changed(attr)) params[param] = settings[param];
    if (Object.keys(params).length) {
      await step(TYPE, id, 'updating the VBR', () => api(ctx, 'vpc', 'ModifyVirtualBorderRouterAttribute', { VbrId: id, ...params }, { idempotent: true, retryCodes: ['OperationConflict'] }));
    }
    if (JSON.stringify(prior.tags ?? null) !== JSON.stringify(planned.tags ?? null)) {
      await step(TYPE, id, 'updating the VBR tags', () => updateTags(ctx, 'vpc', 'VBR', id, strMap(prior.tags), strMap(planned.tags)));
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
