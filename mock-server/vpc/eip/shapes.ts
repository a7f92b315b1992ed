/** How EIPs appear in DescribeEipAddresses. */
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { EIP_HOOKS, eipStatus } from './domain';
import type { EipRecord } from './records';

export function eipShape(tx: Transaction, e: EipRecord) {
  const b = e.binding;
  const pkg = EIP_HOOKS.bandwidthPackage.run(tx, e).find((v) => v !== undefined);
  return {
    AllocationId: e.id,
    IpAddress: e.ipAddress,
    Status: eipStatus(e, tx.now),
    InstanceId: b?.instanceId ?? '',
    InstanceType: b?.instanceType ?? '',
    InstanceRegionId: b ? tx.region : '',
    // An instance's address can change (ModifyInstanceVpcAttribute within its VPC): read it live.
    PrivateIpAddress: b?.instanceType === 'EcsInstance' ? (tx.table<InstanceRecord>(INSTANCES).get(b.instanceId)?.privateIp ?? b.privateIpAddress) : (b?.privateIpAddress ?? ''),
    VpcId: b?.vpcId ?? '',
    Mode: e.mode ?? 'NAT',
    // In an EIP bandwidth plan, Bandwidth is what the EIP may use there (its cap, else the whole
    // package) and EipBandwidth keeps its own setting, as the real API shows them (the real
    // provider reads EipBandwidth for the EIP's bandwidth).
    Bandwidth: String(pkg ? (pkg.cap ?? pkg.bandwidth) : e.bandwidth),
    EipBandwidth: String(e.bandwidth),
    BandwidthPackageId: pkg?.id ?? '',
    BandwidthPackageType: pkg?.type ?? '',
    BandwidthPackageBandwidth: pkg ? String(pkg.bandwidth) : '',
    InternetChargeType: e.internetChargeType,
    ChargeType: 'PostPaid',
    AllocationTime: isoTime(e.createdAt),
    ExpiredTime: '',
    Name: e.name,
    Description: e.description,
    ISP: e.isp,
    Netmode: e.netmode,
    RegionId: tx.region,
    ResourceGroupId: e.resourceGroupId,
    DeletionProtection: e.deletionProtection ?? false,
    Zone: e.zone ?? '',
    BusinessStatus: 'Normal',
    HDMonitorStatus: e.hdMonitor?.status ?? 'OFF',
    SecondLimited: false,
    OperationLocks: { LockReason: [] as unknown[] },
    SecurityProtectionTypes: { SecurityProtectionType: [...(e.securityProtectionTypes ?? [])] },
    Tags: vpcTagsShape(e.tags),
  };
}
