/**
 * The type tree the DynamicValue codecs walk (msgpack-codec.ts, json-codec.ts), built from the
 * framework's schemas. msgpack and JSON alone cannot say whether a map is a cty map or an object,
 * or whether a string is a number, so every encode/decode is driven by a WireType.
 */
import type { AttrType, BlockSchema, ObjectValue, Value } from '../framework/types';

/** Blocks are objects whose nested blocks carry their nesting rules. */
export type WireType =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'dynamic' }
  | { kind: 'list' | 'set' | 'map'; elem: WireType; block?: boolean }
  | { kind: 'object'; attrs: { [name: string]: WireType }; group?: boolean };

export const STRING: WireType = { kind: 'string' };
export const NUMBER: WireType = { kind: 'number' };
export const BOOL: WireType = { kind: 'bool' };
export const DYNAMIC: WireType = { kind: 'dynamic' };

/** Converts an attribute's AttrType (or the JSON type Terraform uses, incl. "dynamic") to a WireType. */
export function attrTypeToWire(t: AttrType | 'dynamic' | unknown): WireType {
  if (t === 'string') return STRING;
  if (t === 'number') return NUMBER;
  if (t === 'bool') return BOOL;
  if (t === 'dynamic') return DYNAMIC;
  if (Array.isArray(t)) {
    const [k, inner] = t;
    if (k === 'list' || k === 'set' || k === 'map') return { kind: k, elem: attrTypeToWire(inner) };
    if (k === 'object') {
      const attrs: { [name: string]: WireType } = {};
      for (const [name, at] of Object.entries(inner as Record<string, unknown>)) attrs[name] = attrTypeToWire(at);
      return { kind: 'object', attrs };
    }
    if (k === 'tuple') {
      // Tuples never appear in our schemas; treat them as lists of dynamic for decoding only.
      return { kind: 'list', elem: DYNAMIC };
    }
  }
  throw new Error(`unsupported attribute type ${JSON.stringify(t)}; use string, number, bool, or list/set/map/object of them`);
}

/** Converts a block schema to the WireType of its object value (every attribute and nested block). */
export function blockToWire(block: BlockSchema): WireType & { kind: 'object' } {
  const attrs: { [name: string]: WireType } = {};
  for (const [name, a] of Object.entries(block.attributes)) attrs[name] = attrTypeToWire(a.type);
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    const inner = blockToWire(nb.block);
    switch (nb.nesting) {
      case 'single':
        attrs[name] = inner;
        break;
      case 'group':
        attrs[name] = { ...inner, group: true };
        break;
      case 'list':
      case 'set':
      case 'map':
        attrs[name] = { kind: nb.nesting, elem: inner, block: true };
        break;
      default:
        throw new Error(`unsupported block nesting ${JSON.stringify(nb.nesting)} for block ${name}`);
    }
  }
  return { kind: 'object', attrs };
}

/** Terraform's JSON type encoding of a WireType (used for `dynamic` values). */
export function wireToJsonType(t: WireType): unknown {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return t.kind;
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, wireToJsonType(t.elem)];
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(t.attrs).sort()) o[k] = wireToJsonType(t.attrs[k]);
      return ['object', o];
    }
  }
}

/** The value a missing key takes: null, or an empty collection / null-filled object for blocks. */
export function emptyFor(t: WireType): Value {
  if (t.kind === 'object' && t.group) return nullObject(t);
  if ((t.kind === 'list' || t.kind === 'set') && t.block) return [];
  if (t.kind === 'map' && t.block) return {};
  return null;
}

export function nullObject(t: WireType & { kind: 'object' }): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, at] of Object.entries(t.attrs)) out[name] = emptyFor(at);
  return out;
}

/** How a value that failed a type check is named in the error message. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Uint8Array) return 'bytes';
  return typeof v;
}
