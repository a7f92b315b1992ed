import type { Family } from '../../actions/family';
import { physicalConnectionActions } from './actions';

/** Leased lines (physical connections) and the access points they land at. */
export const physicalConnectionFamily: Family = {
  name: 'vpc/physical-connection',
  actions: physicalConnectionActions,
};
