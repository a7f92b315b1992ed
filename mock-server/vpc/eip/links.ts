/**
 * What the EIP family registers about the families it joins: its addresses in the shared public
 * pool, its bindings in the dependency table of NAT gateways (DeleteNatGateway without Force is
 * refused while EIPs are bound; with Force they are unbound), and the unbinding of an instance's
 * EIP when the instance is deleted (the EIP itself stays allocated, as on the real cloud).
 */
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { ADDRESS_HOOKS } from '../../ecs/instance/addresses';
import { OperationDenied } from '../../errors';
import { DependencyViolationEips } from '../nat-gateway/errors';
import { unbind, unbindAllFrom } from './domain';
import { EIPS, eipsBoundTo, type EipRecord } from './records';

export const eipDependants: DependantRow<EipRecord>[] = [
  {
    // An EIP is bound to an address of the instance's VPC; moving the instance to another VPC
    // would strand it (the real API refuses ModifyInstanceVpcAttribute with OperationDenied).
    parent: 'instance',
    what: 'a bound EIP',
    order: 15,
    blocks: ['move-vpc'],
    find: (tx, instanceId) => eipsBoundTo(tx, instanceId),
    error: (instanceId, [e]) =>
      new OperationDenied(`The instance ${instanceId} has EIP ${e.id} (${e.ipAddress}) bound: unbind it with UnassociateEipAddress before moving the instance to another VPC.`),
  },
  {
    parent: 'natGateway',
    what: 'bound EIPs',
    order: 30,
    find: (tx, natId) => eipsBoundTo(tx, natId),
    error: (natId, eips) =>
      new DependencyViolationEips(`The NAT gateway ${natId} still has EIPs bound (${eips.map((e) => `${e.id} ${e.ipAddress}`).join(', ')}). Unbind them with UnassociateEipAddress first, or delete the gateway with Force=true.`),
  },
];

export const eipCascades: CascadeRow[] = [
  { parent: 'natGateway', what: 'EIP bindings (Force)', remove: (tx, natId) => eipsBoundTo(tx, natId).forEach((e) => unbind(tx, undefined, e)) },
  { parent: 'instance', what: "the instance's EIP binding", remove: (tx, instanceId) => unbindAllFrom(tx, instanceId) },
  // A deleted ENI's EIP stays allocated and becomes Available, as an instance's does.
  { parent: 'networkInterface', what: "the ENI's EIP binding", remove: (tx, eniId) => unbindAllFrom(tx, eniId) },
];

export const eipHooks: HookBinding[] = [bind(ADDRESS_HOOKS.publicInUse, (tx) => tx.table<EipRecord>(EIPS).all().map((e) => e.ipAddress))];
