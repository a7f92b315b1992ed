/**
 * SandboxTraceRoute: the start of the journey (an instance or a VSwitch), the Internet step, and
 * the walk (walk.ts). For an Internet address the EIP/NAT families' egress decision
 * (../egress/domain.ts) decides first, as on the real cloud: an instance's own EIP or system
 * public IP, else the route table's route to another instance or to a NAT gateway with SNAT, else
 * a SNAT entry covering its VSwitch. Everything else follows the route tables.
 */
import { containsIp, ipToInt, isIpv4 } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import { InvalidParameter, MissingParameter } from '../../errors';
import { currentStatus } from '../../domain/lifecycle';
import { InvalidInstanceIdNotFound } from '../../ecs/instance/errors';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { isPublicAddress } from '../eip/domain';
import { decideEgress, type EgressDecision } from '../egress/domain';
import { NAT_GATEWAYS, natGatewayStatus, type NatGatewayRecord } from '../nat-gateway/records';
import { routeTableOfVSwitch } from '../route-table/custom';
import { longestPrefixMatch } from '../route-table/lookup';
import type { RouteEntryRecord } from '../route-table/records';
import { SNAT_ENTRIES, type SnatEntryRecord } from '../snat/records';
import { getVpc } from '../vpc/domain';
import { getVSwitch } from '../vswitch/domain';
import type { VSwitchRecord } from '../vswitch/records';
import { Journey } from './hops';
import { walk, type Position } from './walk';
import type { World } from './world';

export interface TraceRequest {
  destinationIp: string;
  sourceInstanceId?: string;
  sourceVSwitchId?: string;
}

function checkRequest(req: TraceRequest): void {
  if (!isIpv4(req.destinationIp)) {
    throw new InvalidParameter(`The DestinationIp "${req.destinationIp.slice(0, 40)}" is not an IPv4 address: give a single address such as 172.16.5.5 (no mask).`);
  }
  if (!req.sourceInstanceId && !req.sourceVSwitchId) {
    throw new MissingParameter('Give the packet\'s source: SourceInstanceId (an ECS instance) or SourceVSwitchId (any address of a VSwitch).');
  }
  if (req.sourceInstanceId && req.sourceVSwitchId) {
    throw new InvalidParameter('Give SourceInstanceId or SourceVSwitchId, not both: the instance already names its VSwitch.');
  }
}

/** The egress decision's public hop (the EIP, or the system public IP) ends the journey on the Internet. */
function publicHop(j: Journey, region: string, d: EgressDecision): Journey {
  if (d.AllocationId) j.add('Eip', d.AllocationId, region, { Status: 'InUse' });
  else j.add('PublicIp', d.PublicIpAddress, region, { Status: 'Available' });
  return j.end('Internet', d.Reason);
}

/** SNAT for a VSwitch source: an Available entry of an Available NAT gateway of the VPC covering the VSwitch. */
function snatForVSwitch(pos: Position, vsw: VSwitchRecord, natId?: string): { nat: NatGatewayRecord; entry: SnatEntryRecord } | undefined {
  const tx = pos.view.tx;
  const block = cidrOf(vsw.cidrBlock)!;
  for (const entry of tx.table<SnatEntryRecord>(SNAT_ENTRIES).all()) {
    if (natId && entry.natGatewayId !== natId) continue;
    const covers = entry.sourceVSwitchId ? entry.sourceVSwitchId === vsw.id : !!entry.sourceCidr && containsIp(cidrOf(entry.sourceCidr)!, block.network);
    if (!covers || currentStatus(entry.lifecycle, tx.now) !== 'Available') continue;
    const nat = tx.table<NatGatewayRecord>(NAT_GATEWAYS).get(entry.natGatewayId);
    if (nat && nat.vpcId === vsw.vpcId && natGatewayStatus(nat, tx.now) === 'Available') return { nat, entry };
  }
  return undefined;
}

export function traceRoute(world: World, region: string, req: TraceRequest): Journey {
  checkRequest(req);
  const view = world.region(region);
  const tx = view.tx;
  const j = new Journey();
  const ip = req.destinationIp;
  let instance: InstanceRecord | undefined;
  let vsw: VSwitchRecord;
  if (req.sourceInstanceId) {
    instance = tx.table<InstanceRecord>(INSTANCES).get(req.sourceInstanceId);
    if (!instance) throw new InvalidInstanceIdNotFound(`The instance "${req.sourceInstanceId}" does not exist in region ${region}. DescribeInstances lists your instances.`);
    const status = currentStatus(instance.lifecycle, tx.now);
    j.add('Instance', instance.id, region, { Status: status });
    if (status !== 'Running') return j.end('Dropped', `The source instance ${instance.id} is ${status}, not Running: it sends nothing.`);
    vsw = getVSwitch(tx, instance.vswitchId);
  } else {
    vsw = getVSwitch(tx, req.sourceVSwitchId!);
  }
  const vswStatus = currentStatus(vsw.lifecycle, tx.now);
  j.add('VSwitch', vsw.id, region, { Status: vswStatus });
  if (vswStatus !== 'Available') return j.end('Dropped', `VSwitch ${vsw.id} is ${vswStatus}, not Available: it forwards no traffic.`);
  const vpc = getVpc(tx, vsw.vpcId);
  // The VSwitch's custom route table routes its packets when it has one; else the VPC's system table.
  const start: Position = { view, table: view.table(routeTableOfVSwitch(tx, vsw, vpc))! };
  let egress: EgressDecision | undefined;
  if (instance && isPublicAddress(ip)) {
    egress = decideEgress(tx, instance.id, ip, longestPrefixMatch(view.entriesOf(start.table.id), ip, tx.now));
    if (egress && egress.Internet && (egress.Via === 'Eip' || egress.Via === 'PublicIp')) return publicHop(j, region, egress);
  }

  /** In the source VPC's table: the SNAT/route-to-instance Internet cases. */
  const internetStep = (jj: Journey, pos: Position, m: RouteEntryRecord | undefined): boolean => {
    if (pos !== start || !isPublicAddress(ip)) return false;
    if (egress && egress.Internet) {
      if (egress.Via === 'RouteToInstance') {
        jj.add('Instance', egress.NextHopInstanceId, region, { RouteTableId: m?.routeTableId, MatchedDestination: m?.destinationCidrBlock, NextHopType: 'Instance', NextHopId: egress.NextHopInstanceId });
        publicHop(jj, region, egress);
        return true;
      }
      if (egress.Via === 'Snat') {
        jj.add('NatGateway', egress.NatGatewayId, region, { Status: 'Available', ...(m ? { RouteTableId: m.routeTableId, MatchedDestination: m.destinationCidrBlock, NextHopType: m.nextHopType, NextHopId: m.nextHopId } : {}) });
        jj.end('Internet', egress.Reason);
        return true;
      }
      // Via None: the routes decide (a route to a peer or a VPN, or nothing).
      if (!m) {
        jj.end('Dropped', egress.Reason);
        return true;
      }
      return false;
    }
    if (!instance && (!m || m.nextHopType === 'NatGateway')) {
      const snat = snatForVSwitch(pos, vsw, m?.nextHopId);
      if (snat) {
        jj.add('NatGateway', snat.nat.id, region, { Status: 'Available', ...(m ? { RouteTableId: m.routeTableId, MatchedDestination: m.destinationCidrBlock, NextHopType: m.nextHopType, NextHopId: m.nextHopId } : {}) });
        jj.end('Internet', `Traffic from VSwitch ${vsw.id} leaves through NAT gateway ${snat.nat.id}: SNAT entry ${snat.entry.id} translates it to ${snat.entry.snatIps.join(', ')}.`);
        return true;
      }
    }
    return false;
  };
  return walk(j, world, start, ip, internetStep);
}
