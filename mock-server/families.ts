/**
 * Every resource family the sandbox serves, and the registry built from them. app.ts uses it; so
 * do tests that inspect the registered actions.
 */
import { buildRegistry, type Family } from './actions';
import type { ActionRegistry } from './actions/registry';
import { ecsFamilies } from './ecs';
import { sandboxFamily } from './sandbox';
import { vpcFamilies } from './vpc';
import { resourceManagerFamilies } from './resource-manager';
import { stsFamilies } from './sts';

export const ALL_FAMILIES: readonly Family[] = [sandboxFamily, ...vpcFamilies, ...ecsFamilies, ...resourceManagerFamilies, ...stsFamilies];

export function sandboxRegistry(): ActionRegistry {
  return buildRegistry(ALL_FAMILIES);
}
