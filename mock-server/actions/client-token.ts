/**
 * ClientToken idempotency, shared by every action: a retried request with the same token and
 * parameters gets the first result back without running again.
 */
import { createHash } from 'node:crypto';
import { IdempotentParameterMismatch } from '../errors';
import type { Transaction } from '../store/store';
import { COMMON_PARAMETERS, type RawParams } from '../wire/params';
import type { Product } from '../wire/dispatch';

interface ClientTokenRow {
  id: string;
  paramsHash: string;
  result: unknown;
  createdAt: number;
  [field: string]: unknown;
}

export const CLIENT_TOKENS_TABLE = 'clientTokens';

/**
 * How long a ClientToken is remembered. The API reference names no period; the sandbox keeps a
 * token for 24 hours (far longer than any retry loop) and then forgets it, so the table does not
 * grow without bound under a long-running workload that sends a token with every create.
 */
export const CLIENT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** Expired tokens are swept on about one write in this many (a sweep reads the whole table). */
const SWEEP_EVERY = 64;

/** A stable digest of the business parameters, so a retried request can be recognised. */
export function paramsDigest(raw: RawParams): string {
  const keys = Object.keys(raw).filter((k) => !COMMON_PARAMETERS.has(k) && k !== 'ClientToken').sort();
  const h = createHash('sha256');
  for (const k of keys) h.update(`${k}\u0000${raw[k]}\u0000`);
  return h.digest('hex');
}

/** Wraps a transaction function with ClientToken idempotency. */
export function idempotent<R>(product: Product, action: string, clientToken: string | undefined, digest: string, fn: (tx: Transaction) => R): (tx: Transaction) => R {
  if (!clientToken) return fn;
  return (tx) => {
    const tokens = tx.table<ClientTokenRow>(CLIENT_TOKENS_TABLE);
    const id = `${product}:${action}:${clientToken}`;
    const found = tokens.get(id);
    const previous = found && tx.now - found.createdAt < CLIENT_TOKEN_TTL_MS ? found : undefined;
    if (previous) {
      if (previous.paramsHash !== digest) {
        throw new IdempotentParameterMismatch(`The ClientToken "${clientToken}" was already used by a ${action} request with different parameters. Use a new ClientToken for a different request.`);
      }
      return previous.result as R;
    }
    const result = fn(tx);
    if (Math.random() < 1 / SWEEP_EVERY) {
      for (const row of tokens.all()) if (tx.now - row.createdAt >= CLIENT_TOKEN_TTL_MS) tokens.delete(row.id);
    }
    tokens.put({ id, paramsHash: digest, result: JSON.parse(JSON.stringify(result ?? null)), createdAt: tx.now });
    return result;
  };
}
