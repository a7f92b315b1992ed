/**
 * alicloud_nat_gateway — an Internet NAT gateway (Enhanced), named and shaped as aliyun/alicloud's
 * resource. `snat_table_ids` and `forward_table_ids` are comma-joined strings, as the real provider
 * writes them, so HCL such as `snat_table_id = alicloud_nat_gateway.x.snat_table_ids` works as is.
 *
 * Create: CreateNatGateway (one ClientToken across retries) → wait Available.
 * Read: DescribeNatGateways(NatGatewayId). Update: ModifyNatGatewayAttribute (name, description,
 * ICMP reply) and the tag APIs (ResourceType NATGATEWAY). Delete: DeleteNatGateway (Force when
 * `force = true`: the API then removes entries, unbinds EIPs and deletes routes to the gateway
 * itself) → wait until gone. Entries and bindings destroyed in the same run may hold the gateway
 * for a moment (DependencyViolation.*), which is retried; a bandwidth package is not.
 *
 * The sandbox has no ModifyNatGatewaySpec, UpdateNatGatewayNatType or resource-group moves, so
 * specification, nat_type and vswitch_id force a new gateway here (the real provider changes the
 * first two in place). Deprecated aliases kept for older HCL: `name` (→ nat_gateway_name) and
 * `instance_charge_type` PostPaid/PrePaid (→ payment_type PayAsYouGo/Subscription).
 */
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { followsRule, oneOf, prefixed } from '../shared/validators';
import { bool, optional, str, strMap, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { aliasConflicts, aliasValue, planAliases, type Alias } from './internet-common';

const TYPE = 'alicloud_nat_gateway';

const PAYMENT_TO_CHARGE: Record<string, string> = { PayAsYouGo: 'PostPaid', Subscription: 'PrePaid' };
const CHARGE_TO_PAYMENT: Record<string, string> = { PostPaid: 'PayAsYouGo', PrePaid: 'Subscription' };

const ALIASES: readonly Alias[] = [
  { deprecated: 'name', current: 'nat_gateway_name' },
  {
    deprecated: 'instance_charge_type',
    current: 'payment_type',
    toCurrent: (v) => CHARGE_TO_PAYMENT[v] ?? v,
    toDeprecated: (v) => PAYMENT_TO_CHARGE[v] ?? v,
  },
];

export const natGatewayAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: { type: 'string', required: true, forceNew: true, description: 'The VPC of the gateway.', validators: [prefixed('vpc-', 'VPC')] },
  vswitch_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The VSwitch the gateway takes its private address from (required for Enhanced, the only type the sandbox creates).',
    validators: [prefixed('vsw-', 'VSwitch')],
  },
  nat_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'Enhanced (Normal is retired and not modelled).',
    validators: [oneOf(['Enhanced'])],
  },
  nat_gateway_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name of the gateway (1 to 128 characters).',
    validators: [followsRule('nat_gateway_name', resourceNameProblem)],
  },
  name: {
    type: 'string',
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated: use nat_gateway_name.',
    validators: [followsRule('name', resourceNameProblem)],
  },
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the gateway (1 to 256 characters).',
    validators: [followsRule('description', descriptionProblem)],
  },
  specification: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'Small, Middle, Large or XLarge.1 (PayBySpec only). Changing it replaces the gateway in this provider (the real one resizes in place).',
    validators: [oneOf(['Small', 'Middle', 'Large', 'XLarge.1'])],
  },
  payment_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'PayAsYouGo (default) or Subscription.',
    validators: [oneOf(['PayAsYouGo', 'Subscription'])],
  },
  instance_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    deprecated: true,
    description: 'Deprecated: use payment_type (PostPaid = PayAsYouGo, PrePaid = Subscription).',
    validators: [oneOf(['PostPaid', 'PrePaid'])],
  },
  period: { type: 'number', optional: true, description: 'The subscription length in months (Subscription only; not read back).' },
  internet_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'PayByLcu or PayBySpec.',
    validators: [oneOf(['PayByLcu', 'PayBySpec'])],
  },
  network_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'internet (an Internet NAT gateway, the default) or intranet (a VPC NAT gateway).',
    validators: [oneOf(['internet', 'intranet'])],
  },
  eip_bind_mode: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'MULTI_BINDED or NAT: how EIPs are bound to the gateway.',
    validators: [oneOf(['MULTI_BINDED', 'NAT'])],
  },
  icmp_reply_enabled: { type: 'bool', optional: true, computed: true, description: 'Whether the gateway answers ICMP echo requests.' },
  force: { type: 'bool', optional: true, description: 'Delete with Force: remove entries, unbind EIPs and delete routes to the gateway first.' },
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, description: 'Creating, Available, Modifying or Deleting.' },
  snat_table_ids: { type: 'string', computed: true, description: 'The SNAT table IDs, comma-joined (one table: use it directly as snat_table_id).' },
  forward_table_ids: { type: 'string', computed: true, description: 'The DNAT (forward) table IDs, comma-joined.' },
});

export async function describeNatGateway(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeNatGateways', { NatGatewayId: id, PageSize: 50 }, {
    listKey: 'NatGateways',
    itemKey: 'NatGateway',
    idField: 'NatGatewayId',
    id,
    goneCodes: ['INSTANCE_NOT_EXISTS'],
  });
}

function toState(gw: any, prior: ObjectValue): ObjectValue {
  const charge = gw.InstanceChargeType ?? null;
  const name = gw.Name ?? gw.NatGatewayName ?? '';
  return complete(natGatewayAttributes, {
    ...prior,
    id: gw.NatGatewayId,
    vpc_id: gw.VpcId ?? prior.vpc_id ?? null,
    vswitch_id: gw.NatGatewayPrivateInfo?.VswitchId ?? gw.VSwitchId ?? '',
    nat_type: gw.NatType ?? null,
    nat_gateway_name: name,
    name,
    description: optional(gw.Description, prior.description),
    specification: gw.Spec ?? '',
    payment_type: charge ? (CHARGE_TO_PAYMENT[charge] ?? charge) : null,
    instance_charge_type: charge ? (PAYMENT_TO_CHARGE[charge] ?? charge) : null,
    internet_charge_type: gw.InternetChargeType ?? null,
    network_type: gw.NetworkType ?? null,
    eip_bind_mode: gw.EipBindMode ?? null,
    icmp_reply_enabled: gw.IcmpReplyEnabled === undefined ? null : gw.IcmpReplyEnabled === true || gw.IcmpReplyEnabled === 'true',
    tags: tagsState(tagsFromApi(gw.Tags), prior.tags),
    status: gw.Status ?? null,
    snat_table_ids: unwrapList<string>(gw.SnatTableIds, 'SnatTableId').join(','),
    forward_table_ids: unwrapList<string>(gw.ForwardTableIds, 'ForwardTableId').join(','),
  });
}

async function readNatGateway(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const gw = await describeNatGateway(ctx, str(prior.id)!);
  return gw ? toState(gw, prior) : null;
}

export const natGatewayResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An Internet NAT gateway (Enhanced) in a VPC.', attributes: natGatewayAttributes },
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    const diags = aliasConflicts(config, ALIASES);
    if (config.vswitch_id === null) {
      diags.push(error('vswitch_id', 'missing vswitch_id', 'An Enhanced NAT gateway takes its private address from a VSwitch of the VPC; set vswitch_id (e.g. alicloud_vswitch.x.id).'));
    }
    return diags;
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const payment = aliasValue(planned, ALIASES[1]);
    const out = await step(TYPE, null, 'creating the NAT gateway', () =>
      api(ctx, 'vpc', 'CreateNatGateway', {
        VpcId: str(planned.vpc_id),
        VSwitchId: str(planned.vswitch_id),
        NatType: str(planned.nat_type) ?? 'Enhanced',
        Name: aliasValue(planned, ALIASES[0]),
        Description: str(planned.description),
        Spec: str(planned.specification),
        InstanceChargeType: payment ? (PAYMENT_TO_CHARGE[payment] ?? payment) : undefined,
        Duration: str(planned.period),
        InternetChargeType: str(planned.internet_charge_type),
        NetworkType: str(planned.network_type),
        EipBindMode: str(planned.eip_bind_mode),
        IcmpReplyEnabled: bool(planned.icmp_reply_enabled),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true, retryCodes: ['TaskConflict', 'IncorrectStatus.VSWITCH', 'VswitchStatusError', 'OperationConflict'] }),
    );
    const id: string = out.NatGatewayId;
    ctx.log('info', 'created NAT gateway', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the NAT gateway', () =>
      waitFor(ctx, () => describeNatGateway(ctx, id), (g) => g?.Status === 'Available', { what: `NAT gateway ${id} to become Available` }),
    );
    const state = await step(TYPE, id, 'reading the new NAT gateway', () => readNatGateway(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the NAT gateway disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the NAT gateway', () => readNatGateway(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const name = aliasValue(planned, ALIASES[0]);
    const nameChanged = name !== undefined && name !== prior.nat_gateway_name;
    const descChanged = planned.description !== prior.description;
    const icmp = bool(planned.icmp_reply_enabled);
    const icmpChanged = icmp !== undefined && icmp !== prior.icmp_reply_enabled;
    if (nameChanged || descChanged || icmpChanged) {
      await step(TYPE, id, 'updating the NAT gateway attributes', () =>
        api(ctx, 'vpc', 'ModifyNatGatewayAttribute', {
          NatGatewayId: id,
          Name: nameChanged ? name : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
          IcmpReplyEnabled: icmpChanged ? icmp : undefined,
        }),
      );
      await step(TYPE, id, 'waiting for the NAT gateway', () =>
        waitFor(ctx, () => describeNatGateway(ctx, id), (g) => g === null || g.Status === 'Available', { what: `NAT gateway ${id} to become Available` }),
      );
    }
    await step(TYPE, id, 'updating the NAT gateway tags', () => updateTags(ctx, 'vpc', 'NATGATEWAY', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the NAT gateway', () => readNatGateway(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the NAT gateway disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () =>
      api(ctx, 'vpc', 'DeleteNatGateway', { NatGatewayId: id, Force: bool(state.force) ?? false }, {
        // Entries, bindings and routes destroyed in the same run may still be on their way out. A
        // bandwidth package is not destroyed by Terraform here: retrying would only wait out the timeout.
        retryCodes: ['DependencyViolation*', 'OperationConflict', 'IncorrectStatus.NatGateway'],
        noRetryCodes: ['DependencyViolation.BandwidthPackages'],
      });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the NAT gateway' }, remove, () => describeNatGateway(ctx, id), { goneCodes: ['INSTANCE_NOT_EXISTS'] });
  },

  importState: importByPrefixedId(TYPE, natGatewayAttributes, 'ngw', 'a NAT gateway'),
};
