/**
 * Dual-tunnel VPN connections: CreateVpnConnection / ModifyVpnConnectionAttribute with
 * TunnelOptionsSpecification.N.* (N = 1, 2) instead of one CustomerGatewayId and top-level IKE/IPsec
 * settings. The sandbox stores each tunnel's settings (checked and defaulted like the single
 * tunnel's, see ike.ts) and shows them back; with no IDC to negotiate with, both tunnels are
 * reported active and established, and tunnel BGP (EnableTunnelsBgp, TunnelBgpConfig) is kept as
 * configuration without a BGP session (routes are not learned: use VPN route entries).
 */
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
 * The tunnels asked for, checked and defaulted; `prior` (on a modify) supplies what is left out,
 * matched by position, and keeps the tunnel IDs.
 */
export function tunnelsFrom(tx: Transaction, gateway: VpnGatewayRecord, given: TunnelParams[], prior: VpnTunnel[] = []): VpnTunnel[] {
  if (given.length === 0) return prior;
  if (prior.length > given.length) {
    throw new InvalidParameter(`TunnelOptionsSpecification gives ${given.length} tunnel(s) for a connection with ${prior.length}: give every tunnel (.1 and .2) when changing one.`);
  }
  return given.map((t, i) => {
    const was = prior[i];
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
      role: (t.Role as string | undefined) ?? was?.role ?? (i === 0 ? 'master' : 'slave'),
      enableDpd: (t.EnableDpd as boolean | undefined) ?? was?.enableDpd ?? true,
      enableNatTraversal: (t.EnableNatTraversal as boolean | undefined) ?? was?.enableNatTraversal ?? true,
      ike: ikeConfigFrom(subJson(t, 'TunnelIkeConfig', IKE_KEYS), ikeBase),
      ipsec: ipsecConfigFrom(subJson(t, 'TunnelIpsecConfig', IPSEC_KEYS), ipsecBase),
      bgp,
    };
  });
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
