/**
 * Helpers shared by the resources and data sources: calling the API with per-call options,
 * turning API errors into messages that name the resource, tags, value conversion, and the
 * attribute validators (which run in ValidateResourceConfig, before any API call).
 */
import { ApiCallError, hasCode, isNotFound, type CallOptions, type Params, type Product } from '../client/api-client';
import { waitFor } from '../framework/wait';
import {
  AttributeError,
  isUnknown,
  UNKNOWN,
  type AttributeSchema,
  type Diagnostic,
  type ObjectValue,
  type ProviderContext,
  type ResourceContext,
  type Validator,
  type Value,
} from '../framework/types';

// ---------------------------------------------------------------------------------------------
// API calls

/**
 * Calls the API through the context's client. The options (extra retry codes, idempotency) are
 * understood by our ApiClient; a plain ApiClientLike (tests' fakes) simply ignores them.
 * Retries are bounded by the operation's timeout and stop when Terraform calls StopProvider.
 */
export function api(
  ctx: ProviderContext & { timeoutMs?: number },
  product: Product,
  action: string,
  params: Params,
  options: CallOptions = {},
): Promise<any> {
  const full: CallOptions = { signal: ctx.stopped, ...options };
  if (full.maxElapsedMs === undefined && ctx.timeoutMs !== undefined) full.maxElapsedMs = ctx.timeoutMs;
  const call = ctx.client.call as (p: Product, a: string, q: Params, o?: CallOptions) => Promise<any>;
  return call.call(ctx.client, product, action, params, full);
}

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
// Values

/** A known string, or undefined for null/unknown/empty. */
export function str(v: Value | undefined): string | undefined {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export function num(v: Value | undefined): number | undefined {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  return typeof v === 'number' ? v : Number(v);
}

export function bool(v: Value | undefined): boolean | undefined {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  return v === true || v === 'true';
}

export function known(v: Value | undefined): boolean {
  return v !== undefined && v !== null && !isUnknown(v);
}

/** A known map of strings, or undefined. */
export function strMap(v: Value | undefined): Record<string, string> | undefined {
  if (!known(v) || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, Value>)) if (typeof x === 'string') out[k] = x;
  return out;
}

export function strList(v: Value | undefined): string[] | undefined {
  if (!known(v) || !Array.isArray(v)) return undefined;
  return (v as Value[]).filter((x): x is string => typeof x === 'string');
}

/**
 * For an Optional (not Computed) string attribute: the API reports "unset" as "" or leaves the
 * field out, while Terraform wants null when the configuration left it out.
 */
export function optional(apiValue: unknown, prior: Value | undefined): string | null {
  if (apiValue === undefined || apiValue === null || apiValue === '') return prior === '' ? '' : null;
  return String(apiValue);
}

/** A list the API wraps as {Item: [...]} (e.g. VSwitchIds.VSwitchId), tolerating a bare array. */
export function unwrapList<T = any>(container: any, key: string): T[] {
  if (!container) return [];
  if (Array.isArray(container)) return container;
  const inner = container[key];
  return Array.isArray(inner) ? inner : inner ? [inner] : [];
}

/** Fills every schema attribute missing from `values` with null, so returned state is complete. */
export function complete(schema: { [name: string]: AttributeSchema }, values: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema)) out[name] = values[name] === undefined ? null : values[name];
  if ('timeouts' in values) out.timeouts = values.timeouts;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tags

/** Tag.N.Key / Tag.N.Value request parameters. */
export function tagParams(tags: Record<string, string> | undefined, prefix = 'Tag'): Params {
  const out: Params = {};
  Object.entries(tags ?? {}).forEach(([k, v], i) => {
    out[`${prefix}.${i + 1}.Key`] = k;
    out[`${prefix}.${i + 1}.Value`] = v;
  });
  return out;
}

/** Tags.Tag[] {Key,Value} (or TagKey/TagValue) → map. */
export function tagsFromApi(tagsField: any): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of unwrapList(tagsField, 'Tag')) {
    const k = t?.Key ?? t?.TagKey;
    if (typeof k === 'string') out[k] = String(t?.Value ?? t?.TagValue ?? '');
  }
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
// Validators (messages name the bad value and the fix)

export interface ParsedCidr {
  ip: number;
  mask: number;
  network: number;
}

/** Parses an IPv4 CIDR "a.b.c.d/n"; returns undefined when malformed. */
export function parseCidr(text: string): ParsedCidr | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const mask = Number(m[5]);
  if (octets.some((o) => o > 255) || mask > 32) return undefined;
  if (m.slice(1, 5).some((o) => o.length > 1 && o.startsWith('0'))) return undefined;
  const ip = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  const maskBits = mask === 0 ? 0 : (0xffffffff << (32 - mask)) >>> 0;
  return { ip, mask, network: (ip & maskBits) >>> 0 };
}

function ipToString(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isIpv4(text: string): boolean {
  return parseCidr(`${text}/32`) !== undefined;
}

/** A well-formed IPv4 CIDR whose address is the network address. */
export const validCidr: Validator = (v) => {
  const s = String(v);
  const c = parseCidr(s);
  if (!c) return `"${s}" is not a valid IPv4 CIDR block; write it as a.b.c.d/n, e.g. 10.0.0.0/16`;
  if (c.ip !== c.network) return `"${s}" has host bits set; use the network address ${ipToString(c.network)}/${c.mask}`;
  return undefined;
};

/** CIDR or bare IPv4 address (route destinations, rule sources); host bits allowed for /32. */
export const validCidrOrIp: Validator = (v) => {
  const s = String(v);
  if (isIpv4(s)) return undefined;
  return validCidr(s);
};

export function maskBetween(min: number, max: number, what: string): Validator {
  return (v) => {
    const c = parseCidr(String(v));
    if (!c) return undefined; // validCidr reports malformed blocks
    if (c.mask < min || c.mask > max) {
      return `the mask /${c.mask} of "${String(v)}" is out of range: a ${what} CIDR block needs a mask between /${min} and /${max}`;
    }
    return undefined;
  };
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((r) => parseCidr(r)!);

/** Inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
export const privateCidr: Validator = (v) => {
  const c = parseCidr(String(v));
  if (!c) return undefined;
  const inside = PRIVATE_RANGES.some((r) => c.mask >= r.mask && ((c.network & ((0xffffffff << (32 - r.mask)) >>> 0)) >>> 0) === r.network);
  if (!inside) {
    return `"${String(v)}" is not a private range; use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`;
  }
  return undefined;
};

/** Zone ids look like cn-hangzhou-h, ap-southeast-1a, us-west-1b. */
export const zoneId: Validator = (v) => {
  const s = String(v);
  if (!/^[a-z]{2,}(-[a-z0-9]+)+$/.test(s)) {
    return `"${s}" is not a zone id; use the form <region>-<letter>, e.g. cn-hangzhou-h (see data source alicloud_zones)`;
  }
  return undefined;
};

export function lengthBetween(min: number, max: number, what: string): Validator {
  return (v) => {
    const s = String(v);
    const n = [...s].length;
    if (n < min || n > max) return `${what} "${s}" is ${n} characters long; it must be ${min} to ${max} characters`;
    return undefined;
  };
}

/** Names must not start with http:// or https:// (the API rejects them). */
export const notUrl: Validator = (v) => {
  const s = String(v);
  if (/^https?:\/\//i.test(s)) return `"${s}" starts with http:// or https://, which the API rejects; choose a name without it`;
  return undefined;
};

export function oneOf(values: readonly string[], opts: { ignoreCase?: boolean } = {}): Validator {
  return (v) => {
    const s = String(v);
    const ok = opts.ignoreCase ? values.some((x) => x.toLowerCase() === s.toLowerCase()) : values.includes(s);
    if (!ok) return `"${s}" is not an accepted value; use one of: ${values.join(', ')}`;
    return undefined;
  };
}

export function intBetween(min: number, max: number, what: string): Validator {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) return `${what} ${String(v)} is out of range; use a whole number from ${min} to ${max}`;
    return undefined;
  };
}

export function prefixed(prefix: string, what: string): Validator {
  return (v) => {
    const s = String(v);
    if (!s.startsWith(prefix) || s.length <= prefix.length) return `"${s}" is not a ${what} id; it should start with "${prefix}"`;
    return undefined;
  };
}

/** Port ranges "start/end" (1–65535, start ≤ end) or "-1/-1" (all ports / portless protocols). */
export const portRange: Validator = (v) => {
  const s = String(v);
  if (s === '-1/-1') return undefined;
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(s);
  if (!m) return `port range "${s}" is malformed; write start/end, e.g. 22/22 or 1/65535, or -1/-1 for all ports`;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a < 1 || b > 65535 || a > b) return `port range "${s}" is invalid; ports go from 1 to 65535 and start must not exceed end`;
  return undefined;
};

/** Tag maps: at most 20 tags, keys 1–128 characters not starting with aliyun/acs:, values ≤ 128. */
export const tagMap: Validator = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, Value>);
  if (entries.length > 20) return `${entries.length} tags given; a resource takes at most 20 tags`;
  for (const [k, x] of entries) {
    if (k.length < 1 || k.length > 128) return `tag key "${k}" must be 1 to 128 characters`;
    if (/^(aliyun|acs:)/i.test(k)) return `tag key "${k}" starts with "aliyun" or "acs:", which are reserved; rename the key`;
    if (typeof x === 'string' && x.length > 128) return `the value of tag "${k}" is ${x.length} characters; it may be at most 128`;
    if (typeof x === 'string' && /^(aliyun|acs:)/i.test(x)) return `the value of tag "${k}" starts with "aliyun" or "acs:", which are reserved`;
  }
  return undefined;
};

/** Runs an attribute's validators by hand (used by unit tests and cross-attribute checks). */
export function runValidators(schema: AttributeSchema, value: Value): string[] {
  if (value === null || isUnknown(value)) return [];
  return (schema.validators ?? []).map((f) => f(value as Exclude<Value, null | typeof UNKNOWN>)).filter((m): m is string => !!m);
}

export function error(attribute: string, summary: string, detail?: string): Diagnostic {
  return { severity: 'error', summary, detail, attribute: [attribute] };
}

// Common schema fragments -----------------------------------------------------------------------

export const ID_ATTR: AttributeSchema = { type: 'string', computed: true, useStateForUnknown: true, description: 'The resource ID.' };

/**
 * resource_group_id of the resources that take ResourceGroupId on create and show it on describe.
 * It forces replacement here: the real provider moves the resource in place (MoveResourceGroup /
 * JoinResourceGroup), actions the sandbox does not have.
 */
export function resourceGroupAttr(what: string): AttributeSchema {
  return {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: `The ID of the resource group of the ${what}. Changing it replaces the ${what} in this provider (the real one moves it in place).`,
    validators: [prefixed('rg-', 'resource group')],
  };
}

export const TAGS_ATTR: AttributeSchema = {
  type: ['map', 'string'],
  optional: true,
  description: 'A mapping of tags to assign to the resource.',
  validators: [tagMap],
};

/**
 * Marks every computed attribute "use state for unknown": none of ours changes as a side effect of
 * an in-place update unless modifyPlan says so (the instance's address after a move), and without
 * it every update would show optional+computed values as "(known after apply)".
 */
export function keepComputedOnUpdate(attributes: { [name: string]: AttributeSchema }): { [name: string]: AttributeSchema } {
  for (const a of Object.values(attributes)) if (a.computed) a.useStateForUnknown = true;
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
