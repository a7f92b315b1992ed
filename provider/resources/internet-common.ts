/**
 * What the Internet-access resources (EIP, EIP association, NAT gateway, SNAT and DNAT entries)
 * share: two-part IDs as the real provider writes them (`<table>:<entry>`), the deprecated
 * argument aliases the real provider still accepts (`name` for the new `*_name`,
 * `instance_charge_type` for `payment_type`), and an IPv4 validator.
 */
import { isUnknown, UNKNOWN, type Diagnostic, type ObjectValue, type Validator, type Value } from '../framework/types';
import { isIpv4 } from '../shared/validators';
import { error } from './common';

export const ipv4Address: Validator = (v) =>
  isIpv4(String(v)) ? undefined : `"${String(v)}" is not an IPv4 address; write it as a.b.c.d, e.g. 47.96.0.10`;

/** While an EIP's binding to the gateway is still being made, the IP is "not on the gateway". */
export const IP_NOT_YET_ON_GATEWAY = [
  'EIP_NOT_IN_GATEWAY',
  'OperationUnsupported.EipInBinding',
  'InvalidSnatIp.NotFound',
  'InvalidExternalIp.NotFound',
  'InvalidIp.NotInNatgw',
  'IncorrectStatus.NATGW',
];
/** How long an IP that is not on the gateway is waited for before the create fails. */
export const IP_WAIT_MS = 60_000;

export interface PairId {
  first: string;
  second: string;
}

/**
 * Parses `<first>:<second>` IDs (e.g. `<snat_table_id>:<snat_entry_id>`), checking both prefixes,
 * so a mistyped import ID gets the expected form instead of "Cannot import non-existent object".
 */
export function parsePairId(typeName: string, id: string, format: string, prefixes: [string, string], example: string): PairId {
  const parts = id.split(':');
  const [first, second] = parts;
  if (parts.length !== 2 || !first || !second) {
    throw new Error(`"${id}" is not ${typeName} ID; use ${format}, e.g. ${example}`);
  }
  if (!first.startsWith(prefixes[0]) || !second.startsWith(prefixes[1])) {
    throw new Error(`"${id}" does not have the form ${format} (the parts start with "${prefixes[0]}" and "${prefixes[1]}"), e.g. ${example}`);
  }
  return { first, second };
}

/** A deprecated argument and the one that replaced it, with how values map between the two. */
export interface Alias {
  deprecated: string;
  current: string;
  /** deprecated value → current value (identity when omitted). */
  toCurrent?: (v: string) => string;
  /** current value → deprecated value (identity when omitted). */
  toDeprecated?: (v: string) => string;
}

const same = (v: string) => v;

/** The billing words of the deprecated `instance_charge_type` and of `payment_type`. */
export const PAYMENT_TO_CHARGE: Readonly<Record<string, string>> = { PayAsYouGo: 'PostPaid', Subscription: 'PrePaid' };
export const CHARGE_TO_PAYMENT: Readonly<Record<string, string>> = { PostPaid: 'PayAsYouGo', PrePaid: 'Subscription' };

/** `instance_charge_type` (PostPaid/PrePaid), deprecated in favour of `payment_type` (PayAsYouGo/Subscription). */
export const CHARGE_TYPE_ALIAS: Alias = {
  deprecated: 'instance_charge_type',
  current: 'payment_type',
  toCurrent: (v) => CHARGE_TO_PAYMENT[v] ?? v,
  toDeprecated: (v) => PAYMENT_TO_CHARGE[v] ?? v,
};

/** Both given with different meanings: the real provider refuses the pair as well (ConflictsWith). */
export function aliasConflicts(config: ObjectValue, aliases: readonly Alias[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of aliases) {
    const d = config[a.deprecated];
    const c = config[a.current];
    if (d === null || c === null || isUnknown(d) || isUnknown(c)) continue;
    if ((a.toCurrent ?? same)(String(d)) === String(c)) continue;
    out.push(
      error(a.deprecated, `${a.deprecated} conflicts with ${a.current}`, `${a.deprecated} is the deprecated name of ${a.current}; set only ${a.current} (${JSON.stringify(c)}), and remove ${a.deprecated}.`),
    );
  }
  return out;
}

/** The value to send: the current argument, else the deprecated one (mapped). */
export function aliasValue(values: ObjectValue, alias: Alias): string | undefined {
  const c = values[alias.current];
  if (c !== null && c !== undefined && !isUnknown(c)) return String(c);
  const d = values[alias.deprecated];
  if (d !== null && d !== undefined && !isUnknown(d)) return (alias.toCurrent ?? same)(String(d));
  return undefined;
}

/**
 * Keeps a pair consistent in the plan: when the config sets only one of the two, the other
 * (optional + computed) is planned as its mapped value, so changing `name` plans the new
 * `address_name` too instead of keeping the old one and disagreeing with the apply.
 */
export function planAliases(config: ObjectValue, planned: ObjectValue, aliases: readonly Alias[]): void {
  for (const a of aliases) {
    const d = config[a.deprecated];
    const c = config[a.current];
    if (c !== null && d === null) planned[a.deprecated] = mapped(c, a.toDeprecated);
    else if (d !== null && c === null) planned[a.current] = mapped(d, a.toCurrent);
  }
}

function mapped(v: Value, f: ((s: string) => string) | undefined): Value {
  if (isUnknown(v)) return UNKNOWN;
  return (f ?? same)(String(v));
}
