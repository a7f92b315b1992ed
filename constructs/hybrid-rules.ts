/**
 * The hybrid-connectivity rules checked at synth time (VpcPeering, VpnToIdc, LeasedLineToIdc):
 * pure functions over plain values, each returning messages that name the value, the rule and the
 * fix. The CIDR arithmetic is network-rules/cidr's, shared with the sandbox and the provider.
 * Unresolved tokens are the callers' to skip.
 */
import { containsCidr, overlaps } from '../network-rules/cidr';
import { ECMP_MIN_HOPS } from '../network-rules/limits';
import { parseCidr } from './cidr';
import { problem } from './validation';

/**
 * The guide's ECMP minimum: two router interfaces peered with VBRs — network-rules/limits'
 * ECMP_MIN_HOPS, the number the sandbox's CreateRouteEntry enforces too.
 */
export const ECMP_MIN_INTERFACES = ECMP_MIN_HOPS;

/** A list of blocks, each valid (`what` names the list, e.g. 'VpnToIdc "vpn" idcCidrs'). */
export function checkBlocks(what: string, blocks: readonly string[]): string[] {
  if (blocks.length === 0) return [problem(what, '[]', 'is empty: at least one block is needed', 'list the blocks, for example ["172.16.0.0/12"]')];
  const out: string[] = [];
  for (const b of blocks) {
    const c = parseCidr(b, { requireMask: true });
    if (typeof c === 'string') out.push(problem(what, b, `is not valid: ${c}`, 'write each block as a.b.c.d/n, for example 172.16.0.0/12'));
  }
  return out;
}

/**
 * A VPN connection's local (VPC) and remote (IDC) subnets must not overlap: the gateway could not
 * tell traffic for the VPC from traffic for the IDC.
 */
export function checkSubnetsApart(owner: string, local: readonly string[], remote: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of local) {
    const lc = parseCidr(l);
    if (typeof lc === 'string') continue;
    for (const r of remote) {
      const rc = parseCidr(r);
      if (typeof rc === 'string' || !overlaps(lc, rc)) continue;
      out.push(
        problem(
          `${owner} local subnet`,
          l,
          `overlaps the remote (IDC) subnet ${rc.text}: the local and remote subnets of a VPN connection must not overlap, or the gateway cannot tell VPC traffic from IDC traffic`,
          'renumber the IDC or the VPC, or narrow the blocks so that they are disjoint',
        ),
      );
    }
  }
  return out;
}

/** Two VPCs joined by router interfaces must have disjoint blocks, or neither could route to the other. */
export function checkPeerBlocksApart(owner: string, a: { name: string; cidr: string }, b: { name: string; cidr: string }): string[] {
  const ac = parseCidr(a.cidr);
  const bc = parseCidr(b.cidr);
  if (typeof ac === 'string' || typeof bc === 'string' || !overlaps(ac, bc)) return [];
  return [
    problem(
      `${owner} VPC block of ${a.name}`,
      ac.text,
      `overlaps the block ${bc.text} of ${b.name}: VPCs joined by router interfaces must not overlap, or a route to the peer would shadow the VPC's own addresses`,
      `give one of the two VPCs a block that does not overlap the other (e.g. 172.16.0.0/16 and 192.168.0.0/16)`,
    ),
  ];
}

/** A route to a peer (another VPC, or the IDC) must lie inside what the peer has. */
export function checkRouteCoveredByPeer(owner: string, destination: string, peer: { name: string; cidrs: readonly string[] }): string[] {
  const d = parseCidr(destination);
  if (typeof d === 'string') return [problem(`${owner} route destination`, destination, `is not valid: ${d}`, 'give a block such as 192.168.0.0/16')];
  const blocks = peer.cidrs.map((c) => parseCidr(c)).filter((c): c is Exclude<ReturnType<typeof parseCidr>, string> => typeof c !== 'string');
  if (blocks.length === 0 || blocks.some((b) => containsCidr(b, d))) return [];
  return [
    problem(
      `${owner} route destination`,
      d.text,
      `is not covered by ${peer.name} (${blocks.map((b) => b.text).join(', ')}): a route sent to the peer must lie inside the peer's blocks, or the peer drops the traffic`,
      `route a block inside ${blocks.map((b) => b.text).join(' or ')}, or leave the destinations out to route the peer's whole block`,
    ),
  ];
}

/** One next hop of an ECMP route: a router interface and the kind of router at its other end. */
export interface EcmpHop {
  readonly name: string;
  readonly peerRouterType: 'VBR' | 'VRouter';
}

/**
 * The guide's ECMP rule: an ECMP route needs at least two router interfaces, each peered with a
 * VBR (one leased line each).
 */
export function checkEcmpHops(owner: string, destination: string, hops: readonly EcmpHop[]): string[] {
  const vbrPeered = hops.filter((h) => h.peerRouterType === 'VBR');
  if (vbrPeered.length >= ECMP_MIN_INTERFACES && vbrPeered.length === hops.length) return [];
  const notVbr = hops.filter((h) => h.peerRouterType !== 'VBR').map((h) => h.name);
  return [
    problem(
      `${owner} ECMP route to`,
      destination,
      `has ${vbrPeered.length} router interface(s) peered with a VBR${notVbr.length ? ` (and ${notVbr.join(', ')} peered with a VPC)` : ''}: an ECMP route needs at least ${ECMP_MIN_INTERFACES} router interfaces whose peers are VBRs`,
      `add leased lines until there are ${ECMP_MIN_INTERFACES} or more (one VBR each), or set ecmp to false for a single next hop`,
    ),
  ];
}
