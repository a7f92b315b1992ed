/**
 * Private and public addresses of instances: the VSwitch's free private addresses (the reserved
 * ones skipped) and the sandbox's never-routed public pool.
 */
import { containsIp, intToIp, ipToInt, isIpv4, lastAddress, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { isReservedAddress } from '../../../network-rules/limits';
import { HookPoint } from '../../domain/hooks';
import { defineDerived, type Transaction } from '../../store/store';
import type { VSwitchRecord } from '../../vpc/vswitch/records';
import {
  InvalidPrivateIpAddress,
  InvalidPrivateIpAddressDuplicated,
  InvalidPrivateIpAddressMalformed,
  OperationDeniedNoStock,
  QuotaExceededPrivateIpAddress,
} from './errors';
import { INSTANCES, instanceAddresses, type InstanceRecord } from './records';

export function vswitchCidr(vsw: VSwitchRecord): Cidr {
  const c = parseCidr(vsw.cidrBlock);
  if (!c) throw new Error(`VSwitch ${vsw.id} has an unreadable CIDR block ${vsw.cidrBlock}`);
  return c;
}

/**
 * Other families that hold addresses join the two pools here (a NAT gateway's private address in
 * its VSwitch; EIPs and bandwidth-package addresses in the public pool), so that an instance never
 * gets an address something else already has, and this family never imports them.
 */
export const ADDRESS_HOOKS = {
  /** Private addresses (dotted text) held in the VSwitch by something other than an instance. */
  privateInUse: new HookPoint<[string], Iterable<string>>('address.privateInUse'),
  /** Public addresses (dotted text) held in the region by something other than an instance. */
  publicInUse: new HookPoint<[], Iterable<string>>('address.publicInUse'),
};

/**
 * The private addresses instances hold in one VSwitch (committed rows; see TAKEN_BY_VSWITCH): how
 * many rows hold each address (imported state could hold one twice), and a bitmap of the held
 * ones, 32 addresses a word, so the lowest-free search skips full words instead of visiting every
 * held address.
 */
interface Taken {
  holders: Map<number, number>;
  words: Map<number, number>;
}

function hold(t: Taken, ip: number, delta: 1 | -1): void {
  const n = (t.holders.get(ip) ?? 0) + delta;
  const w = Math.floor(ip / 32);
  const bit = 1 << (ip % 32);
  if (n > 0) {
    t.holders.set(ip, n);
    t.words.set(w, (t.words.get(w) ?? 0) | bit);
  } else {
    t.holders.delete(ip);
    const left = (t.words.get(w) ?? 0) & ~bit;
    if (left === 0) t.words.delete(w);
    else t.words.set(w, left);
  }
}

/**
 * Private addresses held by instances, per VSwitch, kept up to date by the store as rows are
 * committed: a launch reads its VSwitch's entry instead of scanning the region's instances, which
 * made RunInstances about twice as slow at 10,000 instances as at 100.
 */
const TAKEN_BY_VSWITCH = defineDerived<InstanceRecord, Map<string, Taken>>({
  table: INSTANCES,
  name: 'instances.privateAddresses',
  create: () => new Map(),
  add(view, i) {
    if (!i.vswitchId || !i.privateIp) return;
    let t = view.get(i.vswitchId);
    if (!t) view.set(i.vswitchId, (t = { holders: new Map(), words: new Map() }));
    // The primary ENI's secondary addresses are held like the primary one.
    for (const a of instanceAddresses(i)) hold(t, ipToInt(a), 1);
  },
  remove(view, i) {
    const t = i.vswitchId && i.privateIp ? view.get(i.vswitchId) : undefined;
    if (!t) return;
    for (const a of instanceAddresses(i)) hold(t, ipToInt(a), -1);
    if (t.holders.size === 0) view.delete(i.vswitchId);
  },
});

/**
 * The private addresses in use inside a VSwitch as one transaction sees them: committed
 * instances' (the derived view), this transaction's own changes, the ADDRESS_HOOKS holders', and
 * what the caller adds as it hands addresses out.
 */
export class UsedAddresses {
  private readonly extra = new Set<number>();
  /** Committed holders this transaction changed, deleted or left out. */
  private readonly released = new Set<number>();

  constructor(private readonly taken: Taken | undefined) {}

  has(ip: number): boolean {
    if (this.extra.has(ip)) return true;
    return (this.taken?.holders.has(ip) ?? false) && !this.released.has(ip);
  }

  add(ip: number): void {
    this.extra.add(ip);
  }

  /** Drops a committed holder (its row changed in this transaction, or it is left out). */
  release(ip: number): void {
    this.released.add(ip);
  }

  /** The lowest address from `first` to `last` that is not in use, or undefined. */
  lowestFree(first: number, last: number): number | undefined {
    let best: number | undefined;
    for (const ip of this.released) if (ip >= first && ip <= last && (best === undefined || ip < best) && !this.has(ip)) best = ip;
    const end = best ?? last;
    for (let w = Math.floor(first / 32); w * 32 <= end; w++) {
      const bits = this.taken?.words.get(w) ?? 0;
      if (bits === -1) continue; // 32 held addresses
      for (let b = 0; b < 32; b++) {
        const ip = w * 32 + b;
        if (ip < first || (bits & (1 << b)) !== 0) continue;
        if (ip > end) return best;
        if (!this.extra.has(ip)) return ip;
      }
    }
    return best;
  }
}

/** Private addresses in use inside a VSwitch: instances' and those of the ADDRESS_HOOKS holders. */
export function usedAddresses(tx: Transaction, vswitchId: string, except?: string): UsedAddresses {
  const { committed, changes } = tx.derived(TAKEN_BY_VSWITCH);
  const used = new UsedAddresses(committed.get(vswitchId));
  for (const { before, after } of changes) {
    if (before?.vswitchId === vswitchId) for (const a of instanceAddresses(before)) used.release(ipToInt(a));
  }
  for (const { after } of changes) {
    if (after?.vswitchId === vswitchId && after.id !== except) for (const a of instanceAddresses(after)) used.add(ipToInt(a));
  }
  if (except) {
    // Only the primary address is left out: a moving instance keeps no secondary ones (./changes.ts).
    const row = tx.table<InstanceRecord>(INSTANCES).get(except);
    if (row?.vswitchId === vswitchId && row.privateIp) used.release(ipToInt(row.privateIp));
  }
  for (const held of ADDRESS_HOOKS.privateInUse.run(tx, vswitchId)) for (const ip of held) used.add(ipToInt(ip));
  return used;
}

/**
 * The lowest free address of the VSwitch, skipping the reserved ones (the first and the last
 * three) and those in `used`. The real cloud picks any free address; clients must not rely on
 * which, and the sandbox picks the lowest so that runs are reproducible.
 */
export function allocateAddress(vsw: VSwitchRecord, used: UsedAddresses): number {
  const c = vswitchCidr(vsw);
  const ip = used.lowestFree(c.network + 1, lastAddress(c) - 3);
  if (ip !== undefined) return ip;
  throw new QuotaExceededPrivateIpAddress(`VSwitch ${vsw.id} (${vsw.cidrBlock}) has no free private IP address left. Delete instances in it or use another VSwitch.`);
}

/** Checks an explicitly requested address for RunInstances / CreateInstance. */
export function checkRequestedAddress(vsw: VSwitchRecord, text: string, used: UsedAddresses): number {
  if (!isIpv4(text)) {
    throw new InvalidPrivateIpAddressMalformed(`The PrivateIpAddress "${text}" is not a valid IPv4 address (such as 192.168.1.10).`);
  }
  const c = vswitchCidr(vsw);
  const ip = ipToInt(text);
  if (!containsIp(c, ip)) {
    throw new InvalidPrivateIpAddress(`The PrivateIpAddress ${text} is outside the CIDR block ${vsw.cidrBlock} of VSwitch ${vsw.id}: choose an address inside it.`);
  }
  if (isReservedAddress(c, ip)) {
    throw new InvalidPrivateIpAddress(`The PrivateIpAddress ${text} is reserved by the system in VSwitch ${vsw.id} (${vsw.cidrBlock}): the first address and the last three cannot be used.`);
  }
  if (used.has(ip)) {
    throw new InvalidPrivateIpAddressDuplicated(`The PrivateIpAddress ${text} is already used in VSwitch ${vsw.id}. Choose a free address or leave PrivateIpAddress out to get one.`);
  }
  return ip;
}

/**
 * System-allocated public addresses, EIPs and bandwidth-package addresses share one pool: the
 * RFC 5737 documentation ranges (TEST-NET-3, TEST-NET-2, TEST-NET-1) first, then the RFC 2544
 * benchmarking block 198.18.0.0/15. None of them is routed on the Internet, so a sandbox address
 * can never be mistaken for, or reach, a real host. An address is unique within an account and
 * region (the real cloud's are unique globally; the sandbox's regions are separate stores).
 */
const PUBLIC_POOLS: readonly Cidr[] = ['203.0.113.0/24', '198.51.100.0/24', '192.0.2.0/24', '198.18.0.0/15'].map((t) => parseCidr(t)!);

/**
 * Instances' system-allocated public addresses, kept by the store as rows are committed (the same
 * counted bitmap as the private ones): a launch with bandwidth, an EIP that asks for an address,
 * and a DNAT entry's check read it instead of scanning every instance in the region, which made
 * each of them cost O(instances), and a launch of 100 with bandwidth O(100 × instances).
 */
const PUBLIC_TAKEN = defineDerived<InstanceRecord, Taken>({
  table: INSTANCES,
  name: 'instances.publicAddresses',
  create: () => ({ holders: new Map(), words: new Map() }),
  add(t, i) {
    if (i.publicIp && isIpv4(i.publicIp)) hold(t, ipToInt(i.publicIp), 1);
  },
  remove(t, i) {
    if (i.publicIp && isIpv4(i.publicIp)) hold(t, ipToInt(i.publicIp), -1);
  },
});

/**
 * The public addresses in use in the region as one transaction sees them: committed instances'
 * (the derived view), this transaction's own instance changes, the ADDRESS_HOOKS holders' (EIPs,
 * bandwidth packages, VPN gateways: each bounded by its quota, so read whole) and `taken`.
 */
function usedPublic(tx: Transaction, taken?: Iterable<string>): UsedAddresses {
  const { committed, changes } = tx.derived(PUBLIC_TAKEN);
  const used = new UsedAddresses(committed);
  for (const { before } of changes) if (before?.publicIp && isIpv4(before.publicIp)) used.release(ipToInt(before.publicIp));
  for (const { after } of changes) if (after?.publicIp && isIpv4(after.publicIp)) used.add(ipToInt(after.publicIp));
  for (const held of ADDRESS_HOOKS.publicInUse.run(tx)) for (const ip of held) if (ip && isIpv4(ip)) used.add(ipToInt(ip));
  for (const ip of taken ?? []) used.add(ipToInt(ip));
  return used;
}

/** Every public address held in the region: instances' system addresses and the hooks' holders. */
export function publicAddressesInUse(tx: Transaction): { has(address: string): boolean } {
  const used = usedPublic(tx);
  return { has: (address) => isIpv4(address) && used.has(ipToInt(address)) };
}

/** The lowest free public address; `taken` collects what this transaction already handed out. */
export function allocatePublicIp(tx: Transaction, taken: Set<string>): string {
  const used = usedPublic(tx, taken);
  for (const pool of PUBLIC_POOLS) {
    // Neither the pool's network address nor its broadcast address is handed out.
    const ip = used.lowestFree(pool.network + 1, lastAddress(pool) - 1);
    if (ip !== undefined) {
      const text = intToIp(ip);
      taken.add(text);
      return text;
    }
  }
  throw new OperationDeniedNoStock('The sandbox has no public IP addresses left in this region (it hands out the RFC 5737 documentation ranges and 198.18.0.0/15). Use InternetMaxBandwidthOut=0, or release EIPs and instances that hold one.');
}
