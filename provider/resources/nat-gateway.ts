/**
 * alicloud_nat_gateway — an Internet NAT gateway (Enhanced), named and shaped as aliyun/alicloud's
 * resource. `snat_table_ids` and `forward_table_ids` are comma-joined strings, as the real provider
 * writes them, so HCL such as `snat_table_id = alicloud_nat_gateway.x.snat_table_ids` works as is.
 *
 * Create: CreateNatGateway (one ClientToken across retries) → wait Available.
 * Read: DescribeNatGateways(NatGatewayId). Update: ModifyNatGatewayAttribute (name, description,
 * ICMP reply, EIP bind mode), ModifyNatGatewaySpec (specification), DeletionProtection (Type
 * NATGW: a protected gateway cannot be deleted, Force or not) and the tag APIs (ResourceType
 * NATGATEWAY). Delete: DeleteNatGateway (Force when
 * `force = true`: the API then removes entries, unbinds EIPs and deletes routes to the gateway
 * itself) → wait until gone. Entries and bindings destroyed in the same run may hold the gateway
 * for a moment (DependencyViolation.*), which is retried; a bandwidth package is not.
 *
 * network_type = "intranet" makes a VPC NAT gateway: no EIPs, a default NAT IP from its VSwitch,
 * and alicloud_vpc_nat_ip / alicloud_vpc_nat_ip_cidr for more. The sandbox has no
 * UpdateNatGatewayNatType (Normal → Enhanced moves a gateway into a VSwitch), and no API converts
 * a gateway between Internet and VPC NAT (the real provider's update sends nothing for it), so
 * vswitch_id and network_type force a new gateway here; nat_type has one value, Enhanced.
 * private_link_enabled and access_mode are recorded by the API and shown back (no PrivateLink
 * endpoint is simulated); so is availability_mode (CrossAZ unless asked); dry_run is accepted only.
 * Deprecated aliases kept for older HCL: `name` (→ nat_gateway_name) and
 * `instance_charge_type` PostPaid/PrePaid (→ payment_type PayAsYouGo/Subscription).
 */
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import { isUnknown, type AttributeSchema, type NestedBlockSchema, type ObjectValue, type ResourceContext, type ResourceDefinition, type Value } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { followsRule, oneOf, prefixed } from '../shared/validators';
import { bool, optional, str, strMap, unwrapList } from '../shared/values';
import { acceptedOnly, keptValues, removedArgument } from './parity';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { aliasConflicts, aliasValue, CHARGE_TO_PAYMENT, CHARGE_TYPE_ALIAS, PAYMENT_TO_CHARGE, planAliases, type Alias } from './internet-common';

const TYPE = 'alicloud_nat_gateway';

const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'nat_gateway_name' }, CHARGE_TYPE_ALIAS];

export const natGatewayAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: { type: 'string', required: true, forceNew: true, description: 'The VPC of the gateway.', validators: [prefixed('vpc-', 'VPC')] },
  vswitch_id: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The VSwitch the gateway takes its private address from (required for Enhanced, the only type the sandbox creates).',
    validators: [prefixed('vsw-', 'VSwitch')],
  },
  nat_type: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'Enhanced (Normal is retired and not modelled, so there is nothing to convert).',
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
    description: 'Small, Middle, Large or XLarge.1 (PayBySpec; ignored on PayByLcu). Changes in place (ModifyNatGatewaySpec).',
    validators: [oneOf(['Small', 'Middle', 'Large', 'XLarge.1'])],
  },
  spec: removedArgument('string', 'Field `spec` was removed in provider 1.121.0; use specification.'),
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
    description: 'MULTI_BINDED (the default) or NAT: how EIPs are bound to the gateway. Changes in place.',
    validators: [oneOf(['MULTI_BINDED', 'NAT'])],
  },
  icmp_reply_enabled: { type: 'bool', optional: true, computed: true, description: 'Whether the gateway answers ICMP echo requests.' },
  force: { type: 'bool', optional: true, description: 'Delete with Force: remove entries, unbind EIPs and delete routes to the gateway first.' },
  deletion_protection: {
    type: 'bool',
    optional: true,
    computed: true,
    default: false,
    description: 'Deletion protection (DeletionProtection, Type NATGW): while true the gateway cannot be deleted, not even with force. Changes in place.',
  },
  private_link_enabled: {
    type: 'bool',
    optional: true,
    computed: true,
    forceNew: true,
    default: false,
    description: 'Whether PrivateLink is enabled. Recorded and shown back; the sandbox simulates no PrivateLink endpoint.',
  },
  availability_mode: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    // The API answers CrossAZ when CreateNatGateway leaves it out, so state holds it and an update
    // plan keeps it instead of showing "(known after apply)".
    useStateForUnknown: true,
    description: 'CrossAZ (the default: deployed across zones) or SingleAZ. Recorded and shown back; the sandbox has no zone failure to survive.',
    validators: [oneOf(['CrossAZ', 'SingleAZ'])],
  },
  dry_run: acceptedOnly('bool', 'Whether the real provider only checks the create request (DryRun).', { default: false }),
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, description: 'Creating, Available, Modifying or Deleting.' },
  snat_table_ids: { type: 'string', computed: true, description: 'The SNAT table IDs, comma-joined (one table: use it directly as snat_table_id).' },
  forward_table_ids: { type: 'string', computed: true, description: 'The DNAT (forward) table IDs, comma-joined.' },
});

/** The PrivateLink access mode, recorded by the API and shown back; changing it replaces the gateway. */
const ACCESS_MODE: NestedBlockSchema = {
  nesting: 'list',
  maxItems: 1,
  block: {
    description: 'The PrivateLink access mode (with private_link_enabled). Recorded and shown back; not simulated.',
    attributes: {
      mode_value: { type: 'string', optional: true, computed: true, emptyIsUnset: true, forceNew: true, useStateForUnknown: true, description: 'route or tunnel.', validators: [oneOf(['route', 'tunnel'])] },
      tunnel_type: { type: 'string', optional: true, computed: true, emptyIsUnset: true, forceNew: true, useStateForUnknown: true, description: 'geneve (tunnel mode only).', validators: [oneOf(['geneve'])] },
    },
  },
};

/**
 * The block from the API when the configuration has it, or when the gateway has an access mode
 * (an import, or a change made elsewhere, which then shows as drift). A gateway without one and a
 * configuration without the block keep no block: Terraform does not let a provider add one.
 */
function accessModeState(gw: any, prior: Value | undefined): Value {
  const hasMode = !!(gw.AccessMode?.ModeValue || gw.AccessMode?.TunnelType);
  if (!hasMode && (!Array.isArray(prior) || prior.length === 0)) return [];
  return [{ mode_value: gw.AccessMode?.ModeValue || null, tunnel_type: gw.AccessMode?.TunnelType || null }];
}

function accessModeParams(v: Value | undefined): Record<string, string | undefined> {
  const b = Array.isArray(v) && v[0] && typeof v[0] === 'object' && !isUnknown(v[0]) ? (v[0] as ObjectValue) : undefined;
  return { 'AccessMode.ModeValue': str(b?.mode_value), 'AccessMode.TunnelType': str(b?.tunnel_type) };
}

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
    // A PayByLcu gateway ignores Spec, so what the configuration said is kept (the real provider
    // suppresses this difference); the docs' data-source example sets Spec without a charge type.
    specification: gw.InternetChargeType === 'PayByLcu' ? (str(prior.specification) ?? '') : (gw.Spec ?? ''),
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
    deletion_protection: gw.DeletionProtection === true || gw.DeletionProtection === 'true',
    private_link_enabled: gw.PrivateLinkEnabled === true || gw.PrivateLinkEnabled === 'true',
    availability_mode: gw.AvailabilityMode || null,
    ...keptValues(natGatewayAttributes, prior),
  });
}

async function readNatGateway(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const gw = await describeNatGateway(ctx, str(prior.id)!);
  return gw ? { ...toState(gw, prior), access_mode: accessModeState(gw, prior.access_mode) } : null;
}

async function setProtection(ctx: ResourceContext, id: string, on: boolean): Promise<void> {
  await step(TYPE, id, `turning deletion protection ${on ? 'on' : 'off'}`, () =>
    api(ctx, 'vpc', 'DeletionProtection', { InstanceId: id, Type: 'NATGW', ProtectionEnable: on }, { idempotent: true }),
  );
}

export const natGatewayResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A NAT gateway (Enhanced) in a VPC: an Internet one, or a VPC NAT gateway (network_type = "intranet").', attributes: natGatewayAttributes, blocks: { access_mode: ACCESS_MODE } },
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    const diags = aliasConflicts(config, ALIASES);
    // The real schema takes "" (no validator; d.GetOk does not send it), and then the API refuses an
    // Enhanced gateway without a VSwitch at apply; the sandbox says so at plan.
    if (config.vswitch_id === null || config.vswitch_id === '') {
      diags.push(error('vswitch_id', 'missing vswitch_id', `vswitch_id is ${config.vswitch_id === '' ? '""' : 'not set'}: an Enhanced NAT gateway takes its private address from a VSwitch of the VPC; set vswitch_id (e.g. alicloud_vswitch.x.id).`));
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
        PrivateLinkEnabled: bool(planned.private_link_enabled) || undefined,
        AvailabilityMode: str(planned.availability_mode),
        ...accessModeParams(planned.access_mode),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true, retryCodes: ['TaskConflict', 'IncorrectStatus.VSWITCH', 'VswitchStatusError', 'OperationConflict'] }),
    );
    const id: string = out.NatGatewayId;
    ctx.log('info', 'created NAT gateway', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the NAT gateway', () =>
      waitFor(ctx, () => describeNatGateway(ctx, id), (g) => g?.Status === 'Available', { what: `NAT gateway ${id} to become Available` }),
    );
    if (bool(planned.deletion_protection)) await setProtection(ctx, id, true);
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
    const bindMode = str(planned.eip_bind_mode);
    const bindModeChanged = bindMode !== undefined && bindMode !== prior.eip_bind_mode;
    if (nameChanged || descChanged || icmpChanged || bindModeChanged) {
      await step(TYPE, id, 'updating the NAT gateway attributes', () =>
        api(ctx, 'vpc', 'ModifyNatGatewayAttribute', {
          NatGatewayId: id,
          Name: nameChanged ? name : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
          IcmpReplyEnabled: icmpChanged ? icmp : undefined,
          EipBindMode: bindModeChanged ? bindMode : undefined,
        }),
      );
      await step(TYPE, id, 'waiting for the NAT gateway', () =>
        waitFor(ctx, () => describeNatGateway(ctx, id), (g) => g === null || g.Status === 'Available', { what: `NAT gateway ${id} to become Available` }),
      );
    }
    const spec = str(planned.specification);
    if (spec !== undefined && spec !== prior.specification && prior.internet_charge_type === 'PayBySpec') {
      await step(TYPE, id, 'resizing the NAT gateway', () => api(ctx, 'vpc', 'ModifyNatGatewaySpec', { NatGatewayId: id, Spec: spec }, { idempotent: true, retryCodes: ['IncorrectStatus.NatGateway'] }));
      await step(TYPE, id, 'waiting for the NAT gateway', () =>
        waitFor(ctx, () => describeNatGateway(ctx, id), (g) => g === null || g.Status === 'Available', { what: `NAT gateway ${id} to become Available` }),
      );
    }
    const protect = bool(planned.deletion_protection);
    if (protect !== undefined && protect !== prior.deletion_protection) await setProtection(ctx, id, protect);
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
