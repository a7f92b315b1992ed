/**
 * How VPN gateways join the route-table family: VPC routes may point at a gateway of the same VPC
 * (CreateRouteEntry NextHopType=VpnGateway, the guide's step 5), and such routes keep the gateway
 * from being deleted.
 */
import type { DependantRow } from '../../domain/dependants';
import { bind } from '../../domain/hooks';
import { ADDRESS_HOOKS } from '../../ecs/instance/addresses';
import type { Transaction } from '../../store/store';
import { nextHopType, type NextHopCheck } from '../route-table/domain';
import { DependencyViolationRouteEntry, InvalidNextHopIdNotFound } from '../route-table/errors';
import { ROUTE_ENTRIES, type RouteEntryRecord } from '../route-table/records';
import { gatewayIps, requireActiveVpnGateway } from './domain';
import { VPN_GATEWAYS, type VpnGatewayRecord } from './records';

const vpnGatewayHop: NextHopCheck = (tx, table, id) => {
  const g = tx.table<VpnGatewayRecord>(VPN_GATEWAYS).get(id);
  if (!g) throw new InvalidNextHopIdNotFound(`The VPN gateway "${id}" given as NextHopId does not exist in region ${tx.region}. DescribeVpnGateways lists your gateways.`);
  if (g.vpcId !== table.vpcId) {
    throw new InvalidNextHopIdNotFound(`The VPN gateway "${id}" belongs to VPC ${g.vpcId}, not to ${table.vpcId || table.vrouterId} that owns route table ${table.id}: a next hop must be in the same VPC.`);
  }
  requireActiveVpnGateway(tx, g, 'a route to it');
};

function routesTo(tx: Transaction, gatewayId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.nextHopType === 'VpnGateway' && e.nextHopId === gatewayId);
}

export const routesToVpnGateway: DependantRow<RouteEntryRecord> = {
  parent: 'vpnGateway',
  what: 'route entries whose next hop is the VPN gateway',
  order: 5,
  find: routesTo,
  error: (id, routes) =>
    new DependencyViolationRouteEntry(`The VPN gateway ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete them with DeleteRouteEntry first.`),
};

export const vpnGatewayNextHop = nextHopType('VpnGateway', { check: vpnGatewayHop });


/** A gateway's InternetIp comes from the region's public pool, which must not hand it out twice. */
export const vpnGatewayAddresses = bind(ADDRESS_HOOKS.publicInUse, gatewayIps);
