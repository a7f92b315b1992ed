import type { Family } from '../../actions/family';
import { imageActions } from './actions';

/** Public images: read-only facts from the catalogue (domain/catalog). */
export const imageFamily: Family = {
  name: 'ecs/image',
  actions: imageActions,
};
