import type { Family } from '../../actions/family';
import { traceActions } from './actions';

/** Sandbox-only: SandboxTraceRoute, the hop-by-hop path of a packet across every family's routing. */
export const traceFamily: Family = {
  name: 'vpc/trace',
  actions: traceActions,
};
