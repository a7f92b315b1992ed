/**
 * What the ENI family stores (secondary elastic network interfaces), and the queries other families
 * read: the ENIs attached to an instance (DescribeInstances lists them) and one ENI by ID (an EIP
 * binds to one). An instance's primary ENI is not stored: it is derived from the instance row (see
 * ./shapes.ts), as DescribeInstances already shows it.
 */
import { currentStatus, type Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const NETWORK_INTERFACES = 'networkInterfaces';

export interface NetworkInterfaceRecord extends Row {
  /** `eni-…` */
  id: string;
  name: string;
  description: string;
  vpcId: string;
  vswitchId: string;
  zoneId: string;
  /** The primary private IPv4 address, from the VSwitch. */
  primaryIp: string;
  /** Secondary private IPv4 addresses (AssignPrivateIpAddresses), from the same VSwitch. */
  secondaryIps: string[];
  ipv6Addresses: string[];
  securityGroupIds: string[];
  mac: string;
  /** The instance it is attached to ('' while detached). Kept through Detaching. */
  instanceId: string;
  /**
   * Attachment.DeviceIndex: fixed when the ENI is attached (the lowest index from 1 that no other
   * ENI of the instance holds; 0 is the primary ENI's) and freed when it is detached, as on the
   * real cloud, so another ENI's detach never renumbers it. Absent while detached (and on rows
   * stored before the sandbox kept it: they fall back to their order, see ./shapes.ts).
   */
  deviceIndex?: number;
  queueNumber: number;
  /** Standard or HighPerformance (RDMA); recorded and shown. */
  trafficMode: string;
  resourceGroupId: string;
  /** Recorded and shown; the sandbox routes nothing through ENIs. */
  sourceDestCheck?: boolean;
  deleteOnRelease?: boolean;
  /** NetworkInterface.N.NetworkCardIndex / QueuePairNumber of a launch-time ENI (./launch.ts): recorded and shown. */
  networkCardIndex?: number;
  queuePairNumber?: number;
  createdAt: number;
  /** Available/InUse with the phases of the last change (Creating, Attaching, Detaching). */
  lifecycle: Lifecycle;
  tags: Tags;
}

/**
 * The ENI quotas of an instance type, by its vCPUs: the size-based pattern of the real families
 * rather than each family's exact table. DescribeInstanceTypes shows them (EniQuantity,
 * EniPrivateIpAddressQuantity) and AttachNetworkInterface / AssignPrivateIpAddresses enforce them,
 * from this one place.
 */
export function eniQuantityFor(cpu: number): number {
  if (cpu <= 1) return 1;
  if (cpu <= 2) return 2;
  if (cpu <= 4) return 3;
  if (cpu <= 8) return 4;
  return 8;
}

/** Private IPv4 addresses per ENI (the primary one included), by the instance type's vCPUs. */
export function eniPrivateIpQuantityFor(cpu: number): number {
  return cpu <= 2 ? 6 : cpu <= 8 ? 10 : 20;
}

export function eniStatus(eni: NetworkInterfaceRecord, now: number): string {
  return currentStatus(eni.lifecycle, now);
}

export function networkInterfaces(tx: Transaction) {
  return tx.table<NetworkInterfaceRecord>(NETWORK_INTERFACES);
}

/** Secondary ENIs attached (or attaching, or detaching) to an instance, oldest first. */
export function enisAttachedTo(tx: Transaction, instanceId: string): NetworkInterfaceRecord[] {
  return networkInterfaces(tx)
    .filter((e) => e.instanceId === instanceId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * The device index a newly attached ENI gets on `instanceId`: the lowest one from 1 that no ENI
 * attached to it holds. AttachNetworkInterface takes no index to ask for (only NetworkCardIndex,
 * the physical card, which the sandbox records as 0).
 */
export function lowestFreeDeviceIndex(tx: Transaction, instanceId: string): number {
  const taken = new Set(enisAttachedTo(tx, instanceId).map((e, i) => e.deviceIndex ?? i + 1));
  let index = 1;
  while (taken.has(index)) index++;
  return index;
}

/** Every private IPv4 address an ENI holds: the primary one first. */
export function eniAddresses(eni: NetworkInterfaceRecord): string[] {
  return [eni.primaryIp, ...eni.secondaryIps];
}

/** The primary ENI ID DescribeInstances shows for an instance (derived, never stored). */
export function primaryEniId(instanceId: string): string {
  return `eni-${instanceId.slice(2)}`;
}

/** A stable, fake MAC address (Alibaba's 00:16:3e prefix) derived from an ID. */
export function macOf(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const bytes = [0x00, 0x16, 0x3e, (h >>> 16) & 0x7f, (h >>> 8) & 0xff, h & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
