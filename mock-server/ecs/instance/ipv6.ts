/**
 * Instances' IPv6 addresses (current API; the guide predates IPv6): Ipv6AddressCount or
 * Ipv6Address.N on RunInstances / CreateInstance give the primary NIC addresses from its VSwitch's
 * /64, which the VSwitch must have (vpc/vswitch/ipv6.ts). The sandbox hands out the lowest free
 * host addresses (::1, ::2 …) so runs are reproducible; the real cloud picks any free ones.
 */
import { HookPoint } from '../../domain/hooks';
import { InvalidParameter } from '../../errors';
import { formatIpv6, ipv6BlockContains, MAX_IPV6_ADDRESSES_PER_INSTANCE, parseIpv6, parseIpv6Cidr } from '../../../network-rules/ipv6';
import type { Transaction } from '../../store/store';
import { OperationFailedVpcIpv6InUse } from '../../vpc/vswitch/errors';
import type { VSwitchRecord } from '../../vpc/vswitch/records';
import { InvalidPrivateIpAddressDuplicated } from './errors';
import { INSTANCES, INSTANCES_BY_VSWITCH, type InstanceRecord } from './records';

/** Where other holders of IPv6 addresses in a VSwitch (secondary ENIs) report theirs, so no address is handed out twice. */
export const IPV6_HOOKS = {
  inUse: new HookPoint<[string], Iterable<string>>('address.ipv6InUse'),
};

/** IPv6 addresses already held in the VSwitch, as numbers: instances' and the IPV6_HOOKS holders'. */
export function usedIpv6(tx: Transaction, vswitchId: string): Set<bigint> {
  const used = new Set<bigint>();
  for (const i of tx.table<InstanceRecord>(INSTANCES).where(INSTANCES_BY_VSWITCH, vswitchId)) {
    for (const a of i.ipv6Addresses ?? []) used.add(parseIpv6(a)!);
  }
  for (const held of IPV6_HOOKS.inUse.run(tx, vswitchId)) for (const a of held) used.add(parseIpv6(a)!);
  return used;
}

/** Checks the request: a count or a list, not both, within the per-instance limit. */
export function checkIpv6Request(count: number | undefined, addresses: string[] | undefined): void {
  if (count !== undefined && addresses && addresses.length > 0) {
    throw new InvalidParameter('Give either Ipv6AddressCount or Ipv6Address.N, not both.');
  }
  const n = addresses?.length ?? count ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > MAX_IPV6_ADDRESSES_PER_INSTANCE) {
    throw new InvalidParameter(`An instance takes 0 to ${MAX_IPV6_ADDRESSES_PER_INSTANCE} IPv6 addresses; ${n} were asked for.`);
  }
}

/**
 * The addresses for one instance: `addresses` checked (inside the /64, free), or `count` free ones.
 * `used` gains them, so several instances of one launch never share an address.
 */
export function allocateIpv6(vsw: VSwitchRecord, count: number, addresses: string[] | undefined, used: Set<bigint>): string[] {
  const wanted = addresses?.length ?? count;
  if (wanted === 0) return [];
  const block = vsw.ipv6CidrBlock ? parseIpv6Cidr(vsw.ipv6CidrBlock) : undefined;
  if (!block) {
    throw new InvalidParameter(`VSwitch ${vsw.id} has no IPv6 block, so IPv6 addresses (Ipv6Address.N / Ipv6AddressCount) cannot be assigned in it: enable IPv6 on its VPC and on the VSwitch first.`);
  }
  const out: string[] = [];
  if (addresses && addresses.length > 0) {
    for (const text of addresses) {
      const a = parseIpv6(text);
      if (a === undefined || !ipv6BlockContains(block, a) || a === block.network) {
        throw new InvalidParameter(`The Ipv6Address "${text}" is not a usable address of VSwitch ${vsw.id}'s IPv6 block ${block.text}.`);
      }
      if (used.has(a)) throw new InvalidPrivateIpAddressDuplicated(`The Ipv6Address ${text} is already used in VSwitch ${vsw.id}. Choose a free address or give Ipv6AddressCount instead.`);
      used.add(a);
      out.push(formatIpv6(a));
    }
    return out;
  }
  for (let host = 1n; out.length < count; host++) {
    const a = block.network + host;
    if (used.has(a)) continue;
    used.add(a);
    out.push(formatIpv6(a));
  }
  return out;
}

/** Bound to VSWITCH_IPV6_HOOKS.disabling: a VSwitch keeps its /64 while an instance has an address in it. */
export function keepVSwitchIpv6WhileInstancesUseIt(tx: Transaction, vsw: VSwitchRecord): void {
  const user = tx.table<InstanceRecord>(INSTANCES).where(INSTANCES_BY_VSWITCH, vsw.id).find((i) => (i.ipv6Addresses ?? []).length > 0);
  if (user) {
    throw new OperationFailedVpcIpv6InUse(`IPv6 cannot be turned off or moved for VSwitch ${vsw.id}: instance ${user.id} still has the IPv6 address ${user.ipv6Addresses![0]}. Release the instance first.`);
  }
}
