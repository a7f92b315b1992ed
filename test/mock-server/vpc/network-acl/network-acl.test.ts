/**
 * Network ACLs: entries stored in priority order ahead of the system entry, bindings to VSwitches
 * of the same VPC (one ACL per VSwitch), quotas, the Modifying/BINDING states, and what an ACL
 * blocks: deleting a bound VSwitch, the VPC that holds it, itself while bound. Every refusal leaves
 * the store unchanged (expectError checks it).
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { startTestSandbox } from '../../../helpers/rpc';
import { call, createVSwitch, expectError, withSandbox } from '../vpc-helpers';
import { network } from '../internet-helpers';

async function acl(sb: Sandbox, vpcId: string, params: Record<string, string> = {}): Promise<string> {
  return (await call(sb, 'CreateNetworkAcl', { VpcId: vpcId, ...params })).NetworkAclId;
}

async function attrs(sb: Sandbox, id: string): Promise<any> {
  return (await call(sb, 'DescribeNetworkAclAttributes', { NetworkAclId: id })).NetworkAclAttribute;
}

const ingress = (n: number, e: Record<string, string>) => Object.fromEntries(Object.entries(e).map(([k, v]) => [`IngressAclEntries.${n}.${k}`, v]));
const egress = (n: number, e: Record<string, string>) => Object.fromEntries(Object.entries(e).map(([k, v]) => [`EgressAclEntries.${n}.${k}`, v]));
const WEB = { Policy: 'accept', Protocol: 'tcp', Port: '80/443', SourceCidrIp: '10.0.0.0/24', NetworkAclEntryName: 'web', Description: 'web in' };

describe('vpc/network-acl: network ACLs', () => {
  const h = withSandbox();

  it('creates an ACL that holds only a system deny-all entry each way, and lists it by VPC and name', async () => {
    const net = await network(h.sb);
    const out = await call(h.sb, 'CreateNetworkAcl', { VpcId: net.vpcId, NetworkAclName: 'edge', Description: 'edge rules', 'Tag.1.Key': 'team', 'Tag.1.Value': 'net' });
    assert.match(out.NetworkAclId, /^nacl-/);
    assert.equal(out.NetworkAclAttribute.NetworkAclId, out.NetworkAclId, 'the real provider reads the ID from NetworkAclAttribute');
    const a = await attrs(h.sb, out.NetworkAclId);
    assert.deepEqual([a.Status, a.VpcId, a.NetworkAclName, a.Description], ['Available', net.vpcId, 'edge', 'edge rules']);
    for (const list of [a.IngressAclEntries.IngressAclEntry, a.EgressAclEntries.EgressAclEntry]) {
      assert.deepEqual(list.map((e: any) => [e.EntryType, e.Policy, e.Protocol, e.Port]), [['system', 'drop', 'all', '-1/-1']]);
    }
    assert.deepEqual(a.Tags.Tag, [{ Key: 'team', Value: 'net' }]);
    const byVpc = await call(h.sb, 'DescribeNetworkAcls', { VpcId: net.vpcId });
    assert.deepEqual(byVpc.NetworkAcls.NetworkAcl.map((x: any) => x.NetworkAclId), [out.NetworkAclId]);
    assert.equal((await call(h.sb, 'DescribeNetworkAcls', { NetworkAclName: 'other' })).NetworkAcls.NetworkAcl.length, 0);
  });

  it('replaces the custom entries of the flagged direction only, custom ones first, keeping IDs sent back', async () => {
    const net = await network(h.sb);
    const id = await acl(h.sb, net.vpcId);
    await call(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: id, UpdateIngressAclEntries: 'true', ...ingress(1, WEB), ...ingress(2, { Policy: 'drop', Protocol: 'all', Port: '-1/-1', SourceCidrIp: '0.0.0.0/0' }) });
    let a = await attrs(h.sb, id);
    const inList = a.IngressAclEntries.IngressAclEntry;
    assert.deepEqual(inList.map((e: any) => [e.EntryType, e.Policy, e.Protocol, e.Port, e.SourceCidrIp, e.IpVersion]), [
      ['custom', 'accept', 'tcp', '80/443', '10.0.0.0/24', 'IPV4'],
      ['custom', 'drop', 'all', '-1/-1', '0.0.0.0/0', 'IPV4'],
      ['system', 'drop', 'all', '-1/-1', '0.0.0.0/0', 'IPV4'],
    ]);
    assert.equal(a.EgressAclEntries.EgressAclEntry.length, 1, 'egress untouched: its flag was not set');
    const webId = inList[0].NetworkAclEntryId;
    await call(h.sb, 'UpdateNetworkAclEntries', {
      NetworkAclId: id,
      UpdateIngressAclEntries: true,
      UpdateEgressAclEntries: true,
      ...ingress(1, { ...WEB, NetworkAclEntryId: webId, Port: '443/443' }),
      ...egress(1, { Policy: 'accept', Protocol: 'udp', Port: '53/53', DestinationCidrIp: '2408:4002::/64' }),
    });
    a = await attrs(h.sb, id);
    assert.deepEqual(a.IngressAclEntries.IngressAclEntry.map((e: any) => [e.NetworkAclEntryId === webId, e.Port]), [[true, '443/443'], [false, '-1/-1']]);
    assert.deepEqual(a.EgressAclEntries.EgressAclEntry[0].IpVersion, 'IPV6');
  });

  it('takes IpVersion in any casing and shows it as the wire spells it (IPV4/IPV6), and refuses unknown versions and mismatches naming the fix', async () => {
    const net = await network(h.sb);
    const id = await acl(h.sb, net.vpcId);
    await call(h.sb, 'UpdateNetworkAclEntries', {
      NetworkAclId: id,
      UpdateIngressAclEntries: true,
      ...ingress(1, { Policy: 'accept', Protocol: 'all', Port: '-1/-1', SourceCidrIp: '::/0', IpVersion: 'IPV6' }),
      ...ingress(2, { Policy: 'accept', Protocol: 'tcp', Port: '22/22', SourceCidrIp: '10.0.0.0/8', IpVersion: 'IPv4' }),
    });
    const before = (await attrs(h.sb, id)).IngressAclEntries.IngressAclEntry;
    assert.deepEqual(before.map((e: any) => [e.SourceCidrIp, e.IpVersion]), [['::/0', 'IPV6'], ['10.0.0.0/8', 'IPV4'], ['0.0.0.0/0', 'IPV4']]);
    const bad = async (e: Record<string, string>, why: RegExp) => {
      assert.match(await expectError(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: id, UpdateIngressAclEntries: 'true', ...ingress(1, e) }, 'InvalidParameter'), why);
    };
    await bad({ Policy: 'accept', Protocol: 'all', Port: '-1/-1', SourceCidrIp: '::/0', IpVersion: 'IPv5' }, /"IPv5" is not IPV4 or IPV6.*write IPV6/);
    await bad({ Policy: 'accept', Protocol: 'all', Port: '-1/-1', SourceCidrIp: '::/0', IpVersion: 'IPV4' }, /which is IPV6: write IPV6/);
    assert.deepEqual((await attrs(h.sb, id)).IngressAclEntries.IngressAclEntry, before, 'refused updates change nothing');
  });

  it('refuses bad entries, past-quota lists and entries without a direction flag, changing nothing', async () => {
    const net = await network(h.sb);
    const id = await acl(h.sb, net.vpcId);
    const bad = async (e: Record<string, string>, why: RegExp) => {
      const msg = await expectError(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: id, UpdateIngressAclEntries: 'true', ...ingress(1, e) }, 'InvalidParameter');
      assert.match(msg, why);
    };
    await bad({ ...WEB, Policy: 'allow' }, /accept or drop/);
    await bad({ ...WEB, Protocol: 'sctp' }, /not one of/);
    await bad({ ...WEB, Port: '0/80' }, /1 ≤ from/);
    await bad({ ...WEB, Port: '90/80' }, /1 ≤ from/);
    await bad({ ...WEB, Protocol: 'all', Port: '22/22' }, /-1\/-1/);
    await bad({ ...WEB, SourceCidrIp: '10.0.0.300/24' }, /not an IPv4 CIDR/);
    await bad({ ...WEB, NetworkAclEntryName: 'http://x' }, /NetworkAclEntryName/);
    await bad({ ...WEB, EntryType: 'system' }, /only custom/);
    await expectError(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: id, ...ingress(1, WEB) }, 'InvalidParameter');
    const many = Object.assign({}, ...Array.from({ length: 21 }, (_, i) => ingress(i + 1, { ...WEB, SourceCidrIp: `10.0.${i}.0/24` })));
    await expectError(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: id, UpdateIngressAclEntries: 'true', ...many }, 'QuotaExceeded.NetworkAclEntry');
    await expectError(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: 'nacl-missing', UpdateIngressAclEntries: 'true' }, 'InvalidNetworkAcl.NotFound', 404);
  });

  it('binds VSwitches of its VPC, one ACL per VSwitch, and unbinds them', async () => {
    const net = await network(h.sb);
    const other = await network(h.sb, '192.168.0.0/16', '192.168.1.0/24');
    const a1 = await acl(h.sb, net.vpcId);
    const a2 = await acl(h.sb, net.vpcId);
    await expectError(h.sb, 'AssociateNetworkAcl', { NetworkAclId: a1, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch', DryRun: true }, 'DryRunOperation');
    await call(h.sb, 'AssociateNetworkAcl', { NetworkAclId: a1, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' });
    assert.deepEqual((await attrs(h.sb, a1)).Resources.Resource, [{ ResourceId: net.vswitchId, ResourceType: 'VSwitch', Status: 'BINDED' }]);
    assert.deepEqual((await call(h.sb, 'DescribeNetworkAcls', { ResourceId: net.vswitchId })).NetworkAcls.NetworkAcl.map((x: any) => x.NetworkAclId), [a1]);
    await expectError(h.sb, 'AssociateNetworkAcl', { NetworkAclId: a2, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' }, 'InvalidResource.Associated');
    const msg = await expectError(h.sb, 'AssociateNetworkAcl', { NetworkAclId: a2, 'Resource.1.ResourceId': other.vswitchId, 'Resource.1.ResourceType': 'VSwitch' }, 'InvalidParameter');
    assert.match(msg, /its own VPC/);
    await expectError(h.sb, 'AssociateNetworkAcl', { NetworkAclId: a2, 'Resource.1.ResourceId': 'vsw-missing', 'Resource.1.ResourceType': 'VSwitch' }, 'InvalidResource.NotFound', 404);
    await expectError(h.sb, 'UnassociateNetworkAcl', { NetworkAclId: a2, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' }, 'InvalidResource.NotBinding');
    await call(h.sb, 'UnassociateNetworkAcl', { NetworkAclId: a1, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' });
    assert.deepEqual((await attrs(h.sb, a1)).Resources.Resource, []);
    await call(h.sb, 'AssociateNetworkAcl', { NetworkAclId: a2, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' });
  });

  it('blocks deleting a bound VSwitch, a bound ACL and a VPC holding an ACL, until each is cleared', async () => {
    const net = await network(h.sb);
    const id = await acl(h.sb, net.vpcId);
    await call(h.sb, 'AssociateNetworkAcl', { NetworkAclId: id, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' });
    await expectError(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId }, 'DependencyViolation.NetworkAcl');
    await expectError(h.sb, 'DeleteNetworkAcl', { NetworkAclId: id }, 'NetworkAclExistBinding');
    await call(h.sb, 'UnassociateNetworkAcl', { NetworkAclId: id, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' });
    await call(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId });
    await expectError(h.sb, 'DeleteVpc', { VpcId: net.vpcId }, 'DependencyViolation.NetworkAcl');
    await call(h.sb, 'DeleteNetworkAcl', { NetworkAclId: id });
    await expectError(h.sb, 'DescribeNetworkAclAttributes', { NetworkAclId: id }, 'InvalidNetworkAcl.NotFound', 404);
    await call(h.sb, 'DeleteVpc', { VpcId: net.vpcId });
  });

  it('copies the custom entries of another ACL, renames, and holds at most 20 ACLs per VPC', async () => {
    const net = await network(h.sb);
    const src = await acl(h.sb, net.vpcId);
    await call(h.sb, 'UpdateNetworkAclEntries', { NetworkAclId: src, UpdateIngressAclEntries: 'true', ...ingress(1, WEB) });
    const dst = await acl(h.sb, net.vpcId);
    await call(h.sb, 'CopyNetworkAclEntries', { NetworkAclId: dst, SourceNetworkAclId: src });
    const copied = (await attrs(h.sb, dst)).IngressAclEntries.IngressAclEntry;
    assert.deepEqual(copied.map((e: any) => [e.EntryType, e.Port]), [['custom', '80/443'], ['system', '-1/-1']]);
    await call(h.sb, 'ModifyNetworkAclAttributes', { NetworkAclId: dst, NetworkAclName: 'copy', Description: 'copied' });
    assert.deepEqual([(await attrs(h.sb, dst)).NetworkAclName, (await attrs(h.sb, dst)).Description], ['copy', 'copied']);
    await expectError(h.sb, 'ModifyNetworkAclAttributes', { NetworkAclId: dst, NetworkAclName: 'https://x' }, 'InvalidName.Malformed');
    for (let i = 2; i < 20; i++) await acl(h.sb, net.vpcId);
    await expectError(h.sb, 'CreateNetworkAcl', { VpcId: net.vpcId }, 'QuotaExceeded.NetworkAcl');
    await expectError(h.sb, 'CreateNetworkAcl', { VpcId: 'vpc-missing' }, 'InvalidVpcId.NotFound', 404);
    const vsw2 = await createVSwitch(h.sb, net.vpcId, '172.16.122.0/24');
    assert.ok(vsw2);
  });
});

describe('vpc/network-acl: asynchronous states', () => {
  let sb: Sandbox;
  let now = 0;
  beforeEach(async () => {
    now = Date.now();
    sb = await startTestSandbox({ asyncDelayMs: 1000, clock: () => now });
  });
  afterEach(() => sb.close());

  it('shows Modifying and BINDING for the delay, and refuses a second change meanwhile', async () => {
    const vpc = await call(sb, 'CreateVpc', { CidrBlock: '172.16.0.0/12' });
    now += 5000;
    const vswitchId = await createVSwitch(sb, vpc.VpcId, '172.16.1.0/24');
    now += 5000;
    const net = { vpcId: vpc.VpcId as string, vswitchId };
    const id = await acl(sb, net.vpcId);
    assert.equal((await attrs(sb, id)).Status, 'Modifying');
    now += 2000;
    await call(sb, 'AssociateNetworkAcl', { NetworkAclId: id, 'Resource.1.ResourceId': net.vswitchId, 'Resource.1.ResourceType': 'VSwitch' });
    const a = await attrs(sb, id);
    assert.deepEqual([a.Status, a.Resources.Resource[0].Status], ['Modifying', 'BINDING']);
    await expectError(sb, 'UpdateNetworkAclEntries', { NetworkAclId: id, UpdateIngressAclEntries: 'true', ...ingress(1, WEB) }, 'IncorrectStatus');
    now += 2000;
    const b = await attrs(sb, id);
    assert.deepEqual([b.Status, b.Resources.Resource[0].Status], ['Available', 'BINDED']);
  });
});
