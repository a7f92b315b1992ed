/**
 * What the common-bandwidth-package family registers about the EIP family: an EIP in a package
 * cannot be released (ReleaseEipAddress asks the dependency table), and DescribeEipAddresses shows
 * the package an EIP is in through the EIP family's hook.
 */
import type { DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { EIP_HOOKS } from '../eip/domain';
import { IncorrectEipStatus } from '../eip/errors';
import { setCbwpDeletionProtection } from './domain';
import { packageOfEip, type CbwpRecord } from './records';

export const cbwpDependants: DependantRow<CbwpRecord>[] = [
  {
    // Sandbox's reading: the console removes an EIP from its bandwidth plan before releasing it;
    // the code is the one ReleaseEipAddress answers for an EIP that is not free (and that the real
    // provider retries, so a destroy that removes the EIP from its package in the same run waits).
    parent: 'eip',
    what: 'the EIP bandwidth plan it is in',
    order: 20,
    find: (tx, allocationId) => {
      const found = packageOfEip(tx, allocationId);
      return found ? [found.pkg] : [];
    },
    error: (allocationId, [p]) =>
      new IncorrectEipStatus(`The EIP ${allocationId} is in the Internet Shared Bandwidth instance ${p.id}: remove it with RemoveCommonBandwidthPackageIp before releasing it.`),
  },
];

export const cbwpHooks: HookBinding[] = [
  // DeletionProtection (an action of the EIP family) with Type CBWP.
  bind(EIP_HOOKS.deletionProtection, (tx, type, id, enabled) => {
    if (type !== 'CBWP') return false;
    setCbwpDeletionProtection(tx, id, enabled);
    return true;
  }),
  bind(EIP_HOOKS.bandwidthPackage, (tx, eip) => {
    const found = packageOfEip(tx, eip.id);
    if (!found) return undefined;
    return { id: found.pkg.id, type: 'CommonBandwidthPackage', bandwidth: found.pkg.bandwidth, ...(found.ip.bandwidth !== undefined ? { cap: found.ip.bandwidth } : {}) };
  }),
];
