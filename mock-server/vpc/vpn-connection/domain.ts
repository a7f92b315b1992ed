/**
 * VPN connection rules. A connection joins an active VPN gateway to a customer gateway (one
 * connection per pair); LocalSubnet (the VPC side) and RemoteSubnet (the IDC side) are
 * comma-separated IPv4 blocks, and no local block may overlap a remote one (traffic between them
 * could not be told apart). IKE/IPsec settings are checked and defaulted in ike.ts.
 *
 * The sandbox has no IDC to negotiate with: a connection's State goes init → active, and its
 * negotiation Status is reported as established once active (a documented difference).
 */
import { overlaps, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { InvalidParameter, MissingParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { requireNoDependants, type DependantRow } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { InvalidCidrBlockMalformed } from '../vpc/errors';
import { getCustomerGateway } from '../vpn-customer-gateway/domain';
import { getVpnGateway, requireActiveVpnGateway } from '../vpn-gateway/domain';
import { DependencyViolationVpnConnection } from '../vpn-gateway/errors';
import { checkVpnName } from '../vpn-gateway/naming';
import type { VpnGatewayRecord } from '../vpn-gateway/records';
import { InvalidVpnConnectionAlreadyExists, InvalidVpnConnectionInstanceIdNotFound } from './errors';
import { DEFAULT_BGP, DEFAULT_HEALTH_CHECK, bgpSettingsFrom, healthCheckSettingsFrom } from './bgp-health';
import { DEFAULT_IPSEC_CONFIG, defaultIkeConfig, ikeConfigFrom, ipsecConfigFrom } from './ike';
import { VPN_CONNECTIONS, type VpnConnectionRecord } from './records';
import { tunnelsFrom } from './tunnels';

/** Most blocks a side may list (the real API's limit for a connection's selectors). */
const MAX_SUBNETS = 10;

export function vpnConnectionState(c: VpnConnectionRecord, now: number): string {
  return currentStatus(c.lifecycle, now);
}

export function getVpnConnection(tx: Transaction, id: string): VpnConnectionRecord {
  const c = tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).get(id);
  if (!c) throw new InvalidVpnConnectionInstanceIdNotFound(`The VPN connection "${id}" does not exist in region ${tx.region}. DescribeVpnConnections lists them.`);
  return c;
}

/** Parses "a/b,c/d" into blocks; `what` names the parameter in messages. */
export function parseSubnets(text: string, what: string): Cidr[] {
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0) throw new InvalidParameter(`The ${what} is empty: give one or more IPv4 blocks separated by commas, such as 192.168.0.0/16.`);
  if (parts.length > MAX_SUBNETS) throw new InvalidParameter(`The ${what} lists ${parts.length} blocks; at most ${MAX_SUBNETS} are allowed.`);
  return parts.map((p) => {
    const c = parseCidr(p);
    if (!c) throw new InvalidCidrBlockMalformed(`The ${what} block "${p.slice(0, 40)}" is malformed: give IPv4 blocks such as 172.16.0.0/12, with no host bits set, separated by commas.`);
    return c;
  });
}

/** The two sides may not overlap: the VPN gateway could not tell local traffic from remote. */
export function checkSubnets(localText: string, remoteText: string): { local: string; remote: string } {
  const local = parseSubnets(localText, 'LocalSubnet');
  const remote = parseSubnets(remoteText, 'RemoteSubnet');
  for (const l of local) {
    const clash = remote.find((r) => overlaps(l, r));
    if (clash) {
      throw new InvalidParameter(`The LocalSubnet block ${l.text} overlaps the RemoteSubnet block ${clash.text}: the VPC side and the IDC side of a VPN connection must not overlap. Renumber one side or narrow the blocks.`);
    }
  }
  return { local: local.map((c) => c.text).join(','), remote: remote.map((c) => c.text).join(',') };
}

export interface VpnConnectionInput {
  vpnGatewayId: string;
  /** Single-tunnel mode; a dual-tunnel connection names its customer gateways in `tunnels`. */
  customerGatewayId?: string;
  /** TunnelOptionsSpecification.N.* as parsed (dual-tunnel mode), see tunnels.ts. */
  tunnels?: Array<Record<string, string | boolean | undefined>>;
  enableTunnelsBgp?: boolean;
  /** public or private; left out, the gateway's own network type. */
  networkType?: 'public' | 'private';
  localSubnet: string;
  remoteSubnet: string;
  name?: string;
  effectImmediately?: boolean;
  ikeConfig?: string;
  ipsecConfig?: string;
  bgpConfig?: string;
  healthCheckConfig?: string;
  enableDpd?: boolean;
  enableNatTraversal?: boolean;
  autoConfigRoute?: boolean;
  resourceGroupId?: string;
  tags: Tags;
}

export function createVpnConnection(tx: Transaction, config: DomainConfig, input: VpnConnectionInput): VpnConnectionRecord {
  const gateway = getVpnGateway(tx, input.vpnGatewayId);
  const tunnels = input.tunnels?.length ? tunnelsFrom(tx, gateway, input.tunnels) : undefined;
  const customerGatewayId = tunnels ? tunnels[0].customerGatewayId : input.customerGatewayId;
  if (!customerGatewayId) {
    throw new MissingParameter('The input parameter "CustomerGatewayId" that is mandatory for a single-tunnel connection is not supplied: give it, or give TunnelOptionsSpecification.1 and .2 for a dual-tunnel connection.');
  }
  const customer = getCustomerGateway(tx, customerGatewayId);
  const name = checkVpnName(input.name, 'Name') ?? '';
  const subnets = checkSubnets(input.localSubnet, input.remoteSubnet);
  const ike = ikeConfigFrom(input.ikeConfig, defaultIkeConfig(gateway.internetIp, customer.ipAddress));
  const ipsec = ipsecConfigFrom(input.ipsecConfig, DEFAULT_IPSEC_CONFIG);
  const bgp = bgpSettingsFrom(input.bgpConfig, DEFAULT_BGP);
  const healthCheck = healthCheckSettingsFrom(input.healthCheckConfig, DEFAULT_HEALTH_CHECK);
  requireActiveVpnGateway(tx, gateway, 'CreateVpnConnection');
  const existing = tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).find((c) => c.vpnGatewayId === gateway.id && c.customerGatewayId === customer.id);
  if (existing) {
    throw new InvalidVpnConnectionAlreadyExists(`VPN gateway ${gateway.id} already has connection ${existing.id} to customer gateway ${customer.id}: one connection per gateway pair. Modify it with ModifyVpnConnectionAttribute instead.`);
  }
  const c: VpnConnectionRecord = {
    id: newId('vco'),
    vpnGatewayId: gateway.id,
    customerGatewayId: customer.id,
    name,
    localSubnet: subnets.local,
    remoteSubnet: subnets.remote,
    effectImmediately: input.effectImmediately ?? false,
    enableDpd: input.enableDpd ?? true,
    enableNatTraversal: input.enableNatTraversal ?? true,
    autoConfigRoute: input.autoConfigRoute ?? false,
    ike,
    ipsec,
    bgp,
    healthCheck,
    ...(tunnels ? { tunnels } : {}),
    // Stored for a single-tunnel connection too: the real API documents EnableTunnelsBgp for
    // dual-tunnel mode but lists no refusal for the other; it runs no BGP either way here.
    enableTunnelsBgp: input.enableTunnelsBgp ?? false,
    // Recorded and shown back: no private transport (Express Connect, CEN) is simulated.
    networkType: input.networkType ?? gateway.networkType ?? 'public',
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['init'], 'active'),
    tags: input.tags,
  };
  return tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).put(c);
}

export type ModifyVpnConnectionInput = Partial<Omit<VpnConnectionInput, 'vpnGatewayId' | 'customerGatewayId' | 'tags' | 'resourceGroupId'>>;

export function modifyVpnConnection(tx: Transaction, id: string, input: ModifyVpnConnectionInput): VpnConnectionRecord {
  const c = getVpnConnection(tx, id);
  const name = checkVpnName(input.name, 'Name');
  const subnets = checkSubnets(input.localSubnet ?? c.localSubnet, input.remoteSubnet ?? c.remoteSubnet);
  const ike = ikeConfigFrom(input.ikeConfig, c.ike);
  const ipsec = ipsecConfigFrom(input.ipsecConfig, c.ipsec);
  const bgp = bgpSettingsFrom(input.bgpConfig, c.bgp ?? DEFAULT_BGP);
  const healthCheck = healthCheckSettingsFrom(input.healthCheckConfig, c.healthCheck ?? DEFAULT_HEALTH_CHECK);
  const gateway = getVpnGateway(tx, c.vpnGatewayId);
  const tunnels = c.tunnels ? tunnelsFrom(tx, gateway, input.tunnels ?? [], c.tunnels) : undefined;
  if (!c.tunnels && input.tunnels?.length) {
    throw new InvalidParameter(`The VPN connection ${c.id} is a single-tunnel connection: TunnelOptionsSpecification cannot turn it into a dual-tunnel one. Create a new connection.`);
  }
  requireActiveVpnGateway(tx, gateway, 'ModifyVpnConnectionAttribute');
  return tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).put({
    ...c,
    name: name ?? c.name,
    localSubnet: subnets.local,
    remoteSubnet: subnets.remote,
    effectImmediately: input.effectImmediately ?? c.effectImmediately,
    enableDpd: input.enableDpd ?? c.enableDpd,
    enableNatTraversal: input.enableNatTraversal ?? c.enableNatTraversal,
    autoConfigRoute: input.autoConfigRoute ?? c.autoConfigRoute,
    ike,
    ipsec,
    bgp,
    healthCheck,
    enableTunnelsBgp: input.enableTunnelsBgp ?? c.enableTunnelsBgp ?? false,
    ...(tunnels ? { tunnels, customerGatewayId: tunnels[0].customerGatewayId } : {}),
  });
}

export function deleteVpnConnection(tx: Transaction, id: string): VpnConnectionRecord {
  const c = getVpnConnection(tx, id);
  requireActiveVpnGateway(tx, getVpnGateway(tx, c.vpnGatewayId), 'DeleteVpnConnection');
  requireNoDependants(tx, 'vpnConnection', c.id);
  tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).delete(c.id);
  return c;
}

/**
 * DownloadVpnConnectionConfig: the configuration for the IDC's device, seen from the IDC as the
 * guide's note says: Local is the customer gateway, Remote the VPN gateway, LocalSubnet the IDC
 * blocks (the connection's RemoteSubnet) and RemoteSubnet the VPC blocks. (The guide's sample
 * JSON shows the subnets unswapped; its note wins.) The identities swap with them.
 */
export function downloadConfig(tx: Transaction, id: string) {
  const c = getVpnConnection(tx, id);
  const gateway: VpnGatewayRecord = getVpnGateway(tx, c.vpnGatewayId);
  const customer = getCustomerGateway(tx, c.customerGatewayId);
  return {
    Local: customer.ipAddress,
    Remote: gateway.internetIp,
    LocalSubnet: c.remoteSubnet,
    RemoteSubnet: c.localSubnet,
    IkeConfig: {
      IkeVersion: c.ike.IkeVersion,
      IkeMode: c.ike.IkeMode,
      IkeEncAlg: c.ike.IkeEncAlg,
      IkeAuthAlg: c.ike.IkeAuthAlg,
      IkePfs: c.ike.IkePfs,
      IkeLifetime: c.ike.IkeLifetime,
      Psk: c.ike.Psk,
      LocalId: c.ike.RemoteId,
      RemoteId: c.ike.LocalId,
    },
    IpsecConfig: { ...c.ipsec },
  };
}

// ---- what this family registers about its parents ------------------------------------------

export const connectionsOfGateway: DependantRow<VpnConnectionRecord> = {
  parent: 'vpnGateway',
  what: 'VPN connections',
  order: 20,
  find: (tx, gatewayId) => tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).filter((c) => c.vpnGatewayId === gatewayId),
  error: (gatewayId, found) =>
    new DependencyViolationVpnConnection(`The VPN gateway ${gatewayId} still has VPN connection${found.length === 1 ? '' : 's'} ${found.map((c) => c.id).join(', ')}. Delete them with DeleteVpnConnection first.`),
};

export const connectionsOfCustomerGateway: DependantRow<VpnConnectionRecord> = {
  parent: 'customerGateway',
  what: 'VPN connections',
  order: 20,
  find: (tx, customerId) =>
    tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).filter((c) => c.customerGatewayId === customerId || !!c.tunnels?.some((t) => t.customerGatewayId === customerId)),
  error: (customerId, found) =>
    new DependencyViolationVpnConnection(`The customer gateway ${customerId} is used by VPN connection${found.length === 1 ? '' : 's'} ${found.map((c) => c.id).join(', ')}. Delete them with DeleteVpnConnection first.`),
};
