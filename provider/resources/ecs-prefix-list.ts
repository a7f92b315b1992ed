/**
 * alicloud_ecs_prefix_list — an ECS prefix list: CIDR blocks of one address family (the `entry`
 * set) up to max_entries. This, not alicloud_vpc_prefix_list, is what a security-group rule's
 * prefix_list_id takes on the real cloud, and so in the sandbox.
 *
 * Create: CreatePrefixList (one ClientToken across retries; ModifyPrefixList and DeletePrefixList take none). Read: DescribePrefixListAttributes
 * (InvalidPrefixListId.NotFound means gone). Update: one ModifyPrefixList with the name, the
 * description and the set difference of entries (RemoveEntry.N / AddEntry.N), as the real provider
 * sends it. Delete: DeletePrefixList; while a rule references the list it fails with
 * NotAllowed.AssociationExist, unretried as by the real provider (Terraform deletes the rules first).
 */
import { isNotFound } from '../client/api-client';
import type { AttributeSchema, NestedBlockSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { api } from '../shared/api';
import { intBetween, oneOf } from '../shared/validators';
import { num, str } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, step } from './common';
import { PREFIX_LIST_MAX_ENTRIES_LIMIT } from '../../network-rules/quotas';

const TYPE = 'alicloud_ecs_prefix_list';

const attributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  address_family: { type: 'string', required: true, forceNew: true, description: 'IPv4 or IPv6: the family of every entry.', validators: [oneOf(['IPv4', 'IPv6'])] },
  max_entries: { type: 'number', required: true, forceNew: true, description: `The most entries the list may hold (1 to ${PREFIX_LIST_MAX_ENTRIES_LIMIT}); fixed once created.`, validators: [intBetween(1, PREFIX_LIST_MAX_ENTRIES_LIMIT, 'max_entries')] },
  prefix_list_name: { type: 'string', required: true, description: 'The name: 2 to 128 characters starting with a letter.' },
  description: { type: 'string', optional: true, description: 'The description: 2 to 256 characters.' },
};

const ENTRY: NestedBlockSchema = {
  nesting: 'set',
  minItems: 1,
  maxItems: PREFIX_LIST_MAX_ENTRIES_LIMIT,
  block: {
    description: 'One CIDR block of the list. A bare address is stored as a /32 (/128).',
    attributes: {
      cidr: { type: 'string', optional: true, description: 'The CIDR block, of the list\'s address family.' },
      description: { type: 'string', optional: true, description: 'The entry\'s description (2 to 32 characters).' },
    },
  },
};

type Entry = { cidr: string; description: string | null };

function entriesOf(v: unknown): Entry[] {
  return Array.isArray(v) ? v.map((e: any) => ({ cidr: str(e?.cidr) ?? '', description: str(e?.description) ?? null })) : [];
}

const key = (e: Entry) => `${e.cidr}|${e.description ?? ''}`;

function entryParams(prefix: string, list: Entry[], withDescription = true): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  list.forEach((e, i) => {
    out[`${prefix}.${i + 1}.Cidr`] = e.cidr;
    if (withDescription) out[`${prefix}.${i + 1}.Description`] = e.description || undefined;
  });
  return out;
}

async function describe(ctx: ResourceContext, id: string): Promise<any | null> {
  try {
    return await api(ctx, 'ecs', 'DescribePrefixListAttributes', { PrefixListId: id });
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function read(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const p = await describe(ctx, id);
  if (!p) return null;
  // An entry configured without a description reads back as "", kept null so the set does not churn.
  const priorEntries = entriesOf(prior.entry);
  const entry = ((p.Entries?.Entry as any[]) ?? []).map((e) => {
    const description = String(e.Description ?? '');
    const before = priorEntries.find((x) => x.cidr === e.Cidr);
    return { cidr: String(e.Cidr), description: description === '' && (!before || before.description === null) ? null : description };
  });
  return {
    ...complete(attributes, {
      ...prior,
      id,
      address_family: p.AddressFamily ?? null,
      max_entries: p.MaxEntries === undefined || p.MaxEntries === null ? null : Number(p.MaxEntries),
      prefix_list_name: p.PrefixListName ?? null,
      description: p.Description ? p.Description : prior.description === '' ? '' : null,
    }),
    entry,
  };
}

export const ecsPrefixListResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An ECS prefix list: CIDR blocks of one address family, the peer a security-group rule takes (prefix_list_id).', attributes, blocks: { entry: ENTRY } },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the prefix list', () =>
      api(ctx, 'ecs', 'CreatePrefixList', {
        AddressFamily: str(planned.address_family),
        MaxEntries: num(planned.max_entries),
        PrefixListName: str(planned.prefix_list_name),
        Description: str(planned.description) || undefined,
        ...entryParams('Entry', entriesOf(planned.entry)),
      }, { idempotent: true }),
    );
    const id: string = out.PrefixListId;
    ctx.created?.({ id });
    const state = await step(TYPE, id, 'reading the new prefix list', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the prefix list disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the prefix list', () => read(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const before = entriesOf(prior.entry);
    const after = entriesOf(planned.entry);
    // A block whose description changed is removed and added again, as the real provider's set difference does;
    // the sandbox (like the API) refuses one block both removed and added, so such a block is only added,
    // which replaces its description.
    const added = after.filter((e) => !before.some((x) => key(x) === key(e)));
    const removed = before.filter((e) => !after.some((x) => key(x) === key(e)) && !added.some((x) => x.cidr === e.cidr));
    const params: Record<string, string | undefined> = {
      PrefixListId: id,
      PrefixListName: planned.prefix_list_name !== prior.prefix_list_name ? str(planned.prefix_list_name) : undefined,
      Description: planned.description !== prior.description && planned.description !== null ? str(planned.description) : undefined,
      ...entryParams('RemoveEntry', removed, false),
      ...entryParams('AddEntry', added),
    };
    if (Object.entries(params).some(([k, v]) => k !== 'PrefixListId' && v !== undefined)) {
      await step(TYPE, id, 'updating the prefix list', () => api(ctx, 'ecs', 'ModifyPrefixList', params));
    }
    const state = await step(TYPE, id, 'reading the prefix list', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the prefix list disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () => api(ctx, 'ecs', 'DeletePrefixList', { PrefixListId: id });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the prefix list' }, remove, () => describe(ctx, id));
  },

  importState: importByPrefixedId(TYPE, attributes, 'pl', 'an ECS prefix list'),
};
