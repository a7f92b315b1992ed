/**
 * Dual-tunnel VPN connections: CreateVpnConnection / ModifyVpnConnectionAttribute with
 * TunnelOptionsSpecification.N.* (N = 1, 2) instead of one CustomerGatewayId and top-level IKE/IPsec
 * settings. The sandbox stores each tunnel's settings (checked and defaulted like the single
 * tunnel's, see ike.ts) and shows them back; with no IDC to negotiate with, both tunnels are
 * reported active and established, and tunnel BGP (EnableTunnelsBgp, TunnelBgpConfig) is kept as
 * configuration without a BGP session (routes are not learned: use VPN route entries).
 */
import { notSimulated } from '../../actions/params';
import { InvalidParameter } from '../../errors';
import { newId } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { boolean, objects, string } from '../../wire/params';
import { getCustomerGateway } from '../vpn-customer-gateway/domain';
import type { VpnGatewayRecord } from '../vpn-gateway/records';
import { DEFAULT_IPSEC_CONFIG, defaultIkeConfig, ikeConfigFrom, ipsecConfigFrom } from './ike';
import type { IkeConfig, IpsecConfig, VpnTunnel } from './records';

const S = string({ maxLength: 128 });
const IKE_KEYS = ['IkeAuthAlg', 'IkeEncAlg', 'IkeLifetime', 'IkeMode', 'IkePfs', 'IkeVersion', 'LocalId', 'Psk', 'RemoteId'] as const;
const IPSEC_KEYS = ['IpsecAuthAlg', 'IpsecEncAlg', 'IpsecLifetime', 'IpsecPfs'] as const;

/** TunnelOptionsSpecification.N.*, nested objects flattened as the RPC wire sends them. */
export const TUNNEL_OPTIONS = objects(
  {
    CustomerGatewayId: S,
    Role: string({ enum: ['master', 'slave'] }),
    EnableDpd: boolean(),
    EnableNatTraversal: boolean(),
    TunnelIndex: S,
    // On a modify, names the tunnel the entry changes (otherwise entries match tunnels by position).
    TunnelId: S,
    RemoteCaCertificate: string({ maxLength: 8192 }),
    'TunnelBgpConfig.LocalAsn': S,
    'TunnelBgpConfig.LocalBgpIp': S,
    'TunnelBgpConfig.TunnelCidr': S,
    ...Object.fromEntries(IKE_KEYS.map((k) => [`TunnelIkeConfig.${k}`, S])),
    ...Object.fromEntries(IPSEC_KEYS.map((k) => [`TunnelIpsecConfig.${k}`, S])),
  },
  { maxItems: 2 },
);

type TunnelParams = Record<string, string | boolean | undefined>;

/** The sub-object's given fields as the JSON text ike.ts checks (lifetimes as numbers). */
function subJson(t: TunnelParams, prefix: string, keys: readonly string[]): string | undefined {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = t[`${prefix}.${k}`];
    if (v !== undefined && v !== '') out[k] = k.endsWith('Lifetime') && /^\d+$/.test(String(v)) ? Number(v) : v;
  }
  return Object.keys(out).length ? JSON.stringify(out) : undefined;
}

/**
 * Which stored tunnel each given entry changes: the one its TunnelId names, else the one at its
 * position. Entries that all name tunnels may leave the others out (kept as they are); otherwise
 * every tunnel is given, as the real API asks for dual-tunnel changes.
 */
function slotsFor(given: TunnelParams[], prior: VpnTunnel[]): number[] {
  const slots = given.map((t, i) => {
    const named = t.TunnelId as string | undefined;
    if (!named) return i;
    if (prior.length === 0) {
      throw new InvalidParameter(`TunnelOptionsSpecification.${i + 1}.TunnelId "${named}" names a tunnel, but this connection has none yet: CreateVpnConnection assigns tunnel IDs, so leave TunnelId out when creating.`);
    }
    const at = prior.findIndex((p) => p.tunnelId === named);
    if (at < 0) {
      throw new InvalidParameter(`TunnelOptionsSpecification.${i + 1}.TunnelId "${named}" is not a tunnel of this VPN connection: use a TunnelId DescribeVpnConnection lists, or leave it out to match tunnels by position.`);
    }
    return at;
  });
  const twice = slots.findIndex((s, i) => slots.indexOf(s) !== i);
  if (twice >= 0) {
    throw new InvalidParameter(`TunnelOptionsSpecification.${twice + 1} changes the same tunnel as an earlier entry (by TunnelId or position): give each tunnel once.`);
  }
  const allNamed = given.every((t) => t.TunnelId);
  if (!allNamed && prior.length > given.length) {
    throw new InvalidParameter(`TunnelOptionsSpecification gives ${given.length} tunnel(s) for a connection with ${prior.length}: give every tunnel (.1 and .2) when changing one, or name the one to change with TunnelId.`);
  }
  return slots;
}

/**
 * The tunnels asked for, checked and defaulted; `prior` (on a modify) supplies what is left out,
 * matched by TunnelId or else by position, and keeps the tunnel IDs and their order.
 */
export function tunnelsFrom(tx: Transaction, gateway: VpnGatewayRecord, given: TunnelParams[], prior: VpnTunnel[] = []): VpnTunnel[] {
  if (given.length === 0) return prior;
  const slots = slotsFor(given, prior);
  const result: VpnTunnel[] = [...prior];
  given.forEach((t, i) => {
    result[slots[i]] = tunnelFrom(tx, gateway, t, i, prior[slots[i]], slots[i]);
  });
  return result;
}

/** One tunnel from its entry `t` (entry number i + 1) and the tunnel it changes, if any. */
function tunnelFrom(tx: Transaction, gateway: VpnGatewayRecord, t: TunnelParams, i: number, was: VpnTunnel | undefined, slot: number): VpnTunnel {
  notSimulated(`TunnelOptionsSpecification.${i + 1}.RemoteCaCertificate`, t.RemoteCaCertificate, 'national-standard (SM) certificates');
  const cgwId = (t.CustomerGatewayId as string | undefined) || was?.customerGatewayId;
  if (!cgwId) throw new InvalidParameter(`TunnelOptionsSpecification.${i + 1}.CustomerGatewayId is missing: each tunnel of a dual-tunnel connection names its customer gateway.`);
  const cgw = getCustomerGateway(tx, cgwId);
  const ikeBase: IkeConfig = was?.ike ?? defaultIkeConfig(gateway.internetIp, cgw.ipAddress);
  const ipsecBase: IpsecConfig = was?.ipsec ?? DEFAULT_IPSEC_CONFIG;
  const bgp = {
    localAsn: (t['TunnelBgpConfig.LocalAsn'] as string | undefined) ?? was?.bgp.localAsn ?? '45104',
    localBgpIp: (t['TunnelBgpConfig.LocalBgpIp'] as string | undefined) ?? was?.bgp.localBgpIp ?? '',
    tunnelCidr: (t['TunnelBgpConfig.TunnelCidr'] as string | undefined) ?? was?.bgp.tunnelCidr ?? '',
  };
  return {
    tunnelId: was?.tunnelId ?? newId('tun'),
    customerGatewayId: cgw.id,
    role: (t.Role as string | undefined) ?? was?.role ?? (slot === 0 ? 'master' : 'slave'),
    enableDpd: (t.EnableDpd as boolean | undefined) ?? was?.enableDpd ?? true,
    enableNatTraversal: (t.EnableNatTraversal as boolean | undefined) ?? was?.enableNatTraversal ?? true,
    ike: ikeConfigFrom(subJson(t, 'TunnelIkeConfig', IKE_KEYS), ikeBase),
    ipsec: ipsecConfigFrom(subJson(t, 'TunnelIpsecConfig', IPSEC_KEYS), ipsecBase),
    bgp,
  };
}

/** DescribeVpnConnection's TunnelOptionsSpecification.TunnelOptions[]. */
export function tunnelsShape(gateway: VpnGatewayRecord | undefined, tunnels: VpnTunnel[], active: boolean) {
  return {
    TunnelOptions: tunnels.map((t) => ({
      TunnelId: t.tunnelId,
      CustomerGatewayId: t.customerGatewayId,
      Role: t.role,
      EnableDpd: t.enableDpd,
      EnableNatTraversal: t.enableNatTraversal,
      InternetIp: gateway?.internetIp ?? '',
      ZoneNo: '',
      State: active ? 'active' : 'init',
      Status: active ? 'ipsec_sa_established' : 'ike_sa_not_established',
      TunnelIkeConfig: { ...t.ike },
      TunnelIpsecConfig: { ...t.ipsec },
      TunnelBgpConfig: { LocalAsn: t.bgp.localAsn, LocalBgpIp: t.bgp.localBgpIp, TunnelCidr: t.bgp.tunnelCidr, PeerAsn: '', PeerBgpIp: '', BgpStatus: '' },
    })),
  };
}
