/**
 * IPv4 CIDR arithmetic for the L2 constructs: parsing (ipaddr.js), containment, overlap, the
 * private ranges, reserved addresses and carving subnets out of a VPC block. Pure functions, no
 * cdktf: the constructs and the unit tests share them.
 */
import * as ipaddr from 'ipaddr.js';

/** A parsed IPv4 CIDR block. `network` and `broadcast` are unsigned 32-bit integers. */
export interface Cidr {
  /** The block as written by the user, e.g. "192.168.1.0/24". */
  readonly text: string;
  /** The canonical form, e.g. "192.168.1.0/24". */
  readonly canonical: string;
  readonly prefix: number;
  readonly network: number;
  readonly broadcast: number;
  /** Number of addresses in the block (2^(32 - prefix)). */
  readonly size: number;
}

/** The private ranges a VPC (and everything in it) must lie in. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;
/** Reserved for cloud services; custom routes may not point into it. */
export const CLOUD_SERVICE_RANGE = '100.64.0.0/10';
/** Each VSwitch keeps its first and its last three addresses. */
export const RESERVED_ADDRESSES_PER_VSWITCH = 4;
export const VSWITCH_MIN_PREFIX = 16;
export const VSWITCH_MAX_PREFIX = 29;
export const VPC_MIN_PREFIX = 8;
export const VPC_MAX_PREFIX = 28;

export function ipToInt(ip: string): number {
  const bytes = ipaddr.IPv4.parse(ip).toByteArray();
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

export function intToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** True for a dotted-quad IPv4 address such as "10.0.0.1". */
export function isIpv4Address(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

/**
 * Parses "a.b.c.d/n". A bare address is taken as /32 (as the route-entry console does) unless
 * `requireMask` is set (VPC and VSwitch blocks always carry a mask). Returns an error string
 * instead of throwing, so callers can wrap it in a construct-path message.
 */
export function parseCidr(text: string, options: { readonly requireMask?: boolean } = {}): Cidr | string {
  if (typeof text !== 'string') return `${JSON.stringify(text)} is not an IPv4 CIDR block; write it as a.b.c.d/n, for example 192.168.0.0/24`;
  const slashes = text.split('/').length - 1;
  if (slashes === 0 && options.requireMask && isIpv4Address(text)) {
    return `"${text}" is an address, not a block: it has no mask; write it as a.b.c.d/n, for example ${text}/24`;
  }
  const withMask = slashes === 0 ? `${text}/32` : text;
  const [addr, maskText] = withMask.split('/');
  if (slashes > 1 || !ipaddr.IPv4.isValidFourPartDecimal(addr ?? '') || !/^\d{1,2}$/.test(maskText ?? '')) {
    return `"${text}" is not an IPv4 CIDR block; write it as a.b.c.d/n, for example 192.168.0.0/24`;
  }
  const prefix = Number(maskText);
  if (prefix > 32) return `"${text}" has mask /${prefix}; an IPv4 mask is /0 to /32`;
  const ip = ipToInt(addr);
  const size = 2 ** (32 - prefix);
  const network = prefix === 0 ? 0 : (ip & (~0 << (32 - prefix))) >>> 0;
  if (network !== ip) {
    return `"${text}" has host bits set; the block starting there is ${intToIp(network)}/${prefix}`;
  }
  return { text, canonical: `${intToIp(network)}/${prefix}`, prefix, network, broadcast: network + size - 1, size };
}

/** parseCidr that throws (for values already validated). */
export function cidr(text: string): Cidr {
  const c = parseCidr(text);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

/** True when `inner` lies entirely inside `outer` (equal blocks count). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.network >= outer.network && inner.broadcast <= outer.broadcast;
}

export function containsAddress(block: Cidr, ip: string): boolean {
  const n = ipToInt(ip);
  return n >= block.network && n <= block.broadcast;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.network <= b.broadcast && b.network <= a.broadcast;
}

/** The private range that holds the block, or undefined when it is not private. */
export function privateRangeOf(block: Cidr): string | undefined {
  return PRIVATE_RANGES.find((r) => contains(cidr(r), block));
}

/** Usable addresses of a VSwitch block: its size minus the 4 reserved addresses. */
export function usableAddressCount(prefix: number): number {
  return Math.max(0, 2 ** (32 - prefix) - RESERVED_ADDRESSES_PER_VSWITCH);
}

/**
 * The longest mask (smallest block) whose usable address count is at least `hosts`, or undefined
 * when even a /16 (the largest VSwitch) is too small.
 */
export function prefixForHostCount(hosts: number): number | undefined {
  for (let prefix = VSWITCH_MAX_PREFIX; prefix >= VSWITCH_MIN_PREFIX; prefix--) {
    if (usableAddressCount(prefix) >= hosts) return prefix;
  }
  return undefined;
}

/**
 * The lowest block of the given mask inside `within` that overlaps none of `taken`, or undefined
 * when there is no room. Blocks are aligned to their size, so the result is a valid CIDR.
 */
export function carve(within: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | undefined {
  if (prefix < within.prefix || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const sorted = [...taken].filter((t) => overlaps(t, within)).sort((a, b) => a.network - b.network);
  let candidate = within.network;
  while (candidate + size - 1 <= within.broadcast) {
    const end = candidate + size - 1;
    const clash = sorted.find((t) => t.network <= end && candidate <= t.broadcast);
    if (!clash) return cidr(`${intToIp(candidate)}/${prefix}`);
    // Jump past the clashing block, then up to the next aligned start.
    const next = clash.broadcast + 1;
    candidate = Math.ceil(next / size) * size;
  }
  return undefined;
}

/** The first usable host address of a block (the network address + 1). */
export function firstHost(block: Cidr): string {
  return intToIp(block.network + 1);
}

/** True when `ip` is one of the 4 addresses the VSwitch keeps for itself. */
export function isReservedAddress(block: Cidr, ip: string): boolean {
  const n = ipToInt(ip);
  return n === block.network || n >= block.broadcast - 2;
}
