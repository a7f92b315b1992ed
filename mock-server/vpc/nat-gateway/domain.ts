/**
 * NAT gateways (Enhanced): created in a VSwitch of their VPC, where they take a private address,
 * each with one SNAT table and one DNAT table; Creating → Available. An Internet NAT gateway's
 * addresses are EIPs bound with InstanceType=Nat and the addresses of the guide's bandwidth
 * packages (public-ips.ts); a VPC NAT gateway (NetworkType=intranet) translates to NAT IPs instead
 * (mock-server/vpc/nat-ip), starting with its own address as the default one.
 *
 * DeleteNatGateway goes through the dependency table: SNAT and DNAT entries, bound EIPs,
 * bandwidth packages and routes pointing at the gateway each block it with the real code, and
 * Force=true removes them instead (entries deleted, EIPs unbound, packages deleted, routes
 * deleted). Those rows are registered by the families that own the dependants.
 */
import { InvalidDescriptionMalformed, InvalidOperationDeletionProtection, InvalidParameter, MissingParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { removeCascades, requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { allocateAddress, checkRequestedAddress, usedAddresses } from '../../ecs/instance/addresses';
import { intToIp } from '../../../network-rules/cidr';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import { getVSwitch, requireAvailableVSwitch } from '../vswitch/domain';
import {
  IncorrectStatusNatGateway,
  InvalidNatGatewayIdNotFound,
  InvalidNatGatewayNameMalformed,
  InvalidSpecValueNotSupported,
  VswNotBelongToVpc,
} from './errors';
import { NAT_GATEWAYS, natGatewayStatus, type NatGatewayRecord } from './records';

/** PayBySpec sizes (PayByLcu gateways have no spec). */
export const NAT_SPECS = ['Small', 'Middle', 'Large', 'XLarge.1'] as const;

export function natGateways(tx: Transaction) {
  return tx.table<NatGatewayRecord>(NAT_GATEWAYS);
}

export function getNatGateway(tx: Transaction, natGatewayId: string): NatGatewayRecord {
  const nat = natGateways(tx).get(natGatewayId);
  if (!nat) {
    throw new InvalidNatGatewayIdNotFound(`The NAT gateway "${natGatewayId}" does not exist in region ${tx.region}. DescribeNatGateways lists your NAT gateways.`);
  }
  return nat;
}

export function requireAvailableNatGateway(tx: Transaction, nat: NatGatewayRecord, doing: string): void {
  const status = natGatewayStatus(nat, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNatGateway(`The NAT gateway ${nat.id} is ${status}: ${doing} needs it Available. Poll DescribeNatGateways until Status is Available and retry.`);
  }
}

/** The gateway that owns a SNAT table (`stb-…`) or DNAT table (`ftb-…`). */
export function natGatewayOfTable(tx: Transaction, tableId: string): NatGatewayRecord | undefined {
  return natGateways(tx).find((n) => n.snatTableId === tableId || n.forwardTableId === tableId);
}

export interface CreateNatGatewayInput {
  vpcId: string;
  vswitchId?: string;
  natType?: string;
  name?: string;
  description?: string;
  spec?: string;
  internetChargeType?: string;
  eipBindMode?: string;
  icmpReplyEnabled?: boolean;
  privateLinkEnabled?: boolean;
  accessMode?: { modeValue: string; tunnelType: string };
  /** CrossAZ (the default) or SingleAZ. */
  availabilityMode?: string;
  /** internet (default) or intranet (a VPC NAT gateway). */
  networkType?: string;
  /** A VPC NAT gateway's own address (its default NAT IP) in the VSwitch; the lowest free one otherwise. */
  natIp?: string;
  tags: Tags;
}

export function createNatGateway(tx: Transaction, config: DomainConfig, input: CreateNatGatewayInput): NatGatewayRecord {
  const vpc = getVpc(tx, input.vpcId);
  const name = checkResourceName(input.name, 'Name', InvalidNatGatewayNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  if (input.natType && input.natType !== 'Enhanced') {
    throw new InvalidParameter(`The NatType "${input.natType}" is not available: Normal NAT gateways are retired; create an Enhanced one (give a VSwitchId).`);
  }
  const chargeType = input.internetChargeType || 'PayByLcu';
  let spec = '';
  if (chargeType === 'PayBySpec') {
    spec = input.spec || 'Small';
    if (!(NAT_SPECS as readonly string[]).includes(spec)) {
      throw new InvalidSpecValueNotSupported(`The Spec "${spec}" is not supported: use one of ${NAT_SPECS.join(', ')} (PayBySpec), or InternetChargeType=PayByLcu without a Spec.`);
    }
  }
  // A Spec on a PayByLcu gateway is ignored, as the API reference says ("valid only when
  // InternetChargeType is PayBySpec"): the real provider's docs still send Spec=Small without a
  // charge type, and the real provider suppresses the difference on read.

  if (!input.vswitchId) {
    throw new MissingParameter('The input parameter "VSwitchId" that is mandatory for an Enhanced NAT gateway is not supplied: give a VSwitch of the VPC for the gateway to sit in.');
  }
  const vsw = getVSwitch(tx, input.vswitchId);
  if (vsw.vpcId !== vpc.id) {
    throw new VswNotBelongToVpc(`The VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, not in ${vpc.id}: a NAT gateway sits in a VSwitch of its own VPC.`);
  }
  requireAvailableVpc(tx, vpc, 'CreateNatGateway');
  requireAvailableVSwitch(tx, vsw, 'CreateNatGateway');
  const intranet = input.networkType === 'intranet';
  if (input.natIp && !intranet) {
    throw new InvalidParameter(`NatIp ${input.natIp} is for a VPC NAT gateway (NetworkType=intranet): an Internet NAT gateway takes its private address itself and gets public addresses from EIPs.`);
  }
  // The gateway's network interface takes an address in the VSwitch, like an instance would. A VPC
  // NAT gateway's address is also its default NAT IP, which NatIp may choose.
  const used = usedAddresses(tx, vsw.id);
  const privateIp = intToIp(input.natIp ? checkRequestedAddress(vsw, input.natIp, used) : allocateAddress(vsw, used));
  const nat: NatGatewayRecord = {
    id: newId('ngw'),
    vpcId: vpc.id,
    vswitchId: vsw.id,
    zoneId: vsw.zoneId,
    privateIpAddress: privateIp,
    eniId: newId('eni'),
    name,
    description,
    natType: 'Enhanced',
    networkType: intranet ? 'intranet' : 'internet',
    // A VPC NAT gateway starts with its VSwitch's block as default NAT IP CIDR block and its own
    // address as default NAT IP, as the real one does (ListNatIpCidrs / ListNatIps, IsDefault).
    ...(intranet ? { defaultNatIpId: newId('vpcnatip'), defaultNatIpCidrId: newId('vpcnatcidr') } : {}),
    spec,
    internetChargeType: chargeType,
    eipBindMode: input.eipBindMode || 'MULTI_BINDED',
    icmpReplyEnabled: input.icmpReplyEnabled ?? true,
    deletionProtection: false,
    ...(input.privateLinkEnabled ? { privateLinkEnabled: true } : {}),
    ...(input.accessMode ? { accessMode: input.accessMode } : {}),
    availabilityMode: input.availabilityMode || 'CrossAZ',
    resourceGroupId: vpc.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    snatTableId: newId('stb'),
    forwardTableId: newId('ftb'),
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Creating'], 'Available'),
    tags: input.tags,
  };
  return natGateways(tx).put(nat);
}

export function modifyNatGateway(
  tx: Transaction,
  natGatewayId: string,
  input: { name?: string; description?: string; icmpReplyEnabled?: boolean; eipBindMode?: string },
): NatGatewayRecord {
  const nat = getNatGateway(tx, natGatewayId);
  const name = checkResourceName(input.name, 'Name', InvalidNatGatewayNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  requireAvailableNatGateway(tx, nat, 'ModifyNatGatewayAttribute');
  return natGateways(tx).put({
    ...nat,
    name: name ?? nat.name,
    description: description ?? nat.description,
    icmpReplyEnabled: input.icmpReplyEnabled ?? nat.icmpReplyEnabled,
    eipBindMode: input.eipBindMode ?? nat.eipBindMode,
  });
}

/**
 * Without Force, anything still using the gateway refuses the delete with its real code (rows of
 * the dependency table). With Force those things are removed in the same transaction. The
 * gateway then disappears at once (the real one shows Deleting first; clients poll until it is
 * gone, which an immediate delete also satisfies).
 */
export function deleteNatGateway(tx: Transaction, natGatewayId: string, force: boolean): NatGatewayRecord {
  const nat = getNatGateway(tx, natGatewayId);
  // Protection wins over Force: nothing is removed while it is on.
  if (nat.deletionProtection) {
    throw new InvalidOperationDeletionProtection(`The NAT gateway ${nat.id} has deletion protection on, so it cannot be deleted (Force does not override it). Turn it off first with DeletionProtection (Type NATGW, ProtectionEnable false).`);
  }
  if (!force) requireNoDependants(tx, 'natGateway', nat.id);
  removeCascades(tx, 'natGateway', nat.id);
  natGateways(tx).delete(nat.id);
  return nat;
}

/** DeletionProtection with Type NATGW: while on, DeleteNatGateway is refused. */
export function setNatDeletionProtection(tx: Transaction, natGatewayId: string, enabled: boolean): NatGatewayRecord {
  const nat = getNatGateway(tx, natGatewayId);
  return natGateways(tx).put({ ...nat, deletionProtection: enabled });
}

/** ModifyNatGatewaySpec: a PayBySpec gateway changes size in place; a PayByLcu one has no Spec to change. */
export function modifyNatGatewaySpec(tx: Transaction, natGatewayId: string, spec: string): NatGatewayRecord {
  const nat = getNatGateway(tx, natGatewayId);
  if (nat.internetChargeType !== 'PayBySpec') {
    throw new InvalidSpecValueNotSupported(`The NAT gateway ${nat.id} is billed PayByLcu and scales by itself: it has no Spec to change. Only a PayBySpec gateway takes ModifyNatGatewaySpec.`);
  }
  if (!(NAT_SPECS as readonly string[]).includes(spec)) {
    throw new InvalidSpecValueNotSupported(`The Spec "${spec}" is not supported: use one of ${NAT_SPECS.join(', ')}.`);
  }
  requireAvailableNatGateway(tx, nat, 'ModifyNatGatewaySpec');
  return natGateways(tx).put({ ...nat, spec });
}
