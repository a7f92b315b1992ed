/** What the customer gateway family stores. */
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const CUSTOMER_GATEWAYS = 'customerGateways';

export interface CustomerGatewayRecord extends Row {
  id: string;
  /** The IDC gateway's public IPv4 address, unique per account and region. */
  ipAddress: string;
  name: string;
  description: string;
  /** BGP AS number ('' when not given). */
  asn: string;
  authKey: string;
  resourceGroupId: string;
  createdAt: number;
  tags: Tags;
}
