/**
 * VPC prefix lists (CreateVpcPrefixList …): a named set of CIDR blocks of one IP version, with a
 * maximum number of entries, that route tables reference by ID on the real cloud. Security-group
 * rules do not take them: their SourcePrefixListId / DestPrefixListId take ECS prefix lists
 * (mock-server/ecs/prefix-list), so in the sandbox nothing references a VPC prefix list.
 *
 * Creating shows Creating, a change shows Modifying, for the async delay, then Created (the
 * statuses the real provider waits for). A change while one is under way is refused with
 * IncorrectStatus.PrefixList, which the real provider retries.
 */
import { parseCidr } from '../../../network-rules/cidr';
import { parseIpv6Cidr } from '../../../network-rules/ipv6';
import { InvalidDescriptionMalformed, InvalidParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { editEntries } from '../../domain/prefix-entries';
import { transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import {
  DuplicatedParamCidr,
  IllegalParamCidr,
  IllegalParamMaxEntries,
  IncorrectStatusPrefixList,
  InvalidNameMalformedForPrefixList,
  QuotaExceededPrefixList,
  QuotaExceededPrefixListEntry,
  ResourceNotFoundPrefixList,
  ResourceNotFoundPrefixListEntry,
} from './errors';
import { prefixLists, prefixListStatus, type PrefixListEntryRecord, type PrefixListIpVersion, type PrefixListRecord } from './records';
import { PREFIX_LIST_DEFAULT_MAX_ENTRIES as DEFAULT_MAX_ENTRIES, PREFIX_LIST_MAX_ENTRIES_LIMIT as MAX_ENTRIES_LIMIT, PREFIX_LISTS_PER_REGION as MAX_PREFIX_LISTS_PER_REGION } from '../../../network-rules/quotas';

export { DEFAULT_MAX_ENTRIES, MAX_ENTRIES_LIMIT, MAX_PREFIX_LISTS_PER_REGION };

export function getPrefixList(tx: Transaction, id: string): PrefixListRecord {
  const p = prefixLists(tx).get(id);
  if (!p) throw new ResourceNotFoundPrefixList(`The prefix list "${id}" does not exist in region ${tx.region}. ListPrefixLists lists your prefix lists.`);
  return p;
}

/** IpVersion in any case (IPv4, IPV4, ipv4); IPV4 when left out (the reference's default). */
export function parseIpVersion(text: string | undefined): PrefixListIpVersion {
  if (text === undefined || text === '') return 'IPV4';
  const v = text.toUpperCase();
  if (v !== 'IPV4' && v !== 'IPV6') throw new InvalidParameter(`The IpVersion "${text.slice(0, 40)}" is not supported: use IPv4 or IPv6.`);
  return v;
}

/** One entry's CIDR, normalised; refused when it is not a block of the list's version. */
function entryCidr(text: string | undefined, version: PrefixListIpVersion, field: string): string {
  const parsed = version === 'IPV4' ? parseCidr(text ?? '')?.text : parseIpv6Cidr(text ?? '')?.text;
  if (!parsed) {
    const example = version === 'IPV4' ? '192.168.0.0/16' : '2001:db8::/32';
    throw new IllegalParamCidr(`The ${field} "${String(text ?? '').slice(0, 60)}" is not an ${version === 'IPV4' ? 'IPv4' : 'IPv6'} CIDR block such as ${example} (host bits must be zero): a prefix list holds blocks of its own IP version only.`);
  }
  return parsed;
}

export interface EntryInput {
  Cidr?: string;
  Description?: string;
}

function entries(inputs: EntryInput[] | undefined, version: PrefixListIpVersion, param: string): PrefixListEntryRecord[] {
  const out: PrefixListEntryRecord[] = [];
  const seen = new Set<string>();
  (inputs ?? []).forEach((e, i) => {
    const field = `${param}.${i + 1}.Cidr`;
    const cidr = entryCidr(e.Cidr, version, field);
    if (seen.has(cidr)) throw new DuplicatedParamCidr(`${field} repeats the block ${cidr}: give each CIDR block once.`);
    seen.add(cidr);
    const description = checkDescription(e.Description, `${param}.${i + 1}.Description`, InvalidDescriptionMalformed) ?? '';
    out.push({ cidr, description });
  });
  return out;
}

function checkMaxEntries(value: number, held: number, id?: string): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ENTRIES_LIMIT) {
    throw new IllegalParamMaxEntries(`The MaxEntries ${value} is out of range: a prefix list holds 1 to ${MAX_ENTRIES_LIMIT} entries.`);
  }
  if (held > value) {
    throw new QuotaExceededPrefixListEntry(`${id ? `Prefix list ${id}` : 'The prefix list'} would hold ${held} entries but MaxEntries is ${value}. Raise MaxEntries or remove entries.`);
  }
}

export interface CreatePrefixListInput {
  name?: string;
  description?: string;
  ipVersion?: string;
  maxEntries?: number;
  entries?: EntryInput[];
  resourceGroupId?: string;
  tags: Tags;
}

export function createPrefixList(tx: Transaction, config: DomainConfig, input: CreatePrefixListInput): PrefixListRecord {
  const name = checkResourceName(input.name, 'PrefixListName', InvalidNameMalformedForPrefixList) ?? '';
  const description = checkDescription(input.description, 'PrefixListDescription', InvalidDescriptionMalformed) ?? '';
  const ipVersion = parseIpVersion(input.ipVersion);
  const list = entries(input.entries, ipVersion, 'PrefixListEntries');
  const maxEntries = input.maxEntries ?? DEFAULT_MAX_ENTRIES;
  checkMaxEntries(maxEntries, list.length);
  const count = prefixLists(tx).count(() => true);
  if (count >= MAX_PREFIX_LISTS_PER_REGION) {
    throw new QuotaExceededPrefixList(`Region ${tx.region} already has ${count} prefix lists, the most an account may have (${MAX_PREFIX_LISTS_PER_REGION}). Delete unused ones.`);
  }
  const p: PrefixListRecord = {
    id: newId('pl'),
    name,
    description,
    ipVersion,
    maxEntries,
    entries: list,
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Creating'], 'Created'),
    tags: input.tags,
  };
  return prefixLists(tx).put(p);
}

function requireCreated(tx: Transaction, p: PrefixListRecord, doing: string): void {
  const status = prefixListStatus(p, tx.now);
  if (status !== 'Created') {
    throw new IncorrectStatusPrefixList(`Prefix list ${p.id} is ${status}: ${doing} needs it Created. Poll ListPrefixLists until it settles, then retry.`);
  }
}

export interface ModifyPrefixListInput {
  name?: string;
  description?: string;
  maxEntries?: number;
  add?: EntryInput[];
  remove?: EntryInput[];
}

/**
 * ModifyVpcPrefixList: rename, describe, resize, and add or remove entries, all checked before
 * anything changes. Adding a block the list holds changes its description (as the ECS
 * ModifyPrefixList reference documents for the same kind of list); a block both added and removed
 * in one call is refused.
 */
export function modifyPrefixList(tx: Transaction, config: DomainConfig, id: string, input: ModifyPrefixListInput): PrefixListRecord {
  const p = getPrefixList(tx, id);
  const name = checkResourceName(input.name, 'PrefixListName', InvalidNameMalformedForPrefixList);
  const description = checkDescription(input.description, 'PrefixListDescription', InvalidDescriptionMalformed);
  const add = entries(input.add, p.ipVersion, 'AddPrefixListEntry');
  const remove = entries(input.remove, p.ipVersion, 'RemovePrefixListEntry');
  requireCreated(tx, p, 'ModifyVpcPrefixList');
  const next = editEntries(p.entries, add, remove, {
    addedAndRemoved: (cidr) => new DuplicatedParamCidr(`The block ${cidr} is both added and removed: give it in one of AddPrefixListEntry and RemovePrefixListEntry.`),
    notHeld: (cidr) => new ResourceNotFoundPrefixListEntry(`Prefix list ${p.id} holds no entry ${cidr}, so it cannot be removed. GetVpcPrefixListEntries lists its entries.`),
  });
  const maxEntries = input.maxEntries ?? p.maxEntries;
  checkMaxEntries(maxEntries, next.length, p.id);
  const changed = name !== undefined || description !== undefined || input.maxEntries !== undefined || add.length > 0 || remove.length > 0;
  return prefixLists(tx).put({
    ...p,
    name: name ?? p.name,
    description: description ?? p.description,
    maxEntries,
    entries: next,
    lifecycle: changed ? transition(tx.now, config.asyncDelayMs, ['Modifying'], 'Created') : p.lifecycle,
  });
}

export function deletePrefixList(tx: Transaction, id: string): PrefixListRecord {
  const p = getPrefixList(tx, id);
  requireCreated(tx, p, 'DeleteVpcPrefixList');
  // Nothing the sandbox serves references a VPC prefix list, but a family that does registers its
  // rows against 'prefixList' and is checked here.
  requireNoDependants(tx, 'prefixList', p.id);
  prefixLists(tx).delete(p.id);
  return p;
}
