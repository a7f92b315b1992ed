/**
 * What the NAT gateway family registers about the families it joins: a VPC cannot be deleted while
 * it has a NAT gateway, nor a VSwitch while an Enhanced gateway sits in it; routes may point at a
 * gateway of the same VPC (NextHopType=NatGateway) and then keep it from being deleted, unless
 * Force, which deletes them; the gateway's private address counts as used in its VSwitch.
 */
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import { ADDRESS_HOOKS } from '../../ecs/instance/addresses';
import { countPerVSwitch, VSWITCH_ADDRESS_HOOKS } from '../vswitch/address-holders';
import { nextHopType, type NextHopCheck } from '../route-table/domain';
import { ROUTE_ENTRIES, type RouteEntryRecord } from '../route-table/records';
import { DependencyViolationEnhancedNatgw, DependencyViolationNatGateway, DependencyViolationRouterEntry, IncorrectStatusNatGateway, InvalidNextHopIdNotFoundNat } from './errors';
import { NAT_GATEWAYS, natGatewayStatus, type NatGatewayRecord } from './records';

function gateways(tx: Transaction) {
  return tx.table<NatGatewayRecord>(NAT_GATEWAYS);
}

/** A NAT gateway of the route table's VPC, Available. */
const natGatewayHop: NextHopCheck = (tx, table, id) => {
  const nat = gateways(tx).get(id);
  if (!nat) throw new InvalidNextHopIdNotFoundNat(`The NAT gateway "${id}" given as NextHopId does not exist in region ${tx.region}. DescribeNatGateways lists your NAT gateways.`);
  if (nat.vpcId !== table.vpcId) {
    throw new InvalidNextHopIdNotFoundNat(`The NAT gateway "${id}" is in VPC ${nat.vpcId}, not in ${table.vpcId} that owns route table ${table.id}: a next hop must be in the same VPC.`);
  }
  const status = natGatewayStatus(nat, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNatGateway(`The NAT gateway ${id} is ${status}: a route can point to it once it is Available. Poll DescribeNatGateways and retry.`);
  }
};

export function routesToNatGateway(tx: Transaction, natId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.nextHopType === 'NatGateway' && e.nextHopId === natId);
}

const first = <T>(x: T | undefined): T[] => (x ? [x] : []);

export const natGatewayDependants: DependantRow<any>[] = [
  {
    parent: 'natGateway',
    what: 'route entries whose next hop is the NAT gateway',
    order: 20,
    find: routesToNatGateway,
    error: (id, routes: RouteEntryRecord[]) =>
      new DependencyViolationRouterEntry(`The NAT gateway ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete them with DeleteRouteEntry first, or delete the gateway with Force=true.`),
  },
  {
    // NAT gateways sit in VSwitches, so they go before them (after custom routes and instances).
    parent: 'vpc',
    what: 'NAT gateways',
    order: 25,
    find: (tx, vpcId) => first(gateways(tx).find((n) => n.vpcId === vpcId)),
    error: (vpcId, [nat]: NatGatewayRecord[]) =>
      new DependencyViolationNatGateway(`The VPC "${vpcId}" still has NAT gateway ${nat.id}. Delete it with DeleteNatGateway first.`),
  },
  {
    parent: 'vswitch',
    what: 'Enhanced NAT gateways',
    order: 25,
    find: (tx, vswitchId) => first(gateways(tx).find((n) => n.vswitchId === vswitchId)),
    error: (vswitchId, [nat]: NatGatewayRecord[]) =>
      new DependencyViolationEnhancedNatgw(`The VSwitch "${vswitchId}" holds NAT gateway ${nat.id} (an Enhanced gateway sits in a VSwitch). Delete the gateway with DeleteNatGateway first.`),
  },
];

export const natGatewayCascades: CascadeRow[] = [
  {
    parent: 'natGateway',
    what: 'routes whose next hop is the NAT gateway (Force)',
    remove: (tx, natId) => routesToNatGateway(tx, natId).forEach((r) => tx.table(ROUTE_ENTRIES).delete(r.id)),
  },
];

export const natGatewayHooks: HookBinding[] = [
  nextHopType('NatGateway', { check: natGatewayHop }),
  bind(ADDRESS_HOOKS.privateInUse, (tx, vswitchId) => gateways(tx).filter((n) => n.vswitchId === vswitchId).map((n) => n.privateIpAddress)),
  // The same address is one fewer free address in the VSwitch (AvailableIpAddressCount).
  bind(VSWITCH_ADDRESS_HOOKS.holders, (tx) => ({ perVSwitch: countPerVSwitch(gateways(tx).all(), (n) => (n.privateIpAddress ? n.vswitchId : undefined)) })),
];
