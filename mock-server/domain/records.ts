/**
 * What the sandbox stores, one table per resource kind, inside each account+region partition.
 * Rows are plain JSON and immutable once stored: change one by putting a new object
 * (`table.put({ ...row, name })`). Statuses are not stored directly: a `Lifecycle` says which
 * transitional phases a row passes through, and `currentStatus(row.lifecycle, tx.now)` reads it.
 */
import type { Row } from '../store/state-backend';
import type { Lifecycle } from './lifecycle';

export const TABLES = {
  vpcs: 'vpcs',
  vswitches: 'vswitches',
  vrouters: 'vrouters',
  routeTables: 'routeTables',
  routeEntries: 'routeEntries',
  instances: 'instances',
  securityGroups: 'securityGroups',
} as const;

/** Tag key → value, as TagResources and `Tag.N.*` set them. */
export type Tags = Record<string, string>;

export interface VpcRecord extends Row {
  id: string;
  name: string;
  description: string;
  cidrBlock: string;
  userCidrs: string[];
  isDefault: boolean;
  vrouterId: string;
  /** The system route table created with the VPC. */
  routeTableId: string;
  resourceGroupId: string;
  createdAt: number;
  lifecycle: Lifecycle;
  tags: Tags;
  /** EnableDnsHostname as DescribeVpcs reports it (absent on older rows: DISABLED). */
  dnsHostnameStatus?: 'ENABLED' | 'DISABLED';
}

export interface VSwitchRecord extends Row {
  id: string;
  vpcId: string;
  zoneId: string;
  cidrBlock: string;
  name: string;
  description: string;
  isDefault: boolean;
  createdAt: number;
  lifecycle: Lifecycle;
  tags: Tags;
}

export interface VRouterRecord extends Row {
  id: string;
  vpcId: string;
  name: string;
  description: string;
  createdAt: number;
}

export interface RouteTableRecord extends Row {
  id: string;
  vpcId: string;
  vrouterId: string;
  type: 'System' | 'Custom';
  name: string;
  description: string;
  createdAt: number;
  lifecycle: Lifecycle;
  tags: Tags;
}

export interface RouteEntryRecord extends Row {
  /** RouteEntryId (`rte-…`). */
  id: string;
  routeTableId: string;
  destinationCidrBlock: string;
  type: 'System' | 'Custom';
  /**
   * For system entries the real API shows 'local' (a VSwitch's route) or 'service'
   * (100.64.0.0/10, cloud services), with nextHopId ''.
   */
  nextHopType: string;
  nextHopId: string;
  name: string;
  description: string;
  /** For a VSwitch's system entry: the VSwitch it routes (removed with it). */
  vswitchId?: string;
  createdAt: number;
  lifecycle: Lifecycle;
}

export interface InstanceRecord extends Row {
  id: string;
  name: string;
  description: string;
  hostName: string;
  imageId: string;
  instanceType: string;
  zoneId: string;
  vpcId: string;
  vswitchId: string;
  /** Primary private IPv4 address, inside the VSwitch CIDR. */
  privateIp: string;
  securityGroupIds: string[];
  internetMaxBandwidthOut: number;
  internetChargeType: string;
  instanceChargeType: string;
  /** A system-allocated public IP (only when internetMaxBandwidthOut > 0). */
  publicIp: string;
  createdAt: number;
  /** Running, Stopped … with Pending/Starting/Stopping phases. */
  lifecycle: Lifecycle;
  /** True once the instance has been started at least once since its last VPC attribute change. */
  startedSinceLastNetworkChange: boolean;
  tags: Tags;
  /** Deletion protection: DeleteInstance is refused until ModifyInstanceAttribute turns it off (ECS subset). */
  deletionProtection?: boolean;
  /** When the instance last started (StartTime), ms since the epoch (ECS subset). */
  startedAt?: number;
  resourceGroupId?: string;
  /**
   * The system disk (ECS subset): DescribeInstances does not show it, DescribeDisks does. Optional
   * because state files written before it existed lack it; readers fall back to the launch defaults.
   */
  systemDiskCategory?: string;
  systemDiskSize?: number;
}

export interface SecurityGroupRuleRecord {
  /** `sgr-…` */
  id: string;
  direction: 'ingress' | 'egress';
  /** Lower-case: tcp, udp, icmp, gre, all, icmpv6. */
  ipProtocol: string;
  /** `from/to`, `-1/-1` for protocols without ports. */
  portRange: string;
  /** accept | drop */
  policy: string;
  priority: number;
  nicType: string;
  sourceCidrIp: string;
  destCidrIp: string;
  sourceGroupId: string;
  destGroupId: string;
  description: string;
  createdAt: number;
  /** Optional extras kept as sent (ECS subset): source port range and IPv6 peers. */
  sourcePortRange?: string;
  ipv6SourceCidrIp?: string;
  ipv6DestCidrIp?: string;
}

export interface SecurityGroupRecord extends Row {
  id: string;
  vpcId: string;
  name: string;
  description: string;
  securityGroupType: 'normal' | 'enterprise';
  innerAccessPolicy: 'Accept' | 'Drop';
  /**
   * A default group (one per VPC, created with the guide's default rule set the first time an
   * instance is launched there without a group): its rules can change but it cannot be deleted.
   */
  isDefault: boolean;
  resourceGroupId: string;
  rules: SecurityGroupRuleRecord[];
  createdAt: number;
  tags: Tags;
}
