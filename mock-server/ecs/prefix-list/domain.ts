/**
 * ECS prefix lists (CreatePrefixList …): a named set of CIDR blocks of one address family, with a
 * MaxEntries fixed at creation, that security-group rules reference as their peer
 * (SourcePrefixListId / DestPrefixListId). These, not VPC prefix lists, are what a rule takes on
 * the real cloud; the binding is in links.ts.
 *
 * Unlike VPC prefix lists, ECS ones change synchronously (the real provider polls no status), so
 * the sandbox has no Creating/Modifying phase here.
 */
import { parseCidr } from '../../../network-rules/cidr';
import { parseIpv6Cidr } from '../../../network-rules/ipv6';
import { InvalidDescriptionMalformed } from '../../errors';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { editEntries } from '../../domain/prefix-entries';
import { checkEcsDescription, checkEcsName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { InvalidPrefixListIdNotFound } from '../security-group/errors';
import {
  InvalidAddressFamilyMalformed,
  InvalidCidrDuplicated,
  InvalidCidrMalformed,
  InvalidCidrNotFound,
  InvalidMaxEntriesMalformed,
  InvalidPrefixListNameMalformed,
  QuotaExceedPrefixList,
  QuotaExceedPrefixListEntries,
} from './errors';
import { ecsPrefixLists, type AddressFamily, type EcsPrefixListEntryRecord, type EcsPrefixListRecord } from './records';
import { PREFIX_LIST_MAX_ENTRIES_LIMIT as MAX_ENTRIES_LIMIT, PREFIX_LISTS_PER_REGION as MAX_PREFIX_LISTS_PER_REGION } from '../../../network-rules/quotas';

export { MAX_ENTRIES_LIMIT, MAX_PREFIX_LISTS_PER_REGION };
/** Entry descriptions are 2 to 32 characters (CreatePrefixList reference), shorter than the list's 256. */
const ENTRY_DESCRIPTION_MAX = 32;
/** Names reserved for the cloud's own lists (CreatePrefixList reference). */
const RESERVED_NAME = /^(com\.aliyun|com\.alibabacloud)/i;

export function getEcsPrefixList(tx: Transaction, id: string): EcsPrefixListRecord {
  const p = ecsPrefixLists(tx).get(id);
  if (!p) throw new InvalidPrefixListIdNotFound(`The prefix list "${id}" does not exist in region ${tx.region}. DescribePrefixLists lists your ECS prefix lists.`);
  return p;
}

export function parseAddressFamily(text: string | undefined): AddressFamily {
  if (text === 'IPv4' || text === 'IPv6') return text;
  throw new InvalidAddressFamilyMalformed(`The AddressFamily "${String(text ?? '').slice(0, 40)}" is invalid: use IPv4 or IPv6 (as spelled here).`);
}

function checkName(value: string | undefined): string | undefined {
  const name = checkEcsName(value, 'PrefixListName', InvalidPrefixListNameMalformed);
  if (name && RESERVED_NAME.test(name)) {
    throw new InvalidPrefixListNameMalformed(`The PrefixListName "${name.slice(0, 60)}" is invalid: names starting with com.aliyun or com.alibabacloud are reserved for the cloud's own lists. Choose another name.`);
  }
  return name;
}

/**
 * One entry's block, normalised. The reference documents that a bare address becomes a /32 (and,
 * by the same rule, /128) and that IPv6 blocks are answered compressed and lower case.
 */
function entryCidr(text: string | undefined, family: AddressFamily, field: string): string {
  const t = String(text ?? '');
  const parsed = family === 'IPv4' ? parseCidr(t, true)?.text : parseIpv6Cidr(t.includes('/') ? t : `${t}/128`)?.text;
  if (!parsed) {
    const example = family === 'IPv4' ? '10.0.0.0/8 or 10.0.0.1' : '2001:db8::/32';
    throw new InvalidCidrMalformed(`The ${field} "${t.slice(0, 60)}" is not an ${family} block such as ${example} (host bits must be zero): an ${family} prefix list holds ${family} blocks only.`);
  }
  return parsed;
}

export interface EntryInput {
  Cidr?: string;
  Description?: string;
}

function entries(inputs: EntryInput[] | undefined, family: AddressFamily, param: string): EcsPrefixListEntryRecord[] {
  const out: EcsPrefixListEntryRecord[] = [];
  (inputs ?? []).forEach((e, i) => {
    const field = `${param}.${i + 1}.Cidr`;
    const cidr = entryCidr(e.Cidr, family, field);
    if (out.some((x) => x.cidr === cidr)) throw new InvalidCidrDuplicated(`${field} repeats the block ${cidr} (written differently, perhaps): give each block once.`);
    const description = checkEcsDescription(e.Description ?? '', `${param}.${i + 1}.Description`, InvalidDescriptionMalformed);
    if (description.length > ENTRY_DESCRIPTION_MAX) {
      throw new InvalidDescriptionMalformed(`The ${param}.${i + 1}.Description is ${description.length} characters: an entry's description is 2 to ${ENTRY_DESCRIPTION_MAX} characters.`);
    }
    out.push({ cidr, description });
  });
  return out;
}

function checkEntryCount(held: number, max: number, id?: string): void {
  if (held > max) {
    throw new QuotaExceedPrefixListEntries(`${id ? `Prefix list ${id}` : 'The prefix list'} would hold ${held} entries but its MaxEntries is ${max}, which cannot change. Remove entries, or create a larger list.`);
  }
}

export interface CreateEcsPrefixListInput {
  name?: string;
  description?: string;
  addressFamily?: string;
  maxEntries?: number;
  entries?: EntryInput[];
  resourceGroupId?: string;
  tags: Tags;
}

export function createEcsPrefixList(tx: Transaction, input: CreateEcsPrefixListInput): EcsPrefixListRecord {
  const addressFamily = parseAddressFamily(input.addressFamily);
  const maxEntries = input.maxEntries;
  if (maxEntries === undefined || !Number.isInteger(maxEntries) || maxEntries < 1 || maxEntries > MAX_ENTRIES_LIMIT) {
    throw new InvalidMaxEntriesMalformed(`The MaxEntries ${maxEntries ?? '(missing)'} is invalid: give a whole number from 1 to ${MAX_ENTRIES_LIMIT}. It cannot be changed later.`);
  }
  const name = checkName(input.name) ?? '';
  const description = checkEcsDescription(input.description ?? '', 'Description', InvalidDescriptionMalformed);
  const list = entries(input.entries, addressFamily, 'Entry');
  checkEntryCount(list.length, maxEntries);
  const count = ecsPrefixLists(tx).count(() => true);
  if (count >= MAX_PREFIX_LISTS_PER_REGION) {
    throw new QuotaExceedPrefixList(`Region ${tx.region} already has ${count} ECS prefix lists, the most an account may have (${MAX_PREFIX_LISTS_PER_REGION}). Delete unused ones.`);
  }
  return ecsPrefixLists(tx).put({
    id: newId('pl'),
    name,
    description,
    addressFamily,
    maxEntries,
    entries: list,
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    tags: input.tags,
  });
}

export interface ModifyEcsPrefixListInput {
  name?: string;
  description?: string;
  add?: EntryInput[];
  remove?: EntryInput[];
}

/**
 * ModifyPrefixList: rename, describe, and add or remove entries, all checked before anything
 * changes. Adding a block the list holds replaces its description (the reference's way to edit an
 * entry's description); a block both added and removed in one call is refused.
 */
export function modifyEcsPrefixList(tx: Transaction, id: string, input: ModifyEcsPrefixListInput): EcsPrefixListRecord {
  const p = getEcsPrefixList(tx, id);
  const name = checkName(input.name);
  const description = input.description === undefined ? undefined : checkEcsDescription(input.description, 'Description', InvalidDescriptionMalformed);
  const add = entries(input.add, p.addressFamily, 'AddEntry');
  const remove = entries(input.remove, p.addressFamily, 'RemoveEntry');
  const next = editEntries(p.entries, add, remove, {
    addedAndRemoved: (cidr) => new InvalidCidrDuplicated(`The block ${cidr} is both added and removed: give it in one of AddEntry and RemoveEntry.`),
    notHeld: (cidr) => new InvalidCidrNotFound(`Prefix list ${p.id} holds no entry ${cidr}, so it cannot be removed. DescribePrefixListAttributes lists its entries.`),
  });
  checkEntryCount(next.length, p.maxEntries, p.id);
  return ecsPrefixLists(tx).put({ ...p, name: name ?? p.name, description: description ?? p.description, entries: next });
}

export function deleteEcsPrefixList(tx: Transaction, id: string): EcsPrefixListRecord {
  const p = getEcsPrefixList(tx, id);
  // Security-group rules referencing it (the row is in ./links.ts).
  requireNoDependants(tx, 'ecsPrefixList', p.id);
  ecsPrefixLists(tx).delete(p.id);
  return p;
}
