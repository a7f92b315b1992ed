/**
 * Sandbox-only admin actions (not part of the real API): reset all state, and export or import a
 * snapshot of it, so test suites can isolate themselves. They are signed RPC actions like any
 * other, answer on both product versions, and are refused unless the sandbox runs with --admin.
 */
import { InvalidParameter } from '../errors';
import { ForbiddenSandboxAdmin } from './errors';
import { defineAction, type ActionContext } from '../actions/registry';
import { findRegion } from '../domain/regions';
import type { PersistedState } from '../store/state-backend';
import { describeStateProblem } from '../store/store';
import { required, string } from '../wire/params';

export function requireAdmin(ctx: ActionContext): void {
  if (!ctx.admin.enabled) {
    throw new ForbiddenSandboxAdmin(`${ctx.action} is a sandbox admin action and the admin surface is off. Start the sandbox with --admin (or ALICLOUD_SANDBOX_ADMIN=1) to enable it.`);
  }
}

const sandboxResetState = defineAction({
  name: 'SandboxResetState',
  products: ['vpc', 'ecs'],
  regional: false,
  params: { Scope: string({ enum: ['All', 'Account'] }) },
  async handle(ctx, p) {
    requireAdmin(ctx);
    if (p.Scope === 'Account') await ctx.admin.store.resetAccount(ctx.account.accountId);
    else await ctx.admin.store.replaceAll({ formatVersion: 1, seq: 0, accounts: {} });
    return { Scope: p.Scope ?? 'All' };
  },
});

const sandboxExportState = defineAction({
  name: 'SandboxExportState',
  products: ['vpc', 'ecs'],
  regional: false,
  params: {},
  handle(ctx) {
    requireAdmin(ctx);
    return { Snapshot: JSON.stringify(ctx.admin.store.exportState()) };
  },
});

const sandboxImportState = defineAction({
  name: 'SandboxImportState',
  products: ['vpc', 'ecs'],
  regional: false,
  params: { Snapshot: required(string({ maxLength: 64 * 1024 * 1024 })) },
  async handle(ctx, p) {
    requireAdmin(ctx);
    let state: unknown;
    try {
      state = JSON.parse(p.Snapshot);
    } catch (err) {
      throw new InvalidParameter(`The parameter "Snapshot" is not valid JSON (${(err as Error).message}); pass the Snapshot string that SandboxExportState returned.`);
    }
    // Check everything before touching the store, so that a rejected import changes nothing.
    const problem = describeStateProblem(state, (region) => region === '' || findRegion(region) !== undefined);
    if (problem) {
      throw new InvalidParameter(`The parameter "Snapshot" is not a sandbox snapshot: ${problem}. Pass the Snapshot string that SandboxExportState returned (formatVersion 1 with an "accounts" object).`);
    }
    await ctx.admin.store.replaceAll(state as PersistedState);
    return {};
  },
});

export const sandboxActions = [sandboxResetState, sandboxExportState, sandboxImportState];
