/**
 * Plain-value conversions between Terraform values (framework/types.ts) and API fields, for
 * resources and data sources alike.
 */
import { isUnknown, type Value } from '../framework/types';

/** A known string, or undefined for null/unknown/empty. */
export function str(v: Value | undefined): string | undefined {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export function num(v: Value | undefined): number | undefined {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  return typeof v === 'number' ? v : Number(v);
}

export function bool(v: Value | undefined): boolean | undefined {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  return v === true || v === 'true';
}

export function known(v: Value | undefined): boolean {
  return v !== undefined && v !== null && !isUnknown(v);
}

/** A known map of strings, or undefined. */
export function strMap(v: Value | undefined): Record<string, string> | undefined {
  if (!known(v) || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, Value>)) if (typeof x === 'string') out[k] = x;
  return out;
}

export function strList(v: Value | undefined): string[] | undefined {
  if (!known(v) || !Array.isArray(v)) return undefined;
  return (v as Value[]).filter((x): x is string => typeof x === 'string');
}

/**
 * For an Optional (not Computed) string attribute: the API reports "unset" as "" or leaves the
 * field out, while Terraform wants null when the configuration left it out.
 */
export function optional(apiValue: unknown, prior: Value | undefined): string | null {
  if (apiValue === undefined || apiValue === null || apiValue === '') return prior === '' ? '' : null;
  return String(apiValue);
}

/** A list the API wraps as {Item: [...]} (e.g. VSwitchIds.VSwitchId), tolerating a bare array. */
export function unwrapList<T = any>(container: any, key: string): T[] {
  if (!container) return [];
  if (Array.isArray(container)) return container;
  const inner = container[key];
  return Array.isArray(inner) ? inner : inner ? [inner] : [];
}
