/**
 * alicloud_vpn_connection — an IPsec connection between a VPN gateway and a customer gateway (the
 * guide's step 3), as aliyun/alicloud's resource: `local_subnet` is the VPC side and
 * `remote_subnet` the IDC side (sets, sent comma-joined), with the `ike_config` and `ipsec_config`
 * blocks (also `bgp_config` and `health_check_config`, which the sandbox accepts switched off).
 *
 * Create: CreateVpnConnection (IkeConfig/IpsecConfig as JSON with PascalCase keys, one ClientToken
 * across retries; VpnGateway.Configuring is retried while the gateway is set up) → wait until State
 * is active. Read: DescribeVpnConnection. Update: ModifyVpnConnectionAttribute and the tag APIs
 * (ResourceType VPNCONNECTION). Delete: DeleteVpnConnection → wait until gone.
 *
 * The blocks are Optional+Computed, as in the real provider: what the configuration leaves out the
 * API fills with its defaults (IKEv1, main mode, AES, group2, 86400 s, a random pre-shared key),
 * and the state shows them. Terraform does not let a provider add a block the configuration does
 * not have, so a block left out of the configuration stays out of the state (the API still applies
 * the defaults); write `ike_config {}` to see them, e.g. the generated `psk`.
 *
 * Dual-tunnel connections (`tunnel_options_specification`, with `enable_tunnels_bgp`) are stored and
 * shown back without negotiation or BGP sessions (vpn-connection-tunnels.ts). `enable_tunnels_bgp`
 * (on any connection, as the real schema takes it) and `network_type = "private"` are stored and
 * shown back: no BGP session runs and no private transport (Express Connect, CEN) is simulated.
 * Deprecated alias: `name` (→ vpn_connection_name).
 */
import type { AttributeSchema, BlockSchema, ObjectValue, ResourceContext, ResourceDefinition, Value } from '../framework/types';
import { isUnknown } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { intBetween, oneOf, prefixed, validCidr } from '../shared/validators';
import { bool, str, strList, strMap } from '../shared/values';
import { isNotFound } from '../client/api-client';
import { complete, deleteAndWaitGone, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { flag, vpnName } from './hybrid-common';
import { aliasConflicts, aliasValue, planAliases, type Alias } from './internet-common';
import { requireReplaceOnGatewayChange, TUNNEL_BLOCK, tunnelParams, tunnelsState } from './vpn-connection-tunnels';

const TYPE = 'alicloud_vpn_connection';

const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'vpn_connection_name' }];

const ENC = ['aes', 'aes192', 'aes256', 'des', '3des'];
const AUTH = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'];
const PFS = ['group1', 'group2', 'group5', 'group14'];

const lifetime = intBetween(0, 86400, 'lifetime');
const oc = (type: AttributeSchema['type'], description: string, validators?: AttributeSchema['validators']): AttributeSchema => ({
  type,
  optional: true,
  computed: true,
  useStateForUnknown: true,
  // The real schema has no validators inside these blocks and sends nothing for "": modules pass
  // `psk = ""`, `ike_local_id = ""` as defaults, which then mean "let the API choose".
  ...(type === 'string' ? { emptyIsUnset: true } : {}),
  description,
  validators,
});

/** Block attribute → the API's JSON key, per block. */
const IKE_KEYS: Record<string, string> = {
  ike_version: 'IkeVersion',
  ike_mode: 'IkeMode',
  ike_enc_alg: 'IkeEncAlg',
  ike_auth_alg: 'IkeAuthAlg',
  ike_pfs: 'IkePfs',
  ike_lifetime: 'IkeLifetime',
  ike_local_id: 'LocalId',
  ike_remote_id: 'RemoteId',
  psk: 'Psk',
};
const IPSEC_KEYS: Record<string, string> = { ipsec_enc_alg: 'IpsecEncAlg', ipsec_auth_alg: 'IpsecAuthAlg', ipsec_pfs: 'IpsecPfs', ipsec_lifetime: 'IpsecLifetime' };
const BGP_KEYS: Record<string, string> = { enable: 'EnableBgp', local_asn: 'LocalAsn', local_bgp_ip: 'LocalBgpIp', tunnel_cidr: 'TunnelCidr' };
const HEALTH_KEYS: Record<string, string> = { enable: 'enable', dip: 'dip', sip: 'sip', interval: 'interval', retry: 'retry' };

const BLOCKS: { [name: string]: BlockSchema } = {
  ike_config: {
    description: 'Phase-one (IKE) negotiation settings.',
    attributes: {
      ike_version: oc('string', 'ikev1 (default) or ikev2.', [oneOf(['ikev1', 'ikev2'])]),
      ike_mode: oc('string', 'main (default) or aggressive.', [oneOf(['main', 'aggressive'])]),
      ike_enc_alg: oc('string', `Encryption: ${ENC.join(', ')} (default aes).`, [oneOf(ENC)]),
      ike_auth_alg: oc('string', `Authentication: ${AUTH.join(', ')}.`, [oneOf(AUTH)]),
      ike_pfs: oc('string', `DH group: ${PFS.join(', ')} (default group2).`, [oneOf(PFS)]),
      ike_lifetime: oc('number', 'SA lifetime in seconds, 0 to 86400 (default 86400).', [lifetime]),
      ike_local_id: oc('string', 'The VPN gateway\'s identifier (default its public IP).'),
      ike_remote_id: oc('string', 'The customer gateway\'s identifier (default its public IP).'),
      psk: oc('string', 'The pre-shared key (1 to 100 characters); a random 16-character key when left out.'),
    },
  },
  ipsec_config: {
    description: 'Phase-two (IPsec) negotiation settings.',
    attributes: {
      ipsec_enc_alg: oc('string', `Encryption: ${ENC.join(', ')} (default aes).`, [oneOf(ENC)]),
      ipsec_auth_alg: oc('string', `Authentication: ${AUTH.join(', ')}.`, [oneOf(AUTH)]),
      ipsec_pfs: oc('string', `DH group: disabled, ${PFS.join(', ')} (default group2).`, [oneOf(['disabled', ...PFS])]),
      ipsec_lifetime: oc('number', 'SA lifetime in seconds, 0 to 86400 (default 86400).', [lifetime]),
    },
  },
  bgp_config: {
    // Stored and read back; the sandbox runs no BGP session (no peer, no learned routes).
    description: 'BGP over the tunnel (stored configuration: no BGP session runs in the sandbox).',
    attributes: {
      enable: oc('bool', 'Whether BGP is on (default false).'),
      local_asn: oc('string', 'The local ASN (default 45104).'),
      local_bgp_ip: oc('string', 'The local BGP address, inside tunnel_cidr.'),
      tunnel_cidr: oc('string', 'A /30 inside 169.254.0.0/16.'),
      status: { type: 'string', computed: true, description: 'The BGP status.' },
    },
  },
  health_check_config: {
    // Stored and read back; the sandbox sends no probes and never revokes a route.
    description: 'Tunnel health checks (stored configuration: no probes run in the sandbox).',
    attributes: {
      enable: oc('bool', 'Whether health checks are on (default false).'),
      dip: oc('string', 'The destination IP of the checks.'),
      sip: oc('string', 'The source IP of the checks.'),
      interval: oc('number', 'Seconds between checks (default 3).'),
      retry: oc('number', 'Retries before failing (default 3).'),
    },
  },
};

const BLOCK_KEYS: Record<string, Record<string, string>> = { ike_config: IKE_KEYS, ipsec_config: IPSEC_KEYS, bgp_config: BGP_KEYS, health_check_config: HEALTH_KEYS };

export const vpnConnectionAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpn_gateway_id: { type: 'string', required: true, forceNew: true, description: 'The VPN gateway (VPC side).', validators: [prefixed('vpn-', 'VPN gateway')] },
  customer_gateway_id: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The customer gateway (IDC side) of a single-tunnel connection; a dual-tunnel one names its gateways in tunnel_options_specification.',
    validators: [prefixed('cgw-', 'customer gateway')],
  },
  local_subnet: { type: ['set', 'string'], required: true, description: 'The VPC-side blocks (the guide\'s "Local Network").', validators: [eachCidr] },
  remote_subnet: { type: ['set', 'string'], required: true, description: 'The IDC-side blocks (the guide\'s "Remote Network"); none may overlap local_subnet.', validators: [eachCidr] },
  // "" means "not set" in the real provider (no validation there; modules pass "" as default).
  vpn_connection_name: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'The name of the connection (2 to 128 characters; "" means none).', validators: [vpnName] },
  name: { type: 'string', optional: true, computed: true, deprecated: true, emptyIsUnset: true, description: 'Deprecated: use vpn_connection_name.', validators: [vpnName] },
  effect_immediately: { type: 'bool', optional: true, description: 'Negotiate at once (true) or when traffic arrives (false, default).' },
  auto_config_route: { type: 'bool', optional: true, description: 'Add the VPN gateway routes for remote_subnet automatically.' },
  // Optional only, as in the real schema (which neither sends nor reads it back today): kept as
  // configured. The sandbox records it; a private connection's transport is not simulated.
  network_type: { type: 'string', optional: true, emptyIsUnset: true, description: 'public or private (a private connection runs over Express Connect or CEN; the sandbox records it, no private transport is simulated).', validators: [oneOf(['public', 'private'])] },
  enable_dpd: { type: 'bool', optional: true, computed: true, description: 'Dead peer detection (default true).' },
  enable_nat_traversal: { type: 'bool', optional: true, computed: true, description: 'NAT traversal (default true).' },
  enable_tunnels_bgp: { type: 'bool', optional: true, computed: true, description: 'BGP on the tunnels (documented for dual-tunnel connections): stored and shown back, no BGP session runs.' },
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, description: 'The negotiation status, e.g. ipsec_sa_established.' },
  create_time: { type: 'number', computed: true, description: 'When the connection was created (Unix time in milliseconds).' },
  resource_group_id: { type: 'string', computed: true, description: 'The resource group of the connection.' },
});

function eachCidr(v: Value): string | undefined {
  if (!Array.isArray(v)) return undefined;
  for (const x of v) {
    if (typeof x !== 'string') continue;
    const m = validCidr(x);
    if (m) return m;
  }
  return undefined;
}

export async function describeVpnConnection(ctx: ResourceContext, id: string): Promise<any | null> {
  try {
    const c = await api(ctx, 'vpc', 'DescribeVpnConnection', { VpnConnectionId: id });
    return c?.VpnConnectionId === id ? c : null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** The block's known, non-null values as the API's JSON (undefined when there is nothing to send). */
function blockJson(v: Value | undefined, keys: Record<string, string>): string | undefined {
  const obj = Array.isArray(v) ? v[0] : undefined;
  if (!obj || typeof obj !== 'object' || Array.isArray(obj) || isUnknown(obj)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [attr, key] of Object.entries(keys)) {
    const x = (obj as ObjectValue)[attr];
    if (x !== null && x !== undefined && !isUnknown(x)) out[key] = x;
  }
  return Object.keys(out).length ? JSON.stringify(out) : undefined;
}

/** The API's object as a one-element block list, when the prior state has the block. */
function blockState(name: string, apiObj: any, prior: Value | undefined): Value {
  if (!Array.isArray(prior) || prior.length === 0) return [];
  const keys = BLOCK_KEYS[name];
  const schema = BLOCKS[name].attributes;
  const out: ObjectValue = {};
  for (const [attr, a] of Object.entries(schema)) {
    const key = attr === 'status' ? 'Status' : keys[attr];
    let x = apiObj?.[key] ?? apiObj?.[key[0].toUpperCase() + key.slice(1)];
    if (x === undefined || x === '') x = null;
    if (x !== null && a.type === 'number') x = Number(x);
    if (x !== null && a.type === 'bool') x = flag(x);
    if (x !== null && a.type === 'string') x = String(x);
    out[attr] = x;
  }
  return [out];
}

/**
 * An Optional (not Computed) bool the API always reports: null stays null while the API has the
 * default (false), so a configuration that leaves it out plans nothing, and an import still picks
 * up a true.
 */
function optionalFlag(apiValue: unknown, prior: Value | undefined): boolean | null {
  const v = flag(apiValue);
  return prior === null || prior === undefined ? (v ? true : null) : v;
}

function joinSubnets(v: Value | undefined): string | undefined {
  const list = strList(v);
  return list ? [...list].sort().join(',') : undefined;
}

/** A block as importState leaves it: one element, every field null. */
function isPlaceholder(v: Value | undefined): boolean {
  return Array.isArray(v) && v.length === 1 && Object.values(v[0] as ObjectValue).every((x) => x === null);
}

async function readConnection(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const c = await describeVpnConnection(ctx, str(prior.id)!);
  if (!c) return null;
  // importState's placeholder (an all-null ike_config): the read that follows an import.
  const importing = isPlaceholder(prior.ike_config);
  const split = (s: unknown) => String(s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const state = complete(vpnConnectionAttributes, {
    ...prior,
    id: c.VpnConnectionId,
    vpn_gateway_id: c.VpnGatewayId ?? prior.vpn_gateway_id ?? null,
    customer_gateway_id: c.CustomerGatewayId ?? prior.customer_gateway_id ?? null,
    local_subnet: split(c.LocalSubnet),
    remote_subnet: split(c.RemoteSubnet),
    vpn_connection_name: c.Name ?? '',
    name: c.Name ?? '',
    effect_immediately: optionalFlag(c.EffectImmediately, prior.effect_immediately),
    auto_config_route: optionalFlag(c.AutoConfigRoute, prior.auto_config_route),
    // Optional only: left out (null) or "" stays so, and a value set follows the API. An import
    // shows "private" (not the default), so a configuration that sets it plans nothing afterwards,
    // while one that leaves it out (public, the common case) plans nothing either.
    network_type: importing ? (c.NetworkType === 'private' ? 'private' : null) : str(prior.network_type) ? c.NetworkType ?? prior.network_type : prior.network_type ?? null,
    enable_dpd: flag(c.EnableDpd),
    enable_nat_traversal: flag(c.EnableNatTraversal),
    enable_tunnels_bgp: flag(c.EnableTunnelsBgp),
    tags: tagsState(tagsFromApi(c.Tags), prior.tags),
    status: c.Status ?? null,
    create_time: c.CreateTime === undefined ? null : Number(c.CreateTime),
    resource_group_id: c.ResourceGroupId ?? null,
  });
  // A dual-tunnel connection reports its master tunnel's gateway; the configuration leaves the top-level one out.
  if (c.TunnelOptionsSpecification && (prior.customer_gateway_id === null || prior.customer_gateway_id === undefined)) state.customer_gateway_id = null;
  state.tunnel_options_specification = tunnelsState(c.TunnelOptionsSpecification, prior.tunnel_options_specification);
  // An imported dual-tunnel connection keeps its settings in the tunnels: the top-level blocks'
  // import placeholders (all null) are dropped rather than filled.
  const dual = !!c.TunnelOptionsSpecification;
  const placeholder = (v: Value | undefined) => dual && isPlaceholder(v);
  state.ike_config = placeholder(prior.ike_config) ? [] : blockState('ike_config', c.IkeConfig, prior.ike_config);
  state.ipsec_config = placeholder(prior.ipsec_config) ? [] : blockState('ipsec_config', c.IpsecConfig, prior.ipsec_config);
  state.bgp_config = placeholder(prior.bgp_config) ? [] : blockState('bgp_config', c.VpnBgpConfig, prior.bgp_config);
  state.health_check_config = placeholder(prior.health_check_config) ? [] : blockState('health_check_config', c.VcoHealthCheck, prior.health_check_config);
  return state;
}

function connectionParams(v: ObjectValue): Record<string, string | number | boolean | undefined> {
  return {
    LocalSubnet: joinSubnets(v.local_subnet),
    RemoteSubnet: joinSubnets(v.remote_subnet),
    Name: aliasValue(v, ALIASES[0]),
    EffectImmediately: bool(v.effect_immediately),
    AutoConfigRoute: bool(v.auto_config_route),
    EnableDpd: bool(v.enable_dpd),
    EnableNatTraversal: bool(v.enable_nat_traversal),
    EnableTunnelsBgp: bool(v.enable_tunnels_bgp) || undefined,
    IkeConfig: blockJson(v.ike_config, IKE_KEYS),
    IpsecConfig: blockJson(v.ipsec_config, IPSEC_KEYS),
    BgpConfig: blockJson(v.bgp_config, BGP_KEYS),
    HealthCheckConfig: blockJson(v.health_check_config, HEALTH_KEYS),
    ...tunnelParams(v.tunnel_options_specification),
  };
}

const TUNNELS_PREFIX = 'TunnelOptionsSpecification.';

const RETRY = ['VpnGateway.Configuring', 'Appliance.Configuring', 'VpnTask.CONFLICT', 'VpnConnection.Configuring', 'OperationConflict'];

export const vpnConnectionResource: ResourceDefinition = {
  typeName: TYPE,
  schema: {
    description: 'An IPsec VPN connection between a VPN gateway and a customer gateway.',
    attributes: vpnConnectionAttributes,
    blocks: {
      // Optional+Computed in the real schema: left out, they keep the API's settings (after an import too).
      ...Object.fromEntries(Object.entries(BLOCKS).map(([n, block]) => [n, { nesting: 'list' as const, block, maxItems: 1, computedWhenAbsent: true }])),
      tunnel_options_specification: { nesting: 'list', block: TUNNEL_BLOCK, maxItems: 2 },
    },
  },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    const diags = aliasConflicts(config, ALIASES);
    const dualTunnel = Array.isArray(config.tunnel_options_specification) && config.tunnel_options_specification.length > 0;
    // A dynamic block over a collection not yet known (e.g. for_each over customer gateways being
    // created) is unknown at validation: it is checked again once known.
    if (config.customer_gateway_id === null && !dualTunnel && !isUnknown(config.tunnel_options_specification)) {
      diags.push(error('customer_gateway_id', 'missing customer_gateway_id', 'Set customer_gateway_id (e.g. alicloud_vpn_customer_gateway.idc.id) for a single-tunnel connection, or two tunnel_options_specification blocks for a dual-tunnel one.'));
    }
    return diags;
  },

  modifyPlan({ config, prior, planned, requiresReplace }) {
    planAliases(config, planned, ALIASES);
    requireReplaceOnGatewayChange(prior, planned, requiresReplace);
  },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the VPN connection', () =>
      api(ctx, 'vpc', 'CreateVpnConnection', {
        VpnGatewayId: str(planned.vpn_gateway_id),
        // "" is not sent, as the real provider's d.GetOk skips it (modules pass "" as the default).
        CustomerGatewayId: str(planned.customer_gateway_id) || undefined,
        NetworkType: str(planned.network_type) || undefined,
        ...connectionParams(planned),
        ...tagParams(strMap(planned.tags), 'Tags'),
      }, { idempotent: true, retryCodes: RETRY }),
    );
    const id: string = out.VpnConnectionId;
    ctx.log('info', 'created VPN connection', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the VPN connection', () =>
      waitFor(ctx, () => describeVpnConnection(ctx, id), (c) => c?.State === 'active', { what: `VPN connection ${id} to become active` }),
    );
    const state = await step(TYPE, id, 'reading the new VPN connection', () => readConnection(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPN connection disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VPN connection', () => readConnection(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const params = connectionParams(planned);
    // Send only what changed (the blocks whole, as the API replaces them).
    const before = connectionParams(prior);
    const changed = Object.fromEntries(Object.entries(params).filter(([k, v]) => v !== undefined && v !== before[k]));
    // The tunnels go whole (the API matches them by position): one changed field sends them all.
    if (Object.keys(changed).some((k) => k.startsWith(TUNNELS_PREFIX))) {
      for (const [k, v] of Object.entries(params)) if (k.startsWith(TUNNELS_PREFIX) && v !== undefined) changed[k] = v;
    }
    if (Object.keys(changed).length) {
      await step(TYPE, id, 'updating the VPN connection', () =>
        api(ctx, 'vpc', 'ModifyVpnConnectionAttribute', { VpnConnectionId: id, ...changed }, { idempotent: true, retryCodes: RETRY }),
      );
      await step(TYPE, id, 'waiting for the VPN connection', () =>
        waitFor(ctx, () => describeVpnConnection(ctx, id), (c) => c === null || c.State === 'active', { what: `VPN connection ${id} to become active` }),
      );
    }
    await step(TYPE, id, 'updating the VPN connection tags', () => updateTags(ctx, 'vpc', 'VPNCONNECTION', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the VPN connection', () => readConnection(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPN connection disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () => api(ctx, 'vpc', 'DeleteVpnConnection', { VpnConnectionId: id }, { idempotent: true, retryCodes: [...RETRY, 'DependencyViolation*'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the VPN connection' }, remove, () => describeVpnConnection(ctx, id));
  },

  async importState(ctx, id) {
    const base = await importByPrefixedId(TYPE, vpnConnectionAttributes, 'vco', 'a VPN connection')(ctx, id);
    // A one-element placeholder per block, so the read that follows fills the blocks from the API
    // (otherwise an imported connection would plan "add ike_config" against a configuration that has it).
    const empty = (name: string) => [Object.fromEntries(Object.keys(BLOCKS[name].attributes).map((k) => [k, null]))];
    return { ...base, ike_config: empty('ike_config'), ipsec_config: empty('ipsec_config'), bgp_config: empty('bgp_config'), health_check_config: empty('health_check_config'), tunnel_options_specification: [] };
  },
};
