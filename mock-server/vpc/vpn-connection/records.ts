/** What the VPN connection family stores: IPsec connections and the VPN gateways' route entries. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const VPN_CONNECTIONS = 'vpnConnections';
export const VPN_ROUTE_ENTRIES = 'vpnRouteEntries';

/** Phase-1 (IKE) settings, keyed as the API's IkeConfig JSON. */
export interface IkeConfig {
  IkeVersion: string;
  IkeMode: string;
  IkeEncAlg: string;
  IkeAuthAlg: string;
  IkePfs: string;
  IkeLifetime: number;
  LocalId: string;
  RemoteId: string;
  Psk: string;
}

/** Phase-2 (IPsec) settings, keyed as the API's IpsecConfig JSON. */
export interface IpsecConfig {
  IpsecEncAlg: string;
  IpsecAuthAlg: string;
  IpsecPfs: string;
  IpsecLifetime: number;
}

/** BgpConfig of a single-tunnel connection: stored configuration, no BGP session (bgp-health.ts). */
export interface VpnBgpSettings {
  enable: boolean;
  localAsn: string;
  tunnelCidr: string;
  localBgpIp: string;
}

/** HealthCheckConfig of a single-tunnel connection: stored configuration, no probes run. */
export interface VpnHealthCheckSettings {
  enable: boolean;
  sip: string;
  dip: string;
  interval: number;
  retry: number;
  policy: string;
}

/**
 * One tunnel of a dual-tunnel connection (CreateVpnConnection TunnelOptionsSpecification.N):
 * stored configuration shown back by DescribeVpnConnection. No IDC negotiates with the sandbox,
 * so each tunnel is reported active and established, and no BGP session runs on it.
 */
export interface VpnTunnel {
  tunnelId: string;
  customerGatewayId: string;
  /** master or slave. */
  role: string;
  enableDpd: boolean;
  enableNatTraversal: boolean;
  ike: IkeConfig;
  ipsec: IpsecConfig;
  bgp: { localAsn: string; localBgpIp: string; tunnelCidr: string };
}

export interface VpnConnectionRecord extends Row {
  id: string;
  vpnGatewayId: string;
  customerGatewayId: string;
  name: string;
  /** The VPC side's blocks, comma-separated, normalised. */
  localSubnet: string;
  /** The IDC side's blocks. */
  remoteSubnet: string;
  effectImmediately: boolean;
  enableDpd: boolean;
  enableNatTraversal: boolean;
  autoConfigRoute: boolean;
  ike: IkeConfig;
  ipsec: IpsecConfig;
  /** Absent on connections stored before these were kept: the defaults then. */
  bgp?: VpnBgpSettings;
  healthCheck?: VpnHealthCheckSettings;
  /** Dual-tunnel connections only; customerGatewayId is then the master tunnel's. */
  tunnels?: VpnTunnel[];
  /** EnableTunnelsBgp: stored configuration (no BGP session runs). */
  enableTunnelsBgp?: boolean;
  /** NetworkType: recorded only (absent on older records: public). */
  networkType?: 'public' | 'private';
  resourceGroupId: string;
  createdAt: number;
  /** State: init → active. */
  lifecycle: Lifecycle;
  tags: Tags;
}

export interface VpnRouteEntryRecord extends Row {
  id: string;
  vpnGatewayId: string;
  routeDest: string;
  /** The VPN connection (vco-…) traffic to routeDest leaves through. */
  nextHop: string;
  /** 100 = active route, 0 = standby. */
  weight: number;
  publishVpc: boolean;
  description: string;
  overlayMode: string;
  createdAt: number;
}
