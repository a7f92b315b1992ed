/**
 * The tfplugin6 RPCs that run a resource's or data source's lifecycle: upgrade, read, plan, apply
 * (create, update, delete), import, and the data source read. Each decodes the request's
 * DynamicValues, runs the framework's generic planning (planner.ts) and the definition's CRUD
 * function, and encodes the answer; failures become diagnostics, never exceptions.
 * provider-service.ts routes the RPCs here and provides the RpcHost.
 */
import type {
  BlockSchema,
  DataSourceDefinition,
  Diagnostic,
  LogLevel,
  ObjectValue,
  ProviderContext,
  ResourceContext,
  ResourceDefinition,
  Value,
} from '../framework/types';
import { errorToDiagnostic, pathToProto } from '../framework/diagnostics';
import { TIMEOUTS_BLOCK } from '../framework/schema';
import { completeDataSourceState, completeReadState, completeState, planResourceChange as planChange, reconcileWithPlan } from '../framework/planner';
import { containsUnknown, unknownsToNull, valuesEqual } from '../framework/values';
import { decodeJson } from './json-codec';
import type { WireType } from './wire-type';

/** A registered resource or data source type with its effective schema and wire type. */
export interface Entry<D> {
  def: D;
  schema: BlockSchema;
  wire: WireType;
}

/** What the lifecycle RPCs need from the service that owns the registry and the configured client. */
export interface RpcHost {
  readonly resources: ReadonlyMap<string, Entry<ResourceDefinition>>;
  readonly dataSources: ReadonlyMap<string, Entry<DataSourceDefinition>>;
  decode(dv: any, wire: WireType): Value;
  encode(v: Value, wire: WireType): { msgpack: Buffer };
  diags(list: Diagnostic[], schema?: BlockSchema): any[];
  unknownType(kind: 'resource' | 'data source', typeName: string): Diagnostic;
  providerContext(): ProviderContext;
  resourceContext(entry: Entry<ResourceDefinition>, op: 'create' | 'update' | 'delete' | 'read', state: ObjectValue | null, diags: Diagnostic[]): ResourceContext;
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

/**
 * The context of one operation (create, update, delete, read or import): its timeout becomes one
 * deadline, counted from now, that every API call of the operation (retries included) and every
 * waiter shares. Without it each call got the whole timeout, so a create of three calls could take
 * three times its `timeouts { create = … }`.
 */
export function operationContext(ctx: ResourceContext): ResourceContext {
  const deadline = Date.now() + ctx.timeoutMs;
  const client = ctx.client;
  return {
    ...ctx,
    deadline,
    client: { call: (product, action, params, options) => client.call(product, action, params, { ...options, deadline, operationTimeoutMs: ctx.timeoutMs }) },
  };
}

export function isObject(v: Value): v is ObjectValue {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof v !== 'symbol';
}

export async function upgradeResourceState(s: RpcHost, req: any): Promise<any> {
  const e = s.resources.get(req.type_name);
  if (!e) return { diagnostics: s.diags([s.unknownType('resource', req.type_name)]) };
  const raw = req.raw_state ?? {};
  if (!raw.json || raw.json.length === 0) {
    if (raw.flatmap && Object.keys(raw.flatmap).length) {
      return {
        diagnostics: s.diags([
          { severity: 'error', summary: `${req.type_name}: cannot upgrade legacy flatmap state`, detail: 'This state was written by Terraform 0.11 or older; remove the resource from state and import it again.' },
        ]),
      };
    }
    return { upgraded_state: s.encode(null, e.wire), diagnostics: [] };
  }
  try {
    const decoded = decodeJson(raw.json, e.wire);
    const state = completeState(e.schema, isObject(decoded) ? decoded : {});
    return { upgraded_state: s.encode(state, e.wire), diagnostics: [] };
  } catch (err) {
    return { diagnostics: s.diags([{ ...errorToDiagnostic(err, req.type_name, 'upgrade state'), summary: `${req.type_name}: cannot read the stored state (schema version ${req.version})` }]) };
  }
}

export async function readResource(s: RpcHost, req: any): Promise<any> {
  const e = s.resources.get(req.type_name);
  if (!e) return { diagnostics: s.diags([s.unknownType('resource', req.type_name)]) };
  const current = s.decode(req.current_state, e.wire);
  if (!isObject(current)) return { new_state: s.encode(null, e.wire), private: req.private, diagnostics: [] };
  const diags: Diagnostic[] = [];
  try {
    const result = await e.def.read(operationContext(s.resourceContext(e, 'read', current, diags)), current);
    const next = result === null ? null : completeReadState(e.schema, current, result);
    return { new_state: s.encode(next, e.wire), private: req.private, diagnostics: s.diags(diags, e.schema) };
  } catch (err) {
    diags.push(errorToDiagnostic(err, req.type_name, 'read'));
    return { new_state: req.current_state, private: req.private, diagnostics: s.diags(diags, e.schema) };
  }
}

export async function planResourceChange(s: RpcHost, req: any): Promise<any> {
  const e = s.resources.get(req.type_name);
  if (!e) return { diagnostics: s.diags([s.unknownType('resource', req.type_name)]) };
  const prior = s.decode(req.prior_state, e.wire);
  const proposed = s.decode(req.proposed_new_state, e.wire);
  const config = s.decode(req.config, e.wire);
  try {
    const { planned, requiresReplace, legacyTypeSystem } = planChange(
      e.schema,
      isObject(prior) ? prior : null,
      isObject(proposed) ? proposed : null,
      isObject(config) ? config : null,
      e.def,
    );
    return {
      planned_state: s.encode(planned, e.wire),
      requires_replace: requiresReplace.map((p) => pathToProto(p, e.schema)),
      planned_private: req.prior_private,
      diagnostics: [],
      ...(legacyTypeSystem ? { legacy_type_system: true } : {}),
    };
  } catch (err) {
    return { diagnostics: s.diags([errorToDiagnostic(err, req.type_name, 'plan')], e.schema) };
  }
}

export async function applyResourceChange(s: RpcHost, req: any): Promise<any> {
  const e = s.resources.get(req.type_name);
  if (!e) return { diagnostics: s.diags([s.unknownType('resource', req.type_name)]) };
  const priorV = s.decode(req.prior_state, e.wire);
  const plannedV = s.decode(req.planned_state, e.wire);
  const prior = isObject(priorV) ? priorV : null;
  const planned = isObject(plannedV) ? plannedV : null;
  const diags: Diagnostic[] = [];

  if (!planned) {
    // Destroy.
    if (!prior) return { new_state: s.encode(null, e.wire), diagnostics: [] };
    try {
      await e.def.delete(operationContext(s.resourceContext(e, 'delete', prior, diags)), prior);
      return { new_state: s.encode(null, e.wire), diagnostics: s.diags(diags, e.schema) };
    } catch (err) {
      diags.push(errorToDiagnostic(err, req.type_name, 'delete'));
      return { new_state: s.encode(prior, e.wire), private: req.planned_private, diagnostics: s.diags(diags, e.schema) };
    }
  }

  if (!prior) {
    // Create.
    let result: ObjectValue;
    let partial: ObjectValue | null = null;
    try {
      const ctx: ResourceContext = { ...operationContext(s.resourceContext(e, 'create', planned, diags)), created: (p) => (partial = p) };
      result = await e.def.create(ctx, planned);
    } catch (err) {
      diags.push(errorToDiagnostic(err, req.type_name, 'create'));
      // The object exists although the create failed: hand it back so Terraform keeps it (as
      // tainted) rather than leaking it.
      const orphan = partial ? completeState(e.schema, { ...(unknownsToNull(planned) as ObjectValue), ...(partial as ObjectValue) }) : null;
      return { new_state: s.encode(orphan, e.wire), diagnostics: s.diags(diags, e.schema) };
    }
    return finishApply(s, e, planned, result, diags, req, null);
  }

  // Update in place.
  let result: ObjectValue;
  const onlyTimeouts = onlyTimeoutsChanged(e.schema, prior, planned);
  try {
    if (onlyTimeouts) {
      result = unknownsToNull(planned) as ObjectValue;
    } else if (!e.def.update) {
      throw new Error(`${req.type_name} cannot be updated in place; this is a provider bug (an argument that changed should be forceNew)`);
    } else {
      result = await e.def.update(operationContext(s.resourceContext(e, 'update', planned, diags)), prior, planned);
    }
  } catch (err) {
    diags.push(errorToDiagnostic(err, req.type_name, 'update'));
    // The update may have been applied in part (the name changed, then the tags call failed):
    // the state must say what the API holds now, not what it held before the update.
    const now = await stateAfterFailedUpdate(s, e, prior, diags);
    return { new_state: s.encode(now, e.wire), private: req.planned_private, diagnostics: s.diags(diags, e.schema) };
  }
  return finishApply(s, e, planned, result, diags, req, prior);
}

/**
 * Reads the object back after a failed update. When the read fails as well, the prior state is
 * kept and a warning says the state may be behind the API (the next refresh catches up); when the
 * object is gone, the state is null, as a refresh would make it.
 */
async function stateAfterFailedUpdate(s: RpcHost, e: Entry<ResourceDefinition>, prior: ObjectValue, diags: Diagnostic[]): Promise<ObjectValue | null> {
  try {
    const result = await e.def.read(operationContext(s.resourceContext(e, 'read', prior, diags)), prior);
    return result === null ? null : completeReadState(e.schema, prior, result);
  } catch (err) {
    const d = errorToDiagnostic(err, e.def.typeName, 'read');
    diags.push({ ...d, severity: 'warning', summary: `${e.def.typeName}: could not read the object back after the failed update; the state keeps the values from before it, and the next refresh shows any part that was applied`, detail: d.summary + (d.detail ? `: ${d.detail}` : '') });
    return prior;
  }
}

function onlyTimeoutsChanged(schema: BlockSchema, prior: ObjectValue, planned: ObjectValue): boolean {
  if (!schema.blocks?.[TIMEOUTS_BLOCK]) return false;
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (!valuesEqual(prior[name], planned[name], { attr: a.type })) return false;
  }
  for (const [name, nb] of Object.entries(schema.blocks ?? {})) {
    if (name === TIMEOUTS_BLOCK) continue;
    const shape = nb.nesting === 'single' || nb.nesting === 'group' ? { block: nb.block } : { blockCollection: nb.nesting, block: nb.block };
    if (!valuesEqual(prior[name], planned[name], shape)) return false;
  }
  return true;
}

function finishApply(s: RpcHost, e: Entry<ResourceDefinition>, planned: ObjectValue, result: ObjectValue, diags: Diagnostic[], req: any, prior: ObjectValue | null): any {
  if (!isObject(result as Value)) {
    diags.push({
      severity: 'error',
      summary: `${req.type_name}: ${prior ? 'update' : 'create'} returned no state`,
      detail: 'The resource implementation must return the full new state object; this is a provider bug.',
    });
    return { new_state: s.encode(prior, e.wire), diagnostics: s.diags(diags, e.schema) };
  }
  const state = reconcileWithPlan(e.schema, planned, result, (m, f) => s.log('warn', m, f), req.type_name);
  if (containsUnknown(state)) throw new Error('internal: unknown values left in applied state');
  try {
    return { new_state: s.encode(state, e.wire), private: req.planned_private, diagnostics: s.diags(diags, e.schema) };
  } catch (err) {
    diags.push({ ...errorToDiagnostic(err, req.type_name, 'apply'), summary: `${req.type_name}: the new state does not match the schema` });
    return { new_state: s.encode(prior ?? null, e.wire), diagnostics: s.diags(diags, e.schema) };
  }
}

export async function importResourceState(s: RpcHost, req: any): Promise<any> {
  const e = s.resources.get(req.type_name);
  if (!e) return { diagnostics: s.diags([s.unknownType('resource', req.type_name)]) };
  if (!e.def.importState) {
    return { diagnostics: s.diags([{ severity: 'error', summary: `${req.type_name} does not support import`, detail: `Resource ${req.type_name} cannot be imported; create it with Terraform instead.` }]) };
  }
  const diags: Diagnostic[] = [];
  try {
    const partial = await e.def.importState(operationContext(s.resourceContext(e, 'read', null, diags)), req.id);
    const state = completeState(e.schema, { ...partial, id: partial.id ?? req.id });
    return {
      imported_resources: [{ type_name: req.type_name, state: s.encode(state, e.wire), private: Buffer.alloc(0) }],
      diagnostics: s.diags(diags, e.schema),
    };
  } catch (err) {
    diags.push(errorToDiagnostic(err, req.type_name, 'import'));
    return { diagnostics: s.diags(diags, e.schema) };
  }
}

export async function readDataSource(s: RpcHost, req: any): Promise<any> {
  const e = s.dataSources.get(req.type_name);
  if (!e) return { diagnostics: s.diags([s.unknownType('data source', req.type_name)]) };
  const config = s.decode(req.config, e.wire);
  const obj = isObject(config) ? config : {};
  try {
    const result = await e.def.read(s.providerContext(), obj);
    const state = completeDataSourceState(e.schema, obj, isObject(result as Value) ? result : {});
    return { state: s.encode(state, e.wire), diagnostics: [] };
  } catch (err) {
    return { diagnostics: s.diags([errorToDiagnostic(err, req.type_name, 'read')], e.schema) };
  }
}
