/** What the VPN gateway family stores. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const VPN_GATEWAYS = 'vpnGateways';

export interface VpnGatewayRecord extends Row {
  id: string;
  vpcId: string;
  vswitchId: string;
  /** The dual-tunnel gateway's second VSwitch ('' when none; older records lack it). */
  disasterRecoveryVSwitchId?: string;
  name: string;
  description: string;
  /** Peak bandwidth in Mbit/s (Spec shows it as "<n>M"). */
  bandwidth: number;
  /** The public address IDC gateways connect to. */
  internetIp: string;
  chargeType: 'Prepay' | 'PostpayByFlow';
  enableIpsec: boolean;
  enableSsl: boolean;
  sslConnections: number;
  networkType: 'public' | 'private';
  vpnType: string;
  autoPropagate: boolean;
  resourceGroupId: string;
  createdAt: number;
  /** init → active. */
  lifecycle: Lifecycle;
  tags: Tags;
}
