import type { Family } from '../../actions/family';
import { instanceTypeActions } from './actions';

/** Instance types and families: read-only facts from the catalogue (domain/catalog). */
export const instanceTypeFamily: Family = {
  name: 'ecs/instance-type',
  actions: instanceTypeActions,
};
