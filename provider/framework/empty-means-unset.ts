/**
 * SDKv2's "" means "not set" rule for optional+computed strings, at top level and inside nested
 * blocks: which configured values it applies to, whether a plan needs the legacy type system flag,
 * and how a nested "" keeps the prior state's value. Pure; used by the planner.
 */
import { isUnknown } from './types';
import type { AttributeSchema, BlockSchema, ObjectValue, Value } from './types';
import { TIMEOUTS_BLOCK } from './schema';
import { valuesEqual } from './values';


function isObj(v: Value | undefined): v is ObjectValue {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v);
}

/** True when two elements of a block agree on every attribute and nested block outside `ignore`. */
function sameExcept(block: BlockSchema, a: ObjectValue, b: ObjectValue, ignore: Set<string>): boolean {
  for (const [name, at] of Object.entries(block.attributes)) {
    if (!ignore.has(name) && !valuesEqual(a[name], b[name], { attr: at.type })) return false;
  }
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    const shape = nb.nesting === 'single' || nb.nesting === 'group' ? { block: nb.block } : { blockCollection: nb.nesting, block: nb.block };
    if (!valuesEqual(a[name], b[name], shape)) return false;
  }
  return true;
}

/**
 * True for an optional+computed string, where the real provider (SDKv2, whose diff cannot tell ""
 * from unset) treats a configured "" as not set: on create the API picks the value, and once state
 * holds one, "" is no change. Modules pass "" as their defaults (`private_ip`, `host_name`,
 * `resource_group_id`), then read the real value back.
 */
export function emptyIsNoValue(a: AttributeSchema, configured: Value | undefined): boolean {
  return !!a.optional && !!a.computed && a.type === 'string' && configured === '';
}

/** Names of the attributes configured as "" that mean "not set" (`emptyIsNoValue`). */
export function emptyMeansUnset(block: BlockSchema, config: ObjectValue | null): string[] {
  if (!config) return [];
  return Object.entries(block.attributes)
    .filter(([name, a]) => emptyIsNoValue(a, config[name]))
    .map(([name]) => name);
}

/** The elements of a nested block's value (one for single/group nesting, none for null or unknown). */
function elementsOf(nesting: string, v: Value | undefined): Array<[string | number, ObjectValue]> {
  if (v === null || v === undefined || isUnknown(v)) return [];
  if (nesting === 'single' || nesting === 'group') return isObj(v) ? [['', v]] : [];
  if (Array.isArray(v)) return v.flatMap((e, i) => (isObj(e) ? [[i, e] as [number, ObjectValue]] : []));
  return isObj(v) ? Object.entries(v).flatMap(([k, e]) => (isObj(e) ? [[k, e] as [string, ObjectValue]] : [])) : [];
}

/**
 * True when the configuration sets "" that means "not set" anywhere, nested blocks included: SDKv2
 * applies the same rule to an optional+computed string inside a block (modules pass `psk = ""`
 * inside `ike_config`), so such a plan needs the legacy type system flag too.
 */
export function anyEmptyMeansUnset(block: BlockSchema, config: ObjectValue | null): boolean {
  if (!config) return false;
  if (emptyMeansUnset(block, config).length) return true;
  return Object.entries(block.blocks ?? {}).some(([name, nb]) => elementsOf(nb.nesting, config[name]).some(([, e]) => anyEmptyMeansUnset(nb.block, e)));
}

/**
 * Inside nested blocks, a configured "" that means unset keeps the value the prior state holds for
 * the same element, as at top level (the API's choice stays; "" asks for nothing). Elements of a
 * list or map are matched by position or key; a set element by its other values (a set has no
 * positions). Elements with no prior counterpart keep "", and become unknown in `planNested`.
 */
export function keepPriorForEmptyNested(block: BlockSchema, base: ObjectValue, prior: ObjectValue, config: ObjectValue | null): void {
  if (!config) return;
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    if (name === TIMEOUTS_BLOCK) continue;
    const bv = base[name];
    const cv = config[name];
    const pv = prior[name];
    if (bv === null || bv === undefined || isUnknown(bv) || pv === null || pv === undefined || isUnknown(pv)) continue;
    const fill = (b: ObjectValue, c: ObjectValue, p: ObjectValue): ObjectValue => {
      const out: ObjectValue = { ...b };
      for (const [an, a] of Object.entries(nb.block.attributes)) if (emptyIsNoValue(a, c[an]) && out[an] === '') out[an] = p[an] ?? null;
      keepPriorForEmptyNested(nb.block, out, p, c);
      return out;
    };
    if (nb.nesting === 'single' || nb.nesting === 'group') {
      if (isObj(bv) && isObj(cv ?? null) && isObj(pv)) base[name] = fill(bv, cv as ObjectValue, pv);
    } else if (Array.isArray(bv) && Array.isArray(pv)) {
      const configured = Array.isArray(cv) ? cv : [];
      if (nb.nesting === 'set') {
        const used = new Set<number>();
        base[name] = bv.map((e, i) => {
          const c = configured[i];
          if (!isObj(e) || !isObj(c ?? null)) return e;
          const unsetNames = Object.entries(nb.block.attributes).filter(([an, a]) => emptyIsNoValue(a, (c as ObjectValue)[an])).map(([an]) => an);
          if (!unsetNames.length) return e;
          const j = pv.findIndex((p, k) => !used.has(k) && isObj(p) && sameExcept(nb.block, e, p, new Set(unsetNames)));
          if (j < 0) return e;
          used.add(j);
          return fill(e, c as ObjectValue, pv[j] as ObjectValue);
        });
      } else {
        base[name] = bv.map((e, i) => (isObj(e) && isObj(configured[i] ?? null) && isObj(pv[i] ?? null) ? fill(e, configured[i] as ObjectValue, pv[i] as ObjectValue) : e));
      }
    } else if (isObj(bv) && isObj(pv)) {
      const m: ObjectValue = {};
      for (const [k, e] of Object.entries(bv)) {
        const c = isObj(cv ?? null) ? (cv as ObjectValue)[k] : null;
        m[k] = isObj(e) && isObj(c ?? null) && isObj(pv[k] ?? null) ? fill(e, c as ObjectValue, pv[k] as ObjectValue) : e;
      }
      base[name] = m;
    }
  }
}


/**
 * Blocks marked `computedWhenAbsent` that the configuration leaves out while the prior state has
 * elements: they keep the prior elements (SDKv2's Optional+Computed blocks). Returns whether any did.
 */
export function keepAbsentComputedBlocks(block: BlockSchema, base: ObjectValue, prior: ObjectValue, config: ObjectValue | null): boolean {
  let kept = false;
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    if (!nb.computedWhenAbsent) continue;
    const c = config ? config[name] : null;
    const absent = c === null || c === undefined || (Array.isArray(c) && c.length === 0);
    const p = prior[name];
    if (absent && Array.isArray(p) && p.length > 0) {
      base[name] = p;
      kept = true;
    }
  }
  return kept;
}
