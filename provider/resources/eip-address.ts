/**
 * alicloud_eip_address — an Elastic IP address, named and shaped as aliyun/alicloud's resource
 * (the arguments the sandbox models).
 *
 * Create: AllocateEipAddress (one ClientToken across retries; `ip_address` asks for a given address,
 * as the real API's IpAddress does) → wait Available; tags with TagResources (ResourceType EIP).
 * Read: DescribeEipAddresses(AllocationId). Update: ModifyEipAddressAttribute (address_name,
 * description, bandwidth) and the tag APIs. Delete: ReleaseEipAddress → wait until gone; an EIP
 * still being unbound answers IncorrectEipStatus for a moment, which is retried.
 *
 * Deprecated aliases kept because HCL written for older provider versions uses them: `name`
 * (→ address_name) and `instance_charge_type` PostPaid/PrePaid (→ payment_type PayAsYouGo/
 * Subscription).
 */
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition, Value } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { followsRule, intBetween, oneOf } from '../shared/validators';
import { bool, num, str, strList, strMap, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { aliasConflicts, aliasValue, CHARGE_TO_PAYMENT, CHARGE_TYPE_ALIAS, ipv4Address, PAYMENT_TO_CHARGE, planAliases, type Alias } from './internet-common';
import { applyEipExtras, eipExtraAllocateParams, eipExtraAttributes, eipExtraState } from './eip-address-extras';

const TYPE = 'alicloud_eip_address';

const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'address_name' }, CHARGE_TYPE_ALIAS];

const bandwidthText: AttributeSchema['validators'] = [
  (v) => {
    const s = String(v);
    return /^\d+$/.test(s) ? intBetween(1, 1000, 'bandwidth')(Number(s)) : `bandwidth "${s}" is not a whole number of Mbit/s; write it as a string such as "5"`;
  },
];

export const eipAddressAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  address_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name of the EIP (1 to 128 characters).',
    validators: [followsRule('address_name', resourceNameProblem)],
  },
  name: {
    type: 'string',
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated: use address_name.',
    validators: [followsRule('name', resourceNameProblem)],
  },
  description: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The description of the EIP (1 to 256 characters).',
    validators: [followsRule('description', descriptionProblem)],
  },
  bandwidth: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    description: 'The peak bandwidth in Mbit/s, as a string (the API defaults to "5"). Changes in place.',
    validators: bandwidthText,
  },
  internet_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'How traffic is billed: PayByBandwidth or PayByTraffic (the API picks PayByBandwidth when left out).',
    validators: [oneOf(['PayByBandwidth', 'PayByTraffic'])],
  },
  payment_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The billing method: PayAsYouGo (the default) or Subscription.',
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
  period: { type: 'number', optional: true, description: 'The subscription length, with pricing_cycle (Subscription only; not read back).' },
  pricing_cycle: { type: 'string', optional: true, description: 'Month or Year (Subscription only; not read back).', validators: [oneOf(['Month', 'Year'])] },
  auto_pay: { type: 'bool', optional: true, description: 'Whether to pay a Subscription order automatically (not read back).' },
  isp: { type: 'string', optional: true, computed: true, forceNew: true, emptyIsUnset: true, description: 'The line type, e.g. BGP (the default) or BGP_PRO; "" means the default.' },
  netmode: { type: 'string', optional: true, computed: true, forceNew: true, description: 'The network type; only "public".', validators: [oneOf(['public'])] },
  ip_address: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The address: picked by the cloud, or the one asked for here (e.g. to reproduce a documented address).',
    validators: [ipv4Address],
  },
  resource_group_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    emptyIsUnset: true,
    description: 'The resource group of the EIP. Changing it replaces the EIP in this provider (the real one moves it in place).',
  },
  security_protection_types: {
    type: ['list', 'string'],
    optional: true,
    forceNew: true,
    description: 'Anti-DDoS editions: ["AntiDDoS_Enhanced"] or none (basic). The sandbox records the edition and does not simulate DDoS protection.',
  },
  tags: TAGS_ATTR,
  ...eipExtraAttributes,
  allocation_id: { type: 'string', computed: true, description: 'The allocation ID (the same as id).' },
  status: { type: 'string', computed: true, description: 'Available (unbound), Associating, InUse (bound) or Unassociating.' },
  create_time: { type: 'string', computed: true, description: 'The time the EIP was allocated.' },
});

// The binding changes the status outside this resource (InUse after an association): the status
// is read, never planned from state, or every apply after a binding would disagree with the plan.
eipAddressAttributes.status.useStateForUnknown = false;

/** `Name.1`, `Name.2`, … as the RPC API takes a repeated parameter. */
function listParams(name: string, values: string[] | undefined): Record<string, string> {
  return Object.fromEntries((values ?? []).map((v, i) => [`${name}.${i + 1}`, v]));
}

export async function describeEip(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeEipAddresses', { AllocationId: id, PageSize: 50 }, {
    listKey: 'EipAddresses',
    itemKey: 'EipAddress',
    idField: 'AllocationId',
    id,
  });
}

function toState(eip: any, prior: ObjectValue): ObjectValue {
  const charge = eip.ChargeType ?? eip.InstanceChargeType ?? null;
  return complete(eipAddressAttributes, {
    ...prior,
    id: eip.AllocationId,
    allocation_id: eip.AllocationId,
    address_name: eip.Name ?? '',
    name: eip.Name ?? '',
    description: eip.Description ?? '',
    // In an EIP bandwidth plan, Bandwidth is what the plan gives the EIP; EipBandwidth is the EIP's
    // own setting (what this argument holds), as the real provider reads it.
    bandwidth: (eip.EipBandwidth ?? eip.Bandwidth) !== undefined ? String(eip.EipBandwidth ?? eip.Bandwidth) : null,
    internet_charge_type: eip.InternetChargeType ?? null,
    payment_type: charge ? (CHARGE_TO_PAYMENT[charge] ?? charge) : null,
    instance_charge_type: charge ? (PAYMENT_TO_CHARGE[charge] ?? charge) : null,
    isp: eip.ISP ?? null,
    netmode: eip.Netmode ?? null,
    ip_address: eip.IpAddress ?? null,
    resource_group_id: eip.ResourceGroupId ?? '',
    security_protection_types: securityProtectionState(eip, prior.security_protection_types),
    tags: tagsState(tagsFromApi(eip.Tags), prior.tags),
    status: eip.Status ?? null,
    create_time: eip.AllocationTime ?? null,
    // period, pricing_cycle and auto_pay are order options, never read back: they keep their values.
    period: prior.period ?? null,
    pricing_cycle: prior.pricing_cycle ?? null,
    auto_pay: prior.auto_pay ?? null,
  });
}

/** As configured when the API shows none (an unset list stays null), else what the API shows. */
function securityProtectionState(eip: any, prior: Value | undefined): Value {
  const types = unwrapList<string>(eip.SecurityProtectionTypes, 'SecurityProtectionType');
  if (types.length === 0 && (prior === null || prior === undefined || (Array.isArray(prior) && prior.length === 0))) return prior ?? null;
  return types;
}

async function readEip(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const eip = await describeEip(ctx, id);
  return eip ? { ...toState(eip, prior), ...(await eipExtraState(ctx, eip, prior)) } : null;
}

export const eipAddressResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An Elastic IP address (EIP).', attributes: eipAddressAttributes },
  timeouts: { create: 9 * 60_000, update: 9 * 60_000, delete: 9 * 60_000 },

  validateConfig(config) {
    return aliasConflicts(config, ALIASES);
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const payment = aliasValue(planned, ALIASES[1]);
    const out = await step(TYPE, null, 'allocating the EIP', () =>
      api(ctx, 'vpc', 'AllocateEipAddress', {
        Bandwidth: str(planned.bandwidth),
        InternetChargeType: str(planned.internet_charge_type),
        InstanceChargeType: payment ? (PAYMENT_TO_CHARGE[payment] ?? payment) : undefined,
        Period: num(planned.period),
        PricingCycle: str(planned.pricing_cycle),
        AutoPay: bool(planned.auto_pay),
        ISP: str(planned.isp) || undefined, // "" means the default line (BGP), as in the real provider
        Netmode: str(planned.netmode),
        IpAddress: str(planned.ip_address),
        Name: aliasValue(planned, ALIASES[0]),
        Description: str(planned.description),
        ResourceGroupId: str(planned.resource_group_id),
        ...listParams('SecurityProtectionTypes', strList(planned.security_protection_types)),
        ...eipExtraAllocateParams(planned),
      }, { idempotent: true, retryCodes: ['FrequentPurchase.EIP', 'SystemBusy'] }),
    );
    const id: string = out.AllocationId;
    ctx.log('info', 'allocated EIP', { id, ip: out.EipAddress });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the EIP', () =>
      waitFor(ctx, () => describeEip(ctx, id), (e) => e?.Status === 'Available' || e?.Status === 'InUse', { what: `EIP ${id} to become Available` }),
    );
    const tags = strMap(planned.tags);
    if (tags && Object.keys(tags).length) await step(TYPE, id, 'tagging the EIP', () => updateTags(ctx, 'vpc', 'EIP', id, {}, tags));
    await applyEipExtras(ctx, id, null, planned);
    const state = await step(TYPE, id, 'reading the new EIP', () => readEip(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the EIP disappeared right after it was allocated`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the EIP', () => readEip(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const name = aliasValue(planned, ALIASES[0]);
    const nameChanged = name !== undefined && name !== prior.address_name;
    const descChanged = str(planned.description) !== undefined && planned.description !== prior.description;
    const bwChanged = str(planned.bandwidth) !== undefined && planned.bandwidth !== prior.bandwidth;
    if (nameChanged || descChanged || bwChanged) {
      await step(TYPE, id, 'updating the EIP attributes', () =>
        api(ctx, 'vpc', 'ModifyEipAddressAttribute', {
          AllocationId: id,
          Name: nameChanged ? name : undefined,
          Description: descChanged ? str(planned.description) : undefined,
          Bandwidth: bwChanged ? str(planned.bandwidth) : undefined,
        }),
      );
    }
    await step(TYPE, id, 'updating the EIP tags', () => updateTags(ctx, 'vpc', 'EIP', id, strMap(prior.tags), strMap(planned.tags)));
    await applyEipExtras(ctx, id, prior, planned);
    const state = await step(TYPE, id, 'reading the EIP', () => readEip(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the EIP disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // An association destroyed just before may still be Unassociating: the release is refused
    // with IncorrectEipStatus until the EIP is Available again.
    const remove = () => api(ctx, 'vpc', 'ReleaseEipAddress', { AllocationId: id }, { retryCodes: ['IncorrectEipStatus', 'TaskConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the EIP' }, remove, () => describeEip(ctx, id));
  },

  importState: importByPrefixedId(TYPE, eipAddressAttributes, 'eip', 'an EIP allocation'),
};

