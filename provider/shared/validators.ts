/**
 * Attribute validators for resources and data sources. They run in ValidateResourceConfig and
 * ValidateDataResourceConfig, before any API call; each message names the bad value, the rule and
 * the fix. The network rules themselves (CIDR parsing, mask ranges, private ranges, name and
 * description rules) come from network-rules/, which the sandbox and the constructs use too, so
 * the three parts cannot disagree.
 */
import { enclosingBlock, isIpv4, parseCidr } from '../../network-rules/cidr';
import {
  PRIVATE_RANGE_TEXTS,
  VPC_MAX_PREFIX,
  VPC_MIN_PREFIX,
  VSWITCH_MAX_PREFIX,
  VSWITCH_MIN_PREFIX,
  isPrivateBlock,
} from '../../network-rules/limits';
import { isUnknown, type AttributeSchema, type Unknown, type Validator, type Value } from '../framework/types';

export { isIpv4 };

/** A well-formed IPv4 CIDR whose address is the network address. */
export const validCidr: Validator = (v) => {
  const s = String(v);
  if (parseCidr(s)) return undefined;
  const block = enclosingBlock(s);
  if (!block) return `"${s}" is not a valid IPv4 CIDR block; write it as a.b.c.d/n, e.g. 10.0.0.0/16`;
  return `"${s}" has host bits set; use the network address ${block.text}`;
};

/** CIDR or bare IPv4 address (route destinations, rule sources); host bits allowed for /32. */
export const validCidrOrIp: Validator = (v) => {
  const s = String(v);
  if (isIpv4(s)) return undefined;
  return validCidr(s);
};

/** The mask of a CIDR block between /min and /max; malformed blocks are validCidr's to report. */
export function maskBetween(min: number, max: number, what: string): Validator {
  return (v) => {
    const c = enclosingBlock(String(v));
    if (!c) return undefined;
    if (c.prefix < min || c.prefix > max) {
      return `the mask /${c.prefix} of "${String(v)}" is out of range: a ${what} CIDR block needs a mask between /${min} and /${max}`;
    }
    return undefined;
  };
}

/** A VPC's primary block: /8 to /28. */
export const vpcMask: Validator = maskBetween(VPC_MIN_PREFIX, VPC_MAX_PREFIX, 'VPC');
/** A VSwitch's block: /16 to /29. */
export const vswitchMask: Validator = maskBetween(VSWITCH_MIN_PREFIX, VSWITCH_MAX_PREFIX, 'VSwitch');

/** Inside one of the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
export const privateCidr: Validator = (v) => {
  const c = enclosingBlock(String(v));
  if (!c || isPrivateBlock(c)) return undefined;
  const ranges = `${PRIVATE_RANGE_TEXTS.slice(0, -1).join(', ')} or ${PRIVATE_RANGE_TEXTS[PRIVATE_RANGE_TEXTS.length - 1]}`;
  return `"${String(v)}" is not a private range; use a block inside ${ranges}`;
};

/**
 * A name or description checked against one of network-rules' rules (resourceNameProblem,
 * ecsNameProblem, descriptionProblem, hostNameProblem), which return the rule that was broken.
 */
export function followsRule(what: string, problem: (value: string) => string | undefined): Validator {
  return (v) => {
    const s = String(v);
    const p = problem(s);
    return p ? `${what} "${s}" (${[...s].length} characters) is not accepted: ${p}` : undefined;
  };
}

/** Zone ids look like cn-hangzhou-h, ap-southeast-1a, us-west-1b. */
export const zoneId: Validator = (v) => {
  const s = String(v);
  if (!/^[a-z]{2,}(-[a-z0-9]+)+$/.test(s)) {
    return `"${s}" is not a zone id; use the form <region>-<letter>, e.g. cn-hangzhou-h (see data source alicloud_zones)`;
  }
  return undefined;
};

export function lengthBetween(min: number, max: number, what: string): Validator {
  return (v) => {
    const s = String(v);
    const n = [...s].length;
    if (n < min || n > max) return `${what} "${s}" is ${n} characters long; it must be ${min} to ${max} characters`;
    return undefined;
  };
}

export function oneOf(values: readonly string[], opts: { ignoreCase?: boolean } = {}): Validator {
  return (v) => {
    const s = String(v);
    const ok = opts.ignoreCase ? values.some((x) => x.toLowerCase() === s.toLowerCase()) : values.includes(s);
    if (!ok) return `"${s}" is not an accepted value; use one of: ${values.join(', ')}`;
    return undefined;
  };
}

export function intBetween(min: number, max: number, what: string): Validator {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) return `${what} ${String(v)} is out of range; use a whole number from ${min} to ${max}`;
    return undefined;
  };
}

export function prefixed(prefix: string, what: string): Validator {
  return (v) => {
    const s = String(v);
    if (!s.startsWith(prefix) || s.length <= prefix.length) return `"${s}" is not a ${what} id; it should start with "${prefix}"`;
    return undefined;
  };
}

/** Port ranges "start/end" (1–65535, start ≤ end) or "-1/-1" (all ports / portless protocols). */
export const portRange: Validator = (v) => {
  const s = String(v);
  if (s === '-1/-1') return undefined;
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(s);
  if (!m) return `port range "${s}" is malformed; write start/end, e.g. 22/22 or 1/65535, or -1/-1 for all ports`;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a < 1 || b > 65535 || a > b) return `port range "${s}" is invalid; ports go from 1 to 65535 and start must not exceed end`;
  return undefined;
};

/** Runs an attribute's validators by hand (used by unit tests and cross-attribute checks). */
export function runValidators(schema: AttributeSchema, value: Value): string[] {
  if (value === null || isUnknown(value)) return [];
  return (schema.validators ?? []).map((f) => f(value as Exclude<Value, null | Unknown>)).filter((m): m is string => !!m);
}
