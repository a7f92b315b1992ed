/**
 * Private and public addresses of instances: the VSwitch's free private addresses (the reserved
 * ones skipped) and the sandbox's never-routed public pool.
 */
import { containsIp, intToIp, ipToInt, isIpv4, lastAddress, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { isReservedAddress } from '../../../network-rules/limits';
import { HookPoint } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import type { VSwitchRecord } from '../../vpc/vswitch/records';
import {
  InvalidPrivateIpAddress,
  InvalidPrivateIpAddressDuplicated,
  InvalidPrivateIpAddressMalformed,
  OperationDeniedNoStock,
  QuotaExceededPrivateIpAddress,
} from './errors';
import { INSTANCES, INSTANCES_BY_VSWITCH, type InstanceRecord } from './records';

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

/** Each stored instance row's private address as a number (see usedAddresses). */
const parsedPrivateIp = new WeakMap<InstanceRecord, number>();

/** Private addresses in use inside a VSwitch: instances' and those of the ADDRESS_HOOKS holders. */
export function usedAddresses(tx: Transaction, vswitchId: string, except?: string): Set<number> {
  const used = new Set<number>();
  // Hot with thousands of instances (every launch reads it): only the VSwitch's instances (an
  // index, not a scan of the region), and each row's address is parsed once in its life (rows are
  // frozen; a change puts a new row), not once per launch.
  for (const i of tx.table<InstanceRecord>(INSTANCES).where(INSTANCES_BY_VSWITCH, vswitchId)) {
    if (!i.privateIp || i.id === except) continue;
    let ip = parsedPrivateIp.get(i);
    if (ip === undefined) parsedPrivateIp.set(i, (ip = ipToInt(i.privateIp)));
    used.add(ip);
  }
  for (const held of ADDRESS_HOOKS.privateInUse.run(tx, vswitchId)) for (const ip of held) used.add(ipToInt(ip));
  return used;
}

/**
 * The lowest free address of the VSwitch, skipping the reserved ones (the first and the last
 * three) and those in `used`. The real cloud picks any free address; clients must not rely on
 * which, and the sandbox picks the lowest so that runs are reproducible.
 */
export function allocateAddress(vsw: VSwitchRecord, used: Set<number>): number {
  const c = vswitchCidr(vsw);
  const last = lastAddress(c) - 3;
  for (let ip = c.network + 1; ip <= last; ip++) {
    if (!used.has(ip)) return ip;
  }
  throw new QuotaExceededPrivateIpAddress(`VSwitch ${vsw.id} (${vsw.cidrBlock}) has no free private IP address left. Delete instances in it or use another VSwitch.`);
}

/** Checks an explicitly requested address for RunInstances / CreateInstance. */
export function checkRequestedAddress(vsw: VSwitchRecord, text: string, used: Set<number>): number {
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

/** Every public address held in the region: instances' system addresses and the hooks' holders. */
export function publicAddressesInUse(tx: Transaction, into: Set<string> = new Set()): Set<string> {
  for (const i of tx.table<InstanceRecord>(INSTANCES).all()) if (i.publicIp) into.add(i.publicIp);
  for (const held of ADDRESS_HOOKS.publicInUse.run(tx)) for (const ip of held) into.add(ip);
  return into;
}

/** The lowest free public address; `taken` collects what this transaction already handed out. */
export function allocatePublicIp(tx: Transaction, taken: Set<string>): string {
  publicAddressesInUse(tx, taken);
  for (const pool of PUBLIC_POOLS) {
    for (let ip = pool.network + 1; ip < lastAddress(pool); ip++) {
      const text = intToIp(ip);
      if (!taken.has(text)) {
        taken.add(text);
        return text;
      }
    }
  }
  throw new OperationDeniedNoStock('The sandbox has no public IP addresses left in this region (it hands out the RFC 5737 documentation ranges and 198.18.0.0/15). Use InternetMaxBandwidthOut=0, or release EIPs and instances that hold one.');
}
