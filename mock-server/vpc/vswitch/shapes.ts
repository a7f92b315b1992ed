/** How the VSwitch family's rows appear in responses (DescribeVSwitches, DescribeVSwitchAttributes). */
import { ownerId } from '../../actions/params';
import type { ActionContext } from '../../actions/registry';
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import type { VpcRecord } from '../vpc/records';
import { availableIpAddressCount, vswitchStatus } from './domain';
import { networkAclIdOf, routeTableOf } from './query';
import type { VSwitchRecord } from './records';

export function vswitchShape(ctx: ActionContext, tx: Transaction, vsw: VSwitchRecord, addressesInUse: number, vpc: VpcRecord | undefined) {
  return {
    VSwitchId: vsw.id,
    VpcId: vsw.vpcId,
    OwnerId: ownerId(ctx.account.accountId),
    Status: vswitchStatus(vsw, tx.now),
    CidrBlock: vsw.cidrBlock,
    Ipv6CidrBlock: vsw.ipv6CidrBlock ?? '',
    EnabledIpv6: !!vsw.ipv6CidrBlock,
    ZoneId: vsw.zoneId,
    AvailableIpAddressCount: availableIpAddressCount(vsw, addressesInUse),
    VSwitchName: vsw.name,
    Description: vsw.description,
    CreationTime: isoTime(vsw.createdAt),
    IsDefault: vsw.isDefault,
    ResourceGroupId: vpc?.resourceGroupId ?? '',
    NetworkAclId: networkAclIdOf(tx, vsw),
    RouteTable: routeTableOf(tx, vsw, vpc),
    Tags: vpcTagsShape(vsw.tags),
  };
}
