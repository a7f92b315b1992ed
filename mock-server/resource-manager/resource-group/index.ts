import type { Family } from '../../actions/family';
import { resourceGroupActions } from './actions';

/** Resource groups: each account's default group, read-only. */
export const resourceGroupFamily: Family = {
  name: 'resourcemanager/resource-group',
  actions: resourceGroupActions,
};
