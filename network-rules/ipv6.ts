/**
 * IPv6 and secondary-IPv4 rules of the current VPC API (the product guide predates both), shared
 * like ./cidr and ./limits by the sandbox, the provider and the constructs. Addresses are BigInts.
 *
 * The sandbox hands out IPv6 from the documentation prefix 2001:db8::/32 (RFC 3849), as its public
 * IPv4 addresses come from the RFC 5737 ranges: nothing it gives out can collide with a real
 * address. The real cloud gives each VPC a /56 from its ISP's global block (2408:…, 240e:…).
 */
import * as ipaddr from 'ipaddr.js';
import { containsCidr, overlaps, parseCidr, type Cidr } from './cidr';
import { CLOUD_SERVICE_BLOCK, PRIVATE_RANGES } from './limits';

export const SANDBOX_IPV6_POOL = '2001:db8::/32';
/** A VPC's IPv6 block and a VSwitch's, as the real API allocates them. */
export const VPC_IPV6_PREFIX = 56;
export const VSWITCH_IPV6_PREFIX = 64;
/** Ipv6CidrBlock on CreateVSwitch (ipv6_cidr_block_mask) is the index of the /64 in the VPC's /56. */
export const VSWITCH_IPV6_INDEX_MAX = 255;
/** IPv6 addresses one instance (its primary NIC) may have (Ipv6AddressCount). */
export const MAX_IPV6_ADDRESSES_PER_INSTANCE = 10;

export interface Ipv6Cidr {
  network: bigint;
  prefix: number;
  /** Canonical compressed text, e.g. 2001:db8:0:100::/56. */
  text: string;
}

const POOL_NETWORK = parseIpv6('2001:db8::')!;

export function parseIpv6(text: string): bigint | undefined {
  if (typeof text !== 'string' || !ipaddr.IPv6.isValid(text) || text.includes('%')) return undefined;
  const parts = ipaddr.IPv6.parse(text).parts;
  return parts.reduce((acc, p) => (acc << 16n) | BigInt(p), 0n);
}

export function formatIpv6(n: bigint): string {
  const parts: number[] = [];
  for (let i = 7; i >= 0; i--) parts.push(Number((n >> BigInt(i * 16)) & 0xffffn));
  return new ipaddr.IPv6(parts).toString();
}

/** Parses `addr/n`; undefined for anything else, including host bits set after the mask. */
export function parseIpv6Cidr(text: string): Ipv6Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const prefix = Number(m[2]);
  const network = parseIpv6(m[1]);
  if (network === undefined || prefix > 128) return undefined;
  const hostBits = BigInt(128 - prefix);
  if ((network & ((1n << hostBits) - 1n)) !== 0n) return undefined;
  return { network, prefix, text: `${formatIpv6(network)}/${prefix}` };
}

export function ipv6BlockContains(block: Ipv6Cidr, addr: bigint): boolean {
  return addr >> BigInt(128 - block.prefix) === block.network >> BigInt(128 - block.prefix);
}

/** The n-th /56 of the sandbox pool (n from 0 to 2^24 - 1). */
export function sandboxVpcIpv6Block(n: number): string {
  return `${formatIpv6(POOL_NETWORK + (BigInt(n) << BigInt(128 - VPC_IPV6_PREFIX)))}/${VPC_IPV6_PREFIX}`;
}

/** The /64 at `index` (0–255) inside a VPC's /56. */
export function vswitchIpv6Block(vpcBlock: string, index: number): string {
  const c = parseIpv6Cidr(vpcBlock);
  if (!c) throw new Error(`not an IPv6 block: ${vpcBlock}`);
  return `${formatIpv6(c.network + (BigInt(index) << BigInt(128 - VSWITCH_IPV6_PREFIX)))}/${VSWITCH_IPV6_PREFIX}`;
}

/** The index (0–255) of a VSwitch's /64 inside its VPC's /56, or undefined when it is not inside. */
export function vswitchIpv6Index(vpcBlock: string, vswitchBlock: string): number | undefined {
  const v = parseIpv6Cidr(vpcBlock);
  const s = parseIpv6Cidr(vswitchBlock);
  if (!v || !s || !ipv6BlockContains(v, s.network)) return undefined;
  return Number((s.network >> BigInt(128 - VSWITCH_IPV6_PREFIX)) & 0xffn);
}

export function ipv6IndexProblem(index: number): string | undefined {
  if (!Number.isInteger(index) || index < 0 || index > VSWITCH_IPV6_INDEX_MAX) {
    return `must be an integer from 0 to ${VSWITCH_IPV6_INDEX_MAX}: it picks one of the 256 /64 blocks of the VPC's /56`;
  }
  return undefined;
}

// ---- secondary IPv4 CIDR blocks -------------------------------------------------------------

/** Secondary IPv4 blocks per VPC (AssociateVpcCidrBlock's documented limit). */
export const MAX_SECONDARY_IPV4_BLOCKS = 5;
/** Ranges no VPC block (secondary included) may touch. */
export const FORBIDDEN_SECONDARY_RANGE_TEXTS = ['100.64.0.0/10', '224.0.0.0/4', '127.0.0.0/8', '169.254.0.0/16'] as const;
const FORBIDDEN_SECONDARY_RANGES: readonly Cidr[] = FORBIDDEN_SECONDARY_RANGE_TEXTS.map((t) => parseCidr(t)!);

/**
 * A secondary IPv4 block, as the current API reference allows it: a private range or a subnet of
 * one, or a custom (public) block outside 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 and
 * 169.254.0.0/16, with a mask from /8 to /28 (the primary block's). Unlike the primary block (the
 * guide's rule: private ranges only), a public block is allowed here, as the current API says.
 */
export function secondaryCidrProblem(c: Cidr): string | undefined {
  if (c.prefix < 8 || c.prefix > 28) return `has a /${c.prefix} mask: a secondary block's mask runs from /8 to /28`;
  const isPrivate = PRIVATE_RANGES.some((r) => containsCidr(r, c));
  if (!isPrivate) {
    const bad = FORBIDDEN_SECONDARY_RANGES.find((r) => overlaps(r, c));
    if (bad) return `overlaps ${bad.text}, which no VPC block may use`;
  }
  if (overlaps(CLOUD_SERVICE_BLOCK, c)) return `overlaps ${CLOUD_SERVICE_BLOCK.text}, which the cloud keeps for its own services`;
  return undefined;
}
