import type { Family } from '../../actions/family';
import { routerInterfaceActions } from './actions';
import { interfacesOfVbr, interfacesOfVpc, routerInterfaceNextHop, routesToRouterInterface } from './links';

/** Express Connect router interfaces: children of a VPC's VRouter or of a VBR; a next-hop type of routes. */
export const routerInterfaceFamily: Family = {
  name: 'vpc/router-interface',
  actions: routerInterfaceActions,
  dependants: [routesToRouterInterface, interfacesOfVpc, interfacesOfVbr],
  hooks: [routerInterfaceNextHop],
};
