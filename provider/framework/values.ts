/** Value helpers shared by the planner, validation and apply: typed equality, unknown checks. */
import { isUnknown } from './types';
import { normalizeDecimal } from './decimal';
import type { AttrType, BlockSchema, ObjectValue, Value } from './types';

/** A type for equality walks: an attribute type or a block (whose nested blocks recurse). */
export type Shape =
  | { attr: AttrType }
  | { block: BlockSchema }
  | { blockCollection: 'list' | 'set' | 'map'; block: BlockSchema };

export function blockShape(block: BlockSchema): Shape {
  return { block };
}

/** Compares two values the way Terraform does: sets ignore order, numbers compare numerically. */
export function valuesEqual(a: Value | undefined, b: Value | undefined, shape?: Shape): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) && isUnknown(b);
  if (a === null || b === null) return a === b;
  if (shape && 'block' in shape && !('blockCollection' in shape)) {
    if (typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return false;
    const bl = shape.block;
    for (const [name, at] of Object.entries(bl.attributes)) {
      if (!valuesEqual((a as ObjectValue)[name], (b as ObjectValue)[name], { attr: at.type })) return false;
    }
    for (const [name, nb] of Object.entries(bl.blocks ?? {})) {
      const sub: Shape = nb.nesting === 'single' || nb.nesting === 'group' ? { block: nb.block } : { blockCollection: nb.nesting, block: nb.block };
      if (!valuesEqual((a as ObjectValue)[name], (b as ObjectValue)[name], sub)) return false;
    }
    return true;
  }
  if (shape && 'blockCollection' in shape) {
    return collectionEqual(a, b, shape.blockCollection, { block: shape.block });
  }
  const t = shape && 'attr' in shape ? shape.attr : undefined;
  if (Array.isArray(t)) {
    const [kind, inner] = t;
    if (kind === 'object') {
      if (typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return false;
      const attrs = inner as { [k: string]: AttrType };
      for (const k of Object.keys(attrs)) if (!valuesEqual((a as ObjectValue)[k], (b as ObjectValue)[k], { attr: attrs[k] })) return false;
      return true;
    }
    return collectionEqual(a, b, kind, { attr: inner as AttrType });
  }
  if (t === 'number' || (typeof a === 'number' && typeof b === 'number')) return numbersEqual(a, b);
  return untypedEqual(a, b);
}

function numbersEqual(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  // A decimal string (kept for precision) equals a number only when it denotes the same value.
  if ((typeof a !== 'number' && typeof a !== 'string') || (typeof b !== 'number' && typeof b !== 'string')) return false;
  const na = normalizeDecimal(String(a));
  return na !== undefined && na === normalizeDecimal(String(b));
}

function collectionEqual(a: Value, b: Value, kind: 'list' | 'set' | 'map', elem: Shape): boolean {
  if (kind === 'map') {
    if (typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return false;
    const ka = Object.keys(a as ObjectValue);
    const kb = Object.keys(b as ObjectValue);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => k in (b as ObjectValue) && valuesEqual((a as ObjectValue)[k], (b as ObjectValue)[k], elem));
  }
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  if (kind === 'list') return a.every((x, i) => valuesEqual(x, b[i], elem));
  // Sets: every element of a matches a distinct element of b.
  const used = new Array<boolean>(b.length).fill(false);
  return a.every((x) => {
    const j = b.findIndex((y, i) => !used[i] && valuesEqual(x, y, elem));
    if (j < 0) return false;
    used[j] = true;
    return true;
  });
}

function untypedEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (isUnknown(a) || isUnknown(b) || a === null || b === null) return false;
  if (typeof a !== typeof b) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => untypedEqual(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => untypedEqual((a as ObjectValue)[k], (b as ObjectValue)[k]));
  }
  return false;
}

/** True when the value or anything inside it is UNKNOWN. */
export function containsUnknown(v: Value | undefined): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === 'object') return Object.values(v).some(containsUnknown);
  return false;
}

/** Replaces every UNKNOWN inside v with null (state may never hold unknowns). */
export function unknownsToNull(v: Value): Value {
  if (isUnknown(v)) return null;
  if (Array.isArray(v)) return v.map(unknownsToNull);
  if (v && typeof v === 'object') {
    const o: ObjectValue = {};
    for (const [k, e] of Object.entries(v)) o[k] = unknownsToNull(e);
    return o;
  }
  return v;
}

/** Deep copy that keeps UNKNOWN symbols. */
export function cloneValue<T extends Value>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneValue) as T;
  if (v && typeof v === 'object') {
    const o: ObjectValue = {};
    for (const [k, e] of Object.entries(v)) o[k] = cloneValue(e);
    return o as T;
  }
  return v;
}
