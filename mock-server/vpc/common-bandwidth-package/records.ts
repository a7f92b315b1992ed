/**
 * What the common-bandwidth-package family stores: EIP bandwidth plans (Internet Shared
 * Bandwidth, `cbwp-…`), and which EIPs share each plan's bandwidth. Membership lives on the
 * package row (an EIP is in at most one package, so a scan of the region's packages answers
 * "which package is this EIP in"), which keeps the EIP family free of this one.
 */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const COMMON_BANDWIDTH_PACKAGES = 'commonBandwidthPackages';

/** One EIP in a package. */
export interface CbwpIp {
  allocationId: string;
  /**
   * The EIP's own cap inside the package (ModifyCommonBandwidthPackageIpBandwidth), Mbit/s;
   * absent when it may use the whole package (never set, or CancelCommonBandwidthPackageIpBandwidth).
   */
  bandwidth?: number;
  /** BINDING → BINDED after AddCommonBandwidthPackageIp(s). */
  lifecycle: Lifecycle;
}

export interface CbwpRecord extends Row {
  /** BandwidthPackageId (`cbwp-…`). */
  id: string;
  name: string;
  description: string;
  /** Mbit/s shared by the package's EIPs. */
  bandwidth: number;
  isp: string;
  internetChargeType: string;
  /** The minimum-commitment percentage (PayBy95); recorded and shown, not billed. */
  ratio: number;
  zone: string;
  resourceGroupId: string;
  securityProtectionTypes: string[];
  deletionProtection: boolean;
  ips: CbwpIp[];
  createdAt: number;
  /** Pending → Available after a create or a spec change. */
  lifecycle: Lifecycle;
  tags: Tags;
}

export function cbwpTable(tx: Transaction) {
  return tx.table<CbwpRecord>(COMMON_BANDWIDTH_PACKAGES);
}

/** The package an EIP is in, if any (an EIP is in at most one). */
export function packageOfEip(tx: Transaction, allocationId: string): { pkg: CbwpRecord; ip: CbwpIp } | undefined {
  for (const pkg of cbwpTable(tx).all()) {
    const ip = pkg.ips.find((i) => i.allocationId === allocationId);
    if (ip) return { pkg, ip };
  }
  return undefined;
}
