/**
 * IPv4 CIDR arithmetic (ipaddr.js underneath) shared by the sandbox, the provider and the
 * constructs: parsing, containment, overlap. Addresses are unsigned 32-bit integers. The product's
 * limits built on it live in ./limits.
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

/**
 * The block that `a.b.c.d/n` lies in, host bits cleared (10.0.1.0/16 gives 10.0.0.0/16), or
 * undefined when the text is not an address and a mask. parseCidr refuses such text, as the API
 * does; this lets a message name the network address the writer probably meant.
 */
export function enclosingBlock(text: string): Cidr | undefined {
  const slash = typeof text === 'string' ? text.indexOf('/') : -1;
  if (slash < 0) return undefined;
  const ip = text.slice(0, slash);
  const p = text.slice(slash + 1);
  if (!/^\d{1,2}$/.test(p) || Number(p) > 32 || !isIpv4(ip)) return undefined;
  const prefix = Number(p);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return parseCidr(`${intToIp((ipToInt(ip) & mask) >>> 0)}/${prefix}`);
}
