import type { Family } from '../../actions/family';
import { callerIdentityActions } from './actions';

/** The caller's identity: read-only, answered from the signing account. */
export const callerIdentityFamily: Family = {
  name: 'sts/caller-identity',
  actions: callerIdentityActions,
};
