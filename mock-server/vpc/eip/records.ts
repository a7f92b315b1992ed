/** What the EIP family stores, and the one query other families need (what is bound to X). */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const EIPS = 'eips';

/** What an EIP can be bound to in the sandbox (the real API also knows SlbInstance, IpAddress …); HaVip comes from the HaVip family. */
export type EipInstanceType = 'EcsInstance' | 'Nat' | 'NetworkInterface' | 'HaVip';

export interface EipBinding {
  instanceId: string;
  instanceType: EipInstanceType;
  /** The bound instance's or ENI's primary private address ('' for a NAT gateway). */
  privateIpAddress: string;
  vpcId: string;
}

export interface EipRecord extends Row {
  /** AllocationId (`eip-…`). */
  id: string;
  ipAddress: string;
  name: string;
  description: string;
  /** Mbit/s; the API shows it as a string. */
  bandwidth: number;
  internetChargeType: string;
  isp: string;
  netmode: string;
  resourceGroupId: string;
  /** Anti-DDoS editions asked for at allocation (AntiDDoS_Enhanced): recorded and shown, not simulated. */
  securityProtectionTypes?: string[];
  /** Set by DeletionProtection (Type EIP): a protected EIP cannot be released. */
  deletionProtection?: boolean;
  /**
   * The binding mode from AssociateEipAddress or ModifyEipForwardMode: NAT (the default),
   * MULTI_BINDED or BINDED. Recorded and shown; the sandbox routes every mode as NAT mode (no
   * address appears on the instance's NIC), see the README's differences.
   */
  mode?: string;
  /** The zone asked for at allocation (Zone), recorded and shown; the address pool is regional. */
  zone?: string;
  /** SetHighDefinitionMonitorLogStatus: recorded and shown; the sandbox writes no logs. */
  hdMonitor?: { status: string; logProject: string; logStore: string };
  createdAt: number;
  /**
   * Available, or the phases of the last change: Associating → InUse after AssociateEipAddress,
   * Unassociating → Available after UnassociateEipAddress.
   */
  lifecycle: Lifecycle;
  /** Set from AssociateEipAddress until UnassociateEipAddress. */
  binding?: EipBinding;
  tags: Tags;
}

/** The EIP bound to an instance or NAT gateway, if any. */
export function eipsBoundTo(tx: Transaction, instanceId: string): EipRecord[] {
  return tx.table<EipRecord>(EIPS).filter((e) => e.binding?.instanceId === instanceId);
}
