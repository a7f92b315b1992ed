/**
 * Helpers shared by the data sources: paging through Describe* actions, the real provider's
 * name_regex / output_file arguments, and a stable id for the result set.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import type { Params } from '../client/api-client';
import type { AttributeSchema, ObjectValue, ProviderContext, Validator } from '../framework/types';
import { api } from '../shared/api';

/** Where paging starts and how large pages are (a data source's page_number / page_size), and who wants TotalCount. */
export interface PageOptions {
  firstPage?: number;
  pageSize?: number;
  onTotal?: (total: number) => void;
}

/** Calls a PageNumber/PageSize action until a short page, collecting `pick(page)`. */
export async function pages<T>(
  ctx: ProviderContext,
  product: 'vpc' | 'ecs',
  action: string,
  params: Params,
  pick: (out: any) => T[],
  opts: PageOptions = {},
): Promise<T[]> {
  const all: T[] = [];
  const size = opts.pageSize ?? 50;
  const first = opts.firstPage ?? 1;
  for (let page = first; page < first + 200; page++) {
    const out = await api(ctx, product, action, { ...params, PageNumber: page, PageSize: size });
    const rows = pick(out);
    all.push(...rows);
    const total = Number(out?.TotalCount);
    if (Number.isFinite(total)) opts.onTotal?.(total);
    // A short page is the last; so is the page that reaches TotalCount (counted from page 1).
    if (rows.length < size || (Number.isFinite(total) && page * size >= total)) break;
  }
  return all;
}

/** The `page_number` / `page_size` arguments and `total_count` result of the real provider's paged listings. */
export const PAGING_ATTRS: { [name: string]: AttributeSchema } = {
  page_number: {
    type: 'number',
    optional: true,
    description: 'List only this page (from 1) of the API\'s answer. As in the real provider, a paged read skips the local filters (ids, name_regex, …): only the server-side filters apply.',
  },
  page_size: { type: 'number', optional: true, description: 'The page size of the API calls (default 50).' },
  total_count: { type: 'number', computed: true, description: 'TotalCount as the API answered it: every match of the server-side filters.' },
};

export interface PagedListing<T> {
  rows: T[];
  total: number;
  /** True when page_number asked for one page: the real provider then keeps the page as the API returned it. */
  paged: boolean;
}

/**
 * Lists with the real provider's page_number / page_size semantics: page_number > 0 fetches that
 * one page only; otherwise every page is fetched, page_size (default 50) at a time.
 */
export async function listPaged<T>(
  ctx: ProviderContext,
  product: 'vpc' | 'ecs',
  action: string,
  params: Params,
  pick: (out: any) => T[],
  config: ObjectValue,
): Promise<PagedListing<T>> {
  const pageNumber = typeof config.page_number === 'number' && config.page_number > 0 ? config.page_number : undefined;
  const pageSize = typeof config.page_size === 'number' && config.page_size > 0 ? config.page_size : 50;
  let total = 0;
  if (pageNumber !== undefined) {
    const out = await api(ctx, product, action, { ...params, PageNumber: pageNumber, PageSize: pageSize });
    total = Number(out?.TotalCount) || 0;
    return { rows: pick(out), total, paged: true };
  }
  const rows = await pages(ctx, product, action, params, pick, { pageSize, onTotal: (n) => (total = n) });
  return { rows, total, paged: false };
}

/** Calls a MaxResults/NextToken action until no NextToken comes back, collecting `out[listKey]` of each page. */
export async function tokenPages(ctx: ProviderContext, product: 'vpc' | 'ecs', action: string, params: Params, listKey: string, maxResults = 100): Promise<any[]> {
  const all: any[] = [];
  let token: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const out = await api(ctx, product, action, { ...params, MaxResults: maxResults, NextToken: token });
    all.push(...((out?.[listKey] as any[]) ?? []));
    token = out?.NextToken ? String(out.NextToken) : undefined;
    if (!token) break;
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

/** An epoch-milliseconds time as "YYYY-MM-DD hh:mm:ss" (UTC), the way the real provider prints create_time of VPN objects. */
export function timestampText(ms: unknown): string {
  const n = Number(ms);
  if (ms === undefined || ms === null || ms === '' || !Number.isFinite(n)) return typeof ms === 'string' ? ms : '';
  return new Date(Math.floor(n / 1000) * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

/** A computed digest id plus the `ids`, `name_regex`, `names` and `output_file` arguments every list data source takes. */
export const LIST_BASICS: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
};

/** An API field as the real provider's string attributes show it: absent is "". */
export function textOf(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}
