/**
 * SNAT entries: instances of a VSwitch (SourceVSwitchId, shown with the VSwitch's CIDR) or of a
 * CIDR block (SourceCIDR) reach the Internet from the gateway's public addresses (SnatIp). The
 * rules: every SnatIp is a public address of this gateway, ready (an EIP that is InUse, or a
 * bandwidth-package address); none is a DNAT entry's ExternalIp (the guide's exclusivity rule);
 * one entry per VSwitch and per source block; Pending → Available.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { isIpv4, parseCidr } from '../../../network-rules/cidr';
import type { DomainConfig } from '../../domain/config';
import { HookPoint } from '../../domain/hooks';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkResourceName } from '../../domain/naming';
import type { Transaction } from '../../store/store';
import { InvalidNameMalformed } from '../eip/errors';
import { FORWARD_ENTRIES, type ForwardEntryRecord } from '../dnat/records';
import { natGatewayOfTable } from '../nat-gateway/domain';
import { IncorrectStatusNatIp } from '../nat-ip/errors';
import { isVpcNatGateway, natIpsOfGateway } from '../nat-ip/records';
import { publicIpsOf } from '../nat-gateway/public-ips';
import { natGatewayStatus, type NatGatewayRecord } from '../nat-gateway/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import {
  ForbiddenIpUsedInForwardTable,
  ForbiddenSnatEntryCountLimited,
  ForbiddenSourceVSwitchIdDuplicated,
  IncorrectStatusNatgw,
  IncorretSnatEntryStatus,
  InvalidSnatEntryIdNotFound,
  InvalidSnatIpMalformed,
  InvalidSnatIpNotFound,
  InvalidSnatTableIdNotFound,
  InvalidVSwitchIdNotFoundForSnat,
  OperationUnsupportedCidrConflict,
  OperationUnsupportedEipInBinding,
} from './errors';
import { SNAT_ENTRIES, type SnatEntryRecord } from './records';

/**
 * Where other families refuse a source VSwitch (the HaVip family: a VSwitch holding a HaVip cannot
 * be a SNAT entry's source, Forbidden.SourceVSwitchId.IncludeHaVip), so this family never imports them.
 */
export const SNAT_HOOKS = {
  /** A hook throws to refuse the VSwitch as a SNAT entry's SourceVSwitchId. */
  sourceVSwitch: new HookPoint<[VSwitchRecord]>('snat.sourceVSwitch'),
};

/** SNAT entries per SNAT table (the sandbox's figure). */
export const MAX_SNAT_ENTRIES_PER_TABLE = 40;
/** Addresses one SNAT entry may use (an SNAT address pool). */
export const MAX_SNAT_IPS_PER_ENTRY = 20;

export function snatEntries(tx: Transaction) {
  return tx.table<SnatEntryRecord>(SNAT_ENTRIES);
}

export function snatEntryStatus(e: SnatEntryRecord, now: number): string {
  return currentStatus(e.lifecycle, now);
}

export function getSnatTable(tx: Transaction, snatTableId: string): NatGatewayRecord {
  const nat = natGatewayOfTable(tx, snatTableId);
  if (!nat || nat.snatTableId !== snatTableId) {
    throw new InvalidSnatTableIdNotFound(`The SNAT table "${snatTableId}" does not exist in region ${tx.region}. DescribeNatGateways shows each gateway's SnatTableIds.`);
  }
  return nat;
}

export function getSnatEntry(tx: Transaction, snatTableId: string | undefined, snatEntryId: string): SnatEntryRecord {
  if (snatTableId) getSnatTable(tx, snatTableId);
  const e = snatEntries(tx).get(snatEntryId);
  if (!e || (snatTableId && e.snatTableId !== snatTableId)) {
    throw new InvalidSnatEntryIdNotFound(`The SNAT entry "${snatEntryId}" does not exist${snatTableId ? ` in SNAT table ${snatTableId}` : ''}. DescribeSnatTableEntries lists a table's entries.`);
  }
  return e;
}

/** The source block an entry covers: its CIDR, or its VSwitch's. */
export function sourceBlockOf(tx: Transaction, e: SnatEntryRecord): string {
  return e.sourceCidr || tx.table<VSwitchRecord>(VSWITCHES).get(e.sourceVSwitchId)?.cidrBlock || '';
}

/** Addresses used by DNAT entries (any gateway: an address belongs to one gateway at a time). */
function dnatAddresses(tx: Transaction): Set<string> {
  return new Set(tx.table<ForwardEntryRecord>(FORWARD_ENTRIES).all().map((f) => f.externalIp));
}

/** Parses and checks SnatIp against the gateway's public addresses and the exclusivity rule. */
function checkSnatIps(tx: Transaction, nat: NatGatewayRecord, text: string): string[] {
  const ips = [...new Set(text.split(',').map((s) => s.trim()).filter((s) => s.length > 0))];
  if (ips.length === 0) throw new MissingParameter('The input parameter "SnatIp" that is mandatory for processing this request is not supplied: give one or more of the NAT gateway\'s public addresses, separated by commas.');
  if (ips.length > MAX_SNAT_IPS_PER_ENTRY) throw new InvalidSnatIpMalformed(`SnatIp lists ${ips.length} addresses; one SNAT entry uses at most ${MAX_SNAT_IPS_PER_ENTRY}.`);
  // A VPC NAT gateway translates to its NAT IPs (an EIP is refused there); an Internet one to its
  // public addresses (a NAT IP is refused there). Either way with the code for "not this gateway's".
  const vpcNat = isVpcNatGateway(nat);
  const own = new Map<string, { allocationId: string; ready: boolean }>(
    vpcNat ? natIpsOfGateway(tx, nat).map((n) => [n.natIp, { allocationId: n.id, ready: n.status === 'Available' }]) : publicIpsOf(tx, nat.id).map((p) => [p.ipAddress, p]),
  );
  const dnat = dnatAddresses(tx);
  for (const ip of ips) {
    if (!isIpv4(ip)) throw new InvalidSnatIpMalformed(`The SnatIp "${ip}" is not a valid IPv4 address: give public addresses such as 118.31.48.48, separated by commas.`);
    const p = own.get(ip);
    if (!p && vpcNat) {
      throw new InvalidSnatIpNotFound(`The SnatIp ${ip} is not a NAT IP of VPC NAT gateway ${nat.id}: a VPC NAT gateway translates to its NAT IPs, not to EIPs. Create one with CreateNatIp (alicloud_vpc_nat_ip); ListNatIps lists them.`);
    }
    if (p && !p.ready && vpcNat) {
      throw new IncorrectStatusNatIp(`The NAT IP ${p.allocationId} (${ip}) is still Creating: a SNAT entry can use it once it is Available. Poll ListNatIps and retry.`);
    }
    if (!p) {
      throw new InvalidSnatIpNotFound(`The SnatIp ${ip} is not a public address of NAT gateway ${nat.id}: bind the EIP to it (AssociateEipAddress InstanceType=Nat) or use an address of its bandwidth package. DescribeNatGateways shows its IpLists.`);
    }
    if (!p.ready) {
      throw new OperationUnsupportedEipInBinding(`The EIP ${p.allocationId} (${ip}) is still being bound to NAT gateway ${nat.id}; wait until DescribeEipAddresses shows it InUse, then retry.`);
    }
    if (dnat.has(ip)) {
      throw new ForbiddenIpUsedInForwardTable(`The public IP ${ip} is already used by a DNAT entry: the guide forbids using an address in both SNAT and DNAT. Choose another address for SNAT, or delete the DNAT entries that use it.`);
    }
  }
  return ips;
}

export interface CreateSnatInput {
  snatTableId: string;
  snatIp: string;
  sourceVSwitchId?: string;
  sourceCidr?: string;
  name?: string;
  eipAffinity?: number;
}

export function createSnatEntry(tx: Transaction, config: DomainConfig, input: CreateSnatInput): SnatEntryRecord {
  const nat = getSnatTable(tx, input.snatTableId);
  const name = checkResourceName(input.name, 'SnatEntryName', InvalidNameMalformed) ?? '';
  if (!input.sourceVSwitchId && !input.sourceCidr) {
    throw new MissingParameter('Say whose traffic the SNAT entry translates: give SourceVSwitchId (every instance of a VSwitch) or SourceCIDR (a block).');
  }
  if (input.sourceVSwitchId && input.sourceCidr) {
    throw new InvalidParameter('Give either SourceVSwitchId or SourceCIDR, not both: an entry covers a VSwitch or a block.');
  }
  const status = natGatewayStatus(nat, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNatgw(`The NAT gateway ${nat.id} is ${status}: SNAT entries can be added once it is Available. Poll DescribeNatGateways and retry.`);
  }
  const same = snatEntries(tx).filter((e) => e.snatTableId === nat.snatTableId);
  let block: string;
  if (input.sourceVSwitchId) {
    const vsw = tx.table<VSwitchRecord>(VSWITCHES).get(input.sourceVSwitchId);
    if (!vsw || vsw.vpcId !== nat.vpcId) {
      throw new InvalidVSwitchIdNotFoundForSnat(`The VSwitch "${input.sourceVSwitchId}" does not exist in VPC ${nat.vpcId} of NAT gateway ${nat.id}: SNAT covers VSwitches of the gateway's own VPC.`);
    }
    SNAT_HOOKS.sourceVSwitch.run(tx, vsw);
    const dup = same.find((e) => e.sourceVSwitchId === vsw.id);
    if (dup) {
      throw new ForbiddenSourceVSwitchIdDuplicated(`The VSwitch ${vsw.id} already has SNAT entry ${dup.id} in ${nat.snatTableId}: a VSwitch may appear in one SNAT entry only. Modify that entry's SnatIp instead.`);
    }
    block = vsw.cidrBlock;
  } else {
    const c = parseCidr(input.sourceCidr!, true);
    if (!c) throw new InvalidParameter(`The SourceCIDR "${input.sourceCidr}" is not an IPv4 block such as 192.168.1.0/24 (no host bits set after the mask).`);
    block = c.text;
  }
  const clash = same.find((e) => sourceBlockOf(tx, e) === block);
  if (clash) {
    throw new OperationUnsupportedCidrConflict(`The source block ${block} is already covered by SNAT entry ${clash.id} (${clash.sourceVSwitchId ? `VSwitch ${clash.sourceVSwitchId}` : `SourceCIDR ${clash.sourceCidr}`}) in ${nat.snatTableId}. Give another block or modify that entry.`);
  }
  if (same.length >= MAX_SNAT_ENTRIES_PER_TABLE) {
    throw new ForbiddenSnatEntryCountLimited(`The SNAT table ${nat.snatTableId} already has ${same.length} entries, the most one table holds (${MAX_SNAT_ENTRIES_PER_TABLE}). Delete an entry you no longer need.`);
  }
  const snatIps = checkSnatIps(tx, nat, input.snatIp);
  const entry: SnatEntryRecord = {
    id: newId('snat'),
    snatTableId: nat.snatTableId,
    natGatewayId: nat.id,
    snatIps,
    sourceVSwitchId: input.sourceVSwitchId ?? '',
    sourceCidr: input.sourceVSwitchId ? '' : block,
    name,
    eipAffinity: input.eipAffinity ?? 0,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
  };
  return snatEntries(tx).put(entry);
}

function requireSettled(tx: Transaction, e: SnatEntryRecord, doing: string): void {
  const status = snatEntryStatus(e, tx.now);
  if (status !== 'Available') {
    throw new IncorretSnatEntryStatus(`The SNAT entry ${e.id} is ${status}: ${doing} needs it Available. Poll DescribeSnatTableEntries and retry.`);
  }
}

export function modifySnatEntry(tx: Transaction, input: { snatTableId: string; snatEntryId: string; snatIp?: string; name?: string; eipAffinity?: number }): SnatEntryRecord {
  const nat = getSnatTable(tx, input.snatTableId);
  const e = getSnatEntry(tx, input.snatTableId, input.snatEntryId);
  const name = checkResourceName(input.name, 'SnatEntryName', InvalidNameMalformed);
  requireSettled(tx, e, 'ModifySnatEntry');
  const snatIps = input.snatIp !== undefined ? checkSnatIps(tx, nat, input.snatIp) : e.snatIps;
  return snatEntries(tx).put({ ...e, snatIps, name: name ?? e.name, eipAffinity: input.eipAffinity ?? e.eipAffinity });
}

export function deleteSnatEntry(tx: Transaction, snatTableId: string, snatEntryId: string): SnatEntryRecord {
  const e = getSnatEntry(tx, snatTableId, snatEntryId);
  requireSettled(tx, e, 'DeleteSnatEntry');
  snatEntries(tx).delete(e.id);
  return e;
}

/**
 * Drops an address from the entries that use it (an EIP unbound with Force, a bandwidth package
 * deleted with Force): an entry left without addresses goes with it.
 */
export function dropSnatAddress(tx: Transaction, natGatewayId: string, ip: string): void {
  for (const e of snatEntries(tx).filter((x) => x.natGatewayId === natGatewayId && x.snatIps.includes(ip))) {
    const rest = e.snatIps.filter((a) => a !== ip);
    if (rest.length === 0) snatEntries(tx).delete(e.id);
    else snatEntries(tx).put({ ...e, snatIps: rest });
  }
}
