import type { Family } from '../../actions/family';
import { networkInterfaceActions } from './actions';
import { eniCascades, eniDependants, eniHooks } from './links';
import { NETWORK_INTERFACES } from './records';

/** Elastic network interfaces (secondary ENIs): children of a VSwitch, members of security groups, attached to instances. */
export const networkInterfaceFamily: Family = {
  name: 'ecs/network-interface',
  actions: networkInterfaceActions,
  taggable: [{ product: 'ecs', resourceType: 'eni', table: NETWORK_INTERFACES }],
  dependants: eniDependants,
  cascades: eniCascades,
  hooks: eniHooks,
};
