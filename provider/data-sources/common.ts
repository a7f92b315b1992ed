/**
 * Helpers shared by the data sources: paging through Describe* actions, the real provider's
 * name_regex / output_file arguments, and a stable id for the result set.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import type { Params } from '../client/api-client';
import type { AttributeSchema, ObjectValue, ProviderContext, Validator } from '../framework/types';
import { api } from '../shared/api';

/** Calls a PageNumber/PageSize action until a short page, collecting `pick(page)`. */
export async function pages<T>(ctx: ProviderContext, product: 'vpc' | 'ecs', action: string, params: Params, pick: (out: any) => T[]): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= 200; page++) {
    const out = await api(ctx, product, action, { ...params, PageNumber: page, PageSize: 50 });
    const rows = pick(out);
    all.push(...rows);
    const total = Number(out?.TotalCount);
    if (rows.length < 50 || (Number.isFinite(total) && all.length >= total)) break;
  }
  return all;
}

export const regexValidator: Validator = (v) => {
  try {
    new RegExp(String(v));
    return undefined;
  } catch (e) {
    return `name_regex "${String(v)}" is not a valid regular expression (${(e as Error).message}); fix the pattern`;
  }
};

export const NAME_REGEX_ATTR: AttributeSchema = {
  type: 'string',
  optional: true,
  description: 'A regular expression the names must match.',
  validators: [regexValidator],
};

export const OUTPUT_FILE_ATTR: AttributeSchema = { type: 'string', optional: true, description: 'A file to write the results to (JSON).' };

export const IDS_ATTR: AttributeSchema = {
  type: ['list', 'string'],
  optional: true,
  computed: true,
  description: 'A list of IDs to filter by; after reading, the IDs found.',
};

export const NAMES_ATTR: AttributeSchema = { type: ['list', 'string'], computed: true, description: 'The names of the objects found.' };

/** The data source id: a stable digest of the IDs found (as the real provider does). */
export function resultId(ids: string[]): string {
  return String(parseInt(crypto.createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 8), 16));
}

export function writeOutputFile(config: ObjectValue, rows: unknown): void {
  const file = typeof config.output_file === 'string' ? config.output_file : undefined;
  if (file) fs.writeFileSync(file, JSON.stringify(rows, null, 2));
}
