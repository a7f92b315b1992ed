/**
 * How prefix lists appear in ListPrefixLists, GetVpcPrefixListEntries and
 * GetVpcPrefixListAssociations. The lists are bare JSON arrays (PrefixLists, CidrBlocks, Tags,
 * PrefixListEntry, PrefixListAssociation), as the official SDK's models read them and the real
 * provider's jsonpath `$.PrefixLists[*]` expects.
 */
import { ownerId } from '../../actions/params';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { prefixListStatus, type PrefixListRecord } from './records';

export function prefixListShape(tx: Transaction, p: PrefixListRecord) {
  const status = prefixListStatus(p, tx.now);
  return {
    PrefixListId: p.id,
    PrefixListName: p.name,
    PrefixListDescription: p.description,
    IpVersion: p.ipVersion,
    MaxEntries: p.maxEntries,
    CidrBlocks: p.entries.map((e) => e.cidr),
    // Both spellings are in the SDK's model; the real provider reads Status.
    Status: status,
    PrefixListStatus: status,
    PrefixListType: 'Custom',
    ShareType: '',
    OwnerId: ownerId(tx.account),
    RegionId: tx.region,
    ResourceGroupId: p.resourceGroupId,
    CreationTime: isoTime(p.createdAt),
    Tags: Object.entries(p.tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

export function entryShapes(tx: Transaction, p: PrefixListRecord) {
  return p.entries.map((e) => ({ PrefixListId: p.id, RegionId: tx.region, Cidr: e.cidr, Description: e.description }));
}

/**
 * The resources that use the prefix list. The real API lists VPC route tables and transit-router
 * route tables (vpcRouteTable, trRouteTable); the sandbox has no prefix-list routes, and
 * security-group rules take ECS prefix lists, not these, so nothing uses a VPC prefix list and the
 * listing is empty.
 */
export function associationShapes(_tx: Transaction, _p: PrefixListRecord): Array<Record<string, string>> {
  return [];
}
