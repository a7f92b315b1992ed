/** How instances appear in DescribeInstances and DescribeInstanceAttribute. */
import { ecsTagsShape } from '../../actions/tags';
import { instanceTypeShape } from '../../domain/region-catalog';
import type { Transaction } from '../../store/store';
import { eipsBoundTo } from '../../vpc/eip/records';
import { enisAttachedTo, macOf, primaryEniId } from '../network-interface/records';
import { statusOf } from './domain';
import { instanceAddresses, type InstanceRecord } from './records';

function iso(ms: number): string {
  // DescribeInstances shows minutes (2026-01-02T15:04Z), as the real API does.
  return new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
}

/** The EIP bound to the instance (empty fields without one), as DescribeInstances shows it. */
function eipAddressOf(tx: Transaction, inst: InstanceRecord) {
  const eip = eipsBoundTo(tx, inst.id)[0];
  if (!eip) return { AllocationId: '', IpAddress: '', Bandwidth: 0, InternetChargeType: '', IsSupportUnassociate: false };
  return { AllocationId: eip.id, IpAddress: eip.ipAddress, Bandwidth: eip.bandwidth, InternetChargeType: eip.internetChargeType, IsSupportUnassociate: true };
}

/** The fields DescribeInstances and DescribeInstanceAttribute share. */
export function instanceResponse(tx: Transaction, inst: InstanceRecord) {
  const shape = instanceTypeShape(inst.instanceType);
  const status = statusOf(inst, tx.now);
  return {
    InstanceId: inst.id,
    InstanceName: inst.name,
    Description: inst.description,
    HostName: inst.hostName,
    ImageId: inst.imageId,
    InstanceType: inst.instanceType,
    InstanceTypeFamily: shape.family,
    Cpu: shape.cpu,
    Memory: shape.memoryMiB,
    RegionId: tx.region,
    ZoneId: inst.zoneId,
    Status: status,
    CreationTime: iso(inst.createdAt),
    StartTime: inst.startedAt !== undefined ? iso(inst.startedAt) : '',
    ExpiredTime: '2099-12-31T15:59Z',
    InstanceChargeType: inst.instanceChargeType,
    InternetChargeType: inst.internetChargeType,
    InternetMaxBandwidthOut: inst.internetMaxBandwidthOut,
    InternetMaxBandwidthIn: 100,
    InstanceNetworkType: 'vpc',
    IoOptimized: true,
    OSType: /win/i.test(inst.imageId) ? 'windows' : 'linux',
    OSName: inst.imageId,
    SerialNumber: inst.id,
    ResourceGroupId: inst.resourceGroupId ?? '',
    DeletionProtection: inst.deletionProtection ?? false,
    // What the last StopInstance asked for, while stopped; a subscription always keeps charging.
    StoppedMode: status === 'Stopped' && inst.instanceChargeType !== 'PrePaid' ? (inst.stoppedMode ?? 'KeepCharging') : 'Not-applicable',
    SpotStrategy: inst.spotStrategy || 'NoSpot',
    ...(inst.spotPriceLimit !== undefined ? { SpotPriceLimit: inst.spotPriceLimit } : {}),
    ...(inst.spotDuration !== undefined ? { SpotDuration: inst.spotDuration } : {}),
    ...(inst.spotInterruptionBehavior ? { SpotInterruptionBehavior: inst.spotInterruptionBehavior } : {}),
    HpcClusterId: inst.hpcClusterId ?? '',
    VlanId: '',
    ClusterId: '',
    KeyPairName: inst.keyPairName ?? '',
    CreditSpecification: inst.creditSpecification ?? '',
    MetadataOptions: {
      HttpEndpoint: inst.httpEndpoint || 'enabled',
      HttpTokens: inst.httpTokens || 'optional',
      HttpPutResponseHopLimit: inst.httpPutResponseHopLimit ?? 1,
    },
    VpcAttributes: {
      VpcId: inst.vpcId,
      VSwitchId: inst.vswitchId,
      PrivateIpAddress: { IpAddress: [inst.privateIp] },
      NatIpAddress: '',
    },
    SecurityGroupIds: { SecurityGroupId: [...inst.securityGroupIds] },
    PublicIpAddress: { IpAddress: inst.publicIp ? [inst.publicIp] : [] },
    InnerIpAddress: { IpAddress: [] as string[] },
    EipAddress: eipAddressOf(tx, inst),
    OperationLocks: { LockReason: [] as unknown[] },
    DedicatedHostAttribute: { DedicatedHostId: '', DedicatedHostName: '' },
  };
}

function byDeviceIndex<T extends { deviceIndex?: number }>(enis: T[]): T[] {
  // Rows stored before device indexes were kept have none: they stay in their (creation) order.
  return enis.map((e, i) => ({ e, k: e.deviceIndex ?? i + 1 })).sort((a, b) => a.k - b.k).map(({ e }) => e);
}

export function describedInstance(tx: Transaction, inst: InstanceRecord) {
  return {
    ...instanceResponse(tx, inst),
    Tags: ecsTagsShape(inst.tags),
    // The primary NIC (its ID derived from the instance ID; the sandbox stores none), then the
    // secondary ENIs attached with AttachNetworkInterface (ecs/network-interface).
    NetworkInterfaces: {
      NetworkInterface: [
        {
          NetworkInterfaceId: primaryEniId(inst.id),
          Type: 'Primary',
          MacAddress: macOf(inst.id),
          PrimaryIpAddress: inst.privateIp,
          PrivateIpSets: { PrivateIpSet: instanceAddresses(inst).map((ip, i) => ({ PrivateIpAddress: ip, Primary: i === 0 })) },
          Ipv6Sets: { Ipv6Set: (inst.ipv6Addresses ?? []).map((a) => ({ Ipv6Address: a })) },
        },
        // In device-index order (launch-time ENIs are numbered in NetworkInterface.N order).
        ...byDeviceIndex(enisAttachedTo(tx, inst.id)).map((e) => ({
          NetworkInterfaceId: e.id,
          Type: 'Secondary',
          MacAddress: e.mac,
          PrimaryIpAddress: e.primaryIp,
          PrivateIpSets: { PrivateIpSet: [e.primaryIp, ...e.secondaryIps].map((ip, i) => ({ PrivateIpAddress: ip, Primary: i === 0 })) },
          Ipv6Sets: { Ipv6Set: e.ipv6Addresses.map((a) => ({ Ipv6Address: a })) },
        })),
      ],
    },
  };
}
