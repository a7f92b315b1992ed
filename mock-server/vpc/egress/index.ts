import type { Family } from '../../actions/family';
import { bind } from '../../domain/hooks';
import { LOOKUP_HOOKS } from '../route-table/lookup';
import { decideEgress } from './domain';

/**
 * Sandbox-only: the Internet egress decision SandboxLookupRoute shows for an instance (its EIP,
 * its system public IP, a route to another instance, or SNAT). No actions of its own.
 */
export const egressFamily: Family = {
  name: 'vpc/egress',
  actions: [],
  hooks: [bind(LOOKUP_HOOKS.fromInstance, (tx, instanceId, destinationIp, lookup) => decideEgress(tx, instanceId, destinationIp, lookup) as unknown as Record<string, unknown> | undefined)],
};
