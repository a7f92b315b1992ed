/** How security groups and their rules appear in responses. */
import { ecsTagsShape } from '../../actions/tags';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../instance/records';
import { groups } from './domain';
import { findPrefixList } from './prefix-lists';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './records';

export function permissionResponse(tx: Transaction, r: SecurityGroupRuleRecord) {
  const name = (id: string) => (id ? groups(tx).get(id)?.name ?? '' : '');
  const listName = (id: string) => findPrefixList(tx, id)?.name ?? '';
  return {
    SecurityGroupRuleId: r.id,
    Direction: r.direction,
    // The real API answers protocols upper-case (TCP, ICMP …) and policies capitalised.
    IpProtocol: r.ipProtocol.toUpperCase(),
    PortRange: r.portRange,
    SourcePortRange: r.sourcePortRange ?? '',
    Policy: r.policy === 'drop' ? 'Drop' : 'Accept',
    // A string, as the real API returns it (the provider compares it as a decimal string).
    Priority: String(r.priority),
    NicType: r.nicType,
    SourceCidrIp: r.sourceCidrIp,
    DestCidrIp: r.destCidrIp,
    Ipv6SourceCidrIp: r.ipv6SourceCidrIp ?? '',
    Ipv6DestCidrIp: r.ipv6DestCidrIp ?? '',
    SourceGroupId: r.sourceGroupId,
    SourceGroupName: name(r.sourceGroupId),
    SourceGroupOwnerAccount: r.sourceGroupId ? tx.account : '',
    DestGroupId: r.destGroupId,
    DestGroupName: name(r.destGroupId),
    DestGroupOwnerAccount: r.destGroupId ? tx.account : '',
    SourcePrefixListId: r.sourcePrefixListId ?? '',
    SourcePrefixListName: r.sourcePrefixListId ? listName(r.sourcePrefixListId) : '',
    DestPrefixListId: r.destPrefixListId ?? '',
    DestPrefixListName: r.destPrefixListId ? listName(r.destPrefixListId) : '',
    PortRangeListId: '',
    PortRangeListName: '',
    Description: r.description,
    CreateTime: new Date(r.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Basic groups hold up to 2,000 instances, advanced (enterprise) ones 65,536. */
export function groupCapacity(g: SecurityGroupRecord): number {
  return g.securityGroupType === 'enterprise' ? 65536 : 2000;
}

export function groupResponse(tx: Transaction, g: SecurityGroupRecord) {
  const members = tx.table<InstanceRecord>(INSTANCES).count((i) => i.securityGroupIds.includes(g.id));
  return {
    SecurityGroupId: g.id,
    SecurityGroupName: g.name,
    Description: g.description,
    SecurityGroupType: g.securityGroupType,
    VpcId: g.vpcId,
    CreationTime: new Date(g.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    EcsCount: members,
    AvailableInstanceAmount: groupCapacity(g) - members,
    ResourceGroupId: g.resourceGroupId,
    ServiceManaged: false,
    ServiceID: 0,
    RuleCount: g.rules.length,
    GroupToGroupRuleCount: g.rules.filter((r) => r.sourceGroupId || r.destGroupId).length,
    Tags: ecsTagsShape(g.tags),
  };
}
