/**
 * SandboxTraceRoute's walk: where a packet from an instance (or a VSwitch) to an address goes,
 * hop by hop, the way the routers decide it: longest prefix match in each route table, across
 * VPCs and regions through connected router interfaces, into VBRs and out through the leased line,
 * out through VPN gateways and their connections to the customer gateway, to the instance a route
 * points at, or to the Internet through the egress decision of the EIP/NAT families.
 *
 * It stops on a loop (a route table visited twice) and drops the packet at any hop whose resource
 * is not Active/Available, saying which and why. Nothing of this exists on the real cloud.
 */
import { ipToInt } from '../../../network-rules/cidr';
import { currentStatus } from '../../domain/lifecycle';
import type { InstanceRecord } from '../../ecs/instance/records';
import { PHYSICAL_CONNECTIONS, type PhysicalConnectionRecord } from '../physical-connection/records';
import type { RouteEntryRecord, RouteTableRecord } from '../route-table/records';
import { riStatus } from '../router-interface/domain';
import { ROUTER_INTERFACES, type RouterInterfaceRecord } from '../router-interface/records';
import { VBRS, type VbrRecord } from '../vbr/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { vpnHop } from './vpn-step';
import { haVipHop } from './havip-step';
import { decisionOf, Journey } from './hops';
import { bestRoute, type RegionView, type World } from './world';

/** A walk never needs more route tables than this; beyond it something is wrong (and reported). */
const MAX_TABLES = 512;

export interface Position {
  view: RegionView;
  table: RouteTableRecord;
}

function dropIfNot(j: Journey, status: string, wanted: string[], what: string): boolean {
  if (wanted.includes(status)) return false;
  j.end('Dropped', `${what} is ${status}, not ${wanted.join('/')}: it forwards no traffic, so the packet is dropped there.`);
  return true;
}

/** Delivery inside a VPC: the VSwitch whose system route matched, and the instance holding the address. */
function deliver(j: Journey, view: RegionView, table: RouteTableRecord, entry: RouteEntryRecord, ip: string, vpcId: string): Journey {
  const vswitch = entry.vswitchId ? view.get<VSwitchRecord>(VSWITCHES, entry.vswitchId) : undefined;
  if (!vswitch) return j.end('Dropped', `Route ${entry.destinationCidrBlock} of ${table.id} is a VSwitch route, but its VSwitch is gone.`);
  const status = currentStatus(vswitch.lifecycle, view.tx.now);
  j.add('VSwitch', vswitch.id, view.region, { ...decisionOf(entry, vswitch.id), NextHopType: 'local', Status: status });
  if (dropIfNot(j, status, ['Available'], `VSwitch ${vswitch.id}`)) return j;
  const target = view.instanceAt(vswitch.id, ip);
  if (target) {
    const s = currentStatus(target.lifecycle, view.tx.now);
    j.add('Instance', target.id, view.region, { Status: s });
    if (dropIfNot(j, s, ['Running'], `Instance ${target.id}`)) return j;
    return j.end('Delivered', `${ip} is instance ${target.id} in VSwitch ${vswitch.id} (${vswitch.cidrBlock}) of VPC ${vpcId}.`);
  }
  return j.end('Delivered', `${ip} is in VSwitch ${vswitch.id} (${vswitch.cidrBlock}) of VPC ${vpcId}; no instance holds that address yet.`);
}

/**
 * Crosses a router interface to its peer; returns where the walk continues (the peer's router's
 * table) or undefined when the journey ended.
 */
function crossInterface(j: Journey, world: World, view: RegionView, ri: RouterInterfaceRecord, entry: RouteEntryRecord, nextHopId: string): Position | undefined {
  const status = riStatus(ri, view.tx.now);
  j.add('RouterInterface', ri.id, view.region, { ...decisionOf(entry, nextHopId), Status: status });
  if (dropIfNot(j, status, ['Active'], `Router interface ${ri.id}`)) return undefined;
  const peerView = world.region(ri.oppositeRegionId);
  const peer = peerView.get<RouterInterfaceRecord>(ROUTER_INTERFACES, ri.oppositeInterfaceId);
  if (!peer) {
    j.end('Dropped', `Router interface ${ri.id}'s peer ${ri.oppositeInterfaceId} does not exist in ${ri.oppositeRegionId}.`);
    return undefined;
  }
  const peerStatus = riStatus(peer, peerView.tx.now);
  j.add('RouterInterface', peer.id, peerView.region, { Status: peerStatus });
  if (dropIfNot(j, peerStatus, ['Active'], `Router interface ${peer.id}`)) return undefined;
  if (peer.routerType === 'VBR') {
    const vbr = peerView.get<VbrRecord>(VBRS, peer.routerId);
    if (!vbr) {
      j.end('Dropped', `VBR ${peer.routerId} of router interface ${peer.id} does not exist.`);
      return undefined;
    }
    j.add('VirtualBorderRouter', vbr.id, peerView.region, { Status: vbr.status });
    if (dropIfNot(j, vbr.status, ['active'], `VBR ${vbr.id}`)) return undefined;
    const table = peerView.table(vbr.routeTableId);
    return table ? { view: peerView, table } : undefined;
  }
  const vpc = peerView.vpcOfRouter(peer.routerId);
  const table = vpc && peerView.table(vpc.routeTableId);
  if (!vpc || !table) {
    j.end('Dropped', `The VRouter ${peer.routerId} of router interface ${peer.id} has no VPC any more.`);
    return undefined;
  }
  const vpcStatus = currentStatus(vpc.lifecycle, peerView.tx.now);
  if (dropIfNot(j, vpcStatus, ['Available'], `VPC ${vpc.id}`)) return undefined;
  return { view: peerView, table };
}

/** A VBR route to its leased-line interface: out through the physical connection to the IDC. */
function leaveByLeasedLine(j: Journey, view: RegionView, vbr: VbrRecord, entry: RouteEntryRecord, ip: string): Journey {
  j.add('RouterInterface', vbr.vlanInterfaceId, view.region, { ...decisionOf(entry), Status: 'Active' });
  const pc = view.get<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS, vbr.physicalConnectionId);
  if (!pc) return j.end('Dropped', `VBR ${vbr.id}'s physical connection ${vbr.physicalConnectionId} does not exist.`);
  j.add('PhysicalConnection', pc.id, view.region, { Status: pc.status });
  if (dropIfNot(j, pc.status, ['Enabled'], `Physical connection ${pc.id}`)) return j;
  return j.end('Idc', `${ip} leaves through VBR ${vbr.id} (VLAN ${vbr.vlanId}) and the leased line ${pc.id} to the IDC.`);
}

export interface WalkStart {
  position: Position;
  /** The VPC the packet starts in, for the egress step. */
  instance?: InstanceRecord;
}

/** The Available RouterInterface entries sharing `m`'s destination (ECMP as separate routes), `m` first. */
function ecmpSiblings(view: RegionView, tableId: string, m: RouteEntryRecord): RouteEntryRecord[] {
  const others = view
    .entriesOf(tableId)
    .filter((e) => e !== m && e.id !== m.id && e.destinationCidrBlock === m.destinationCidrBlock && e.nextHopType === 'RouterInterface' && currentStatus(e.lifecycle, view.tx.now) === 'Available');
  return [m, ...others];
}

/** Follows routes from `start` until the packet is delivered, leaves, or is dropped. */
export function walk(j: Journey, world: World, start: Position, ip: string, onNoRouteOrInternet: (j: Journey, pos: Position, entry?: RouteEntryRecord) => boolean): Journey {
  const addr = ipToInt(ip);
  const seen = new Set<string>();
  let pos: Position | undefined = start;
  while (pos) {
    const { view, table } = pos;
    const key = `${view.region}/${table.id}`;
    if (seen.has(key)) {
      return j.end('Dropped', `Routing loop: the packet came back to route table ${table.id} (${view.region}); the routes send ${ip} round in a circle. Fix one of the routes along the hops.`);
    }
    if (seen.size >= MAX_TABLES) return j.end('Dropped', `The packet passed ${MAX_TABLES} route tables without arriving; the sandbox stops there.`);
    seen.add(key);
    const m = bestRoute(view.entriesOf(table.id), addr, view.tx.now);
    const hop = j.add('RouteTable', table.id, view.region, m ? decisionOf(m, m.nextHops ? m.nextHops[0].id : m.nextHopId) : { RouteTableId: table.id });
    if (onNoRouteOrInternet(j, pos, m)) return j;
    if (!m) return j.end('Dropped', `No entry of route table ${table.id} contains ${ip}: the packet is dropped (SandboxLookupRoute shows why each entry lost).`);
    if (m.nextHopType === 'local') return deliver(j, view, table, m, ip, table.vpcId);
    if (m.nextHopType === 'service') {
      return j.end('Delivered', `${ip} is in ${m.destinationCidrBlock}, the cloud-service block: the VPC delivers it to Alibaba Cloud services.`);
    }
    if (m.nextHopType === 'Instance') {
      const inst = view.get<InstanceRecord>('instances', m.nextHopId);
      if (!inst) return j.end('Dropped', `Route ${m.destinationCidrBlock} points at instance ${m.nextHopId}, which no longer exists.`);
      const s = currentStatus(inst.lifecycle, view.tx.now);
      j.add('Instance', inst.id, view.region, { ...decisionOf(m), Status: s });
      if (dropIfNot(j, s, ['Running'], `Instance ${inst.id}`)) return j;
      return j.end('Delivered', `Route ${m.destinationCidrBlock} of ${table.id} hands ${ip} to instance ${inst.id} (${inst.privateIp}) in VSwitch ${inst.vswitchId}; what it does next is up to the software on it.`);
    }
    if (m.nextHopType === 'VpnGateway') return vpnHop(j, view, m, ip);
    if (m.nextHopType === 'HaVip') return haVipHop(j, view, m, ip);
    if (m.nextHopType === 'RouterInterface') {
      if (table.routerType === 'VBR') {
        const vbr = view.get<VbrRecord>(VBRS, table.vrouterId);
        if (vbr && vbr.vlanInterfaceId === m.nextHopId) return leaveByLeasedLine(j, view, vbr, m, ip);
      }
      // ECMP (a NextHopList, or several same-destination entries): the first hop whose interface
      // is Active carries the packet (the real router spreads flows).
      const candidates = m.nextHops ? m.nextHops.map((h) => h.id) : ecmpSiblings(view, table.id, m).map((e) => e.nextHopId);
      const ris = candidates.map((id) => view.get<RouterInterfaceRecord>(ROUTER_INTERFACES, id)).filter((r): r is RouterInterfaceRecord => !!r);
      const ri = ris.find((r) => riStatus(r, view.tx.now) === 'Active') ?? ris[0];
      if (!ri) return j.end('Dropped', `Route ${m.destinationCidrBlock} points at router interface ${m.nextHopId}, which no longer exists.`);
      hop.NextHopId = ri.id;
      pos = crossInterface(j, world, view, ri, m, ri.id);
      continue;
    }
    return j.end('Dropped', `Route ${m.destinationCidrBlock} of ${table.id} sends ${ip} to ${m.nextHopType} ${m.nextHopId}, which the trace does not follow for this destination.`);
  }
  return j;
}

