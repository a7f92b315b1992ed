/**
 * Actions are the thin adapters between the wire and the domain: each declares its parameters
 * (checked by the wire layer) and maps them onto domain service calls and the real response shape.
 * They hold no business rules; those live in mock-server/domain.
 */
import { createHash } from 'node:crypto';
import { IdempotentParameterMismatch } from '../errors';
import type { Store, Transaction } from '../store/store';
import type { Account } from '../wire/signature';
import type { ParamSchema, ParsedParams, RawParams } from '../wire/params';
import { COMMON_PARAMETERS } from '../wire/params';

export type Product = 'vpc' | 'ecs';

/** Product versions served on the one port, as the real endpoints dispatch on `Version`. */
export const PRODUCT_VERSIONS: Readonly<Record<string, Product>> = {
  '2016-04-28': 'vpc',
  '2014-05-26': 'ecs',
};

/** Settings the domain reads. */
export interface DomainConfig {
  /** How long creates and state changes stay transitional (Pending, Starting …), in ms. */
  asyncDelayMs: number;
}

/** Sandbox-only operations on the whole store (reset, snapshot export/import). */
export interface SandboxAdmin {
  readonly enabled: boolean;
  store: Store;
}

export interface ActionContext {
  account: Account;
  /** The validated RegionId (regional actions only; '' otherwise). */
  region: string;
  requestId: string;
  product: Product;
  action: string;
  config: DomainConfig;
  admin: SandboxAdmin;
  /**
   * Runs `fn` as one synchronous transaction on the caller's account and region, and resolves when
   * it is durable. When the request carries a ClientToken, a repeat with the same parameters
   * returns the first result without running `fn` again, and a repeat with other parameters fails
   * with IdempotentParameterMismatch.
   */
  transact<R>(fn: (tx: Transaction) => R): Promise<R>;
  /** Runs `fn` read-only on the caller's account and region. */
  read<R>(fn: (tx: Transaction) => R): R;
  /**
   * For actions whose request names no region (StartInstance and friends take only an instance
   * id): the regions where the caller has any data, and transactions in a region of its choice.
   */
  regionsWithData(): string[];
  transactIn<R>(region: string, fn: (tx: Transaction) => R): Promise<R>;
  readIn<R>(region: string, fn: (tx: Transaction) => R): R;
}

export interface ActionDefinition<S extends ParamSchema = ParamSchema> {
  name: string;
  products: readonly Product[];
  params: S;
  /** Regional actions require a known RegionId (default true). */
  regional?: boolean;
  handle(ctx: ActionContext, params: ParsedParams<S>): Promise<Record<string, unknown>> | Record<string, unknown>;
}

export function defineAction<S extends ParamSchema>(def: ActionDefinition<S>): ActionDefinition {
  return def as unknown as ActionDefinition;
}

export class ActionRegistry {
  private readonly actions = new Map<string, ActionDefinition>();

  register(...defs: ActionDefinition[]): this {
    for (const def of defs) {
      for (const product of def.products) {
        const key = `${product}:${def.name}`;
        if (this.actions.has(key)) throw new Error(`Action ${key} is registered twice`);
        this.actions.set(key, def);
      }
    }
    return this;
  }

  find(product: Product, name: string): ActionDefinition | undefined {
    return this.actions.get(`${product}:${name}`);
  }

  names(product: Product): string[] {
    return [...this.actions.keys()].filter((k) => k.startsWith(`${product}:`)).map((k) => k.slice(product.length + 1));
  }
}

interface ClientTokenRow {
  id: string;
  paramsHash: string;
  result: unknown;
  createdAt: number;
  [field: string]: unknown;
}

export const CLIENT_TOKENS_TABLE = 'clientTokens';

/** A stable digest of the business parameters, so a retried request can be recognised. */
export function paramsDigest(raw: RawParams): string {
  const keys = Object.keys(raw).filter((k) => !COMMON_PARAMETERS.has(k) && k !== 'ClientToken').sort();
  const h = createHash('sha256');
  for (const k of keys) h.update(`${k}\u0000${raw[k]}\u0000`);
  return h.digest('hex');
}

/** Wraps a transaction function with ClientToken idempotency (shared by every action). */
export function idempotent<R>(product: Product, action: string, clientToken: string | undefined, digest: string, fn: (tx: Transaction) => R): (tx: Transaction) => R {
  if (!clientToken) return fn;
  return (tx) => {
    const tokens = tx.table<ClientTokenRow>(CLIENT_TOKENS_TABLE);
    const id = `${product}:${action}:${clientToken}`;
    const previous = tokens.get(id);
    if (previous) {
      if (previous.paramsHash !== digest) {
        throw new IdempotentParameterMismatch(`The ClientToken "${clientToken}" was already used by a ${action} request with different parameters. Use a new ClientToken for a different request.`);
      }
      return previous.result as R;
    }
    const result = fn(tx);
    tokens.put({ id, paramsHash: digest, result: JSON.parse(JSON.stringify(result ?? null)), createdAt: tx.now });
    return result;
  };
}
