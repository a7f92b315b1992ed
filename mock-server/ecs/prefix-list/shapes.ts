/**
 * How ECS prefix lists appear in DescribePrefixLists, DescribePrefixListAttributes and
 * DescribePrefixListAssociations: ECS wraps each list in an object named after its item
 * (PrefixLists.PrefixList, Entries.Entry, Tags.Tag), as the official SDK's models read them and the
 * real provider's `object["Entries"]["Entry"]` expects.
 */
import { ecsTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { groupsReferencing } from './links';
import type { EcsPrefixListRecord } from './records';

export function prefixListShape(tx: Transaction, p: EcsPrefixListRecord) {
  return {
    PrefixListId: p.id,
    PrefixListName: p.name,
    Description: p.description,
    AddressFamily: p.addressFamily,
    MaxEntries: p.maxEntries,
    AssociationCount: groupsReferencing(tx, p.id).length,
    CreationTime: isoTime(p.createdAt),
    ResourceGroupId: p.resourceGroupId,
    Tags: ecsTagsShape(p.tags),
  };
}

export function attributesShape(p: EcsPrefixListRecord) {
  return {
    PrefixListId: p.id,
    PrefixListName: p.name,
    Description: p.description,
    AddressFamily: p.addressFamily,
    MaxEntries: p.maxEntries,
    CreationTime: isoTime(p.createdAt),
    Entries: { Entry: p.entries.map((e) => ({ Cidr: e.cidr, Description: e.description })) },
  };
}

/** The resources using the list: in the sandbox, security groups whose rules reference it. */
export function associationShapes(tx: Transaction, p: EcsPrefixListRecord) {
  return groupsReferencing(tx, p.id).map((g) => ({ ResourceId: g.id, ResourceType: 'securitygroup' }));
}
