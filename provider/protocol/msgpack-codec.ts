/**
 * DynamicValue codec: Terraform's msgpack object wire format <-> the plain values of
 * framework/types.ts, driven by the schema's WireType (wire-type.ts). Unknown values travel as
 * msgpack extensions: ext 0, or ext 12 with refinements. Numbers: see wire-numbers.ts.
 */
import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { UNKNOWN, isUnknown } from '../framework/types';
import type { ObjectValue, Value } from '../framework/types';
import { decodeNumber, encodeNumber } from './wire-numbers';
import { BOOL, NUMBER, STRING, attrTypeToWire, describeValue, emptyFor, nullObject, wireToJsonType, type WireType } from './wire-type';

// ---------------------------------------------------------------------------------------------
// Refinements (ext 12)

/** What a refined unknown promises; decoded for diagnostics and tests, then treated as UNKNOWN. */
export interface Refinements {
  notNull?: boolean;
  stringPrefix?: string;
  numberLower?: [number | string, boolean];
  numberUpper?: [number | string, boolean];
  lengthLower?: number;
  lengthUpper?: number;
}

class RefinedUnknown {
  constructor(readonly refinements: Refinements) {}
}

function decodeRefinements(data: Uint8Array): Refinements {
  if (data.length <= 1) return {};
  try {
    const raw = new Decoder({ useBigInt64: false }).decode(data) as unknown;
    const r: Refinements = {};
    if (raw && typeof raw === 'object') {
      const m = raw as Record<number, unknown>;
      if (m[1] !== undefined) r.notNull = Boolean(m[1]);
      if (typeof m[2] === 'string') r.stringPrefix = m[2];
      if (Array.isArray(m[3])) r.numberLower = m[3] as [number, boolean];
      if (Array.isArray(m[4])) r.numberUpper = m[4] as [number, boolean];
      if (typeof m[5] === 'number') r.lengthLower = m[5];
      if (typeof m[6] === 'number') r.lengthUpper = m[6];
    }
    return r;
  } catch {
    return {};
  }
}

const extensionCodec = new ExtensionCodec();
extensionCodec.register({
  type: 0,
  encode: () => null,
  decode: () => new RefinedUnknown({}),
});
extensionCodec.register({
  type: 12,
  encode: () => null,
  decode: (data) => new RefinedUnknown(decodeRefinements(data)),
});

// A single payload byte: go-cty writes ext 0 with one zero byte and accepts any content.
const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));

const encoder = new Encoder({ sortKeys: true, extensionCodec });
const decoder = new Decoder({ useBigInt64: true, extensionCodec });

function isRawUnknown(v: unknown): boolean {
  return v instanceof RefinedUnknown || v instanceof ExtData;
}
// ---------------------------------------------------------------------------------------------
// Typed walk: decode

function fromWire(raw: unknown, t: WireType, path: string): Value {
  if (isRawUnknown(raw)) return UNKNOWN;
  if (raw === null || raw === undefined) {
    if (t.kind === 'object' && t.group) return nullObject(t);
    return null;
  }
  switch (t.kind) {
    case 'string':
      if (typeof raw !== 'string') throw new TypeError(`${path}: expected a string, got ${describeValue(raw)}`);
      return raw;
    case 'number':
      return decodeNumber(raw, path);
    case 'bool':
      if (typeof raw !== 'boolean') throw new TypeError(`${path}: expected a bool, got ${describeValue(raw)}`);
      return raw;
    case 'dynamic': {
      if (!Array.isArray(raw) || raw.length !== 2) throw new TypeError(`${path}: dynamic value must be [type, value]`);
      const typeBytes = raw[0];
      const typeJson = typeof typeBytes === 'string' ? typeBytes : new TextDecoder().decode(typeBytes as Uint8Array);
      return fromWire(raw[1], attrTypeToWire(JSON.parse(typeJson)), path);
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(raw)) throw new TypeError(`${path}: expected a ${t.kind}, got ${describeValue(raw)}`);
      return raw.map((e, i) => fromWire(e, t.elem, `${path}[${i}]`));
    }
    case 'map': {
      if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) {
        throw new TypeError(`${path}: expected a map, got ${describeValue(raw)}`);
      }
      const out: ObjectValue = {};
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[k] = fromWire(v, t.elem, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) {
        throw new TypeError(`${path}: expected an object, got ${describeValue(raw)}`);
      }
      const src = raw as Record<string, unknown>;
      const out: ObjectValue = {};
      for (const [name, at] of Object.entries(t.attrs)) {
        const sub = path ? `${path}.${name}` : name;
        out[name] = name in src ? fromWire(src[name], at, sub) : emptyFor(at);
      }
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Typed walk: encode

function toWire(v: Value | undefined, t: WireType, path: string): unknown {
  if (isUnknown(v)) return UNKNOWN_EXT;
  if (v === null || v === undefined) {
    const e = emptyFor(t);
    return e === null ? null : toWire(e, t, path);
  }
  switch (t.kind) {
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v); // Terraform converts these too
      throw new TypeError(`${path}: expected a string, got ${describeValue(v)}`);
    case 'number':
      if (typeof v === 'number' || typeof v === 'string') {
        try {
          return encodeNumber(v);
        } catch (err) {
          throw new TypeError(`${path}: ${(err as Error).message}`);
        }
      }
      throw new TypeError(`${path}: expected a number, got ${describeValue(v)}`);
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      throw new TypeError(`${path}: expected a bool, got ${describeValue(v)}`);
    case 'dynamic': {
      const inferred = inferType(v);
      return [new TextEncoder().encode(JSON.stringify(wireToJsonType(inferred))), toWire(v, inferred, path)];
    }
    case 'list':
    case 'set':
      if (!Array.isArray(v)) throw new TypeError(`${path}: expected a ${t.kind} (array), got ${describeValue(v)}`);
      return v.map((e, i) => toWire(e, t.elem, `${path}[${i}]`));
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) throw new TypeError(`${path}: expected a map, got ${describeValue(v)}`);
      const out: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(v)) out[k] = toWire(e, t.elem, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) throw new TypeError(`${path}: expected an object, got ${describeValue(v)}`);
      const out: Record<string, unknown> = {};
      for (const [name, at] of Object.entries(t.attrs)) {
        out[name] = toWire((v as ObjectValue)[name], at, path ? `${path}.${name}` : name);
      }
      return out;
    }
  }
}

/** Best-effort type for a value of a `dynamic` attribute (our schemas declare none). */
function inferType(v: Value): WireType {
  if (typeof v === 'string') return STRING;
  if (typeof v === 'number') return NUMBER;
  if (typeof v === 'boolean') return BOOL;
  if (Array.isArray(v)) return { kind: 'list', elem: v.length ? inferType(v[0]) : STRING };
  if (v && typeof v === 'object') {
    const attrs: { [name: string]: WireType } = {};
    for (const [k, e] of Object.entries(v)) attrs[k] = e === null || isUnknown(e) ? STRING : inferType(e);
    return { kind: 'object', attrs };
  }
  return STRING;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Decodes a msgpack DynamicValue under `type`. Empty input (an unset DynamicValue) decodes to null. */
export function decodeMsgpack(bytes: Uint8Array | undefined | null, type: WireType): Value {
  if (!bytes || bytes.length === 0) return null;
  return fromWire(decoder.decode(bytes), type, '');
}

/** Encodes a value under `type` as msgpack: every object key present, unknowns as ext 0. */
export function encodeMsgpack(value: Value, type: WireType): Uint8Array {
  return encoder.encode(toWire(value, type, ''));
}

/** Exposed for tests: decode the refinements of a raw msgpack ext-12 value. */
export function decodeRawRefinements(bytes: Uint8Array): Refinements | undefined {
  const raw = decoder.decode(bytes);
  return raw instanceof RefinedUnknown ? raw.refinements : undefined;
}
