import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';
import { addVSwitch, createGroup, describeOne, fails, failsWithoutChange, network, runOne } from '../fixtures';

describe('ECS: elastic network interfaces (CreateNetworkInterface and friends)', () => {
  let sb: Sandbox;
  let vpcId: string;
  let vswitchId: string;
  let groupId: string;
  beforeEach(async () => {
    sb = await startTestSandbox();
    ({ vpcId, vswitchId } = await network(sb));
    groupId = await createGroup(sb, vpcId);
  });
  afterEach(() => sb.close());

  const create = async (extra: Record<string, string | number | boolean | undefined> = {}) =>
    (await ok(sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: groupId, ...extra })).NetworkInterfaceId as string;
  const attr = (id: string) => ok(sb, 'ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: id });
  const freeCount = async () => (await ok(sb, 'vpc', 'DescribeVSwitchAttributes', { VSwitchId: vswitchId })).AvailableIpAddressCount as number;

  it('creates an Available secondary ENI in the VSwitch with a free address, which the VSwitch then counts as used', async () => {
    const before = await freeCount();
    const id = await create({ NetworkInterfaceName: 'eni-one', Description: 'for tests', SecondaryPrivateIpAddressCount: 2 });
    assert.match(id, /^eni-/);
    const a = await attr(id);
    assert.equal(a.Status, 'Available');
    assert.equal(a.Type, 'Secondary');
    assert.equal(a.VpcId, vpcId);
    assert.equal(a.ZoneId, 'cn-hangzhou-h');
    assert.equal(a.NetworkInterfaceName, 'eni-one');
    assert.equal(a.PrivateIpSets.PrivateIpSet.length, 3);
    assert.deepEqual(a.SecurityGroupIds.SecurityGroupId, [groupId]);
    assert.equal(await freeCount(), before - 3);
  });

  it('never hands out an address an instance or another ENI holds', async () => {
    const inst = await describeOne(sb, await runOne(sb, vswitchId, { SecurityGroupId: groupId }));
    const taken = inst.VpcAttributes.PrivateIpAddress.IpAddress[0];
    const a = await attr(await create());
    const b = await attr(await create());
    const all = [taken, a.PrivateIpAddress, b.PrivateIpAddress];
    assert.equal(new Set(all).size, 3, all.join(' '));
    await failsWithoutChange(sb, 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: groupId, PrimaryIpAddress: a.PrivateIpAddress }, 'InvalidPrivateIpAddress.Duplicated', 400);
    // And an instance launched afterwards skips the ENIs' addresses.
    const later = await describeOne(sb, await runOne(sb, vswitchId, { SecurityGroupId: groupId }));
    assert.ok(!all.includes(later.VpcAttributes.PrivateIpAddress.IpAddress[0]));
  });

  it('refuses an unknown VSwitch, an unknown group and a group of another VPC, creating nothing', async () => {
    await failsWithoutChange(sb, 'CreateNetworkInterface', { VSwitchId: 'vsw-nope', SecurityGroupId: groupId }, 'InvalidVSwitchId.NotFound');
    await failsWithoutChange(sb, 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound', 404);
    const other = await network(sb);
    const foreign = await createGroup(sb, other.vpcId);
    await failsWithoutChange(sb, 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: foreign }, 'InvalidSecurityGroupId.VPCMismatch', 403);
    await failsWithoutChange(sb, 'CreateNetworkInterface', { VSwitchId: vswitchId }, 'MissingParameter');
    await failsWithoutChange(sb, 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: groupId, PrimaryIpAddress: '10.9.9.9' }, 'InvalidPrivateIpAddress');
  });

  it('attaches to an instance of the same zone and VPC (InUse), which DescribeInstances then lists, and detaches back to Available', async () => {
    const instanceId = await runOne(sb, vswitchId, { SecurityGroupId: groupId });
    const eni = await create();
    await ok(sb, 'ecs', 'AttachNetworkInterface', { NetworkInterfaceId: eni, InstanceId: instanceId });
    assert.equal((await attr(eni)).Status, 'InUse');
    assert.equal((await attr(eni)).InstanceId, instanceId);
    const nics = (await describeOne(sb, instanceId)).NetworkInterfaces.NetworkInterface;
    assert.deepEqual(nics.map((n: any) => n.Type), ['Primary', 'Secondary']);
    assert.equal(nics[1].NetworkInterfaceId, eni);
    // An attached ENI cannot be deleted, and the refusal changes nothing.
    await failsWithoutChange(sb, 'DeleteNetworkInterface', { NetworkInterfaceId: eni }, 'InvalidOperation.InvalidEniState', 400);
    await ok(sb, 'ecs', 'DetachNetworkInterface', { NetworkInterfaceId: eni, InstanceId: instanceId });
    assert.equal((await attr(eni)).Status, 'Available');
    assert.equal((await describeOne(sb, instanceId)).NetworkInterfaces.NetworkInterface.length, 1);
    await ok(sb, 'ecs', 'DeleteNetworkInterface', { NetworkInterfaceId: eni });
    await fails(sb, 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: eni }, 'InvalidEniId.NotFound', 404);
  });

  it('refuses to attach across zones and beyond the instance type\'s EniQuantity', async () => {
    const instanceId = await runOne(sb, vswitchId, { SecurityGroupId: groupId, InstanceType: 'ecs.g7.large' });
    const elsewhere = await addVSwitch(sb, vpcId, '192.168.2.0/24', { zoneId: 'cn-hangzhou-i' });
    const far = (await ok(sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: elsewhere, SecurityGroupId: groupId })).NetworkInterfaceId;
    await failsWithoutChange(sb, 'AttachNetworkInterface', { NetworkInterfaceId: far, InstanceId: instanceId }, 'InvalidOperation.AvailabilityZoneMismatch', 403);
    // ecs.g7.large (2 vCPUs) takes 2 ENIs, its primary one included: one secondary fits, a second does not.
    const first = await create();
    const second = await create();
    await ok(sb, 'ecs', 'AttachNetworkInterface', { NetworkInterfaceId: first, InstanceId: instanceId });
    await failsWithoutChange(sb, 'AttachNetworkInterface', { NetworkInterfaceId: second, InstanceId: instanceId }, 'EniPerInstanceLimitExceeded', 403);
  });

  it('a VSwitch or a security group with an ENI cannot be deleted', async () => {
    await create();
    await failsWithoutChange(sb, 'DeleteSecurityGroup', { SecurityGroupId: groupId }, 'DependencyViolation', 403);
    const before = JSON.stringify(sb.store.exportState());
    const r = await rpc(sb, 'vpc', 'DeleteVSwitch', { VSwitchId: vswitchId });
    assert.equal(r.body?.Code, 'DependencyViolation', r.text);
    assert.match(r.body.Message, /elastic network interfaces/);
    assert.equal(JSON.stringify(sb.store.exportState()), before);
  });

  it('assigns and unassigns secondary private addresses; the primary one cannot be unassigned', async () => {
    const eni = await create();
    const out = await ok(sb, 'ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, SecondaryPrivateIpAddressCount: 2 });
    const added: string[] = out.AssignedPrivateIpAddressesSet.PrivateIpSet.PrivateIpAddress;
    assert.equal(added.length, 2);
    const primary = (await attr(eni)).PrivateIpAddress;
    await failsWithoutChange(sb, 'UnassignPrivateIpAddresses', { NetworkInterfaceId: eni, 'PrivateIpAddress.1': primary }, 'InvalidIp.IpUnassigned', 403);
    await ok(sb, 'ecs', 'UnassignPrivateIpAddresses', { NetworkInterfaceId: eni, 'PrivateIpAddress.1': added[0] });
    const left = (await attr(eni)).PrivateIpSets.PrivateIpSet.map((s: any) => s.PrivateIpAddress);
    assert.deepEqual(left, [primary, added[1]]);
  });

  it('lists secondary and primary ENIs with the real filters, by page number and by NextToken', async () => {
    const instanceId = await runOne(sb, vswitchId, { SecurityGroupId: groupId });
    const ids = [await create({ NetworkInterfaceName: 'a1' }), await create({ NetworkInterfaceName: 'a2' }), await create({ NetworkInterfaceName: 'b1', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' })];
    const list = async (p: Record<string, string | number>) => (await ok(sb, 'ecs', 'DescribeNetworkInterfaces', p)).NetworkInterfaceSets.NetworkInterfaceSet.map((n: any) => n.NetworkInterfaceId);
    assert.deepEqual((await list({ Type: 'Secondary' })).sort(), [...ids].sort());
    assert.deepEqual(await list({ Type: 'Primary' }), [`eni-${instanceId.slice(2)}`]);
    assert.deepEqual(await list({ InstanceId: instanceId }), [`eni-${instanceId.slice(2)}`]);
    assert.deepEqual(await list({ NetworkInterfaceName: 'a2' }), [ids[1]]);
    assert.deepEqual(await list({ 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }), [ids[2]]);
    assert.deepEqual(await list({ 'NetworkInterfaceId.1': ids[0], 'NetworkInterfaceId.2': ids[2] }), [ids[0], ids[2]]);
    const page2 = await ok(sb, 'ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary', PageSize: 2, PageNumber: 2 });
    assert.equal(page2.TotalCount, 3);
    assert.equal(page2.NetworkInterfaceSets.NetworkInterfaceSet.length, 1);
    // MaxResults under 10 is read as 10 (the API's floor), so the three ENIs come in one page.
    const first = await ok(sb, 'ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary', MaxResults: 2 });
    assert.equal(first.MaxResults, 10);
    assert.deepEqual(first.NetworkInterfaceSets.NetworkInterfaceSet.map((n: any) => n.NetworkInterfaceId).sort(), [...ids].sort());
    assert.equal(first.NextToken, '');
    // Over 500 is read as 500, not refused.
    assert.equal((await ok(sb, 'ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary', MaxResults: 1000 })).MaxResults, 500);
  });

  it('ModifyNetworkInterfaceAttribute renames and regroups; the primary ENI cannot be deleted', async () => {
    const eni = await create();
    const g2 = await createGroup(sb, vpcId);
    await ok(sb, 'ecs', 'ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eni, NetworkInterfaceName: 'renamed', 'SecurityGroupId.1': g2 });
    const a = await attr(eni);
    assert.equal(a.NetworkInterfaceName, 'renamed');
    assert.deepEqual(a.SecurityGroupIds.SecurityGroupId, [g2]);
    const instanceId = await runOne(sb, vswitchId, { SecurityGroupId: groupId });
    await failsWithoutChange(sb, 'DeleteNetworkInterface', { NetworkInterfaceId: `eni-${instanceId.slice(2)}` }, 'InvalidOperation.InvalidEniType', 403);
  });

  it('an EIP binds to an ENI (InstanceType NetworkInterface) and is shown on it', async () => {
    const eni = await create();
    const eip = await ok(sb, 'vpc', 'AllocateEipAddress', {});
    await ok(sb, 'vpc', 'AssociateEipAddress', { AllocationId: eip.AllocationId, InstanceId: eni, InstanceType: 'NetworkInterface' });
    const a = await attr(eni);
    assert.equal(a.AssociatedPublicIp.AllocationId, eip.AllocationId);
    assert.equal(a.AssociatedPublicIp.PublicIpAddress, eip.EipAddress);
    const listed = (await ok(sb, 'vpc', 'DescribeEipAddresses', { AllocationId: eip.AllocationId })).EipAddresses.EipAddress[0];
    assert.equal(listed.InstanceType, 'NetworkInterface');
    assert.equal(listed.InstanceId, eni);
  });
});
