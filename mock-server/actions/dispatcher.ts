/**
 * The action layer's side of the wire: finds actions in the registry, checks RegionId, builds the
 * ActionContext (store access with ClientToken idempotency, the domain config, the admin surface)
 * and runs the handler. app.ts passes it to the wire as its WireDispatcher.
 */
import { InvalidRegionIdNotFound, MissingParameter } from '../errors';
import type { DomainConfig } from '../domain/config';
import { findRegion } from '../domain/regions';
import type { Store } from '../store/store';
import type { WireCall, WireDispatcher } from '../wire/dispatch';
import { idempotent, paramsDigest } from './client-token';
import type { ActionContext, ActionDefinition, ActionRegistry, SandboxAdmin } from './registry';

export interface DispatcherOptions {
  registry: ActionRegistry;
  store: Store;
  config: DomainConfig;
  admin: SandboxAdmin;
}

export function createDispatcher(options: DispatcherOptions): WireDispatcher {
  const { registry, store, config, admin } = options;
  return {
    find: (product, name) => registry.find(product, name),
    names: (product) => registry.names(product),
    resolveRegion(regionId) {
      if (!regionId) throw new MissingParameter('The input parameter "RegionId" that is mandatory for processing this request is not supplied.');
      if (!findRegion(regionId)) {
        throw new InvalidRegionIdNotFound(`The specified RegionId "${regionId}" does not exist. Call DescribeRegions for the regions the sandbox serves, such as cn-hangzhou.`);
      }
      return regionId;
    },
    async invoke(call: WireCall) {
      const { product, account, region, raw } = call;
      const action = call.action as ActionDefinition;
      // Only a request with a ClientToken needs the digest that recognises its retries.
      const digest = raw.ClientToken ? paramsDigest(raw) : '';
      const ctx: ActionContext = {
        account,
        region,
        requestId: call.requestId,
        product,
        action: action.name,
        config,
        admin,
        transact: (fn) => store.transact(account.accountId, region, idempotent(product, action.name, raw.ClientToken, digest, fn)),
        read: (fn) => store.read(account.accountId, region, fn),
        regionsWithData: () => store.regionsOf(account.accountId).filter((r) => findRegion(r) !== undefined),
        transactIn: (r, fn) => store.transact(account.accountId, r, idempotent(product, action.name, raw.ClientToken, digest, fn)),
        readIn: (r, fn) => store.read(account.accountId, r, fn),
      };
      return action.handle(ctx, call.params as never);
    },
  };
}
