/**
 * alicloud_router_interface_connection — joins a router interface to its opposite, as
 * aliyun/alicloud's resource. Declare one per side, as the real provider's documentation does: the
 * acceptor's connection names the initiator (it only records the opposite side), and the
 * initiator's connection, which depends on it, names the acceptor and connects the pair.
 *
 * ID (and import ID): the interface's ID (`interface_id`).
 *
 * Create: ModifyRouterInterfaceAttribute (OppositeInterfaceId, OppositeRouterId, OppositeRouterType,
 * OppositeInterfaceOwnerId; the opposite router is looked up from the opposite interface, in the
 * interface's opposite region, when left out, and the owner is the caller's account, from STS
 * GetCallerIdentity, as the real provider's); on the initiating side then ConnectRouterInterface (IncorrectOppositeInterfaceInfo.NotSet,
 * while the acceptor is not yet told, is retried) → wait until Active. Read:
 * DescribeRouterInterfaces; the connection is gone once the interface names no opposite. Delete:
 * an Active pair is deactivated (→ Inactive), as in the real provider; the interfaces stay, and a
 * later create of the same connection activates the pair again (see reconnect). An interface that
 * was connected to an end since replaced cannot be re-pointed: create fails at once (refuseRepoint).
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { hasCode } from '../client/api-client';
import { api } from '../shared/api';
import { oneOf, prefixed } from '../shared/validators';
import { known, str } from '../shared/values';
import { complete, ID_ATTR, step } from './common';
import { describeRouterInterface, deactivateIfActive } from './router-interface';

const TYPE = 'alicloud_router_interface_connection';

export const routerInterfaceConnectionAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  interface_id: { type: 'string', required: true, forceNew: true, description: 'This side\'s router interface.', validators: [prefixed('ri-', 'router interface')] },
  opposite_interface_id: { type: 'string', required: true, forceNew: true, description: 'The opposite side\'s router interface.', validators: [prefixed('ri-', 'router interface')] },
  opposite_interface_owner_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    useStateForUnknown: true,
    description: 'The account of the opposite interface (default: this account).',
  },
  opposite_router_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    useStateForUnknown: true,
    description: 'The opposite interface\'s router (looked up from the opposite interface when left out).',
  },
  opposite_router_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'VRouter',
    description: 'VRouter (default) or VBR.',
    validators: [oneOf(['VRouter', 'VBR'])],
  },
};

async function readConnection(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id) ?? str(prior.interface_id)!;
  const ri = await describeRouterInterface(ctx, id);
  if (!ri || !ri.OppositeInterfaceId) return null;
  return complete(routerInterfaceConnectionAttributes, {
    ...prior,
    id,
    interface_id: id,
    opposite_interface_id: ri.OppositeInterfaceId,
    opposite_interface_owner_id: ri.OppositeInterfaceOwnerId || (known(prior.opposite_interface_owner_id) ? prior.opposite_interface_owner_id : ''),
    opposite_router_id: ri.OppositeRouterId ?? '',
    opposite_router_type: ri.OppositeRouterType || 'VRouter',
  });
}

/**
 * The interface already names this opposite and was connected once: the opposite side can no
 * longer change (the API takes opposite details only while Idle), so — as the real provider does —
 * a connection destroyed earlier (which only deactivated the pair) is re-created by activating it
 * again. An Active pair (activated by the other side's connection resource, since activation
 * switches both) is adopted as it is; the real provider would ask for an import there instead.
 */
async function reconnect(ctx: ResourceContext, planned: ObjectValue, id: string, status: string): Promise<ObjectValue> {
  if (status !== 'Active' && status !== 'Activating') {
    await step(TYPE, id, 'waiting for the router interface to settle', () =>
      waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r === null || !['Deactivating', 'Connecting', 'AcceptingConnecting'].includes(r.Status), { what: `router interface ${id} to settle` }),
    );
    const now = await describeRouterInterface(ctx, id);
    if (now?.Status === 'Inactive') {
      await step(TYPE, id, 'activating the router interfaces again', () => api(ctx, 'vpc', 'ActivateRouterInterface', { RouterInterfaceId: id }, { retryCodes: ['IncorrectStatus', 'OperationConflict'] }));
    }
  }
  ctx.created?.({ id, interface_id: id, opposite_interface_id: str(planned.opposite_interface_id)! });
  await step(TYPE, id, 'waiting for the connection', () =>
    waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r?.Status === 'Active', { what: `router interface ${id} to become Active` }),
  );
  const state = await step(TYPE, id, 'reading the connection', () => readConnection(ctx, { ...planned, id }));
  if (!state) throw new Error(`${TYPE} ${id}: the interface lost its opposite while it was reactivated`);
  return state;
}

/** The caller's account ID (STS GetCallerIdentity), which the real provider takes as the opposite's owner. */
async function callerAccount(ctx: ResourceContext): Promise<string | undefined> {
  const out = await step(TYPE, null, 'reading the caller\'s account ID', () => api(ctx, 'sts', 'GetCallerIdentity', {}));
  return out?.AccountId ? String(out.AccountId) : undefined;
}

const TRANSITIONAL = ['Creating', 'Connecting', 'AcceptingConnecting', 'Activating', 'Deactivating'];

/**
 * The interface is not Idle and names another opposite: it was connected before, to an end that
 * was since replaced or destroyed. The API sets an interface's opposite only while it is Idle, so
 * this can never succeed: once the interface settles, ModifyRouterInterfaceAttribute is sent once
 * (the real provider does not retry it either) and its refusal is returned at once with the fix,
 * rather than retried until the timeout. A transitional status is waited out first.
 */
async function refuseRepoint(ctx: ResourceContext, id: string, oppositeId: string): Promise<void> {
  const now = await step(TYPE, id, 'waiting for the router interface to settle', () =>
    waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r === null || !TRANSITIONAL.includes(r.Status), { what: `router interface ${id} to settle` }),
  );
  if (!now || now.Status === 'Idle') return;
  try {
    await api(ctx, 'vpc', 'ModifyRouterInterfaceAttribute', { RouterInterfaceId: id, OppositeInterfaceId: oppositeId }, { noRetryCodes: ['IncorrectStatus'] });
  } catch (err) {
    if (!hasCode(err, 'IncorrectStatus')) throw err;
    throw new Error(
      `${TYPE} ${id}: ${(err as Error).message}. In Terraform: replace this interface too, so that both ends are new and Idle ` +
        `(terraform apply -replace=<address of the alicloud_router_interface ${id}>); an interface whose opposite was replaced never connects again.`,
    );
  }
}

export const routerInterfaceConnectionResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'Connects a router interface to its opposite interface.', attributes: routerInterfaceConnectionAttributes },

  async create(ctx, planned) {
    const id = str(planned.interface_id)!;
    const oppositeId = str(planned.opposite_interface_id)!;
    const self = await step(TYPE, id, 'reading the router interface', () => describeRouterInterface(ctx, id));
    if (!self) throw new Error(`${TYPE}: router interface ${id} does not exist; create it first (alicloud_router_interface)`);
    if (self.OppositeInterfaceId === oppositeId && self.Status !== 'Idle') return reconnect(ctx, planned, id, self.Status);
    if (self.Status !== 'Idle') await refuseRepoint(ctx, id, oppositeId);
    let oppositeRouter = str(planned.opposite_router_id);
    if (!oppositeRouter) {
      // Looked up in the opposite region, as the real provider does (a two-region pair needs no opposite_router_id).
      const region = self.OppositeRegionId || undefined;
      const opposite = await step(TYPE, id, `reading the opposite interface ${oppositeId}`, () => describeRouterInterface(ctx, oppositeId, region));
      if (!opposite) {
        throw new Error(`${TYPE}: the opposite interface ${oppositeId} was not found in ${region ?? 'this region'}; for an interface of another account set opposite_router_id (and opposite_interface_owner_id)`);
      }
      oppositeRouter = opposite.RouterId;
    }
    // Always sent, as the real provider does (the interface's recorded owner, else the caller's
    // account), so DescribeRouterInterfaces shows the owner on both ends once connected.
    const owner = str(planned.opposite_interface_owner_id) || self.OppositeInterfaceOwnerId || (await callerAccount(ctx));
    await step(TYPE, id, 'setting the opposite side', () =>
      api(ctx, 'vpc', 'ModifyRouterInterfaceAttribute', {
        RouterInterfaceId: id,
        OppositeInterfaceId: oppositeId,
        OppositeRouterId: oppositeRouter,
        OppositeRouterType: str(planned.opposite_router_type) ?? 'VRouter',
        OppositeInterfaceOwnerId: owner,
      }, { retryCodes: ['OperationConflict'] }),
    );
    ctx.created?.({ id, interface_id: id, opposite_interface_id: oppositeId });
    if (self.Role === 'InitiatingSide') {
      await step(TYPE, id, 'connecting the router interfaces', () =>
        // The acceptor's own connection may still be on its way (declare it first, with depends_on).
        api(ctx, 'vpc', 'ConnectRouterInterface', { RouterInterfaceId: id }, { retryCodes: ['IncorrectOppositeInterfaceInfo.NotSet', 'OperationConflict'] }),
      );
      await step(TYPE, id, 'waiting for the connection', () =>
        waitFor(ctx, () => describeRouterInterface(ctx, id), (r) => r?.Status === 'Active', { what: `router interface ${id} to become Active` }),
      );
    }
    const state = await step(TYPE, id, 'reading the connection', () => readConnection(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the interface lost its opposite right after it was connected`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the connection', () => readConnection(ctx, state));
  },

  async delete(ctx, state) {
    await deactivateIfActive(ctx, TYPE, str(state.id)!);
  },

  async importState(_ctx, id) {
    if (!/^ri-[A-Za-z0-9]+$/.test(id)) throw new Error(`"${id}" is not a router interface ID; import ${TYPE} with its interface_id, e.g. ri-bp1abc…`);
    return complete(routerInterfaceConnectionAttributes, { id, interface_id: id });
  },
};
