import type { Family } from '../../actions/family';
import { natGatewayActions } from './actions';
import { natGatewayCascades, natGatewayDependants, natGatewayHooks } from './links';
import { NAT_GATEWAYS } from './records';

/** Internet NAT gateways (Enhanced): children of a VPC and a VSwitch; parents of SNAT/DNAT entries. */
export const natGatewayFamily: Family = {
  name: 'vpc/nat-gateway',
  actions: natGatewayActions,
  taggable: [{ product: 'vpc', resourceType: 'NATGATEWAY', table: NAT_GATEWAYS }],
  dependants: natGatewayDependants,
  cascades: natGatewayCascades,
  hooks: natGatewayHooks,
};
