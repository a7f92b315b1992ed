/** How ENIs appear in DescribeNetworkInterfaces and DescribeNetworkInterfaceAttribute. */
import { ecsTagsShape } from '../../actions/tags';
import { ownerId } from '../../actions/params';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { eipsBoundTo } from '../../vpc/eip/records';
import { statusOf } from '../instance/domain';
import type { InstanceRecord } from '../instance/records';
import { eniStatus, enisAttachedTo, macOf, primaryEniId, type NetworkInterfaceRecord } from './records';

/** One ENI as the listing sees it: a stored secondary ENI, or an instance's derived primary one. */
export interface EniView {
  eni: NetworkInterfaceRecord;
  type: 'Primary' | 'Secondary';
  status: string;
}

export function secondaryView(tx: Transaction, eni: NetworkInterfaceRecord): EniView {
  return { eni, type: 'Secondary', status: eniStatus(eni, tx.now) };
}

/**
 * An instance's primary ENI, derived from the instance row (the sandbox stores none): it has the
 * instance's address, groups and IPv6 addresses, and is InUse once the instance exists (Available
 * while the instance is still Pending, as on the real cloud before the first start).
 */
export function primaryView(tx: Transaction, inst: InstanceRecord): EniView {
  const id = primaryEniId(inst.id);
  return {
    type: 'Primary',
    status: statusOf(inst, tx.now) === 'Pending' ? 'Available' : 'InUse',
    eni: {
      id,
      name: '',
      description: '',
      vpcId: inst.vpcId,
      vswitchId: inst.vswitchId,
      zoneId: inst.zoneId,
      primaryIp: inst.privateIp,
      secondaryIps: inst.secondaryIps ?? [],
      ipv6Addresses: inst.ipv6Addresses ?? [],
      securityGroupIds: inst.securityGroupIds,
      mac: macOf(inst.id),
      instanceId: inst.id,
      queueNumber: 1,
      trafficMode: 'Standard',
      resourceGroupId: inst.resourceGroupId ?? '',
      createdAt: inst.createdAt,
      lifecycle: { status: 'InUse' },
      tags: {},
    },
  };
}

/**
 * Attachment.DeviceIndex: 0 for the primary ENI; a secondary ENI's index as fixed at attach time
 * (see records.ts). Rows attached before the sandbox stored the index fall back to their place
 * among the instance's ENIs.
 */
function deviceIndex(tx: Transaction, v: EniView): number {
  if (v.type === 'Primary') return 0;
  if (v.eni.deviceIndex !== undefined) return v.eni.deviceIndex;
  return 1 + Math.max(0, enisAttachedTo(tx, v.eni.instanceId).findIndex((e) => e.id === v.eni.id));
}

function publicIp(tx: Transaction, v: EniView) {
  // An EIP bound to the ENI itself; a primary ENI shows its instance's EIP or public address.
  const eip = eipsBoundTo(tx, v.type === 'Primary' ? v.eni.instanceId : v.eni.id)[0];
  return eip ? { PublicIpAddress: eip.ipAddress, AllocationId: eip.id, IpOwner: 'eip' } : { PublicIpAddress: '', AllocationId: '', IpOwner: '' };
}

export function eniResponse(tx: Transaction, v: EniView) {
  const e = v.eni;
  const pub = publicIp(tx, v);
  return {
    NetworkInterfaceId: e.id,
    NetworkInterfaceName: e.name,
    Description: e.description,
    Status: v.status,
    Type: v.type,
    VpcId: e.vpcId,
    VSwitchId: e.vswitchId,
    ZoneId: e.zoneId,
    PrivateIpAddress: e.primaryIp,
    MacAddress: e.mac,
    InstanceId: e.instanceId,
    CreationTime: isoTime(e.createdAt),
    ResourceGroupId: e.resourceGroupId,
    ServiceManaged: false,
    ServiceID: 0,
    OwnerId: String(ownerId(tx.account)),
    QueueNumber: e.queueNumber,
    ...(e.queuePairNumber !== undefined ? { QueuePairNumber: e.queuePairNumber } : {}),
    NetworkInterfaceTrafficMode: e.trafficMode,
    DeleteOnRelease: e.deleteOnRelease ?? v.type === 'Primary',
    SourceDestCheck: e.sourceDestCheck ?? false,
    SecurityGroupIds: { SecurityGroupId: [...e.securityGroupIds] },
    PrivateIpSets: {
      PrivateIpSet: [e.primaryIp, ...e.secondaryIps].map((ip, i) => ({
        PrivateIpAddress: ip,
        Primary: i === 0,
        AssociatedPublicIp: i === 0 ? { PublicIpAddress: pub.PublicIpAddress, AllocationId: pub.AllocationId } : { PublicIpAddress: '', AllocationId: '' },
      })),
    },
    Ipv6Sets: { Ipv6Set: e.ipv6Addresses.map((a) => ({ Ipv6Address: a })) },
    Ipv4PrefixSets: { Ipv4PrefixSet: [] as unknown[] },
    Ipv6PrefixSets: { Ipv6PrefixSet: [] as unknown[] },
    AssociatedPublicIp: pub,
    Attachment: e.instanceId ? { InstanceId: e.instanceId, DeviceIndex: deviceIndex(tx, v), NetworkCardIndex: e.networkCardIndex ?? 0, TrunkNetworkInterfaceId: '' } : {},
    Tags: ecsTagsShape(e.tags),
  };
}
