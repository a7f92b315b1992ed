/**
 * What the SNAT family registers about the families it joins: a NAT gateway cannot be deleted
 * while it has SNAT entries (Force deletes them), nor a VSwitch that a SNAT entry names; and an
 * EIP that SNAT entries use cannot be unbound from its gateway (Force drops it from them), nor a NAT
 * IP that one uses deleted.
 */
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { EIP_HOOKS } from '../eip/domain';
import { InvalidIpStatusHasBeenUsedBySnatTable } from '../eip/errors';
import { DependencyViolationSnatEntry } from '../nat-gateway/errors';
import { NAT_IPS, type NatIpRecord } from '../nat-ip/records';
import { dropSnatAddress, snatEntries } from './domain';
import { DependencyViolationSnatEntryOfVSwitch } from './errors';
import type { SnatEntryRecord } from './records';

export const snatDependants: DependantRow<SnatEntryRecord>[] = [
  {
    parent: 'natGateway',
    what: 'SNAT entries',
    order: 10,
    find: (tx, natId) => snatEntries(tx).filter((e) => e.natGatewayId === natId),
    error: (natId, entries) =>
      new DependencyViolationSnatEntry(`The NAT gateway ${natId} still has ${entries.length} SNAT entr${entries.length === 1 ? 'y' : 'ies'} (such as ${entries[0].id}). Delete them with DeleteSnatEntry first, or delete the gateway with Force=true.`),
  },
  {
    parent: 'vswitch',
    what: 'SNAT entries for the VSwitch',
    order: 15,
    find: (tx, vswitchId) => snatEntries(tx).filter((e) => e.sourceVSwitchId === vswitchId),
    error: (vswitchId, [e]) =>
      new DependencyViolationSnatEntryOfVSwitch(`The VSwitch "${vswitchId}" is the source of SNAT entry ${e.id} in ${e.snatTableId}. Delete that SNAT entry first.`),
  },
  {
    parent: 'natIp',
    what: 'SNAT entries that use the NAT IP',
    order: 10,
    find: (tx, natIpId) => {
      const n = tx.table<NatIpRecord>(NAT_IPS).get(natIpId);
      return n ? snatEntries(tx).filter((e) => e.natGatewayId === n.natGatewayId && e.snatIps.includes(n.natIp)) : [];
    },
    error: (natIpId, entries) =>
      new DependencyViolationSnatEntry(`The NAT IP ${natIpId} is a SnatIp of SNAT entr${entries.length === 1 ? 'y' : 'ies'} ${entries.map((e) => e.id).join(', ')}. Delete them, or take the address out of them with ModifySnatEntry, first.`),
  },
];

export const snatCascades: CascadeRow[] = [
  { parent: 'natGateway', what: 'SNAT entries (Force)', remove: (tx, natId) => snatEntries(tx).filter((e) => e.natGatewayId === natId).forEach((e) => snatEntries(tx).delete(e.id)) },
];

export const snatHooks: HookBinding[] = [
  bind(EIP_HOOKS.unbinding, (tx, eip, force) => {
    const users = snatEntries(tx).filter((e) => e.snatIps.includes(eip.ipAddress));
    if (users.length === 0) return;
    if (!force) {
      throw new InvalidIpStatusHasBeenUsedBySnatTable(`The EIP ${eip.id} (${eip.ipAddress}) is used by SNAT entr${users.length === 1 ? 'y' : 'ies'} ${users.map((u) => u.id).join(', ')}. Remove it from them first, or pass Force=true to unbind it anyway (the entries lose the address).`);
    }
    dropSnatAddress(tx, eip.binding!.instanceId, eip.ipAddress);
  }),
];
