/**
 * Instance actions whose request names no region find the instance in the caller's regions.
 */
import type { ActionContext } from '../../actions/registry';
import { requireRegion } from '../../domain/region-catalog';
import type { Transaction } from '../../store/store';
import { required, string } from '../../wire/params';
import { InvalidInstanceIdNotFound } from './errors';
import { INSTANCES, type InstanceRecord } from './records';

/**
 * Instance actions whose SDK request has no RegionId (StartInstance, StopInstance,
 * DeleteInstance, DescribeInstanceAttribute, ModifyInstance*): the real cloud finds the instance
 * from its ID behind a regional or global endpoint. Here they are non-regional: a RegionId, when
 * sent, is checked and used; otherwise the instance is looked up in the caller's regions.
 */
function instanceRegion(ctx: ActionContext, regionId: string | undefined, instanceId: string): string {
  if (regionId) {
    requireRegion(regionId);
    return regionId;
  }
  const hit = ctx
    .regionsWithData()
    .find((r) => ctx.readIn(r, (tx) => !!tx.table<InstanceRecord>(INSTANCES).get(instanceId)));
  if (!hit) throw new InvalidInstanceIdNotFound(`The instance "${instanceId}" does not exist. Check the ID with DescribeInstances.`);
  return hit;
}

export function onInstance<R>(ctx: ActionContext, regionId: string | undefined, instanceId: string, fn: (tx: Transaction) => R): Promise<R> {
  const region = instanceRegion(ctx, regionId, instanceId);
  return ctx.transactIn(region, fn);
}

export function readInstanceRegion<R>(ctx: ActionContext, regionId: string | undefined, instanceId: string, fn: (tx: Transaction) => R): R {
  const region = instanceRegion(ctx, regionId, instanceId);
  return ctx.readIn(region, fn);
}

/** Non-regional instance actions still take an optional RegionId (see instanceRegion). */
export const OPTIONAL_REGION = string({ maxLength: 64 });

export const INSTANCE_ID = required(string({ maxLength: 64 }));
