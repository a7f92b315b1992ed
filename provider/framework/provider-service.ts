/**
 * The tfplugin6.Provider service: decodes requests, runs the generic lifecycle (planner.ts) and
 * the resources' CRUD functions, and encodes the answers. Every handler returns diagnostics
 * instead of throwing, so a bug in one resource never takes the plugin down.
 */
import { blockToWire, decodeJson, decodeMsgpack, encodeMsgpack } from '../protocol/msgpack-codec';
import type { WireType } from '../protocol/msgpack-codec';
import { log as writeLog } from '../protocol/logger';
import type { LogLevel } from '../protocol/logger';
import type {
  BlockSchema,
  DataSourceDefinition,
  Diagnostic,
  ObjectValue,
  ProviderContext,
  ResourceContext,
  ResourceDefinition,
  Value,
} from './types';
import { diagnosticToProto, errorToDiagnostic, pathToProto } from './diagnostics';
import {
  PROVIDER_ADDRESS,
  TIMEOUTS_BLOCK,
  checkSchema,
  effectiveDataSourceSchema,
  effectiveResourceSchema,
  schemaToProto,
} from './schema';
import { providerConfigSchema, resolveProviderConfig } from './provider-config';
import type { ResolvedProviderConfig } from './provider-config';
import { completeDataSourceState, completeReadState, completeState, planResourceChange, reconcileWithPlan } from './planner';
import { validateBlock } from './validate';
import { containsUnknown, unknownsToNull, valuesEqual } from './values';
import { parseDuration } from './wait';
import type { ApiClientLike } from './types';

export const DEFAULT_TIMEOUT_MS = 20 * 60_000;

interface Entry<D> {
  def: D;
  schema: BlockSchema;
  wire: WireType;
}

export interface ProviderServiceOptions {
  resources: ResourceDefinition[];
  dataSources: DataSourceDefinition[];
  /** Builds the API client in ConfigureProvider. */
  createClient: (config: ResolvedProviderConfig) => ApiClientLike;
  /** Called on StopProvider (after the stop signal fires). */
  onStop?: () => void;
}

const emptyDiags: Diagnostic[] = [];

function isObject(v: Value): v is ObjectValue {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof v !== 'symbol';
}

export class ProviderService {
  readonly resources = new Map<string, Entry<ResourceDefinition>>();
  readonly dataSources = new Map<string, Entry<DataSourceDefinition>>();
  readonly providerWire = blockToWire(providerConfigSchema);
  private readonly schemaProblems: Diagnostic[] = [];
  private readonly stopController = new AbortController();
  private configured?: ProviderContext;
  private cachedSchema?: any;

  constructor(private readonly options: ProviderServiceOptions) {
    for (const def of options.resources) {
      try {
        const schema = effectiveResourceSchema(def);
        checkSchema(def.typeName, schema);
        this.resources.set(def.typeName, { def, schema, wire: blockToWire(schema) });
      } catch (err) {
        this.schemaProblems.push({ severity: 'error', summary: `Invalid schema for resource ${def.typeName}`, detail: (err as Error).message });
      }
    }
    for (const def of options.dataSources) {
      try {
        const schema = effectiveDataSourceSchema(def);
        checkSchema(def.typeName, schema);
        this.dataSources.set(def.typeName, { def, schema, wire: blockToWire(schema) });
      } catch (err) {
        this.schemaProblems.push({ severity: 'error', summary: `Invalid schema for data source ${def.typeName}`, detail: (err as Error).message });
      }
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Contexts

  private log(level: LogLevel, message: string, fields?: Record<string, unknown>) {
    writeLog(level, message, fields);
  }

  private providerContext(): ProviderContext {
    if (this.configured) return this.configured;
    // Terraform always configures first; this fallback only serves defaults if it did not.
    const { resolved } = resolveProviderConfig(null);
    this.configured = this.makeContext(resolved);
    return this.configured;
  }

  private makeContext(resolved: ResolvedProviderConfig): ProviderContext {
    return {
      client: this.options.createClient(resolved),
      region: resolved.region,
      stopped: this.stopController.signal,
      log: (level, message, fields) => this.log(level, message, fields),
    };
  }

  private resourceContext(entry: Entry<ResourceDefinition>, op: 'create' | 'update' | 'delete' | 'read', state: ObjectValue | null, diags: Diagnostic[]): ResourceContext {
    const base = this.providerContext();
    let timeoutMs = (op !== 'read' ? entry.def.timeouts?.[op] : undefined) ?? DEFAULT_TIMEOUT_MS;
    const tb = state?.[TIMEOUTS_BLOCK];
    if (op !== 'read' && entry.schema.blocks?.[TIMEOUTS_BLOCK] && isObject(tb as Value)) {
      const text = (tb as ObjectValue)[op];
      const parsed = typeof text === 'string' ? parseDuration(text) : undefined;
      if (parsed !== undefined) timeoutMs = parsed;
    }
    return {
      ...base,
      timeoutMs,
      warn: (summary, detail, attribute) => diags.push({ severity: 'warning', summary, detail, attribute }),
    };
  }

  // ----------------------------------------------------------------------------------------------
  // Encoding helpers

  private diags(list: Diagnostic[], schema?: BlockSchema) {
    return list.map((d) => diagnosticToProto(d, schema));
  }

  private decode(dv: any, wire: WireType): Value {
    if (!dv) return null;
    if (dv.msgpack && dv.msgpack.length) return decodeMsgpack(dv.msgpack, wire);
    if (dv.json && dv.json.length) return decodeJson(dv.json, wire);
    return null;
  }

  private encode(v: Value, wire: WireType): { msgpack: Buffer } {
    return { msgpack: Buffer.from(encodeMsgpack(v, wire)) };
  }

  private unknownType(kind: string, typeName: string): Diagnostic {
    const known = [...(kind === 'resource' ? this.resources.keys() : this.dataSources.keys())].join(', ') || 'none';
    return {
      severity: 'error',
      summary: `Unknown ${kind} type "${typeName}"`,
      detail: `This provider (sandbox/alicloud) has no ${kind} "${typeName}". Supported: ${known}.`,
    };
  }

  // ----------------------------------------------------------------------------------------------
  // RPCs

  handlers(): Record<string, (req: any) => Promise<any>> {
    const h: Record<string, (req: any) => Promise<any>> = {};
    for (const name of [
      'GetMetadata',
      'GetProviderSchema',
      'ValidateProviderConfig',
      'ValidateResourceConfig',
      'ValidateDataResourceConfig',
      'UpgradeResourceState',
      'ConfigureProvider',
      'ReadResource',
      'PlanResourceChange',
      'ApplyResourceChange',
      'ImportResourceState',
      'MoveResourceState',
      'ReadDataSource',
      'ValidateEphemeralResourceConfig',
      'OpenEphemeralResource',
      'RenewEphemeralResource',
      'CloseEphemeralResource',
      'GetFunctions',
      'CallFunction',
      'StopProvider',
    ] as const) {
      const fn = (this as any)[name].bind(this) as (req: any) => Promise<any>;
      h[name] = async (req: any) => {
        try {
          return await fn(req ?? {});
        } catch (err) {
          // Last resort: a bug in the framework itself still becomes a diagnostic.
          this.log('error', `${name} crashed`, { error: (err as Error)?.stack ?? String(err) });
          const d = errorToDiagnostic(err, req?.type_name || 'provider', name);
          if (name === 'CallFunction') return { error: { text: `${d.summary}: ${d.detail ?? ''}` } };
          if (name === 'StopProvider') return { Error: String((err as Error)?.message ?? err) };
          return { diagnostics: this.diags([d]) };
        }
      };
    }
    return h;
  }

  async GetMetadata(): Promise<any> {
    return {
      server_capabilities: this.capabilities(),
      diagnostics: this.diags(this.schemaProblems),
      resources: [...this.resources.keys()].map((type_name) => ({ type_name })),
      data_sources: [...this.dataSources.keys()].map((type_name) => ({ type_name })),
      functions: [],
      ephemeral_resources: [],
    };
  }

  private capabilities() {
    return { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false };
  }

  async GetProviderSchema(): Promise<any> {
    if (!this.cachedSchema) {
      const resource_schemas: Record<string, any> = {};
      for (const [name, e] of this.resources) resource_schemas[name] = schemaToProto(e.schema, e.def.schemaVersion ?? 0);
      const data_source_schemas: Record<string, any> = {};
      for (const [name, e] of this.dataSources) data_source_schemas[name] = schemaToProto(e.schema, 0);
      this.cachedSchema = {
        provider: schemaToProto(providerConfigSchema, 0),
        resource_schemas,
        data_source_schemas,
        functions: {},
        ephemeral_resource_schemas: {},
        diagnostics: this.diags(this.schemaProblems),
        server_capabilities: this.capabilities(),
      };
    }
    return this.cachedSchema;
  }

  async ValidateProviderConfig(req: any): Promise<any> {
    const config = this.decode(req.config, this.providerWire);
    const diags = validateBlock(providerConfigSchema, isObject(config) ? config : null);
    return { diagnostics: this.diags(diags, providerConfigSchema) };
  }

  async ConfigureProvider(req: any): Promise<any> {
    const config = this.decode(req.config, this.providerWire);
    const { resolved, diagnostics } = resolveProviderConfig(isObject(config) ? config : null);
    try {
      this.configured = this.makeContext(resolved);
      this.log('debug', 'provider configured', { endpoint: resolved.endpoint, region: resolved.region, terraform_version: req.terraform_version });
    } catch (err) {
      diagnostics.push({ ...errorToDiagnostic(err, 'provider', 'configure'), summary: `Cannot configure the alicloud provider: ${(err as Error).message}` });
    }
    return { diagnostics: this.diags(diagnostics, providerConfigSchema) };
  }

  async ValidateResourceConfig(req: any): Promise<any> {
    const e = this.resources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('resource', req.type_name)]) };
    const config = this.decode(req.config, e.wire);
    const obj = isObject(config) ? config : null;
    const diags = validateBlock(e.schema, obj);
    if (obj && e.def.validateConfig) {
      try {
        diags.push(...e.def.validateConfig(obj));
      } catch (err) {
        diags.push(errorToDiagnostic(err, req.type_name, 'validate'));
      }
    }
    return { diagnostics: this.diags(diags, e.schema) };
  }

  async ValidateDataResourceConfig(req: any): Promise<any> {
    const e = this.dataSources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('data source', req.type_name)]) };
    const config = this.decode(req.config, e.wire);
    const obj = isObject(config) ? config : null;
    const diags = validateBlock(e.schema, obj);
    if (obj && e.def.validateConfig) {
      try {
        diags.push(...e.def.validateConfig(obj));
      } catch (err) {
        diags.push(errorToDiagnostic(err, req.type_name, 'validate'));
      }
    }
    return { diagnostics: this.diags(diags, e.schema) };
  }

  async UpgradeResourceState(req: any): Promise<any> {
    const e = this.resources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('resource', req.type_name)]) };
    const raw = req.raw_state ?? {};
    if (!raw.json || raw.json.length === 0) {
      if (raw.flatmap && Object.keys(raw.flatmap).length) {
        return {
          diagnostics: this.diags([
            { severity: 'error', summary: `${req.type_name}: cannot upgrade legacy flatmap state`, detail: 'This state was written by Terraform 0.11 or older; remove the resource from state and import it again.' },
          ]),
        };
      }
      return { upgraded_state: this.encode(null, e.wire), diagnostics: [] };
    }
    try {
      const decoded = decodeJson(raw.json, e.wire);
      const state = completeState(e.schema, isObject(decoded) ? decoded : {});
      return { upgraded_state: this.encode(state, e.wire), diagnostics: [] };
    } catch (err) {
      return { diagnostics: this.diags([{ ...errorToDiagnostic(err, req.type_name, 'upgrade state'), summary: `${req.type_name}: cannot read the stored state (schema version ${req.version})` }]) };
    }
  }

  async ReadResource(req: any): Promise<any> {
    const e = this.resources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('resource', req.type_name)]) };
    const current = this.decode(req.current_state, e.wire);
    if (!isObject(current)) return { new_state: this.encode(null, e.wire), private: req.private, diagnostics: [] };
    const diags: Diagnostic[] = [];
    try {
      const result = await e.def.read(this.resourceContext(e, 'read', current, diags), current);
      const next = result === null ? null : completeReadState(e.schema, current, result);
      return { new_state: this.encode(next, e.wire), private: req.private, diagnostics: this.diags(diags, e.schema) };
    } catch (err) {
      diags.push(errorToDiagnostic(err, req.type_name, 'read'));
      return { new_state: req.current_state, private: req.private, diagnostics: this.diags(diags, e.schema) };
    }
  }

  async PlanResourceChange(req: any): Promise<any> {
    const e = this.resources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('resource', req.type_name)]) };
    const prior = this.decode(req.prior_state, e.wire);
    const proposed = this.decode(req.proposed_new_state, e.wire);
    const config = this.decode(req.config, e.wire);
    try {
      const { planned, requiresReplace } = planResourceChange(
        e.schema,
        isObject(prior) ? prior : null,
        isObject(proposed) ? proposed : null,
        isObject(config) ? config : null,
        e.def,
      );
      return {
        planned_state: this.encode(planned, e.wire),
        requires_replace: requiresReplace.map((p) => pathToProto(p, e.schema)),
        planned_private: req.prior_private,
        diagnostics: [],
      };
    } catch (err) {
      return { diagnostics: this.diags([errorToDiagnostic(err, req.type_name, 'plan')], e.schema) };
    }
  }

  async ApplyResourceChange(req: any): Promise<any> {
    const e = this.resources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('resource', req.type_name)]) };
    const priorV = this.decode(req.prior_state, e.wire);
    const plannedV = this.decode(req.planned_state, e.wire);
    const prior = isObject(priorV) ? priorV : null;
    const planned = isObject(plannedV) ? plannedV : null;
    const diags: Diagnostic[] = [];

    if (!planned) {
      // Destroy.
      if (!prior) return { new_state: this.encode(null, e.wire), diagnostics: [] };
      try {
        await e.def.delete(this.resourceContext(e, 'delete', prior, diags), prior);
        return { new_state: this.encode(null, e.wire), diagnostics: this.diags(diags, e.schema) };
      } catch (err) {
        diags.push(errorToDiagnostic(err, req.type_name, 'delete'));
        return { new_state: this.encode(prior, e.wire), private: req.planned_private, diagnostics: this.diags(diags, e.schema) };
      }
    }

    if (!prior) {
      // Create.
      let result: ObjectValue;
      let partial: ObjectValue | null = null;
      try {
        const ctx: ResourceContext = { ...this.resourceContext(e, 'create', planned, diags), created: (p) => (partial = p) };
        result = await e.def.create(ctx, planned);
      } catch (err) {
        diags.push(errorToDiagnostic(err, req.type_name, 'create'));
        // The object exists although the create failed: hand it back so Terraform keeps it (as
        // tainted) rather than leaking it.
        const orphan = partial ? completeState(e.schema, { ...(unknownsToNull(planned) as ObjectValue), ...(partial as ObjectValue) }) : null;
        return { new_state: this.encode(orphan, e.wire), diagnostics: this.diags(diags, e.schema) };
      }
      return this.finishApply(e, planned, result, diags, req, null);
    }

    // Update in place.
    let result: ObjectValue;
    const onlyTimeouts = this.onlyTimeoutsChanged(e.schema, prior, planned);
    try {
      if (onlyTimeouts) {
        result = unknownsToNull(planned) as ObjectValue;
      } else if (!e.def.update) {
        throw new Error(`${req.type_name} cannot be updated in place; this is a provider bug (an argument that changed should be forceNew)`);
      } else {
        result = await e.def.update(this.resourceContext(e, 'update', planned, diags), prior, planned);
      }
    } catch (err) {
      diags.push(errorToDiagnostic(err, req.type_name, 'update'));
      return { new_state: this.encode(prior, e.wire), private: req.planned_private, diagnostics: this.diags(diags, e.schema) };
    }
    return this.finishApply(e, planned, result, diags, req, prior);
  }

  private onlyTimeoutsChanged(schema: BlockSchema, prior: ObjectValue, planned: ObjectValue): boolean {
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

  private finishApply(e: Entry<ResourceDefinition>, planned: ObjectValue, result: ObjectValue, diags: Diagnostic[], req: any, prior: ObjectValue | null): any {
    if (!isObject(result as Value)) {
      diags.push({
        severity: 'error',
        summary: `${req.type_name}: ${prior ? 'update' : 'create'} returned no state`,
        detail: 'The resource implementation must return the full new state object; this is a provider bug.',
      });
      return { new_state: this.encode(prior, e.wire), diagnostics: this.diags(diags, e.schema) };
    }
    const state = reconcileWithPlan(e.schema, planned, result, (m, f) => this.log('warn', m, f), req.type_name);
    if (containsUnknown(state)) throw new Error('internal: unknown values left in applied state');
    try {
      return { new_state: this.encode(state, e.wire), private: req.planned_private, diagnostics: this.diags(diags, e.schema) };
    } catch (err) {
      diags.push({ ...errorToDiagnostic(err, req.type_name, 'apply'), summary: `${req.type_name}: the new state does not match the schema` });
      return { new_state: this.encode(prior ?? null, e.wire), diagnostics: this.diags(diags, e.schema) };
    }
  }

  async ImportResourceState(req: any): Promise<any> {
    const e = this.resources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('resource', req.type_name)]) };
    if (!e.def.importState) {
      return { diagnostics: this.diags([{ severity: 'error', summary: `${req.type_name} does not support import`, detail: `Resource ${req.type_name} cannot be imported; create it with Terraform instead.` }]) };
    }
    const diags: Diagnostic[] = [];
    try {
      const partial = await e.def.importState(this.resourceContext(e, 'read', null, diags), req.id);
      const state = completeState(e.schema, { ...partial, id: partial.id ?? req.id });
      return {
        imported_resources: [{ type_name: req.type_name, state: this.encode(state, e.wire), private: Buffer.alloc(0) }],
        diagnostics: this.diags(diags, e.schema),
      };
    } catch (err) {
      diags.push(errorToDiagnostic(err, req.type_name, 'import'));
      return { diagnostics: this.diags(diags, e.schema) };
    }
  }

  async MoveResourceState(req: any): Promise<any> {
    return {
      diagnostics: this.diags([
        {
          severity: 'error',
          summary: 'Moving resource state is not supported',
          detail: `sandbox/alicloud cannot move ${req.source_type_name || 'a resource'} to ${req.target_type_name || 'another type'}; use terraform state rm and terraform import instead.`,
        },
      ]),
    };
  }

  async ReadDataSource(req: any): Promise<any> {
    const e = this.dataSources.get(req.type_name);
    if (!e) return { diagnostics: this.diags([this.unknownType('data source', req.type_name)]) };
    const config = this.decode(req.config, e.wire);
    const obj = isObject(config) ? config : {};
    try {
      const result = await e.def.read(this.providerContext(), obj);
      const state = completeDataSourceState(e.schema, obj, isObject(result as Value) ? result : {});
      return { state: this.encode(state, e.wire), diagnostics: [] };
    } catch (err) {
      return { diagnostics: this.diags([errorToDiagnostic(err, req.type_name, 'read')], e.schema) };
    }
  }

  async ValidateEphemeralResourceConfig(req: any): Promise<any> {
    return { diagnostics: this.diags([this.noEphemeral(req.type_name)]) };
  }

  async OpenEphemeralResource(req: any): Promise<any> {
    return { diagnostics: this.diags([this.noEphemeral(req.type_name)]) };
  }

  async RenewEphemeralResource(): Promise<any> {
    return { diagnostics: emptyDiags };
  }

  async CloseEphemeralResource(): Promise<any> {
    return { diagnostics: emptyDiags };
  }

  private noEphemeral(typeName: string): Diagnostic {
    return { severity: 'error', summary: `Unknown ephemeral resource type "${typeName}"`, detail: 'sandbox/alicloud has no ephemeral resources.' };
  }

  async GetFunctions(): Promise<any> {
    return { functions: {}, diagnostics: [] };
  }

  async CallFunction(req: any): Promise<any> {
    return { error: { text: `sandbox/alicloud has no function "${req.name}"` } };
  }

  async StopProvider(): Promise<any> {
    this.stopController.abort();
    this.options.onStop?.();
    return { Error: '' };
  }
}

export { PROVIDER_ADDRESS };
