/**
 * Terraform's JSON DynamicValue and stored state (UpgradeResourceState's raw_state.json) decoded
 * under a WireType. JSON numbers are kept as their source text, so "0.1" or 2^64 survive unchanged.
 */
import type { ObjectValue, Value } from '../framework/types';
import { decodeNumber } from './wire-numbers';
import { BOOL, NUMBER, STRING, attrTypeToWire, describeValue, emptyFor, nullObject, type WireType } from './wire-type';

/** Decodes Terraform's JSON DynamicValue / raw_state.json under `type`, keeping numbers exact. */
export function decodeJson(bytes: Uint8Array | string | undefined | null, type: WireType): Value {
  if (!bytes || bytes.length === 0) return null;
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  return fromJson(parseJsonKeepingNumbers(text), type, '');
}

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
      throw new TypeError(`${path}: expected a string, got ${describeValue(raw)}`);
    case 'number':
      if (raw instanceof JsonNumber) return decodeNumber(raw.text, path);
      if (typeof raw === 'string') return decodeNumber(raw, path);
      throw new TypeError(`${path}: expected a number, got ${describeValue(raw)}`);
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw new TypeError(`${path}: expected a bool, got ${describeValue(raw)}`);
    case 'dynamic': {
      const o = raw as { type?: unknown; value?: unknown };
      if (o && typeof o === 'object' && 'type' in o && 'value' in o) return fromJson(o.value, attrTypeToWire(o.type), path);
      return fromJson(raw, inferJsonType(raw), path);
    }
    case 'list':
    case 'set':
      if (!Array.isArray(raw)) throw new TypeError(`${path}: expected a ${t.kind}, got ${describeValue(raw)}`);
      return raw.map((e, i) => fromJson(e, t.elem, `${path}[${i}]`));
    case 'map':
    case 'object': {
      if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof JsonNumber) {
        throw new TypeError(`${path}: expected an object, got ${describeValue(raw)}`);
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
