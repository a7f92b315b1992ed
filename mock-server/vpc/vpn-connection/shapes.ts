/** How VPN connections and VPN route entries appear in responses. Times are epoch milliseconds. */
import { vpcTagsShape } from '../../actions/tags';
import type { Transaction } from '../../store/store';
import { VPN_GATEWAYS, type VpnGatewayRecord } from '../vpn-gateway/records';
import { bgpShape, healthCheckShape } from './bgp-health';
import { vpnConnectionState } from './domain';
import { tunnelsShape } from './tunnels';
import type { VpnConnectionRecord, VpnRouteEntryRecord } from './records';

export function vpnConnectionShape(tx: Transaction, c: VpnConnectionRecord) {
  const state = vpnConnectionState(c, tx.now);
  return {
    VpnConnectionId: c.id,
    VpnGatewayId: c.vpnGatewayId,
    CustomerGatewayId: c.customerGatewayId,
    Name: c.name,
    LocalSubnet: c.localSubnet,
    RemoteSubnet: c.remoteSubnet,
    CreateTime: c.createdAt,
    EffectImmediately: c.effectImmediately,
    // No IDC negotiates with the sandbox: an active connection is reported as established.
    Status: state === 'active' ? 'ipsec_sa_established' : 'ike_sa_not_established',
    State: state,
    EnableDpd: c.enableDpd,
    EnableNatTraversal: c.enableNatTraversal,
    AutoConfigRoute: c.autoConfigRoute,
    NetworkType: c.networkType ?? 'public',
    ResourceGroupId: c.resourceGroupId,
    IkeConfig: { ...c.ike },
    IpsecConfig: { ...c.ipsec },
    VpnBgpConfig: bgpShape(c.bgp),
    VcoHealthCheck: healthCheckShape(c.healthCheck),
    EnableTunnelsBgp: c.enableTunnelsBgp ?? false,
    ...(c.tunnels ? { TunnelOptionsSpecification: tunnelsShape(tx.table<VpnGatewayRecord>(VPN_GATEWAYS).get(c.vpnGatewayId), c.tunnels, state === 'active') } : {}),
    Tag: vpcTagsShape(c.tags),
    Tags: vpcTagsShape(c.tags),
  };
}

/**
 * ModifyVpnConnectionAttribute answers with the connection as DescribeVpnConnection shows it, but
 * the two actions type a tunnel's BGP ASNs differently: strings in the Describe answer, numbers in
 * the Modify one (as the official SDK's response models have them). No BGP session runs in the
 * sandbox, so there is no peer ASN or BGP status to report: they are left out of the Modify answer
 * rather than sent as "", which a typed SDK would read as a null number.
 */
export function modifiedVpnConnectionShape(tx: Transaction, c: VpnConnectionRecord) {
  const shape = vpnConnectionShape(tx, c);
  if (!shape.TunnelOptionsSpecification) return shape;
  const TunnelOptions = shape.TunnelOptionsSpecification.TunnelOptions.map((t) => {
    const { PeerAsn: _peer, BgpStatus: _status, LocalAsn, ...bgp } = t.TunnelBgpConfig;
    const asn = LocalAsn === '' || LocalAsn === undefined ? NaN : Number(LocalAsn);
    return { ...t, TunnelBgpConfig: { ...bgp, ...(Number.isFinite(asn) ? { LocalAsn: asn } : {}) } };
  });
  return { ...shape, TunnelOptionsSpecification: { TunnelOptions } };
}

export function vpnRouteEntryShape(e: VpnRouteEntryRecord) {
  return {
    VpnInstanceId: e.vpnGatewayId,
    RouteDest: e.routeDest,
    NextHop: e.nextHop,
    Weight: e.weight,
    State: e.publishVpc ? 'published' : 'normal',
    CreateTime: e.createdAt,
    RouteEntryType: 'custom',
    Description: e.description,
    OverlayMode: e.overlayMode,
  };
}
