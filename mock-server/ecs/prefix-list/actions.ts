/**
 * ECS prefix-list actions (2014-05-26): CreatePrefixList, DescribePrefixLists (PrefixListId.N,
 * PrefixListName, AddressFamily, resource group, tags; MaxResults/NextToken),
 * DescribePrefixListAttributes, DescribePrefixListAssociations, ModifyPrefixList (name,
 * description, AddEntry.N / RemoveEntry.N) and DeletePrefixList. Parameter names as the official
 * SDK's models send them.
 */
import { pageByToken } from '../../actions/paging';
import { ECS_CLIENT_TOKEN, TAG } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { integer, list, objects, required, string } from '../../wire/params';
import { createEcsPrefixList, deleteEcsPrefixList, getEcsPrefixList, modifyEcsPrefixList } from './domain';
import { ecsPrefixLists } from './records';
import { associationShapes, attributesShape, prefixListShape } from './shapes';

const ID = string({ maxLength: 64 });
/** Entries per call: a list holds at most 200 (domain.ts), so more than that is never needed. */
const ENTRIES = objects({ Cidr: string({ maxLength: 64 }), Description: string({ maxLength: 1024 }) }, { maxItems: 200 });
/** DescribePrefixLists / DescribePrefixListAssociations: MaxResults 1 to 100, default 10 (sandbox's reading of the default). */
const MAX_RESULTS = integer({ min: 1, max: 100 });
const NEXT_TOKEN = string({ maxLength: 256 });

const createPrefixList = defineAction({
  name: 'CreatePrefixList',
  products: ['ecs'],
  params: {
    PrefixListName: required(string({ maxLength: 256 })),
    AddressFamily: required(string({ maxLength: 16 })),
    MaxEntries: required(integer()),
    Description: string({ maxLength: 1024 }),
    Entry: ENTRIES,
    ResourceGroupId: ID,
    Tag: TAG,
    ClientToken: ECS_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tags = tagsFromParams(p.Tag);
    const id = await ctx.transact(
      (tx) =>
        createEcsPrefixList(tx, {
          name: p.PrefixListName,
          description: p.Description,
          addressFamily: p.AddressFamily,
          maxEntries: p.MaxEntries,
          entries: p.Entry,
          resourceGroupId: p.ResourceGroupId,
          tags,
        }).id,
    );
    return { PrefixListId: id };
  },
});

const describePrefixLists = defineAction({
  name: 'DescribePrefixLists',
  products: ['ecs'],
  params: {
    PrefixListId: list(ID, { maxItems: 100 }),
    PrefixListName: string({ maxLength: 256 }),
    AddressFamily: string({ maxLength: 16 }),
    ResourceGroupId: ID,
    Tag: TAG,
    MaxResults: MAX_RESULTS,
    NextToken: NEXT_TOKEN,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      // Unknown IDs are simply not listed (the real provider's data source filters by ID this way).
      const ids = p.PrefixListId?.length ? new Set(p.PrefixListId) : undefined;
      const rows = ecsPrefixLists(tx).filter(
        (pl) =>
          (!ids || ids.has(pl.id)) &&
          (!p.PrefixListName || pl.name === p.PrefixListName) &&
          (!p.AddressFamily || pl.addressFamily === p.AddressFamily) &&
          (!p.ResourceGroupId || pl.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(pl.tags, p.Tag),
      );
      const pg = pageByToken(rows, p.NextToken, p.MaxResults ?? 10);
      return { PrefixLists: { PrefixList: pg.items.map((pl) => prefixListShape(tx, pl)) }, NextToken: pg.NextToken };
    });
  },
});

const describePrefixListAttributes = defineAction({
  name: 'DescribePrefixListAttributes',
  products: ['ecs'],
  params: { PrefixListId: required(ID) },
  handle(ctx, p) {
    return ctx.read((tx) => attributesShape(getEcsPrefixList(tx, p.PrefixListId)));
  },
});

const describePrefixListAssociations = defineAction({
  name: 'DescribePrefixListAssociations',
  products: ['ecs'],
  params: { PrefixListId: required(ID), MaxResults: MAX_RESULTS, NextToken: NEXT_TOKEN },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const pl = getEcsPrefixList(tx, p.PrefixListId);
      const pg = pageByToken(associationShapes(tx, pl), p.NextToken, p.MaxResults ?? 10);
      return { PrefixListAssociations: { PrefixListAssociation: pg.items }, NextToken: pg.NextToken };
    });
  },
});

const modifyPrefixList = defineAction({
  name: 'ModifyPrefixList',
  products: ['ecs'],
  params: {
    PrefixListId: required(ID),
    PrefixListName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    AddEntry: ENTRIES,
    RemoveEntry: ENTRIES,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyEcsPrefixList(tx, p.PrefixListId, { name: p.PrefixListName, description: p.Description, add: p.AddEntry, remove: p.RemoveEntry });
    });
    return {};
  },
});

const deletePrefixList = defineAction({
  name: 'DeletePrefixList',
  products: ['ecs'],
  params: { PrefixListId: required(ID) },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      deleteEcsPrefixList(tx, p.PrefixListId);
    });
    return {};
  },
});

export const ecsPrefixListActions = [
  createPrefixList,
  describePrefixLists,
  describePrefixListAttributes,
  describePrefixListAssociations,
  modifyPrefixList,
  deletePrefixList,
];
