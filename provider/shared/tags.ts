/**
 * Tags as resources and data sources use them: the `tags` argument, its validator, the API's
 * Tag.N.Key/Tag.N.Value parameters and its Tags.Tag answers.
 */
import type { Params } from '../client/api-client';
import type { AttributeSchema, Validator, Value } from '../framework/types';
import { unwrapList } from './values';

/** Tag.N.Key / Tag.N.Value request parameters. */
export function tagParams(tags: Record<string, string> | undefined, prefix = 'Tag'): Params {
  const out: Params = {};
  Object.entries(tags ?? {}).forEach(([k, v], i) => {
    out[`${prefix}.${i + 1}.Key`] = k;
    out[`${prefix}.${i + 1}.Value`] = v;
  });
  return out;
}

/** Tags.Tag[] {Key,Value} (or TagKey/TagValue) → map. */
export function tagsFromApi(tagsField: any): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of unwrapList(tagsField, 'Tag')) {
    const k = t?.Key ?? t?.TagKey;
    if (typeof k === 'string') out[k] = String(t?.Value ?? t?.TagValue ?? '');
  }
  return out;
}

/** Tag maps: at most 20 tags, keys 1–128 characters not starting with aliyun/acs:, values ≤ 128. */
export const tagMap: Validator = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, Value>);
  if (entries.length > 20) return `${entries.length} tags given; a resource takes at most 20 tags`;
  for (const [k, x] of entries) {
    if (k.length < 1 || k.length > 128) return `tag key "${k}" must be 1 to 128 characters`;
    if (/^(aliyun|acs:)/i.test(k)) return `tag key "${k}" starts with "aliyun" or "acs:", which are reserved; rename the key`;
    if (typeof x === 'string' && x.length > 128) return `the value of tag "${k}" is ${x.length} characters; it may be at most 128`;
    if (typeof x === 'string' && /^(aliyun|acs:)/i.test(x)) return `the value of tag "${k}" starts with "aliyun" or "acs:", which are reserved`;
  }
  return undefined;
};

export const TAGS_ATTR: AttributeSchema = {
  type: ['map', 'string'],
  optional: true,
  description: 'A mapping of tags to assign to the resource.',
  validators: [tagMap],
};
