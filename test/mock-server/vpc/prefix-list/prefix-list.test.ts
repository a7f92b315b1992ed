/**
 * VPC prefix lists: CIDR blocks of one IP version up to MaxEntries, changed by adding and removing
 * entries. Security-group rules do not take them (they take ECS prefix lists, see
 * test/mock-server/ecs/prefix-list). Every refusal leaves the store unchanged (expectError checks it).
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc } from '../../../helpers/rpc';
import { call, createVpc, expectError, withSandbox } from '../vpc-helpers';

async function create(sb: Sandbox, params: Record<string, string | number> = {}): Promise<string> {
  return (await call(sb, 'CreateVpcPrefixList', params)).PrefixListId;
}

async function list1(sb: Sandbox, id: string): Promise<any> {
  const r = await call(sb, 'ListPrefixLists', { 'PrefixListIds.1': id });
  assert.equal(r.PrefixLists.length, 1, `${id} is listed once`);
  return r.PrefixLists[0];
}

async function cidrs(sb: Sandbox, id: string): Promise<string[]> {
  return (await call(sb, 'GetVpcPrefixListEntries', { PrefixListId: id })).PrefixListEntry.map((e: any) => e.Cidr);
}

async function securityGroup(sb: Sandbox): Promise<string> {
  const { VpcId } = await createVpc(sb);
  return (await ok(sb, 'ecs', 'CreateSecurityGroup', { VpcId })).SecurityGroupId;
}

async function ecsError(sb: Sandbox, action: string, params: Record<string, string>, code: string, status: number): Promise<void> {
  const before = JSON.stringify(sb.store.exportState());
  const r = await rpc(sb, 'ecs', action, params);
  assert.equal(r.status, status, `${action}: expected ${code}, got ${r.status}: ${r.text}`);
  assert.equal(r.body.Code, code);
  assert.equal(JSON.stringify(sb.store.exportState()), before, `${action} was rejected but changed the store`);
}

describe('vpc/prefix-list: VPC prefix lists', () => {
  const h = withSandbox();

  it('creates a list with its entries, 50 max entries and IPV4 by default, and lists it the way the real provider reads it', async () => {
    const id = await create(h.sb, { PrefixListName: 'office', PrefixListDescription: 'offices', 'PrefixListEntries.1.Cidr': '192.168.0.0/16', 'PrefixListEntries.1.Description': 'hq', 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' });
    assert.match(id, /^pl-/);
    const p = await list1(h.sb, id);
    assert.deepEqual(
      [p.PrefixListName, p.PrefixListDescription, p.IpVersion, p.MaxEntries, p.CidrBlocks, p.Status, p.ShareType, p.Tags],
      ['office', 'offices', 'IPV4', 50, ['192.168.0.0/16'], 'Created', '', [{ Key: 'env', Value: 'dev' }]],
    );
    const e = await call(h.sb, 'GetVpcPrefixListEntries', { PrefixListId: id });
    assert.deepEqual(e.PrefixListEntry.map((x: any) => [x.Cidr, x.Description]), [['192.168.0.0/16', 'hq']]);
    assert.deepEqual((await call(h.sb, 'GetVpcPrefixListAssociations', { PrefixListId: id })).PrefixListAssociation, []);
    assert.deepEqual((await call(h.sb, 'ListPrefixLists', { 'PrefixListIds.1': 'pl-unknown' })).PrefixLists, [], 'an unknown ID is not listed, not refused');
    assert.equal((await call(h.sb, 'ListPrefixLists', { PrefixListName: 'other' })).PrefixLists.length, 0);
  });

  it('refuses blocks of the wrong version, host bits, duplicates, too many entries and MaxEntries out of range', async () => {
    await expectError(h.sb, 'CreateVpcPrefixList', { 'PrefixListEntries.1.Cidr': '2001:db8::/32' }, 'IllegalParam.Cidr');
    await expectError(h.sb, 'CreateVpcPrefixList', { IpVersion: 'IPv6', 'PrefixListEntries.1.Cidr': '10.0.0.0/8' }, 'IllegalParam.Cidr');
    await expectError(h.sb, 'CreateVpcPrefixList', { 'PrefixListEntries.1.Cidr': '10.0.0.1/8' }, 'IllegalParam.Cidr');
    await expectError(h.sb, 'CreateVpcPrefixList', { 'PrefixListEntries.1.Cidr': '10.0.0.0/8', 'PrefixListEntries.2.Cidr': '10.0.0.0/8' }, 'DuplicatedParam.Cidr');
    await expectError(h.sb, 'CreateVpcPrefixList', { MaxEntries: 1, 'PrefixListEntries.1.Cidr': '10.0.0.0/8', 'PrefixListEntries.2.Cidr': '172.16.0.0/12' }, 'QuotaExceeded.PrefixListEntry');
    await expectError(h.sb, 'CreateVpcPrefixList', { MaxEntries: 201 }, 'IllegalParam.MaxEntries');
    await expectError(h.sb, 'CreateVpcPrefixList', { IpVersion: 'IPv5' }, 'InvalidParameter');
    const v6 = await create(h.sb, { IpVersion: 'ipv6', 'PrefixListEntries.1.Cidr': '2001:DB8::/32' });
    assert.deepEqual([(await list1(h.sb, v6)).IpVersion, await cidrs(h.sb, v6)], ['IPV6', ['2001:db8::/32']]);
  });

  it('adds and removes entries, updates a held entry\'s description, resizes, and refuses what does not fit', async () => {
    const id = await create(h.sb, { MaxEntries: 3, 'PrefixListEntries.1.Cidr': '10.0.0.0/8' });
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, 'AddPrefixListEntry.1.Cidr': '10.0.0.0/8', 'RemovePrefixListEntry.1.Cidr': '10.0.0.0/8' }, 'DuplicatedParam.Cidr');
    assert.deepEqual(await cidrs(h.sb, id), ['10.0.0.0/8']);
    await call(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, 'AddPrefixListEntry.1.Cidr': '172.16.0.0/12', 'AddPrefixListEntry.2.Cidr': '10.0.0.0/8', 'AddPrefixListEntry.2.Description': 'corp' });
    const e = (await call(h.sb, 'GetVpcPrefixListEntries', { PrefixListId: id })).PrefixListEntry;
    assert.deepEqual(e.map((x: any) => [x.Cidr, x.Description]), [['10.0.0.0/8', 'corp'], ['172.16.0.0/12', '']]);
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, 'AddPrefixListEntry.1.Cidr': '192.168.0.0/16', 'AddPrefixListEntry.2.Cidr': '100.64.0.0/10' }, 'QuotaExceeded.PrefixListEntry');
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, MaxEntries: 1 }, 'QuotaExceeded.PrefixListEntry');
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, 'RemovePrefixListEntry.1.Cidr': '192.168.0.0/16' }, 'ResourceNotFound.PrefixListEntry', 404);
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, 'AddPrefixListEntry.1.Cidr': '192.168.0.0/16', 'RemovePrefixListEntry.1.Cidr': '192.168.0.0/16' }, 'DuplicatedParam.Cidr');
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: 'pl-missing', PrefixListName: 'x' }, 'ResourceNotFound.PrefixList', 404);
    await call(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, MaxEntries: 10, PrefixListName: 'renamed', 'RemovePrefixListEntry.1.Cidr': '10.0.0.0/8' });
    const p = await list1(h.sb, id);
    assert.deepEqual([p.PrefixListName, p.MaxEntries, p.CidrBlocks], ['renamed', 10, ['172.16.0.0/12']]);
  });

  it('is no security-group rule\'s peer (rules take ECS prefix lists): a rule naming it is refused, nothing is associated, and it deletes freely', async () => {
    const sg = await securityGroup(h.sb);
    const id = await create(h.sb, { PrefixListName: 'office', MaxEntries: 5, 'PrefixListEntries.1.Cidr': '192.168.0.0/16' });
    await ecsError(h.sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourcePrefixListId: id }, 'InvalidPrefixListId.NotFound', 404);
    await ecsError(h.sb, 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', DestPrefixListId: id }, 'InvalidPrefixListId.NotFound', 404);
    assert.deepEqual((await call(h.sb, 'GetVpcPrefixListAssociations', { PrefixListId: id })).PrefixListAssociation, []);
    await call(h.sb, 'DeleteVpcPrefixList', { PrefixListId: id });
    assert.deepEqual((await call(h.sb, 'ListPrefixLists', { 'PrefixListIds.1': id })).PrefixLists, []);
    await expectError(h.sb, 'DeleteVpcPrefixList', { PrefixListId: id }, 'ResourceNotFound.PrefixList', 404);
  });
});

describe('vpc/prefix-list: changes wait for the list to settle', () => {
  const h = withSandbox({ asyncDelayMs: 300 });

  it('shows Creating, then Modifying after a change, and refuses a change or a delete meanwhile with IncorrectStatus.PrefixList (which the provider retries)', async () => {
    const id = await create(h.sb, { 'PrefixListEntries.1.Cidr': '10.0.0.0/8' });
    assert.equal((await list1(h.sb, id)).Status, 'Creating');
    await expectError(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, PrefixListName: 'x' }, 'IncorrectStatus.PrefixList');
    await expectError(h.sb, 'DeleteVpcPrefixList', { PrefixListId: id }, 'IncorrectStatus.PrefixList');
    await new Promise((r) => setTimeout(r, 350));
    assert.equal((await list1(h.sb, id)).Status, 'Created');
    await call(h.sb, 'ModifyVpcPrefixList', { PrefixListId: id, 'AddPrefixListEntry.1.Cidr': '172.16.0.0/12' });
    assert.equal((await list1(h.sb, id)).Status, 'Modifying');
    await expectError(h.sb, 'DeleteVpcPrefixList', { PrefixListId: id }, 'IncorrectStatus.PrefixList');
  });
});
