/**
 * What the hybrid-connectivity resources (VPN gateway, customer gateway, VPN connection, VPN route
 * entry, router interfaces and their connection, VBR, physical connection) share: the VPN
 * products' name rule, the payment aliases of the VPN gateway, and reading the Filter.N lists of
 * the Express Connect Describe actions.
 */
import type { Params } from '../client/api-client';
import type { ResourceContext, Validator } from '../framework/types';
import { api } from '../shared/api';
import { unwrapList } from '../shared/values';
import { isNotFound } from '../client/api-client';

/**
 * VPN gateway, customer gateway and connection names: 2 to 128 characters of letters, digits,
 * '.', '_' and '-', starting with a letter, a digit or '-' (the sandbox applies the same rule).
 */
export const vpnName: Validator = (v) => {
  const s = String(v);
  if (s.length >= 2 && s.length <= 128 && /^[\p{L}\p{N}-][\p{L}\p{N}._-]*$/u.test(s)) return undefined;
  return `name "${s}" (${s.length} characters) is not accepted: use 2 to 128 letters, digits, ".", "_" or "-", starting with a letter, a digit or "-"`;
};

/** VPN descriptions: 2 to 256 characters, not starting with http:// or https://. */
export const vpnDescription: Validator = (v) => {
  const s = String(v);
  if (s.length >= 2 && s.length <= 256 && !/^https?:\/\//i.test(s)) return undefined;
  return `description "${s}" (${s.length} characters) is not accepted: use 2 to 256 characters, not starting with "http://" or "https://"`;
};

/**
 * The one object an Express Connect Describe action (Filter.1.Key = `key`) returns for `id`, or
 * null when it does not exist.
 */
export async function describeByFilter(
  ctx: ResourceContext,
  action: string,
  key: string,
  id: string,
  where: { listKey: string; itemKey: string; idField: string },
  extra: Params = {},
): Promise<any | null> {
  try {
    const out = await api(ctx, 'vpc', action, { 'Filter.1.Key': key, 'Filter.1.Value.1': id, PageSize: 50, ...extra });
    return unwrapList(out?.[where.listKey], where.itemKey).find((x: any) => x?.[where.idField] === id) ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** "true"/"enable"/true → true; anything else false (the VPN APIs mix the three). */
export function flag(v: unknown): boolean {
  return v === true || v === 'true' || v === 'enable';
}
