/**
 * Declarative request-parameter schemas for RPC actions.
 *
 * RPC parameters arrive flat (`Tag.1.Key=env`, `Permissions.2.PortRange=22/22`, `InstanceIds=["i-1"]`).
 * Each action declares what it accepts; this module turns the flat strings into typed values and
 * rejects anything missing, malformed, oversized, wrong-typed or unknown with a real 4xx code.
 * It knows nothing about VPCs or instances: business rules live in the domain services.
 */
import { InvalidParameter, MissingParameter, UnsupportedParameter } from '../errors';

export type RawParams = Record<string, string>;

/** Parameters every RPC request may carry (signing, format and legacy owner fields). */
export const COMMON_PARAMETERS = new Set([
  'Action', 'Version', 'Format', 'AccessKeyId', 'SecurityToken', 'Signature', 'SignatureMethod',
  'SignatureVersion', 'SignatureNonce', 'SignatureType', 'Timestamp', 'ResourceOwnerId',
  'ResourceOwnerAccount', 'OwnerAccount', 'OwnerId', 'CallerParentId', 'AcceptLanguage',
]);

/** Longest value any single parameter may have unless its spec says otherwise. */
const DEFAULT_MAX_LENGTH = 4096;
/** Most entries a repeated parameter (`X.N`) may have unless its spec says otherwise. */
const DEFAULT_MAX_ITEMS = 100;

export interface ParamSpec<T> {
  readonly kind: string;
  readonly required: boolean;
  /** Reads this parameter from the raw map; marks the raw keys it consumed. */
  read(raw: RawParams, name: string, consumed: Set<string>): T | undefined;
  /** A human description of what is expected, for error messages. */
  readonly expects: string;
}

type Opt<T> = { required?: boolean; default?: T };

function invalid(name: string, value: string, expects: string): InvalidParameter {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return new InvalidParameter(`The parameter "${name}" is invalid: expected ${expects}, got "${shown}".`);
}

function scalar<T>(kind: string, expects: string, parse: (v: string, name: string) => T, opts: Opt<T> & { maxLength?: number }): ParamSpec<T> {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  return {
    kind,
    expects,
    required: !!opts.required,
    read(raw, name, consumed) {
      if (!(name in raw)) return opts.default;
      consumed.add(name);
      const v = raw[name];
      if (v.length > maxLength) {
        throw new InvalidParameter(`The parameter "${name}" is too long: at most ${maxLength} characters are allowed, got ${v.length}.`);
      }
      return parse(v, name);
    },
  };
}

export interface StringOpts extends Opt<string> {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** Allowed values; matched case-sensitively unless `ignoreCase`. The canonical spelling is returned. */
  enum?: readonly string[];
  ignoreCase?: boolean;
}

export function string(opts: StringOpts = {}): ParamSpec<string> {
  const expects = opts.enum
    ? `one of ${opts.enum.map((e) => `"${e}"`).join(', ')}`
    : opts.pattern
      ? `a value matching ${opts.pattern}`
      : `a string of ${opts.minLength ?? 0} to ${opts.maxLength ?? DEFAULT_MAX_LENGTH} characters`;
  return scalar('string', expects, (v, name) => {
    if (opts.minLength !== undefined && v.length < opts.minLength) throw invalid(name, v, expects);
    if (opts.pattern && !opts.pattern.test(v)) throw invalid(name, v, expects);
    if (opts.enum) {
      const hit = opts.enum.find((e) => (opts.ignoreCase ? e.toLowerCase() === v.toLowerCase() : e === v));
      if (hit === undefined) throw invalid(name, v, expects);
      return hit;
    }
    return v;
  }, opts);
}

export interface IntegerOpts extends Opt<number> {
  min?: number;
  max?: number;
}

export function integer(opts: IntegerOpts = {}): ParamSpec<number> {
  const min = opts.min ?? Number.MIN_SAFE_INTEGER;
  const max = opts.max ?? Number.MAX_SAFE_INTEGER;
  const expects = opts.min !== undefined || opts.max !== undefined ? `an integer from ${min} to ${max}` : 'an integer';
  return scalar('integer', expects, (v, name) => {
    if (!/^-?\d{1,16}$/.test(v)) throw invalid(name, v, expects);
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min || n > max) throw invalid(name, v, expects);
    return n;
  }, { ...opts, maxLength: 32 });
}

export function boolean(opts: Opt<boolean> = {}): ParamSpec<boolean> {
  return scalar('boolean', '"true" or "false"', (v, name) => {
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
    throw invalid(name, v, '"true" or "false"');
  }, { ...opts, maxLength: 8 });
}

/** A JSON-encoded array of strings, e.g. `InstanceIds=["i-1","i-2"]`. */
export function jsonStringArray(opts: { required?: boolean; maxItems?: number; maxLength?: number } = {}): ParamSpec<string[]> {
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  const expects = `a JSON array of at most ${maxItems} strings, such as ["id-1","id-2"]`;
  return scalar('json', expects, (v, name) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      throw invalid(name, v, expects);
    }
    if (!Array.isArray(parsed) || parsed.length > maxItems || !parsed.every((x) => typeof x === 'string' && x.length <= 256)) {
      throw invalid(name, v, expects);
    }
    return parsed as string[];
  }, { required: opts.required, maxLength: opts.maxLength ?? 64 * 1024 });
}

/** A comma-separated list, e.g. `VpcId=vpc-1,vpc-2`. */
export function csv(opts: { required?: boolean; maxItems?: number } = {}): ParamSpec<string[]> {
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  const expects = `a comma-separated list of at most ${maxItems} values`;
  return scalar('csv', expects, (v, name) => {
    const items = v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    if (items.length > maxItems) throw invalid(name, v, expects);
    return items;
  }, { required: opts.required });
}

/** Reads the indexes N used under `prefix.N...`, validating that each is a positive integer. */
function repeatedIndexes(raw: RawParams, prefix: string, maxItems: number): number[] {
  const indexes = new Set<number>();
  const head = `${prefix}.`;
  for (const key of Object.keys(raw)) {
    if (!key.startsWith(head)) continue;
    const rest = key.slice(head.length);
    const idx = rest.split('.')[0];
    if (!/^[1-9]\d{0,3}$/.test(idx)) {
      throw new InvalidParameter(`The parameter "${key}" is invalid: repeated parameters are numbered ${prefix}.1, ${prefix}.2, … up to ${prefix}.${maxItems}.`);
    }
    indexes.add(Number(idx));
  }
  const sorted = [...indexes].sort((a, b) => a - b);
  if (sorted.length > 0 && sorted[sorted.length - 1] > maxItems) {
    throw new InvalidParameter(`The parameter "${prefix}" has too many entries: at most ${maxItems} are allowed (got ${prefix}.${sorted[sorted.length - 1]}).`);
  }
  return sorted;
}

/** A repeated scalar: `Name.1`, `Name.2`, … */
export function list<T>(item: ParamSpec<T>, opts: { required?: boolean; maxItems?: number } = {}): ParamSpec<T[]> {
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  return {
    kind: 'list',
    required: !!opts.required,
    expects: `${item.expects} under numbered keys`,
    read(raw, name, consumed) {
      const idx = repeatedIndexes(raw, name, maxItems);
      const out: T[] = [];
      for (const i of idx) {
        const key = `${name}.${i}`;
        if (!(key in raw)) throw new UnsupportedParameter(`The parameter "${Object.keys(raw).find((k) => k.startsWith(`${key}.`))}" is not supported: "${name}" takes ${name}.N values.`);
        const v = item.read(raw, key, consumed);
        if (v !== undefined) out.push(v);
      }
      return idx.length === 0 ? undefined : out;
    },
  };
}

type FieldSpecs = Record<string, ParamSpec<unknown>>;
type FieldValues<F extends FieldSpecs> = { [K in keyof F]?: F[K] extends ParamSpec<infer T> ? T : never };

/** A repeated object: `Name.1.Field`, `Name.1.Other`, `Name.2.Field`, … */
export function objects<F extends FieldSpecs>(fields: F, opts: { required?: boolean; maxItems?: number } = {}): ParamSpec<Array<FieldValues<F>>> {
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  return {
    kind: 'objects',
    required: !!opts.required,
    expects: `numbered entries with fields ${Object.keys(fields).join(', ')}`,
    read(raw, name, consumed) {
      const idx = repeatedIndexes(raw, name, maxItems);
      const out: Array<FieldValues<F>> = [];
      for (const i of idx) {
        const obj: Record<string, unknown> = {};
        for (const [field, spec] of Object.entries(fields)) {
          const v = spec.read(raw, `${name}.${i}.${field}`, consumed);
          if (v === undefined && spec.required) {
            throw new MissingParameter(`The input parameter "${name}.${i}.${field}" that is mandatory for processing this request is not supplied.`);
          }
          if (v !== undefined) obj[field] = v;
        }
        out.push(obj as FieldValues<F>);
      }
      return idx.length === 0 ? undefined : out;
    },
  };
}

/** `Tag.N.Key` / `Tag.N.Value` (or `Tags.N.*` with prefix "Tags"). */
export function tags(opts: { maxItems?: number } = {}) {
  return objects({ Key: string({ maxLength: 128 }), Value: string({ maxLength: 128 }) }, { maxItems: opts.maxItems ?? 20 });
}

/** Marks a parameter as mandatory; the parsed type then drops `undefined`. */
export function required<T>(spec: ParamSpec<T>): ParamSpec<T> & { readonly required: true } {
  return { ...spec, read: spec.read, required: true as const };
}

export type ParamSchema = Record<string, ParamSpec<unknown>>;
export type ParsedParams<S extends ParamSchema> = {
  [K in keyof S]: S[K] extends ParamSpec<infer T> ? (S[K] extends { readonly required: true } ? T : T | undefined) : never;
};

/**
 * Parses raw flat parameters against a schema. Unknown parameters are rejected with
 * UnsupportedParameter so that a typo never silently does nothing.
 */
export function parseParams<S extends ParamSchema>(schema: S, raw: RawParams): ParsedParams<S> {
  const consumed = new Set<string>();
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const v = spec.read(raw, name, consumed);
    if (v === undefined && spec.required) {
      throw new MissingParameter(`The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
    }
    if (v === '' && spec.required) {
      throw new MissingParameter(`The input parameter "${name}" that is mandatory for processing this request is empty.`);
    }
    out[name] = v;
  }
  for (const key of Object.keys(raw)) {
    if (!consumed.has(key) && !COMMON_PARAMETERS.has(key)) {
      throw new UnsupportedParameter(`The parameter "${key}" is not supported by this action. Check the spelling against the API reference; the sandbox rejects unknown parameters instead of ignoring them.`);
    }
  }
  return out as ParsedParams<S>;
}
