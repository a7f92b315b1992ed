/**
 * What every list data source does at the end, in one place: keep the configured arguments, filter
 * by `ids` / `name_regex` / `tags` the way the real provider does locally, write `output_file`,
 * and set `id` (a digest of the IDs found), `ids` and `names`.
 */
import type { AttributeSchema, ObjectValue, Value } from '../framework/types';
import { str, strList, strMap } from '../shared/values';
import { resultId, writeOutputFile } from './common';

export interface Listed {
  id: string;
  name?: string;
  tags?: Record<string, string>;
}

/** Keeps rows whose id is in `ids` (when given), whose name matches `name_regex`, carrying all `tags`. */
export function localFilter<T extends Listed>(config: ObjectValue, rows: T[]): T[] {
  const ids = strList(config.ids);
  const re = str(config.name_regex) !== undefined ? new RegExp(str(config.name_regex)!) : undefined;
  const want = strMap(config.tags) ?? {};
  return rows.filter(
    (r) => (!ids || ids.length === 0 || ids.includes(r.id)) && (!re || re.test(r.name ?? '')) && Object.entries(want).every(([k, v]) => r.tags?.[k] === v),
  );
}

/** The data source's state: configured arguments as given, plus the results under `listKey`. */
export function finishListing(
  attributes: { [name: string]: AttributeSchema },
  config: ObjectValue,
  listKey: string,
  items: ObjectValue[],
  rows: Listed[],
): ObjectValue {
  const foundIds = rows.map((r) => r.id);
  writeOutputFile(config, items);
  const out: ObjectValue = { ...Object.fromEntries(Object.keys(attributes).map((k) => [k, (config[k] ?? null) as Value])) };
  out.id = resultId(foundIds);
  out[listKey] = items;
  if ('ids' in attributes) out.ids = foundIds;
  if ('names' in attributes) out.names = rows.map((r) => r.name ?? '');
  return out;
}
