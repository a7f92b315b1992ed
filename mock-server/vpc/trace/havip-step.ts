/**
 * The trace's HaVip hop: a route whose next hop is a HaVip delivers to the HaVip's master, the
 * instance (or ENI) that holds the floating address. The sandbox's master is the first associated
 * one (see vpc/havip/records.ts); on the real cloud the software on the instances elects it.
 */
import { currentStatus } from '../../domain/lifecycle';
import type { InstanceRecord } from '../../ecs/instance/records';
import { HAVIPS, haVipStatus, masterOf, type HaVipRecord } from '../havip/records';
import type { RouteEntryRecord } from '../route-table/records';
import { decisionOf, type Journey } from './hops';
import type { RegionView } from './world';

export function haVipHop(j: Journey, view: RegionView, m: RouteEntryRecord, ip: string): Journey {
  const h = view.get<HaVipRecord>(HAVIPS, m.nextHopId);
  if (!h) return j.end('Dropped', `Route ${m.destinationCidrBlock} points at HaVip ${m.nextHopId}, which no longer exists.`);
  const status = haVipStatus(h, view.tx.now);
  const master = masterOf(h);
  j.add('HaVip', h.id, view.region, { ...decisionOf(m), Status: status });
  if (!master) return j.end('Dropped', `HaVip ${h.id} (${h.ipAddress}) is associated with no instance, so nothing holds its address: the packet is dropped there.`);
  if (h.instanceType === 'NetworkInterface') {
    return j.end('Delivered', `Route ${m.destinationCidrBlock} hands ${ip} to HaVip ${h.id} (${h.ipAddress}), whose master is network interface ${master}; what happens next is up to the software behind it.`);
  }
  const inst = view.get<InstanceRecord>('instances', master);
  if (!inst) return j.end('Dropped', `HaVip ${h.id}'s master instance ${master} no longer exists.`);
  const s = currentStatus(inst.lifecycle, view.tx.now);
  j.add('Instance', inst.id, view.region, { Status: s });
  if (s !== 'Running') return j.end('Dropped', `Instance ${inst.id}, the master of HaVip ${h.id}, is ${s}, not Running: it forwards no traffic, so the packet is dropped there.`);
  return j.end('Delivered', `Route ${m.destinationCidrBlock} hands ${ip} to HaVip ${h.id} (${h.ipAddress}), held by its master instance ${inst.id} (${inst.privateIp}); what it does next is up to the software on it.`);
}
