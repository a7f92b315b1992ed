import type { Family } from '../../actions/family';
import { snatActions } from './actions';
import { snatCascades, snatDependants, snatHooks } from './links';

/** SNAT entries of NAT gateways' SNAT tables. */
export const snatFamily: Family = {
  name: 'vpc/snat',
  actions: snatActions,
  dependants: snatDependants,
  cascades: snatCascades,
  hooks: snatHooks,
};
