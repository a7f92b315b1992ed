/**
 * IPv6 addresses of secondary ENIs after creation: AssignIpv6Addresses (Ipv6AddressCount, 1 to 10,
 * or Ipv6Address.N, N up to 10, not both) and UnassignIpv6Addresses (Ipv6Address.N), as the current
 * ECS API reference describes them; the product guide predates IPv6.
 *
 * Addresses come from the ENI's VSwitch's /64 through the instance family's allocator, which sees
 * every address an instance or an ENI holds there (IPV6_HOOKS, bound in ./links.ts), so an ENI
 * never gets an instance's address and the reverse. The ENI must be Available or InUse; an
 * Available ENI holds at most 10 IPv6 addresses (the API reference's figure), an attached one at
 * most its instance type's EniIpv6AddressQuantity (the sandbox's size-based figure, as
 * DescribeInstanceTypes shows it).
 *
 * The sandbox hands out the lowest free host addresses (::1, ::2 …); the real cloud picks any.
 * Primary ENIs (an instance's own) are refused with InvalidOperation.InvalidEniType: the sandbox
 * does not change an instance's IPv6 addresses after launch.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { MAX_IPV6_ADDRESSES_PER_INSTANCE, parseIpv6 } from '../../../network-rules/ipv6';
import { instanceTypeFact } from '../../domain/region-catalog';
import type { Transaction } from '../../store/store';
import { OperationFailedVpcIpv6InUse } from '../../vpc/vswitch/errors';
import { getVSwitch } from '../../vpc/vswitch/domain';
import type { VSwitchRecord } from '../../vpc/vswitch/records';
import { allocateIpv6, usedIpv6 } from '../instance/ipv6';
import { INSTANCES, type InstanceRecord } from '../instance/records';
import { refusePrimary, requireEni, requireStatus } from './domain';
import { InvalidIpIpUnassigned, InvalidOperationIpv6CountExceeded } from './errors';
import { eniPrivateIpQuantityFor, eniStatus, networkInterfaces, type NetworkInterfaceRecord } from './records';

/** IPv6 addresses an unattached ENI may hold (AssignIpv6Addresses' usage notes). */
export const MAX_IPV6_PER_UNATTACHED_ENI = MAX_IPV6_ADDRESSES_PER_INSTANCE;

/** IPv6 addresses the ENI may hold now: 10 while detached, the instance type's EniIpv6AddressQuantity once attached. */
function ipv6Quota(tx: Transaction, eni: NetworkInterfaceRecord): number {
  if (!eni.instanceId) return MAX_IPV6_PER_UNATTACHED_ENI;
  const inst = tx.table<InstanceRecord>(INSTANCES).get(eni.instanceId);
  const fact = inst ? instanceTypeFact(inst.instanceType) : undefined;
  if (!fact) return MAX_IPV6_PER_UNATTACHED_ENI;
  return fact.tier === 'legacy' ? 1 : eniPrivateIpQuantityFor(fact.cpu);
}

function requireUsable(tx: Transaction, eni: NetworkInterfaceRecord, doing: string): void {
  const status = eniStatus(eni, tx.now);
  if (status !== 'Available' && status !== 'InUse') requireStatus(tx, eni, 'Available or InUse', doing);
}

export function assignIpv6(tx: Transaction, input: { eniId: string; addresses?: string[]; count?: number }): string[] {
  refusePrimary(tx, input.eniId, 'AssignIpv6Addresses');
  const eni = requireEni(tx, input.eniId);
  requireUsable(tx, eni, 'AssignIpv6Addresses');
  const listed = input.addresses?.length ? input.addresses : undefined;
  if (listed && input.count !== undefined) throw new InvalidParameter('Give either Ipv6Address.N or Ipv6AddressCount, not both.');
  if (!listed && !input.count) throw new MissingParameter('Give Ipv6Address.N or Ipv6AddressCount: the IPv6 addresses to assign.');
  const wanted = listed?.length ?? input.count ?? 0;
  const quota = ipv6Quota(tx, eni);
  if (eni.ipv6Addresses.length + wanted > quota) {
    throw new InvalidOperationIpv6CountExceeded(
      `The network interface ${eni.id} holds ${eni.ipv6Addresses.length} IPv6 address(es) and may hold ${quota}${eni.instanceId ? ` (EniIpv6AddressQuantity of its instance's type)` : ' while it is not attached'}: ${wanted} more do not fit.`,
    );
  }
  const vsw = getVSwitch(tx, eni.vswitchId);
  const added = allocateIpv6(vsw, listed ? 0 : wanted, listed, usedIpv6(tx, vsw.id));
  networkInterfaces(tx).put({ ...eni, ipv6Addresses: [...eni.ipv6Addresses, ...added] });
  return added;
}

export function unassignIpv6(tx: Transaction, input: { eniId: string; addresses: string[] }): void {
  refusePrimary(tx, input.eniId, 'UnassignIpv6Addresses');
  const eni = requireEni(tx, input.eniId);
  requireUsable(tx, eni, 'UnassignIpv6Addresses');
  if (input.addresses.length === 0) throw new MissingParameter('The input parameter "Ipv6Address.N" that is mandatory for processing this request is not supplied.');
  // Compare as numbers: 2001:db8::1 and 2001:0db8:0:0::1 are the same address.
  const held = new Map(eni.ipv6Addresses.map((a) => [parseIpv6(a), a] as const));
  const remove = new Set<string>();
  for (const text of input.addresses) {
    const a = parseIpv6(text);
    const stored = a === undefined ? undefined : held.get(a);
    if (!stored) {
      throw new InvalidIpIpUnassigned(`The IPv6 address "${text}" is not assigned to the network interface ${eni.id}. Its IPv6 addresses: ${eni.ipv6Addresses.join(', ') || 'none'}.`);
    }
    remove.add(stored);
  }
  networkInterfaces(tx).put({ ...eni, ipv6Addresses: eni.ipv6Addresses.filter((x) => !remove.has(x)) });
}

/** Every IPv6 address the ENIs of a VSwitch hold (bound to IPV6_HOOKS.inUse). */
export function eniIpv6InVSwitch(tx: Transaction, vswitchId: string): string[] {
  return networkInterfaces(tx).filter((e) => e.vswitchId === vswitchId).flatMap((e) => e.ipv6Addresses);
}

/** Bound to VSWITCH_IPV6_HOOKS.disabling: a VSwitch keeps its /64 while an ENI has an address in it. */
export function keepVSwitchIpv6WhileEnisUseIt(tx: Transaction, vsw: VSwitchRecord): void {
  const user = networkInterfaces(tx).find((e) => e.vswitchId === vsw.id && e.ipv6Addresses.length > 0);
  if (user) {
    throw new OperationFailedVpcIpv6InUse(`IPv6 cannot be turned off or moved for VSwitch ${vsw.id}: the network interface ${user.id} still has the IPv6 address ${user.ipv6Addresses[0]}. Unassign it (UnassignIpv6Addresses) or delete the ENI first.`);
  }
}
