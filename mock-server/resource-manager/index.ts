/**
 * The ResourceManager product (2020-03-31), the part real configurations read: resource groups.
 * A new family is a new folder and one line here.
 */
import type { Family } from '../actions/family';
import { resourceGroupFamily } from './resource-group';

export const resourceManagerFamilies: readonly Family[] = [resourceGroupFamily];
