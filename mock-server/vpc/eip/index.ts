import type { Family } from '../../actions/family';
import { eipActions } from './actions';
import { eipCascades, eipDependants, eipHooks } from './links';
import { EIPS } from './records';

/** Elastic IP addresses, bound to ECS instances or NAT gateways. */
export const eipFamily: Family = {
  name: 'vpc/eip',
  actions: eipActions,
  taggable: [{ product: 'vpc', resourceType: 'EIP', table: EIPS }],
  dependants: eipDependants,
  cascades: eipCascades,
  hooks: eipHooks,
};
