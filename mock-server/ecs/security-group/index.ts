import type { Family } from '../../actions/family';
import { securityGroupActions } from './actions';
import { defaultGroupGoesWithVpc, securityGroupsInVpc } from './domain';
import { SECURITY_GROUPS } from './records';

/** Security groups and their rules: children of a VPC. */
export const securityGroupFamily: Family = {
  name: 'ecs/security-group',
  actions: securityGroupActions,
  taggable: [{ product: 'ecs', resourceType: 'securitygroup', table: SECURITY_GROUPS }],
  dependants: [securityGroupsInVpc],
  cascades: [defaultGroupGoesWithVpc],
};
