/**
 * Sandbox-only: answers "which entry of route table T routes destination X" the way the VRouter
 * decides, by longest prefix match (the guide's routing policy), and explains why every other
 * entry lost. The real cloud has no such action; it exists so users can check a route table's
 * effect without sending traffic.
 */
import { InvalidParameter } from '../../errors';
import { containsIp, ipToInt, isIpv4 } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import { HookPoint } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import { entriesOf, getRouteTable, routeEntryStatus } from './domain';
import type { RouteEntryRecord } from './records';

export interface RejectedCandidate {
  entry: RouteEntryRecord;
  reason: string;
}

export interface RouteLookup {
  /** The winning entry, or undefined when no entry contains the address (traffic is dropped). */
  matched?: RouteEntryRecord;
  /**
   * When the winner is one of several same-destination entries (ECMP as separate routes, each a
   * router interface peered with a VBR): all of them, the winner first. They share the traffic.
   */
  ecmp?: RouteEntryRecord[];
  rejected: RejectedCandidate[];
}

/**
 * Longest prefix match over `entries` for `ip`. Only Available entries route traffic; an entry
 * still Pending is reported as rejected for that reason. The longest matching prefix is tied only
 * between ECMP members (same destination), which win together.
 */
export function longestPrefixMatch(entries: readonly RouteEntryRecord[], ip: string, now: number): RouteLookup {
  const addr = ipToInt(ip);
  const rejected: RejectedCandidate[] = [];
  const containing: Array<{ entry: RouteEntryRecord; prefix: number }> = [];
  for (const entry of entries) {
    const block = cidrOf(entry.destinationCidrBlock)!;
    if (!containsIp(block, addr)) {
      rejected.push({ entry, reason: `${entry.destinationCidrBlock} does not contain ${ip}.` });
      continue;
    }
    const status = routeEntryStatus(entry, now);
    if (status !== 'Available') {
      rejected.push({ entry, reason: `${entry.destinationCidrBlock} contains ${ip} but the entry is ${status}; only Available entries route traffic.` });
      continue;
    }
    containing.push({ entry, prefix: block.prefix });
  }
  containing.sort((a, b) => b.prefix - a.prefix);
  const [best, ...rest] = containing;
  const siblings = rest.filter((c) => c.entry.destinationCidrBlock === best.entry.destinationCidrBlock);
  const losers = rest.filter((c) => c.entry.destinationCidrBlock !== best.entry.destinationCidrBlock);
  for (const l of losers) {
    rejected.push({
      entry: l.entry,
      reason: `${l.entry.destinationCidrBlock} contains ${ip} but its prefix /${l.prefix} is shorter than /${best.prefix} of ${best.entry.destinationCidrBlock}; the longest prefix wins.`,
    });
  }
  return { matched: best?.entry, ...(siblings.length ? { ecmp: [best.entry, ...siblings.map((c) => c.entry)] } : {}), rejected };
}

export function lookupRoute(tx: Transaction, routeTableId: string, destinationIp: string): RouteLookup {
  const table = getRouteTable(tx, routeTableId);
  if (!isIpv4(destinationIp)) {
    throw new InvalidParameter(`The DestinationIp "${destinationIp}" is not an IPv4 address: give a single address such as 10.0.0.1 (no mask).`);
  }
  return longestPrefixMatch(entriesOf(tx, table.id), destinationIp, tx.now);
}

/**
 * What other families add to a lookup made from an instance (SandboxLookupRoute InstanceId=…):
 * the Internet egress decision (its EIP, its system public IP, a SNAT entry …), contributed by the
 * egress family so this one never imports EIPs or NAT gateways. The first defined answer is shown
 * as the response's `Egress` object.
 */
export const LOOKUP_HOOKS = {
  fromInstance: new HookPoint<[string, string, RouteLookup], Record<string, unknown> | undefined>('route.lookupFromInstance'),
  /**
   * Where a matched entry's next hop actually delivers, for next hops that stand for something
   * else (a HaVip: its master instance); the HaVip family answers, undefined otherwise.
   */
  resolveNextHop: new HookPoint<[RouteEntryRecord], Record<string, unknown> | undefined>('route.resolveNextHop'),
};
