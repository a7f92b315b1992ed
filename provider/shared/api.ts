/**
 * Calling the sandbox API from resources and data sources, with the operation's bounds.
 */
import type { CallOptions, Params, Product } from '../client/api-client';
import type { ProviderContext } from '../framework/types';

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
