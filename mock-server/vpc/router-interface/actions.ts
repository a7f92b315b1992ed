/**
 * Router interface actions: CreateRouterInterface, ModifyRouterInterfaceAttribute,
 * ModifyRouterInterfaceSpec, ConnectRouterInterface, ActivateRouterInterface,
 * DeactivateRouterInterface, DescribeRouterInterfaces (Filter.N) and DeleteRouterInterface.
 * Billing parameters are accepted; nothing is billed.
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN } from '../../actions/params';
import { defineAction, type ActionContext } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, integer, list, objects, required, string, tags } from '../../wire/params';
import { connectAcceptor, connectInitiator, connectTarget, restore, switchInterface, type Switch } from './connect';
import { createRouterInterface, deleteRouterInterface, getRouterInterface, modifyRouterInterface, requireStatus, RI_SPECS, riStatus } from './domain';
import { InvalidSpecValue } from './errors';
import { ROUTER_INTERFACES, type RouterInterfaceRecord, type RouterType } from './records';
import { routerInterfaceShape } from './shapes';

const ROLE = string({ enum: ['InitiatingSide', 'AcceptingSide'] });
const ROUTER_TYPE = string({ enum: ['VRouter', 'VBR'] });
const IP = string({ maxLength: 64 });

const createRouterInterfaceAction = defineAction({
  name: 'CreateRouterInterface',
  products: ['vpc'],
  params: {
    Role: required(ROLE),
    RouterType: required(ROUTER_TYPE),
    RouterId: required(ID),
    OppositeRegionId: required(ID),
    Spec: string({ maxLength: 32 }),
    OppositeRouterType: ROUTER_TYPE,
    OppositeRouterId: ID,
    OppositeInterfaceId: ID,
    OppositeInterfaceOwnerId: string({ maxLength: 32 }),
    AccessPointId: ID,
    OppositeAccessPointId: ID,
    HealthCheckSourceIp: IP,
    HealthCheckTargetIp: IP,
    Name: NAME,
    Description: DESCRIPTION,
    InstanceChargeType: string({ enum: ['PostPaid', 'PrePaid'], ignoreCase: true }),
    Period: integer({ min: 1, max: 36 }),
    PricingCycle: string({ enum: ['Month', 'Year'], ignoreCase: true }),
    AutoPay: boolean(),
    AutoRenew: boolean(),
    FastLinkMode: boolean(),
    ResourceGroupId: ID,
    Tags: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tags);
    return ctx.transact((tx) => {
      const ri = createRouterInterface(tx, {
        role: p.Role as 'InitiatingSide' | 'AcceptingSide',
        routerType: p.RouterType as RouterType,
        routerId: p.RouterId,
        oppositeRegionId: p.OppositeRegionId,
        spec: p.Spec,
        oppositeRouterType: p.OppositeRouterType as RouterType | undefined,
        oppositeRouterId: p.OppositeRouterId,
        oppositeInterfaceId: p.OppositeInterfaceId,
        oppositeInterfaceOwnerId: p.OppositeInterfaceOwnerId,
        accessPointId: p.AccessPointId,
        oppositeAccessPointId: p.OppositeAccessPointId,
        healthCheckSourceIp: p.HealthCheckSourceIp,
        healthCheckTargetIp: p.HealthCheckTargetIp,
        name: p.Name,
        description: p.Description,
        chargeType: p.InstanceChargeType,
        tags: tagMap,
      });
      // OrderId: nothing is billed; a number in the real shape.
      return { RouterInterfaceId: ri.id, OrderId: Number(String(ri.createdAt).slice(-9)) };
    });
  },
});

const modifyRouterInterfaceAttributeAction = defineAction({
  name: 'ModifyRouterInterfaceAttribute',
  products: ['vpc'],
  params: {
    RouterInterfaceId: required(ID),
    Name: NAME,
    Description: DESCRIPTION,
    OppositeInterfaceId: ID,
    OppositeRouterId: ID,
    OppositeRouterType: ROUTER_TYPE,
    OppositeInterfaceOwnerId: string({ maxLength: 32 }),
    HealthCheckSourceIp: IP,
    HealthCheckTargetIp: IP,
    HcRate: integer({ min: 0, max: 100_000 }),
    HcThreshold: integer({ min: 0, max: 100 }),
    DeleteHealthCheckIp: boolean(),
  },
  async handle(ctx, p) {
    await ctx.transact((tx) =>
      modifyRouterInterface(tx, p.RouterInterfaceId, {
        name: p.Name,
        description: p.Description,
        oppositeInterfaceId: p.OppositeInterfaceId,
        oppositeRouterId: p.OppositeRouterId,
        oppositeRouterType: p.OppositeRouterType as RouterType | undefined,
        oppositeInterfaceOwnerId: p.OppositeInterfaceOwnerId,
        healthCheckSourceIp: p.HealthCheckSourceIp,
        healthCheckTargetIp: p.HealthCheckTargetIp,
        deleteHealthCheckIp: p.DeleteHealthCheckIp,
      }),
    );
    return {};
  },
});

const modifyRouterInterfaceSpecAction = defineAction({
  name: 'ModifyRouterInterfaceSpec',
  products: ['vpc'],
  params: { RouterInterfaceId: required(ID), Spec: required(string({ maxLength: 32 })), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const ri = getRouterInterface(tx, p.RouterInterfaceId);
      if (ri.role !== 'InitiatingSide' || !(p.Spec in RI_SPECS)) {
        throw new InvalidSpecValue(`The Spec "${p.Spec}" cannot be set on ${ri.id}: only an initiating interface has a Spec, one of ${Object.keys(RI_SPECS).join(', ')}.`);
      }
      requireStatus(tx, ri, ['Idle', 'Active', 'Inactive'], 'ModifyRouterInterfaceSpec');
      tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).put({ ...ri, spec: p.Spec });
      return { Spec: p.Spec };
    });
  },
});

const connectRouterInterfaceAction = defineAction({
  name: 'ConnectRouterInterface',
  products: ['vpc'],
  params: { RouterInterfaceId: required(ID) },
  async handle(ctx, p) {
    const id = p.RouterInterfaceId;
    const target = ctx.read((tx) => connectTarget(tx, id));
    if (target.region === ctx.region) {
      await ctx.transact((tx) => {
        const acceptor = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(target.acceptorId);
        const before = connectInitiator(tx, ctx.config, id, acceptor);
        connectAcceptor(tx, ctx.config, before, target.acceptorId);
      });
      return {};
    }
    // Two regions, two transactions: the initiator's decides, the acceptor's follows (see connect.ts).
    const acceptor = ctx.readIn(target.region, (tx) => tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(target.acceptorId));
    const before = await ctx.transact((tx) => connectInitiator(tx, ctx.config, id, acceptor));
    try {
      await ctx.transactIn(target.region, (tx) => connectAcceptor(tx, ctx.config, before, target.acceptorId));
    } catch (err) {
      await ctx.transact((tx) => restore(tx, before));
      throw err;
    }
    return {};
  },
});

/** Switches one interface and then its peer (wherever it is), as a connection runs only with both. */
async function switchPair(ctx: ActionContext, id: string, which: Switch): Promise<Record<string, unknown>> {
  const ri = await ctx.transact((tx) => switchInterface(tx, ctx.config, id, which)!);
  if (ri.oppositeInterfaceId && ri.connectedAt) {
    const region = ri.oppositeRegionId;
    const peerSwitch = (tx: Parameters<Parameters<ActionContext['transact']>[0]>[0]) => switchInterface(tx, ctx.config, ri.oppositeInterfaceId, which, false);
    await (region === ctx.region ? ctx.transact(peerSwitch) : ctx.transactIn(region, peerSwitch));
  }
  return {};
}

const activateRouterInterfaceAction = defineAction({
  name: 'ActivateRouterInterface',
  products: ['vpc'],
  params: { RouterInterfaceId: required(ID) },
  handle: (ctx, p) => switchPair(ctx, p.RouterInterfaceId, 'activate'),
});

const deactivateRouterInterfaceAction = defineAction({
  name: 'DeactivateRouterInterface',
  products: ['vpc'],
  params: { RouterInterfaceId: required(ID) },
  handle: (ctx, p) => switchPair(ctx, p.RouterInterfaceId, 'deactivate'),
});

/** Filter.N.Key → the record field it matches. */
const FILTER_KEYS: Record<string, (ri: RouterInterfaceRecord, now: number) => string> = {
  RouterInterfaceId: (ri) => ri.id,
  RouterId: (ri) => ri.routerId,
  RouterType: (ri) => ri.routerType,
  Role: (ri) => ri.role,
  Status: (ri, now) => riStatus(ri, now),
  Name: (ri) => ri.name,
  Spec: (ri) => ri.spec,
  AccessPointId: (ri) => ri.accessPointId,
  OppositeInterfaceId: (ri) => ri.oppositeInterfaceId,
  OppositeInterfaceOwnerId: (ri) => ri.oppositeInterfaceOwnerId,
  OppositeRouterId: (ri) => ri.oppositeRouterId,
  OppositeRouterType: (ri) => ri.oppositeRouterType,
  OppositeRegionId: (ri) => ri.oppositeRegionId,
  OppositeAccessPointId: (ri) => ri.oppositeAccessPointId,
  VpcInstanceId: (ri) => ri.vpcId,
};

const describeRouterInterfacesAction = defineAction({
  name: 'DescribeRouterInterfaces',
  products: ['vpc'],
  params: {
    Filter: objects({ Key: string({ maxLength: 64 }), Value: list(string({ maxLength: 256 }), { maxItems: 100 }) }, { maxItems: 20 }),
    ResourceGroupId: ID,
    Tags: tags(),
    IncludeReservationData: boolean(),
    ...PAGE,
  },
  handle(ctx, p) {
    const filters = (p.Filter ?? []).map((f) => {
      const get = FILTER_KEYS[f.Key ?? ''];
      // An unknown key filters nothing out, as on the real API.
      return { get, values: new Set(f.Value ?? []) };
    });
    const page = ctx.read((tx) => {
      const rows = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).filter(
        (ri) => filters.every((f) => !f.get || f.values.size === 0 || f.values.has(f.get(ri, tx.now))) && matchesTags(ri.tags, p.Tags),
      );
      return pageByNumber(rows, p.PageNumber, p.PageSize);
    });
    const opposite = (ri: RouterInterfaceRecord): RouterInterfaceRecord | undefined => {
      if (!ri.oppositeInterfaceId) return undefined;
      const read = ri.oppositeRegionId === ctx.region ? ctx.read : (fn: Parameters<ActionContext['read']>[0]) => ctx.readIn(ri.oppositeRegionId, fn);
      return read((tx) => tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(ri.oppositeInterfaceId)) as RouterInterfaceRecord | undefined;
    };
    return ctx.read((tx) => ({
      TotalCount: page.TotalCount,
      PageNumber: page.PageNumber,
      PageSize: page.PageSize,
      RouterInterfaceSet: {
        RouterInterfaceType: page.items.map((ri) => {
          const o = opposite(ri);
          return routerInterfaceShape(tx, ri, o ? riStatus(o, tx.now) : '', o?.spec ?? '');
        }),
      },
    }));
  },
});

const deleteRouterInterfaceAction = defineAction({
  name: 'DeleteRouterInterface',
  products: ['vpc'],
  params: { RouterInterfaceId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteRouterInterface(tx, p.RouterInterfaceId));
    return {};
  },
});

export const routerInterfaceActions = [
  createRouterInterfaceAction,
  modifyRouterInterfaceAttributeAction,
  modifyRouterInterfaceSpecAction,
  connectRouterInterfaceAction,
  activateRouterInterfaceAction,
  deactivateRouterInterfaceAction,
  describeRouterInterfacesAction,
  deleteRouterInterfaceAction,
];
