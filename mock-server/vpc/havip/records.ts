/** What the HaVip family stores, and the queries other families read (the trace follows a HaVip route to its master). */
import { currentStatus, type Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const HAVIPS = 'haVips';

/** What a HaVip is associated with: ECS instances or secondary ENIs, never both at once. */
export type HaVipInstanceType = 'EcsInstance' | 'NetworkInterface';

export interface HaVipRecord extends Row {
  /** `havip-…` */
  id: string;
  vpcId: string;
  vswitchId: string;
  /** The private address, from the VSwitch's pool (the one instances and ENIs draw from). */
  ipAddress: string;
  name: string;
  description: string;
  resourceGroupId: string;
  /** The type of the associated instances ('' while none). */
  instanceType: HaVipInstanceType | '';
  /**
   * Associated instances (or ENIs), in association order. The first is the master: the one that
   * holds the address and receives the traffic routed to the HaVip. (On the real cloud the master
   * is elected by ARP from the software running on the instances, keepalived and the like; the
   * sandbox has no such software, so the first associated one is the master, and when it leaves
   * the next one takes over.)
   */
  instanceIds: string[];
  createdAt: number;
  /** Available or InUse with the phases of the last change (Creating, Associating, Unassociating). */
  lifecycle: Lifecycle;
  tags: Tags;
}

export function haVips(tx: Transaction) {
  return tx.table<HaVipRecord>(HAVIPS);
}

export function haVipStatus(h: HaVipRecord, now: number): string {
  return currentStatus(h.lifecycle, now);
}

/** The master instance (or ENI), '' while nothing is associated. */
export function masterOf(h: HaVipRecord): string {
  return h.instanceIds[0] ?? '';
}

/** HaVips associated with an instance or ENI. */
export function haVipsAssociatedWith(tx: Transaction, instanceId: string): HaVipRecord[] {
  return haVips(tx).filter((h) => h.instanceIds.includes(instanceId));
}
