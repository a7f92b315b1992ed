/**
 * ValidateResourceConfig / ValidateDataResourceConfig: required and type checks, attribute
 * validators, nested block counts, timeouts durations. Unknown values are skipped (they are
 * validated again at plan time, when Terraform knows them).
 */
import { isUnknown } from './types';
import type { AttrType, AttributePath, BlockSchema, Diagnostic, ObjectValue, Unknown, Value } from './types';
import { TIMEOUTS_BLOCK } from './schema';
import { parseDuration } from './wait';

export function validateBlock(block: BlockSchema, value: ObjectValue | null, path: AttributePath = [], diags: Diagnostic[] = [], isTimeouts = false): Diagnostic[] {
  if (!value) return diags;
  for (const [name, a] of Object.entries(block.attributes)) {
    const v = value[name];
    const p = [...path, name];
    if (isUnknown(v)) continue;
    if (v === null || v === undefined) {
      if (a.required) diags.push({ severity: 'error', summary: 'Missing required argument', detail: `The argument "${name}" is required, but no definition was found.`, attribute: p });
      continue;
    }
    if (!a.required && !a.optional) {
      diags.push({ severity: 'error', summary: 'Value for unconfigurable attribute', detail: `Can't configure a value for "${name}": its value will be decided automatically based on the result of applying this configuration; remove it from the configuration.`, attribute: p });
      continue;
    }
    const typeProblem = checkType(v, a.type, p, diags);
    if (typeProblem) continue;
    if (isTimeouts && typeof v === 'string' && parseDuration(v) === undefined) {
      diags.push({ severity: 'error', summary: `Invalid timeout "${v}"`, detail: `The ${name} timeout must be a duration like "30s", "10m" or "1h30m"; got "${v}".`, attribute: p });
    }
    for (const validator of a.emptyIsUnset && v === '' ? [] : a.validators ?? []) {
      let msg: string | undefined;
      try {
        msg = validator(v as Exclude<Value, null | Unknown>);
      } catch (err) {
        msg = `validator failed: ${(err as Error).message}`;
      }
      if (msg) diags.push({ severity: 'error', summary: `Invalid value for "${name}"`, detail: msg, attribute: p });
    }
    if (a.deprecated) diags.push({ severity: 'warning', summary: `Argument "${name}" is deprecated`, detail: a.description, attribute: p });
  }
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    const v = value[name];
    const p = [...path, name];
    if (v === null || v === undefined || isUnknown(v)) {
      if ((nb.minItems ?? 0) > 0 && !isUnknown(v)) {
        diags.push({ severity: 'error', summary: `Missing required block "${name}"`, detail: `At least ${nb.minItems} "${name}" block(s) are required.`, attribute: p });
      }
      continue;
    }
    const timeouts = path.length === 0 && name === TIMEOUTS_BLOCK;
    if (nb.nesting === 'single' || nb.nesting === 'group') {
      validateBlock(nb.block, v as ObjectValue, p, diags, timeouts);
    } else if (Array.isArray(v)) {
      const known = v.every((e) => !isUnknown(e));
      if (known && nb.minItems && v.length < nb.minItems) diags.push({ severity: 'error', summary: `Too few "${name}" blocks`, detail: `At least ${nb.minItems} "${name}" block(s) are required; found ${v.length}.`, attribute: p });
      if (known && nb.maxItems && v.length > nb.maxItems) diags.push({ severity: 'error', summary: `Too many "${name}" blocks`, detail: `No more than ${nb.maxItems} "${name}" block(s) are allowed; found ${v.length}.`, attribute: p });
      // Set elements have no stable index; point diagnostics at the block itself.
      v.forEach((e, i) => !isUnknown(e) && validateBlock(nb.block, e as ObjectValue, nb.nesting === 'set' ? p : [...p, i], diags));
    } else if (typeof v === 'object') {
      for (const [k, e] of Object.entries(v as ObjectValue)) if (!isUnknown(e)) validateBlock(nb.block, e as ObjectValue, [...p, k], diags);
    }
  }
  return diags;
}

/** Adds a diagnostic and returns true when `v` does not have type `t` (unknowns inside pass). */
function checkType(v: Value, t: AttrType, p: AttributePath, diags: Diagnostic[]): boolean {
  const bad = (expected: string) => {
    diags.push({ severity: 'error', summary: 'Incorrect attribute value type', detail: `Expected ${expected}, got ${JSON.stringify(v)}.`, attribute: p });
    return true;
  };
  if (isUnknown(v) || v === null) return false;
  if (t === 'string') return typeof v === 'string' ? false : bad('a string');
  if (t === 'number') return typeof v === 'number' || (typeof v === 'string' && /^-?\d/.test(v)) ? false : bad('a number');
  if (t === 'bool') return typeof v === 'boolean' ? false : bad('a bool');
  const [kind, inner] = t;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(v)) return bad(`a ${kind}`);
    let any = false;
    v.forEach((e, i) => (any = checkType(e, inner as AttrType, kind === 'list' ? [...p, i] : p, diags) || any));
    return any;
  }
  if (typeof v !== 'object' || Array.isArray(v)) return bad(kind === 'map' ? 'a map' : 'an object');
  let any = false;
  if (kind === 'map') {
    for (const [k, e] of Object.entries(v)) any = checkType(e, inner as AttrType, [...p, k], diags) || any;
  } else {
    for (const [k, at] of Object.entries(inner as { [k: string]: AttrType })) any = checkType((v as ObjectValue)[k] ?? null, at, [...p, k], diags) || any;
  }
  return any;
}
