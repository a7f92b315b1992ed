/**
 * Prefix-list actions: CreateVpcPrefixList, ListPrefixLists (PrefixListIds.N, PrefixListName,
 * resource group, tags; MaxResults/NextToken), GetVpcPrefixListEntries,
 * GetVpcPrefixListAssociations, ModifyVpcPrefixList (name, description, MaxEntries,
 * AddPrefixListEntry.N / RemovePrefixListEntry.N) and DeleteVpcPrefixList.
 */
import { pageByToken } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, VPC_CLIENT_TOKEN, dryRunPassed } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { integer, list, objects, required, string, tags } from '../../wire/params';
import { createPrefixList, deletePrefixList, getPrefixList, modifyPrefixList } from './domain';
import { prefixLists } from './records';
import { associationShapes, entryShapes, prefixListShape } from './shapes';

/** Entries per call: a list holds at most 200 (domain.ts), so more than that is never needed. */
const ENTRIES = objects({ Cidr: string({ maxLength: 64 }), Description: string({ maxLength: 1024 }) }, { maxItems: 200 });
const MAX_RESULTS = integer({ min: 1, max: 100 });
const NEXT_TOKEN = string({ maxLength: 256 });

const createVpcPrefixListAction = defineAction({
  name: 'CreateVpcPrefixList',
  products: ['vpc'],
  params: {
    PrefixListName: NAME,
    PrefixListDescription: DESCRIPTION,
    IpVersion: string({ maxLength: 16 }),
    MaxEntries: integer(),
    PrefixListEntries: ENTRIES,
    ResourceGroupId: ID,
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const pl = createPrefixList(tx, ctx.config, {
        name: p.PrefixListName,
        description: p.PrefixListDescription,
        ipVersion: p.IpVersion,
        maxEntries: p.MaxEntries,
        entries: p.PrefixListEntries,
        resourceGroupId: p.ResourceGroupId,
        tags: tagMap,
      });
      if (p.DryRun) dryRunPassed();
      return { PrefixListId: pl.id, ResourceGroupId: pl.resourceGroupId };
    });
  },
});

const listPrefixListsAction = defineAction({
  name: 'ListPrefixLists',
  products: ['vpc'],
  params: {
    PrefixListIds: list(ID, { maxItems: 100 }),
    PrefixListName: NAME,
    ResourceGroupId: ID,
    Tags: tags(),
    MaxResults: MAX_RESULTS,
    NextToken: NEXT_TOKEN,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      // Unknown IDs are not an error: they are simply not listed (the real provider reads an empty list as "gone").
      const ids = p.PrefixListIds?.length ? new Set(p.PrefixListIds) : undefined;
      const rows = prefixLists(tx).filter(
        (pl) =>
          (!ids || ids.has(pl.id)) &&
          (!p.PrefixListName || pl.name === p.PrefixListName) &&
          (!p.ResourceGroupId || pl.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(pl.tags, p.Tags),
      );
      const max = p.MaxResults ?? 20;
      const pg = pageByToken(rows, p.NextToken, max);
      return { PrefixLists: pg.items.map((pl) => prefixListShape(tx, pl)), NextToken: pg.NextToken, TotalCount: pg.TotalCount, MaxResults: max };
    });
  },
});

const getVpcPrefixListEntriesAction = defineAction({
  name: 'GetVpcPrefixListEntries',
  products: ['vpc'],
  params: { PrefixListId: required(ID), MaxResults: MAX_RESULTS, NextToken: NEXT_TOKEN },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const pl = getPrefixList(tx, p.PrefixListId);
      const max = p.MaxResults ?? 20;
      // The real provider reads this action once without paging, so its default page must hold a whole list.
      const pg = pageByToken(entryShapes(tx, pl), p.NextToken, p.MaxResults ? max : 200);
      return { PrefixListEntry: pg.items, NextToken: pg.NextToken, TotalCount: pg.TotalCount, Count: pg.items.length };
    });
  },
});

const getVpcPrefixListAssociationsAction = defineAction({
  name: 'GetVpcPrefixListAssociations',
  products: ['vpc'],
  params: { PrefixListId: required(ID), MaxResults: MAX_RESULTS, NextToken: NEXT_TOKEN },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const pl = getPrefixList(tx, p.PrefixListId);
      const pg = pageByToken(associationShapes(tx, pl), p.NextToken, p.MaxResults ?? 20);
      return { PrefixListAssociation: pg.items, NextToken: pg.NextToken, TotalCount: pg.TotalCount, Count: pg.items.length };
    });
  },
});

const modifyVpcPrefixListAction = defineAction({
  name: 'ModifyVpcPrefixList',
  products: ['vpc'],
  params: {
    PrefixListId: required(ID),
    PrefixListName: NAME,
    PrefixListDescription: DESCRIPTION,
    MaxEntries: integer(),
    AddPrefixListEntry: ENTRIES,
    RemovePrefixListEntry: ENTRIES,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyPrefixList(tx, ctx.config, p.PrefixListId, {
        name: p.PrefixListName,
        description: p.PrefixListDescription,
        maxEntries: p.MaxEntries,
        add: p.AddPrefixListEntry,
        remove: p.RemovePrefixListEntry,
      });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const deleteVpcPrefixListAction = defineAction({
  name: 'DeleteVpcPrefixList',
  products: ['vpc'],
  params: { PrefixListId: required(ID), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      deletePrefixList(tx, p.PrefixListId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

export const prefixListActions = [
  createVpcPrefixListAction,
  listPrefixListsAction,
  getVpcPrefixListEntriesAction,
  getVpcPrefixListAssociationsAction,
  modifyVpcPrefixListAction,
  deleteVpcPrefixListAction,
];
