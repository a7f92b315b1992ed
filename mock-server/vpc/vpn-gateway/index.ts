import type { Family } from '../../actions/family';
import { vpnGatewayActions } from './actions';
import { vpnGatewaysInVpc, vpnGatewaysInVSwitch } from './domain';
import { routesToVpnGateway, vpnGatewayAddresses, vpnGatewayNextHop } from './links';
import { VPN_GATEWAYS } from './records';
import { vpnGatewayZoneActions } from './zones';

/** VPN gateways: children of a VPC (and of a VSwitch when given one); a next-hop type of VPC routes. */
export const vpnGatewayFamily: Family = {
  name: 'vpc/vpn-gateway',
  actions: [...vpnGatewayActions, ...vpnGatewayZoneActions],
  taggable: [{ product: 'vpc', resourceType: 'VpnGateWay', table: VPN_GATEWAYS }],
  dependants: [vpnGatewaysInVpc, vpnGatewaysInVSwitch, routesToVpnGateway],
  hooks: [vpnGatewayNextHop, vpnGatewayAddresses],
};
