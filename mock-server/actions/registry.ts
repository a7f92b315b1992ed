/**
 * Actions are the thin adapters between the wire and the domain: each declares its parameters
 * (checked by the wire layer) and maps them onto domain calls and the real response shape. They
 * hold no business rules; those live in each family's domain.ts.
 */
import type { DomainConfig } from '../domain/config';
import type { FaultSet } from '../sandbox/faults';
import type { Store, Transaction } from '../store/store';
import type { Product, WireAction } from '../wire/dispatch';
import type { ParamSchema, ParsedParams } from '../wire/params';
import type { Account } from '../wire/signature';

export type { Product } from '../wire/dispatch';

/** Sandbox-only operations on the whole store (reset, snapshot export/import) and the fault rules. */
export interface SandboxAdmin {
  readonly enabled: boolean;
  store: Store;
  /** The fault rules the pipeline's fault step applies (sandbox/faults.ts); app.ts always sets it. */
  faults?: FaultSet;
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

export interface ActionDefinition<S extends ParamSchema = ParamSchema> extends WireAction {
  name: string;
  products: readonly Product[];
  params: S;
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
