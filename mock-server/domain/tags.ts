/**
 * Tag rules shared by every taggable resource: `Tag.N.Key`/`Tag.N.Value` on creates, and the
 * tag operations behind both products' TagResources / UntagResources / ListTagResources
 * (actions/tags.ts). Tags live on the resource rows, so any family whose rows carry `tags` is
 * taggable once it names its table in its Family registration.
 */
import { DuplicateTagKey, InvalidTagKeyMalformed, InvalidTagValueMalformed, QuotaExceededTagNum, type ApiError } from '../errors';
import type { Row } from '../store/state-backend';
import type { Transaction } from '../store/store';

/** Tag key → value, as TagResources and `Tag.N.*` set them. */
export type Tags = Record<string, string>;

export const MAX_TAGS_PER_RESOURCE = 20;

export interface TagParam {
  Key?: string;
  Value?: string;
}

function checkKey(key: string | undefined): string {
  if (!key || key.length > 128) {
    throw new InvalidTagKeyMalformed(`The tag key "${key ?? ''}" is invalid: a key is 1 to 128 characters.`);
  }
  if (/^(aliyun|acs:)/i.test(key) || /^https?:\/\//i.test(key)) {
    throw new InvalidTagKeyMalformed(`The tag key "${key}" is invalid: keys may not start with "aliyun", "acs:", "http://" or "https://".`);
  }
  return key;
}

function checkValue(key: string, value: string | undefined): string {
  const v = value ?? '';
  if (v.length > 128 || /^https?:\/\//i.test(v)) {
    throw new InvalidTagValueMalformed(`The value of tag "${key}" is invalid: at most 128 characters, not starting with "http://" or "https://".`);
  }
  return v;
}

/** Validates `Tag.N.*` parameters into a tag map. */
export function tagsFromParams(params: TagParam[] | undefined): Tags {
  const tags: Tags = {};
  for (const t of params ?? []) {
    const key = checkKey(t.Key);
    if (key in tags) throw new DuplicateTagKey(`The tag key "${key}" is given more than once; give each key once.`);
    tags[key] = checkValue(key, t.Value);
  }
  if (Object.keys(tags).length > MAX_TAGS_PER_RESOURCE) {
    throw new QuotaExceededTagNum(`A resource can have at most ${MAX_TAGS_PER_RESOURCE} tags; ${Object.keys(tags).length} were given.`);
  }
  return tags;
}

/** Adds or overwrites tags, enforcing the per-resource limit. */
export function mergeTags(existing: Tags, added: Tags): Tags {
  const merged = { ...existing, ...added };
  if (Object.keys(merged).length > MAX_TAGS_PER_RESOURCE) {
    throw new QuotaExceededTagNum(`A resource can have at most ${MAX_TAGS_PER_RESOURCE} tags; this would make ${Object.keys(merged).length}. Remove some with UntagResources first.`);
  }
  return merged;
}

export function removeTags(existing: Tags, keys: string[] | undefined, all: boolean): Tags {
  if (all) return {};
  const out = { ...existing };
  for (const k of keys ?? []) delete out[k];
  return out;
}

/** True when the resource has every filter tag (a filter without a value matches any value). */
export function matchesTags(tags: Tags, filter: TagParam[] | undefined): boolean {
  return (filter ?? []).every((f) => f.Key !== undefined && f.Key in tags && (f.Value === undefined || tags[f.Key] === f.Value));
}

// ---- tag operations on any table whose rows carry `tags` -------------------------------------

export type TaggedRow = Row & { tags: Tags };

/** The rows of `ids`, all of which must exist (`notFound` builds the product's error). */
function requireRows(tx: Transaction, table: string, ids: string[], notFound: (id: string) => ApiError): TaggedRow[] {
  const t = tx.table<TaggedRow>(table);
  return ids.map((id) => {
    const row = t.get(id);
    if (!row) throw notFound(id);
    return row;
  });
}

export function tagRows(tx: Transaction, table: string, ids: string[], tags: Tags, notFound: (id: string) => ApiError): void {
  const t = tx.table<TaggedRow>(table);
  for (const row of requireRows(tx, table, ids, notFound)) t.put({ ...row, tags: mergeTags(row.tags ?? {}, tags) });
}

export function untagRows(tx: Transaction, table: string, ids: string[], keys: string[] | undefined, all: boolean, notFound: (id: string) => ApiError): void {
  const t = tx.table<TaggedRow>(table);
  for (const row of requireRows(tx, table, ids, notFound)) t.put({ ...row, tags: removeTags(row.tags ?? {}, keys, all) });
}

export interface TagPair {
  resourceId: string;
  key: string;
  value: string;
}

/**
 * Every (resource, tag) pair of the table, limited to the resources named in `ids` (unknown ids
 * simply match nothing, as in the real API), to those carrying all `filter` tags, and to the
 * tags `keep` accepts.
 */
export function listTagPairs(
  tx: Transaction,
  table: string,
  ids: string[] | undefined,
  filter: TagParam[] | undefined,
  keep: (key: string, value: string) => boolean = () => true,
): TagPair[] {
  const wanted = ids && ids.length > 0 ? new Set(ids) : undefined;
  const out: TagPair[] = [];
  for (const row of tx.table<TaggedRow>(table).all()) {
    if (wanted && !wanted.has(row.id)) continue;
    if (!matchesTags(row.tags ?? {}, filter)) continue;
    for (const [key, value] of Object.entries(row.tags ?? {})) if (keep(key, value)) out.push({ resourceId: row.id, key, value });
  }
  return out;
}
