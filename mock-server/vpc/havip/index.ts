import type { Family } from '../../actions/family';
import { haVipActions } from './actions';
import { haVipCascades, haVipDependants, haVipHooks } from './links';
import { HAVIPS } from './records';

/** High-availability virtual IPs: children of a VSwitch, associated with instances or ENIs, next hops of routes, EIP targets. */
export const haVipFamily: Family = {
  name: 'vpc/havip',
  actions: haVipActions,
  taggable: [{ product: 'vpc', resourceType: 'HAVIP', table: HAVIPS }],
  dependants: haVipDependants,
  cascades: haVipCascades,
  hooks: haVipHooks,
};
