import type { Family } from '../../actions/family';
import { networkAclActions } from './actions';
import { networkAclDependants, networkAclHooks } from './links';
import { NETWORK_ACLS } from './records';

/** Network ACLs: children of a VPC, bound to its VSwitches. */
export const networkAclFamily: Family = {
  name: 'vpc/network-acl',
  actions: networkAclActions,
  taggable: [{ product: 'vpc', resourceType: 'NETWORKACL', table: NETWORK_ACLS }],
  dependants: networkAclDependants,
  hooks: networkAclHooks,
};
