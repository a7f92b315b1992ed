/** What the SNAT family stores: entries of NAT gateways' SNAT tables. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Row } from '../../store/state-backend';

export const SNAT_ENTRIES = 'snatEntries';

export interface SnatEntryRecord extends Row {
  /** SnatEntryId (`snat-…`). */
  id: string;
  snatTableId: string;
  natGatewayId: string;
  /** The public addresses (SnatIp is a comma-separated list on the wire). */
  snatIps: string[];
  /** Exactly one of the two is set: a VSwitch (all its instances) or a CIDR block. */
  sourceVSwitchId: string;
  sourceCidr: string;
  name: string;
  eipAffinity: number;
  createdAt: number;
  /** Pending → Available. */
  lifecycle: Lifecycle;
}
