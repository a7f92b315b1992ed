/** What the instance family stores. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import { defineIndex } from '../../store/store';
import { defineOrderedIndex } from '../../store/views';

export const INSTANCES = 'instances';

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
  /**
   * Secondary private IPv4 addresses of the primary ENI (AssignPrivateIpAddresses on eni-<suffix>,
   * see ../network-interface/primary-ips.ts), from the same VSwitch. They live on the instance row
   * because the primary ENI is derived from it, so they are freed when the instance is released.
   * Absent on rows stored before the sandbox modelled them.
   */
  secondaryIps?: string[];
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
  /** Deletion protection: DeleteInstance is refused until ModifyInstanceAttribute turns it off. */
  deletionProtection?: boolean;
  /** When the instance last started (StartTime), ms since the epoch. */
  startedAt?: number;
  resourceGroupId?: string;
  /**
   * The system disk: DescribeInstances does not show it, DescribeDisks does. Optional because
   * state files written before it existed lack it; readers fall back to the launch defaults.
   */
  systemDiskCategory?: string;
  systemDiskSize?: number;
  /** IPv6 addresses of the primary NIC, from the VSwitch's /64 (see ./ipv6.ts). */
  ipv6Addresses?: string[];
  /** Kept, not run (see ./stored-options.ts): Base64 user data, key pair name, system disk name and description. */
  userData?: string;
  keyPairName?: string;
  systemDiskName?: string;
  systemDiskDescription?: string;
  /** Data disks as records: they live and die with the instance (./stored-options.ts). */
  dataDisks?: DataDiskRecord[];
  /** Kept and shown, not billed or placed (./stored-fields.ts): spot bidding, HPC cluster, CPU credit mode. */
  spotStrategy?: string;
  spotPriceLimit?: number;
  spotDuration?: number;
  spotInterruptionBehavior?: string;
  hpcClusterId?: string;
  creditSpecification?: string;
  /** MetadataOptions, kept and shown (./stored-fields.ts); rows stored before them show the API's defaults. */
  httpEndpoint?: string;
  httpTokens?: string;
  httpPutResponseHopLimit?: number;
  /** The system disk's ESSD performance level (SystemDisk.PerformanceLevel, ModifyDiskSpec); unset shows the API default. */
  systemDiskPerformanceLevel?: string;
  /**
   * Auto-renewal of a PrePaid instance (RunInstances AutoRenew/AutoRenewPeriod/PeriodUnit,
   * ModifyInstanceAutoRenewAttribute), see ./upkeep.ts. Kept and shown; nothing is billed or renewed.
   */
  renewal?: { status: string; duration: number; periodUnit: string };
  /** Maintenance attributes (./upkeep.ts): kept and shown; the sandbox never maintains anything. */
  maintenance?: { action: string; notify: boolean; windows: Array<{ startTime: string; endTime: string }> };
  /** StopInstance's StoppedMode, shown while the instance is Stopped (KeepCharging when not given). */
  stoppedMode?: string;
}

/** Every private IPv4 address an instance holds in its VSwitch: the primary one first. */
export function instanceAddresses(i: InstanceRecord): string[] {
  if (!i.privateIp) return [];
  return i.secondaryIps?.length ? [i.privateIp, ...i.secondaryIps] : [i.privateIp];
}

/** A data disk attached at launch, as DescribeDisks shows it. */
export interface DataDiskRecord {
  diskId: string;
  category: string;
  size: number;
  name: string;
  description: string;
  encrypted: boolean;
  kmsKeyId: string;
  snapshotId: string;
  performanceLevel: string;
  deleteWithInstance: boolean;
  device: string;
}

/**
 * Instances by VSwitch: every launch reads the addresses used in its VSwitch, and scanning the
 * region's instances for them made RunInstances slower as the region filled up.
 */
export const INSTANCES_BY_VSWITCH = defineIndex<InstanceRecord>(INSTANCES, 'instances.vswitchId', (i) => i.vswitchId || undefined);

/**
 * Instances in the table's order (DescribeInstances' own order), all of them (one group, '') and
 * by VPC and by VSwitch: a read takes the list or its group as it is, instead of copying 10,000
 * rows, or testing each of them, per request (a VpcId filter cost about 1 ms a request with 10,000
 * instances, twice the unfiltered read).
 */
export const INSTANCES_IN_ORDER = defineOrderedIndex<InstanceRecord>(INSTANCES, 'instances.ordered', () => '');
export const INSTANCES_IN_VPC = defineOrderedIndex<InstanceRecord>(INSTANCES, 'instances.byVpc.ordered', (i) => i.vpcId || undefined);
export const INSTANCES_IN_VSWITCH = defineOrderedIndex<InstanceRecord>(INSTANCES, 'instances.byVSwitch.ordered', (i) => i.vswitchId || undefined);
