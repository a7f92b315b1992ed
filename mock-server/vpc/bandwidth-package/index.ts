import type { Family } from '../../actions/family';
import { bandwidthPackageActions } from './actions';
import { packageCascades, packageDependants, packageHooks } from './links';

/** The guide's NAT shared bandwidth packages: public addresses of a NAT gateway. */
export const bandwidthPackageFamily: Family = {
  name: 'vpc/bandwidth-package',
  actions: bandwidthPackageActions,
  dependants: packageDependants,
  cascades: packageCascades,
  hooks: packageHooks,
};
