/** What the prefix-list family stores, and the queries the security-group rules read through links.ts. */
import { currentStatus, type Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const PREFIX_LISTS = 'prefixLists';

/**
 * The IP version as the API returns it. The reference documents IPv4/IPv6, but the real provider's
 * acceptance test sets "IPV4" and reads back "IPV4" (resource_alicloud_vpc_prefix_list_test.go),
 * so the API answers upper case; the sandbox accepts any case and answers upper case.
 */
export type PrefixListIpVersion = 'IPV4' | 'IPV6';

export interface PrefixListEntryRecord {
  /** Normalised CIDR block (network address, lower-case for IPv6). */
  cidr: string;
  description: string;
}

export interface PrefixListRecord extends Row {
  /** `pl-…` */
  id: string;
  name: string;
  description: string;
  ipVersion: PrefixListIpVersion;
  maxEntries: number;
  /** In the order they were added. */
  entries: PrefixListEntryRecord[];
  resourceGroupId: string;
  createdAt: number;
  /** Created, with Creating / Modifying phases of the last change. */
  lifecycle: Lifecycle;
  tags: Tags;
}

export function prefixLists(tx: Transaction) {
  return tx.table<PrefixListRecord>(PREFIX_LISTS);
}

export function prefixListStatus(p: PrefixListRecord, now: number): string {
  return currentStatus(p.lifecycle, now);
}
