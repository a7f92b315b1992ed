/**
 * alicloud_network_acl_entries (deprecated since 1.122.0 in the real provider, still served): the
 * whole custom entry list of a network ACL in `ingress` and `egress` blocks, where each entry's
 * name is `name`. ID `<network_acl_id>:<unique suffix>`, as the real provider makes it.
 *
 * Create and update: UpdateNetworkAclEntries with both directions (the lists whole) → wait
 * Available. Read: DescribeNetworkAclAttributes (custom entries). Delete: UpdateNetworkAclEntries
 * with both lists empty, which clears the custom entries (the ACL itself stays).
 */
import { randomBytes } from 'node:crypto';
import type { AttributeSchema, BlockSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { prefixed } from '../shared/validators';
import { str } from '../shared/values';
import { complete, ID_ATTR, step } from './common';
import { ACL_RETRY, describeNetworkAcl, entriesState, entryParams, waitAclAvailable, type Direction } from './network-acl-common';
import { api } from '../shared/api';

const TYPE = 'alicloud_network_acl_entries';

function block(dir: Direction): BlockSchema {
  const cidr = dir === 'ingress' ? 'source_cidr_ip' : 'destination_cidr_ip';
  const oc = (description: string): AttributeSchema => ({ type: 'string', optional: true, computed: true, description });
  return {
    attributes: {
      description: oc('The entry\'s description.'),
      [cidr]: oc(dir === 'ingress' ? 'The source block.' : 'The destination block.'),
      entry_type: oc('custom.'),
      name: oc('The entry\'s name.'),
      policy: oc('accept or drop.'),
      port: oc('-1/-1, or from/to for tcp and udp.'),
      protocol: oc('icmp, gre, tcp, udp or all.'),
    },
  };
}

export const networkAclEntriesAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  network_acl_id: { type: 'string', required: true, forceNew: true, description: 'The network ACL whose custom entries this resource holds.', validators: [prefixed('nacl-', 'network ACL')] },
};

const shown = (prior: ObjectValue, name: string) => Array.isArray(prior[name]) && (prior[name] as unknown[]).length > 0;

async function read(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const aclId = str(prior.network_acl_id) ?? str(prior.id)!.split(':')[0];
  const a = await describeNetworkAcl(ctx, aclId);
  if (!a) return null;
  const rename = (rows: ObjectValue[]): ObjectValue[] => rows.map(({ network_acl_entry_name, ip_version: _v, ...rest }) => ({ ...rest, description: rest.description ?? '', name: network_acl_entry_name ?? '' }));
  // complete() keeps attributes only; the blocks go beside them.
  return {
    ...complete(networkAclEntriesAttributes, { ...prior, network_acl_id: aclId }),
    ingress: shown(prior, 'ingress') ? rename(entriesState(a, 'ingress')) : [],
    egress: shown(prior, 'egress') ? rename(entriesState(a, 'egress')) : [],
  };
}

async function write(ctx: ResourceContext, aclId: string, v: ObjectValue): Promise<void> {
  const list = (x: unknown) => (Array.isArray(x) ? (x as ObjectValue[]) : []);
  await api(ctx, 'vpc', 'UpdateNetworkAclEntries', { NetworkAclId: aclId, ...entryParams('ingress', list(v.ingress), 'name'), ...entryParams('egress', list(v.egress), 'name') }, { idempotent: true, retryCodes: ACL_RETRY });
  await waitAclAvailable(ctx, aclId);
}

export const networkAclEntriesResource: ResourceDefinition = {
  typeName: TYPE,
  schema: {
    description: 'Deprecated (use ingress_acl_entries and egress_acl_entries of alicloud_network_acl): the custom entries of a network ACL.',
    attributes: networkAclEntriesAttributes,
    blocks: { ingress: { nesting: 'list', block: block('ingress') }, egress: { nesting: 'list', block: block('egress') } },
  },

  async create(ctx, planned) {
    const aclId = str(planned.network_acl_id)!;
    const id = `${aclId}:${randomBytes(8).toString('hex')}`;
    await step(TYPE, id, 'writing the entries', () => write(ctx, aclId, planned));
    ctx.created?.({ id });
    const state = await step(TYPE, id, 'reading the entries', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the network ACL disappeared right after its entries were written`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the entries', () => read(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    await step(TYPE, id, 'writing the entries', () => write(ctx, str(prior.network_acl_id)!, planned));
    const state = await step(TYPE, id, 'reading the entries', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the network ACL disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const aclId = str(state.network_acl_id)!;
    await step(TYPE, id, 'clearing the entries', async () => {
      if (!(await describeNetworkAcl(ctx, aclId))) return;
      await write(ctx, aclId, { ingress: [], egress: [] });
    });
  },

  async importState(_ctx, id) {
    const aclId = id.split(':')[0];
    if (!/^nacl-[A-Za-z0-9]+$/.test(aclId)) throw new Error(`"${id}" is not an ${TYPE} ID; it is <network_acl_id>:<suffix>, e.g. nacl-bp1abc:1`);
    return { ...complete(networkAclEntriesAttributes, { id, network_acl_id: aclId }), ingress: [{}], egress: [{}] };
  },
};
