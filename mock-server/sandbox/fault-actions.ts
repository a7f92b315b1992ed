/**
 * The fault-injection admin actions (sandbox-only, refused unless the sandbox runs with --admin):
 * SandboxSetFaults replaces the rules, SandboxGetFaults lists them with their hit counts, and
 * SandboxClearFaults removes them. The rules and the hook that applies them are in faults.ts.
 */
import { InvalidParameter } from '../errors';
import { defineAction, type ActionContext } from '../actions/registry';
import { required, string } from '../wire/params';
import { requireAdmin } from './actions';
import { parseRules, type FaultSet } from './faults';

function faultsOf(ctx: ActionContext): FaultSet {
  requireAdmin(ctx);
  // app.ts always composes a FaultSet; a dispatcher built without one has no fault hook to edit.
  if (!ctx.admin.faults) throw new Error('the sandbox was composed without a fault set');
  return ctx.admin.faults;
}

const sandboxSetFaults = defineAction({
  name: 'SandboxSetFaults',
  products: ['vpc', 'ecs'],
  regional: false,
  params: { Faults: required(string({ maxLength: 64 * 1024 })) },
  handle(ctx, p) {
    const faults = faultsOf(ctx);
    let input: unknown;
    try {
      input = JSON.parse(p.Faults);
    } catch (err) {
      throw new InvalidParameter(`The parameter "Faults" is not valid JSON (${(err as Error).message}); pass a list such as [{"Action":"Create*","Probability":0.3,"Code":"Throttling.User"}].`);
    }
    // Every rule is checked before any replaces the current set: a refused list changes nothing.
    const rules = parseRules(input);
    faults.replace(rules);
    return { Faults: faults.list() };
  },
});

const sandboxGetFaults = defineAction({
  name: 'SandboxGetFaults',
  products: ['vpc', 'ecs'],
  regional: false,
  params: {},
  handle(ctx) {
    return { Faults: faultsOf(ctx).list() };
  },
});

const sandboxClearFaults = defineAction({
  name: 'SandboxClearFaults',
  products: ['vpc', 'ecs'],
  regional: false,
  params: {},
  handle(ctx) {
    return { Cleared: faultsOf(ctx).clear() };
  },
});

export const faultActions = [sandboxSetFaults, sandboxGetFaults, sandboxClearFaults];
