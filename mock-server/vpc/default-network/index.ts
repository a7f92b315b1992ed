import type { Family } from '../../actions/family';
import { defaultNetworkActions } from './actions';

/** The default VPC and default VSwitches: ordinary VPCs and VSwitches, made for you. */
export const defaultNetworkFamily: Family = {
  name: 'vpc/default-network',
  actions: defaultNetworkActions,
};
