/**
 * The default network: at most one default VPC per region (a /16, 172.31.0.0/16) and at most one
 * default VSwitch per zone (a /20 carved from it). Neither counts against a quota; otherwise they
 * follow the ordinary VPC and VSwitch rules, which is why both are built by those services.
 */
import { DefaultVpcExists, DefaultVpcNotExist, DefaultVSwitchExists, InvalidCidrBlockOverlapped } from '../errors';
import { intToIp, overlaps, parseCidr } from './cidr';
import { cidrOf } from './cidr-cache';
import { TABLES, type VpcRecord, type VSwitchRecord } from './records';
import { createVpc, requireAvailableVpc, type CreatedVpc, type NetworkEnv } from './vpc';
import { checkZone, createVSwitch } from './vswitch';
import type { Transaction } from '../store/store';

export const DEFAULT_VPC_CIDR_BLOCK = '172.31.0.0/16';
export const DEFAULT_VSWITCH_PREFIX = 20;

export function findDefaultVpc(tx: Transaction): VpcRecord | undefined {
  return tx.table<VpcRecord>(TABLES.vpcs).find((v) => v.isDefault);
}

export function createDefaultVpc(tx: Transaction, env: NetworkEnv, input: { resourceGroupId?: string } = {}): CreatedVpc {
  const existing = findDefaultVpc(tx);
  if (existing) {
    throw new DefaultVpcExists(`Region ${tx.region} already has a default VPC (${existing.id}); a region has at most one. Use it, or delete it before creating another.`);
  }
  return createVpc(tx, env, { cidrBlock: DEFAULT_VPC_CIDR_BLOCK, isDefault: true, tags: {}, resourceGroupId: input.resourceGroupId });
}

export function createDefaultVSwitch(tx: Transaction, env: NetworkEnv, zoneId: string): VSwitchRecord {
  checkZone(tx, zoneId);
  const vpc = findDefaultVpc(tx);
  if (!vpc) {
    throw new DefaultVpcNotExist(`Region ${tx.region} has no default VPC, which a default VSwitch needs. Call CreateDefaultVpc first.`);
  }
  const siblings = tx.table<VSwitchRecord>(TABLES.vswitches).filter((s) => s.vpcId === vpc.id);
  const existing = siblings.find((s) => s.isDefault && s.zoneId === zoneId);
  if (existing) {
    throw new DefaultVSwitchExists(`Zone ${zoneId} already has a default VSwitch (${existing.id}); a zone has at most one.`);
  }
  requireAvailableVpc(tx, vpc, 'CreateDefaultVSwitch');
  // The first /20 of the default VPC that no VSwitch overlaps.
  const vpcCidr = cidrOf(vpc.cidrBlock)!;
  const taken = siblings.map((s) => cidrOf(s.cidrBlock)!);
  const step = 2 ** (32 - DEFAULT_VSWITCH_PREFIX);
  for (let network = vpcCidr.network; network + step <= vpcCidr.network + vpcCidr.size; network += step) {
    const candidate = parseCidr(`${intToIp(network)}/${DEFAULT_VSWITCH_PREFIX}`)!;
    if (taken.some((t) => overlaps(t, candidate))) continue;
    return createVSwitch(tx, env, { vpcId: vpc.id, zoneId, cidrBlock: candidate.text, tags: {}, isDefault: true });
  }
  throw new InvalidCidrBlockOverlapped(`The default VPC ${vpc.id} (${vpc.cidrBlock}) has no free /${DEFAULT_VSWITCH_PREFIX} block left for a default VSwitch. Delete a VSwitch in it first.`);
}
