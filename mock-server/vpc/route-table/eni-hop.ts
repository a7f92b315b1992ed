/**
 * The next-hop type NetworkInterface: a route may point at an elastic network interface (a
 * secondary ENI, CreateNetworkInterface) of the table's VPC, as the real CreateRouteEntry allows and
 * as the real provider's `alicloud_route_entry` docs list. It sits here, next to the built-in
 * Instance hop, because the route table is what it changes; the ENI family never imports it.
 *
 * The ENI may be attached or detached (the real API documents no state rule for it). While a route
 * points at an ENI, DeleteNetworkInterface is refused, as DeleteInstance is for an instance hop, so
 * no route is left pointing at nothing.
 */
import type { DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import { eniStatus, networkInterfaces, type NetworkInterfaceRecord } from '../../ecs/network-interface/records';
import { nextHopType } from './domain';
import { DependencyViolationRouteEntry, InvalidNextHopIdNotFound } from './errors';
import { LOOKUP_HOOKS } from './lookup';
import { ROUTE_ENTRIES, type RouteEntryRecord } from './records';

function routesTo(tx: Transaction, eniId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.nextHopType === 'NetworkInterface' && e.nextHopId === eniId);
}

export const eniNextHopHooks: HookBinding[] = [
  nextHopType('NetworkInterface', {
    check(tx, table, nextHopId) {
      const eni: NetworkInterfaceRecord | undefined = networkInterfaces(tx).get(nextHopId);
      if (!eni || eni.vpcId !== table.vpcId) {
        throw new InvalidNextHopIdNotFound(
          `The network interface "${nextHopId}" given as NextHopId ${eni ? `is in VPC ${eni.vpcId}, not in ${table.vpcId} that owns route table ${table.id}` : 'does not exist in this region'}: a next hop must be in the same VPC. DescribeNetworkInterfaces lists your ENIs.`,
        );
      }
    },
  }),
  bind(LOOKUP_HOOKS.resolveNextHop, (tx, entry) => {
    if (entry.nextHopType !== 'NetworkInterface') return undefined;
    const eni = networkInterfaces(tx).get(entry.nextHopId);
    if (!eni) return undefined;
    return { Type: 'NetworkInterface', NetworkInterfaceId: eni.id, IpAddress: eni.primaryIp, Status: eniStatus(eni, tx.now), InstanceId: eni.instanceId };
  }),
];

export const eniNextHopDependants: DependantRow<RouteEntryRecord>[] = [
  {
    parent: 'networkInterface',
    what: 'route entries whose next hop is the ENI',
    order: 10,
    find: routesTo,
    error: (id, routes) =>
      new DependencyViolationRouteEntry(
        `The network interface ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete those route entries first.`,
      ),
  },
];
