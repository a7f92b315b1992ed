/**
 * The trace through a VPN gateway: which IPsec connection carries the packet, as the gateway
 * decides it. Its destination-based VPN route entries come first (longest prefix; an active
 * weight-100 route before a standby weight-0 one); without one, the connection whose RemoteSubnet
 * (the IDC side of its phase-2 selectors) contains the address. The packet then leaves to the
 * customer gateway: the IDC.
 */
import { containsIp, ipToInt } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import type { RouteEntryRecord } from '../route-table/records';
import { vpnConnectionState } from '../vpn-connection/domain';
import { VPN_CONNECTIONS, VPN_ROUTE_ENTRIES, type VpnConnectionRecord, type VpnRouteEntryRecord } from '../vpn-connection/records';
import { CUSTOMER_GATEWAYS, type CustomerGatewayRecord } from '../vpn-customer-gateway/records';
import { vpnGatewayStatus } from '../vpn-gateway/domain';
import { VPN_GATEWAYS, type VpnGatewayRecord } from '../vpn-gateway/records';
import { decisionOf, type Journey } from './hops';
import type { RegionView } from './world';

function chooseConnection(view: RegionView, gateway: VpnGatewayRecord, addr: number): { connectionId: string; why: string } | undefined {
  const routes = view.tx
    .table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES)
    .filter((e) => e.vpnGatewayId === gateway.id && containsIp(cidrOf(e.routeDest)!, addr))
    .sort((a, b) => cidrOf(b.routeDest)!.prefix - cidrOf(a.routeDest)!.prefix || b.weight - a.weight);
  if (routes[0]) return { connectionId: routes[0].nextHop, why: `VPN route ${routes[0].routeDest} (weight ${routes[0].weight})` };
  const byPolicy = view.tx
    .table<VpnConnectionRecord>(VPN_CONNECTIONS)
    .find((c) => c.vpnGatewayId === gateway.id && c.remoteSubnet.split(',').some((b) => containsIp(cidrOf(b)!, addr)));
  return byPolicy ? { connectionId: byPolicy.id, why: `its RemoteSubnet ${byPolicy.remoteSubnet}` } : undefined;
}

export function vpnHop(j: Journey, view: RegionView, entry: RouteEntryRecord, ip: string): Journey {
  const gateway = view.get<VpnGatewayRecord>(VPN_GATEWAYS, entry.nextHopId);
  if (!gateway) return j.end('Dropped', `Route ${entry.destinationCidrBlock} points at VPN gateway ${entry.nextHopId}, which no longer exists.`);
  const status = vpnGatewayStatus(gateway, view.tx.now);
  j.add('VpnGateway', gateway.id, view.region, { ...decisionOf(entry), Status: status });
  if (status !== 'active') return j.end('Dropped', `VPN gateway ${gateway.id} is ${status}, not active: it forwards no traffic, so the packet is dropped there.`);
  const choice = chooseConnection(view, gateway, ipToInt(ip));
  if (!choice) {
    return j.end('Dropped', `VPN gateway ${gateway.id} has no VPN route entry and no connection whose RemoteSubnet contains ${ip}: add the IDC block to a connection's RemoteSubnet or a VPN route entry.`);
  }
  const connection = view.get<VpnConnectionRecord>(VPN_CONNECTIONS, choice.connectionId);
  if (!connection) return j.end('Dropped', `VPN connection ${choice.connectionId} no longer exists.`);
  const state = vpnConnectionState(connection, view.tx.now);
  j.add('VpnConnection', connection.id, view.region, { Status: state });
  if (state !== 'active') return j.end('Dropped', `VPN connection ${connection.id} is ${state}, not active: the packet is dropped there.`);
  const customer = view.get<CustomerGatewayRecord>(CUSTOMER_GATEWAYS, connection.customerGatewayId);
  j.add('CustomerGateway', connection.customerGatewayId, view.region, { Status: customer ? 'Available' : 'Missing' });
  if (!customer) return j.end('Dropped', `Customer gateway ${connection.customerGatewayId} no longer exists.`);
  return j.end('Idc', `${ip} leaves VPN gateway ${gateway.id} (${gateway.internetIp}) through connection ${connection.id}, chosen by ${choice.why}, to the IDC gateway ${customer.ipAddress}.`);
}
