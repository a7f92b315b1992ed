/**
 * VPN gateway rules: a gateway belongs to a VPC of the same region (the request's region: a VPC
 * of another region is simply not found there), has one of the real peak bandwidths, and gets a
 * public InternetIp from the sandbox's never-routed pool. It is `init` for the async delay, then
 * `active`. Connections and routes register in the dependency table what keeps it from being
 * deleted.
 */
import { InvalidParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { requireNoDependants, type DependantRow } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import { currentStatus, transition } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { allocatePublicIp } from '../../ecs/instance/addresses';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import { getVSwitch } from '../vswitch/domain';
import { DependencyViolationInstance, DependencyViolationInstanceInVSwitch } from '../../ecs/instance/errors';
import { InvalidVpnGatewayInstanceIdNotFound, VpnGatewayConfiguring } from './errors';
import { checkVpnDescription, checkVpnName } from './naming';
import { VPN_GATEWAYS, type VpnGatewayRecord } from './records';

/** The public gateway's peak bandwidths (Mbit/s) the real API sells. */
export const VPN_GATEWAY_BANDWIDTHS: readonly number[] = [5, 10, 20, 50, 100, 200, 500, 1000];
/** A private (NetworkType=private) gateway's. */
export const PRIVATE_VPN_GATEWAY_BANDWIDTHS: readonly number[] = [200, 1000];

export function vpnGatewayStatus(g: VpnGatewayRecord, now: number): string {
  return currentStatus(g.lifecycle, now);
}

export function getVpnGateway(tx: Transaction, id: string): VpnGatewayRecord {
  const g = tx.table<VpnGatewayRecord>(VPN_GATEWAYS).get(id);
  if (!g) throw new InvalidVpnGatewayInstanceIdNotFound(`The VPN gateway "${id}" does not exist in region ${tx.region}. DescribeVpnGateways lists your VPN gateways.`);
  return g;
}

/** Changes wait while the gateway is still being set up, as the real VpnGateway.Configuring says. */
export function requireActiveVpnGateway(tx: Transaction, g: VpnGatewayRecord, doing: string): void {
  const status = vpnGatewayStatus(g, tx.now);
  if (status !== 'active') {
    throw new VpnGatewayConfiguring(`The VPN gateway ${g.id} is ${status}: ${doing} needs it active. Poll DescribeVpnGateway until Status is active and retry.`);
  }
}

export interface CreateVpnGatewayInput {
  vpcId: string;
  bandwidth: number;
  vswitchId?: string;
  disasterRecoveryVSwitchId?: string;
  name?: string;
  description?: string;
  chargeType?: string;
  enableIpsec?: boolean;
  enableSsl?: boolean;
  sslConnections?: number;
  networkType?: string;
  vpnType?: string;
  resourceGroupId?: string;
  tags: Tags;
}

/** Public addresses held by VPN gateways (they join the region's public pool through ADDRESS_HOOKS). */
export function gatewayIps(tx: Transaction): string[] {
  return tx.table<VpnGatewayRecord>(VPN_GATEWAYS).all().map((g) => g.internetIp).filter(Boolean);
}

/**
 * The second VSwitch of a dual-tunnel gateway (the real provider's docs set it in every example):
 * in the gateway's VPC, and in a zone other than the first VSwitch's, as the real API asks. It is
 * recorded and shown; the sandbox runs no second tunnel, so DisasterRecoveryInternetIp stays empty.
 */
function drVSwitch(tx: Transaction, vpcId: string, vswitchId: string, id: string | undefined): string {
  if (!id) return '';
  if (!vswitchId) throw new InvalidParameter('DisasterRecoveryVSwitchId needs VSwitchId too: give the first VSwitch of the gateway, in another zone.');
  const dr = getVSwitch(tx, id);
  if (dr.vpcId !== vpcId) {
    throw new InvalidParameter(`The DisasterRecoveryVSwitchId ${dr.id} is in VPC ${dr.vpcId}, not in ${vpcId}: both VSwitches of a VPN gateway must be in its VPC.`);
  }
  const first = getVSwitch(tx, vswitchId);
  if (dr.id === first.id || dr.zoneId === first.zoneId) {
    throw new InvalidParameter(`The DisasterRecoveryVSwitchId ${dr.id} is in zone ${dr.zoneId}, the zone of VSwitchId ${first.id}: the disaster-recovery VSwitch must be in another zone.`);
  }
  return dr.id;
}

export function createVpnGateway(tx: Transaction, config: DomainConfig, input: CreateVpnGatewayInput): VpnGatewayRecord {
  const vpc = getVpc(tx, input.vpcId);
  const networkType = input.networkType === 'private' ? 'private' : 'public';
  const allowed = networkType === 'private' ? PRIVATE_VPN_GATEWAY_BANDWIDTHS : VPN_GATEWAY_BANDWIDTHS;
  if (!allowed.includes(input.bandwidth)) {
    throw new InvalidParameter(`The Bandwidth ${input.bandwidth} is not offered for a ${networkType} VPN gateway: choose one of ${allowed.join(', ')} (Mbit/s).`);
  }
  const name = checkVpnName(input.name, 'Name') ?? '';
  const description = checkVpnDescription(input.description) ?? '';
  let vswitchId = '';
  if (input.vswitchId) {
    const vsw = getVSwitch(tx, input.vswitchId);
    if (vsw.vpcId !== vpc.id) {
      throw new InvalidParameter(`The VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, not in ${vpc.id}: a VPN gateway's VSwitch must be in its VPC.`);
    }
    vswitchId = vsw.id;
  }
  const disasterRecoveryVSwitchId = drVSwitch(tx, vpc.id, vswitchId, input.disasterRecoveryVSwitchId);
  requireAvailableVpc(tx, vpc, 'CreateVpnGateway');
  const g: VpnGatewayRecord = {
    id: newId('vpn'),
    vpcId: vpc.id,
    vswitchId,
    disasterRecoveryVSwitchId,
    name,
    description,
    bandwidth: input.bandwidth,
    internetIp: networkType === 'public' ? allocatePublicIp(tx, new Set()) : '',
    chargeType: input.chargeType === 'PREPAY' ? 'Prepay' : 'PostpayByFlow',
    enableIpsec: input.enableIpsec ?? true,
    enableSsl: input.enableSsl ?? false,
    sslConnections: input.enableSsl ? (input.sslConnections ?? 5) : 0,
    networkType,
    vpnType: input.vpnType ?? 'Normal',
    autoPropagate: false,
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['init'], 'active'),
    tags: input.tags,
  };
  return tx.table<VpnGatewayRecord>(VPN_GATEWAYS).put(g);
}

export function modifyVpnGateway(tx: Transaction, id: string, input: { name?: string; description?: string; autoPropagate?: boolean }): VpnGatewayRecord {
  const g = getVpnGateway(tx, id);
  const name = checkVpnName(input.name, 'Name');
  const description = checkVpnDescription(input.description);
  requireActiveVpnGateway(tx, g, 'ModifyVpnGatewayAttribute');
  return tx.table<VpnGatewayRecord>(VPN_GATEWAYS).put({
    ...g,
    name: name ?? g.name,
    description: description ?? g.description,
    autoPropagate: input.autoPropagate ?? g.autoPropagate,
  });
}

export function deleteVpnGateway(tx: Transaction, id: string): VpnGatewayRecord {
  const g = getVpnGateway(tx, id);
  requireActiveVpnGateway(tx, g, 'DeleteVpnGateway');
  requireNoDependants(tx, 'vpnGateway', g.id);
  tx.table<VpnGatewayRecord>(VPN_GATEWAYS).delete(g.id);
  return g;
}

/** A VPC cannot be deleted while VPN gateways remain in it. */
export const vpnGatewaysInVpc: DependantRow<VpnGatewayRecord> = {
  parent: 'vpc',
  what: 'VPN gateways',
  // Before VSwitches (30): a gateway may sit in one of them.
  order: 20,
  find: (tx, vpcId) => {
    const g = tx.table<VpnGatewayRecord>(VPN_GATEWAYS).find((x) => x.vpcId === vpcId);
    return g ? [g] : [];
  },
  error: (vpcId, [g]) => new DependencyViolationInstance(`The VPC "${vpcId}" still has VPN gateway ${g.id}. Delete it with DeleteVpnGateway (after its VPN connections) first.`),
};

/** A VSwitch cannot be deleted while a VPN gateway sits in it. */
export const vpnGatewaysInVSwitch: DependantRow<VpnGatewayRecord> = {
  parent: 'vswitch',
  what: 'VPN gateways',
  order: 20,
  find: (tx, vswitchId) => {
    const g = tx.table<VpnGatewayRecord>(VPN_GATEWAYS).find((x) => x.vswitchId === vswitchId || x.disasterRecoveryVSwitchId === vswitchId);
    return g ? [g] : [];
  },
  error: (vswitchId, [g]) => new DependencyViolationInstanceInVSwitch(`The VSwitch "${vswitchId}" still holds VPN gateway ${g.id}. Delete the gateway with DeleteVpnGateway first.`),
};
