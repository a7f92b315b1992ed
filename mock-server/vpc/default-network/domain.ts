/**
 * The default network: at most one default VPC per region (a /16, 172.31.0.0/16) and at most one
 * default VSwitch per zone (a /20 carved from it). Neither counts against a quota; otherwise they
 * follow the ordinary VPC and VSwitch rules, which is why both are built by those families.
 */
import { intToIp, overlaps, parseCidr } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import type { DomainConfig } from '../../domain/config';
import type { Transaction } from '../../store/store';
import { createVpc, requireAvailableVpc } from '../vpc/domain';
import { VPCS, type VpcRecord } from '../vpc/records';
import { checkZone, createVSwitch } from '../vswitch/domain';
import { InvalidCidrBlockOverlapped } from '../vswitch/errors';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { DefaultVpcExists, DefaultVpcNotExist, DefaultVSwitchExists } from './errors';

export const DEFAULT_VPC_CIDR_BLOCK = '172.31.0.0/16';
export const DEFAULT_VSWITCH_PREFIX = 20;

export function findDefaultVpc(tx: Transaction): VpcRecord | undefined {
  return tx.table<VpcRecord>(VPCS).find((v) => v.isDefault);
}

export function createDefaultVpc(tx: Transaction, config: DomainConfig, input: { resourceGroupId?: string; enableIpv6?: boolean; ipv6CidrBlock?: string } = {}): VpcRecord {
  const existing = findDefaultVpc(tx);
  if (existing) {
    throw new DefaultVpcExists(`Region ${tx.region} already has a default VPC (${existing.id}); a region has at most one. Use it, or delete it before creating another.`);
  }
  return createVpc(tx, config, {
    cidrBlock: DEFAULT_VPC_CIDR_BLOCK,
    isDefault: true,
    tags: {},
    resourceGroupId: input.resourceGroupId,
    enableIpv6: input.enableIpv6,
    ipv6CidrBlock: input.ipv6CidrBlock,
  });
}

export function createDefaultVSwitch(tx: Transaction, config: DomainConfig, zoneId: string, ipv6Index?: number): VSwitchRecord {
  checkZone(tx, zoneId);
  const vpc = findDefaultVpc(tx);
  if (!vpc) {
    throw new DefaultVpcNotExist(`Region ${tx.region} has no default VPC, which a default VSwitch needs. Call CreateDefaultVpc first.`);
  }
  const siblings = tx.table<VSwitchRecord>(VSWITCHES).filter((s) => s.vpcId === vpc.id);
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
    return createVSwitch(tx, config, { vpcId: vpc.id, zoneId, cidrBlock: candidate.text, tags: {}, isDefault: true, ipv6Index });
  }
  throw new InvalidCidrBlockOverlapped(`The default VPC ${vpc.id} (${vpc.cidrBlock}) has no free /${DEFAULT_VSWITCH_PREFIX} block left for a default VSwitch. Delete a VSwitch in it first.`);
}
