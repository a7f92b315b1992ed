/**
 * What the DNAT family registers about the families it joins: a NAT gateway cannot be deleted
 * while it has DNAT entries (Force deletes them), and an EIP that DNAT entries use cannot be
 * unbound from its gateway (Force deletes those entries), nor a NAT IP that one uses deleted.
 */
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { EIP_HOOKS } from '../eip/domain';
import { InvalidIpStatusHasBeenUsedByForwardEntry } from '../eip/errors';
import { DependencyViolationForwardEntry } from '../nat-gateway/errors';
import { NAT_IPS, type NatIpRecord } from '../nat-ip/records';
import { forwardEntries } from './domain';
import type { ForwardEntryRecord } from './records';

export const dnatDependants: DependantRow<ForwardEntryRecord>[] = [
  {
    parent: 'natGateway',
    what: 'DNAT entries',
    order: 10,
    find: (tx, natId) => forwardEntries(tx).filter((e) => e.natGatewayId === natId),
    error: (natId, entries) =>
      new DependencyViolationForwardEntry(`The NAT gateway ${natId} still has ${entries.length} DNAT entr${entries.length === 1 ? 'y' : 'ies'} (such as ${entries[0].id}). Delete them with DeleteForwardEntry first, or delete the gateway with Force=true.`),
  },
  {
    parent: 'natIp',
    what: 'DNAT entries whose ExternalIp is the NAT IP',
    order: 10,
    find: (tx, natIpId) => {
      const n = tx.table<NatIpRecord>(NAT_IPS).get(natIpId);
      return n ? forwardEntries(tx).filter((e) => e.natGatewayId === n.natGatewayId && e.externalIp === n.natIp) : [];
    },
    error: (natIpId, entries) =>
      new DependencyViolationForwardEntry(`The NAT IP ${natIpId} (${entries[0].externalIp}) is the ExternalIp of DNAT entr${entries.length === 1 ? 'y' : 'ies'} ${entries.map((e) => e.id).join(', ')}. Delete them with DeleteForwardEntry first.`),
  },
];

export const dnatCascades: CascadeRow[] = [
  { parent: 'natGateway', what: 'DNAT entries (Force)', remove: (tx, natId) => forwardEntries(tx).filter((e) => e.natGatewayId === natId).forEach((e) => forwardEntries(tx).delete(e.id)) },
];

export const dnatHooks: HookBinding[] = [
  bind(EIP_HOOKS.unbinding, (tx, eip, force) => {
    const users = forwardEntries(tx).filter((e) => e.externalIp === eip.ipAddress);
    if (users.length === 0) return;
    if (!force) {
      throw new InvalidIpStatusHasBeenUsedByForwardEntry(`The EIP ${eip.id} (${eip.ipAddress}) is the ExternalIp of DNAT entr${users.length === 1 ? 'y' : 'ies'} ${users.map((u) => u.id).join(', ')}. Delete them first, or pass Force=true to unbind it anyway (the entries are deleted).`);
    }
    for (const u of users) forwardEntries(tx).delete(u.id);
  }),
];
