import type { Family } from '../../actions/family';
import { diskActions } from './actions';
import { DISKS, removeDisksOf } from './records';

/**
 * Disks: each instance's system disk and launch-time data disks, which live and die with it. Their
 * tags have rows of their own (./records.ts), so TagResources works on them (ResourceType disk).
 */
export const diskFamily: Family = {
  name: 'ecs/disk',
  actions: diskActions,
  taggable: [{ product: 'ecs', resourceType: 'disk', table: DISKS }],
  cascades: [{ parent: 'instance', what: 'its disks (released with it)', remove: removeDisksOf }],
};
