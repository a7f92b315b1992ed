/**
 * The tfplugin6.Provider service: the gRPC adapter between Terraform's protocol and the framework.
 * It registers the resource and data source definitions, answers the schema, validation and
 * configuration RPCs here, and routes the lifecycle RPCs to resource-rpcs.ts. Every handler returns
 * diagnostics instead of throwing, so a bug in one resource never takes the plugin down.
 */
import { log as writeLog } from './logger';
import type {
  ApiClientLike,
  BlockSchema,
  DataSourceDefinition,
  Diagnostic,
  LogLevel,
  ProviderContext,
  ResourceContext,
  ResourceDefinition,
  ObjectValue,
  Value,
} from '../framework/types';
import { diagnosticToProto, errorToDiagnostic } from '../framework/diagnostics';
import { TIMEOUTS_BLOCK, checkSchema, effectiveDataSourceSchema, effectiveResourceSchema, schemaToProto } from '../framework/schema';
import { providerConfigSchema, resolveProviderConfig } from '../framework/provider-config';
import type { ResolvedProviderConfig } from '../framework/provider-config';
import { validateBlock } from '../framework/validate';
import { parseDuration } from '../framework/wait';
import { decodeJson } from './json-codec';
import { decodeMsgpack, encodeMsgpack } from './msgpack-codec';
import * as rpc from './resource-rpcs';
import { isObject, type Entry, type RpcHost } from './resource-rpcs';
import { blockToWire, type WireType } from './wire-type';

export const DEFAULT_TIMEOUT_MS = 20 * 60_000;

export interface ProviderServiceOptions {
  resources: ResourceDefinition[];
  dataSources: DataSourceDefinition[];
  /** Builds the API client in ConfigureProvider. */
  createClient: (config: ResolvedProviderConfig) => ApiClientLike;
  /** Called on StopProvider (after the stop signal fires). */
  onStop?: () => void;
  /** Where the provider block's fallbacks (ALICLOUD_SANDBOX_ENDPOINT, ...) are read; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Log sink; by default hclog JSON lines on stderr, which go-plugin re-logs under TF_LOG. */
  log?: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;
}

const emptyDiags: Diagnostic[] = [];

/** What every connection shares: the registered types, their schemas and wire types, the encoded schema. */
interface Registry {
  resources: Map<string, Entry<ResourceDefinition>>;
  dataSources: Map<string, Entry<DataSourceDefinition>>;
  problems: Diagnostic[];
  encodedSchema?: any;
}

function buildRegistry(options: ProviderServiceOptions): Registry {
  const r: Registry = { resources: new Map(), dataSources: new Map(), problems: [] };
  for (const def of options.resources) {
    try {
      const schema = effectiveResourceSchema(def);
      checkSchema(def.typeName, schema);
      r.resources.set(def.typeName, { def, schema, wire: blockToWire(schema) });
    } catch (err) {
      r.problems.push({ severity: 'error', summary: `Invalid schema for resource ${def.typeName}`, detail: (err as Error).message });
    }
  }
  for (const def of options.dataSources) {
    try {
      const schema = effectiveDataSourceSchema(def);
      checkSchema(def.typeName, schema);
      r.dataSources.set(def.typeName, { def, schema, wire: blockToWire(schema) });
    } catch (err) {
      r.problems.push({ severity: 'error', summary: `Invalid schema for data source ${def.typeName}`, detail: (err as Error).message });
    }
  }
  return r;
}

/**
 * One provider instance as Terraform sees it: the configured client and the stop signal are its
 * own. A plugin process serves one instance; an in-process server (serve-in-process.ts) forks one
 * per Terraform connection, so concurrent commands with different provider blocks stay apart.
 */
export class ProviderService implements RpcHost {
  readonly resources: ReadonlyMap<string, Entry<ResourceDefinition>>;
  readonly dataSources: ReadonlyMap<string, Entry<DataSourceDefinition>>;
  readonly providerWire = blockToWire(providerConfigSchema);
  private readonly registry: Registry;
  private readonly schemaProblems: Diagnostic[];
  private readonly stopController = new AbortController();
  private configured?: ProviderContext;

  constructor(private readonly options: ProviderServiceOptions, registry?: Registry) {
    this.registry = registry ?? buildRegistry(options);
    this.resources = this.registry.resources;
    this.dataSources = this.registry.dataSources;
    this.schemaProblems = this.registry.problems;
  }

  /** A fresh, unconfigured instance sharing this one's registered types (cheap: no schema work). */
  fork(): ProviderService {
    return new ProviderService(this.options, this.registry);
  }

  // ----------------------------------------------------------------------------------------------
  // Contexts

  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    (this.options.log ?? writeLog)(level, message, fields);
  }

  providerContext(): ProviderContext {
    if (this.configured) return this.configured;
    // Terraform always configures first; this fallback only serves defaults if it did not.
    const { resolved } = resolveProviderConfig(null, this.options.env);
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

  resourceContext(entry: Entry<ResourceDefinition>, op: 'create' | 'update' | 'delete' | 'read', state: ObjectValue | null, diags: Diagnostic[]): ResourceContext {
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

  diags(list: Diagnostic[], schema?: BlockSchema) {
    return list.map((d) => diagnosticToProto(d, schema));
  }

  decode(dv: any, wire: WireType): Value {
    if (!dv) return null;
    if (dv.msgpack && dv.msgpack.length) return decodeMsgpack(dv.msgpack, wire);
    if (dv.json && dv.json.length) return decodeJson(dv.json, wire);
    return null;
  }

  encode(v: Value, wire: WireType): { msgpack: Buffer } {
    return { msgpack: Buffer.from(encodeMsgpack(v, wire)) };
  }

  unknownType(kind: 'resource' | 'data source', typeName: string): Diagnostic {
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
    if (!this.registry.encodedSchema) {
      const resource_schemas: Record<string, any> = {};
      for (const [name, e] of this.resources) resource_schemas[name] = schemaToProto(e.schema, e.def.schemaVersion ?? 0);
      const data_source_schemas: Record<string, any> = {};
      for (const [name, e] of this.dataSources) data_source_schemas[name] = schemaToProto(e.schema, 0);
      this.registry.encodedSchema = {
        provider: schemaToProto(providerConfigSchema, 0),
        resource_schemas,
        data_source_schemas,
        functions: {},
        ephemeral_resource_schemas: {},
        diagnostics: this.diags(this.schemaProblems),
        server_capabilities: this.capabilities(),
      };
    }
    return this.registry.encodedSchema;
  }

  async ValidateProviderConfig(req: any): Promise<any> {
    const config = this.decode(req.config, this.providerWire);
    const diags = validateBlock(providerConfigSchema, isObject(config) ? config : null);
    return { diagnostics: this.diags(diags, providerConfigSchema) };
  }

  async ConfigureProvider(req: any): Promise<any> {
    const config = this.decode(req.config, this.providerWire);
    const { resolved, diagnostics } = resolveProviderConfig(isObject(config) ? config : null, this.options.env);
    try {
      this.configured = this.makeContext(resolved);
      this.log('debug', 'provider configured', { endpoint: resolved.endpoint, region: resolved.region, terraform_version: req.terraform_version });
    } catch (err) {
      diagnostics.push({ ...errorToDiagnostic(err, 'provider', 'configure'), summary: `Cannot configure the alicloud provider: ${(err as Error).message}` });
    }
    return { diagnostics: this.diags(diagnostics, providerConfigSchema) };
  }

  async ValidateResourceConfig(req: any): Promise<any> {
    return this.validateConfig(this.resources.get(req.type_name), 'resource', req);
  }

  async ValidateDataResourceConfig(req: any): Promise<any> {
    return this.validateConfig(this.dataSources.get(req.type_name), 'data source', req);
  }

  /** Schema checks, then the type's own validateConfig, for a resource or a data source alike. */
  private validateConfig(e: Entry<ResourceDefinition> | Entry<DataSourceDefinition> | undefined, kind: 'resource' | 'data source', req: any): any {
    if (!e) return { diagnostics: this.diags([this.unknownType(kind, req.type_name)]) };
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

  // Lifecycle RPCs (resource-rpcs.ts)

  UpgradeResourceState(req: any): Promise<any> {
    return rpc.upgradeResourceState(this, req);
  }

  ReadResource(req: any): Promise<any> {
    return rpc.readResource(this, req);
  }

  PlanResourceChange(req: any): Promise<any> {
    return rpc.planResourceChange(this, req);
  }

  ApplyResourceChange(req: any): Promise<any> {
    return rpc.applyResourceChange(this, req);
  }

  ImportResourceState(req: any): Promise<any> {
    return rpc.importResourceState(this, req);
  }

  ReadDataSource(req: any): Promise<any> {
    return rpc.readDataSource(this, req);
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

