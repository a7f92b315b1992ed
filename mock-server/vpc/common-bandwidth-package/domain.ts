/**
 * EIP bandwidth plans (Internet Shared Bandwidth, `cbwp-…`): a regional pool of bandwidth that
 * pay-as-you-go EIPs of the same line type join, each optionally capped inside it. This is the
 * current product, distinct from the guide's NAT shared bandwidth packages (../bandwidth-package),
 * which own their addresses and hang off one NAT gateway.
 *
 * Rules (the API reference's, unless marked): an EIP joins at most one package; it must be in the
 * package's region (it is: the store is regional, an EIP of another region is not found), be
 * pay-as-you-go (every sandbox EIP is: PrePaid EIPs are not simulated), have the package's line
 * type (ISP) and its Anti-DDoS edition. A package with EIPs is deleted only with Force, which
 * takes them out first. Creates and spec changes show Pending for the async delay; joining EIPs
 * show BINDING, then BINDED.
 */
import { InvalidDescriptionMalformed, InvalidOperationDeletionProtection, InvalidParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { InvalidBandwidthPackageIdNotFound } from '../bandwidth-package/errors';
import { getEip } from '../eip/domain';
import { InvalidNameMalformed } from '../eip/errors';
import {
  BandwidthPackageOperationConflict,
  IpInstanceIdAlreadyInBandwidthPackage,
  OperationDeniedIspInconsistent,
  OperationDeniedSecurityProtectionTypesInconsistent,
  OperationFailedBandwidthPackageNotEmpty,
  OperationUnsupportedIpNotInCbwp,
  QuotaExceededBandwidthPackageIps,
} from './errors';
import { cbwpTable, packageOfEip, type CbwpIp, type CbwpRecord } from './records';
import { CBWP_MAX_IPS } from '../../../network-rules/quotas';

export const CBWP_CHARGE_TYPES = ['PayByBandwidth', 'PayByTraffic', 'PayBy95', 'PayByDominantTraffic', 'PayByOld95'] as const;
export const CBWP_ISPS = ['BGP', 'BGP_PRO', 'ChinaTelecom', 'ChinaUnicom', 'ChinaMobile', 'ChinaTelecom_L2', 'ChinaUnicom_L2', 'ChinaMobile_L2', 'BGP_FinanceCloud', 'BGP_International'] as const;

/**
 * Bandwidth bounds (Mbit/s) by InternetChargeType. The current CreateCommonBandwidthPackage
 * reference gives 1 to 1,000 for pay-as-you-go plans; the 95th-percentile plans are sold for
 * larger pools (the older reference and ROS give up to 5,000), the sandbox's reading.
 */
export const CBWP_BANDWIDTH_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  PayByBandwidth: [1, 1000],
  PayByTraffic: [1, 1000],
  PayByDominantTraffic: [1, 1000],
  PayBy95: [1, 5000],
  PayByOld95: [1, 5000],
};
export { CBWP_MAX_IPS };

export function cbwpStatus(p: CbwpRecord, now: number): string {
  return currentStatus(p.lifecycle, now);
}

/** BandwidthPackageIpRelationStatus: BINDING, then BINDED. */
export function ipRelationStatus(ip: CbwpIp, now: number): string {
  return currentStatus(ip.lifecycle, now);
}

export function getCbwp(tx: Transaction, id: string): CbwpRecord {
  const p = cbwpTable(tx).get(id);
  if (!p) throw new InvalidBandwidthPackageIdNotFound(`The Internet Shared Bandwidth instance "${id}" does not exist in region ${tx.region}. DescribeCommonBandwidthPackages lists them.`);
  return p;
}

function checkBandwidth(bandwidth: number, chargeType: string, what = 'Bandwidth'): void {
  const [min, max] = CBWP_BANDWIDTH_RANGE[chargeType] ?? [1, 1000];
  if (!Number.isInteger(bandwidth) || bandwidth < min || bandwidth > max) {
    throw new InvalidParameter(`The ${what} ${bandwidth} is out of range: an Internet Shared Bandwidth instance billed ${chargeType} has ${min} to ${max} Mbit/s (a whole number).`);
  }
}

/** Spec changes and membership changes wait until a change in progress has settled. */
function requireSettled(tx: Transaction, p: CbwpRecord, doing: string): void {
  const status = cbwpStatus(p, tx.now);
  if (status !== 'Available') {
    throw new BandwidthPackageOperationConflict(`The Internet Shared Bandwidth instance ${p.id} is ${status}: ${doing} waits until it is Available. Poll DescribeCommonBandwidthPackages and retry.`);
  }
}

export interface CreateCbwpInput {
  bandwidth: number;
  name?: string;
  description?: string;
  isp?: string;
  internetChargeType?: string;
  ratio?: number;
  zone?: string;
  resourceGroupId?: string;
  securityProtectionTypes?: string[];
  tags: Tags;
}

export function createCbwp(tx: Transaction, config: DomainConfig, input: CreateCbwpInput): CbwpRecord {
  // The API's default billing is PayByBandwidth (the real provider always sends its own default).
  const chargeType = input.internetChargeType || 'PayByBandwidth';
  checkBandwidth(input.bandwidth, chargeType);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  return cbwpTable(tx).put({
    id: newId('cbwp'),
    name,
    description,
    bandwidth: input.bandwidth,
    isp: input.isp || 'BGP',
    internetChargeType: chargeType,
    // Recorded as given (the real provider reads it back into an optional+computed ForceNew
    // argument, so it must come back unchanged); 100 when left out.
    ratio: input.ratio ?? 100,
    zone: input.zone ?? '',
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    securityProtectionTypes: [...new Set(input.securityProtectionTypes ?? [])],
    deletionProtection: false,
    ips: [],
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
    tags: input.tags,
  });
}

export function modifyCbwpAttribute(tx: Transaction, id: string, input: { name?: string; description?: string }): CbwpRecord {
  const p = getCbwp(tx, id);
  const name = checkResourceName(input.name, 'Name', InvalidNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  return cbwpTable(tx).put({ ...p, name: name ?? p.name, description: description ?? p.description });
}

export function modifyCbwpSpec(tx: Transaction, config: DomainConfig, id: string, bandwidth: number): CbwpRecord {
  const p = getCbwp(tx, id);
  requireSettled(tx, p, 'ModifyCommonBandwidthPackageSpec');
  checkBandwidth(bandwidth, p.internetChargeType);
  // Sandbox's reading: a cap above the new package bandwidth would be meaningless, so the change
  // is refused until the cap is lowered (the reference says a cap cannot exceed the package).
  const over = p.ips.find((i) => i.bandwidth !== undefined && i.bandwidth > bandwidth);
  if (over) {
    throw new InvalidParameter(`The Bandwidth ${bandwidth} is below the ${over.bandwidth} Mbit/s cap of EIP ${over.allocationId} in ${p.id}: a cap cannot exceed the package. Lower or cancel that cap first.`);
  }
  return cbwpTable(tx).put({ ...p, bandwidth, lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available') });
}

/** AddCommonBandwidthPackageIp(s): every EIP is checked before any joins, so a refused batch changes nothing. */
export function addCbwpIps(tx: Transaction, config: DomainConfig, id: string, allocationIds: string[]): CbwpRecord {
  const p = getCbwp(tx, id);
  requireSettled(tx, p, 'adding EIPs');
  const ids = [...new Set(allocationIds)];
  if (p.ips.length + ids.length > CBWP_MAX_IPS) {
    throw new QuotaExceededBandwidthPackageIps(`The Internet Shared Bandwidth instance ${p.id} holds ${p.ips.length} EIPs; adding ${ids.length} would pass the sandbox's quota of ${CBWP_MAX_IPS} per package. Use another package.`);
  }
  for (const allocationId of ids) {
    const eip = getEip(tx, allocationId);
    const inPackage = packageOfEip(tx, allocationId);
    if (inPackage) {
      throw new IpInstanceIdAlreadyInBandwidthPackage(`The EIP ${allocationId} (${eip.ipAddress}) is already in the Internet Shared Bandwidth instance ${inPackage.pkg.id}: an EIP joins one package at a time. Remove it there with RemoveCommonBandwidthPackageIp first.`);
    }
    if (eip.isp !== p.isp) {
      throw new OperationDeniedIspInconsistent(`The EIP ${allocationId} has line type ${eip.isp} but ${p.id} is ${p.isp}: an EIP joins a package of its own line type (ISP). Allocate the EIP with ISP=${p.isp}, or use a ${eip.isp} package.`);
    }
    const eipEditions = [...(eip.securityProtectionTypes ?? [])].sort().join(',');
    const pkgEditions = [...p.securityProtectionTypes].sort().join(',');
    if (eipEditions !== pkgEditions) {
      throw new OperationDeniedSecurityProtectionTypesInconsistent(`The EIP ${allocationId} has Anti-DDoS edition "${eipEditions || 'basic'}" but ${p.id} has "${pkgEditions || 'basic'}": an EIP joins a package with the same SecurityProtectionTypes.`);
    }
  }
  const joined = ids.map((allocationId) => ({ allocationId, lifecycle: transition(tx.now, config.asyncDelayMs, ['BINDING'], 'BINDED') }));
  return cbwpTable(tx).put({ ...p, ips: [...p.ips, ...joined] });
}

function memberOf(p: CbwpRecord, allocationId: string): CbwpIp {
  const ip = p.ips.find((i) => i.allocationId === allocationId);
  if (!ip) {
    throw new OperationUnsupportedIpNotInCbwp(`The EIP ${allocationId} is not in the Internet Shared Bandwidth instance ${p.id} (it holds ${p.ips.map((i) => i.allocationId).join(', ') || 'no EIPs'}).`);
  }
  return ip;
}

/** RemoveCommonBandwidthPackageIp: the EIP goes back to its own bandwidth at once. */
export function removeCbwpIp(tx: Transaction, id: string, allocationId: string): CbwpRecord {
  const p = getCbwp(tx, id);
  memberOf(p, allocationId);
  requireSettled(tx, p, 'removing an EIP');
  return cbwpTable(tx).put({ ...p, ips: p.ips.filter((i) => i.allocationId !== allocationId) });
}

/** ModifyCommonBandwidthPackageIpBandwidth (a cap) or, with `undefined`, CancelCommonBandwidthPackageIpBandwidth. */
export function setCbwpIpBandwidth(tx: Transaction, id: string, allocationId: string, bandwidth: number | undefined): CbwpRecord {
  const p = getCbwp(tx, id);
  memberOf(p, allocationId);
  if (bandwidth !== undefined && (!Number.isInteger(bandwidth) || bandwidth < 1 || bandwidth > p.bandwidth)) {
    throw new InvalidParameter(`The Bandwidth ${bandwidth} for EIP ${allocationId} is invalid: a cap inside ${p.id} is a whole number from 1 to the package's ${p.bandwidth} Mbit/s.`);
  }
  const ips = p.ips.map((i) => {
    if (i.allocationId !== allocationId) return i;
    const { bandwidth: _old, ...rest } = i;
    return bandwidth === undefined ? rest : { ...rest, bandwidth };
  });
  return cbwpTable(tx).put({ ...p, ips });
}

export function deleteCbwp(tx: Transaction, id: string, force: boolean): CbwpRecord {
  const p = getCbwp(tx, id);
  if (p.deletionProtection) {
    throw new InvalidOperationDeletionProtection(`The Internet Shared Bandwidth instance ${p.id} has deletion protection on. Turn it off with DeletionProtection (Type CBWP, ProtectionEnable false) first.`);
  }
  requireSettled(tx, p, 'DeleteCommonBandwidthPackage');
  if (p.ips.length > 0 && !force) {
    throw new OperationFailedBandwidthPackageNotEmpty(`The Internet Shared Bandwidth instance ${p.id} still holds EIP${p.ips.length === 1 ? '' : 's'} ${p.ips.map((i) => i.allocationId).join(', ')}. Remove them with RemoveCommonBandwidthPackageIp, or delete with Force=true (which removes them).`);
  }
  // With Force the EIPs leave the package with it and keep their own bandwidth.
  cbwpTable(tx).delete(p.id);
  return p;
}

/** DeletionProtection with Type CBWP. */
export function setCbwpDeletionProtection(tx: Transaction, id: string, enabled: boolean): CbwpRecord {
  const p = getCbwp(tx, id);
  return cbwpTable(tx).put({ ...p, deletionProtection: enabled });
}
