/**
 * The constructs' user-facing CIDR parse. The arithmetic (network-rules/cidr), the limits
 * (network-rules/limits) and carving (network-rules/carve) are shared with the sandbox and the
 * provider; what stays here is construct-specific: a parse that says, in a sentence the synth error
 * can carry, why a block written by the user is not one.
 */
import { intToIp, isIpv4, parseCidr as parseRuleCidr, type Cidr } from '../network-rules/cidr';

export type { Cidr };

/**
 * Parses "a.b.c.d/n" into the shared Cidr (its `text` is the canonical form). A bare address is
 * taken as /32 (as the route-entry console does) unless `requireMask` is set (VPC and VSwitch
 * blocks always carry a mask). Returns a sentence saying what is wrong instead of throwing, so
 * callers can wrap it in a construct-path message.
 */
export function parseCidr(text: string, options: { readonly requireMask?: boolean } = {}): Cidr | string {
  if (typeof text !== 'string') return `${JSON.stringify(text)} is not an IPv4 CIDR block; write it as a.b.c.d/n, for example 192.168.0.0/24`;
  const parsed = parseRuleCidr(text, !options.requireMask);
  if (parsed) return parsed;
  // The shared parse only says "no"; work out why, for the message.
  const slashes = text.split('/').length - 1;
  if (slashes === 0 && options.requireMask && isIpv4(text)) {
    return `"${text}" is an address, not a block: it has no mask; write it as a.b.c.d/n, for example ${text}/24`;
  }
  const [addr, maskText] = (slashes === 0 ? `${text}/32` : text).split('/');
  if (slashes > 1 || !isIpv4(addr ?? '') || !/^\d{1,2}$/.test(maskText ?? '')) {
    return `"${text}" is not an IPv4 CIDR block; write it as a.b.c.d/n, for example 192.168.0.0/24`;
  }
  const prefix = Number(maskText);
  if (prefix > 32) return `"${text}" has mask /${prefix}; an IPv4 mask is /0 to /32`;
  const ip = parseRuleCidr(`${addr}/32`)!.network;
  const network = prefix === 0 ? 0 : (ip & (~0 << (32 - prefix))) >>> 0;
  // Anything else the shared parse refuses (leading zeros such as 010.0.0.0/8) is not a block.
  if (network === ip) return `"${text}" is not an IPv4 CIDR block; write it as a.b.c.d/n, for example 192.168.0.0/24`;
  return `"${text}" has host bits set; the block starting there is ${intToIp(network)}/${prefix}`;
}

/** parseCidr that throws, for values already validated. */
export function cidr(text: string): Cidr {
  const c = parseCidr(text);
  if (typeof c === 'string') throw new Error(c);
  return c;
}
