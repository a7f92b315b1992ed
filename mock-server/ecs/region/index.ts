import type { Family } from '../../actions/family';
import { ecsRegionActions } from './actions';

/** Regions, zones and what each zone offers, as the ECS product lists them. */
export const ecsRegionFamily: Family = {
  name: 'ecs/region',
  actions: ecsRegionActions,
};
