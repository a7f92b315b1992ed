/** How EIP bandwidth plans appear in DescribeCommonBandwidthPackages. */
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { EIPS, type EipRecord } from '../eip/records';
import { cbwpStatus, ipRelationStatus } from './domain';
import type { CbwpRecord } from './records';

export function cbwpShape(tx: Transaction, p: CbwpRecord) {
  const eips = tx.table<EipRecord>(EIPS);
  return {
    BandwidthPackageId: p.id,
    Name: p.name,
    Description: p.description,
    Bandwidth: String(p.bandwidth),
    ISP: p.isp,
    InternetChargeType: p.internetChargeType,
    // Only pay-as-you-go plans can be created through the API (subscriptions are bought in the console).
    InstanceChargeType: 'PostPaid',
    Ratio: p.ratio,
    Zone: p.zone,
    RegionId: tx.region,
    ResourceGroupId: p.resourceGroupId,
    Status: cbwpStatus(p, tx.now),
    BusinessStatus: 'Normal',
    CreationTime: isoTime(p.createdAt),
    ExpiredTime: '',
    DeletionProtection: p.deletionProtection,
    HasReservationData: 'false',
    ReservationActiveTime: '',
    ReservationBandwidth: '',
    ReservationInternetChargeType: '',
    ReservationOrderType: '',
    ServiceManaged: 0,
    BizType: '',
    SecurityProtectionTypes: { SecurityProtectionType: [...p.securityProtectionTypes] },
    // (sic) "PublicIpAddresse": the real response's spelling.
    PublicIpAddresses: {
      PublicIpAddresse: p.ips.map((i) => ({
        AllocationId: i.allocationId,
        IpAddress: eips.get(i.allocationId)?.ipAddress ?? '',
        BandwidthPackageIpRelationStatus: ipRelationStatus(i, tx.now),
      })),
    },
    Tags: vpcTagsShape(p.tags),
  };
}
