/**
 * Who holds private addresses in VSwitches. AvailableIpAddressCount is the block's usable size less
 * every address something holds; instances hold one each, an Enhanced NAT gateway holds one in the
 * VSwitch it sits in, and a later family (ENIs, HaVips) holds its own. Each holder family binds to
 * `VSWITCH_ADDRESS_HOOKS.holders` from its registration, so this family counts them without
 * importing any of them.
 */
import { HookPoint } from '../../domain/hooks';
import type { Transaction } from '../../store/store';

export interface AddressHolding {
  /** The ResourceType DescribeVSwitchAttributes lists in CloudResources (omitted: counted only). */
  resourceType?: string;
  /** Addresses held, per VSwitch ID. */
  perVSwitch: ReadonlyMap<string, number>;
}

export const VSWITCH_ADDRESS_HOOKS = {
  holders: new HookPoint<[], AddressHolding>('vswitch.addressHolders'),
};

export interface AddressUse {
  /** Addresses held per VSwitch, all holders together. */
  used: Map<string, number>;
  /** The holders that name a ResourceType, for CloudResources. */
  byType: Array<{ resourceType: string; perVSwitch: ReadonlyMap<string, number> }>;
}

/** Counted once for a whole listing: each holder walks its table once. */
export function addressUse(tx: Transaction): AddressUse {
  const used = new Map<string, number>();
  const byType: AddressUse['byType'] = [];
  for (const h of VSWITCH_ADDRESS_HOOKS.holders.run(tx)) {
    for (const [vsw, n] of h.perVSwitch) used.set(vsw, (used.get(vsw) ?? 0) + n);
    if (h.resourceType) byType.push({ resourceType: h.resourceType, perVSwitch: h.perVSwitch });
  }
  return { used, byType };
}

/** Counts rows per VSwitch: the usual way a holder answers. */
export function countPerVSwitch<T>(rows: Iterable<T>, vswitchOf: (row: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = vswitchOf(r);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
