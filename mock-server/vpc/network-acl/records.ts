/** What the network ACL family stores, and the queries the dependency rows read. */
import { currentStatus, type Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const NETWORK_ACLS = 'networkAcls';

/**
 * custom: written by the user (UpdateNetworkAclEntries, CopyNetworkAclEntries). system: the entry
 * every ACL gets, which nobody can change (see DEFAULT_ENTRIES in domain.ts). The real API also
 * knows `service` entries for cloud services; the sandbox adds none.
 */
export type AclEntryType = 'custom' | 'system';

export interface AclEntryRecord {
  /** `nae-…` */
  id: string;
  name: string;
  description: string;
  policy: 'accept' | 'drop';
  /** icmp, gre, tcp, udp, all or icmpv6, lower case. */
  protocol: string;
  /** `-1/-1` or `from/to`. */
  port: string;
  /** The source block of an ingress entry, the destination block of an egress entry. */
  cidr: string;
  /** As the wire spells it (upper case). Files written before this spelling held IPv4/IPv6; the shape upper-cases. */
  ipVersion: AclIpVersion;
  entryType: AclEntryType;
}

export type AclIpVersion = 'IPV4' | 'IPV6';

export interface AclBindingRecord {
  resourceId: string;
  /** The only type the VPC API binds today. */
  resourceType: 'VSwitch';
  /** BINDING for the async delay, then BINDED (the real API's spelling). */
  lifecycle: Lifecycle;
}

export interface NetworkAclRecord extends Row {
  /** `nacl-…` */
  id: string;
  vpcId: string;
  name: string;
  description: string;
  /** Custom entries in priority order (the list order is the priority), then the system ones. */
  ingress: AclEntryRecord[];
  egress: AclEntryRecord[];
  resources: AclBindingRecord[];
  createdAt: number;
  /** Available, with Modifying for the async delay after every change. */
  lifecycle: Lifecycle;
  tags: Tags;
}

export function networkAcls(tx: Transaction) {
  return tx.table<NetworkAclRecord>(NETWORK_ACLS);
}

export function networkAclStatus(acl: NetworkAclRecord, now: number): string {
  return currentStatus(acl.lifecycle, now);
}

export function bindingStatus(b: AclBindingRecord, now: number): string {
  return currentStatus(b.lifecycle, now);
}

/** The ACL a VSwitch is bound to, if any (a VSwitch has at most one). */
export function aclOfVSwitch(tx: Transaction, vswitchId: string): NetworkAclRecord | undefined {
  return networkAcls(tx).find((a) => a.resources.some((r) => r.resourceId === vswitchId));
}
