/**
 * Virtual border routers: the bridge between a leased line and VPCs. A VBR sits on an Enabled
 * physical connection with a VLAN id (0–2999) no other VBR of that line uses; it is active at
 * once, and comes with its own route table (vtb-…, RouterType VBR) and its leased-line interface
 * (VlanInterfaceId, the guide's RI3). Its table takes custom routes through CreateRouteEntry: the
 * IDC block to the leased-line interface, the VPC block to the VBR's interface towards the VPC.
 */
import { isIpv4 } from '../../../network-rules/cidr';
import { parseIpv6, parseIpv6Cidr } from '../../../network-rules/ipv6';
import { InvalidParameter } from '../../errors';
import { removeCascades, requireNoDependants, type CascadeRow, type DependantRow } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { checkDescription, checkResourceName } from '../../domain/naming';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { DependencyViolationVbr } from '../physical-connection/errors';
import { getPhysicalConnection } from '../physical-connection/domain';
import { DependencyViolationRouteEntry } from '../route-table/errors';
import { ROUTE_ENTRIES, ROUTE_TABLES, type RouteEntryRecord, type RouteTableRecord } from '../route-table/records';
import { InvalidDescription, InvalidName } from '../vpn-gateway/errors';
import { InvalidPhysicalConnectionIdNotEnabled, InvalidVbrIdNotFound, InvalidVlanIdMalformed, InvalidVlanIdUsed } from './errors';
import { VBRS, type VbrRecord } from './records';

export const MAX_VLAN_ID = 2999;

export function getVbr(tx: Transaction, id: string): VbrRecord {
  const vbr = tx.table<VbrRecord>(VBRS).get(id);
  if (!vbr) throw new InvalidVbrIdNotFound(`The VBR "${id}" does not exist in region ${tx.region}. DescribeVirtualBorderRouters lists your VBRs.`);
  return vbr;
}

function checkVlan(tx: Transaction, physicalConnectionId: string, vlanId: number, self?: string): void {
  if (!Number.isInteger(vlanId) || vlanId < 0 || vlanId > MAX_VLAN_ID) {
    throw new InvalidVlanIdMalformed(`The VlanId ${vlanId} is invalid: use an integer from 0 to ${MAX_VLAN_ID}.`);
  }
  const clash = tx.table<VbrRecord>(VBRS).find((v) => v.physicalConnectionId === physicalConnectionId && v.vlanId === vlanId && v.id !== self);
  if (clash) {
    throw new InvalidVlanIdUsed(`VLAN ${vlanId} is already used by VBR ${clash.id} on physical connection ${physicalConnectionId}: a VLAN id is unique per leased line. Choose another VlanId.`);
  }
}

function checkIp(value: string | undefined, what: string): string {
  if (!value) return '';
  if (!isIpv4(value)) throw new InvalidParameter(`The ${what} "${value.slice(0, 40)}" is not an IPv4 address.`);
  return value;
}

function checkIpv6(value: string | undefined, what: string, cidr = false): string | undefined {
  if (value === undefined || value === '') return value;
  const okay = cidr ? parseIpv6Cidr(value) !== undefined || parseIpv6(value) !== undefined : parseIpv6(value) !== undefined;
  if (!okay) throw new InvalidParameter(`The ${what} "${value.slice(0, 60)}" is not an IPv6 ${cidr ? 'address or block' : 'address'}.`);
  return value;
}

function checkRange(value: number | undefined, what: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min || value > max) throw new InvalidParameter(`The ${what} ${value} is out of range: use an integer from ${min} to ${max}.`);
  return value;
}

/** The VBR settings the real API stores and returns but the sandbox does not act on. */
export interface VbrSettings {
  enableIpv6?: boolean;
  localIpv6GatewayIp?: string;
  peerIpv6GatewayIp?: string;
  peeringIpv6SubnetMask?: string;
  bandwidth?: number;
  detectMultiplier?: number;
  minRxInterval?: number;
  minTxInterval?: number;
  mtu?: number;
  sitelinkEnable?: boolean;
}

/**
 * Checks the stored-only settings with the real API's ranges (BFD: multiplier 3–10, intervals
 * 200–1000 ms; MTU 1500 or 8500) and drops the ones not given, so a modify keeps the rest.
 */
function checkSettings(input: VbrSettings): VbrSettings {
  if (input.mtu !== undefined && input.mtu !== 1500 && input.mtu !== 8500) throw new InvalidParameter(`The Mtu ${input.mtu} is not supported: use 1500 or 8500.`);
  const out: VbrSettings = {
    enableIpv6: input.enableIpv6,
    localIpv6GatewayIp: checkIpv6(input.localIpv6GatewayIp, 'LocalIpv6GatewayIp'),
    peerIpv6GatewayIp: checkIpv6(input.peerIpv6GatewayIp, 'PeerIpv6GatewayIp'),
    peeringIpv6SubnetMask: checkIpv6(input.peeringIpv6SubnetMask, 'PeeringIpv6SubnetMask', true),
    bandwidth: checkRange(input.bandwidth, 'Bandwidth', 0, 100_000),
    detectMultiplier: checkRange(input.detectMultiplier, 'DetectMultiplier', 3, 10),
    minRxInterval: checkRange(input.minRxInterval, 'MinRxInterval', 200, 1000),
    minTxInterval: checkRange(input.minTxInterval, 'MinTxInterval', 200, 1000),
    mtu: input.mtu,
    sitelinkEnable: input.sitelinkEnable,
  };
  for (const k of Object.keys(out) as Array<keyof VbrSettings>) if (out[k] === undefined) delete out[k];
  return out;
}

export interface CreateVbrInput extends VbrSettings {
  physicalConnectionId: string;
  vlanId: number;
  localGatewayIp?: string;
  peerGatewayIp?: string;
  peeringSubnetMask?: string;
  circuitCode?: string;
  name?: string;
  description?: string;
  resourceGroupId?: string;
  tags: Tags;
}

export function createVbr(tx: Transaction, input: CreateVbrInput): VbrRecord {
  const pc = getPhysicalConnection(tx, input.physicalConnectionId);
  if (pc.status !== 'Enabled') {
    throw new InvalidPhysicalConnectionIdNotEnabled(`The physical connection ${pc.id} is ${pc.status}: a VBR needs an Enabled leased line. Call EnablePhysicalConnection first.`);
  }
  checkVlan(tx, pc.id, input.vlanId);
  const name = checkResourceName(input.name, 'Name', InvalidName) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescription) ?? '';
  const settings = checkSettings(input);
  const id = newId('vbr');
  const routeTableId = newId('vtb');
  tx.table<RouteTableRecord>(ROUTE_TABLES).put({
    id: routeTableId,
    vpcId: '',
    vrouterId: id,
    routerType: 'VBR',
    type: 'System',
    name: '',
    description: '',
    createdAt: tx.now,
    lifecycle: { status: 'Available' },
    tags: {},
  });
  return tx.table<VbrRecord>(VBRS).put({
    id,
    physicalConnectionId: pc.id,
    accessPointId: pc.accessPointId,
    vlanId: input.vlanId,
    vlanInterfaceId: newId('ri'),
    routeTableId,
    name,
    description,
    localGatewayIp: checkIp(input.localGatewayIp, 'LocalGatewayIp'),
    peerGatewayIp: checkIp(input.peerGatewayIp, 'PeerGatewayIp'),
    peeringSubnetMask: checkIp(input.peeringSubnetMask, 'PeeringSubnetMask'),
    circuitCode: input.circuitCode ?? '',
    ...settings,
    resourceGroupId: input.resourceGroupId ?? '',
    status: 'active',
    createdAt: tx.now,
    tags: input.tags,
  });
}

export interface ModifyVbrInput extends VbrSettings {
  vlanId?: number;
  localGatewayIp?: string;
  peerGatewayIp?: string;
  peeringSubnetMask?: string;
  circuitCode?: string;
  name?: string;
  description?: string;
}

export function modifyVbr(tx: Transaction, id: string, input: ModifyVbrInput): VbrRecord {
  const vbr = getVbr(tx, id);
  if (input.vlanId !== undefined) checkVlan(tx, vbr.physicalConnectionId, input.vlanId, vbr.id);
  const name = checkResourceName(input.name, 'Name', InvalidName);
  const description = checkDescription(input.description, 'Description', InvalidDescription);
  const settings = checkSettings(input);
  return tx.table<VbrRecord>(VBRS).put({
    ...vbr,
    ...settings,
    vlanId: input.vlanId ?? vbr.vlanId,
    localGatewayIp: input.localGatewayIp !== undefined ? checkIp(input.localGatewayIp, 'LocalGatewayIp') : vbr.localGatewayIp,
    peerGatewayIp: input.peerGatewayIp !== undefined ? checkIp(input.peerGatewayIp, 'PeerGatewayIp') : vbr.peerGatewayIp,
    peeringSubnetMask: input.peeringSubnetMask !== undefined ? checkIp(input.peeringSubnetMask, 'PeeringSubnetMask') : vbr.peeringSubnetMask,
    circuitCode: input.circuitCode ?? vbr.circuitCode,
    name: name ?? vbr.name,
    description: description ?? vbr.description,
  });
}

export function deleteVbr(tx: Transaction, id: string): VbrRecord {
  const vbr = getVbr(tx, id);
  requireNoDependants(tx, 'vbr', vbr.id);
  removeCascades(tx, 'vbr', vbr.id);
  tx.table<VbrRecord>(VBRS).delete(vbr.id);
  return vbr;
}

// ---- what this family registers -------------------------------------------------------------

export const vbrsOnPhysicalConnection: DependantRow<VbrRecord> = {
  parent: 'physicalConnection',
  what: 'VBRs',
  order: 20,
  find: (tx, pcId) => tx.table<VbrRecord>(VBRS).filter((v) => v.physicalConnectionId === pcId),
  error: (pcId, found) => new DependencyViolationVbr(`The physical connection ${pcId} still carries VBR${found.length === 1 ? '' : 's'} ${found.map((v) => v.id).join(', ')}. Delete them with DeleteVirtualBorderRouter first.`),
};

function customEntriesOf(tx: Transaction, vbrId: string): RouteEntryRecord[] {
  const vbr = tx.table<VbrRecord>(VBRS).get(vbrId);
  return vbr ? tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.routeTableId === vbr.routeTableId && e.type === 'Custom') : [];
}

export const customRoutesOfVbr: DependantRow<RouteEntryRecord> = {
  parent: 'vbr',
  what: "custom route entries in the VBR's route table",
  order: 10,
  find: customEntriesOf,
  error: (vbrId, [e]) => new DependencyViolationRouteEntry(`The VBR "${vbrId}" still has custom route entries (such as ${e.destinationCidrBlock} in ${e.routeTableId}). Delete them with DeleteRouteEntry first.`),
};

export const vbrRouteTableGoesWithIt: CascadeRow = {
  parent: 'vbr',
  what: "the VBR's route table",
  remove(tx, vbrId) {
    const vbr = tx.table<VbrRecord>(VBRS).get(vbrId);
    if (!vbr) return;
    const entries = tx.table<RouteEntryRecord>(ROUTE_ENTRIES);
    for (const e of entries.filter((x) => x.routeTableId === vbr.routeTableId)) entries.delete(e.id);
    tx.table(ROUTE_TABLES).delete(vbr.routeTableId);
  },
};
