/**
 * How HaVips appear in DescribeHaVips. The list members are spelled as the real API spells them
 * (AssociatedInstances.associatedInstance, AssociatedEipAddresses.associatedEipAddresse, lower
 * case and sic), which is what the real Terraform provider reads.
 */
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { eipsBoundTo } from '../eip/records';
import { haVipStatus, masterOf, type HaVipRecord } from './records';

export function haVipShape(tx: Transaction, h: HaVipRecord) {
  return {
    HaVipId: h.id,
    RegionId: tx.region,
    VpcId: h.vpcId,
    VSwitchId: h.vswitchId,
    IpAddress: h.ipAddress,
    Status: haVipStatus(h, tx.now),
    MasterInstanceId: masterOf(h),
    Name: h.name,
    Description: h.description,
    AssociatedInstanceType: h.instanceType,
    AssociatedInstances: { associatedInstance: [...h.instanceIds] },
    AssociatedEipAddresses: { associatedEipAddresse: eipsBoundTo(tx, h.id).map((e) => e.ipAddress) },
    ChargeType: 'Free',
    CreateTime: isoTime(h.createdAt),
    ResourceGroupId: h.resourceGroupId,
    Tags: vpcTagsShape(h.tags),
  };
}
