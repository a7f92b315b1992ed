/**
 * ResourceManager ListResourceGroups and GetResourceGroup. Every account has exactly one resource
 * group, its default one (domain/resource-groups.ts), which resources join when a request names no
 * group; the sandbox cannot create others (resources given another id keep it as given). The real
 * ResourceManager is a separate, region-less endpoint; the sandbox serves its Version 2020-03-31 on
 * the same port.
 */
import { pageByNumber } from '../../actions/paging';
import { defineAction } from '../../actions/registry';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import { REGIONS } from '../../domain/regions';
import { boolean, integer, list, objects, required, string } from '../../wire/params';
import { EntityNotExistResourceGroup } from './errors';

/** A fixed creation date: the default group exists from the account's start. */
const CREATED = '2020-01-01T00:00:00+08:00';

function defaultGroup(accountId: string) {
  return {
    Id: DEFAULT_RESOURCE_GROUP_ID,
    Name: 'default',
    DisplayName: 'default resource group',
    AccountId: accountId,
    Status: 'OK',
    CreateDate: CREATED,
    RegionStatuses: { RegionStatus: REGIONS.map((r) => ({ RegionId: r.regionId, Status: 'OK' })) },
    Tags: { Tag: [] as unknown[] },
  };
}

const listResourceGroups = defineAction({
  name: 'ListResourceGroups',
  products: ['resourcemanager'],
  regional: false,
  params: {
    ResourceGroupId: string({ maxLength: 64 }),
    ResourceGroupIds: list(string({ maxLength: 64 }), { maxItems: 100 }),
    Name: string({ maxLength: 64 }),
    DisplayName: string({ maxLength: 64 }),
    Status: string({ enum: ['Creating', 'OK', 'Deleting', 'PendingDelete'] }),
    IncludeTags: boolean(),
    Tag: objects({ Key: string({ maxLength: 128 }), Value: string({ maxLength: 128 }) }, { maxItems: 20 }),
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 100 }),
  },
  handle(ctx, p) {
    const g = defaultGroup(ctx.account.accountId);
    const ids = [...(p.ResourceGroupIds ?? []), ...(p.ResourceGroupId ? [p.ResourceGroupId] : [])];
    const keep =
      (ids.length === 0 || ids.includes(g.Id)) &&
      (!p.Name || p.Name === g.Name) &&
      (!p.DisplayName || g.DisplayName.includes(p.DisplayName)) &&
      (!p.Status || p.Status === g.Status) &&
      // The default group carries no tags.
      (p.Tag ?? []).length === 0;
    const pg = pageByNumber(keep ? [g] : [], p.PageNumber ?? 1, p.PageSize ?? 10);
    return { TotalCount: pg.TotalCount, PageNumber: pg.PageNumber, PageSize: pg.PageSize, ResourceGroups: { ResourceGroup: pg.items } };
  },
});

const getResourceGroup = defineAction({
  name: 'GetResourceGroup',
  products: ['resourcemanager'],
  regional: false,
  params: { ResourceGroupId: required(string({ maxLength: 64 })), IncludeTags: boolean() },
  handle(ctx, p) {
    if (p.ResourceGroupId !== DEFAULT_RESOURCE_GROUP_ID) {
      throw new EntityNotExistResourceGroup(`The resource group "${p.ResourceGroupId}" does not exist. The sandbox account has one resource group, ${DEFAULT_RESOURCE_GROUP_ID} (ListResourceGroups lists it).`);
    }
    return { ResourceGroup: defaultGroup(ctx.account.accountId) };
  },
});

export const resourceGroupActions = [listResourceGroups, getResourceGroup];
