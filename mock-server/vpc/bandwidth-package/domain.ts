/**
 * The guide's NAT shared bandwidth packages: IpCount public addresses sharing Bandwidth Mbit/s,
 * attached to one NAT gateway. Their addresses behave like EIPs bound to the gateway (IpLists,
 * SNAT, DNAT). The real cloud has sold these only to accounts that had one before November 2017
 * (new gateways bind EIPs); the sandbox keeps them because the guide's procedures use them.
 *
 * Deleting a package whose addresses SNAT or DNAT entries use is refused with the real codes;
 * Force=true removes those entries (SNAT entries lose the address, and go when none is left).
 */
import { InvalidDescriptionMalformed } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import type { Transaction } from '../../store/store';
import { allocatePublicIp } from '../../ecs/instance/addresses';
import { InvalidNameMalformed } from '../eip/errors';
import { FORWARD_ENTRIES, type ForwardEntryRecord } from '../dnat/records';
import { getNatGateway, requireAvailableNatGateway } from '../nat-gateway/domain';
import { dropSnatAddress } from '../snat/domain';
import { SNAT_ENTRIES, type SnatEntryRecord } from '../snat/records';
import { DependencyViolationForwardEntryOfPackage, DependencyViolationSnatEntryOfPackage, IncorrectStatusBandwidthPackage, InvalidBandwidthPackageIdNotFound } from './errors';
import { BANDWIDTH_PACKAGES, type BandwidthPackageRecord } from './records';

export const IP_COUNT_RANGE = [1, 50] as const;
export const BANDWIDTH_RANGE = [5, 5000] as const;

export function packages(tx: Transaction) {
  return tx.table<BandwidthPackageRecord>(BANDWIDTH_PACKAGES);
}

export function packageStatus(p: BandwidthPackageRecord, now: number): string {
  return currentStatus(p.lifecycle, now);
}

export function getPackage(tx: Transaction, id: string): BandwidthPackageRecord {
  const p = packages(tx).get(id);
  if (!p) throw new InvalidBandwidthPackageIdNotFound(`The bandwidth package "${id}" does not exist in region ${tx.region}. DescribeBandwidthPackages lists them.`);
  return p;
}

export interface CreatePackageInput {
  natGatewayId: string;
  ipCount: number;
  bandwidth: number;
  name?: string;
  description?: string;
  isp?: string;
  internetChargeType?: string;
  zone?: string;
}

export function createPackage(tx: Transaction, config: DomainConfig, input: CreatePackageInput): BandwidthPackageRecord {
  const nat = getNatGateway(tx, input.natGatewayId);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  requireAvailableNatGateway(tx, nat, 'CreateBandwidthPackage');
  const taken = new Set<string>();
  const addresses = Array.from({ length: input.ipCount }, () => ({ allocationId: newId('eip'), ipAddress: allocatePublicIp(tx, taken) }));
  return packages(tx).put({
    id: newId('bwp'),
    natGatewayId: nat.id,
    bandwidth: input.bandwidth,
    name,
    description,
    zoneId: input.zone || nat.zoneId,
    isp: input.isp || 'BGP',
    internetChargeType: input.internetChargeType || 'PayByBandwidth',
    addresses,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Creating'], 'Available'),
  });
}

/** Which SNAT and DNAT entries use the package's addresses. */
export function usersOf(tx: Transaction, p: BandwidthPackageRecord): { snat: SnatEntryRecord[]; dnat: ForwardEntryRecord[] } {
  const ips = new Set(p.addresses.map((a) => a.ipAddress));
  return {
    snat: tx.table<SnatEntryRecord>(SNAT_ENTRIES).filter((s) => s.natGatewayId === p.natGatewayId && s.snatIps.some((ip) => ips.has(ip))),
    dnat: tx.table<ForwardEntryRecord>(FORWARD_ENTRIES).filter((f) => f.natGatewayId === p.natGatewayId && ips.has(f.externalIp)),
  };
}

/** Removes the package; with `force` the entries using its addresses go first. */
export function removePackage(tx: Transaction, p: BandwidthPackageRecord, force: boolean): void {
  const { snat, dnat } = usersOf(tx, p);
  if (!force && snat.length > 0) {
    throw new DependencyViolationSnatEntryOfPackage(`The bandwidth package ${p.id} has addresses used by SNAT entr${snat.length === 1 ? 'y' : 'ies'} ${snat.map((s) => s.id).join(', ')}. Delete them first, or pass Force=true.`);
  }
  if (!force && dnat.length > 0) {
    throw new DependencyViolationForwardEntryOfPackage(`The bandwidth package ${p.id} has addresses used by DNAT entr${dnat.length === 1 ? 'y' : 'ies'} ${dnat.map((f) => f.id).join(', ')}. Delete them first, or pass Force=true.`);
  }
  for (const f of dnat) tx.table(FORWARD_ENTRIES).delete(f.id);
  for (const a of p.addresses) dropSnatAddress(tx, p.natGatewayId, a.ipAddress);
  packages(tx).delete(p.id);
}

export function deletePackage(tx: Transaction, id: string, force: boolean): BandwidthPackageRecord {
  const p = getPackage(tx, id);
  const status = packageStatus(p, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusBandwidthPackage(`The bandwidth package ${p.id} is ${status}: it can be deleted once it is Available. Poll DescribeBandwidthPackages and retry.`);
  }
  removePackage(tx, p, force);
  return p;
}
