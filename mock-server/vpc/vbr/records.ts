/** What the VBR family stores. */
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const VBRS = 'virtualBorderRouters';

export interface VbrRecord extends Row {
  id: string;
  physicalConnectionId: string;
  accessPointId: string;
  vlanId: number;
  /**
   * The VBR's own interface towards the leased line (the guide's RI3): the next hop of VBR
   * routes to the IDC.
   */
  vlanInterfaceId: string;
  /** The VBR's route table (vtb-…), created and deleted with it. */
  routeTableId: string;
  name: string;
  description: string;
  localGatewayIp: string;
  peerGatewayIp: string;
  peeringSubnetMask: string;
  circuitCode: string;
  /**
   * IPv6 on the VBR and the BFD/MTU/bandwidth settings: stored and read back as the real API does;
   * the sandbox routes no IPv6 over a VBR and runs no BFD (optional: rows written before they
   * were stored read back as the real defaults).
   */
  enableIpv6?: boolean;
  localIpv6GatewayIp?: string;
  peerIpv6GatewayIp?: string;
  peeringIpv6SubnetMask?: string;
  bandwidth?: number;
  detectMultiplier?: number;
  minRxInterval?: number;
  minTxInterval?: number;
  mtu?: number;
  sitelinkEnable?: boolean;
  resourceGroupId?: string;
  /** active (the real unconfirmed/terminated states are not simulated). */
  status: string;
  createdAt: number;
  tags: Tags;
}
