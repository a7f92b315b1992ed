import type { Family } from '../actions/family';
import { sandboxActions } from './actions';
import { faultActions } from './fault-actions';

/** Sandbox-only admin actions (reset, snapshot export/import, fault rules), served on both product versions. */
export const sandboxFamily: Family = {
  name: 'sandbox',
  actions: [...sandboxActions, ...faultActions],
};
