/**
 * The two ways to bind VSwitches to a network ACL outside alicloud_network_acl's `resources`:
 *
 * - alicloud_vpc_network_acl_attachment: one VSwitch, ID `<network_acl_id>:<resource_id>`.
 *   Create: AssociateNetworkAcl → wait BINDED. Read: DescribeNetworkAclAttributes, gone when the
 *   ACL no longer binds it. Delete: UnassociateNetworkAcl → wait until it is not listed.
 * - alicloud_network_acl_attachment (deprecated since 1.124.0 in the real provider, still served):
 *   a set of `resources`, ID `<network_acl_id>:<unique suffix>` as the real provider makes it;
 *   update binds and unbinds the difference.
 */
import { randomBytes } from 'node:crypto';
import type { AttributeSchema, BlockSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { oneOf, prefixed } from '../shared/validators';
import { str } from '../shared/values';
import { complete, ID_ATTR, step } from './common';
import { bindResources, boundList, describeNetworkAcl, listOf, sameResource, unbindResources } from './network-acl-common';

function splitId(typeName: string, id: string, form: string): [string, string] {
  const i = id.indexOf(':');
  if (i <= 0 || i === id.length - 1) throw new Error(`"${id}" is not an ${typeName} ID; it is ${form}`);
  return [id.slice(0, i), id.slice(i + 1)];
}

// ---- alicloud_vpc_network_acl_attachment --------------------------------------------------------

const VPC_TYPE = 'alicloud_vpc_network_acl_attachment';
const VPC_FORM = '<network_acl_id>:<resource_id>, e.g. nacl-bp1abc:vsw-bp1xyz';

export const vpcNetworkAclAttachmentAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  network_acl_id: { type: 'string', required: true, forceNew: true, description: 'The network ACL.', validators: [prefixed('nacl-', 'network ACL')] },
  resource_id: { type: 'string', required: true, forceNew: true, description: 'The VSwitch to bind (in the ACL\'s VPC, bound to no other ACL).' },
  resource_type: { type: 'string', required: true, forceNew: true, description: 'VSwitch.', validators: [oneOf(['VSwitch'])] },
  status: { type: 'string', computed: true, description: 'BINDING or BINDED.' },
};

async function readVpcAttachment(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const [aclId, resourceId] = splitId(VPC_TYPE, str(prior.id)!, VPC_FORM);
  const a = await describeNetworkAcl(ctx, aclId);
  const b = listOf(a?.Resources, 'Resource').find((r) => r.ResourceId === resourceId);
  if (!b) return null;
  return complete(vpcNetworkAclAttachmentAttributes, { ...prior, network_acl_id: aclId, resource_id: resourceId, resource_type: b.ResourceType ?? 'VSwitch', status: b.Status ?? null });
}

export const vpcNetworkAclAttachmentResource: ResourceDefinition = {
  typeName: VPC_TYPE,
  schema: { description: 'Binds one VSwitch to a network ACL.', attributes: vpcNetworkAclAttachmentAttributes },
  timeouts: { create: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const aclId = str(planned.network_acl_id)!;
    const res = { resource_id: str(planned.resource_id)!, resource_type: str(planned.resource_type)! };
    const id = `${aclId}:${res.resource_id}`;
    await step(VPC_TYPE, id, 'binding the VSwitch', () => bindResources(ctx, aclId, [res]));
    ctx.created?.({ id });
    const state = await step(VPC_TYPE, id, 'reading the attachment', () => readVpcAttachment(ctx, { ...planned, id }));
    if (!state) throw new Error(`${VPC_TYPE} ${id}: the binding disappeared right after it was made`);
    return state;
  },

  read(ctx, state) {
    return step(VPC_TYPE, str(state.id), 'reading the attachment', () => readVpcAttachment(ctx, state));
  },

  async update(_ctx, prior) {
    return prior; // every argument forces a new resource
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const [aclId, resourceId] = splitId(VPC_TYPE, id, VPC_FORM);
    await step(VPC_TYPE, id, 'unbinding the VSwitch', () => unbindResources(ctx, aclId, [{ resource_id: resourceId, resource_type: str(state.resource_type) ?? 'VSwitch' }]));
  },

  async importState(_ctx, id) {
    splitId(VPC_TYPE, id, VPC_FORM);
    return complete(vpcNetworkAclAttachmentAttributes, { id });
  },
};

// ---- alicloud_network_acl_attachment (deprecated) ----------------------------------------------

const TYPE = 'alicloud_network_acl_attachment';
const FORM = '<network_acl_id>:<unique suffix>';

export const networkAclAttachmentAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  network_acl_id: { type: 'string', required: true, forceNew: true, description: 'The network ACL.', validators: [prefixed('nacl-', 'network ACL')] },
};

const RESOURCES_BLOCK: BlockSchema = {
  attributes: {
    resource_id: { type: 'string', required: true, description: 'The VSwitch to bind.' },
    resource_type: { type: 'string', required: true, description: 'VSwitch.' },
  },
};

async function readAttachment(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const [aclId] = splitId(TYPE, str(prior.id)!, FORM);
  const a = await describeNetworkAcl(ctx, aclId);
  if (!a) return null;
  const bound = listOf(a.Resources, 'Resource').map((r) => ({ resource_id: String(r.ResourceId), resource_type: String(r.ResourceType ?? 'VSwitch') }));
  const kept = boundList(prior.resources).filter((r) => bound.some((b) => sameResource(b, r)));
  if (!kept.length) return null;
  // complete() keeps attributes only; the resources block goes beside them.
  return { ...complete(networkAclAttachmentAttributes, { ...prior, network_acl_id: aclId }), resources: kept.map((r) => ({ ...r })) };
}

export const networkAclAttachmentResource: ResourceDefinition = {
  typeName: TYPE,
  schema: {
    description: 'Deprecated (use resources in alicloud_network_acl or alicloud_vpc_network_acl_attachment): binds VSwitches to a network ACL.',
    attributes: networkAclAttachmentAttributes,
    blocks: { resources: { nesting: 'set', block: RESOURCES_BLOCK, minItems: 1 } },
  },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const aclId = str(planned.network_acl_id)!;
    const id = `${aclId}:${randomBytes(8).toString('hex')}`;
    await step(TYPE, id, 'binding the VSwitches', () => bindResources(ctx, aclId, boundList(planned.resources)));
    ctx.created?.({ id });
    const state = await step(TYPE, id, 'reading the attachment', () => readAttachment(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the bindings disappeared right after they were made`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the attachment', () => readAttachment(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const aclId = str(prior.network_acl_id)!;
    const was = boundList(prior.resources);
    const now = boundList(planned.resources);
    await step(TYPE, id, 'unbinding VSwitches', () => unbindResources(ctx, aclId, was.filter((r) => !now.some((n) => sameResource(n, r)))));
    await step(TYPE, id, 'binding VSwitches', () => bindResources(ctx, aclId, now.filter((r) => !was.some((w) => sameResource(w, r)))));
    const state = await step(TYPE, id, 'reading the attachment', () => readAttachment(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the bindings disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    await step(TYPE, id, 'unbinding the VSwitches', () => unbindResources(ctx, str(state.network_acl_id)!, boundList(state.resources)));
  },
};
