/**
 * alicloud_vpc_prefix_list — a VPC prefix list: CIDR blocks of one IP version (the `entrys` set,
 * spelled as the real provider spells it) up to max_entries.
 *
 * Create: CreateVpcPrefixList (one ClientToken across retries) → wait Created. Read: ListPrefixLists
 * (PrefixListIds.1; an empty list means gone), GetVpcPrefixListEntries, GetVpcPrefixListAssociations.
 * Update: ModifyVpcPrefixList for name, description and max_entries, then one call removing the
 * entries that left the set and one adding those that joined it (as the real provider does, each
 * retried on IncorrectStatus.PrefixList while the previous change settles), and the tag APIs
 * (ResourceType PREFIXLIST). Delete: DeleteVpcPrefixList (retried while rules that reference it
 * are revoked in the same run) → wait until gone.
 */
import type { AttributeSchema, NestedBlockSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { intBetween, oneOf, validCidr } from '../shared/validators';
import { num, str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, resourceGroupAttr, step, tagsState, updateTags } from './common';
import { PREFIX_LIST_DEFAULT_MAX_ENTRIES, PREFIX_LIST_MAX_ENTRIES_LIMIT } from '../../network-rules/quotas';

const TYPE = 'alicloud_vpc_prefix_list';

/** Codes under which a change or a delete waits (the real provider retries the same ones). */
const BUSY = ['IncorrectStatus.PrefixList', 'IncorrectStatus', 'OperationConflict', 'SystemBusy', 'LastTokenProcessing'];
const DELETE_RETRY = [...BUSY, 'DependencyViolation.ShareResource'];

/** The real schema's pattern for names and descriptions: a letter, then 2 to 128 (256) of [a-zA-Z0-9_.-]. */
function pattern(what: string, max: number) {
  const re = new RegExp(`^[a-zA-Z][a-zA-Z0-9_.-]{2,${max}}$`);
  return (v: unknown) => (typeof v === 'string' && !re.test(v) ? `${what} "${v}" is not accepted: it starts with a letter, then 2 to ${max} letters, digits, periods, underscores or hyphens` : undefined);
}

const attributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  prefix_list_name: { type: 'string', optional: true, description: 'The name.', validators: [pattern('prefix_list_name', 128)] },
  prefix_list_description: { type: 'string', optional: true, description: 'The description.', validators: [pattern('prefix_list_description', 256)] },
  ip_version: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'IPV4 (the default) or IPV6: the version of every entry.',
    validators: [oneOf(['IPV4', 'IPV6'])],
  },
  max_entries: { type: 'number', optional: true, computed: true, description: `The most entries the list may hold (1 to ${PREFIX_LIST_MAX_ENTRIES_LIMIT}; ${PREFIX_LIST_DEFAULT_MAX_ENTRIES} when left out).`, validators: [intBetween(1, PREFIX_LIST_MAX_ENTRIES_LIMIT, 'max_entries')] },
  resource_group_id: resourceGroupAttr('prefix list'),
  tags: TAGS_ATTR,
  create_time: { type: 'string', computed: true, description: 'When the prefix list was created.' },
  prefix_list_id: { type: 'string', computed: true, description: 'The prefix list\'s ID (pl-…).' },
  share_type: { type: 'string', computed: true, description: 'Shared for a list shared with the account; "" otherwise (the sandbox shares nothing).' },
  status: { type: 'string', computed: true, description: 'Creating, Modifying or Created.' },
  prefix_list_association: {
    type: ['list', ['object', { owner_id: 'string', prefix_list_id: 'string', reason: 'string', region_id: 'string', resource_id: 'string', resource_type: 'string', resource_uid: 'string', status: 'string' }]],
    computed: true,
    description: 'What uses the list. The real cloud lists route tables; the sandbox has no prefix-list routes, so this is empty.',
  },
});

const ENTRYS: NestedBlockSchema = {
  nesting: 'set',
  block: {
    description: 'One CIDR block of the list.',
    attributes: {
      cidr: { type: 'string', optional: true, description: 'The CIDR block (its network address; IPv4 or IPv6 as ip_version says).', validators: [(v) => (typeof v === 'string' && v.includes(':') ? undefined : validCidr(v))] },
      description: { type: 'string', optional: true, description: 'The entry\'s description.', validators: [pattern('description', 256)] },
    },
  },
};

export async function describePrefixList(ctx: ResourceContext, id: string): Promise<any | null> {
  const out = await api(ctx, 'vpc', 'ListPrefixLists', { 'PrefixListIds.1': id });
  return ((out?.PrefixLists as any[]) ?? []).find((p) => p?.PrefixListId === id) ?? null;
}

type Entry = { cidr: string; description: string | null };

function entriesOf(v: unknown): Entry[] {
  return Array.isArray(v) ? v.map((e: any) => ({ cidr: str(e?.cidr) ?? '', description: str(e?.description) ?? null })) : [];
}

const key = (e: Entry) => `${e.cidr}|${e.description ?? ''}`;

function entryParams(prefix: string, list: Entry[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  list.forEach((e, i) => {
    out[`${prefix}.${i + 1}.Cidr`] = e.cidr;
    out[`${prefix}.${i + 1}.Description`] = e.description || undefined;
  });
  return out;
}

async function read(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const p = await describePrefixList(ctx, id);
  if (!p) return null;
  const entries = (await api(ctx, 'vpc', 'GetVpcPrefixListEntries', { PrefixListId: id }))?.PrefixListEntry ?? [];
  const assoc = (await api(ctx, 'vpc', 'GetVpcPrefixListAssociations', { PrefixListId: id }))?.PrefixListAssociation ?? [];
  // An entry configured without a description reads back as "", kept null so the set does not churn.
  const priorEntries = entriesOf(prior.entrys);
  const entrys = (entries as any[]).map((e) => {
    const description = String(e.Description ?? '');
    const before = priorEntries.find((x) => x.cidr === e.Cidr);
    return { cidr: String(e.Cidr), description: description === '' && before && before.description === null ? null : description };
  });
  return {
    ...complete(attributes, {
      ...prior,
      id: p.PrefixListId,
      prefix_list_name: p.PrefixListName ? p.PrefixListName : (prior.prefix_list_name === '' ? '' : null),
      prefix_list_description: p.PrefixListDescription ? p.PrefixListDescription : (prior.prefix_list_description === '' ? '' : null),
      ip_version: p.IpVersion ?? null,
      max_entries: (p.MaxEntries === undefined || p.MaxEntries === null ? null : Number(p.MaxEntries)),
      resource_group_id: prior.resource_group_id === '' ? '' : (p.ResourceGroupId ?? null),
      tags: tagsState(tagsFromApi(p.Tags), prior.tags),
      create_time: p.CreationTime ?? null,
      prefix_list_id: p.PrefixListId,
      share_type: p.ShareType ?? '',
      status: p.Status ?? null,
      prefix_list_association: (assoc as any[]).map((a) => ({
        owner_id: String(a.OwnerId ?? ''),
        prefix_list_id: String(a.PrefixListId ?? ''),
        reason: String(a.Reason ?? ''),
        region_id: String(a.RegionId ?? ''),
        resource_id: String(a.ResourceId ?? ''),
        resource_type: String(a.ResourceType ?? ''),
        resource_uid: String(a.ResourceUid ?? ''),
        status: String(a.Status ?? ''),
      })),
    }),
    entrys,
  };
}

function waitCreated(ctx: ResourceContext, id: string) {
  return step(TYPE, id, 'waiting for the prefix list', () => waitFor(ctx, () => describePrefixList(ctx, id), (p) => p?.Status === 'Created', { what: `prefix list ${id} to become Created` }));
}

export const vpcPrefixListResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A VPC prefix list: CIDR blocks of one IP version. Security-group rules do not take it (prefix_list_id takes an alicloud_ecs_prefix_list).', attributes, blocks: { entrys: ENTRYS } },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the prefix list', () =>
      api(ctx, 'vpc', 'CreateVpcPrefixList', {
        PrefixListName: str(planned.prefix_list_name) || undefined,
        PrefixListDescription: str(planned.prefix_list_description) || undefined,
        IpVersion: str(planned.ip_version),
        MaxEntries: num(planned.max_entries),
        ResourceGroupId: str(planned.resource_group_id) || undefined,
        ...entryParams('PrefixListEntries', entriesOf(planned.entrys)),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true, retryCodes: ['OperationConflict', 'SystemBusy', 'IncorrectStatus'] }),
    );
    const id: string = out.PrefixListId;
    ctx.created?.({ id });
    await waitCreated(ctx, id);
    const state = await step(TYPE, id, 'reading the new prefix list', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the prefix list disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the prefix list', () => read(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const modify = (what: string, params: Record<string, unknown>) =>
      step(TYPE, id, what, async () => {
        await api(ctx, 'vpc', 'ModifyVpcPrefixList', { PrefixListId: id, ...params }, { idempotent: true, retryCodes: BUSY });
        await waitCreated(ctx, id);
      });
    const changed = (k: string) => planned[k] !== prior[k] && planned[k] !== null;
    if (changed('prefix_list_name') || changed('prefix_list_description') || changed('max_entries')) {
      await modify('updating the prefix list', {
        PrefixListName: changed('prefix_list_name') ? str(planned.prefix_list_name) : undefined,
        PrefixListDescription: changed('prefix_list_description') ? str(planned.prefix_list_description) : undefined,
        MaxEntries: changed('max_entries') ? num(planned.max_entries) : undefined,
      });
    }
    const before = entriesOf(prior.entrys);
    const after = entriesOf(planned.entrys);
    const removed = before.filter((e) => !after.some((x) => key(x) === key(e)));
    const added = after.filter((e) => !before.some((x) => key(x) === key(e)));
    // A block whose description changed is removed and added again, as the real provider's set difference does.
    if (removed.length) await modify('removing prefix list entries', entryParams('RemovePrefixListEntry', removed));
    if (added.length) await modify('adding prefix list entries', entryParams('AddPrefixListEntry', added));
    await step(TYPE, id, 'updating the prefix list tags', () => updateTags(ctx, 'vpc', 'PREFIXLIST', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the prefix list', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the prefix list disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () => api(ctx, 'vpc', 'DeleteVpcPrefixList', { PrefixListId: id }, { idempotent: true, retryCodes: DELETE_RETRY });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the prefix list' }, remove, () => describePrefixList(ctx, id));
  },

  importState: importByPrefixedId(TYPE, attributes, 'pl', 'a prefix list'),
};
