/**
 * The ECS tag actions (TagResources / UntagResources / ListTagResources) over the two ECS
 * resource kinds the sandbox models: instances and security groups. Tags live on the resource
 * rows; the shared rules (key format, 20 per resource) are in tags.ts.
 */
import { InvalidResourceIdNotFound, InvalidResourceTypeNotFound } from '../errors';
import type { Transaction } from '../store/store';
import { TABLES, type InstanceRecord, type SecurityGroupRecord, type Tags } from './records';
import { matchesTags, mergeTags, removeTags, type TagParam } from './tags';

/** ECS ResourceType values (lower-case on the wire) and the table each lives in. */
const TYPES: Record<string, string> = {
  instance: TABLES.instances,
  securitygroup: TABLES.securityGroups,
};

type Taggable = (InstanceRecord | SecurityGroupRecord) & { tags: Tags };

function tableOf(tx: Transaction, resourceType: string) {
  const name = TYPES[resourceType.toLowerCase()];
  if (!name) {
    throw new InvalidResourceTypeNotFound(
      `The ResourceType "${resourceType}" is not supported by the sandbox's ECS tag actions: use "instance" or "securitygroup". (VPC resources are tagged through the VPC product's TagResources.)`,
    );
  }
  return tx.table<Taggable>(name);
}

function requireAll(tx: Transaction, resourceType: string, ids: string[]): Taggable[] {
  const t = tableOf(tx, resourceType);
  return ids.map((id) => {
    const row = t.get(id);
    if (!row) {
      throw new InvalidResourceIdNotFound(`The ${resourceType} "${id}" does not exist in region ${tx.region}; check the ResourceId.N values and the ResourceType.`);
    }
    return row;
  });
}

export function tagResources(tx: Transaction, resourceType: string, ids: string[], tags: Tags): void {
  const t = tableOf(tx, resourceType);
  for (const row of requireAll(tx, resourceType, ids)) t.put({ ...row, tags: mergeTags(row.tags, tags) });
}

export function untagResources(tx: Transaction, resourceType: string, ids: string[], keys: string[] | undefined, all: boolean): void {
  const t = tableOf(tx, resourceType);
  // As in the real API, All only takes effect when no TagKey.N is given.
  const removeAll = all && (keys ?? []).length === 0;
  for (const row of requireAll(tx, resourceType, ids)) t.put({ ...row, tags: removeTags(row.tags, keys, removeAll) });
}

export interface TagPair {
  ResourceId: string;
  ResourceType: string;
  TagKey: string;
  TagValue: string;
}

export interface TagFilter {
  TagKey?: string;
  TagValues?: string[];
}

/**
 * Every (resource, tag) pair of the given type, optionally limited to some resources, to resources
 * carrying all of `tags`, and to tags passing `tagFilters` (key equal; value among TagValues when
 * given). Unknown resource IDs simply match nothing, as in the real API.
 */
export function listTagResources(tx: Transaction, resourceType: string, ids: string[] | undefined, tags: TagParam[] | undefined, tagFilters: TagFilter[] | undefined): TagPair[] {
  const type = resourceType.toLowerCase();
  const rows = tableOf(tx, resourceType).filter((r) => (!ids || ids.length === 0 || ids.includes(r.id)) && matchesTags(r.tags, tags));
  const out: TagPair[] = [];
  for (const r of rows) {
    for (const [key, value] of Object.entries(r.tags)) {
      if (tagFilters && tagFilters.length > 0) {
        const ok = tagFilters.some((f) => f.TagKey === key && (!f.TagValues || f.TagValues.length === 0 || f.TagValues.includes(value)));
        if (!ok) continue;
      }
      out.push({ ResourceId: r.id, ResourceType: type, TagKey: key, TagValue: value });
    }
  }
  return out;
}
