import type { Family } from '../../actions/family';
import { diskActions } from './actions';

/** Disks: each instance's system disk, which lives and dies with it (no rows of its own). */
export const diskFamily: Family = {
  name: 'ecs/disk',
  actions: diskActions,
};
