/**
 * Rules of VPC NAT gateways' NAT IP CIDR blocks and NAT IP addresses (the current API reference;
 * the product guide predates VPC NAT gateways), shared by the sandbox and the provider.
 */
import { parseCidr, type Cidr } from './cidr';
import { PRIVATE_RANGE_TEXTS, isPrivateBlock } from './limits';

/** A NAT IP CIDR block's mask: /16 to /32 (CreateNatIpCidr). */
export const NAT_IP_CIDR_MIN_PREFIX = 16;
export const NAT_IP_CIDR_MAX_PREFIX = 32;
/** NAT IP CIDR blocks one VPC NAT gateway may have besides its default one (the NAT Gateway quota page). */
export const NAT_IP_CIDRS_PER_GATEWAY = 5;
/** NAT IP addresses one NAT IP CIDR block may hand out (the NAT Gateway quota page). */
export const NAT_IPS_PER_CIDR = 50;

/** Why a NAT IP CIDR block is refused, as a sentence ending without a full stop; undefined when it is fine. */
export function natIpCidrProblem(text: string): string | undefined {
  const c = parseCidr(text);
  if (!c) return `"${text}" is not an IPv4 CIDR block such as 192.168.0.0/24 (no host bits set after the mask)`;
  if (c.prefix < NAT_IP_CIDR_MIN_PREFIX || c.prefix > NAT_IP_CIDR_MAX_PREFIX) {
    return `${c.text} has a /${c.prefix} mask: a NAT IP CIDR block's mask is /${NAT_IP_CIDR_MIN_PREFIX} to /${NAT_IP_CIDR_MAX_PREFIX}`;
  }
  // The API also takes a public block that is one of the VPC's user CIDRs; the sandbox models
  // private blocks only.
  if (!isPrivateBlock(c)) return `${c.text} is not in ${PRIVATE_RANGE_TEXTS.join(', ')}: a NAT IP CIDR block is a private block or a subnet of one`;
  return undefined;
}

/**
 * The addresses of a NAT IP CIDR block that a NAT IP may take: every one but the network address
 * and, below /31, the broadcast address (the sandbox's reading; the API reference names none).
 */
export function natIpHostRange(c: Cidr): { first: number; last: number } {
  if (c.prefix >= 31) return { first: c.network, last: c.network + c.size - 1 };
  return { first: c.network + 1, last: c.network + c.size - 2 };
}

/** NAT IP and NAT IP CIDR names: 2 to 128 characters, a letter first, then letters, digits, ".", "_", "-". */
const NAT_IP_NAME = /^\p{L}[\p{L}\p{N}._-]{1,127}$/u;
export function natIpNameProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (!NAT_IP_NAME.test(value) || /^https?:\/\//.test(value)) {
    return 'a name is 2 to 128 characters, starts with a letter and holds letters, digits, ".", "_" and "-" (not http:// or https://)';
  }
  return undefined;
}
