/**
 * The product's network limits and naming rules, in one pure module (no I/O, no framework) that the
 * sandbox's domain, the provider's validators and the constructs' synth checks all import, so the
 * three parts cannot disagree. Checks return a sentence describing the broken rule (or undefined);
 * each caller wraps it in its own error type: an API error code, a Terraform diagnostic, or a
 * construct-path synth error.
 */
import { containsCidr, parseCidr, type Cidr } from './cidr';

/** A VPC's primary CIDR mask (current API docs; the guide's older text said /8–/24). */
export const VPC_MIN_PREFIX = 8;
export const VPC_MAX_PREFIX = 28;
/** A VSwitch's mask: /16 (65,536 addresses) to /29 (8 addresses). */
export const VSWITCH_MIN_PREFIX = 16;
export const VSWITCH_MAX_PREFIX = 29;

/** The private ranges (RFC 1918) a VPC's primary CIDR must lie in, as the guide says. */
export const PRIVATE_RANGE_TEXTS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;
export const PRIVATE_RANGES: readonly Cidr[] = PRIVATE_RANGE_TEXTS.map((t) => parseCidr(t)!);

/** Reserved for cloud services; no VPC block and no custom route may point into it. */
export const CLOUD_SERVICE_RANGE_TEXT = '100.64.0.0/10';
export const CLOUD_SERVICE_BLOCK: Cidr = parseCidr(CLOUD_SERVICE_RANGE_TEXT)!;

/** Each VSwitch keeps its first address and its last three (for 192.168.1.0/24: .0, .253–.255). */
export const RESERVED_ADDRESSES_PER_VSWITCH = 4;

/** Custom route entries per route table: the guide's figure (today's cloud allows 200). */
export const MAX_CUSTOM_ROUTE_ENTRIES = 40;
/**
 * Custom route tables per VPC (besides the system table): the quota vpc_quota_route_tables_num's
 * default of 9 (10 tables with the system one). Accounts may have it raised on the real cloud.
 */
export const CUSTOM_ROUTE_TABLES_PER_VPC = 9;
/** Non-default VPCs per account and region. */
export const VPC_QUOTA_PER_REGION = 10;
/** VSwitches per VPC. */
export const VSWITCH_QUOTA_PER_VPC = 150;

/**
 * ECMP: the guide's rule is at least two router interfaces whose peers are VBRs; the real API's
 * NextHopList takes 2 to 4 hops (2021 reference), the same bounds for same-destination entries.
 */
export const ECMP_MIN_HOPS = 2;
export const ECMP_MAX_HOPS = 4;
/** Express Connect: router interfaces on one router (a VRouter or a VBR), the real API's limit. */
export const ROUTER_INTERFACES_PER_ROUTER = 5;

export function isPrivateBlock(c: Cidr): boolean {
  return PRIVATE_RANGES.some((r) => containsCidr(r, c));
}

/** The private range holding the block, or undefined. */
export function privateRangeOf(c: Cidr): string | undefined {
  return PRIVATE_RANGES.find((r) => containsCidr(r, c))?.text;
}

export function usableAddressCount(c: Cidr): number {
  return Math.max(0, c.size - RESERVED_ADDRESSES_PER_VSWITCH);
}

/** True for the first address and the last three of a VSwitch block. */
export function isReservedAddress(c: Cidr, ip: number): boolean {
  return ip === c.network || ip > c.network + c.size - 1 - 3;
}

/** Why a VPC mask is out of range, or undefined. */
export function vpcMaskProblem(c: Cidr): string | undefined {
  if (c.prefix >= VPC_MIN_PREFIX && c.prefix <= VPC_MAX_PREFIX) return undefined;
  return `has a /${c.prefix} mask: a VPC's mask must be from /${VPC_MIN_PREFIX} to /${VPC_MAX_PREFIX}`;
}

/** Why a VSwitch mask is out of range, or undefined. */
export function vswitchMaskProblem(c: Cidr): string | undefined {
  if (c.prefix >= VSWITCH_MIN_PREFIX && c.prefix <= VSWITCH_MAX_PREFIX) return undefined;
  return `has a /${c.prefix} mask: a VSwitch's mask must be from /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX} (8 to 65,536 addresses)`;
}

/** Why a VPC block is not private, or undefined. */
export function privateRangeProblem(c: Cidr): string | undefined {
  if (isPrivateBlock(c)) return undefined;
  return `is not a private range: use ${PRIVATE_RANGE_TEXTS.join(', ')} or a subset of one of them`;
}

const STARTS_WITH_URL = /^https?:\/\//i;

/**
 * VPC, VSwitch, route table and route entry names: 1 to 128 characters, not starting with
 * http:// or https://. An empty string means "no name".
 */
export function resourceNameProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 128 || STARTS_WITH_URL.test(value)) return 'a name is 1 to 128 characters and must not start with http:// or https://';
  return undefined;
}

/** ECS names (instances, security groups): 2–128 characters, a letter first, then letters, digits, ".", "_", "-", ":". */
const ECS_NAME = /^\p{L}[\p{L}\p{N}._:-]{1,127}$/u;
export function ecsNameProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (!ECS_NAME.test(value) || STARTS_WITH_URL.test(value)) {
    return 'use 2 to 128 characters that start with a letter and contain only letters, digits, ".", "_", "-" and ":" (not starting with http:// or https://)';
  }
  return undefined;
}

/** VPC product descriptions: 1 to 256 characters, not starting with http:// or https://. */
export function descriptionProblem(value: string, minLength = 1): string | undefined {
  if (value === '') return undefined;
  if (value.length < minLength || value.length > 256 || STARTS_WITH_URL.test(value)) {
    return `a description is ${minLength} to 256 characters and must not start with http:// or https://`;
  }
  return undefined;
}

/** Linux host names: 2–64 letters, digits, "." and "-", not starting or ending with "." or "-". */
export function hostNameProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,62}[A-Za-z0-9])$/.test(value) || /\.\.|\.-|-\./.test(value)) {
    return 'use 2 to 64 letters, digits, "." and "-", not starting or ending with "." or "-" and without consecutive separators';
  }
  return undefined;
}

/**
 * Route entry names: 2 to 128 characters. Stricter than the other VPC-product names (1 to 128):
 * the real Terraform provider's alicloud_route_entry validates 2–128 (the older API docs' figure),
 * so a 1-character name fails at `terraform plan`.
 */
export const ROUTE_ENTRY_NAME_MIN_LENGTH = 2;
export function routeEntryNameProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length < ROUTE_ENTRY_NAME_MIN_LENGTH || value.length > 128 || STARTS_WITH_URL.test(value)) {
    return `a route entry name is ${ROUTE_ENTRY_NAME_MIN_LENGTH} to 128 characters and must not start with http:// or https://`;
  }
  return undefined;
}
