import type { Family } from '../../actions/family';
import { cbwpActions } from './actions';
import { cbwpDependants, cbwpHooks } from './links';
import { COMMON_BANDWIDTH_PACKAGES } from './records';

/** EIP bandwidth plans (Internet Shared Bandwidth): EIPs of a region sharing one bandwidth. */
export const commonBandwidthPackageFamily: Family = {
  name: 'vpc/common-bandwidth-package',
  actions: cbwpActions,
  // ResourceType as the real provider sends it to TagResources / ListTagResources.
  taggable: [{ product: 'vpc', resourceType: 'COMMONBANDWIDTHPACKAGE', table: COMMON_BANDWIDTH_PACKAGES }],
  dependants: cbwpDependants,
  hooks: cbwpHooks,
};
