/** Names and descriptions of the VPN families (gateways, customer gateways, connections). */
import { InvalidDescription, InvalidName } from './errors';

/**
 * VPN resource names: 2–128 characters of letters, digits, '-' and '_' (and '.', which the real
 * API allows on gateways and connections but the guide leaves out for customer gateways),
 * beginning with a letter, a digit or '-'.
 */
export function checkVpnName(value: string | undefined, what: string, allowDot = true): string | undefined {
  if (value === undefined || value === '') return value;
  const body = allowDot ? /^[\p{L}\p{N}-][\p{L}\p{N}._-]*$/u : /^[\p{L}\p{N}-][\p{L}\p{N}_-]*$/u;
  if (value.length < 2 || value.length > 128 || !body.test(value)) {
    const chars = allowDot ? "letters, digits, '.', '_' and '-'" : "letters, digits, '_' and '-'";
    throw new InvalidName(`The ${what} "${value.slice(0, 60)}" (${value.length} characters) is invalid: use 2 to 128 characters (${chars}), beginning with a letter, a digit or '-'.`);
  }
  return value;
}

/** 2–256 characters, not starting with http:// or https://. */
export function checkVpnDescription(value: string | undefined, what = 'Description'): string | undefined {
  if (value === undefined || value === '') return value;
  if (value.length < 2 || value.length > 256 || /^https?:\/\//i.test(value)) {
    throw new InvalidDescription(`The ${what} "${value.slice(0, 60)}" (${value.length} characters) is invalid: use 2 to 256 characters, not beginning with "http://" or "https://".`);
  }
  return value;
}
