/**
 * ECS prefix lists (CreatePrefixList …): blocks of one address family up to a fixed MaxEntries,
 * changed by adding and removing entries, and the only kind of prefix list a security-group rule
 * takes as its peer. Every refusal leaves the store unchanged (failsWithoutChange checks it).
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { ok } from '../../../helpers/rpc';
import { call, createVpc, withSandbox } from '../../vpc/vpc-helpers';
import { failsWithoutChange } from '../fixtures';

type Params = Record<string, string | number>;

async function create(sb: Sandbox, params: Params = {}): Promise<string> {
  return (await ok(sb, 'ecs', 'CreatePrefixList', { PrefixListName: 'office', AddressFamily: 'IPv4', MaxEntries: 5, ...params })).PrefixListId;
}

async function entries(sb: Sandbox, id: string): Promise<Array<[string, string]>> {
  const a = await ok(sb, 'ecs', 'DescribePrefixListAttributes', { PrefixListId: id });
  return a.Entries.Entry.map((e: any) => [e.Cidr, e.Description]);
}

async function securityGroup(sb: Sandbox): Promise<string> {
  const { VpcId } = await createVpc(sb);
  return (await ok(sb, 'ecs', 'CreateSecurityGroup', { VpcId })).SecurityGroupId;
}

describe('ecs/prefix-list: ECS prefix lists', () => {
  const h = withSandbox();

  it('creates a list with its entries, turns a bare address into a /32 and compresses IPv6, and describes it the way the real provider reads it', async () => {
    const id = await create(h.sb, { Description: 'offices', 'Entry.1.Cidr': '192.168.0.0/16', 'Entry.1.Description': 'hq', 'Entry.2.Cidr': '10.0.0.1', 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' });
    assert.match(id, /^pl-/);
    const a = await ok(h.sb, 'ecs', 'DescribePrefixListAttributes', { PrefixListId: id });
    assert.deepEqual([a.PrefixListName, a.Description, a.AddressFamily, a.MaxEntries], ['office', 'offices', 'IPv4', 5]);
    assert.deepEqual(await entries(h.sb, id), [['192.168.0.0/16', 'hq'], ['10.0.0.1/32', '']]);
    const l = (await ok(h.sb, 'ecs', 'DescribePrefixLists', { 'PrefixListId.1': id })).PrefixLists.PrefixList;
    assert.deepEqual(
      l.map((p: any) => [p.PrefixListId, p.AddressFamily, p.AssociationCount, p.Tags.Tag]),
      [[id, 'IPv4', 0, [{ TagKey: 'env', TagValue: 'dev' }]]],
    );
    const v6 = await create(h.sb, { AddressFamily: 'IPv6', 'Entry.1.Cidr': '2001:0DB8:0000:0000:0000:0000:0000:0000/32' });
    assert.deepEqual(await entries(h.sb, v6), [['2001:db8::/32', '']]);
    assert.deepEqual((await ok(h.sb, 'ecs', 'DescribePrefixLists', { AddressFamily: 'IPv6' })).PrefixLists.PrefixList.map((p: any) => p.PrefixListId), [v6]);
    assert.deepEqual((await ok(h.sb, 'ecs', 'DescribePrefixLists', { 'PrefixListId.1': 'pl-unknown' })).PrefixLists.PrefixList, [], 'an unknown ID is not listed, not refused');
  });

  it('pages DescribePrefixLists with MaxResults and NextToken, and filters by name', async () => {
    const ids = [await create(h.sb, { PrefixListName: 'a1' }), await create(h.sb, { PrefixListName: 'a2' }), await create(h.sb, { PrefixListName: 'a3' })];
    const first = await ok(h.sb, 'ecs', 'DescribePrefixLists', { MaxResults: 2 });
    assert.equal(first.PrefixLists.PrefixList.length, 2);
    assert.notEqual(first.NextToken, '');
    const second = await ok(h.sb, 'ecs', 'DescribePrefixLists', { MaxResults: 2, NextToken: first.NextToken });
    assert.deepEqual([...first.PrefixLists.PrefixList, ...second.PrefixLists.PrefixList].map((p: any) => p.PrefixListId), ids);
    assert.equal(second.NextToken, '');
    assert.deepEqual((await ok(h.sb, 'ecs', 'DescribePrefixLists', { PrefixListName: 'a2' })).PrefixLists.PrefixList.map((p: any) => p.PrefixListId), [ids[1]]);
  });

  it('refuses a bad family, MaxEntries out of 1..200, blocks of the other family or with host bits, the same block twice, too many entries and reserved names', async () => {
    const base = { PrefixListName: 'office', AddressFamily: 'IPv4', MaxEntries: 2 };
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, AddressFamily: 'IPv5' }, 'InvalidAddressFamily.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, MaxEntries: 0 }, 'InvalidMaxEntries.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, MaxEntries: 201 }, 'InvalidMaxEntries.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, 'Entry.1.Cidr': '2001:db8::/32' }, 'InvalidCidr.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, 'Entry.1.Cidr': '10.0.0.1/8' }, 'InvalidCidr.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, AddressFamily: 'IPv6', 'Entry.1.Cidr': '10.0.0.0/8' }, 'InvalidCidr.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, 'Entry.1.Cidr': '10.0.0.1', 'Entry.2.Cidr': '10.0.0.1/32' }, 'InvalidCidr.Duplicated', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, MaxEntries: 1, 'Entry.1.Cidr': '10.0.0.0/8', 'Entry.2.Cidr': '172.16.0.0/12' }, 'QuotaExceed.PrefixListEntries', 403);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, PrefixListName: 'com.aliyun.mine' }, 'InvalidPrefixListName.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, PrefixListName: '1office' }, 'InvalidPrefixListName.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { ...base, 'Entry.1.Cidr': '10.0.0.0/8', 'Entry.1.Description': 'x'.repeat(33) }, 'InvalidDescription.Malformed', 400);
    await failsWithoutChange(h.sb, 'CreatePrefixList', { PrefixListName: 'office', AddressFamily: 'IPv4' }, 'MissingParameter', 400);
    await failsWithoutChange(h.sb, 'DescribePrefixListAttributes', { PrefixListId: 'pl-missing' }, 'InvalidPrefixListId.NotFound', 404);
  });

  it('adds and removes entries, edits a held entry\'s description by adding it again, renames, and refuses what does not fit', async () => {
    const id = await create(h.sb, { MaxEntries: 2, 'Entry.1.Cidr': '10.0.0.0/8' });
    await failsWithoutChange(h.sb, 'ModifyPrefixList', { PrefixListId: id, 'AddEntry.1.Cidr': '10.0.0.0/8', 'RemoveEntry.1.Cidr': '10.0.0.0/8' }, 'InvalidCidr.Duplicated', 400);
    await failsWithoutChange(h.sb, 'ModifyPrefixList', { PrefixListId: id, 'RemoveEntry.1.Cidr': '192.168.0.0/16' }, 'InvalidCidr.NotFound', 404);
    await failsWithoutChange(h.sb, 'ModifyPrefixList', { PrefixListId: id, 'AddEntry.1.Cidr': '192.168.0.0/16', 'AddEntry.2.Cidr': '100.64.0.0/10' }, 'QuotaExceed.PrefixListEntries', 403);
    await failsWithoutChange(h.sb, 'ModifyPrefixList', { PrefixListId: 'pl-missing', PrefixListName: 'x1' }, 'InvalidPrefixListId.NotFound', 404);
    await ok(h.sb, 'ecs', 'ModifyPrefixList', { PrefixListId: id, PrefixListName: 'renamed', Description: 'new one', 'AddEntry.1.Cidr': '172.16.0.0/12', 'AddEntry.2.Cidr': '10.0.0.0/8', 'AddEntry.2.Description': 'corp' });
    assert.deepEqual(await entries(h.sb, id), [['10.0.0.0/8', 'corp'], ['172.16.0.0/12', '']]);
    await ok(h.sb, 'ecs', 'ModifyPrefixList', { PrefixListId: id, 'RemoveEntry.1.Cidr': '10.0.0.0/8', 'AddEntry.1.Cidr': '192.168.0.0/16' });
    assert.deepEqual(await entries(h.sb, id), [['172.16.0.0/12', ''], ['192.168.0.0/16', '']]);
    const a = await ok(h.sb, 'ecs', 'DescribePrefixListAttributes', { PrefixListId: id });
    assert.deepEqual([a.PrefixListName, a.Description, a.MaxEntries], ['renamed', 'new one', 2]);
  });

  it('is a security-group rule\'s peer: listed with its name, associated with the group, and not deletable under the rule (NotAllowed.AssociationExist)', async () => {
    const sg = await securityGroup(h.sb);
    const id = await create(h.sb, { 'Entry.1.Cidr': '192.168.0.0/16' });
    await ok(h.sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourcePrefixListId: id });
    await ok(h.sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', DestPrefixListId: id });
    const perms = (await ok(h.sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: sg, Direction: 'all' })).Permissions.Permission;
    const ingress = perms.find((x: any) => x.Direction === 'ingress');
    const egress = perms.find((x: any) => x.Direction === 'egress');
    assert.deepEqual([ingress.SourcePrefixListId, ingress.SourcePrefixListName, ingress.SourceCidrIp], [id, 'office', '']);
    assert.deepEqual([egress.DestPrefixListId, egress.DestPrefixListName], [id, 'office']);
    const assoc = (await ok(h.sb, 'ecs', 'DescribePrefixListAssociations', { PrefixListId: id })).PrefixListAssociations.PrefixListAssociation;
    assert.deepEqual(assoc, [{ ResourceId: sg, ResourceType: 'securitygroup' }]);
    assert.equal((await ok(h.sb, 'ecs', 'DescribePrefixLists', { 'PrefixListId.1': id })).PrefixLists.PrefixList[0].AssociationCount, 1);
    await failsWithoutChange(h.sb, 'DeletePrefixList', { PrefixListId: id }, 'NotAllowed.AssociationExist', 400);
    await ok(h.sb, 'ecs', 'RevokeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourcePrefixListId: id });
    await failsWithoutChange(h.sb, 'DeletePrefixList', { PrefixListId: id }, 'NotAllowed.AssociationExist', 400);
    await ok(h.sb, 'ecs', 'RevokeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', DestPrefixListId: id });
    await ok(h.sb, 'ecs', 'DeletePrefixList', { PrefixListId: id });
    assert.deepEqual((await ok(h.sb, 'ecs', 'DescribePrefixLists', { 'PrefixListId.1': id })).PrefixLists.PrefixList, []);
    await failsWithoutChange(h.sb, 'DeletePrefixList', { PrefixListId: id }, 'InvalidPrefixListId.NotFound', 404);
  });

  it('refuses a rule that names a VPC prefix list (CreateVpcPrefixList), as the real cloud does, and leaves the group unchanged', async () => {
    const sg = await securityGroup(h.sb);
    const vpcList = (await call(h.sb, 'CreateVpcPrefixList', { PrefixListName: 'vpc-side', 'PrefixListEntries.1.Cidr': '10.0.0.0/8' })).PrefixListId;
    assert.match(vpcList, /^pl-/);
    await failsWithoutChange(h.sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourcePrefixListId: vpcList }, 'InvalidPrefixListId.NotFound', 404);
    await failsWithoutChange(h.sb, 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', DestPrefixListId: vpcList }, 'InvalidPrefixListId.NotFound', 404);
    // An ECS list's ID is likewise unknown to the VPC prefix-list actions.
    const ecsList = await create(h.sb);
    assert.deepEqual((await call(h.sb, 'ListPrefixLists', { 'PrefixListIds.1': ecsList })).PrefixLists, []);
  });

  it('refuses a rule whose list is of the other address family, and counts MaxEntries against the group\'s 200 rules', async () => {
    const sg = await securityGroup(h.sb);
    const v4 = await create(h.sb, { MaxEntries: 150, 'Entry.1.Cidr': '10.0.0.0/8' });
    await failsWithoutChange(h.sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'icmpv6', PortRange: '-1/-1', SourcePrefixListId: v4 }, 'InvalidParameter', 400);
    await ok(h.sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '80/80', SourcePrefixListId: v4 });
    const big = await create(h.sb, { MaxEntries: 60 });
    // 150 + 60 > 200 (CreateSecurityGroup adds no rules to a new group).
    await failsWithoutChange(h.sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '81/81', SourcePrefixListId: big }, 'AuthorizationLimitExceed', 403);
    const small = await create(h.sb, { MaxEntries: 50 });
    await ok(h.sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '81/81', SourcePrefixListId: small });
  });
});
