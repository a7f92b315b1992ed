/**
 * The VPC product's tag actions (TagResources, UnTagResources, ListTagResources) over VPCs,
 * VSwitches and route tables. The tag rules themselves are shared with ECS in tags.ts.
 */
import { InvalidResourceIdNotFound, InvalidResourceTypeNotFound, MissingParameter } from '../errors';
import { TABLES, type Tags } from './records';
import { matchesTags, mergeTags, removeTags, type TagParam } from './tags';
import type { Transaction } from '../store/store';
import type { Row } from '../store/state-backend';

/** ResourceType (as the API spells it) → the table holding such resources. */
export const TAGGABLE_TYPES: Readonly<Record<string, string>> = {
  VPC: TABLES.vpcs,
  VSWITCH: TABLES.vswitches,
  ROUTETABLE: TABLES.routeTables,
};

type TaggedRow = Row & { tags: Tags };

function tableFor(resourceType: string): string {
  const table = TAGGABLE_TYPES[resourceType.toUpperCase()];
  if (!table) {
    throw new InvalidResourceTypeNotFound(`The ResourceType "${resourceType}" is not supported by the VPC tag actions: use ${Object.keys(TAGGABLE_TYPES).join(', ')}. (Security groups and instances are tagged through ECS.)`);
  }
  return table;
}

function getTagged(tx: Transaction, table: string, resourceType: string, id: string): TaggedRow {
  const row = tx.table<TaggedRow>(table).get(id);
  if (!row) {
    throw new InvalidResourceIdNotFound(`The resource "${id}" of type ${resourceType} does not exist in this region. Check the ResourceId and the ResourceType.`);
  }
  return row;
}

export function tagResources(tx: Transaction, resourceType: string, ids: string[], tags: Tags): void {
  const table = tableFor(resourceType);
  if (Object.keys(tags).length === 0) throw new MissingParameter('The input parameter "Tag.N.Key" that is mandatory for processing this request is not supplied: give at least one tag.');
  for (const id of ids) {
    const row = getTagged(tx, table, resourceType, id);
    tx.table<TaggedRow>(table).put({ ...row, tags: mergeTags(row.tags ?? {}, tags) });
  }
}

export function untagResources(tx: Transaction, resourceType: string, ids: string[], keys: string[] | undefined, all: boolean): void {
  const table = tableFor(resourceType);
  if (!all && (!keys || keys.length === 0)) {
    throw new MissingParameter('Say which tags to remove: give TagKey.N, or All=true to remove every tag.');
  }
  for (const id of ids) {
    const row = getTagged(tx, table, resourceType, id);
    tx.table<TaggedRow>(table).put({ ...row, tags: removeTags(row.tags ?? {}, keys, all) });
  }
}

export interface TagRow {
  resourceId: string;
  resourceType: string;
  key: string;
  value: string;
}

/**
 * Every tag of the resources asked for: those named in `ids` (unknown ids are skipped, as the
 * real API does) and/or those carrying all the `filter` tags.
 */
export function listTagResources(tx: Transaction, resourceType: string, ids: string[] | undefined, filter: TagParam[] | undefined): TagRow[] {
  const table = tableFor(resourceType);
  if ((!ids || ids.length === 0) && (!filter || filter.length === 0)) {
    throw new MissingParameter('Give ResourceId.N or Tag.N to say which resources to list the tags of.');
  }
  const canonical = resourceType.toUpperCase();
  const wanted = ids && ids.length > 0 ? new Set(ids) : undefined;
  const out: TagRow[] = [];
  for (const row of tx.table<TaggedRow>(table).all()) {
    if (wanted && !wanted.has(row.id)) continue;
    if (!matchesTags(row.tags ?? {}, filter)) continue;
    for (const [key, value] of Object.entries(row.tags ?? {})) out.push({ resourceId: row.id, resourceType: canonical, key, value });
  }
  return out;
}
