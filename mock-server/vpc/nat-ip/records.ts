/**
 * What the NAT IP family stores: the NAT IP CIDR blocks a VPC NAT gateway (NetworkType=intranet)
 * translates to, and the NAT IP addresses taken from them. A gateway's default block (its
 * VSwitch's) and default NAT IP (its own private address) are not stored: they are derived from
 * the gateway record, so they come and go with it. natIpsOfGateway and natIpCidrsOfGateway give
 * both kinds; every family that reads NAT IPs (DNAT, SNAT, the gateway's IpLists) goes through them.
 */
import { currentStatus, type Lifecycle } from '../../domain/lifecycle';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';
import { natGatewayStatus, type NatGatewayRecord } from '../nat-gateway/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';

export const NAT_IP_CIDRS = 'natIpCidrs';
export const NAT_IPS = 'natIps';

export interface NatIpCidrRecord extends Row {
  /** NatIpCidrId (`vpcnatcidr-…`). */
  id: string;
  natGatewayId: string;
  vpcId: string;
  cidr: string;
  name: string;
  description: string;
  createdAt: number;
}

export interface NatIpRecord extends Row {
  /** NatIpId (`vpcnatip-…`). */
  id: string;
  natGatewayId: string;
  natIp: string;
  /** The block it was taken from, as given (the gateway's VSwitch block, or one of its NAT IP CIDR blocks). */
  natIpCidr: string;
  /** Set when the address was taken from the gateway's VSwitch (the default block): it then holds a VSwitch address. */
  vswitchId?: string;
  name: string;
  description: string;
  createdAt: number;
  /** Creating → Available. */
  lifecycle: Lifecycle;
}

/** A NAT IP CIDR block as the API shows it, the default one included. */
export interface NatIpCidrView {
  id: string;
  natGatewayId: string;
  cidr: string;
  name: string;
  description: string;
  isDefault: boolean;
  createdAt: number;
}

/** A NAT IP as the API shows it, the default one included. */
export interface NatIpView {
  id: string;
  natGatewayId: string;
  natIp: string;
  natIpCidr: string;
  name: string;
  description: string;
  isDefault: boolean;
  status: string;
}

export function isVpcNatGateway(nat: NatGatewayRecord): boolean {
  return nat.networkType === 'intranet';
}

/** The gateway's VSwitch block, its default NAT IP CIDR block ('' when the VSwitch is gone). */
export function defaultNatIpCidr(tx: Transaction, nat: NatGatewayRecord): string {
  return tx.table<VSwitchRecord>(VSWITCHES).get(nat.vswitchId)?.cidrBlock ?? '';
}

export function natIpCidrsOfGateway(tx: Transaction, nat: NatGatewayRecord): NatIpCidrView[] {
  if (!isVpcNatGateway(nat)) return [];
  const out: NatIpCidrView[] = [];
  if (nat.defaultNatIpCidrId) {
    out.push({ id: nat.defaultNatIpCidrId, natGatewayId: nat.id, cidr: defaultNatIpCidr(tx, nat), name: '', description: '', isDefault: true, createdAt: nat.createdAt });
  }
  for (const c of tx.table<NatIpCidrRecord>(NAT_IP_CIDRS).filter((r) => r.natGatewayId === nat.id)) {
    out.push({ id: c.id, natGatewayId: c.natGatewayId, cidr: c.cidr, name: c.name, description: c.description, isDefault: false, createdAt: c.createdAt });
  }
  return out;
}

export function natIpsOfGateway(tx: Transaction, nat: NatGatewayRecord): NatIpView[] {
  if (!isVpcNatGateway(nat)) return [];
  const out: NatIpView[] = [];
  if (nat.defaultNatIpId) {
    // The default NAT IP is the gateway's own address, so it is ready when the gateway is.
    const status = natGatewayStatus(nat, tx.now) === 'Creating' ? 'Creating' : 'Available';
    out.push({ id: nat.defaultNatIpId, natGatewayId: nat.id, natIp: nat.privateIpAddress, natIpCidr: defaultNatIpCidr(tx, nat), name: '', description: '', isDefault: true, status });
  }
  for (const r of tx.table<NatIpRecord>(NAT_IPS).filter((x) => x.natGatewayId === nat.id)) {
    out.push({ id: r.id, natGatewayId: r.natGatewayId, natIp: r.natIp, natIpCidr: r.natIpCidr, name: r.name, description: r.description, isDefault: false, status: currentStatus(r.lifecycle, tx.now) });
  }
  return out;
}
