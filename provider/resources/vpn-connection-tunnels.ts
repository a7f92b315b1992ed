/**
 * alicloud_vpn_connection's `tunnel_options_specification`: the two tunnels of a dual-tunnel
 * connection, each with its customer gateway, role, DPD/NAT-traversal switches and the
 * `tunnel_ike_config`, `tunnel_ipsec_config` and `tunnel_bgp_config` blocks. Sent as
 * TunnelOptionsSpecification.N.* (nested objects flattened, as the RPC wire carries them) and read
 * back from DescribeVpnConnection's TunnelOptionsSpecification.TunnelOptions.
 *
 * The sandbox stores this configuration and shows it back; it negotiates nothing (both tunnels
 * are reported established) and runs no BGP session on them (README, differences).
 *
 * A tunnel's customer_gateway_id forces a new connection, as in the real provider. It is not
 * flagged forceNew in the schema, because the framework replaces on any change inside a block
 * holding a forceNew attribute, which would also replace on an IKE change the API makes in
 * place; requireReplaceOnGatewayChange does it from modifyPlan instead.
 */
import { isUnknown, type AttributePath, type AttributeSchema, type BlockSchema, type ObjectValue, type Value } from '../framework/types';
import { intBetween, oneOf, prefixed } from '../shared/validators';
import { flag } from './hybrid-common';

const oc = (type: AttributeSchema['type'], description: string, validators?: AttributeSchema['validators']): AttributeSchema => ({
  type,
  optional: true,
  computed: true,
  useStateForUnknown: true,
  description,
  validators,
});
/**
 * Optional only, as the real schema flags the tunnel sub-blocks' fields: the configured value is
 * kept (null stays null, "" stays "" and is not sent: SDKv2 cannot tell "" from unset, and the
 * real provider skips it), so validators skip "" too.
 */
const opt = (type: AttributeSchema['type'], description: string, validators?: AttributeSchema['validators']): AttributeSchema => ({
  type,
  optional: true,
  ...(type === 'string' ? { emptyIsUnset: true } : {}),
  description,
  validators,
});
/** Optional+Computed (the IKE identifiers): "" asks for the API's default, as at top level. */
const ocEmpty = (description: string): AttributeSchema => ({ ...oc('string', description), emptyIsUnset: true });
const computed = (type: AttributeSchema['type'], description: string): AttributeSchema => ({ type, computed: true, useStateForUnknown: true, description });

const ENC = ['aes', 'aes192', 'aes256', 'des', '3des'];
const AUTH = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'];
const PFS = ['group1', 'group2', 'group5', 'group14'];
const lifetime = intBetween(0, 86400, 'lifetime');

/** Sub-block attribute → the API's key, per sub-block. */
const SUB_KEYS: Record<string, { api: string; keys: Record<string, string> }> = {
  tunnel_ike_config: {
    api: 'TunnelIkeConfig',
    keys: {
      ike_auth_alg: 'IkeAuthAlg',
      ike_enc_alg: 'IkeEncAlg',
      ike_lifetime: 'IkeLifetime',
      ike_mode: 'IkeMode',
      ike_pfs: 'IkePfs',
      ike_version: 'IkeVersion',
      local_id: 'LocalId',
      psk: 'Psk',
      remote_id: 'RemoteId',
    },
  },
  tunnel_ipsec_config: { api: 'TunnelIpsecConfig', keys: { ipsec_auth_alg: 'IpsecAuthAlg', ipsec_enc_alg: 'IpsecEncAlg', ipsec_lifetime: 'IpsecLifetime', ipsec_pfs: 'IpsecPfs' } },
  tunnel_bgp_config: { api: 'TunnelBgpConfig', keys: { local_asn: 'LocalAsn', local_bgp_ip: 'LocalBgpIp', tunnel_cidr: 'TunnelCidr' } },
};
/** Read-only attributes of the BGP sub-block. */
const BGP_COMPUTED: Record<string, string> = { peer_asn: 'PeerAsn', peer_bgp_ip: 'PeerBgpIp', bgp_status: 'BgpStatus' };

const SUB_BLOCKS: { [name: string]: BlockSchema } = {
  tunnel_ike_config: {
    description: 'Phase-one (IKE) settings of the tunnel.',
    attributes: {
      ike_auth_alg: opt('string', `Authentication: ${AUTH.join(', ')}.`, [oneOf(AUTH)]),
      ike_enc_alg: opt('string', `Encryption: ${ENC.join(', ')}.`, [oneOf(ENC)]),
      ike_lifetime: opt('number', 'SA lifetime in seconds, 0 to 86400.', [lifetime]),
      ike_mode: opt('string', 'main or aggressive.', [oneOf(['main', 'aggressive'])]),
      ike_pfs: opt('string', `DH group: ${PFS.join(', ')}.`, [oneOf(PFS)]),
      ike_version: opt('string', 'ikev1 or ikev2.', [oneOf(['ikev1', 'ikev2'])]),
      local_id: ocEmpty('The VPN gateway\'s identifier (default its public IP).'),
      psk: opt('string', 'The pre-shared key; a random one when left out.'),
      remote_id: ocEmpty('The customer gateway\'s identifier (default its public IP).'),
    },
  },
  tunnel_ipsec_config: {
    description: 'Phase-two (IPsec) settings of the tunnel.',
    attributes: {
      ipsec_auth_alg: opt('string', `Authentication: ${AUTH.join(', ')}.`, [oneOf(AUTH)]),
      ipsec_enc_alg: opt('string', `Encryption: ${ENC.join(', ')}.`, [oneOf(ENC)]),
      ipsec_lifetime: opt('number', 'SA lifetime in seconds, 0 to 86400.', [lifetime]),
      ipsec_pfs: opt('string', `DH group: disabled, ${PFS.join(', ')}.`, [oneOf(['disabled', ...PFS])]),
    },
  },
  tunnel_bgp_config: {
    description: 'BGP on the tunnel (with enable_tunnels_bgp). Stored; the sandbox runs no BGP session.',
    attributes: {
      local_asn: opt('string', 'The local ASN (default 45104).'),
      local_bgp_ip: opt('string', 'The local BGP address, inside tunnel_cidr.'),
      tunnel_cidr: opt('string', 'A /30 inside 169.254.0.0/16.'),
      peer_asn: computed('string', 'The peer ASN (empty: no BGP session runs in the sandbox).'),
      peer_bgp_ip: computed('string', 'The peer BGP address (empty in the sandbox).'),
      bgp_status: computed('string', 'The BGP status (empty in the sandbox).'),
    },
  },
};

export const TUNNEL_BLOCK: BlockSchema = {
  description: 'One tunnel of a dual-tunnel connection (give two, master and slave). Stored and shown back; no negotiation is simulated.',
  attributes: {
    customer_gateway_id: {
      type: 'string',
      optional: true,
      description: 'The customer gateway of this tunnel. Changing it replaces the connection.',
      validators: [prefixed('cgw-', 'customer gateway')],
    },
    role: oc('string', 'master or slave (by position when left out).', [oneOf(['master', 'slave'])]),
    enable_dpd: oc('bool', 'Dead peer detection (default true).'),
    enable_nat_traversal: oc('bool', 'NAT traversal (default true).'),
    tunnel_id: computed('string', 'The tunnel ID.'),
    internet_ip: computed('string', 'The tunnel\'s public address on the VPN gateway.'),
    state: computed('string', 'The tunnel state (active once created).'),
    status: computed('string', 'The negotiation status (reported established: nothing negotiates in the sandbox).'),
    zone_no: computed('string', 'The zone of the tunnel (empty in the sandbox).'),
  },
  blocks: Object.fromEntries(Object.entries(SUB_BLOCKS).map(([n, block]) => [n, { nesting: 'list' as const, block, maxItems: 1 }])),
};

const asObject = (v: Value | undefined): ObjectValue | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v) ? (v as ObjectValue) : undefined;
const known = (x: Value | undefined): x is string | number | boolean => x !== null && x !== undefined && !isUnknown(x) && typeof x !== 'object';

/** TunnelOptionsSpecification.N.* parameters of the configured tunnels ({} when there are none). */
export function tunnelParams(v: Value | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const list = Array.isArray(v) ? v : [];
  list.forEach((item, i) => {
    const t = asObject(item);
    if (!t) return;
    const p = `TunnelOptionsSpecification.${i + 1}`;
    if (known(t.customer_gateway_id)) out[`${p}.CustomerGatewayId`] = t.customer_gateway_id;
    if (known(t.role)) out[`${p}.Role`] = t.role;
    if (known(t.enable_dpd)) out[`${p}.EnableDpd`] = t.enable_dpd;
    if (known(t.enable_nat_traversal)) out[`${p}.EnableNatTraversal`] = t.enable_nat_traversal;
    for (const [block, { api, keys }] of Object.entries(SUB_KEYS)) {
      const sub = asObject(Array.isArray(t[block]) ? (t[block] as Value[])[0] : undefined);
      if (!sub) continue;
      // "" is not sent, as the real provider skips it (modules pass "" for "let the API choose").
      for (const [attr, key] of Object.entries(keys)) if (known(sub[attr]) && sub[attr] !== '') out[`${p}.${api}.${key}`] = sub[attr] as string | number | boolean;
    }
  });
  return out;
}

/** The tunnels as the API shows them, shaped as the configuration has them (sub-blocks it leaves out stay out). */
export function tunnelsState(apiSpec: any, prior: Value | undefined): Value {
  const rows: any[] = Array.isArray(apiSpec?.TunnelOptions) ? apiSpec.TunnelOptions : apiSpec?.TunnelOptions?.TunnelOption ?? [];
  const priorList = Array.isArray(prior) ? prior : [];
  if (rows.length === 0) return [];
  return rows.map((r, i) => {
    const was = asObject(priorList[i]) ?? {};
    const out: ObjectValue = {
      customer_gateway_id: r.CustomerGatewayId ?? null,
      role: r.Role ?? null,
      enable_dpd: flag(r.EnableDpd),
      enable_nat_traversal: flag(r.EnableNatTraversal),
      tunnel_id: r.TunnelId ?? null,
      internet_ip: r.InternetIp ?? '',
      state: r.State ?? null,
      status: r.Status ?? null,
      zone_no: r.ZoneNo ?? '',
    };
    for (const [block, { api, keys }] of Object.entries(SUB_KEYS)) {
      const src = r[api] ?? {};
      // An import has no prior: the IKE and IPsec sub-blocks are shown (every docs example sets
      // them), the BGP one only when the tunnel has BGP settings of its own.
      const configured = priorList.length ? Array.isArray(was[block]) && (was[block] as Value[]).length > 0 : block !== 'tunnel_bgp_config' || !!(src.TunnelCidr || src.LocalBgpIp);
      if (!configured) {
        out[block] = [];
        continue;
      }
      const sub: ObjectValue = {};
      const wasSub = priorList.length ? asObject((was[block] as Value[])[0]) : undefined;
      for (const [attr, key] of Object.entries({ ...keys, ...(block === 'tunnel_bgp_config' ? BGP_COMPUTED : {}) })) {
        const a = SUB_BLOCKS[block].attributes[attr];
        // An Optional-only field the configuration left out (null) or set to "" stays so: Terraform
        // requires a non-computed value as configured. An import (no prior) shows the API's value.
        const before = wasSub?.[attr];
        if (wasSub && !a.computed && (before === null || before === undefined || before === '')) {
          sub[attr] = before ?? null;
          continue;
        }
        let x = src[key];
        if (x === undefined) x = a.computed && !a.optional ? '' : null;
        else if (a.type === 'number') x = Number(x);
        else if (a.type === 'string') x = String(x);
        sub[attr] = x;
      }
      out[block] = [sub];
    }
    return out;
  });
}

/** A tunnel whose customer gateway changes forces a new connection (see the file comment). */
export function requireReplaceOnGatewayChange(prior: ObjectValue | null, planned: ObjectValue, requiresReplace: AttributePath[]): void {
  if (!prior) return;
  const before = Array.isArray(prior.tunnel_options_specification) ? prior.tunnel_options_specification : [];
  const after = Array.isArray(planned.tunnel_options_specification) ? planned.tunnel_options_specification : [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const b = asObject(before[i])?.customer_gateway_id ?? null;
    const a = asObject(after[i])?.customer_gateway_id ?? null;
    if (!isUnknown(a) && a !== b) requiresReplace.push(['tunnel_options_specification', i, 'customer_gateway_id']);
  }
}
