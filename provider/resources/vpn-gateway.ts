/**
 * alicloud_vpn_gateway — an IPsec VPN gateway of a VPC, named and shaped as aliyun/alicloud's
 * resource (the guide's step 1). It gets a public `internet_ip`, which the IDC's gateway connects to.
 *
 * Create: CreateVpnGateway (InstanceChargeType PREPAY/POSTPAY, one ClientToken across retries) →
 * wait until Status is active (the gateway is `init` while it is set up). Read:
 * DescribeVpnGateway(VpnGatewayId). Update: ModifyVpnGatewayAttribute (name, description,
 * auto_propagate), MoveVpnResourceGroup (resource_group_id) and the tag APIs (ResourceType
 * VpnGateWay). Delete: DeleteVpnGateway → wait until gone; connections and routes destroyed in the
 * same run may still hold it for a moment (DependencyViolation.*, VpnGateway.Configuring), which is
 * retried.
 *
 * Deprecated aliases kept for older HCL: `name` (→ vpn_gateway_name) and `instance_charge_type`
 * PrePaid/PostPaid (→ payment_type Subscription/PayAsYouGo). Nothing is billed: `period` and
 * `auto_pay` are sent and not read back.
 *
 * As in the real provider, both billing arguments take any of the four words (PayAsYouGo,
 * Subscription, PostPaid, PrePaid; any case: the community VPN-gateway module passes
 * payment_type = "PostPaid"), and "" as a name or description means "not set" (modules pass ""
 * as their default; the real provider sends nothing then).
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { oneOf, prefixed } from '../shared/validators';
import { bool, num, optional, str, strMap } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { flag, vpnDescription, vpnName } from './hybrid-common';
import { aliasConflicts, aliasValue, CHARGE_TYPE_ALIAS, PAYMENT_TO_CHARGE, planAliases, type Alias } from './internet-common';

const TYPE = 'alicloud_vpn_gateway';

/** The public gateway's peak bandwidths (Mbit/s) the real API sells; a private one takes 200 or 1000. */
export const VPN_GATEWAY_BANDWIDTHS = [5, 10, 20, 50, 100, 200, 500, 1000];
const PRIVATE_BANDWIDTHS = [200, 1000];

/** Every billing word the real provider accepts in payment_type and instance_charge_type (any case). */
const BILLING_WORDS = ['PayAsYouGo', 'Subscription', 'PostPaid', 'PrePaid'];

/** A billing word → PayAsYouGo or Subscription (the API's two kinds); undefined for anything else. */
export function billingKind(v: unknown): 'PayAsYouGo' | 'Subscription' | undefined {
  const s = String(v ?? '').toLowerCase();
  if (s === 'payasyougo' || s === 'postpaid') return 'PayAsYouGo';
  if (s === 'subscription' || s === 'prepaid') return 'Subscription';
  return undefined;
}

const billingWord = (v: unknown) =>
  billingKind(v) ? undefined : `"${String(v)}" is not a billing method; use one of ${BILLING_WORDS.join(', ')} (PostPaid means PayAsYouGo, PrePaid Subscription)`;

const ALIASES: readonly Alias[] = [
  { deprecated: 'name', current: 'vpn_gateway_name' },
  CHARGE_TYPE_ALIAS,
];

export const vpnGatewayAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  vpc_id: { type: 'string', required: true, forceNew: true, description: 'The VPC of the gateway (in the provider\'s region).', validators: [prefixed('vpc-', 'VPC')] },
  bandwidth: {
    type: 'number',
    required: true,
    forceNew: true,
    description: `The peak bandwidth in Mbit/s: ${VPN_GATEWAY_BANDWIDTHS.join(', ')} (a private gateway: 200 or 1000).`,
    validators: [(v) => (VPN_GATEWAY_BANDWIDTHS.includes(Number(v)) ? undefined : `bandwidth ${String(v)} is not sold; use one of ${VPN_GATEWAY_BANDWIDTHS.join(', ')} (Mbit/s)`)],
  },
  vpn_gateway_name: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'The name of the gateway (2 to 128 characters; "" means none).', validators: [vpnName] },
  name: { type: 'string', optional: true, computed: true, deprecated: true, emptyIsUnset: true, description: 'Deprecated: use vpn_gateway_name.', validators: [vpnName] },
  description: { type: 'string', optional: true, emptyIsUnset: true, description: 'The description of the gateway (2 to 256 characters; "" means none).', validators: [vpnDescription] },
  vswitch_id: { type: 'string', optional: true, computed: true, emptyIsUnset: true, forceNew: true, description: 'The VSwitch the gateway is placed in.', validators: [prefixed('vsw-', 'VSwitch')] },
  disaster_recovery_vswitch_id: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'A second VSwitch for a dual-tunnel gateway (accepted; the sandbox has one tunnel).',
    validators: [prefixed('vsw-', 'VSwitch')],
  },
  network_type: { type: 'string', optional: true, computed: true, forceNew: true, description: 'public (default) or private.', validators: [oneOf(['public', 'private'])] },
  payment_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'PayAsYouGo (default) or Subscription; PostPaid and PrePaid are accepted as the same (as in the real provider).',
    validators: [billingWord],
    // The API knows two kinds; the configured word for the same kind is kept.
    normalize: (v) => billingKind(v) ?? v,
  },
  instance_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    deprecated: true,
    forceNew: true,
    description: 'Deprecated: use payment_type (PrePaid = Subscription, PostPaid = PayAsYouGo).',
    validators: [billingWord],
    normalize: (v) => billingKind(v) ?? v,
  },
  period: { type: 'number', optional: true, description: 'The subscription length in months (Subscription only; not read back).' },
  auto_pay: { type: 'bool', optional: true, description: 'Pay the order automatically (nothing is billed in the sandbox; not read back).' },
  auto_propagate: { type: 'bool', optional: true, computed: true, description: 'Whether BGP routes are propagated to the VPC.' },
  enable_ipsec: { type: 'bool', optional: true, computed: true, default: true, description: 'Enable IPsec VPN (default true).' },
  enable_ssl: { type: 'bool', optional: true, computed: true, default: false, description: 'Enable SSL VPN (default false).' },
  ssl_connections: {
    type: 'number',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The SSL VPN connection count; ignored (not sent, kept as configured) while enable_ssl is false, as in the real provider.',
  },
  vpn_type: { type: 'string', optional: true, computed: true, forceNew: true, description: 'Normal (default) or NationalStandard.', validators: [oneOf(['Normal', 'NationalStandard'])] },
  resource_group_id: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'The resource group of the gateway (moved in place).', validators: [prefixed('rg-', 'resource group')] },
  tags: TAGS_ATTR,
  status: { type: 'string', computed: true, description: 'init, active, updating or deleting.' },
  business_status: { type: 'string', computed: true, description: 'Normal or FinancialLocked.' },
  create_time: { type: 'number', computed: true, description: 'When the gateway was created (Unix time in milliseconds).' },
  internet_ip: { type: 'string', computed: true, description: 'The gateway\'s public IP: the IDC gateway\'s peer address.' },
  ssl_vpn_internet_ip: { type: 'string', computed: true, description: 'The public IP of the SSL VPN (empty unless enable_ssl).' },
  disaster_recovery_internet_ip: { type: 'string', computed: true, description: 'The second tunnel\'s public IP (empty in the sandbox).' },
}, {
  // The SSL VPN's address is there only while SSL VPN is on.
  ssl_vpn_internet_ip: ['enable_ssl'],
});

export async function describeVpnGateway(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeVpnGateways', { VpnGatewayId: id, PageSize: 50 }, {
    listKey: 'VpnGateways',
    itemKey: 'VpnGateway',
    idField: 'VpnGatewayId',
    id,
    goneCodes: ['INSTANCE_NOT_EXISTS', 'InvalidVpnGatewayId.NotFound'],
  });
}

function toState(g: any, prior: ObjectValue): ObjectValue {
  const payment = /^prepay/i.test(String(g.ChargeType ?? '')) ? 'Subscription' : 'PayAsYouGo';
  const bandwidth = Number.parseInt(String(g.Spec ?? ''), 10);
  return complete(vpnGatewayAttributes, {
    ...prior,
    id: g.VpnGatewayId,
    vpc_id: g.VpcId ?? prior.vpc_id ?? null,
    bandwidth: Number.isFinite(bandwidth) ? bandwidth : (prior.bandwidth ?? null),
    vpn_gateway_name: g.Name ?? '',
    name: g.Name ?? '',
    description: optional(g.Description, prior.description),
    vswitch_id: g.VSwitchId ?? '',
    disaster_recovery_vswitch_id: g.DisasterRecoveryVSwitchId ?? '',
    network_type: g.NetworkType ?? 'public',
    payment_type: payment,
    instance_charge_type: PAYMENT_TO_CHARGE[payment],
    enable_ipsec: flag(g.IpsecVpn),
    enable_ssl: flag(g.SslVpn),
    // Without SSL VPN the API reports 0 connections; the real provider ignores a configured count
    // then (the VPN-gateway module always passes 5), so it stays as configured.
    ssl_connections: !flag(g.SslVpn) && typeof prior.ssl_connections === 'number' ? prior.ssl_connections : g.SslMaxConnections === undefined ? null : Number(g.SslMaxConnections),
    vpn_type: g.VpnType || 'Normal',
    auto_propagate: g.AutoPropagate === undefined ? null : flag(g.AutoPropagate),
    resource_group_id: g.ResourceGroupId ?? null,
    tags: tagsState(tagsFromApi(g.Tags), prior.tags),
    status: g.Status ?? null,
    business_status: g.BusinessStatus ?? null,
    create_time: g.CreateTime === undefined ? null : Number(g.CreateTime),
    internet_ip: g.InternetIp ?? '',
    ssl_vpn_internet_ip: g.SslVpnInternetIp ?? '',
    disaster_recovery_internet_ip: g.DisasterRecoveryInternetIp ?? '',
  });
}

async function readGateway(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const g = await describeVpnGateway(ctx, str(prior.id)!);
  return g ? toState(g, prior) : null;
}

const waitActive = (ctx: ResourceContext, id: string) =>
  step(TYPE, id, 'waiting for the VPN gateway', () =>
    waitFor(ctx, () => describeVpnGateway(ctx, id), (g) => g?.Status === 'active', { what: `VPN gateway ${id} to become active` }),
  );

export const vpnGatewayResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An IPsec VPN gateway of a VPC.', attributes: vpnGatewayAttributes },
  timeouts: { create: 10 * 60_000, update: 5 * 60_000, delete: 10 * 60_000 },

  validateConfig(config) {
    const diags = aliasConflicts(config, ALIASES);
    const bw = config.bandwidth;
    if (config.network_type === 'private' && typeof bw === 'number' && !PRIVATE_BANDWIDTHS.includes(bw)) {
      diags.push(error('bandwidth', `bandwidth ${bw} is not sold for a private gateway`, 'A private (network_type = "private") VPN gateway takes 200 or 1000 Mbit/s.'));
    }
    return diags;
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const payment = billingKind(aliasValue(planned, ALIASES[1])) ?? 'PayAsYouGo';
    const out = await step(TYPE, null, 'creating the VPN gateway', () =>
      api(ctx, 'vpc', 'CreateVpnGateway', {
        VpcId: str(planned.vpc_id),
        Bandwidth: num(planned.bandwidth),
        VSwitchId: str(planned.vswitch_id),
        DisasterRecoveryVSwitchId: str(planned.disaster_recovery_vswitch_id),
        Name: aliasValue(planned, ALIASES[0]),
        Description: str(planned.description),
        InstanceChargeType: payment === 'Subscription' ? 'PREPAY' : 'POSTPAY',
        Period: payment === 'Subscription' ? num(planned.period) : undefined,
        AutoPay: bool(planned.auto_pay) ?? true,
        EnableIpsec: bool(planned.enable_ipsec),
        EnableSsl: bool(planned.enable_ssl),
        SslConnections: planned.enable_ssl === true ? num(planned.ssl_connections) : undefined,
        NetworkType: str(planned.network_type),
        VpnType: str(planned.vpn_type),
        ResourceGroupId: str(planned.resource_group_id),
        ...tagParams(strMap(planned.tags), 'Tags'),
      }, { idempotent: true, retryCodes: ['OperationFailed.SslNotSupport', 'OperationConflict', 'IncorrectStatus.*'] }),
    );
    const id: string = out.VpnGatewayId;
    ctx.log('info', 'created VPN gateway', { id });
    ctx.created?.({ id });
    await waitActive(ctx, id);
    const propagate = bool(planned.auto_propagate);
    if (propagate !== undefined) {
      await step(TYPE, id, 'setting auto_propagate', () => api(ctx, 'vpc', 'ModifyVpnGatewayAttribute', { VpnGatewayId: id, AutoPropagate: propagate }));
    }
    const state = await step(TYPE, id, 'reading the new VPN gateway', () => readGateway(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPN gateway disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VPN gateway', () => readGateway(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const name = aliasValue(planned, ALIASES[0]);
    const nameChanged = name !== undefined && name !== prior.vpn_gateway_name;
    const descChanged = planned.description !== prior.description;
    const propagate = bool(planned.auto_propagate);
    const propagateChanged = propagate !== undefined && propagate !== prior.auto_propagate;
    if (nameChanged || descChanged || propagateChanged) {
      await step(TYPE, id, 'updating the VPN gateway attributes', () =>
        api(ctx, 'vpc', 'ModifyVpnGatewayAttribute', {
          VpnGatewayId: id,
          Name: nameChanged ? name : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
          AutoPropagate: propagateChanged ? propagate : undefined,
        }, { retryCodes: ['VpnGateway.Configuring'] }),
      );
    }
    const rg = str(planned.resource_group_id);
    if (rg && rg !== prior.resource_group_id) {
      await step(TYPE, id, 'moving the VPN gateway to another resource group', () =>
        api(ctx, 'vpc', 'MoveVpnResourceGroup', { InstanceId: id, NewResourceGroupId: rg, ResourceType: 'vpn' }),
      );
    }
    await step(TYPE, id, 'updating the VPN gateway tags', () => updateTags(ctx, 'vpc', 'VpnGateWay', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the VPN gateway', () => readGateway(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPN gateway disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () =>
      api(ctx, 'vpc', 'DeleteVpnGateway', { VpnGatewayId: id }, { idempotent: true, retryCodes: ['VpnGateway.Configuring', 'DependencyViolation*', 'OperationConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the VPN gateway' }, remove, () => describeVpnGateway(ctx, id), {
      goneCodes: ['INSTANCE_NOT_EXISTS', 'IncorrectStatus.VpnGateway', 'InvalidVpnGatewayId.NotFound'],
    });
  },

  importState: importByPrefixedId(TYPE, vpnGatewayAttributes, 'vpn', 'a VPN gateway'),
};
