/** What the DNAT family stores: entries of NAT gateways' DNAT (forward) tables. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Row } from '../../store/state-backend';

export const FORWARD_ENTRIES = 'forwardEntries';

export interface ForwardEntryRecord extends Row {
  /** ForwardEntryId (`fwd-…`). */
  id: string;
  forwardTableId: string;
  natGatewayId: string;
  externalIp: string;
  /** 'Any', a port ('80') or a range ('80/90'), as the API shows it. */
  externalPort: string;
  internalIp: string;
  internalPort: string;
  /** 'tcp', 'udp' or 'any' (IP mapping). */
  ipProtocol: string;
  name: string;
  portBreak: boolean;
  createdAt: number;
  /** Pending → Available; Modifying → Available after ModifyForwardEntry. */
  lifecycle: Lifecycle;
}
