/**
 * Names the constructs derive from construct ids, made valid by construction, so a default never
 * fails at `terraform plan` or apply. The rules are network-rules/limits' (VPC-product names 1–128
 * characters; route entry names 2–128; ECS names 2–128, a letter first, then letters, digits and
 * ". _ - :"). Names the user gives are not rewritten: validation.ts reports them at synth time.
 *
 * A name built from a token (a VPC name only known at deploy time) is left as it is: its length and
 * characters are unknown here.
 */
import { Token } from 'cdktf';
import { ROUTE_ENTRY_NAME_MIN_LENGTH } from '../network-rules/limits';

const MAX_NAME_LENGTH = 128;

/** Cuts to 128 UTF-16 units (the length the rules count) without splitting a surrogate pair. */
function cut(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  const head = name.slice(0, MAX_NAME_LENGTH);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * A VPC, VSwitch or route table name from construct ids joined with "-". Construct ids hold no
 * "/", so the result never starts with http:// or https://; only the length needs care.
 */
export function vpcProductName(...parts: string[]): string {
  const joined = parts.join('-');
  return Token.isUnresolved(joined) ? joined : cut(joined);
}

/**
 * A route entry name from a route's construct id: the id itself when it has at least 2 characters
 * (so existing names do not change), else "route-<id>".
 */
export function routeEntryName(id: string): string {
  return cut(id.length >= ROUTE_ENTRY_NAME_MIN_LENGTH ? id : `route-${id}`);
}

/**
 * An ECS name (instance, security group) from construct ids joined with "-": characters ECS does
 * not accept (spaces, "/", "@", ...) become "-", and a name that does not start with a letter gets
 * `kind` and "-" in front ("1st-web" → "instance-1st-web").
 */
export function ecsName(kind: string, ...parts: string[]): string {
  const joined = parts.join('-');
  if (Token.isUnresolved(joined)) return joined;
  let name = joined.replace(/[^\p{L}\p{N}._:-]/gu, '-');
  if (!/^\p{L}/u.test(name) || name.length < 2) name = `${kind}-${name}`;
  return cut(name);
}
