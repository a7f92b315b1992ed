import type { Family } from '../../actions/family';
import { dnatActions } from './actions';
import { dnatCascades, dnatDependants, dnatHooks } from './links';

/** DNAT (port forwarding) entries of NAT gateways' DNAT tables. */
export const dnatFamily: Family = {
  name: 'vpc/dnat',
  actions: dnatActions,
  dependants: dnatDependants,
  cascades: dnatCascades,
  hooks: dnatHooks,
};
