/**
 * Tag rules shared by every taggable resource: `Tag.N.Key`/`Tag.N.Value` on creates and the
 * TagResources / UntagResources / ListTagResources actions of both products.
 */
import { DuplicateTagKey, InvalidTagKeyMalformed, InvalidTagValueMalformed, QuotaExceededTagNum } from '../errors';
import type { Tags } from './records';

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

/** The response shape `Tags: { Tag: [{ Key, Value }] }`. */
export function tagsResponse(tags: Tags): { Tag: Array<{ Key: string; Value: string }> } {
  return { Tag: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
}
