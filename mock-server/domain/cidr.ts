/**
 * IPv4 CIDR arithmetic shared by the network rules (VPC ranges, VSwitch carving, route matching,
 * private IP allocation). Addresses are handled as unsigned 32-bit integers.
 */
import * as ipaddr from 'ipaddr.js';

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  network: number;
  prefix: number;
  /** Number of addresses in the block. */
  size: number;
  /** Canonical text, e.g. 10.0.0.0/24. */
  text: string;
}

export function ipToInt(ip: string): number {
  const parts = ipaddr.IPv4.parse(ip).octets;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

export function intToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** True for a dotted-quad IPv4 address in strict four-part decimal form. */
export function isIpv4(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text);
}

/**
 * Parses `a.b.c.d/n`. Returns undefined for anything else, including a block whose address has
 * host bits set (10.0.0.1/24): the real API rejects those too. When `bareIpAsHost` is set, a bare
 * address means a /32, as the console and CreateRouteEntry treat it.
 */
export function parseCidr(text: string, bareIpAsHost = false): Cidr | undefined {
  if (typeof text !== 'string' || text.length > 18) return undefined;
  let ip = text;
  let prefix = 32;
  const slash = text.indexOf('/');
  if (slash >= 0) {
    ip = text.slice(0, slash);
    const p = text.slice(slash + 1);
    if (!/^\d{1,2}$/.test(p)) return undefined;
    prefix = Number(p);
    if (prefix > 32) return undefined;
  } else if (!bareIpAsHost) {
    return undefined;
  }
  if (!isIpv4(ip)) return undefined;
  const addr = ipToInt(ip);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  if ((addr & mask) >>> 0 !== addr) return undefined;
  return { network: addr, prefix, size: 2 ** (32 - prefix), text: `${intToIp(addr)}/${prefix}` };
}

export function lastAddress(c: Cidr): number {
  return c.network + c.size - 1;
}

/** True when `inner` lies wholly inside `outer` (equal blocks included). */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && inner.network >= outer.network && lastAddress(inner) <= lastAddress(outer);
}

export function containsIp(block: Cidr, ip: number): boolean {
  return ip >= block.network && ip <= lastAddress(block);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

/** The private ranges a VPC CIDR must lie in (RFC 1918). */
export const PRIVATE_RANGES: readonly Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((t) => parseCidr(t)!);

export function isPrivateBlock(c: Cidr): boolean {
  return PRIVATE_RANGES.some((r) => containsCidr(r, c));
}

/** The block the cloud keeps for its own services; custom routes may not point into it. */
export const CLOUD_SERVICE_BLOCK: Cidr = parseCidr('100.64.0.0/10')!;

/**
 * Usable addresses of a VSwitch: the first address and the last three are reserved by the
 * system (for 192.168.1.0/24: .0, .253, .254 and .255).
 */
export function usableAddressCount(c: Cidr): number {
  return Math.max(0, c.size - 4);
}

export function isReservedAddress(c: Cidr, ip: number): boolean {
  return ip === c.network || ip > lastAddress(c) - 3;
}
