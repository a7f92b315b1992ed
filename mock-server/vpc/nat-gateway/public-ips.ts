/**
 * A NAT gateway's public addresses: EIPs bound to it (InstanceType=Nat) and the addresses of its
 * bandwidth packages. Both behave the same in IpLists, SNAT and DNAT; this is the one place that
 * knows both kinds.
 */
import type { Transaction } from '../../store/store';
import { BANDWIDTH_PACKAGES, type BandwidthPackageRecord } from '../bandwidth-package/records';
import { currentStatus } from '../../domain/lifecycle';
import { EIPS, type EipRecord } from '../eip/records';

export interface NatPublicIp {
  ipAddress: string;
  allocationId: string;
  /** Where it comes from: a bound EIP, or a bandwidth package (with its id). */
  source: 'Eip' | 'BandwidthPackage';
  bandwidthPackageId?: string;
  /** False while an EIP is still Associating (SNAT/DNAT must wait until it is InUse). */
  ready: boolean;
}

export function publicIpsOf(tx: Transaction, natGatewayId: string): NatPublicIp[] {
  const out: NatPublicIp[] = [];
  for (const e of tx.table<EipRecord>(EIPS).all()) {
    if (e.binding?.instanceType === 'Nat' && e.binding.instanceId === natGatewayId) {
      out.push({ ipAddress: e.ipAddress, allocationId: e.id, source: 'Eip', ready: currentStatus(e.lifecycle, tx.now) === 'InUse' });
    }
  }
  for (const p of tx.table<BandwidthPackageRecord>(BANDWIDTH_PACKAGES).all()) {
    if (p.natGatewayId !== natGatewayId) continue;
    const ready = currentStatus(p.lifecycle, tx.now) === 'Available';
    for (const a of p.addresses) out.push({ ipAddress: a.ipAddress, allocationId: a.allocationId, source: 'BandwidthPackage', bandwidthPackageId: p.id, ready });
  }
  return out;
}
