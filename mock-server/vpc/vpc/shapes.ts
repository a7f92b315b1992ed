/** How the VPC family's rows appear in responses (DescribeVpcs, DescribeVpcAttribute). */
import { vpcTagsShape } from '../../actions/tags';
import { ownerId } from '../../actions/params';
import type { ActionContext } from '../../actions/registry';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { vpcStatus } from './domain';
import type { VpcRecord } from './records';

export function vpcShape(ctx: ActionContext, tx: Transaction, vpc: VpcRecord, vswitchIds: string[]) {
  return {
    VpcId: vpc.id,
    RegionId: ctx.region,
    OwnerId: ownerId(ctx.account.accountId),
    Status: vpcStatus(vpc, tx.now),
    VpcName: vpc.name,
    Description: vpc.description,
    CidrBlock: vpc.cidrBlock,
    Ipv6CidrBlock: vpc.ipv6CidrBlock ?? '',
    EnabledIpv6: !!vpc.ipv6CidrBlock,
    IsDefault: vpc.isDefault,
    VRouterId: vpc.vrouterId,
    CreationTime: isoTime(vpc.createdAt),
    ResourceGroupId: vpc.resourceGroupId,
    DhcpOptionsSetId: '',
    DhcpOptionsSetStatus: '',
    DnsHostnameStatus: vpc.dnsHostnameStatus ?? 'DISABLED',
    VSwitchIds: { VSwitchId: vswitchIds },
    UserCidrs: { UserCidr: vpc.userCidrs },
    SecondaryCidrBlocks: { SecondaryCidrBlock: vpc.secondaryCidrBlocks ?? [] },
    Ipv6CidrBlocks: { Ipv6CidrBlock: vpc.ipv6CidrBlock ? [{ Ipv6CidrBlock: vpc.ipv6CidrBlock, Ipv6Isp: vpc.ipv6Isp ?? 'BGP' }] : [] },
    NatGatewayIds: { NatGatewayIds: [] as string[] },
    RouterTableIds: { RouterTableIds: [vpc.routeTableId] },
    Tags: vpcTagsShape(vpc.tags),
  };
}
