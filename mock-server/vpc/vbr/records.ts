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
  /** active (the real unconfirmed/terminated states are not simulated). */
  status: string;
  createdAt: number;
  tags: Tags;
}
