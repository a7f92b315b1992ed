/**
 * The real provider's argument surface beyond what the sandbox models: arguments accepted and kept
 * without effect ("accepted only"), and deprecated aliases the real provider still accepts (`name`
 * for `vpc_name`, `availability_zone` for `zone_id`, …).
 *
 * Why accept what is not modelled: Terraform refuses a configuration naming an argument the schema
 * lacks, whatever its value (the ECS instance community module sets 46 instance arguments, most to
 * null), so a stack written for the real provider could not even be planned. An accepted-only
 * argument is planned like any other, sent nowhere (or sent to an API action that ignores it), and
 * read back from the prior state, so a second plan is empty. docs/ marks such arguments.
 */
import {
  isUnknown,
  UNKNOWN,
  type AttrType,
  type AttributeSchema,
  type Diagnostic,
  type NestedBlockSchema,
  type ObjectValue,
  type Value,
} from '../framework/types';
import { valuesEqual } from '../framework/values';

/**
 * An argument the sandbox accepts and keeps without modelling it. `what` says what the real
 * provider does with it (and so what the sandbox does not). A `default` makes it optional+computed
 * so the planned value is the real default, as the real provider's schema default does.
 */
export function acceptedOnly(type: AttrType, what: string, extra: Partial<AttributeSchema> = {}): AttributeSchema {
  const computed = extra.computed ?? extra.default !== undefined;
  return {
    type,
    optional: true,
    ...(computed ? { computed: true, useStateForUnknown: true } : {}),
    description: `${what} Accepted and kept; the sandbox does not model it.`,
    acceptedOnly: what,
    ...extra,
  };
}

/**
 * An argument the real provider has removed but still declares: its plugin SDK keeps a `Removed`
 * field in the schema, so setting it fails validation (with `message`) while reading it gives
 * null. Modules still read such names (the NAT-gateway module outputs
 * `alicloud_nat_gateway.this[*].spec`), and Terraform refuses a reference the schema lacks.
 */
export function removedArgument(type: AttrType, message: string): AttributeSchema {
  return { type, optional: true, description: `Removed from the real provider: ${message} Always null here too.`, validators: [() => message] };
}

/** A nested block the sandbox accepts and keeps as configured, without modelling it. */
export function acceptedOnlyBlock(
  nesting: NestedBlockSchema['nesting'],
  what: string,
  attributes: { [name: string]: AttributeSchema },
  limits: { minItems?: number; maxItems?: number } = {},
): NestedBlockSchema {
  return { nesting, block: { description: `${what} Accepted and kept; the sandbox does not model it.`, attributes }, acceptedOnly: what, ...limits };
}

/**
 * The state values of the accepted-only attributes: what the prior state (or the plan, on create)
 * holds; where nothing is known (the API has nothing to say about them), the real provider's
 * schema default, or null.
 */
export function keptValues(attributes: { [name: string]: AttributeSchema }, prior: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    if (!a.acceptedOnly) continue;
    const v = prior[name];
    // Nothing known yet (a create leaves it unknown, an import null): the real schema default.
    out[name] = v === undefined || v === null || isUnknown(v) ? (a.default ?? null) : v;
  }
  return out;
}

/**
 * A deprecated argument that names the same thing as its replacement, possibly in another form
 * (`inner_access = true` is `inner_access_policy = "Accept"`). Both are optional+computed: set one,
 * and the plan and the state show the value under both names.
 */
export interface Alias {
  alias: string;
  canonical: string;
  /** The canonical value for an alias value (identity when omitted). */
  toCanonical?: (v: Value) => Value;
  /** The alias value for a canonical value (identity when omitted). */
  toAlias?: (v: Value) => Value;
}

function set(v: Value | undefined): boolean {
  return v !== null && v !== undefined;
}

/**
 * The real schema's ConflictsWith between exclusive ways of saying one thing: each entry of `ways`
 * lists the names of one way (an argument and its deprecated aliases). A configuration that uses
 * two ways is refused on the later one, naming both; `what` ends the sentence "… are exclusive ways
 * of <what>". A value still unknown (a module variable while Terraform validates a module) is not a
 * conflict yet, as in SDKv2.
 */
export function exclusiveWays(config: ObjectValue, ways: ReadonlyArray<readonly string[]>, what: string): Diagnostic[] {
  const used = ways
    .map((names) => names.find((n) => config[n] !== null && config[n] !== undefined && !isUnknown(config[n])))
    .filter((n): n is string => n !== undefined);
  const [first, ...rest] = used;
  return rest.map((n) => ({
    severity: 'error' as const,
    summary: `"${n}": conflicts with ${first}`,
    detail: `${n} and ${first} are exclusive ways of ${what} (as in the real provider's schema). Keep one of the two and remove ${n}.`,
    attribute: [n],
  }));
}

/** An error for every alias pair whose two names are configured with different values. */
export function aliasConflicts(config: ObjectValue, aliases: readonly Alias[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of aliases) {
    const av = config[a.alias];
    const cv = config[a.canonical];
    if (!set(av) || !set(cv) || isUnknown(av) || isUnknown(cv)) continue;
    const asCanonical = a.toCanonical ? a.toCanonical(av) : av;
    if (!valuesEqual(asCanonical, cv)) {
      out.push({
        severity: 'error',
        summary: `${a.alias} and ${a.canonical} disagree`,
        detail:
          `${a.alias} (deprecated) is another name for ${a.canonical}, and they are set to ${JSON.stringify(av)} and ${JSON.stringify(cv)}. ` +
          `Keep only ${a.canonical}.`,
        attribute: [a.alias],
      });
    }
  }
  return out;
}

/**
 * In modifyPlan: the name the configuration sets decides both (the canonical one when both are
 * set, which aliasConflicts has checked agree).
 */
export function syncAliases(config: ObjectValue, planned: ObjectValue, aliases: readonly Alias[]): void {
  for (const a of aliases) {
    if (set(config[a.canonical])) {
      const v = planned[a.canonical];
      planned[a.alias] = isUnknown(v) || v === null ? v : a.toAlias ? a.toAlias(v) : v;
    } else if (set(config[a.alias])) {
      const v = planned[a.alias];
      planned[a.canonical] = isUnknown(v) || v === null ? v : a.toCanonical ? a.toCanonical(v) : v;
    } else if (isUnknown(planned[a.canonical])) {
      // Neither is configured and the API decides (a create): the alias is unknown as well.
      planned[a.alias] = UNKNOWN;
    }
  }
}

/** The state values of an alias pair, from the canonical value read back from the API. */
export function aliasState(canonical: Value, a: Pick<Alias, 'toAlias'> = {}): Value {
  return canonical === null ? null : a.toAlias ? a.toAlias(canonical) : canonical;
}

/** The deprecated alias of `canonical`: the same type and validators, optional+computed, marked deprecated. */
export function aliasOf(canonical: AttributeSchema, replacement: string, extra: Partial<AttributeSchema> = {}): AttributeSchema {
  return {
    ...canonical,
    optional: true,
    required: false,
    computed: true,
    useStateForUnknown: true,
    default: undefined,
    deprecated: true,
    description: `Deprecated: use ${replacement} (the same value under its older name; set one of the two).`,
    ...extra,
  };
}
