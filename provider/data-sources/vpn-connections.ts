/**
 * alicloud_vpn_connections and alicloud_vpn_customer_gateways — VPC DescribeVpnConnections /
 * DescribeCustomerGateways (PageSize 50 loop); connections are narrowed on the server by VPN and
 * customer gateway, both locally by ids and name_regex, as aliyun/alicloud lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { str, unwrapList } from '../shared/values';
import { LIST_BASICS, pages, textOf as text, timestampText } from './common';
import { finishListing, localFilter } from './listing';

const S = 'string' as const;
const N = 'number' as const;
const sub = (keys: { [name: string]: AttrType }): AttrType => ['list', ['object', keys]];

const CONNECTION_OBJECT: { [name: string]: AttrType } = {
  id: S, customer_gateway_id: S, vpn_gateway_id: S, name: S, local_subnet: S, remote_subnet: S, create_time: S, effect_immediately: 'bool', status: S,
  enable_dpd: 'bool', enable_nat_traversal: 'bool', enable_tunnels_bgp: 'bool',
  ipsec_config: sub({ ipsec_enc_alg: S, ipsec_auth_alg: S, ipsec_pfs: S, ipsec_lifetime: N }),
  ike_config: sub({ psk: S, ike_version: S, ike_mode: S, ike_enc_alg: S, ike_auth_alg: S, ike_pfs: S, ike_lifetime: N, ike_local_id: S, ike_remote_id: S }),
  vco_health_check: sub({ status: S, dip: S, interval: N, retry: N, sip: S, enable: S }),
  // The docs page calls it health_check_config; the real schema vco_health_check. Both are served.
  health_check_config: sub({ status: S, dip: S, interval: N, retry: N, sip: S, enable: S }),
  vpn_bgp_config: sub({ status: S, peer_bgp_ip: S, peer_asn: N, local_asn: N, auth_key: S, tunnel_cidr: S, local_bgp_ip: S }),
  tunnel_options_specification: sub({
    role: S, status: S, customer_gateway_id: S, internet_ip: S, state: S, enable_nat_traversal: 'bool', tunnel_id: S, enable_dpd: 'bool', zone_no: S,
    tunnel_ike_config: sub({ ike_auth_alg: S, local_id: S, ike_enc_alg: S, ike_version: S, ike_mode: S, ike_lifetime: N, psk: S, remote_id: S, ike_pfs: S }),
    tunnel_bgp_config: sub({ local_asn: S, tunnel_cidr: S, bgp_status: S, peer_bgp_ip: S, peer_asn: S, local_bgp_ip: S }),
    tunnel_ipsec_config: sub({ ipsec_pfs: S, ipsec_enc_alg: S, ipsec_auth_alg: S, ipsec_lifetime: N }),
  }),
};

export const vpnConnectionsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  vpn_gateway_id: { type: 'string', optional: true, description: 'Only the connections of this VPN gateway.' },
  customer_gateway_id: { type: 'string', optional: true, description: 'Only the connections to this customer gateway.' },
  connections: { type: ['list', ['object', CONNECTION_OBJECT]], computed: true, description: 'The IPsec connections found.' },
};

const int = (v: unknown): number => (Number.isFinite(Number(v)) ? Number(v) : 0);
const flag = (v: unknown): boolean => v === true || v === 'true';

function tunnels(spec: any): ObjectValue[] {
  const rows: any[] = Array.isArray(spec?.TunnelOptions) ? spec.TunnelOptions : unwrapList(spec?.TunnelOptions, 'TunnelOption');
  return rows.map((t) => {
    const ike = t.TunnelIkeConfig;
    const bgp = t.TunnelBgpConfig;
    const ipsec = t.TunnelIpsecConfig;
    // The real provider leaves a sub-block out when the API returns it empty.
    const has = (o: any) => o && Object.keys(o).length > 0;
    return {
      role: text(t.Role), status: text(t.Status), customer_gateway_id: text(t.CustomerGatewayId), internet_ip: text(t.InternetIp), state: text(t.State),
      enable_nat_traversal: flag(t.EnableNatTraversal), tunnel_id: text(t.TunnelId), enable_dpd: flag(t.EnableDpd), zone_no: text(t.ZoneNo),
      tunnel_ike_config: has(ike)
        ? [{ ike_auth_alg: text(ike.IkeAuthAlg), local_id: text(ike.LocalId), ike_enc_alg: text(ike.IkeEncAlg), ike_version: text(ike.IkeVersion), ike_mode: text(ike.IkeMode),
            ike_lifetime: int(ike.IkeLifetime), psk: text(ike.Psk), remote_id: text(ike.RemoteId), ike_pfs: text(ike.IkePfs) }]
        : [],
      tunnel_bgp_config: has(bgp)
        ? [{ local_asn: text(bgp.LocalAsn), tunnel_cidr: text(bgp.TunnelCidr), bgp_status: text(bgp.BgpStatus), peer_bgp_ip: text(bgp.PeerBgpIp), peer_asn: text(bgp.PeerAsn), local_bgp_ip: text(bgp.LocalBgpIp) }]
        : [],
      tunnel_ipsec_config: has(ipsec)
        ? [{ ipsec_pfs: text(ipsec.IpsecPfs), ipsec_enc_alg: text(ipsec.IpsecEncAlg), ipsec_auth_alg: text(ipsec.IpsecAuthAlg), ipsec_lifetime: int(ipsec.IpsecLifetime) }]
        : [],
    };
  });
}

export const vpnConnectionsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpn_connections',
  schema: { description: 'Lists IPsec-VPN connections in the region.', attributes: vpnConnectionsAttributes },

  async read(ctx, config) {
    const params = { VpnGatewayId: str(config.vpn_gateway_id), CustomerGatewayId: str(config.customer_gateway_id) };
    const raw = await pages(ctx, 'vpc', 'DescribeVpnConnections', params, (out) => unwrapList(out?.VpnConnections, 'VpnConnection'));
    const rows = localFilter(config, raw.map((c: any) => ({ id: String(c.VpnConnectionId), name: String(c.Name ?? ''), raw: c })));
    const items: ObjectValue[] = rows.map(({ raw: c }) => {
      const ike = c.IkeConfig ?? {};
      const ipsec = c.IpsecConfig ?? {};
      const vco = c.VcoHealthCheck ?? {};
      const bgp = c.VpnBgpConfig ?? {};
      const health = [{ status: text(vco.Status), dip: text(vco.Dip), interval: int(vco.Interval), retry: int(vco.Retry), sip: text(vco.Sip), enable: text(vco.Enable) }];
      return {
        id: c.VpnConnectionId,
        customer_gateway_id: text(c.CustomerGatewayId),
        vpn_gateway_id: text(c.VpnGatewayId),
        name: text(c.Name),
        local_subnet: text(c.LocalSubnet),
        remote_subnet: text(c.RemoteSubnet),
        create_time: timestampText(c.CreateTime),
        effect_immediately: flag(c.EffectImmediately),
        status: text(c.Status),
        enable_dpd: flag(c.EnableDpd),
        enable_nat_traversal: flag(c.EnableNatTraversal),
        enable_tunnels_bgp: flag(c.EnableTunnelsBgp),
        ike_config: [{ psk: text(ike.Psk), ike_version: text(ike.IkeVersion), ike_mode: text(ike.IkeMode), ike_enc_alg: text(ike.IkeEncAlg), ike_auth_alg: text(ike.IkeAuthAlg),
          ike_pfs: text(ike.IkePfs), ike_lifetime: int(ike.IkeLifetime), ike_local_id: text(ike.LocalId), ike_remote_id: text(ike.RemoteId) }],
        ipsec_config: [{ ipsec_enc_alg: text(ipsec.IpsecEncAlg), ipsec_auth_alg: text(ipsec.IpsecAuthAlg), ipsec_pfs: text(ipsec.IpsecPfs), ipsec_lifetime: int(ipsec.IpsecLifetime) }],
        vco_health_check: health,
        health_check_config: health,
        vpn_bgp_config: [{ status: text(bgp.Status), peer_bgp_ip: text(bgp.PeerBgpIp), peer_asn: int(bgp.PeerAsn), local_asn: int(bgp.LocalAsn), auth_key: text(bgp.AuthKey),
          tunnel_cidr: text(bgp.TunnelCidr), local_bgp_ip: text(bgp.LocalBgpIp) }],
        tunnel_options_specification: tunnels(c.TunnelOptionsSpecification),
      };
    });
    return finishListing(vpnConnectionsAttributes, config, 'connections', items, rows);
  },
};

const CUSTOMER_GATEWAY_OBJECT: { [name: string]: AttrType } = { id: S, name: S, ip_address: S, description: S, create_time: S, asn: N };

export const vpnCustomerGatewaysAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  gateways: { type: ['list', ['object', CUSTOMER_GATEWAY_OBJECT]], computed: true, description: 'The customer gateways found.' },
};

export const vpnCustomerGatewaysDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpn_customer_gateways',
  schema: { description: 'Lists VPN customer gateways in the region.', attributes: vpnCustomerGatewaysAttributes },

  async read(ctx, config) {
    const raw = await pages(ctx, 'vpc', 'DescribeCustomerGateways', {}, (out) => unwrapList(out?.CustomerGateways, 'CustomerGateway'));
    const rows = localFilter(config, raw.map((g: any) => ({ id: String(g.CustomerGatewayId), name: String(g.Name ?? ''), raw: g })));
    const items: ObjectValue[] = rows.map(({ raw: g }) => ({
      id: g.CustomerGatewayId,
      name: text(g.Name),
      ip_address: text(g.IpAddress),
      description: text(g.Description),
      create_time: timestampText(g.CreateTime),
      asn: int(g.Asn),
    }));
    return finishListing(vpnCustomerGatewaysAttributes, config, 'gateways', items, rows);
  },
};
