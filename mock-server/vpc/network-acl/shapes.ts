/**
 * How network ACLs appear in DescribeNetworkAcls, DescribeNetworkAclAttributes and the
 * CreateNetworkAcl response (NetworkAclAttribute), spelled as the real API spells them (what the
 * real Terraform provider reads: IngressAclEntries.IngressAclEntry, Resources.Resource, …).
 */
import { ownerId } from '../../actions/params';
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { bindingStatus, networkAclStatus, type AclEntryRecord, type NetworkAclRecord } from './records';

function entryShape(e: AclEntryRecord, blockField: 'SourceCidrIp' | 'DestinationCidrIp') {
  return {
    NetworkAclEntryId: e.id,
    NetworkAclEntryName: e.name,
    Description: e.description,
    Policy: e.policy,
    Protocol: e.protocol,
    Port: e.port,
    [blockField]: e.cidr,
    IpVersion: e.ipVersion.toUpperCase(),
    EntryType: e.entryType,
  };
}

export function networkAclShape(tx: Transaction, acl: NetworkAclRecord, accountId: string) {
  return {
    NetworkAclId: acl.id,
    RegionId: tx.region,
    VpcId: acl.vpcId,
    NetworkAclName: acl.name,
    Description: acl.description,
    Status: networkAclStatus(acl, tx.now),
    CreationTime: isoTime(acl.createdAt),
    OwnerId: ownerId(accountId),
    IngressAclEntries: { IngressAclEntry: acl.ingress.map((e) => entryShape(e, 'SourceCidrIp')) },
    EgressAclEntries: { EgressAclEntry: acl.egress.map((e) => entryShape(e, 'DestinationCidrIp')) },
    Resources: { Resource: acl.resources.map((b) => ({ ResourceId: b.resourceId, ResourceType: b.resourceType, Status: bindingStatus(b, tx.now) })) },
    Tags: vpcTagsShape(acl.tags),
  };
}
