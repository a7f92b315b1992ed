import type { Family } from '../../actions/family';
import { ecsPrefixListActions } from './actions';
import { ecsPrefixListDependants, ecsPrefixListHooks } from './links';
import { ECS_PREFIX_LISTS } from './records';

/** ECS prefix lists: named sets of CIDR blocks that security-group rules reference by ID. */
export const ecsPrefixListFamily: Family = {
  name: 'ecs/prefix-list',
  actions: ecsPrefixListActions,
  // ECS spells its resource types lower case (TagResources ResourceType=prefixlist).
  taggable: [{ product: 'ecs', resourceType: 'prefixlist', table: ECS_PREFIX_LISTS }],
  dependants: ecsPrefixListDependants,
  hooks: ecsPrefixListHooks,
};
