/**
 * The tag actions of both products, implemented once over every family's taggable types:
 * VPC TagResources / UnTagResources / ListTagResources (ResourceType VPC, VSWITCH, ROUTETABLE …)
 * and ECS TagResources / UntagResources / ListTagResources (instance, securitygroup …). The
 * products differ only in spelling, limits and response order, which the two dialects below
 * record; the rules and the row updates are domain/tags.ts.
 */
import { InvalidResourceIdNotFound, InvalidResourceTypeNotFound, MissingParameter, type ApiError } from '../errors';
import { listTagPairs, tagRows, tagsFromParams, untagRows, type Tags } from '../domain/tags';
import type { Transaction } from '../store/store';
import type { Product } from '../wire/dispatch';
import { boolean, integer, list, objects, required, string, tags } from '../wire/params';
import type { TaggableType } from './family';
import { pageByToken } from './paging';
import { ID, RESOURCE_TYPE } from './params';
import { defineAction, type ActionDefinition } from './registry';

interface Dialect {
  product: Product;
  /** The spelling ResourceType is matched and listed in. */
  canonical(resourceType: string): string;
  unknownType(resourceType: string, known: string[]): ApiError;
  notFound(tx: Transaction, resourceType: string, id: string): ApiError;
}

const VPC: Dialect = {
  product: 'vpc',
  canonical: (t) => t.toUpperCase(),
  unknownType: (t, known) =>
    new InvalidResourceTypeNotFound(`The ResourceType "${t}" is not supported by the VPC tag actions: use ${known.join(', ')}. (Security groups and instances are tagged through ECS.)`),
  notFound: (_tx, t, id) => new InvalidResourceIdNotFound(`The resource "${id}" of type ${t} does not exist in this region. Check the ResourceId and the ResourceType.`),
};

const ECS: Dialect = {
  product: 'ecs',
  canonical: (t) => t.toLowerCase(),
  unknownType: (t, known) =>
    new InvalidResourceTypeNotFound(
      `The ResourceType "${t}" is not supported by the sandbox's ECS tag actions: use ${known.map((k) => `"${k}"`).join(' or ')}. (VPC resources are tagged through the VPC product's TagResources.)`,
    ),
  notFound: (tx, t, id) => new InvalidResourceIdNotFound(`The ${t} "${id}" does not exist in region ${tx.region}; check the ResourceId.N values and the ResourceType.`),
};

/** ResourceType → table for one product, with the product's error for an unknown type. */
function tableResolver(dialect: Dialect, types: readonly TaggableType[]): (resourceType: string) => string {
  const tables = new Map(types.filter((t) => t.product === dialect.product).map((t) => [dialect.canonical(t.resourceType), t.table]));
  return (resourceType) => {
    const table = tables.get(dialect.canonical(resourceType));
    if (!table) throw dialect.unknownType(resourceType, [...tables.keys()]);
    return table;
  };
}

function tagOp(tx: Transaction, d: Dialect, table: string, type: string, ids: string[], t: Tags): void {
  tagRows(tx, table, ids, t, (id) => d.notFound(tx, type, id));
}

function untagOp(tx: Transaction, d: Dialect, table: string, type: string, ids: string[], keys: string[] | undefined, all: boolean): void {
  untagRows(tx, table, ids, keys, all, (id) => d.notFound(tx, type, id));
}

function vpcTagActions(types: readonly TaggableType[]): ActionDefinition[] {
  const tableFor = tableResolver(VPC, types);
  const TYPE = required(RESOURCE_TYPE);
  return [
    defineAction({
      name: 'TagResources',
      products: ['vpc'],
      params: { ResourceType: TYPE, ResourceId: required(list(ID, { maxItems: 20 })), Tag: tags() },
      async handle(ctx, p) {
        const tagMap = tagsFromParams(p.Tag);
        await ctx.transact((tx) => {
          const table = tableFor(p.ResourceType);
          if (Object.keys(tagMap).length === 0) throw new MissingParameter('The input parameter "Tag.N.Key" that is mandatory for processing this request is not supplied: give at least one tag.');
          tagOp(tx, VPC, table, p.ResourceType, p.ResourceId, tagMap);
        });
        return {};
      },
    }),
    defineAction({
      name: 'UnTagResources',
      products: ['vpc'],
      params: { ResourceType: TYPE, ResourceId: required(list(ID, { maxItems: 20 })), TagKey: list(string({ maxLength: 128 }), { maxItems: 20 }), All: boolean() },
      async handle(ctx, p) {
        await ctx.transact((tx) => {
          const table = tableFor(p.ResourceType);
          if (!p.All && (!p.TagKey || p.TagKey.length === 0)) throw new MissingParameter('Say which tags to remove: give TagKey.N, or All=true to remove every tag.');
          untagOp(tx, VPC, table, p.ResourceType, p.ResourceId, p.TagKey, !!p.All);
        });
        return {};
      },
    }),
    defineAction({
      name: 'ListTagResources',
      products: ['vpc'],
      params: { ResourceType: TYPE, ResourceId: list(ID, { maxItems: 50 }), Tag: tags(), MaxResults: integer({ min: 1, max: 50 }), NextToken: string({ maxLength: 256 }) },
      handle(ctx, p) {
        return ctx.read((tx) => {
          const table = tableFor(p.ResourceType);
          if ((!p.ResourceId || p.ResourceId.length === 0) && (!p.Tag || p.Tag.length === 0)) {
            throw new MissingParameter('Give ResourceId.N or Tag.N to say which resources to list the tags of.');
          }
          const type = VPC.canonical(p.ResourceType);
          const pg = pageByToken(listTagPairs(tx, table, p.ResourceId, p.Tag), p.NextToken, p.MaxResults ?? 50);
          return {
            NextToken: pg.NextToken,
            TagResources: { TagResource: pg.items.map((r) => ({ ResourceId: r.resourceId, ResourceType: type, TagKey: r.key, TagValue: r.value })) },
          };
        });
      },
    }),
  ];
}

/** Pairs per ECS ListTagResources page (the real page size). */
const ECS_TAG_PAGE = 50;

function ecsTagActions(types: readonly TaggableType[]): ActionDefinition[] {
  const tableFor = tableResolver(ECS, types);
  const TYPE = required(RESOURCE_TYPE);
  const TAG = tags();
  return [
    defineAction({
      name: 'TagResources',
      products: ['ecs'],
      params: { ResourceType: TYPE, ResourceId: required(list(string({ maxLength: 64 }), { maxItems: 50 })), Tag: required(TAG) },
      async handle(ctx, p) {
        const t = tagsFromParams(p.Tag);
        await ctx.transact((tx) => tagOp(tx, ECS, tableFor(p.ResourceType), p.ResourceType, p.ResourceId, t));
        return {};
      },
    }),
    defineAction({
      name: 'UntagResources',
      products: ['ecs'],
      params: { ResourceType: TYPE, ResourceId: required(list(string({ maxLength: 64 }), { maxItems: 50 })), TagKey: list(string({ maxLength: 128 }), { maxItems: 20 }), All: boolean() },
      async handle(ctx, p) {
        // As in the real API, All only takes effect when no TagKey.N is given.
        const removeAll = (p.All ?? false) && (p.TagKey ?? []).length === 0;
        await ctx.transact((tx) => untagOp(tx, ECS, tableFor(p.ResourceType), p.ResourceType, p.ResourceId, p.TagKey, removeAll));
        return {};
      },
    }),
    defineAction({
      name: 'ListTagResources',
      products: ['ecs'],
      params: {
        ResourceType: TYPE,
        ResourceId: list(string({ maxLength: 64 }), { maxItems: 50 }),
        Tag: TAG,
        TagFilter: objects({ TagKey: string({ maxLength: 128 }), TagValues: list(string({ maxLength: 128 }), { maxItems: 20 }) }, { maxItems: 5 }),
        NextToken: string({ maxLength: 256 }),
      },
      handle(ctx, p) {
        return ctx.read((tx) => {
          const table = tableFor(p.ResourceType);
          const filters = p.TagFilter ?? [];
          // A tag passes TagFilter when its key is named and its value is among TagValues (when given).
          const keep = (key: string, value: string) =>
            filters.length === 0 || filters.some((f) => f.TagKey === key && (!f.TagValues || f.TagValues.length === 0 || f.TagValues.includes(value)));
          const type = ECS.canonical(p.ResourceType);
          const pg = pageByToken(listTagPairs(tx, table, p.ResourceId, p.Tag, keep), p.NextToken, ECS_TAG_PAGE);
          return {
            TagResources: { TagResource: pg.items.map((r) => ({ ResourceId: r.resourceId, ResourceType: type, TagKey: r.key, TagValue: r.value })) },
            NextToken: pg.NextToken,
          };
        });
      },
    }),
  ];
}

/** Both products' tag actions over the given taggable types. */
export function tagActions(types: readonly TaggableType[]): ActionDefinition[] {
  return [...vpcTagActions(types), ...ecsTagActions(types)];
}

/** The VPC response shape `Tags: { Tag: [{ Key, Value }] }`. */
export function vpcTagsShape(t: Tags): { Tag: Array<{ Key: string; Value: string }> } {
  return { Tag: Object.entries(t).map(([Key, Value]) => ({ Key, Value })) };
}

/** The ECS response shape `Tags: { Tag: [{ TagKey, TagValue }] }` (VPC uses Key/Value; ECS does not). */
export function ecsTagsShape(t: Tags) {
  return { Tag: Object.entries(t).map(([TagKey, TagValue]) => ({ TagKey, TagValue })) };
}
