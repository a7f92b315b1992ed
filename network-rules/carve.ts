/**
 * Carving VSwitch blocks out of a VPC block: the smallest mask for a host count, and the lowest
 * free aligned block of a mask. Pure, on ./cidr's blocks and ./limits' VSwitch rules. The
 * constructs carve at synth time with it; anything else that allocates VSwitch blocks (a default
 * VSwitch per zone, a test fixture) can use the same arithmetic.
 */
import { intToIp, lastAddress, overlaps, parseCidr, type Cidr } from './cidr';
import { RESERVED_ADDRESSES_PER_VSWITCH, VSWITCH_MAX_PREFIX, VSWITCH_MIN_PREFIX } from './limits';

/** Usable addresses of a VSwitch with this mask: the block's size minus the 4 reserved addresses. */
export function usableAddressCountForPrefix(prefix: number): number {
  return Math.max(0, 2 ** (32 - prefix) - RESERVED_ADDRESSES_PER_VSWITCH);
}

/**
 * The longest VSwitch mask (smallest block) with at least `hosts` usable addresses, or undefined
 * when even a /16, the largest VSwitch, is too small.
 */
export function prefixForHostCount(hosts: number): number | undefined {
  for (let prefix = VSWITCH_MAX_PREFIX; prefix >= VSWITCH_MIN_PREFIX; prefix--) {
    if (usableAddressCountForPrefix(prefix) >= hosts) return prefix;
  }
  return undefined;
}

/**
 * The lowest block of mask `prefix` inside `within` that overlaps none of `taken`, or undefined
 * when there is no room. Candidates are aligned to their size, so the result is a valid block.
 */
export function carve(within: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | undefined {
  if (prefix < within.prefix || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const end = lastAddress(within);
  const sorted = taken.filter((t) => overlaps(t, within)).sort((a, b) => a.network - b.network);
  let candidate = within.network;
  while (candidate + size - 1 <= end) {
    const last = candidate + size - 1;
    const clash = sorted.find((t) => t.network <= last && candidate <= lastAddress(t));
    if (!clash) return parseCidr(`${intToIp(candidate)}/${prefix}`);
    // Jump past the clashing block, then up to the next aligned start.
    candidate = Math.ceil((lastAddress(clash) + 1) / size) * size;
  }
  return undefined;
}
