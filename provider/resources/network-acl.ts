/**
 * alicloud_network_acl — a network ACL of a VPC with its inline ingress/egress entries and the
 * VSwitches it binds (`resources`), as aliyun/alicloud's resource. `name` is the deprecated alias
 * of `network_acl_name`.
 *
 * Create: CreateNetworkAcl (one ClientToken across retries) → wait Available, then what update
 * does for the blocks. Read: DescribeNetworkAclAttributes (custom entries only: the system entry is
 * the ACL's own, and the real provider skips it too). Update: ModifyNetworkAclAttributes,
 * UpdateNetworkAclEntries per changed direction (the custom list whole), CopyNetworkAclEntries
 * when `source_network_acl_id` changes, UnassociateNetworkAcl then AssociateNetworkAcl for the
 * `resources` difference, the tag APIs (ResourceType NETWORKACL); each waits until the ACL is
 * Available. Delete: unbind everything, DeleteNetworkAcl → wait until gone.
 *
 * The three blocks are Optional+Computed in the real provider. Terraform does not let a provider
 * add blocks the configuration does not have, so a block kind left out of the configuration stays
 * empty in state (alicloud_network_acl_entries and alicloud_network_acl_attachment may manage
 * those entries and bindings instead, as in the real docs' examples).
 */
import type { AttributeSchema, BlockSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { lengthBetween, oneOf, prefixed } from '../shared/validators';
import { str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { aliasConflicts, aliasValue, planAliases, type Alias } from './internet-common';
import { ACL_RETRY, bindResources, boundList, describeNetworkAcl, entriesState, entryParams, keepIpVersionCasing, listOf, sameResource, unbindResources, waitAclAvailable, type Direction } from './network-acl-common';

const TYPE = 'alicloud_network_acl';
const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'network_acl_name' }];

function entryBlock(dir: Direction): BlockSchema {
  const cidr = dir === 'ingress' ? 'source_cidr_ip' : 'destination_cidr_ip';
  return {
    attributes: {
      policy: { type: 'string', optional: true, description: 'accept or drop.', validators: [oneOf(['accept', 'drop'])] },
      [cidr]: { type: 'string', optional: true, description: dir === 'ingress' ? 'The source block.' : 'The destination block.' },
      description: { type: 'string', optional: true, description: 'The entry\'s description (1 to 256 characters).', validators: [lengthBetween(1, 256, 'description')] },
      entry_type: { type: 'string', optional: true, computed: true, description: 'custom (the only type that can be written).' },
      ip_version: { type: 'string', optional: true, computed: true, description: 'IPV4 or IPV6 (as the API spells them; other casings are taken and kept as written), from the block when left out.' },
      port: { type: 'string', optional: true, description: '-1/-1 for all, icmp, icmpv6 and gre; from/to (1–65535) for tcp and udp.' },
      protocol: { type: 'string', optional: true, description: 'icmp, gre, tcp, udp, all or icmpv6.', validators: [oneOf(['icmp', 'gre', 'tcp', 'udp', 'all', 'icmpv6'], { ignoreCase: dir === 'ingress' })] },
      network_acl_entry_name: { type: 'string', optional: true, description: 'The entry\'s name (1 to 128 characters).', validators: [lengthBetween(1, 128, 'network_acl_entry_name')] },
    },
  };
}

const RESOURCE_BLOCK: BlockSchema = {
  attributes: {
    resource_id: { type: 'string', required: true, description: 'The VSwitch to bind (in the ACL\'s VPC).' },
    resource_type: { type: 'string', required: true, description: 'VSwitch.' },
    status: { type: 'string', computed: true, description: 'BINDING or BINDED.' },
  },
};

export const networkAclAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: { type: 'string', required: true, forceNew: true, description: 'The VPC the ACL belongs to.', validators: [prefixed('vpc-', 'VPC')] },
  network_acl_name: { type: 'string', optional: true, computed: true, description: 'The name (2 to 128 characters).', validators: [lengthBetween(2, 128, 'network_acl_name')] },
  name: { type: 'string', optional: true, computed: true, deprecated: true, description: 'Deprecated since 1.122.0: use network_acl_name.', validators: [lengthBetween(2, 128, 'name')] },
  description: { type: 'string', optional: true, description: 'The description (2 to 256 characters).', validators: [lengthBetween(2, 256, 'description')] },
  source_network_acl_id: { type: 'string', optional: true, description: 'An ACL whose custom entries are copied into this one (CopyNetworkAclEntries) when it is set or changed.' },
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, description: 'Available or Modifying.' },
  create_time: { type: 'string', computed: true, description: 'When the ACL was created.' },
});

/** A block kind the state (or plan) leaves empty stays empty: see the header. */
const shown = (prior: ObjectValue, name: string) => Array.isArray(prior[name]) && (prior[name] as unknown[]).length > 0;

async function read(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const a = await describeNetworkAcl(ctx, str(prior.id)!);
  if (!a) return null;
  const state = complete(networkAclAttributes, {
    ...prior,
    id: a.NetworkAclId,
    vpc_id: a.VpcId,
    network_acl_name: a.NetworkAclName ?? '',
    name: a.NetworkAclName ?? '',
    description: a.Description ? a.Description : (prior.description === '' ? '' : null),
    source_network_acl_id: prior.source_network_acl_id ?? null,
    tags: tagsState(tagsFromApi(a.Tags), prior.tags),
    status: a.Status ?? null,
    create_time: a.CreationTime ?? null,
  });
  // complete() keeps attributes only; the blocks go beside them.
  return {
    ...state,
    ingress_acl_entries: shown(prior, 'ingress_acl_entries') ? entriesState(a, 'ingress', prior.ingress_acl_entries) : [],
    egress_acl_entries: shown(prior, 'egress_acl_entries') ? entriesState(a, 'egress', prior.egress_acl_entries) : [],
    resources: shown(prior, 'resources')
      ? listOf(a.Resources, 'Resource').map((r) => ({ resource_id: r.ResourceId, resource_type: r.ResourceType, status: r.Status ?? null }))
      : [],
  };
}

/** The user-set fields of an entry list, to tell whether it changed. */
function entryKey(list: unknown): string {
  const rows = Array.isArray(list) ? (list as ObjectValue[]) : [];
  return JSON.stringify(rows.map((e) => [e.policy, e.source_cidr_ip, e.destination_cidr_ip, e.description, e.port, e.protocol, e.network_acl_entry_name]));
}

async function applyChanges(ctx: ResourceContext, id: string, prior: ObjectValue | null, planned: ObjectValue): Promise<void> {
  if (prior) {
    const name = aliasValue(planned, ALIASES[0]);
    const nameChanged = name !== undefined && name !== prior.network_acl_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the network ACL', async () => {
        await api(ctx, 'vpc', 'ModifyNetworkAclAttributes', { NetworkAclId: id, NetworkAclName: nameChanged ? name : undefined, Description: descChanged ? (str(planned.description) ?? '') : undefined }, { idempotent: true, retryCodes: ACL_RETRY });
        await waitAclAvailable(ctx, id);
      });
    }
  }
  for (const dir of ['ingress', 'egress'] as const) {
    const attr = `${dir}_acl_entries`;
    const before = prior ? prior[attr] : [];
    if (entryKey(before) === entryKey(planned[attr])) continue;
    await step(TYPE, id, `updating the ${dir} entries`, async () => {
      await api(ctx, 'vpc', 'UpdateNetworkAclEntries', { NetworkAclId: id, ...entryParams(dir, (planned[attr] as ObjectValue[]) ?? []) }, { idempotent: true, retryCodes: ACL_RETRY });
      await waitAclAvailable(ctx, id);
    });
  }
  const source = str(planned.source_network_acl_id);
  if (source && source !== str(prior?.source_network_acl_id)) {
    await step(TYPE, id, `copying the entries of ${source}`, async () => {
      await api(ctx, 'vpc', 'CopyNetworkAclEntries', { NetworkAclId: id, SourceNetworkAclId: source }, { idempotent: true, retryCodes: ACL_RETRY });
      await waitAclAvailable(ctx, id);
    });
  }
  const was = boundList(prior?.resources);
  const now = boundList(planned.resources);
  const removed = was.filter((r) => !now.some((n) => sameResource(n, r)));
  const added = now.filter((r) => !was.some((w) => sameResource(w, r)));
  await step(TYPE, id, 'unbinding VSwitches', () => unbindResources(ctx, id, removed));
  await step(TYPE, id, 'binding VSwitches', () => bindResources(ctx, id, added));
  if (prior) await step(TYPE, id, 'updating the network ACL tags', () => updateTags(ctx, 'vpc', 'NETWORKACL', id, strMap(prior.tags), strMap(planned.tags)));
}

export const networkAclResource: ResourceDefinition = {
  typeName: TYPE,
  schema: {
    description: 'A network ACL of a VPC: ordered accept/drop entries each way, bound to VSwitches.',
    attributes: networkAclAttributes,
    blocks: {
      ingress_acl_entries: { nesting: 'list', block: entryBlock('ingress') },
      egress_acl_entries: { nesting: 'list', block: entryBlock('egress') },
      resources: { nesting: 'set', block: RESOURCE_BLOCK },
    },
  },
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    return aliasConflicts(config, ALIASES);
  },

  modifyPlan({ config, prior, planned }) {
    planAliases(config, planned, ALIASES);
    if (prior && keepIpVersionCasing(prior, planned)) return { legacyTypeSystem: true };
  },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the network ACL', () =>
      api(ctx, 'vpc', 'CreateNetworkAcl', {
        VpcId: str(planned.vpc_id),
        NetworkAclName: aliasValue(planned, ALIASES[0]),
        Description: str(planned.description),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true, retryCodes: ACL_RETRY }),
    );
    const id: string = out?.NetworkAclAttribute?.NetworkAclId ?? out?.NetworkAclId;
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the network ACL', () => waitFor(ctx, () => describeNetworkAcl(ctx, id), (a) => a?.Status === 'Available', { what: `network ACL ${id} to become Available` }));
    await applyChanges(ctx, id, null, planned);
    const state = await step(TYPE, id, 'reading the new network ACL', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the network ACL disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the network ACL', () => read(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    await applyChanges(ctx, id, prior, planned);
    const state = await step(TYPE, id, 'reading the network ACL', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the network ACL disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // As the real provider: unbind whatever is bound (also bindings made by attachment resources), then delete.
    await step(TYPE, id, 'unbinding VSwitches', async () => {
      const a = await describeNetworkAcl(ctx, id);
      const bound = listOf(a?.Resources, 'Resource').map((r) => ({ resource_id: r.ResourceId, resource_type: r.ResourceType }));
      await unbindResources(ctx, id, bound);
    });
    const remove = () => api(ctx, 'vpc', 'DeleteNetworkAcl', { NetworkAclId: id }, { idempotent: true, retryCodes: ACL_RETRY });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the network ACL' }, remove, () => describeNetworkAcl(ctx, id));
  },

  async importState(ctx, id) {
    const base = await importByPrefixedId(TYPE, networkAclAttributes, 'nacl', 'a network ACL')(ctx, id);
    // Placeholders so the read that follows shows what the ACL holds (the API's lists replace them).
    return { ...base, ingress_acl_entries: [{}], egress_acl_entries: [{}], resources: [{}] };
  },
};
