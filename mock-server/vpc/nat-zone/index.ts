import type { Family } from '../../actions/family';
import { natZoneActions } from './actions';

/** Where NAT gateways may be created: read-only, from the region catalogue. */
export const natZoneFamily: Family = {
  name: 'vpc/nat-zone',
  actions: natZoneActions,
};
