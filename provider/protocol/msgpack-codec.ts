/**
 * DynamicValue codec: Terraform's msgpack object wire format <-> the plain values of types.ts.
 *
 * msgpack on its own cannot say whether a map is a cty map or an object, or whether a string is a
 * number, so every encode/decode is driven by the schema type (WireType below).
 *
 * Numbers: Terraform sends an int when the number fits int64, a float64 when float64 holds it
 * exactly, and otherwise a decimal string (0.1 arrives as "0.1"). Terraform compares plans with
 * arbitrary precision, so echoing "0.1" back as the double 0.1 would change the value. We decode to
 * a JS number whenever that is lossless at the decimal level, and keep a decimal *string* otherwise
 * (huge integers, more than 17 significant digits). On encode, a non-integer JS number goes out as
 * float64 only when its shortest decimal form is exactly the double; otherwise as the shortest
 * decimal string, which is what Terraform itself would have sent for that literal.
 */
import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { UNKNOWN, isUnknown } from '../framework/types';
import type { AttrType, BlockSchema, ObjectValue, Value } from '../framework/types';

/** The type tree the codec walks. Blocks are objects whose nested blocks carry their nesting rules. */
export type WireType =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'dynamic' }
  | { kind: 'list' | 'set' | 'map'; elem: WireType; block?: boolean }
  | { kind: 'object'; attrs: { [name: string]: WireType }; group?: boolean };

const STRING: WireType = { kind: 'string' };
const NUMBER: WireType = { kind: 'number' };
const BOOL: WireType = { kind: 'bool' };
const DYNAMIC: WireType = { kind: 'dynamic' };

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
// Numbers

/** Normalised decimal: sign, significant digits without leading/trailing zeros, exponent. */
export function normalizeDecimal(s: string): string | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  let digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  let exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  if (digits === '') return '0';
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exp += trailing;
  return `${m[1] === '-' ? '-' : ''}${digits}e${exp}`;
}

/** The exact decimal value of a finite double, as a normalised decimal. */
function exactDecimalOfDouble(n: number): string {
  if (n === 0) return '0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, n);
  const bits = buf.getBigUint64(0);
  const sign = bits >> 63n ? '-' : '';
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (expBits === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = expBits - 1075;
  }
  // value = mant * 2^e2
  if (e2 >= 0) return normalizeDecimal(sign + (mant << BigInt(e2)).toString())!;
  // mant * 2^e2 = mant * 5^-e2 / 10^-e2
  const scaled = mant * 5n ** BigInt(-e2);
  return normalizeDecimal(`${sign}${scaled.toString()}e${e2}`)!;
}

/** Whether String(n) is exactly the double n (so float64 and the decimal string are the same value). */
function doubleIsExactDecimal(n: number): boolean {
  return normalizeDecimal(String(n)) === exactDecimalOfDouble(n);
}

/** A number as it should go on the wire: int, float64, or decimal string. */
function encodeNumber(v: number | string): number | string {
  if (typeof v === 'string') {
    if (normalizeDecimal(v) === undefined) throw new TypeError(`expected a number, got the string "${v}"`);
    return v;
  }
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) throw new TypeError('NaN is not a valid Terraform number; return null or a finite number');
    return v; // ±Inf as float64, which go-cty accepts
  }
  if (Number.isInteger(v)) return v; // safe ints as int; larger integral doubles as float64 (exact)
  return doubleIsExactDecimal(v) ? v : String(v);
}

/** A decoded wire number (int, bigint, float64 or decimal string) as a Value. */
function decodeNumber(raw: unknown, path: string): number | string {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') {
    const n = Number(raw);
    return Number.isSafeInteger(n) ? n : raw.toString();
  }
  if (typeof raw === 'string') {
    const norm = normalizeDecimal(raw);
    if (norm === undefined) throw new TypeError(`${path}: "${raw}" is not a number`);
    const n = Number(raw);
    if (Number.isFinite(n) && normalizeDecimal(String(n)) === norm) return n;
    return raw;
  }
  throw new TypeError(`${path}: expected a number, got ${describe(raw)}`);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Uint8Array) return 'bytes';
  return typeof v;
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
      if (typeof raw !== 'string') throw new TypeError(`${path}: expected a string, got ${describe(raw)}`);
      return raw;
    case 'number':
      return decodeNumber(raw, path);
    case 'bool':
      if (typeof raw !== 'boolean') throw new TypeError(`${path}: expected a bool, got ${describe(raw)}`);
      return raw;
    case 'dynamic': {
      if (!Array.isArray(raw) || raw.length !== 2) throw new TypeError(`${path}: dynamic value must be [type, value]`);
      const typeBytes = raw[0];
      const typeJson = typeof typeBytes === 'string' ? typeBytes : new TextDecoder().decode(typeBytes as Uint8Array);
      return fromWire(raw[1], attrTypeToWire(JSON.parse(typeJson)), path);
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(raw)) throw new TypeError(`${path}: expected a ${t.kind}, got ${describe(raw)}`);
      return raw.map((e, i) => fromWire(e, t.elem, `${path}[${i}]`));
    }
    case 'map': {
      if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) {
        throw new TypeError(`${path}: expected a map, got ${describe(raw)}`);
      }
      const out: ObjectValue = {};
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[k] = fromWire(v, t.elem, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) {
        throw new TypeError(`${path}: expected an object, got ${describe(raw)}`);
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

/** The value a missing key takes: null, or an empty collection / null-filled object for blocks. */
function emptyFor(t: WireType): Value {
  if (t.kind === 'object' && t.group) return nullObject(t);
  if ((t.kind === 'list' || t.kind === 'set') && t.block) return [];
  if (t.kind === 'map' && t.block) return {};
  return null;
}

function nullObject(t: WireType & { kind: 'object' }): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, at] of Object.entries(t.attrs)) out[name] = emptyFor(at);
  return out;
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
      throw new TypeError(`${path}: expected a string, got ${describe(v)}`);
    case 'number':
      if (typeof v === 'number' || typeof v === 'string') {
        try {
          return encodeNumber(v);
        } catch (err) {
          throw new TypeError(`${path}: ${(err as Error).message}`);
        }
      }
      throw new TypeError(`${path}: expected a number, got ${describe(v)}`);
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      throw new TypeError(`${path}: expected a bool, got ${describe(v)}`);
    case 'dynamic': {
      const inferred = inferType(v);
      return [new TextEncoder().encode(JSON.stringify(wireToJsonType(inferred))), toWire(v, inferred, path)];
    }
    case 'list':
    case 'set':
      if (!Array.isArray(v)) throw new TypeError(`${path}: expected a ${t.kind} (array), got ${describe(v)}`);
      return v.map((e, i) => toWire(e, t.elem, `${path}[${i}]`));
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) throw new TypeError(`${path}: expected a map, got ${describe(v)}`);
      const out: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(v)) out[k] = toWire(e, t.elem, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) throw new TypeError(`${path}: expected an object, got ${describe(v)}`);
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

/** Decodes Terraform's JSON DynamicValue / raw_state.json under `type`, keeping numbers exact. */
export function decodeJson(bytes: Uint8Array | string | undefined | null, type: WireType): Value {
  if (!bytes || bytes.length === 0) return null;
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  return fromJson(parseJsonKeepingNumbers(text), type, '');
}

/** Exposed for tests: decode the refinements of a raw msgpack ext-12 value. */
export function decodeRawRefinements(bytes: Uint8Array): Refinements | undefined {
  const raw = decoder.decode(bytes);
  return raw instanceof RefinedUnknown ? raw.refinements : undefined;
}

// JSON numbers are kept as their source text so "0.1" or 2^64 survive unchanged.
class JsonNumber {
  constructor(readonly text: string) {}
}

function fromJson(raw: unknown, t: WireType, path: string): Value {
  if (raw === null || raw === undefined) {
    if (t.kind === 'object' && t.group) return nullObject(t);
    // State written by an older schema may hold null for a block collection.
    return emptyFor(t);
  }
  switch (t.kind) {
    case 'string':
      if (typeof raw === 'string') return raw;
      if (raw instanceof JsonNumber) return raw.text;
      if (typeof raw === 'boolean') return String(raw);
      throw new TypeError(`${path}: expected a string, got ${describe(raw)}`);
    case 'number':
      if (raw instanceof JsonNumber) return decodeNumber(raw.text, path);
      if (typeof raw === 'string') return decodeNumber(raw, path);
      throw new TypeError(`${path}: expected a number, got ${describe(raw)}`);
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw new TypeError(`${path}: expected a bool, got ${describe(raw)}`);
    case 'dynamic': {
      const o = raw as { type?: unknown; value?: unknown };
      if (o && typeof o === 'object' && 'type' in o && 'value' in o) return fromJson(o.value, attrTypeToWire(o.type), path);
      return fromJson(raw, inferJsonType(raw), path);
    }
    case 'list':
    case 'set':
      if (!Array.isArray(raw)) throw new TypeError(`${path}: expected a ${t.kind}, got ${describe(raw)}`);
      return raw.map((e, i) => fromJson(e, t.elem, `${path}[${i}]`));
    case 'map':
    case 'object': {
      if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof JsonNumber) {
        throw new TypeError(`${path}: expected an object, got ${describe(raw)}`);
      }
      const src = raw as Record<string, unknown>;
      const out: ObjectValue = {};
      if (t.kind === 'map') {
        for (const [k, e] of Object.entries(src)) out[k] = fromJson(e, t.elem, `${path}["${k}"]`);
        return out;
      }
      // Attributes the current schema no longer has are dropped; new ones start as null.
      const attrs = (t as WireType & { kind: 'object' }).attrs;
      for (const [name, at] of Object.entries(attrs)) {
        out[name] = name in src ? fromJson(src[name], at, path ? `${path}.${name}` : name) : emptyFor(at);
      }
      return out;
    }
  }
}

function inferJsonType(raw: unknown): WireType {
  if (raw instanceof JsonNumber) return NUMBER;
  if (typeof raw === 'boolean') return BOOL;
  if (Array.isArray(raw)) return { kind: 'list', elem: raw.length ? inferJsonType(raw[0]) : STRING };
  if (raw && typeof raw === 'object') {
    const attrs: { [name: string]: WireType } = {};
    for (const [k, e] of Object.entries(raw)) attrs[k] = inferJsonType(e);
    return { kind: 'object', attrs };
  }
  return STRING;
}

/** A small JSON parser that returns numbers as JsonNumber (their exact source text). */
export function parseJsonKeepingNumbers(text: string): unknown {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`invalid JSON at offset ${i}: ${what}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const k = str();
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        o[k] = value();
        ws();
        const d = text[i++];
        if (d === '}') return o;
        if (d !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value());
        ws();
        const d = text[i++];
        if (d === ']') return a;
        if (d !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    if (text.startsWith('null', i)) return (i += 4), null;
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail(`unexpected ${JSON.stringify(c ?? 'end of input')}`);
    i += m[0].length;
    return new JsonNumber(m[0]);
  };
  const str = (): string => {
    // Find the closing quote, honouring escapes, and let JSON.parse decode the escapes.
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const out = value();
  ws();
  if (i !== text.length) fail('trailing characters');
  return out;
}
