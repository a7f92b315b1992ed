/** What the bandwidth-package family stores: the guide's NAT shared bandwidth packages. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Row } from '../../store/state-backend';

export const BANDWIDTH_PACKAGES = 'bandwidthPackages';

export interface BandwidthPackageAddress {
  /** Each address has its own allocation id (`eip-…`), as IpLists shows it. */
  allocationId: string;
  ipAddress: string;
}

export interface BandwidthPackageRecord extends Row {
  /** BandwidthPackageId (`bwp-…`). */
  id: string;
  natGatewayId: string;
  /** Mbit/s shared by the package's addresses. */
  bandwidth: number;
  name: string;
  description: string;
  zoneId: string;
  isp: string;
  internetChargeType: string;
  addresses: BandwidthPackageAddress[];
  createdAt: number;
  /** Creating → Available. */
  lifecycle: Lifecycle;
}
