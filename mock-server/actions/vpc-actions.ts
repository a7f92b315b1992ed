import type { ActionDefinition } from './registry';

/** VPC 2016-04-28 actions. */
export const vpcProductActions: ActionDefinition[] = [];
