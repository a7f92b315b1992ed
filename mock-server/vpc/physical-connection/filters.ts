/**
 * The Express Connect listings' Filter.N.Key / Filter.N.Value.M parameters (DescribeAccessPoints,
 * DescribePhysicalConnections, DescribeVirtualBorderRouters).
 */
import { list, objects, string } from '../../wire/params';

export const FILTER = objects({ Key: string({ maxLength: 64 }), Value: list(string({ maxLength: 256 }), { maxItems: 100 }) }, { maxItems: 20 });

/** Filter.N.Key/Value.M against named fields: an entry matches when every known key has one of its values. */
export function filterMatcher<T>(filters: Array<{ Key?: string; Value?: string[] }> | undefined, fields: Record<string, (row: T) => string>): (row: T) => boolean {
  const known = (filters ?? []).filter((f) => f.Key && fields[f.Key] && (f.Value?.length ?? 0) > 0).map((f) => ({ get: fields[f.Key!], values: new Set(f.Value) }));
  return (row) => known.every((f) => f.values.has(f.get(row)));
}
