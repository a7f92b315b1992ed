import type { Family } from '../../actions/family';
import { customerGatewayActions } from './actions';
import { CUSTOMER_GATEWAYS } from './records';

/** Customer gateways: the IDC side of VPN connections, regional and owned by nothing else. */
export const customerGatewayFamily: Family = {
  name: 'vpc/vpn-customer-gateway',
  actions: customerGatewayActions,
  taggable: [{ product: 'vpc', resourceType: 'CUSTOMERGATEWAY', table: CUSTOMER_GATEWAYS }],
};
