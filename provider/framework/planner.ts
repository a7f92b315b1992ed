/**
 * Generic planning and apply reconciliation, following Terraform's resource instance change
 * lifecycle (docs/resource-instance-change-lifecycle.md). Pure functions, so the contract can be
 * unit-tested without gRPC.
 *
 * - create: computed attributes the config leaves null become UNKNOWN (or their `default`);
 * - no change: the plan is the prior state, exactly, so Terraform shows an empty plan;
 * - update in place: computed attributes become UNKNOWN unless `useStateForUnknown`, and always
 *   when an argument named in their `changesWith` changes (the API changes them as a side effect);
 * - replace (a `forceNew` attribute differs): every computed attribute becomes UNKNOWN;
 * - destroy: the plan is null.
 */
import { UNKNOWN, isUnknown } from './types';
import type { AttributePath, AttributeSchema, BlockSchema, ObjectValue, ResourceDefinition, Value } from './types';
import { TIMEOUTS_BLOCK } from './schema';
import { cloneValue, containsUnknown, unknownsToNull, valuesEqual } from './values';
import { anyEmptyMeansUnset, emptyIsNoValue, emptyMeansUnset, keepAbsentComputedBlocks, keepPriorForEmptyNested } from './empty-means-unset';

export { anyEmptyMeansUnset, emptyMeansUnset } from './empty-means-unset';

export interface PlanResult {
  planned: ObjectValue | null;
  requiresReplace: AttributePath[];
  /**
   * Set when the plan departs from the configuration the way an SDKv2 provider's does: an
   * optional+computed string configured as "" (which SDKv2 cannot tell from unset) is planned as
   * the API's value.
   * Terraform accepts such a plan only from a provider that declares the legacy type system, and
   * then only logs the difference; the real provider declares it on every response.
   */
  legacyTypeSystem?: boolean;
}

type Warn = (message: string, fields?: Record<string, unknown>) => void;

function isObj(v: Value | undefined): v is ObjectValue {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v);
}

/** Fills defaults and (on create, or for new nested elements) unknowns for null computed values. */
function planComputed(
  block: BlockSchema,
  proposed: ObjectValue,
  config: ObjectValue | null,
  mode: 'create' | 'update' | 'replace',
  prior: ObjectValue | null = null,
): ObjectValue {
  const out: ObjectValue = { ...proposed };
  const argChanged = (n: string) =>
    isUnknown(proposed[n]) || (prior !== null && !valuesEqual(proposed[n], prior[n], { attr: block.attributes[n]?.type ?? 'string' }));
  for (const [name, a] of Object.entries(block.attributes)) {
    if (!a.computed) continue;
    const c = config ? config[name] : null;
    const unsetByEmpty = emptyIsNoValue(a, c);
    if (c !== null && c !== undefined && !unsetByEmpty) continue; // the config decides, unknown or not
    if (unsetByEmpty && prior !== null && mode === 'update') {
      out[name] = prior[name] ?? null; // what the API holds (or held: nothing) stays; "" asks for nothing
    } else if (a.optional && a.default !== undefined) {
      out[name] = cloneValue(a.default);
    } else if (mode === 'create' || mode === 'replace') {
      out[name] = UNKNOWN;
    } else if (a.changesWith?.some(argChanged)) {
      out[name] = UNKNOWN;
    } else if (!a.useStateForUnknown || out[name] === null || out[name] === undefined) {
      out[name] = UNKNOWN;
    }
  }
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    if (name === TIMEOUTS_BLOCK && block.blocks?.[name]) continue; // plain config, nothing computed
    const pv = out[name];
    const cv = config ? config[name] : null;
    if (pv === null || pv === undefined || isUnknown(pv)) continue;
    // Nested elements keep their proposed values on update; only brand-new elements get unknowns.
    const elemMode = mode === 'update' ? 'nested-update' : mode;
    const sub = (p: Value, c: Value | undefined) =>
      isObj(p) ? planNested(nb.block, p, isObj(c ?? null) ? (c as ObjectValue) : null, elemMode) : p;
    if (nb.nesting === 'single' || nb.nesting === 'group') out[name] = sub(pv, cv);
    else if (Array.isArray(pv)) out[name] = pv.map((e, i) => sub(e, Array.isArray(cv) ? cv[i] : null));
    else if (isObj(pv)) {
      const m: ObjectValue = {};
      for (const [k, e] of Object.entries(pv)) m[k] = sub(e, isObj(cv) ? cv[k] : null);
      out[name] = m;
    }
  }
  return out;
}

function planNested(block: BlockSchema, proposed: ObjectValue, config: ObjectValue | null, mode: 'create' | 'replace' | 'nested-update'): ObjectValue {
  if (mode !== 'nested-update') return planComputed(block, proposed, config, mode);
  // In-place update of a nested element: keep what Terraform proposed (prior values), and mark
  // unknown only what is still null, since the API will fill it in.
  const out: ObjectValue = { ...proposed };
  for (const [name, a] of Object.entries(block.attributes)) {
    if (!a.computed) continue;
    const c = config ? config[name] : null;
    if (emptyIsNoValue(a, c)) {
      // "" that means unset: an element matched to prior state holds the prior value by now
      // (keepPriorForEmptyNested, null included); only a new element still has "": the API decides.
      if (out[name] === '') out[name] = UNKNOWN;
      continue;
    }
    if (c !== null && c !== undefined) continue;
    if (a.optional && a.default !== undefined) out[name] = cloneValue(a.default);
    else if (out[name] === null || out[name] === undefined) out[name] = UNKNOWN;
  }
  return out;
}

/** Sets `default` for optional+computed attributes the config leaves null (top level). */
function applyDefaults(block: BlockSchema, proposed: ObjectValue, config: ObjectValue | null): ObjectValue {
  const out: ObjectValue = { ...proposed };
  for (const [name, a] of Object.entries(block.attributes)) {
    if (!(a.computed && a.optional && a.default !== undefined)) continue;
    const c = config ? config[name] : null;
    if (c === null || c === undefined) out[name] = cloneValue(a.default);
  }
  return out;
}

function sameIgnoring(block: BlockSchema, a: ObjectValue, b: ObjectValue, ignore: Set<string>): boolean {
  for (const [name, at] of Object.entries(block.attributes)) {
    if (ignore.has(name)) continue;
    if (!valuesEqual(a[name], b[name], { attr: at.type })) return false;
  }
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    if (ignore.has(name)) continue;
    const shape = nb.nesting === 'single' || nb.nesting === 'group' ? { block: nb.block } : { blockCollection: nb.nesting, block: nb.block };
    if (!valuesEqual(a[name], b[name], shape)) return false;
  }
  return true;
}

function blockHasForceNew(block: BlockSchema): boolean {
  return (
    Object.values(block.attributes).some((a) => a.forceNew) ||
    Object.values(block.blocks ?? {}).some((nb) => blockHasForceNew(nb.block))
  );
}

/** Keeps only requires_replace paths whose first step names an attribute or block of the schema. */
export function validReplacePaths(block: BlockSchema, paths: AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    if (!p.length || typeof p[0] !== 'string') return false;
    if (!(p[0] in block.attributes) && !(p[0] in (block.blocks ?? {}))) return false;
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Plans a change. `schema` is the effective schema (with id/timeouts). `def` supplies modifyPlan.
 */
export function planResourceChange(
  schema: BlockSchema,
  prior: ObjectValue | null,
  proposed: ObjectValue | null,
  config: ObjectValue | null,
  def?: Pick<ResourceDefinition, 'modifyPlan'>,
): PlanResult {
  if (proposed === null) return { planned: null, requiresReplace: [] };

  const unsetByEmpty = emptyMeansUnset(schema, config);
  let legacy: { legacyTypeSystem?: true } = anyEmptyMeansUnset(schema, config) ? { legacyTypeSystem: true } : {};
  if (prior === null) {
    const planned = planComputed(schema, proposed, config, 'create');
    const requiresReplace: AttributePath[] = [];
    def?.modifyPlan?.({ config: config ?? {}, prior: null, planned, requiresReplace });
    return { planned, requiresReplace: [], ...legacy };
  }

  const base = applyDefaults(schema, proposed, config);
  // A configured "" that means unset keeps the value the API chose, so it shows no change.
  // (When the API returned no value, state holds null, and "" is no change from that either.)
  for (const name of unsetByEmpty) if (base[name] === '') base[name] = prior[name] ?? null;
  keepPriorForEmptyNested(schema, base, prior, config);
  if (keepAbsentComputedBlocks(schema, base, prior, config)) legacy = { legacyTypeSystem: true };
  if (sameIgnoring(schema, base, prior, new Set())) {
    // Nothing to do: the plan must be the prior state, byte for byte, or Terraform shows a diff.
    return { planned: prior, requiresReplace: [], ...legacy };
  }
  if (sameIgnoring(schema, base, prior, new Set([TIMEOUTS_BLOCK]))) {
    // Only the timeouts changed: no API call is needed, so computed values stay as they are.
    return { planned: base, requiresReplace: [], ...legacy };
  }

  let requiresReplace: AttributePath[] = [];
  for (const [name, a] of Object.entries(schema.attributes)) {
    // A configured "" that means unset asks for nothing, so it never replaces the object.
    if (a.forceNew && !(a.emptyIsUnset && base[name] === '') && !valuesEqual(base[name], prior[name], { attr: a.type })) requiresReplace.push([name]);
  }
  for (const [name, nb] of Object.entries(schema.blocks ?? {})) {
    if (name === TIMEOUTS_BLOCK || !blockHasForceNew(nb.block)) continue;
    const shape = nb.nesting === 'single' || nb.nesting === 'group' ? { block: nb.block } : { blockCollection: nb.nesting, block: nb.block };
    if (!valuesEqual(base[name], prior[name], shape)) requiresReplace.push([name]);
  }

  let planned = planComputed(schema, base, config, requiresReplace.length ? 'replace' : 'update', prior);
  if (def?.modifyPlan) {
    const before = requiresReplace.length;
    if (def.modifyPlan({ config: config ?? {}, prior, planned, requiresReplace })?.legacyTypeSystem) legacy = { legacyTypeSystem: true };
    if (before === 0 && requiresReplace.length > 0) {
      // The hook turned an update into a replacement: the new object's computed values are unknown.
      const replaced = planComputed(schema, planned, config, 'replace');
      planned = replaced;
    }
  }
  requiresReplace = validReplacePaths(schema, requiresReplace);
  return { planned, requiresReplace, ...legacy };
}

/**
 * The applied state, checked against the plan. Unknown planned values take the API's values. A
 * known planned value that the API returned differently is NOT replaced by the planned one: the
 * API's value is returned, so Terraform reports "Provider produced inconsistent result after
 * apply" (the signal a provider's users rely on to find such bugs), except where the attribute's
 * documented `normalize` rule says the two are the same value spelled differently; then the
 * configured spelling is kept. A value the resource did not return at all keeps the planned one.
 */
export function reconcileWithPlan(schema: BlockSchema, planned: ObjectValue, result: ObjectValue, warn: Warn, typeName = ''): ObjectValue {
  const out: ObjectValue = {};
  const fields: Array<[string, Parameters<typeof valuesEqual>[2]]> = [
    ...Object.entries(schema.attributes).map(([n, a]) => [n, { attr: a.type }] as [string, Parameters<typeof valuesEqual>[2]]),
    ...Object.entries(schema.blocks ?? {}).map(
      ([n, nb]) =>
        [n, nb.nesting === 'single' || nb.nesting === 'group' ? { block: nb.block } : { blockCollection: nb.nesting, block: nb.block }] as [
          string,
          Parameters<typeof valuesEqual>[2],
        ],
    ),
  ];
  for (const [name, shape] of fields) {
    const p = planned[name] ?? null;
    const r = result[name];
    if (name === TIMEOUTS_BLOCK && schema.blocks?.[TIMEOUTS_BLOCK]) {
      out[name] = p;
      continue;
    }
    if (containsUnknown(p)) {
      out[name] = r === undefined ? null : unknownsToNull(r);
    } else if (r === undefined || valuesEqual(r, p, shape)) {
      out[name] = p;
    } else if (sameCanonical(schema.attributes[name], p, r) || keptEmpty(schema.attributes[name], p)) {
      out[name] = p;
    } else {
      warn(`${typeName}: the API returned a value for "${name}" that differs from the plan; returning the API's value (Terraform reports it as an inconsistent result)`, {
        attribute: name,
        planned: safe(p),
        returned: safe(r),
      });
      out[name] = unknownsToNull(r);
    }
  }
  return out;
}

/** True when the attribute has a normalisation rule and both values have the same canonical form. */
function sameCanonical(a: AttributeSchema | undefined, x: Value | undefined, y: Value | undefined): boolean {
  if (!a?.normalize || x === null || x === undefined || y === null || y === undefined || isUnknown(x) || isUnknown(y)) return false;
  return valuesEqual(a.normalize(x), a.normalize(y), { attr: a.type });
}

/**
 * True when "" was configured for a non-computed attribute where "" means unset (a password): it
 * stays "" in state, since Terraform requires a non-computed value to be kept as configured.
 * Computed ones take the API's value (see `emptyMeansUnset`).
 */
function keptEmpty(a: AttributeSchema | undefined, configured: Value | undefined): boolean {
  return !!a?.emptyIsUnset && !a.computed && configured === '';
}

/**
 * Completes a refreshed state: missing keys keep the prior value; timeouts stay; no unknowns. A
 * value that differs from the prior one only by the attribute's `normalize` rule keeps the prior
 * (configured) spelling, so the canonical form does not show up as a change on every plan.
 */
export function completeReadState(schema: BlockSchema, prior: ObjectValue, result: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of [...Object.keys(schema.attributes), ...Object.keys(schema.blocks ?? {})]) {
    if (name === TIMEOUTS_BLOCK && schema.blocks?.[TIMEOUTS_BLOCK]) out[name] = prior[name] ?? null;
    else if (sameCanonical(schema.attributes[name], prior[name], result[name]) || keptEmpty(schema.attributes[name], prior[name])) out[name] = prior[name];
    else out[name] = unknownsToNull(result[name] === undefined ? prior[name] ?? null : result[name]);
  }
  return out;
}

/** A data source result: configured values win (Terraform checks them), unknowns become null. */
export function completeDataSourceState(schema: BlockSchema, config: ObjectValue, result: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(schema.attributes)) {
    const c = config[name];
    if (c !== null && c !== undefined && !containsUnknown(c)) out[name] = c;
    else if (!a.computed) out[name] = c === undefined ? null : unknownsToNull(c);
    else out[name] = unknownsToNull(result[name] ?? null);
  }
  for (const name of Object.keys(schema.blocks ?? {})) {
    const c = config[name];
    out[name] = c !== undefined && !containsUnknown(c) ? c : unknownsToNull(result[name] ?? c ?? null);
  }
  return out;
}

/** Fills every schema key (missing ones null) and strips unknowns: for imports and upgrades. */
export function completeState(schema: BlockSchema, partial: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) out[name] = unknownsToNull(partial[name] ?? null);
  for (const [name, nb] of Object.entries(schema.blocks ?? {})) {
    const v = partial[name];
    if (v === undefined || v === null) {
      out[name] = nb.nesting === 'list' || nb.nesting === 'set' ? [] : nb.nesting === 'map' ? {} : nb.nesting === 'group' ? completeState(nb.block, {}) : null;
    } else out[name] = unknownsToNull(v);
  }
  return out;
}

function safe(v: Value): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'symbol' ? '(unknown)' : x)));
}
