/**
 * DNAT entries: the gateway forwards ExternalIp:ExternalPort (of one protocol) to
 * InternalIp:InternalPort, or with IP mapping every port and protocol of ExternalIp. The rules:
 * ExternalIp is a ready public address of this gateway and no SNAT entry's (the guide's
 * exclusivity rule); InternalIp lies in the VPC and is no instance's that has its own EIP;
 * (ExternalIp, ExternalPort, IpProtocol) and (IpProtocol, InternalIp, InternalPort) are each
 * unique (ranges may not overlap, and an IP-mapped address is used by no other entry); at most 100
 * entries per table; Pending → Available.
 *
 * The real API also refuses a new entry while another one of the table is Pending or Modifying
 * (IncorretForwardEntryStatus). The sandbox serialises creates in its transactions instead, so a
 * Terraform configuration that creates several entries at once works without retries; a change to
 * an entry that is itself Pending or Modifying is still refused.
 */
import { InvalidParameter } from '../../errors';
import { containsIp, ipToInt, isIpv4 } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import type { DomainConfig } from '../../domain/config';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkResourceName } from '../../domain/naming';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { publicAddressesInUse } from '../../ecs/instance/addresses';
import { InvalidNameMalformed } from '../eip/errors';
import { eipsBoundTo } from '../eip/records';
import { natGatewayOfTable, natGateways } from '../nat-gateway/domain';
import { IncorrectStatusNatIp } from '../nat-ip/errors';
import { NAT_IPS, isVpcNatGateway, natIpsOfGateway, type NatIpRecord } from '../nat-ip/records';
import { publicIpsOf } from '../nat-gateway/public-ips';
import { natGatewayStatus, type NatGatewayRecord } from '../nat-gateway/records';
import { SNAT_ENTRIES, type SnatEntryRecord } from '../snat/records';
import { OperationUnsupportedEipInBinding, IncorrectStatusNatgw } from '../snat/errors';
import { VPCS, type VpcRecord } from '../vpc/records';
import {
  ForbiddenExternalIpUsedInSnatTable,
  ForbiddenInternalIpOutOfVpcCidr,
  ForbinddenInstanceHasEip,
  ForwardEntryQuotaExceeded,
  IncorretForwardEntryStatus,
  InvalidExternalIpMalformed,
  InvalidExternalIpNotFound,
  InvalidForwardEntryIdNotFound,
  InvalidForwardTableIdNotFound,
  InvalidInternalIpMalformed,
  InvalidIpNotInNatgw,
  OperationUnsupportedForwardEntry,
} from './errors';
import { parseMapping, sidesClash, type Mapping } from './ports';
import { FORWARD_ENTRIES, type ForwardEntryRecord } from './records';

/** DNAT entries per DNAT table (the real limit). */
export const MAX_FORWARD_ENTRIES_PER_TABLE = 100;

export function forwardEntries(tx: Transaction) {
  return tx.table<ForwardEntryRecord>(FORWARD_ENTRIES);
}

export function forwardEntryStatus(e: ForwardEntryRecord, now: number): string {
  return currentStatus(e.lifecycle, now);
}

export function getForwardTable(tx: Transaction, forwardTableId: string): NatGatewayRecord {
  const nat = natGatewayOfTable(tx, forwardTableId);
  if (!nat || nat.forwardTableId !== forwardTableId) {
    throw new InvalidForwardTableIdNotFound(`The DNAT table "${forwardTableId}" does not exist in region ${tx.region}. DescribeNatGateways shows each gateway's ForwardTableIds.`);
  }
  return nat;
}

export function getForwardEntry(tx: Transaction, forwardTableId: string | undefined, forwardEntryId: string): ForwardEntryRecord {
  if (forwardTableId) getForwardTable(tx, forwardTableId);
  const e = forwardEntries(tx).get(forwardEntryId);
  if (!e || (forwardTableId && e.forwardTableId !== forwardTableId)) {
    throw new InvalidForwardEntryIdNotFound(`The DNAT entry "${forwardEntryId}" does not exist${forwardTableId ? ` in DNAT table ${forwardTableId}` : ''}. DescribeForwardTableEntries lists a table's entries.`);
  }
  return e;
}

export interface ForwardInput {
  externalIp: string;
  externalPort: string;
  ipProtocol: string;
  internalIp: string;
  internalPort: string;
}

/**
 * A VPC NAT gateway's ExternalIp is one of its NAT IPs, Available: an EIP is refused there, as a NAT
 * IP is on an Internet gateway (the same code as any address that is not the gateway's).
 */
function checkNatIp(tx: Transaction, nat: NatGatewayRecord, ip: string): void {
  const own = natIpsOfGateway(tx, nat).find((n) => n.natIp === ip);
  if (!own) {
    const eip = publicAddressesInUse(tx).has(ip) ? ' (an EIP or another public address: a VPC NAT gateway translates to private NAT IPs, not public addresses)' : '';
    throw new InvalidIpNotInNatgw(`The ExternalIp ${ip} is not a NAT IP of VPC NAT gateway ${nat.id}${eip}. Create one with CreateNatIp (alicloud_vpc_nat_ip); ListNatIps lists the gateway's NAT IPs.`);
  }
  if (own.status !== 'Available') {
    throw new IncorrectStatusNatIp(`The NAT IP ${own.id} (${ip}) is ${own.status}: a DNAT entry can use it once it is Available. Poll ListNatIps and retry.`);
  }
}

/** The gateway of another kind owns this address: name it, so the error says what to use instead. */
function natIpElsewhere(tx: Transaction, ip: string): string | undefined {
  const row = tx.table<NatIpRecord>(NAT_IPS).find((n) => n.natIp === ip);
  if (row) return row.natGatewayId;
  return natGateways(tx).find((n) => isVpcNatGateway(n) && n.privateIpAddress === ip)?.id;
}

function checkExternalIp(tx: Transaction, nat: NatGatewayRecord, ip: string): void {
  if (!isIpv4(ip)) throw new InvalidExternalIpMalformed(`The ExternalIp "${ip}" is not a valid IPv4 address: give a public address of the NAT gateway, such as 118.31.48.48.`);
  if (isVpcNatGateway(nat)) checkNatIp(tx, nat, ip);
  const own = isVpcNatGateway(nat) ? { ready: true, allocationId: '' } : publicIpsOf(tx, nat.id).find((p) => p.ipAddress === ip);
  if (!own) {
    const vpcNat = natIpElsewhere(tx, ip);
    if (vpcNat) {
      throw new InvalidIpNotInNatgw(`The ExternalIp ${ip} is a NAT IP of VPC NAT gateway ${vpcNat}, and ${nat.id} is an Internet NAT gateway: its DNAT entries take EIPs bound to it (AssociateEipAddress InstanceType=Nat).`);
    }
    if (publicAddressesInUse(tx).has(ip)) {
      throw new InvalidIpNotInNatgw(`The ExternalIp ${ip} is not a public address of NAT gateway ${nat.id}: bind that EIP to the gateway first (AssociateEipAddress InstanceType=Nat). DescribeNatGateways shows its IpLists.`);
    }
    throw new InvalidExternalIpNotFound(`The ExternalIp ${ip} is not a public address in region ${tx.region}: allocate an EIP (AllocateEipAddress, IpAddress=${ip} to choose it) and bind it to NAT gateway ${nat.id}.`);
  }
  if (!own.ready) {
    throw new OperationUnsupportedEipInBinding(`The EIP ${own.allocationId} (${ip}) is still being bound to NAT gateway ${nat.id}; wait until DescribeEipAddresses shows it InUse, then retry.`);
  }
  const snat = tx.table<SnatEntryRecord>(SNAT_ENTRIES).find((s) => s.snatIps.includes(ip));
  if (snat) {
    throw new ForbiddenExternalIpUsedInSnatTable(`The public IP ${ip} is already used by SNAT entry ${snat.id}: the guide forbids using an address in both SNAT and DNAT. Choose another address for DNAT, or remove it from the SNAT entry.`);
  }
}

function checkInternalIp(tx: Transaction, nat: NatGatewayRecord, ip: string): void {
  if (!isIpv4(ip)) throw new InvalidInternalIpMalformed(`The InternalIp "${ip}" is not a valid IPv4 address: give a private address in the VPC, such as 172.16.121.123.`);
  const vpc = tx.table<VpcRecord>(VPCS).get(nat.vpcId);
  if (!vpc || !containsIp(cidrOf(vpc.cidrBlock)!, ipToInt(ip))) {
    throw new ForbiddenInternalIpOutOfVpcCidr(`The InternalIp ${ip} is outside ${vpc?.cidrBlock ?? 'the CIDR block'} of VPC ${nat.vpcId}: DNAT forwards to a private address inside the gateway's VPC.`);
  }
  const inst = tx.table<InstanceRecord>(INSTANCES).find((i) => i.vpcId === nat.vpcId && i.privateIp === ip);
  const eip = inst ? eipsBoundTo(tx, inst.id)[0] : undefined;
  // An instance's own EIP takes its Internet traffic; a VPC NAT gateway's DNAT is private traffic.
  if (inst && eip && !isVpcNatGateway(nat)) {
    throw new ForbinddenInstanceHasEip(`The InternalIp ${ip} is instance ${inst.id}, which has its own EIP ${eip.ipAddress}: it already receives Internet traffic there. Unbind the EIP first, or forward to another address.`);
  }
}

/** The uniqueness rules against the table's other entries (`except`: the entry being modified). */
function checkUnique(tx: Transaction, nat: NatGatewayRecord, input: ForwardInput, m: Mapping, except?: string): void {
  for (const e of forwardEntries(tx).filter((x) => x.forwardTableId === nat.forwardTableId && x.id !== except)) {
    if (e.externalIp === input.externalIp && sidesClash(e.ipProtocol, e.externalPort, m.protocol, m.externalText)) {
      const why = e.ipProtocol === 'any' || m.protocol === 'any' ? 'an IP-mapped address (IpProtocol any) is used by one DNAT entry only' : '(ExternalIp, ExternalPort, IpProtocol) must be unique';
      throw new OperationUnsupportedForwardEntry(`${input.externalIp}:${m.externalText}/${m.protocol} is already forwarded by DNAT entry ${e.id} (${e.externalIp}:${e.externalPort}/${e.ipProtocol} → ${e.internalIp}:${e.internalPort}): ${why}. Use another external port or address.`);
    }
    if (e.internalIp === input.internalIp && sidesClash(e.ipProtocol, e.internalPort, m.protocol, m.internalText)) {
      throw new OperationUnsupportedForwardEntry(`${input.internalIp}:${m.internalText}/${m.protocol} already receives DNAT entry ${e.id} (${e.externalIp}:${e.externalPort}/${e.ipProtocol} → ${e.internalIp}:${e.internalPort}): (IpProtocol, InternalIp, InternalPort) must be unique. Use another internal port.`);
    }
  }
}

function checkEntry(tx: Transaction, nat: NatGatewayRecord, input: ForwardInput, except?: string): Mapping {
  const m = parseMapping(input.ipProtocol, input.externalPort, input.internalPort);
  checkExternalIp(tx, nat, input.externalIp);
  checkInternalIp(tx, nat, input.internalIp);
  if (input.externalIp === input.internalIp) throw new InvalidParameter('ExternalIp and InternalIp must differ.');
  checkUnique(tx, nat, input, m, except);
  return m;
}

export function createForwardEntry(tx: Transaction, config: DomainConfig, forwardTableId: string, input: ForwardInput & { name?: string; portBreak?: boolean }): ForwardEntryRecord {
  const nat = getForwardTable(tx, forwardTableId);
  const name = checkResourceName(input.name, 'ForwardEntryName', InvalidNameMalformed) ?? '';
  const status = natGatewayStatus(nat, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNatgw(`The NAT gateway ${nat.id} is ${status}: DNAT entries can be added once it is Available. Poll DescribeNatGateways and retry.`);
  }
  const m = checkEntry(tx, nat, input);
  const count = forwardEntries(tx).count((e) => e.forwardTableId === forwardTableId);
  if (count >= MAX_FORWARD_ENTRIES_PER_TABLE) {
    throw new ForwardEntryQuotaExceeded(`The DNAT table ${forwardTableId} already has ${count} entries, the most one table holds (${MAX_FORWARD_ENTRIES_PER_TABLE}). Delete an entry you no longer need.`);
  }
  const entry: ForwardEntryRecord = {
    id: newId('fwd'),
    forwardTableId,
    natGatewayId: nat.id,
    externalIp: input.externalIp,
    externalPort: m.externalText,
    internalIp: input.internalIp,
    internalPort: m.internalText,
    ipProtocol: m.protocol,
    name,
    portBreak: !!input.portBreak,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
  };
  return forwardEntries(tx).put(entry);
}

function requireSettled(tx: Transaction, e: ForwardEntryRecord, doing: string): void {
  const status = forwardEntryStatus(e, tx.now);
  if (status !== 'Available') {
    throw new IncorretForwardEntryStatus(`The DNAT entry ${e.id} is ${status}: ${doing} needs it Available. Poll DescribeForwardTableEntries and retry.`);
  }
}

export function modifyForwardEntry(
  tx: Transaction,
  config: DomainConfig,
  forwardTableId: string,
  forwardEntryId: string,
  changes: Partial<ForwardInput> & { name?: string; portBreak?: boolean },
): ForwardEntryRecord {
  const nat = getForwardTable(tx, forwardTableId);
  const e = getForwardEntry(tx, forwardTableId, forwardEntryId);
  const name = checkResourceName(changes.name, 'ForwardEntryName', InvalidNameMalformed);
  requireSettled(tx, e, 'ModifyForwardEntry');
  const next: ForwardInput = {
    externalIp: changes.externalIp ?? e.externalIp,
    externalPort: changes.externalPort ?? e.externalPort,
    ipProtocol: changes.ipProtocol ?? e.ipProtocol,
    internalIp: changes.internalIp ?? e.internalIp,
    internalPort: changes.internalPort ?? e.internalPort,
  };
  const m = checkEntry(tx, nat, next, e.id);
  return forwardEntries(tx).put({
    ...e,
    externalIp: next.externalIp,
    externalPort: m.externalText,
    internalIp: next.internalIp,
    internalPort: m.internalText,
    ipProtocol: m.protocol,
    name: name ?? e.name,
    portBreak: changes.portBreak ?? e.portBreak,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Modifying'], 'Available'),
  });
}

export function deleteForwardEntry(tx: Transaction, forwardTableId: string, forwardEntryId: string): ForwardEntryRecord {
  const e = getForwardEntry(tx, forwardTableId, forwardEntryId);
  requireSettled(tx, e, 'DeleteForwardEntry');
  forwardEntries(tx).delete(e.id);
  return e;
}
