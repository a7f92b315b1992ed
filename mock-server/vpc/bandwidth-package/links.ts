/**
 * What the bandwidth-package family registers: its addresses in the shared public pool, and its
 * packages in the dependency table of NAT gateways (DeleteNatGateway without Force →
 * DependencyViolation.BandwidthPackages; with Force the packages go, with the entries using them).
 */
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { ADDRESS_HOOKS } from '../../ecs/instance/addresses';
import { DependencyViolationBandwidthPackages } from '../nat-gateway/errors';
import { packages, removePackage } from './domain';
import type { BandwidthPackageRecord } from './records';

export const packageDependants: DependantRow<BandwidthPackageRecord>[] = [
  {
    parent: 'natGateway',
    what: 'bandwidth packages',
    order: 30,
    find: (tx, natId) => packages(tx).filter((p) => p.natGatewayId === natId),
    error: (natId, found) =>
      new DependencyViolationBandwidthPackages(`The NAT gateway ${natId} still has bandwidth package${found.length === 1 ? '' : 's'} ${found.map((p) => p.id).join(', ')}. Delete them with DeleteBandwidthPackage first, or delete the gateway with Force=true.`),
  },
];

export const packageCascades: CascadeRow[] = [
  { parent: 'natGateway', what: 'bandwidth packages (Force)', remove: (tx, natId) => packages(tx).filter((p) => p.natGatewayId === natId).forEach((p) => removePackage(tx, p, true)) },
];

export const packageHooks: HookBinding[] = [bind(ADDRESS_HOOKS.publicInUse, (tx) => packages(tx).all().flatMap((p) => p.addresses.map((a) => a.ipAddress)))];
