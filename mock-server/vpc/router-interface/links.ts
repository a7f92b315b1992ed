/**
 * How router interfaces join other families: routes may point at them (NextHopType=
 * RouterInterface, in a VPC's table or a VBR's, and ECMP routes over several), such routes keep
 * them from being deleted, and their routers (a VPC, a VBR) cannot be deleted while they exist.
 */
import type { DependantRow } from '../../domain/dependants';
import type { Transaction } from '../../store/store';
import { nextHopType, type NextHopCheck } from '../route-table/domain';
import { InvalidNextHopIdNotFound, InvalidNextHopType } from '../route-table/errors';
import { ROUTE_ENTRIES, type RouteEntryRecord, type RouteTableRecord } from '../route-table/records';
import { VBRS, type VbrRecord } from '../vbr/records';
import { DependencyViolationRouterInterface, DependencyViolationRouterInterfaceReferedByRouteEntry } from './errors';
import { ROUTER_INTERFACES, type RouterInterfaceRecord } from './records';

/**
 * A VPC route's interface sits on the table's VRouter. A VBR route's next hop is one of the VBR's
 * own interfaces: its leased-line interface (VlanInterfaceId, the guide's RI3) or an interface
 * towards a VPC (the guide's RI2).
 */
const routerInterfaceHop: NextHopCheck = (tx, table, id) => {
  if (table.routerType === 'VBR') {
    const vbr = tx.table<VbrRecord>(VBRS).get(table.vrouterId);
    if (vbr && vbr.vlanInterfaceId === id) return;
  }
  const ri = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(id);
  if (!ri) throw new InvalidNextHopIdNotFound(`The router interface "${id}" given as NextHopId does not exist in region ${tx.region}. DescribeRouterInterfaces lists them.`);
  if (ri.routerId !== table.vrouterId) {
    const owner = table.routerType === 'VBR' ? `VBR ${table.vrouterId}` : `VRouter ${table.vrouterId} of VPC ${table.vpcId}`;
    throw new InvalidNextHopIdNotFound(`The router interface "${id}" sits on router ${ri.routerId}, not on ${owner} that owns route table ${table.id}: a route's next hop must be an interface of the table's own router.`);
  }
};

/** The guide's ECMP rule: at least two interfaces of the table's VRouter whose peers are VBRs. */
function ecmpHops(tx: Transaction, table: RouteTableRecord, ids: string[]): void {
  for (const id of ids) {
    routerInterfaceHop(tx, table, id);
    const ri = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(id)!;
    if (ri.oppositeRouterType !== 'VBR') {
      throw new InvalidNextHopType(`The router interface ${id}'s peer is ${ri.oppositeRouterType ? `a ${ri.oppositeRouterType}` : 'not set'}: an ECMP route needs at least two router interfaces whose peers are VBRs (the guide's rule). Route to a VPC peer with a single NextHopType=RouterInterface route.`);
    }
  }
}

/** A same-destination (ECMP) member: an interface of the table's router whose peer is a VBR. */
function ecmpMember(tx: Transaction, table: RouteTableRecord, id: string): boolean {
  const ri = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(id);
  return !!ri && ri.routerId === table.vrouterId && ri.oppositeRouterType === 'VBR';
}

export const routerInterfaceNextHop = nextHopType('RouterInterface', { check: routerInterfaceHop, ecmp: ecmpHops, ecmpMember });

function usesInterface(e: RouteEntryRecord, id: string): boolean {
  return (e.nextHopType === 'RouterInterface' && e.nextHopId === id) || !!e.nextHops?.some((h) => h.id === id);
}

export const routesToRouterInterface: DependantRow<RouteEntryRecord> = {
  parent: 'routerInterface',
  what: 'route entries whose next hop is the router interface',
  order: 10,
  find: (tx, id) => tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => usesInterface(e, id)),
  error: (id, routes) =>
    new DependencyViolationRouterInterfaceReferedByRouteEntry(
      `The router interface ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete them with DeleteRouteEntry first.`,
    ),
};

function interfacesOn(tx: Transaction, field: 'vpcId' | 'routerId', id: string): RouterInterfaceRecord[] {
  const first = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).find((ri) => ri[field] === id);
  return first ? [first] : [];
}

export const interfacesOfVpc: DependantRow<RouterInterfaceRecord> = {
  parent: 'vpc',
  what: 'router interfaces',
  // After custom routes (10), which may point at them.
  order: 15,
  find: (tx, vpcId) => interfacesOn(tx, 'vpcId', vpcId),
  error: (vpcId, [ri]) => new DependencyViolationRouterInterface(`The VPC "${vpcId}" still has router interface ${ri.id}. Deactivate and delete it with DeleteRouterInterface first.`),
};

export const interfacesOfVbr: DependantRow<RouterInterfaceRecord> = {
  parent: 'vbr',
  what: 'router interfaces',
  order: 15,
  find: (tx, vbrId) => interfacesOn(tx, 'routerId', vbrId),
  error: (vbrId, [ri]) => new DependencyViolationRouterInterface(`The VBR "${vbrId}" still has router interface ${ri.id}. Deactivate and delete it with DeleteRouterInterface first.`),
};
