import type { Family } from '../../actions/family';
import { vpcRegionActions } from './actions';

/** Regions and zones as the VPC product lists them. */
export const vpcRegionFamily: Family = {
  name: 'vpc/region',
  actions: vpcRegionActions,
};
