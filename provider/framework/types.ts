/**
 * The contract between the provider's framework (provider/framework, used by the gRPC adapter in
 * provider/protocol) and its resources (provider/resources, provider/data-sources).
 *
 * A resource file declares its schema and its create/read/update/delete/import functions against
 * plain JavaScript values. The framework turns msgpack DynamicValues into these values and back,
 * computes plans (unknown computed values, requires-replace, use-state-for-unknown, defaults),
 * runs validators, and turns thrown errors into diagnostics. Resources never touch gRPC or msgpack.
 */

/** Terraform's type system, written the way Terraform's JSON type encoding spells it. */
export type AttrType =
  | 'string'
  | 'number'
  | 'bool'
  | ['list', AttrType]
  | ['set', AttrType]
  | ['map', AttrType]
  | ['object', { [name: string]: AttrType }];

/** A value that Terraform does not know yet (msgpack ext 0, or a refined unknown, ext 12). */
export const UNKNOWN: unique symbol = Symbol.for('alicloud-sandbox.unknown');
export type Unknown = typeof UNKNOWN;
export function isUnknown(v: unknown): v is Unknown {
  return v === UNKNOWN;
}

/**
 * Plain values handed to resources. Objects use the schema's snake_case names.
 * In a config or a plan, any value may be UNKNOWN; in state, never.
 */
export type Value = null | string | number | boolean | Value[] | { [key: string]: Value } | Unknown;
export type ObjectValue = { [key: string]: Value };

/** A path to an attribute, as a list of steps: attribute names, list indexes or map keys. */
export type AttributePath = Array<string | number>;

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  attribute?: AttributePath;
}

/**
 * A validator runs in ValidateResourceConfig / ValidateDataResourceConfig, before any API call.
 * It is never called with null or UNKNOWN. Return an error message (naming the bad value and the
 * fix) or undefined.
 */
export type Validator = (value: Exclude<Value, null | Unknown>) => string | undefined;

export interface AttributeSchema {
  type: AttrType;
  description: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  /** A change to this attribute replaces the resource (plan modifier: RequiresReplace). */
  forceNew?: boolean;
  /**
   * For computed attributes: when the resource is updated in place, keep the prior state's value
   * instead of planning unknown (plan modifier: UseStateForUnknown).
   */
  useStateForUnknown?: boolean;
  /** For optional+computed attributes: the value planned when config leaves it null. */
  default?: Value;
  /**
   * For computed attributes: the arguments whose in-place change makes the API change this value
   * too (a new name renames a derived host name, say). On such an update the plan marks it
   * unknown, whatever useStateForUnknown says; on other updates useStateForUnknown decides.
   */
  changesWith?: readonly string[];
  /**
   * A documented normalisation rule: the API's canonical form of a value (for instance the network
   * address of a CIDR block written with host bits). When the API returns a value that differs
   * from the planned one (after apply) or the prior one (on refresh) only in spelling, i.e. both
   * have the same canonical form, the configured spelling is kept. Any other difference is
   * reported as the API returns it. Top-level attributes only.
   */
  normalize?: (value: Exclude<Value, null | Unknown>) => Value;
  /**
   * Validators skip "": the real provider accepts "" here as "not set" (modules pass "" as their
   * default). A non-computed one keeps "" in state. (Every optional+computed string plans a
   * configured "" as the API's value, as SDKv2 does, with or without this flag: see the planner's
   * `emptyMeansUnset`.)
   */
  emptyIsUnset?: boolean;
  validators?: Validator[];
  /**
   * An argument of the real provider that the sandbox accepts, stores and reads back (in state, or
   * in the sandbox where it can keep it) without modelling its effect. Says what is not modelled;
   * docs/ lists such arguments as "accepted only".
   */
  acceptedOnly?: string;
}

export interface BlockSchema {
  description?: string;
  attributes: { [name: string]: AttributeSchema };
  blocks?: { [name: string]: NestedBlockSchema };
}

export interface NestedBlockSchema {
  nesting: 'single' | 'list' | 'set' | 'map' | 'group';
  block: BlockSchema;
  minItems?: number;
  maxItems?: number;
  /** As AttributeSchema.acceptedOnly, for a whole block. */
  acceptedOnly?: string;
  /**
   * The real schema marks the block Optional+Computed (SDKv2): left out of the configuration, it
   * keeps what the prior state holds (the API's settings, e.g. after an import) instead of planning
   * its removal. Such a plan carries the legacy type system flag, as the real provider's does.
   */
  computedWhenAbsent?: boolean;
}

/** Timeouts in milliseconds. A resource that declares them gets a `timeouts` block (create/update/delete strings like "10m"). */
export interface Timeouts {
  create?: number;
  update?: number;
  delete?: number;
}

/** Thrown by resources for a problem with one attribute; becomes a diagnostic with that path. */
export class AttributeError extends Error {
  constructor(readonly attribute: AttributePath, readonly summary: string, readonly detail?: string) {
    super(`${summary}${detail ? `: ${detail}` : ''}`);
  }
}

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/** The provider's configured API client and settings, handed to every CRUD call. */
export interface ProviderContext {
  /** Signed RPC call to the endpoint. Retries throttling/conflict/status errors itself. */
  client: ApiClientLike;
  region: string;
  /** Resolves when StopProvider was called; long waits should give up. */
  stopped: AbortSignal;
  /**
   * Date.now() by which the operation under way must be done: its timeout counted from its start.
   * Set for resource operations; every API call (retries included) and waiter of the operation
   * shares it, so an operation of several calls cannot take its timeout once per call.
   */
  deadline?: number;
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

export interface ApiClientLike {
  call(product: 'vpc' | 'ecs', action: string, params: Record<string, string | number | boolean | undefined>, options?: OperationCallOptions): Promise<any>;
}

/** What an operation tells each of its API calls (the API client's CallOptions include these). */
export interface OperationCallOptions {
  /** Date.now() by which the call, retries included, must be done: the operation's deadline. */
  deadline?: number;
  /** The operation's timeout, for messages ("gave up: the operation's time limit of 30 s"). */
  operationTimeoutMs?: number;
}

export interface ResourceContext extends ProviderContext {
  /** The effective timeout (ms) for the operation under way (from the timeouts block or the resource's default). */
  timeoutMs: number;
  /** Add a warning (errors are thrown, not added). */
  warn(summary: string, detail?: string, attribute?: AttributePath): void;
  /**
   * Create calls this as soon as the API has created the object (with at least its `id`). If the
   * create then fails (a wait times out, a follow-up call is refused), the framework returns this
   * partial state with the error, so Terraform records the object as tainted and replaces it on
   * the next apply instead of losing track of it.
   */
  created?(partial: ObjectValue): void;
}

export interface ResourceDefinition {
  /** e.g. "alicloud_vpc" */
  typeName: string;
  schemaVersion?: number;
  schema: BlockSchema;
  timeouts?: Timeouts;
  /** Extra cross-attribute checks in ValidateResourceConfig (config may hold UNKNOWN values). */
  validateConfig?(config: ObjectValue): Diagnostic[];
  /**
   * Optional hook after the framework computed the plan (for plans that depend on several
   * attributes). May set values to UNKNOWN, and add attribute paths to requiresReplace. A hook
   * that keeps a prior value against the configuration (the real provider's DiffSuppressFunc)
   * returns `{ legacyTypeSystem: true }`: Terraform accepts such a plan only with that flag.
   */
  modifyPlan?(args: { config: ObjectValue; prior: ObjectValue | null; planned: ObjectValue; requiresReplace: AttributePath[] }): void | { legacyTypeSystem?: boolean };
  /** `planned` holds the full planned object (unknowns for computed values). Returns the full new state. */
  create(ctx: ResourceContext, planned: ObjectValue): Promise<ObjectValue>;
  /** Returns the refreshed full state, or null when the object is gone (removed from state). */
  read(ctx: ResourceContext, state: ObjectValue): Promise<ObjectValue | null>;
  /** Omit when every argument is forceNew. Returns the full new state. */
  update?(ctx: ResourceContext, prior: ObjectValue, planned: ObjectValue): Promise<ObjectValue>;
  delete(ctx: ResourceContext, state: ObjectValue): Promise<void>;
  /**
   * Accepts the real aliyun/alicloud provider's import ID format and returns a (possibly partial)
   * state; Terraform calls read() right after. Omit when import is unsupported.
   */
  importState?(ctx: ResourceContext, id: string): Promise<ObjectValue>;
}

export interface DataSourceDefinition {
  typeName: string;
  schema: BlockSchema;
  validateConfig?(config: ObjectValue): Diagnostic[];
  /** Returns the full state object for the data source (with `id` set). */
  read(ctx: ProviderContext, config: ObjectValue): Promise<ObjectValue>;
}
