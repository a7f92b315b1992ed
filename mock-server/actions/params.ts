/**
 * Parameter specs and helpers every family's actions share: ids, names, ClientToken, DryRun,
 * paging, tags, parameters accepted but not modelled, and parameters for features the sandbox does
 * not simulate.
 */
import { DryRunOperation, InvalidParameter } from '../errors';
import { boolean, integer, objects, string, tags, type ParamSpec } from '../wire/params';

export const ID = string({ maxLength: 64 });
export const NAME = string({ maxLength: 1024 });
export const DESCRIPTION = string({ maxLength: 1024 });
/** VPC actions check a ClientToken's characters; ECS actions only its length (as the real APIs). */
export const VPC_CLIENT_TOKEN = string({ maxLength: 64, pattern: /^[\x20-\x7e]{1,64}$/ });
export const ECS_CLIENT_TOKEN = string({ maxLength: 64 });
export const DRY_RUN = boolean();
export const TAG = tags();
/** ResourceType of the tag actions. */
export const RESOURCE_TYPE = string({ maxLength: 64 });

/** PageNumber/PageSize as the VPC product bounds them. */
export const PAGE = {
  PageNumber: integer({ min: 1, max: 1_000_000 }),
  PageSize: integer({ min: 1, max: 50 }),
};

/**
 * DryRun: thrown inside the transaction after every check, so nothing the request did is kept;
 * the real API answers DryRunOperation when the request would have succeeded.
 */
export function dryRunPassed(message = 'Request validation has been passed with DryRun flag set. Send the request without DryRun to run it.'): never {
  throw new DryRunOperation(message);
}

/** The ECS wording of the DryRun answer. */
export function ecsDryRun(dryRun: boolean | undefined): void {
  if (dryRun) dryRunPassed('Request validation has been passed with DryRun flag set.');
}

/** Refuses a parameter for a feature the sandbox does not simulate, when it is actually used. */
export function notSimulated(name: string, value: unknown, feature: string): void {
  if (value === undefined || value === false || value === '') return;
  throw new InvalidParameter(`The parameter "${name}" asks for ${feature}, which the sandbox does not simulate yet. Leave it out (the request is otherwise valid on the real cloud).`);
}

/** Parameters the SDK may send that the sandbox accepts and deliberately ignores. */
export function ignored(...names: string[]): Record<string, ParamSpec<string>> {
  return Object.fromEntries(names.map((n) => [n, string({ maxLength: 64 * 1024 })]));
}

/** Repeated objects whose fields are all accepted and ignored. */
export function ignoredObjects(...fields: string[]) {
  return objects(Object.fromEntries(fields.map((f) => [f, string()])) as Record<string, ParamSpec<string>>);
}

/** The caller's account id as the OwnerId fields show it. */
export function ownerId(accountId: string): number {
  return Number(accountId);
}
