import type { Family } from '../../actions/family';
import { prefixListActions } from './actions';
import { PREFIX_LISTS } from './records';

/**
 * VPC prefix lists: named sets of CIDR blocks, standalone in the sandbox. Security-group rules do
 * not take them (they take ECS prefix lists, mock-server/ecs/prefix-list), as on the real cloud.
 */
export const prefixListFamily: Family = {
  name: 'vpc/prefix-list',
  actions: prefixListActions,
  // The real provider tags them with ResourceType PrefixList (VpcServiceV2.SetResourceTags).
  taggable: [{ product: 'vpc', resourceType: 'PREFIXLIST', table: PREFIX_LISTS }],
};
