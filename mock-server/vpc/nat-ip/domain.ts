/**
 * NAT IP CIDR blocks and NAT IPs of VPC NAT gateways (NetworkType=intranet): the addresses a VPC
 * NAT gateway's SNAT and DNAT entries translate to, as public addresses are for an Internet one.
 *
 * A VPC NAT gateway starts with a default block, its VSwitch's, and a default NAT IP, its own
 * address (records.ts derives both from the gateway). CreateNatIpCidr adds private blocks (/16 to
 * /32, outside every block of the VPC and of the gateway's other blocks, at most five); CreateNatIp
 * takes an address from one of the gateway's blocks, the one asked for or the lowest free one, at
 * most fifty per block. An address of the default block is a VSwitch address: it must be free
 * there (no instance, gateway or other NAT IP holds it, not one of the VSwitch's reserved four),
 * and holds it afterwards (links.ts). NAT IPs go Creating → Available; deleting one that a SNAT or
 * DNAT entry uses is refused (rows the SNAT and DNAT families register under 'natIp'), and a block
 * goes only when none of its NAT IPs is left. The defaults go only with the gateway.
 */
import { ApiError, InvalidDescriptionMalformed } from '../../errors';
import { containsIp, intToIp, ipToInt, isIpv4, overlaps, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { isReservedAddress } from '../../../network-rules/limits';
import { NAT_IP_CIDRS_PER_GATEWAY, NAT_IPS_PER_CIDR, natIpCidrProblem, natIpHostRange, natIpNameProblem } from '../../../network-rules/nat-ip';
import type { DomainConfig } from '../../domain/config';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkDescription } from '../../domain/naming';
import type { Transaction } from '../../store/store';
import { allocateAddress, usedAddresses } from '../../ecs/instance/addresses';
import { getNatGateway, natGateways, requireAvailableNatGateway } from '../nat-gateway/domain';
import type { NatGatewayRecord } from '../nat-gateway/records';
import { VPCS, vpcIpv4Blocks, type VpcRecord } from '../vpc/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import {
  DependencyViolationNatIp,
  IncorrectStatusNatIp,
  InvalidNatIpCidrMalformed,
  InvalidNatIpMalformed,
  InvalidNatIpNameMalformed,
  OperationFailedCreateNatIpCidrInVpcCidrBlock,
  OperationFailedDefaultNatIp,
  OperationFailedDefaultNatIpCidr,
  OperationFailedNatIpCidrInUse,
  OperationFailedNatIpNotInCidr,
  OperationFailedNatIpUsed,
  OperationUnsupportedNetworkType,
  QuotaExceededNatIp,
  QuotaExceededNatIpCidr,
  ResourceNotFoundNatIp,
  ResourceNotFoundNatIpCidr,
} from './errors';
import {
  NAT_IP_CIDRS,
  NAT_IPS,
  isVpcNatGateway,
  natIpCidrsOfGateway,
  natIpsOfGateway,
  type NatIpCidrRecord,
  type NatIpCidrView,
  type NatIpRecord,
  type NatIpView,
} from './records';

export function natIpCidrTable(tx: Transaction) {
  return tx.table<NatIpCidrRecord>(NAT_IP_CIDRS);
}

export function natIpTable(tx: Transaction) {
  return tx.table<NatIpRecord>(NAT_IPS);
}

function checkName(value: string | undefined, what: string): string | undefined {
  if (value === undefined || value === '') return value;
  const problem = natIpNameProblem(value);
  if (problem) throw new InvalidNatIpNameMalformed(`The ${what} "${value.slice(0, 60)}" is invalid: ${problem}.`);
  return value;
}

function checkDesc(value: string | undefined, what: string): string | undefined {
  return checkDescription(value, what, InvalidDescriptionMalformed);
}

/** The gateway, which must be a VPC NAT gateway: NAT IPs belong to no Internet NAT gateway. */
export function getVpcNatGateway(tx: Transaction, natGatewayId: string, doing: string): NatGatewayRecord {
  const nat = getNatGateway(tx, natGatewayId);
  if (!isVpcNatGateway(nat)) {
    throw new OperationUnsupportedNetworkType(`The NAT gateway ${nat.id} is an Internet NAT gateway: ${doing} works on VPC NAT gateways (NetworkType=intranet) only. An Internet NAT gateway translates to EIPs bound to it.`);
  }
  return nat;
}

/** The gateway's block with this text (normalised), default included, or undefined. */
function blockOf(tx: Transaction, nat: NatGatewayRecord, text: string): NatIpCidrView | undefined {
  const c = parseCidr(text);
  return c ? natIpCidrsOfGateway(tx, nat).find((b) => parseCidr(b.cidr)?.text === c.text) : undefined;
}

export interface CreateNatIpCidrInput {
  natGatewayId: string;
  natIpCidr: string;
  name?: string;
  description?: string;
}

export function createNatIpCidr(tx: Transaction, input: CreateNatIpCidrInput): NatIpCidrRecord {
  const nat = getVpcNatGateway(tx, input.natGatewayId, 'CreateNatIpCidr');
  const name = checkName(input.name, 'NatIpCidrName') ?? '';
  const description = checkDesc(input.description, 'NatIpCidrDescription') ?? '';
  const problem = natIpCidrProblem(input.natIpCidr);
  if (problem) throw new InvalidNatIpCidrMalformed(`The NatIpCidr ${problem}.`);
  const block = parseCidr(input.natIpCidr)!;
  requireAvailableNatGateway(tx, nat, 'CreateNatIpCidr');
  const vpc = tx.table<VpcRecord>(VPCS).get(nat.vpcId);
  for (const v of vpc ? vpcIpv4Blocks(vpc) : []) {
    if (overlaps(parseCidr(v)!, block)) {
      throw new OperationFailedCreateNatIpCidrInVpcCidrBlock(`The NatIpCidr ${block.text} overlaps ${v} of VPC ${nat.vpcId}: a NAT IP CIDR block lies outside the VPC's blocks. To translate to addresses of the VPC, use the gateway's default block (its VSwitch's) or a gateway in another VSwitch.`);
    }
  }
  for (const b of natIpCidrsOfGateway(tx, nat)) {
    const other = parseCidr(b.cidr);
    if (other && overlaps(other, block)) {
      throw new OperationFailedNatIpCidrInUse(`The NatIpCidr ${block.text} overlaps ${b.cidr}, ${b.isDefault ? 'the default block' : 'a NAT IP CIDR block'} of NAT gateway ${nat.id}. Choose a block that overlaps none of them.`);
    }
  }
  const count = natIpCidrTable(tx).count((r) => r.natGatewayId === nat.id);
  if (count >= NAT_IP_CIDRS_PER_GATEWAY) {
    throw new QuotaExceededNatIpCidr(`NAT gateway ${nat.id} already has ${count} NAT IP CIDR blocks besides its default one, the most a gateway may have (${NAT_IP_CIDRS_PER_GATEWAY}). Delete one you no longer need.`);
  }
  return natIpCidrTable(tx).put({ id: newId('vpcnatcidr'), natGatewayId: nat.id, vpcId: nat.vpcId, cidr: block.text, name, description, createdAt: tx.now });
}

/** A stored block of the gateway by its text; the default one is refused with `doing` named. */
function storedBlock(tx: Transaction, nat: NatGatewayRecord, text: string, doing: string): NatIpCidrRecord {
  const view = blockOf(tx, nat, text);
  if (!view) throw new ResourceNotFoundNatIpCidr(`NAT gateway ${nat.id} has no NAT IP CIDR block "${text}". ListNatIpCidrs lists its blocks.`);
  if (view.isDefault) {
    throw new OperationFailedDefaultNatIpCidr(`${view.cidr} is the default NAT IP CIDR block of NAT gateway ${nat.id} (its VSwitch's block): ${doing} does not apply to it; it goes with the gateway.`);
  }
  return natIpCidrTable(tx).get(view.id)!;
}

export function modifyNatIpCidr(tx: Transaction, input: { natGatewayId: string; natIpCidr: string; name?: string; description?: string }): NatIpCidrRecord {
  const nat = getVpcNatGateway(tx, input.natGatewayId, 'ModifyNatIpCidrAttribute');
  const row = storedBlock(tx, nat, input.natIpCidr, 'ModifyNatIpCidrAttribute');
  const name = checkName(input.name, 'NatIpCidrName');
  const description = checkDesc(input.description, 'NatIpCidrDescription');
  return natIpCidrTable(tx).put({ ...row, name: name ?? row.name, description: description ?? row.description });
}

export function deleteNatIpCidr(tx: Transaction, natGatewayId: string, natIpCidr: string): NatIpCidrRecord {
  const nat = getVpcNatGateway(tx, natGatewayId, 'DeleteNatIpCidr');
  const row = storedBlock(tx, nat, natIpCidr, 'DeleteNatIpCidr');
  const left = natIpTable(tx).filter((r) => r.natGatewayId === nat.id && parseCidr(r.natIpCidr)?.text === row.cidr);
  if (left.length > 0) {
    throw new DependencyViolationNatIp(`The NAT IP CIDR block ${row.cidr} of NAT gateway ${nat.id} still has ${left.length} NAT IP${left.length === 1 ? '' : 's'} (such as ${left[0].natIp}, ${left[0].id}). Delete them with DeleteNatIp first.`);
  }
  natIpCidrTable(tx).delete(row.id);
  return row;
}

export interface CreateNatIpInput {
  natGatewayId: string;
  natIpCidr: string;
  natIp?: string;
  name?: string;
  description?: string;
}

/** The requested address, checked against the block (and, for the default block, the VSwitch). */
function checkRequested(tx: Transaction, nat: NatGatewayRecord, block: Cidr, text: string, taken: (ip: number) => boolean, vsw?: VSwitchRecord): number {
  if (!isIpv4(text)) throw new InvalidNatIpMalformed(`The NatIp "${text}" is not a valid IPv4 address: give an address of the NatIpCidr ${block.text}, such as ${intToIp(natIpHostRange(block).first)}.`);
  const ip = ipToInt(text);
  if (!containsIp(block, ip)) {
    throw new OperationFailedNatIpNotInCidr(`The NatIp ${text} is outside the NatIpCidr ${block.text}: choose an address inside it, or leave NatIp out to get the lowest free one.`);
  }
  const { first, last } = natIpHostRange(block);
  if ((vsw && isReservedAddress(block, ip)) || (!vsw && (ip < first || ip > last))) {
    const why = vsw ? `the first address and the last three of VSwitch ${vsw.id} are reserved by the system` : 'the network and broadcast addresses of a NAT IP CIDR block are not handed out';
    throw new OperationFailedNatIpNotInCidr(`The NatIp ${text} cannot be used in ${block.text}: ${why}.`);
  }
  if (taken(ip)) {
    const where = vsw ? `in VSwitch ${vsw.id} (by an instance, the gateway itself or another NAT IP)` : `in the NAT IP CIDR block ${block.text} of NAT gateway ${nat.id}`;
    throw new OperationFailedNatIpUsed(`The NatIp ${text} is already used ${where}. Choose a free address, or leave NatIp out to get one.`);
  }
  return ip;
}

export function createNatIp(tx: Transaction, config: DomainConfig, input: CreateNatIpInput): NatIpRecord {
  const nat = getVpcNatGateway(tx, input.natGatewayId, 'CreateNatIp');
  const name = checkName(input.name, 'NatIpName') ?? '';
  const description = checkDesc(input.description, 'NatIpDescription') ?? '';
  const view = blockOf(tx, nat, input.natIpCidr);
  if (!view) {
    const blocks = natIpCidrsOfGateway(tx, nat).map((b) => b.cidr).join(', ');
    throw new OperationFailedNatIpNotInCidr(`The NatIpCidr "${input.natIpCidr}" is none of the NAT IP CIDR blocks of NAT gateway ${nat.id} (${blocks}). Add it with CreateNatIpCidr first, or use one of those.`);
  }
  requireAvailableNatGateway(tx, nat, 'CreateNatIp');
  const block = parseCidr(view.cidr)!;
  const inBlock = natIpTable(tx).filter((r) => r.natGatewayId === nat.id && parseCidr(r.natIpCidr)?.text === block.text);
  if (inBlock.length >= NAT_IPS_PER_CIDR) {
    throw new QuotaExceededNatIp(`The NAT IP CIDR block ${block.text} of NAT gateway ${nat.id} already has ${inBlock.length} NAT IPs, the most one block may have (${NAT_IPS_PER_CIDR}). Delete one, or add another block with CreateNatIpCidr.`);
  }
  let ip: number;
  let vswitchId: string | undefined;
  if (view.isDefault) {
    // The default block is the VSwitch's: its NAT IPs are VSwitch addresses like an instance's.
    const vsw = tx.table<VSwitchRecord>(VSWITCHES).get(nat.vswitchId)!;
    const used = usedAddresses(tx, vsw.id);
    ip = input.natIp ? checkRequested(tx, nat, block, input.natIp, (x) => used.has(x), vsw) : allocateAddress(vsw, used);
    vswitchId = vsw.id;
  } else {
    const taken = new Set(inBlock.map((r) => ipToInt(r.natIp)));
    if (input.natIp) ip = checkRequested(tx, nat, block, input.natIp, (x) => taken.has(x));
    else {
      const { first, last } = natIpHostRange(block);
      let free: number | undefined;
      for (let x = first; x <= last && free === undefined; x++) if (!taken.has(x)) free = x;
      // The quota (50) is below the smallest block's size but one (/32), so only a /32 can run out.
      if (free === undefined) throw new QuotaExceededNatIp(`The NAT IP CIDR block ${block.text} of NAT gateway ${nat.id} has no free address left. Add another block with CreateNatIpCidr.`);
      ip = free;
    }
  }
  return natIpTable(tx).put({
    id: newId('vpcnatip'),
    natGatewayId: nat.id,
    natIp: intToIp(ip),
    natIpCidr: view.cidr,
    ...(vswitchId ? { vswitchId } : {}),
    name,
    description,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Creating'], 'Available'),
  });
}

/** A NAT IP by ID, the default ones included (optionally of one gateway). */
export function getNatIp(tx: Transaction, natIpId: string, natGatewayId?: string): { view: NatIpView; row?: NatIpRecord } {
  const row = natIpTable(tx).get(natIpId);
  const nat = row ? natGateways(tx).get(row.natGatewayId) : natGateways(tx).find((n) => n.defaultNatIpId === natIpId);
  const view = nat ? natIpsOfGateway(tx, nat).find((v) => v.id === natIpId) : undefined;
  if (!view || (natGatewayId && view.natGatewayId !== natGatewayId)) {
    throw new ResourceNotFoundNatIp(`The NAT IP "${natIpId}" does not exist${natGatewayId ? ` in NAT gateway ${natGatewayId}` : ''} in region ${tx.region}. ListNatIps lists a gateway's NAT IPs.`);
  }
  return { view, row };
}

export function modifyNatIp(tx: Transaction, input: { natIpId: string; name?: string; description?: string }): NatIpRecord {
  const { view, row } = getNatIp(tx, input.natIpId);
  if (!row) throw new OperationFailedDefaultNatIp(`${view.id} (${view.natIp}) is the default NAT IP of NAT gateway ${view.natGatewayId}: it has no name or description to change.`);
  const name = checkName(input.name, 'NatIpName');
  const description = checkDesc(input.description, 'NatIpDescription');
  requireSettled(tx, row, 'ModifyNatIpAttribute');
  return natIpTable(tx).put({ ...row, name: name ?? row.name, description: description ?? row.description });
}

function requireSettled(tx: Transaction, row: NatIpRecord, doing: string): void {
  const status = currentStatus(row.lifecycle, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNatIp(`The NAT IP ${row.id} (${row.natIp}) is ${status}: ${doing} needs it Available. Poll ListNatIps and retry.`);
  }
}

/**
 * DeleteNatIp: refused for the default NAT IP, while the NAT IP is Creating, and while a SNAT or
 * DNAT entry uses it. The NAT IP is gone at once (the real one shows Deleting first; clients poll
 * until it is absent, which an immediate delete also satisfies).
 */
export function deleteNatIp(tx: Transaction, natIpId: string, natGatewayId?: string): NatIpRecord {
  const { view, row } = getNatIp(tx, natIpId, natGatewayId);
  if (!row) throw new OperationFailedDefaultNatIp(`${view.id} (${view.natIp}) is the default NAT IP of NAT gateway ${view.natGatewayId}, its own address: it goes only with the gateway.`);
  requireSettled(tx, row, 'DeleteNatIp');
  try {
    requireNoDependants(tx, 'natIp', row.id);
  } catch (err) {
    // DeleteNatIp's documented code for a NAT IP that SNAT or DNAT entries still use is
    // DependencyViolation.NatIp; the SNAT/DNAT rows' own codes fit their other parents.
    if (err instanceof ApiError && err.code.startsWith('DependencyViolation')) throw new DependencyViolationNatIp(err.message);
    throw err;
  }
  natIpTable(tx).delete(row.id);
  return row;
}
