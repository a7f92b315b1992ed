import type { Family } from '../../actions/family';
import { vpnConnectionActions } from './actions';
import { connectionsOfCustomerGateway, connectionsOfGateway } from './domain';
import { VPN_CONNECTIONS } from './records';
import { vpnRoutesOfGateway, vpnRoutesThroughConnection } from './vpn-routes';

/** IPsec connections between a VPN gateway and a customer gateway, and the gateways' VPN route entries. */
export const vpnConnectionFamily: Family = {
  name: 'vpc/vpn-connection',
  actions: vpnConnectionActions,
  taggable: [{ product: 'vpc', resourceType: 'VPNCONNECTION', table: VPN_CONNECTIONS }],
  dependants: [vpnRoutesOfGateway, connectionsOfGateway, connectionsOfCustomerGateway, vpnRoutesThroughConnection],
};
