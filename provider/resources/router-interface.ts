/**
 * alicloud_router_interface — one end of an Express Connect connection between two routers (a
 * VPC's VRouter or a VBR), as aliyun/alicloud's (deprecated but still served) resource. The two
 * ends are joined by alicloud_router_interface_connection.
 *
 * The real rules, which the sandbox enforces too: the initiator (InitiatingSide) has a
 * `specification` (its bandwidth), the acceptor's is Negative (a `specification` configured on an
 * acceptor is ignored with a warning, as the real provider ignores it); a VBR only initiates. A VBR's
 * interface needs its access point: when `access_point_id` (deprecated) is left out, it is looked
 * up from the VBR (DescribeVirtualBorderRouters).
 *
 * Create: CreateRouterInterface → wait until it is listed (Idle). Read: DescribeRouterInterfaces
 * (Filter RouterInterfaceId). Update: ModifyRouterInterfaceAttribute (name, description, health
 * check IPs), ModifyRouterInterfaceSpec (specification). Delete: an Active interface is
 * deactivated first (DeactivateRouterInterface → Inactive), then DeleteRouterInterface (routes
 * destroyed in the same run may still refer to it: retried) → wait until gone.
 *
 * The deprecated opposite_* and access point arguments are accepted and shown, as in the real
 * provider; set the opposite side with alicloud_router_interface_connection instead.
 */
import type { AttributeSchema, Diagnostic, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { isUnknown } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { lengthBetween, oneOf, prefixed } from '../shared/validators';
import { num, optional, str } from '../shared/values';
import { complete, deleteAndWaitGone, error, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step } from './common';
import { describeByFilter } from './hybrid-common';
import { ipv4Address } from './internet-common';

const TYPE = 'alicloud_router_interface';

/** How long a delete keeps retrying while a route still uses the interface. */
const ROUTE_GRACE_MS = 60_000;

export const RI_SPECS = ['Mini.2', 'Mini.5', 'Small.1', 'Small.2', 'Small.5', 'Middle.1', 'Middle.2', 'Middle.5', 'Large.1', 'Large.2', 'Large.5', 'Xlarge.1'];

const deprecatedComputed = (description: string, validators?: AttributeSchema['validators']): AttributeSchema => ({
  type: 'string',
  optional: true,
  computed: true,
  deprecated: true,
  // The real schema has no validator here: "" is "not set" (SDKv2), and modules pass "".
  emptyIsUnset: true,
  description,
  validators,
});

export const routerInterfaceAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  opposite_region: { type: 'string', required: true, forceNew: true, description: 'The region of the opposite router, e.g. cn-hangzhou.' },
  router_type: { type: 'string', required: true, forceNew: true, description: 'VRouter (a VPC\'s) or VBR.', validators: [oneOf(['VRouter', 'VBR'])] },
  router_id: { type: 'string', required: true, forceNew: true, description: 'The router the interface sits on: a VPC\'s router_id (vrt-…) or a VBR (vbr-…).' },
  role: { type: 'string', required: true, forceNew: true, description: 'InitiatingSide or AcceptingSide (a VBR only initiates).', validators: [oneOf(['InitiatingSide', 'AcceptingSide'])] },
  specification: {
    type: 'string',
    optional: true,
    description: `The bandwidth of an InitiatingSide interface: ${RI_SPECS.join(', ')}. An AcceptingSide interface has none (Negative).`,
    validators: [oneOf(RI_SPECS)],
  },
  name: { type: 'string', optional: true, description: 'The name (2 to 80 characters).', validators: [lengthBetween(2, 80, 'name')] },
  description: { type: 'string', optional: true, description: 'The description (2 to 256 characters).', validators: [lengthBetween(2, 256, 'description')] },
  health_check_source_ip: { type: 'string', optional: true, emptyIsUnset: true, description: 'Health-check source IP (VBR interfaces; with health_check_target_ip).', validators: [ipv4Address] },
  health_check_target_ip: { type: 'string', optional: true, emptyIsUnset: true, description: 'Health-check target IP (VBR interfaces; with health_check_source_ip).', validators: [ipv4Address] },
  instance_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'PostPaid',
    description: 'PostPaid (default) or PrePaid (nothing is billed in the sandbox).',
    validators: [oneOf(['PostPaid', 'PrePaid'])],
  },
  period: { type: 'number', optional: true, description: 'Months of a PrePaid interface (not read back).' },
  opposite_router_type: deprecatedComputed('Deprecated: use alicloud_router_interface_connection.opposite_router_type.', [oneOf(['VRouter', 'VBR'])]),
  opposite_router_id: deprecatedComputed('Deprecated: use alicloud_router_interface_connection.opposite_router_id.'),
  opposite_interface_id: deprecatedComputed('Deprecated: use alicloud_router_interface_connection.opposite_interface_id.', [prefixed('ri-', 'router interface')]),
  opposite_interface_owner_id: deprecatedComputed('Deprecated: use alicloud_router_interface_connection.opposite_interface_owner_id.'),
  access_point_id: { ...deprecatedComputed('Deprecated: the access point of a VBR interface (looked up from the VBR when left out).'), forceNew: true },
  opposite_access_point_id: { type: 'string', optional: true, deprecated: true, forceNew: true, description: 'Deprecated: the access point of an opposite VBR.' },
});

/** The interface in the provider's region, or in `region` (the opposite side of a two-region pair). */
export async function describeRouterInterface(ctx: ResourceContext, id: string, region?: string): Promise<any | null> {
  return describeByFilter(
    ctx,
    'DescribeRouterInterfaces',
    'RouterInterfaceId',
    id,
    { listKey: 'RouterInterfaceSet', itemKey: 'RouterInterfaceType', idField: 'RouterInterfaceId' },
    region ? { RegionId: region } : {},
  );
}

function toState(ri: any, prior: ObjectValue): ObjectValue {
  const initiator = ri.Role === 'InitiatingSide';
  return complete(routerInterfaceAttributes, {
    ...prior,
    id: ri.RouterInterfaceId,
    opposite_region: ri.OppositeRegionId ?? prior.opposite_region ?? null,
    router_type: ri.RouterType ?? prior.router_type ?? null,
    router_id: ri.RouterId ?? prior.router_id ?? null,
    role: ri.Role ?? prior.role ?? null,
    // An acceptor's Spec is always Negative; the argument stays as configured (empty).
    specification: initiator ? optional(ri.Spec, prior.specification) : (prior.specification ?? null),
    name: optional(ri.Name, prior.name),
    description: optional(ri.Description, prior.description),
    health_check_source_ip: optional(ri.HealthCheckSourceIp, prior.health_check_source_ip),
    health_check_target_ip: optional(ri.HealthCheckTargetIp, prior.health_check_target_ip),
    instance_charge_type: ri.ChargeType === 'PrePaid' ? 'PrePaid' : 'PostPaid',
    opposite_router_type: ri.OppositeRouterType ?? '',
    opposite_router_id: ri.OppositeRouterId ?? '',
    opposite_interface_id: ri.OppositeInterfaceId ?? '',
    opposite_interface_owner_id: ri.OppositeInterfaceOwnerId ?? '',
    access_point_id: ri.AccessPointId ?? '',
    opposite_access_point_id: optional(ri.OppositeAccessPointId, prior.opposite_access_point_id),
  });
}

async function readInterface(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const ri = await describeRouterInterface(ctx, str(prior.id)!);
  return ri ? toState(ri, prior) : null;
}

/** The access point of a VBR (its physical connection's). */
async function vbrAccessPoint(ctx: ResourceContext, vbrId: string): Promise<string | undefined> {
  const vbr = await describeByFilter(ctx, 'DescribeVirtualBorderRouters', 'VbrId', vbrId, { listKey: 'VirtualBorderRouterSet', itemKey: 'VirtualBorderRouterType', idField: 'VbrId' });
  return vbr?.AccessPointId || undefined;
}

/** Deactivates an Active interface (the pair goes Inactive) and waits; other statuses are left as they are. */
export async function deactivateIfActive(ctx: ResourceContext, typeName: string, id: string): Promise<void> {
  const ri = await describeRouterInterface(ctx, id);
  if (!ri || (ri.Status !== 'Active' && ri.Status !== 'Activating')) return;
  await step(typeName, id, 'deactivating the router interface', async () => {
    await waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r === null || r.Status !== 'Activating', { what: `router interface ${id} to finish activating` });
    await api(ctx, 'vpc', 'DeactivateRouterInterface', { RouterInterfaceId: id }, { retryCodes: ['IncorrectStatus', 'OperationConflict'] });
  });
  await step(typeName, id, 'waiting for the router interface to be Inactive', () =>
    waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r === null || r.Status === 'Inactive', { what: `router interface ${id} to become Inactive` }),
  );
}

export const routerInterfaceResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'One end of an Express Connect connection between two routers (VRouter or VBR).', attributes: routerInterfaceAttributes },

  validateConfig(config) {
    const diags: Diagnostic[] = [];
    // "" counts as unset: the real provider skips it with d.GetOk.
    const known = (v: unknown) => v !== null && v !== '' && !isUnknown(v as never);
    if (config.role === 'InitiatingSide' && config.specification === null) {
      diags.push(error('specification', 'missing specification', `An InitiatingSide interface needs its bandwidth: set specification to one of ${RI_SPECS.join(', ')}, e.g. "Large.2".`));
    }
    if (config.role === 'AcceptingSide' && known(config.specification)) {
      // The real provider accepts it (its documented two-region example sets one on the acceptor),
      // sends Negative and suppresses the diff: a warning, not an error, so that example applies.
      diags.push({
        severity: 'warning',
        summary: 'specification is ignored on an AcceptingSide interface',
        detail: `An AcceptingSide interface takes the initiator's bandwidth: its Spec is Negative, so "${String(config.specification)}" is not sent. Remove specification to silence this warning.`,
        attribute: ['specification'],
      });
    }
    if (config.router_type === 'VBR' && config.role === 'AcceptingSide') {
      diags.push(error('role', 'a VBR only initiates', 'A VBR\'s router interface must have role = "InitiatingSide"; create the AcceptingSide interface on the VPC\'s router.'));
    }
    if (known(config.health_check_source_ip) !== known(config.health_check_target_ip) && !isUnknown(config.health_check_source_ip as never) && !isUnknown(config.health_check_target_ip as never)) {
      diags.push(error(known(config.health_check_source_ip) ? 'health_check_target_ip' : 'health_check_source_ip', 'health-check IPs come in pairs', 'Set both health_check_source_ip and health_check_target_ip, or neither.'));
    }
    return diags;
  },

  modifyPlan({ prior, planned }) {
    // An acceptor's Spec is Negative and never sent, so its specification argument changes
    // nothing: like the real provider's DiffSuppressFunc, a difference from the prior state (an
    // imported acceptor holds none, the docs' example configures "Large.1") plans no change.
    if (prior === null || planned.role !== 'AcceptingSide' || prior.role !== 'AcceptingSide') return;
    if (planned.specification === (prior.specification ?? null)) return;
    planned.specification = prior.specification ?? null;
    return { legacyTypeSystem: true };
  },

  async create(ctx, planned) {
    const routerType = str(planned.router_type)!;
    let accessPoint = str(planned.access_point_id);
    if (routerType === 'VBR' && !accessPoint) {
      accessPoint = await step(TYPE, null, 'looking up the VBR\'s access point', () => vbrAccessPoint(ctx, str(planned.router_id)!));
    }
    const out = await step(TYPE, null, 'creating the router interface', () =>
      api(ctx, 'vpc', 'CreateRouterInterface', {
        Role: str(planned.role),
        RouterType: routerType,
        RouterId: str(planned.router_id),
        OppositeRegionId: str(planned.opposite_region),
        Spec: planned.role === 'InitiatingSide' ? str(planned.specification) : undefined,
        OppositeRouterType: str(planned.opposite_router_type),
        OppositeRouterId: str(planned.opposite_router_id),
        OppositeInterfaceId: str(planned.opposite_interface_id),
        OppositeInterfaceOwnerId: str(planned.opposite_interface_owner_id),
        AccessPointId: routerType === 'VBR' ? accessPoint : undefined,
        OppositeAccessPointId: str(planned.opposite_access_point_id),
        // "" is not sent (the real provider's d.GetOk skips it).
        HealthCheckSourceIp: str(planned.health_check_source_ip) || undefined,
        HealthCheckTargetIp: str(planned.health_check_target_ip) || undefined,
        Name: str(planned.name),
        Description: str(planned.description),
        InstanceChargeType: str(planned.instance_charge_type),
        Period: planned.instance_charge_type === 'PrePaid' ? num(planned.period) : undefined,
        PricingCycle: planned.instance_charge_type === 'PrePaid' ? 'Month' : undefined,
        AutoPay: planned.instance_charge_type === 'PrePaid' ? true : undefined,
      }, { idempotent: true, retryCodes: ['OperationConflict', 'IncorrectStatus*', 'IncorrectVpcStatus'] }),
    );
    const id: string = out.RouterInterfaceId;
    ctx.log('info', 'created router interface', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the router interface', () =>
      waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r !== null && r.Status !== 'Creating', { what: `router interface ${id} to be created` }),
    );
    const state = await step(TYPE, id, 'reading the new router interface', () => readInterface(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the router interface disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the router interface', () => readInterface(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const changed = (k: string) => planned[k] !== prior[k] && !isUnknown(planned[k]);
    const attrs: Record<string, string | undefined> = {};
    if (changed('name')) attrs.Name = str(planned.name) ?? '';
    if (changed('description')) attrs.Description = str(planned.description) ?? '';
    if (changed('health_check_source_ip') || changed('health_check_target_ip')) {
      attrs.HealthCheckSourceIp = str(planned.health_check_source_ip);
      attrs.HealthCheckTargetIp = str(planned.health_check_target_ip);
    }
    for (const [k, p] of [['opposite_router_type', 'OppositeRouterType'], ['opposite_router_id', 'OppositeRouterId'], ['opposite_interface_id', 'OppositeInterfaceId'], ['opposite_interface_owner_id', 'OppositeInterfaceOwnerId']]) {
      if (changed(k) && str(planned[k])) attrs[p] = str(planned[k]);
    }
    if (Object.keys(attrs).length) {
      await step(TYPE, id, 'updating the router interface attributes', () => api(ctx, 'vpc', 'ModifyRouterInterfaceAttribute', { RouterInterfaceId: id, ...attrs }, { retryCodes: ['OperationConflict'] }));
    }
    // An acceptor's specification is kept as configured and never sent (its Spec is Negative).
    if (changed('specification') && str(planned.specification) && planned.role === 'InitiatingSide') {
      await step(TYPE, id, 'changing the router interface specification', () =>
        api(ctx, 'vpc', 'ModifyRouterInterfaceSpec', { RouterInterfaceId: id, Spec: str(planned.specification) }, { idempotent: true, retryCodes: ['IncorrectStatus', 'OperationConflict'] }),
      );
    }
    const state = await step(TYPE, id, 'reading the router interface', () => readInterface(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the router interface disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    await deactivateIfActive(ctx, TYPE, id);
    // A route destroyed in the same run may still name the interface for a moment, so the refusal
    // is retried, as the real provider does, but only for a minute: a route Terraform does not
    // manage never goes by itself, and the user should hear which route it is, not wait out the
    // whole delete timeout.
    const remove = () =>
      api(ctx, 'vpc', 'DeleteRouterInterface', { RouterInterfaceId: id }, {
        idempotent: true,
        retryCodes: ['IncorrectStatus', 'DependencyViolation.RouterInterfaceReferedByRouteEntry', 'OperationConflict'],
        maxElapsedMs: Math.min(ctx.timeoutMs ?? ROUTE_GRACE_MS, ROUTE_GRACE_MS),
      });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the router interface' }, remove, () => describeRouterInterface(ctx, id), { goneCodes: ['InvalidInstanceId.NotFound'] });
  },

  importState: importByPrefixedId(TYPE, routerInterfaceAttributes, 'ri', 'a router interface'),
};
