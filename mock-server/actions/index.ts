import { ActionRegistry } from './registry';
import { sandboxActions } from './sandbox-actions';
import { vpcProductActions } from './vpc-actions';
import { ecsProductActions } from './ecs-actions';

/** Every action the sandbox serves, keyed by product and name. */
export function buildRegistry(): ActionRegistry {
  return new ActionRegistry().register(...sandboxActions, ...vpcProductActions, ...ecsProductActions);
}
