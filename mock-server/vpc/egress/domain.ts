/**
 * Sandbox-only: which public address an instance's traffic to an Internet address leaves from,
 * and why. The order is the guide's:
 *
 * 1. the instance's own public address — a bound EIP, or the system-allocated public IP ("if an
 *    ECS instance has already configured a public IP (such as an EIP), the previously configured
 *    public IP is used to access the Internet, rather than using the SNAT proxy service");
 * 2. otherwise the route table decides where the traffic goes: a custom route to another instance
 *    (the guide's ECS01/ECS02 case, 0.0.0.0/0 → ECS01 which has an EIP) leaves from that
 *    instance's public address; a route to a NAT gateway leaves from the SNAT entry of that
 *    gateway covering the instance's VSwitch (or a SourceCIDR containing its address);
 * 3. with no route for the destination, a SNAT entry of a NAT gateway of the VPC still applies:
 *    the real cloud adds a 0.0.0.0/0 → NAT gateway route to the system table when an Internet NAT
 *    gateway is created, which the sandbox does not add but treats as present;
 * 4. otherwise the traffic cannot reach the Internet.
 *
 * It joins SandboxLookupRoute through LOOKUP_HOOKS.fromInstance (see index.ts).
 */
import { containsIp, ipToInt, isIpv4, parseCidr } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import { currentStatus } from '../../domain/lifecycle';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { isPublicAddress } from '../eip/domain';
import { eipsBoundTo } from '../eip/records';
import { NAT_GATEWAYS, natGatewayStatus, type NatGatewayRecord } from '../nat-gateway/records';
import type { RouteLookup } from '../route-table/lookup';
import { sourceBlockOf } from '../snat/domain';
import { SNAT_ENTRIES, type SnatEntryRecord } from '../snat/records';
import { VPCS, type VpcRecord } from '../vpc/records';

export type EgressVia = 'Eip' | 'PublicIp' | 'Snat' | 'RouteToInstance' | 'None';

export interface EgressDecision {
  InstanceId: string;
  PrivateIpAddress: string;
  VSwitchId: string;
  DestinationIp: string;
  /** Whether DestinationIp is an Internet address (not private, shared, or in the VPC). */
  Internet: boolean;
  Via: EgressVia;
  /** The source address the Internet sees; '' when the traffic does not reach it. */
  PublicIpAddress: string;
  /** The EIP (Via=Eip, or RouteToInstance through an instance with an EIP). */
  AllocationId: string;
  NatGatewayId: string;
  SnatTableId: string;
  SnatEntryId: string;
  /** The instance the route sends the traffic to (Via=RouteToInstance). */
  NextHopInstanceId: string;
  Reason: string;
  /** What else was considered, and why it did not decide. */
  Notes: { Note: string[] };
}

/** The instance's own public address: its EIP once InUse, or its system public IP. */
function ownPublicAddress(tx: Transaction, inst: InstanceRecord, notes: string[]): { ip: string; allocationId: string; via: 'Eip' | 'PublicIp' } | undefined {
  const eip = eipsBoundTo(tx, inst.id)[0];
  if (eip) {
    const status = currentStatus(eip.lifecycle, tx.now);
    if (status === 'InUse') return { ip: eip.ipAddress, allocationId: eip.id, via: 'Eip' };
    notes.push(`EIP ${eip.id} (${eip.ipAddress}) of ${inst.id} is still ${status}; it is used once it is InUse.`);
  }
  if (inst.publicIp) return { ip: inst.publicIp, allocationId: '', via: 'PublicIp' };
  return undefined;
}

/** The Available SNAT entry of `nats` covering the instance: its VSwitch's entry first, else the longest SourceCIDR. */
function coveringSnat(tx: Transaction, inst: InstanceRecord, nats: NatGatewayRecord[], notes: string[]): SnatEntryRecord | undefined {
  const natIds = new Set(nats.map((n) => n.id));
  const addr = ipToInt(inst.privateIp);
  const candidates = tx.table<SnatEntryRecord>(SNAT_ENTRIES).filter((e) => natIds.has(e.natGatewayId));
  const ranked = candidates
    .map((e) => {
      if (e.sourceVSwitchId) return e.sourceVSwitchId === inst.vswitchId ? { e, rank: 33 } : undefined;
      const block = parseCidr(e.sourceCidr);
      return block && containsIp(block, addr) ? { e, rank: block.prefix } : undefined;
    })
    .filter((x): x is { e: SnatEntryRecord; rank: number } => x !== undefined)
    .sort((a, b) => b.rank - a.rank);
  for (const { e } of ranked) {
    const status = currentStatus(e.lifecycle, tx.now);
    if (status === 'Available') return e;
    notes.push(`SNAT entry ${e.id} covers ${inst.id} (${sourceBlockOf(tx, e)}) but is ${status}; only Available entries translate traffic.`);
  }
  return undefined;
}

function decision(inst: InstanceRecord, destinationIp: string, fields: Partial<EgressDecision> & Pick<EgressDecision, 'Via' | 'Reason'>, notes: string[], internet = true): EgressDecision {
  return {
    InstanceId: inst.id,
    PrivateIpAddress: inst.privateIp,
    VSwitchId: inst.vswitchId,
    DestinationIp: destinationIp,
    Internet: internet,
    PublicIpAddress: '',
    AllocationId: '',
    NatGatewayId: '',
    SnatTableId: '',
    SnatEntryId: '',
    NextHopInstanceId: '',
    ...fields,
    Notes: { Note: notes },
  };
}

function viaSnat(tx: Transaction, inst: InstanceRecord, destinationIp: string, snat: SnatEntryRecord, how: string, notes: string[]): EgressDecision {
  return decision(inst, destinationIp, {
    Via: 'Snat',
    PublicIpAddress: snat.snatIps[0],
    NatGatewayId: snat.natGatewayId,
    SnatTableId: snat.snatTableId,
    SnatEntryId: snat.id,
    Reason: `${inst.id} has no public IP of its own; ${how}, and SNAT entry ${snat.id} (source ${sourceBlockOf(tx, snat)}) translates its address to ${snat.snatIps.join(', ')}.`,
  }, notes);
}

export function decideEgress(tx: Transaction, instanceId: string, destinationIp: string, lookup: RouteLookup): EgressDecision | undefined {
  const inst = tx.table<InstanceRecord>(INSTANCES).get(instanceId);
  if (!inst || !isIpv4(destinationIp)) return undefined;
  const notes: string[] = [];
  const vpc = tx.table<VpcRecord>(VPCS).get(inst.vpcId);
  const inVpc = vpc ? containsIp(cidrOf(vpc.cidrBlock)!, ipToInt(destinationIp)) : false;
  if (!isPublicAddress(destinationIp) || inVpc) {
    return decision(inst, destinationIp, { Via: 'None', Reason: `${destinationIp} is not an Internet address${inVpc ? ` (it is inside VPC ${inst.vpcId})` : ''}: the route table alone decides where the traffic goes, and no public address is involved.` }, notes, false);
  }
  const nats = tx.table<NatGatewayRecord>(NAT_GATEWAYS).filter((n) => n.vpcId === inst.vpcId && natGatewayStatus(n, tx.now) === 'Available');
  const own = ownPublicAddress(tx, inst, notes);
  if (own) {
    const snat = coveringSnat(tx, inst, nats, []);
    if (snat) notes.push(`SNAT entry ${snat.id} covers ${inst.id} too, but the guide says the previously configured public IP is used rather than SNAT.`);
    const m = lookup.matched;
    if (m && m.type === 'Custom') notes.push(`Route ${m.destinationCidrBlock} → ${m.nextHopType} ${m.nextHopId} does not apply to an instance's own Internet traffic: it leaves from its own public IP.`);
    const what = own.via === 'Eip' ? `its EIP ${own.allocationId}` : 'its system-allocated public IP';
    return decision(inst, destinationIp, { Via: own.via, PublicIpAddress: own.ip, AllocationId: own.allocationId, Reason: `${inst.id} reaches the Internet from ${what} (${own.ip}): an instance's own public IP is used first.` }, notes);
  }
  const m = lookup.matched;
  if (m && m.type === 'Custom' && m.nextHopType === 'Instance') {
    const hop = tx.table<InstanceRecord>(INSTANCES).get(m.nextHopId);
    const hopOwn = hop && hop.id !== inst.id ? ownPublicAddress(tx, hop, notes) : undefined;
    if (hop && hopOwn) {
      return decision(inst, destinationIp, {
        Via: 'RouteToInstance',
        PublicIpAddress: hopOwn.ip,
        AllocationId: hopOwn.allocationId,
        NextHopInstanceId: hop.id,
        Reason: `Route ${m.destinationCidrBlock} in ${m.routeTableId} sends the traffic to instance ${hop.id}, which reaches the Internet from its ${hopOwn.via === 'Eip' ? 'EIP' : 'system public IP'} ${hopOwn.ip} (the guide's ECS01/ECS02 case: the next-hop instance must forward the traffic, for example with NAT rules of its own).`,
      }, notes);
    }
    return decision(inst, destinationIp, { Via: 'None', NextHopInstanceId: m.nextHopId, Reason: `Route ${m.destinationCidrBlock} in ${m.routeTableId} sends the traffic to instance ${m.nextHopId}, which has no public IP of its own, so it cannot reach the Internet. Bind an EIP to ${m.nextHopId}.` }, notes);
  }
  if (m && m.type === 'Custom' && m.nextHopType === 'NatGateway') {
    const snat = coveringSnat(tx, inst, nats.filter((n) => n.id === m.nextHopId), notes);
    if (snat) return viaSnat(tx, inst, destinationIp, snat, `route ${m.destinationCidrBlock} sends the traffic to NAT gateway ${m.nextHopId}`, notes);
    return decision(inst, destinationIp, { Via: 'None', NatGatewayId: m.nextHopId, Reason: `Route ${m.destinationCidrBlock} sends the traffic to NAT gateway ${m.nextHopId}, but no Available SNAT entry of it covers VSwitch ${inst.vswitchId} or ${inst.privateIp}. Add one with CreateSnatEntry.` }, notes);
  }
  if (m && m.type === 'Custom') {
    return decision(inst, destinationIp, { Via: 'None', Reason: `Route ${m.destinationCidrBlock} in ${m.routeTableId} sends the traffic to ${m.nextHopType} ${m.nextHopId}, not to the Internet.` }, notes);
  }
  const snat = coveringSnat(tx, inst, nats, notes);
  if (snat) {
    notes.push(`No custom route of the table matches ${destinationIp}; the real cloud adds 0.0.0.0/0 → ${snat.natGatewayId} to the system table when an Internet NAT gateway is created, and the sandbox treats that route as present.`);
    return viaSnat(tx, inst, destinationIp, snat, `the traffic goes to NAT gateway ${snat.natGatewayId}`, notes);
  }
  return decision(inst, destinationIp, { Via: 'None', Reason: `${inst.id} has no EIP and no system public IP, no route sends ${destinationIp} to an instance or NAT gateway that has one, and no SNAT entry covers VSwitch ${inst.vswitchId}: it cannot reach the Internet.` }, notes);
}
