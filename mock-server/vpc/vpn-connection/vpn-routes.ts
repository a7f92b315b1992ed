/**
 * A VPN gateway's destination-based route entries (CreateVpnRouteEntry …): traffic for RouteDest
 * leaves through the VPN connection NextHop. Weight 100 is the active route and 0 the standby;
 * a (RouteDest, NextHop) pair appears once. PublishVpc is recorded and shown (State published),
 * but the sandbox does not copy the route into the VPC's route table: add the VPC route with
 * CreateRouteEntry NextHopType=VpnGateway, as the guide's step 5 does (a documented difference).
 */
import { parseCidr } from '../../../network-rules/cidr';
import { InvalidParameter } from '../../errors';
import type { DependantRow } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { InvalidCidrBlockMalformed } from '../vpc/errors';
import { getVpnGateway, requireActiveVpnGateway } from '../vpn-gateway/domain';
import { DependencyViolationVpnConnection } from '../vpn-gateway/errors';
import { checkVpnDescription } from '../vpn-gateway/naming';
import { getVpnConnection } from './domain';
import { VPN_ROUTE_ENTRIES, type VpnRouteEntryRecord } from './records';

export const VPN_ROUTE_WEIGHTS = [0, 100];

export interface VpnRouteInput {
  vpnGatewayId: string;
  routeDest: string;
  nextHop: string;
  weight: number;
  publishVpc?: boolean;
  description?: string;
  overlayMode?: string;
}

function destination(text: string) {
  const c = parseCidr(text, true);
  if (!c) throw new InvalidCidrBlockMalformed(`The RouteDest "${text.slice(0, 40)}" is malformed: give an IPv4 block such as 172.16.0.0/12.`);
  return c.text;
}

export function createVpnRouteEntry(tx: Transaction, input: VpnRouteInput): VpnRouteEntryRecord {
  const gateway = getVpnGateway(tx, input.vpnGatewayId);
  const routeDest = destination(input.routeDest);
  if (!VPN_ROUTE_WEIGHTS.includes(input.weight)) {
    throw new InvalidParameter(`The Weight ${input.weight} is invalid: use 100 for an active route or 0 for a standby route.`);
  }
  const description = checkVpnDescription(input.description) ?? '';
  const connection = getVpnConnection(tx, input.nextHop);
  if (connection.vpnGatewayId !== gateway.id) {
    throw new InvalidParameter(`The NextHop ${connection.id} belongs to VPN gateway ${connection.vpnGatewayId}, not ${gateway.id}: a VPN route's next hop is one of the gateway's own connections.`);
  }
  requireActiveVpnGateway(tx, gateway, 'CreateVpnRouteEntry');
  const duplicate = tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).find((e) => e.vpnGatewayId === gateway.id && e.routeDest === routeDest && e.nextHop === connection.id);
  if (duplicate) {
    throw new InvalidParameter(`VPN gateway ${gateway.id} already routes ${routeDest} through ${connection.id} (weight ${duplicate.weight}). Delete that entry first to change its weight.`);
  }
  return tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).put({
    id: newId('vpnrt'),
    vpnGatewayId: gateway.id,
    routeDest,
    nextHop: connection.id,
    weight: input.weight,
    publishVpc: !!input.publishVpc,
    description,
    overlayMode: input.overlayMode ?? 'Ipsec',
    createdAt: tx.now,
  });
}

export function deleteVpnRouteEntry(tx: Transaction, input: { vpnGatewayId: string; routeDest: string; nextHop: string; weight: number }): VpnRouteEntryRecord {
  const gateway = getVpnGateway(tx, input.vpnGatewayId);
  const routeDest = destination(input.routeDest);
  const entry = tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).find(
    (e) => e.vpnGatewayId === gateway.id && e.routeDest === routeDest && e.nextHop === input.nextHop && e.weight === input.weight,
  );
  if (!entry) {
    throw new InvalidParameter(`VPN gateway ${gateway.id} has no route entry ${routeDest} → ${input.nextHop} with weight ${input.weight}. DescribeVpnRouteEntries lists its entries.`);
  }
  requireActiveVpnGateway(tx, gateway, 'DeleteVpnRouteEntry');
  tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).delete(entry.id);
  return entry;
}

export function vpnRoutesOf(tx: Transaction, gatewayId: string): VpnRouteEntryRecord[] {
  return tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).filter((e) => e.vpnGatewayId === gatewayId);
}

export const vpnRoutesOfGateway: DependantRow<VpnRouteEntryRecord> = {
  parent: 'vpnGateway',
  what: 'VPN route entries',
  order: 10,
  find: vpnRoutesOf,
  error: (gatewayId, found) =>
    new DependencyViolationVpnConnection(`The VPN gateway ${gatewayId} still has VPN route entries (such as ${found[0].routeDest} → ${found[0].nextHop}). Delete them with DeleteVpnRouteEntry first.`),
};

export const vpnRoutesThroughConnection: DependantRow<VpnRouteEntryRecord> = {
  parent: 'vpnConnection',
  what: 'VPN route entries',
  order: 10,
  find: (tx, connectionId) => tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).filter((e) => e.nextHop === connectionId),
  error: (connectionId, found) =>
    new DependencyViolationVpnConnection(`The VPN connection ${connectionId} is the next hop of VPN route entries (${found.map((e) => e.routeDest).join(', ')}). Delete them with DeleteVpnRouteEntry first.`),
};
