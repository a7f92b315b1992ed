import type { ResourceDefinition } from '../framework/types';
import { instanceResource } from './instance';
import { routeEntryResource } from './route-entry';
import { securityGroupResource } from './security-group';
import { securityGroupRuleResource } from './security-group-rule';
import { vpcResource } from './vpc';
import { vswitchResource } from './vswitch';

/** Every managed resource the provider serves. */
export const resources: ResourceDefinition[] = [
  vpcResource,
  vswitchResource,
  routeEntryResource,
  instanceResource,
  securityGroupResource,
  securityGroupRuleResource,
];
