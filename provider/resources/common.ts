/**
 * Helpers the resources share (data sources have theirs in data-sources/common.ts; what both use
 * lives in provider/shared/): failures that name the resource and the step, complete state
 * objects, tag updates, common schema fragments, and the describe/delete/import steps most
 * resources take the same way.
 */
import { ApiCallError, hasCode, isNotFound, type Params, type Product } from '../client/api-client';
import { waitFor } from '../framework/wait';
import {
  AttributeError,
  type AttributeSchema,
  type Diagnostic,
  type ObjectValue,
  type ProviderContext,
  type ResourceContext,
  type Value,
} from '../framework/types';
import { api } from '../shared/api';
import { tagParams } from '../shared/tags';
import { prefixed } from '../shared/validators';
import { known, unwrapList } from '../shared/values';

// ---------------------------------------------------------------------------------------------
// Failures

/**
 * Rewrites an API error so the diagnostic names the resource and what we were doing, keeping the
 * API's code and message (the framework turns the thrown error into a diagnostic).
 */
export function describeFailure(typeName: string, id: string | null | undefined, doing: string, err: unknown): Error {
  if (err instanceof ApiCallError) {
    const e = new ApiCallError(err.action, err.code, err.apiMessage, err.httpStatus, err.requestId, err.product, err.hostId, err.recommend);
    Object.defineProperty(e, 'message', {
      value: `${typeName}${id ? ` ${id}` : ''}: ${doing} failed: ${err.action} returned ${err.code}: ${err.apiMessage}` +
        (err.requestId ? ` (RequestId ${err.requestId})` : ''),
    });
    return e;
  }
  if (err instanceof AttributeError) return err; // keeps its attribute path for the diagnostic
  if (err instanceof Error) {
    // Waiter timeouts etc. already read well; prefix the resource for context.
    const e = new Error(`${typeName}${id ? ` ${id}` : ''}: ${doing} failed: ${err.message}`);
    e.name = err.name;
    return e;
  }
  return new Error(`${typeName}${id ? ` ${id}` : ''}: ${doing} failed: ${String(err)}`);
}

/** Runs fn and rethrows any failure through describeFailure. */
export async function step<T>(typeName: string, id: string | null | undefined, doing: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw describeFailure(typeName, id, doing, err);
  }
}

// ---------------------------------------------------------------------------------------------
// State

/** Fills every schema attribute missing from `values` with null, so returned state is complete. */
export function complete(schema: { [name: string]: AttributeSchema }, values: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema)) out[name] = values[name] === undefined ? null : values[name];
  if ('timeouts' in values) out.timeouts = values.timeouts;
  return out;
}

/**
 * The state value for `tags`: null when nothing is tagged and the prior value was null (config
 * left tags out), otherwise the API's map, so out-of-band tag changes show up as drift.
 */
export function tagsState(apiTags: Record<string, string>, prior: Value | undefined): Value {
  if (Object.keys(apiTags).length === 0) return known(prior) ? {} : null;
  return apiTags;
}

/**
 * Applies the difference between two tag maps with the product's tag APIs.
 * VPC product: TagResources / UnTagResources (ResourceType VPC, VSWITCH, ...).
 * ECS product: TagResources / UntagResources (ResourceType securitygroup, instance).
 */
export async function updateTags(
  ctx: ResourceContext,
  product: Product,
  resourceType: string,
  id: string,
  before: Record<string, string> | undefined,
  after: Record<string, string> | undefined,
): Promise<void> {
  const b = before ?? {};
  const a = after ?? {};
  const removed = Object.keys(b).filter((k) => !(k in a));
  const changed = Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k] !== v));
  if (removed.length) {
    const params: Params = { ResourceType: resourceType, 'ResourceId.1': id };
    removed.forEach((k, i) => (params[`TagKey.${i + 1}`] = k));
    await api(ctx, product, product === 'vpc' ? 'UnTagResources' : 'UntagResources', params);
  }
  if (Object.keys(changed).length) {
    await api(ctx, product, 'TagResources', { ResourceType: resourceType, 'ResourceId.1': id, ...tagParams(changed) });
  }
}

// ---------------------------------------------------------------------------------------------
// Schema fragments and diagnostics

export function error(attribute: string, summary: string, detail?: string): Diagnostic {
  return { severity: 'error', summary, detail, attribute: [attribute] };
}

export const ID_ATTR: AttributeSchema = { type: 'string', computed: true, useStateForUnknown: true, description: 'The resource ID.' };

/**
 * resource_group_id of the resources that take ResourceGroupId on create and show it on describe.
 * It forces replacement here: the real provider moves the resource in place (MoveResourceGroup /
 * JoinResourceGroup), actions the sandbox does not have. "" means unset, as in the real provider:
 * community modules pass "" as their default, and the resource then joins the account's default
 * group while "" stays in state (no diff on the next plan).
 */
export function resourceGroupAttr(what: string): AttributeSchema {
  return {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    emptyIsUnset: true,
    description: `The ID of the resource group of the ${what}; "" means the account's default group. Changing it replaces the ${what} in this provider (the real one moves it in place).`,
    validators: [prefixed('rg-', 'resource group')],
  };
}

/**
 * Marks every computed attribute "use state for unknown" (an in-place update keeps its value in the
 * plan), except on an update that changes one of the arguments `changes` lists for it: the API
 * changes such a value as a side effect (a VSwitch's IPv6 block when enable_ipv6 flips), so the
 * plan shows it as "(known after apply)" rather than a stale value Terraform would then find
 * changed. Each resource lists what its own Modify* actions change; everything else is stable
 * (IDs, create times, values only a replacement changes). A name in `changes` that is not an
 * attribute is a bug caught at load time.
 */
export function keepComputedOnUpdate(
  attributes: { [name: string]: AttributeSchema },
  changes: { [computed: string]: readonly string[] } = {},
): { [name: string]: AttributeSchema } {
  for (const a of Object.values(attributes)) if (a.computed) a.useStateForUnknown = true;
  for (const [name, args] of Object.entries(changes)) {
    const a = attributes[name];
    const unknownArg = args.find((n) => !(n in attributes));
    if (!a?.computed || unknownArg) throw new Error(`keepComputedOnUpdate: "${a?.computed ? unknownArg : name}" is not ${a?.computed ? 'an attribute' : 'a computed attribute'}`);
    a.changesWith = args;
  }
  return attributes;
}

// ---------------------------------------------------------------------------------------------
// Shared lifecycle steps

/**
 * The one object a Describe* list action returns for `id`, or null when it does not exist: the
 * list is `out[listKey][itemKey]` and the object's ID is in `idField`. A not-found error (or one of
 * `goneCodes`, e.g. Forbidden.VpcNotFound) also means "does not exist".
 */
export async function describeById(
  ctx: ProviderContext & { timeoutMs?: number },
  product: Product,
  action: string,
  params: Params,
  where: { listKey: string; itemKey: string; idField: string; id: string; goneCodes?: string[] },
): Promise<any | null> {
  try {
    const out = await api(ctx, product, action, params);
    return unwrapList(out?.[where.listKey], where.itemKey).find((x: any) => x?.[where.idField] === where.id) ?? null;
  } catch (err) {
    if (isNotFound(err) || (where.goneCodes?.length && hasCode(err, ...where.goneCodes))) return null;
    throw err;
  }
}

export interface DeleteAndWaitOptions {
  /** Codes that also mean "already gone" (besides *.NotFound / HTTP 404). */
  goneCodes?: string[];
  /** The waiter's description; defaults to `<noun> <id> to be deleted`. */
  waitWhat?: string;
}

/**
 * Deletes an object with `remove()` (a not-found answer, or one of goneCodes, means it is already
 * gone) and waits until `describe()` returns null. Bounded by the operation's timeout (the
 * `timeouts` block) and StopProvider, like every waiter; failures name the resource and the step
 * ("deleting the VPC", "waiting for the VPC to be deleted").
 */
export async function deleteAndWaitGone(
  ctx: ResourceContext,
  target: { typeName: string; id: string | undefined; noun: string },
  remove: () => Promise<unknown>,
  describe: () => Promise<unknown | null>,
  o: DeleteAndWaitOptions = {},
): Promise<void> {
  const { typeName, id, noun } = target;
  await step(typeName, id, `deleting ${noun}`, async () => {
    try {
      await remove();
    } catch (err) {
      if (isNotFound(err) || (o.goneCodes?.length && hasCode(err, ...o.goneCodes))) return;
      throw err;
    }
  });
  const what = o.waitWhat ?? `${noun.replace(/^the /, '')} ${id} to be deleted`;
  await step(typeName, id, `waiting for ${noun} to be deleted`, () => waitFor(ctx, describe, (v) => v === null, { what }));
}

/**
 * importState for resources imported by their plain ID (`vpc-…`, `sg-…`): checks the prefix, so a
 * mistyped ID gets a message with the expected form instead of "Cannot import non-existent object".
 */
export function importByPrefixedId(
  typeName: string,
  attributes: { [name: string]: AttributeSchema },
  prefix: string,
  noun: string,
): (ctx: ResourceContext, id: string) => Promise<ObjectValue> {
  const re = new RegExp(`^${prefix}-[A-Za-z0-9]+$`);
  return async (_ctx, id) => {
    if (!re.test(id)) throw new Error(`"${id}" is not ${noun} ID; import ${typeName} with its ID, e.g. ${prefix}-bp1abc…`);
    return complete(attributes, { id });
  };
}
