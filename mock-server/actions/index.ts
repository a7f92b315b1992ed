/**
 * Builds the action registry from resource families: their actions, the tag actions over their
 * taggable types, and their rows of the dependency table and creation hooks.
 */
import { registerDependants } from '../domain/dependants';
import type { Family } from './family';
import { ActionRegistry } from './registry';
import { tagActions } from './tags';

export type { Family, TaggableType } from './family';

export function buildRegistry(families: readonly Family[]): ActionRegistry {
  const registry = new ActionRegistry();
  for (const family of families) {
    registry.register(...family.actions);
    registerDependants(family.dependants, family.cascades);
    for (const hook of family.hooks ?? []) hook.install();
  }
  return registry.register(...tagActions(families.flatMap((f) => f.taggable ?? [])));
}
