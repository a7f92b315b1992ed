import type { ActionDefinition } from './registry';

/** ECS 2014-05-26 actions. */
export const ecsProductActions: ActionDefinition[] = [];
