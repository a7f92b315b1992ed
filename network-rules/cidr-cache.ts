/**
 * Stored CIDR texts (VSwitch blocks, route destinations) are parsed again on every rule check that
 * scans them. Parsing dominates a write's cost once a VPC holds thousands of VSwitches, so the
 * parsed form is memoised by its text; the values are immutable, so sharing them is safe.
 */
import { parseCidr, type Cidr } from './cidr';

const MAX_ENTRIES = 100_000;
const cache = new Map<string, Cidr | null>();

/** parseCidr with `bareIpAsHost` (a bare address is a /32), memoised. Undefined if malformed. */
export function cidrOf(text: string): Cidr | undefined {
  let hit = cache.get(text);
  if (hit === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    hit = parseCidr(text, true) ?? null;
    cache.set(text, hit);
  }
  return hit ?? undefined;
}
