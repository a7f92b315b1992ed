/**
 * What the wire layer needs from whatever serves the actions, declared here so that the wire
 * never imports the action layer: app.ts hands it an implementation (actions/dispatcher.ts).
 */
import type { ParamSchema, RawParams } from './params';
import type { Account } from './signature';

/** ResourceManager (2020-03-31) serves only ListResourceGroups / GetResourceGroup, for the provider's data source. */
export type Product = 'vpc' | 'ecs' | 'resourcemanager' | 'sts';

/** Product versions served on the one port, as the real endpoints dispatch on `Version`. */
export const PRODUCT_VERSIONS: Readonly<Record<string, Product>> = {
  '2016-04-28': 'vpc',
  '2014-05-26': 'ecs',
  '2020-03-31': 'resourcemanager',
  '2015-04-01': 'sts',
};

/** One action as the wire sees it: a name, whether it needs a RegionId, and its parameters. */
export interface WireAction {
  readonly name: string;
  /** Regional actions require a known RegionId (default true). */
  readonly regional?: boolean;
  readonly params: ParamSchema;
}

/** A request that passed the wire's checks (signature, version, action, parameters). */
export interface WireCall {
  product: Product;
  action: WireAction;
  account: Account;
  /** The validated RegionId (regional actions only; '' otherwise). */
  region: string;
  requestId: string;
  /** The parsed parameters, as the action's schema describes them. */
  params: Record<string, unknown>;
  /** The raw flat parameters (for the ClientToken digest). */
  raw: RawParams;
}

export interface WireDispatcher {
  find(product: Product, name: string): WireAction | undefined;
  /** Every action name of the product, for the InvalidAction message. */
  names(product: Product): string[];
  /**
   * Checks the RegionId of a regional action (known region) and returns it; throws the real
   * MissingParameter / InvalidRegionId.NotFound error otherwise.
   */
  resolveRegion(regionId: string | undefined): string;
  /** Runs the action; resolves to the response fields (without RequestId). */
  invoke(call: WireCall): Promise<Record<string, unknown>>;
}
