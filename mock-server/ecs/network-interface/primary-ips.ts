/**
 * Secondary private IPv4 addresses of an instance's primary ENI (eni-<instance suffix>), which the
 * sandbox derives from the instance row instead of storing: AssignPrivateIpAddresses and
 * UnassignPrivateIpAddresses on it change the instance's `secondaryIps`. This is what the real
 * provider calls for alicloud_instance's secondary_private_ips / secondary_private_ip_address_count.
 *
 * The rules are the secondary ENIs' (./domain.ts): the addresses come from the instance's VSwitch
 * through the shared allocator (so nothing else ever gets them, and the VSwitch's free-address
 * count drops by each), the ENI holds at most its instance type's EniPrivateIpAddressQuantity (the
 * primary address included), and the instance must be Running or Stopped, as the API reference
 * says for primary ENIs. The addresses go with the instance when it is released.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { intToIp } from '../../../network-rules/cidr';
import { instanceTypeShape } from '../../domain/region-catalog';
import type { Transaction } from '../../store/store';
import { getVSwitch } from '../../vpc/vswitch/domain';
import { allocateAddress, checkRequestedAddress, usedAddresses } from '../instance/addresses';
import { put, statusOf } from '../instance/domain';
import { IncorrectInstanceStatus } from '../instance/errors';
import { INSTANCES, type InstanceRecord } from '../instance/records';
import { InvalidIpIpUnassigned, InvalidOperationIpv4CountExceeded } from './errors';
import { eniPrivateIpQuantityFor } from './records';

/** The instance whose primary ENI `eniId` is, or undefined for any other ID. */
export function primaryEniOwner(tx: Transaction, eniId: string): InstanceRecord | undefined {
  if (!eniId.startsWith('eni-')) return undefined;
  return tx.table<InstanceRecord>(INSTANCES).get(`i-${eniId.slice(4)}`);
}

function requireSettled(tx: Transaction, inst: InstanceRecord, doing: string): void {
  const status = statusOf(inst, tx.now);
  if (status !== 'Running' && status !== 'Stopped') {
    throw new IncorrectInstanceStatus(`The instance ${inst.id} is ${status}: ${doing} on its primary network interface needs it Running or Stopped. Wait until it settles and retry.`);
  }
}

export function assignPrimaryPrivateIps(tx: Transaction, inst: InstanceRecord, input: { addresses?: string[]; count?: number }): string[] {
  const eniId = `eni-${inst.id.slice(2)}`;
  requireSettled(tx, inst, 'AssignPrivateIpAddresses');
  const listed = input.addresses?.length ? input.addresses : undefined;
  if (listed && input.count !== undefined) throw new InvalidParameter('Give either PrivateIpAddress.N or SecondaryPrivateIpAddressCount, not both.');
  if (!listed && !input.count) throw new MissingParameter('Give PrivateIpAddress.N or SecondaryPrivateIpAddressCount: the addresses to assign.');
  const held = inst.secondaryIps ?? [];
  const quota = eniPrivateIpQuantityFor(instanceTypeShape(inst.instanceType).cpu);
  const wanted = listed?.length ?? input.count ?? 0;
  if (1 + held.length + wanted > quota) {
    throw new InvalidOperationIpv4CountExceeded(
      `The network interface ${eniId} (primary, of ${inst.id}) holds ${1 + held.length} private IPv4 addresses and may hold ${quota} (EniPrivateIpAddressQuantity of ${inst.instanceType}): ${wanted} more do not fit.`,
    );
  }
  const vsw = getVSwitch(tx, inst.vswitchId);
  const used = usedAddresses(tx, vsw.id);
  const added: string[] = [];
  for (const text of listed ?? []) {
    const ip = checkRequestedAddress(vsw, text, used);
    used.add(ip);
    added.push(intToIp(ip));
  }
  for (let i = 0; i < (listed ? 0 : wanted); i++) {
    const ip = allocateAddress(vsw, used);
    used.add(ip);
    added.push(intToIp(ip));
  }
  put(tx, inst, { secondaryIps: [...held, ...added] });
  return added;
}

export function unassignPrimaryPrivateIps(tx: Transaction, inst: InstanceRecord, addresses: string[]): void {
  const eniId = `eni-${inst.id.slice(2)}`;
  requireSettled(tx, inst, 'UnassignPrivateIpAddresses');
  if (addresses.length === 0) throw new MissingParameter('The input parameter "PrivateIpAddress.N" that is mandatory for processing this request is not supplied.');
  const held = inst.secondaryIps ?? [];
  for (const a of addresses) {
    if (a === inst.privateIp) throw new InvalidIpIpUnassigned(`${a} is the primary private IP of ${eniId} (instance ${inst.id}): it cannot be unassigned; change it with ModifyInstanceVpcAttribute.`);
    if (!held.includes(a)) throw new InvalidIpIpUnassigned(`The network interface ${eniId} (primary, of ${inst.id}) has no secondary private IP ${a}. Its secondary addresses: ${held.join(', ') || 'none'}.`);
  }
  put(tx, inst, { secondaryIps: held.filter((x) => !addresses.includes(x)) });
}
