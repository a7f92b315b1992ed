/** What the ECS prefix-list family stores. */
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const ECS_PREFIX_LISTS = 'ecsPrefixLists';

/** AddressFamily as the ECS API spells it (CreatePrefixList takes and answers IPv4 / IPv6). */
export type AddressFamily = 'IPv4' | 'IPv6';

export interface EcsPrefixListEntryRecord {
  /** Normalised CIDR block: network address; a bare address becomes /32 or /128; IPv6 compressed, lower case. */
  cidr: string;
  description: string;
}

export interface EcsPrefixListRecord extends Row {
  /** `pl-…`, like a VPC prefix list's ID: the two kinds live in separate tables, and only this one is a rule's peer. */
  id: string;
  name: string;
  description: string;
  addressFamily: AddressFamily;
  /** Fixed at creation (the ECS API has no way to change it). */
  maxEntries: number;
  /** In the order they were added. */
  entries: EcsPrefixListEntryRecord[];
  resourceGroupId: string;
  createdAt: number;
  tags: Tags;
}

export function ecsPrefixLists(tx: Transaction) {
  return tx.table<EcsPrefixListRecord>(ECS_PREFIX_LISTS);
}
