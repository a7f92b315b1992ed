/**
 * EIPs: allocation (documentation ranges, or the guide's own 118.31.48.48 on request), binding to
 * instances and NAT gateways with the guide's rules, the statuses with the async delay, release,
 * listing, and races with exactly one winner.
 */
import { strict as assert } from 'node:assert';
import { ok, rpc, eventually } from '../../../helpers/rpc';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeEip, describeInstance, eip, natGateway, network, runInstance } from '../internet-helpers';

describe('vpc/eip: elastic IP addresses', () => {
  const h = withSandbox();

  it('allocates an Available EIP from the documentation ranges, or the address asked for', async () => {
    const a = await eip(h.sb);
    assert.match(a.id, /^eip-/);
    assert.match(a.ip, /^(203\.0\.113|198\.51\.100|192\.0\.2)\./);
    const guide = await eip(h.sb, { IpAddress: '118.31.48.48', Bandwidth: 10, Name: 'web' });
    assert.equal(guide.ip, '118.31.48.48');
    const shown = await describeEip(h.sb, guide.id);
    assert.equal(shown.Status, 'Available');
    assert.equal(shown.Bandwidth, '10');
    assert.equal(shown.Name, 'web');
    assert.equal(shown.InstanceId, '');
  });

  it('never hands out an address twice in a region, and refuses a taken or non-public IpAddress, changing nothing', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId, { InternetMaxBandwidthOut: 5 });
    const system = (await describeInstance(h.sb, inst)).PublicIpAddress.IpAddress[0];
    const addresses = new Set([system]);
    for (let i = 0; i < 20; i++) addresses.add((await eip(h.sb)).ip);
    assert.equal(addresses.size, 21);
    await expectError(h.sb, 'AllocateEipAddress', { IpAddress: system }, 'ReserveIpFail');
    await eip(h.sb, { IpAddress: '118.31.48.48' });
    await expectError(h.sb, 'AllocateEipAddress', { IpAddress: '118.31.48.48' }, 'ReserveIpFail');
    await expectError(h.sb, 'AllocateEipAddress', { IpAddress: '10.0.0.1' }, 'InvalidParameter');
    await expectError(h.sb, 'AllocateEipAddress', { IpAddress: 'not-an-ip' }, 'InvalidParameter');
    await expectError(h.sb, 'AllocateEipAddress', { Bandwidth: 501 }, 'InvalidParameter');
    await expectError(h.sb, 'AllocateEipAddress', { InstanceChargeType: 'PrePaid' }, 'InvalidParameter');
  });

  it('binds to a Running instance: DescribeEipAddresses shows it InUse and DescribeInstances shows EipAddress', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    const shown = await describeEip(h.sb, e.id);
    assert.equal(shown.Status, 'InUse');
    assert.equal(shown.InstanceId, inst);
    assert.equal(shown.InstanceType, 'EcsInstance');
    assert.equal(shown.PrivateIpAddress, (await describeInstance(h.sb, inst)).VpcAttributes.PrivateIpAddress.IpAddress[0]);
    const described = await describeInstance(h.sb, inst);
    assert.equal(described.EipAddress.AllocationId, e.id);
    assert.equal(described.EipAddress.IpAddress, e.ip);
    assert.deepEqual(described.PublicIpAddress.IpAddress, []);
    const byInstance = await call(h.sb, 'DescribeEipAddresses', { AssociatedInstanceType: 'EcsInstance', AssociatedInstanceId: inst });
    assert.deepEqual(byInstance.EipAddresses.EipAddress.map((x: any) => x.AllocationId), [e.id]);
  });

  it('refuses a second public address for an instance: a system public IP or another EIP (InvalidAssociation.Duplicated)', async () => {
    const net = await network(h.sb);
    const withPublic = await runInstance(h.sb, net.vswitchId, { InternetMaxBandwidthOut: 10 });
    const plain = await runInstance(h.sb, net.vswitchId);
    const [a, b] = [await eip(h.sb), await eip(h.sb)];
    const msg = await expectError(h.sb, 'AssociateEipAddress', { AllocationId: a.id, InstanceId: withPublic }, 'InvalidAssociation.Duplicated');
    assert.match(msg, /system-allocated public IP/);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: a.id, InstanceId: plain });
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: b.id, InstanceId: plain }, 'InvalidAssociation.Duplicated');
    // One EIP cannot be bound twice.
    const other = await runInstance(h.sb, net.vswitchId);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: a.id, InstanceId: other }, 'IncorrectEipStatus');
  });

  it('refuses unknown targets and types with the real codes', async () => {
    const e = await eip(h.sb);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: 'i-nothere' }, 'InvalidInstanId.NotFound', 404);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: 'ngw-nothere', InstanceType: 'Nat' }, 'InvalidInstanId.NotFound', 404);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: 'lb-x', InstanceType: 'SlbInstance' }, 'InvalidInstanceType.ValueNotSupported');
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: 'eip-nothere', InstanceId: 'i-x' }, 'InvalidAllocationId.NotFound', 404);
    await expectError(h.sb, 'ReleaseEipAddress', { AllocationId: 'eip-nothere' }, 'InvalidAllocationId.NotFound', 404);
    await expectError(h.sb, 'DescribeEipAddresses', { AssociatedInstanceType: 'Toaster' }, 'InvalidIAssociatedInstanceType.ValueNotSupported');
  });

  it('refuses release while bound, and releases once unbound', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    await expectError(h.sb, 'ReleaseEipAddress', { AllocationId: e.id }, 'IncorrectEipStatus');
    await expectError(h.sb, 'UnassociateEipAddress', { AllocationId: e.id, InstanceId: 'i-other' }, 'InvalidBindingStatus');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    assert.equal((await describeInstance(h.sb, inst)).EipAddress.AllocationId, '');
    await expectError(h.sb, 'UnassociateEipAddress', { AllocationId: e.id }, 'IncorrectEipStatus');
    await call(h.sb, 'ReleaseEipAddress', { AllocationId: e.id });
    assert.equal((await call(h.sb, 'DescribeEipAddresses', { AllocationId: e.id })).TotalCount, 0);
  });

  it('binds only Running or Stopped instances, and a deleted instance leaves its EIP Available', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    await ok(h.sb, 'ecs', 'StopInstance', { InstanceId: inst });
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    await ok(h.sb, 'ecs', 'DeleteInstance', { InstanceId: inst });
    const shown = await describeEip(h.sb, e.id);
    assert.equal(shown.Status, 'Available');
    assert.equal(shown.InstanceId, '');
  });

  it('exactly one of ten concurrent bindings of one EIP wins, and one instance takes exactly one of five EIPs', async () => {
    const net = await network(h.sb);
    const instances = await Promise.all(Array.from({ length: 10 }, () => runInstance(h.sb, net.vswitchId)));
    const e = await eip(h.sb);
    const results = await Promise.all(instances.map((i) => rpc(h.sb, 'vpc', 'AssociateEipAddress', { AllocationId: e.id, InstanceId: i })));
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.ok(results.filter((r) => r.status !== 200).every((r) => r.body.Code === 'IncorrectEipStatus'));
    const five = await Promise.all(Array.from({ length: 5 }, () => eip(h.sb)));
    const target = instances.find((i) => i !== (results.findIndex((r) => r.status === 200) >= 0 ? instances[results.findIndex((r) => r.status === 200)] : ''))!;
    const race = await Promise.all(five.map((x) => rpc(h.sb, 'vpc', 'AssociateEipAddress', { AllocationId: x.id, InstanceId: target })));
    assert.equal(race.filter((r) => r.status === 200).length, 1);
    assert.ok(race.filter((r) => r.status !== 200).every((r) => r.body.Code === 'InvalidAssociation.Duplicated'));
    assert.equal((await call(h.sb, 'DescribeEipAddresses', { AssociatedInstanceId: target })).TotalCount, 1);
  });

  it('lists with filters, tags and pages of up to 100', async () => {
    for (let i = 0; i < 12; i++) await eip(h.sb, { Name: i % 2 ? 'odd' : 'even' });
    const tagged = await eip(h.sb, { 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' });
    assert.equal((await call(h.sb, 'DescribeEipAddresses', {})).EipAddresses.EipAddress.length, 10);
    const all = await call(h.sb, 'DescribeEipAddresses', { PageSize: 100 });
    assert.equal(all.TotalCount, 13);
    assert.equal(all.EipAddresses.EipAddress.length, 13);
    assert.equal((await call(h.sb, 'DescribeEipAddresses', { EipName: 'odd' })).TotalCount, 6);
    assert.deepEqual((await call(h.sb, 'DescribeEipAddresses', { 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' })).EipAddresses.EipAddress.map((x: any) => x.AllocationId), [tagged.id]);
    await call(h.sb, 'TagResources', { ResourceType: 'EIP', 'ResourceId.1': tagged.id, 'Tag.1.Key': 'team', 'Tag.1.Value': 'net' });
    const listed = await call(h.sb, 'ListTagResources', { ResourceType: 'EIP', 'ResourceId.1': tagged.id });
    assert.equal(listed.TagResources.TagResource.length, 2);
    assert.equal((await call(h.sb, 'DescribeEipAddresses', { EipAddress: tagged.ip })).TotalCount, 1);
    await expectError(h.sb, 'DescribeEipAddresses', { PageSize: 101 }, 'InvalidParameter');
  });

  it('retries with the same ClientToken return the first EIP; DryRun checks and binds nothing', async () => {
    const first = await call(h.sb, 'AllocateEipAddress', { ClientToken: 'tok-1', Bandwidth: 5 });
    const again = await call(h.sb, 'AllocateEipAddress', { ClientToken: 'tok-1', Bandwidth: 5 });
    assert.equal(again.AllocationId, first.AllocationId);
    await expectError(h.sb, 'AllocateEipAddress', { ClientToken: 'tok-1', Bandwidth: 6 }, 'IdempotentParameterMismatch');
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: first.AllocationId, InstanceId: inst, DryRun: true }, 'DryRunOperation');
  });

  it('changes name, description and bandwidth within the charge type\'s range', async () => {
    const e = await eip(h.sb, { InternetChargeType: 'PayByTraffic' });
    await call(h.sb, 'ModifyEipAddressAttribute', { AllocationId: e.id, Name: 'renamed', Bandwidth: 200 });
    const shown = await describeEip(h.sb, e.id);
    assert.equal(shown.Name, 'renamed');
    assert.equal(shown.Bandwidth, '200');
    await expectError(h.sb, 'ModifyEipAddressAttribute', { AllocationId: e.id, Bandwidth: 201 }, 'InvalidParameter');
  });

  it('binds to an Available NAT gateway with InstanceType=Nat', async () => {
    const net = await network(h.sb);
    const { natId } = await natGateway(h.sb, net);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: natId, InstanceType: 'Nat' });
    const shown = await describeEip(h.sb, e.id);
    assert.equal(shown.InstanceType, 'Nat');
    assert.equal(shown.VpcId, net.vpcId);
  });
});

describe('vpc/eip: statuses with the async delay', () => {
  const h = withSandbox({ asyncDelayMs: 300 });

  it('goes Associating → InUse and Unassociating → Available, refusing changes in between', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    // RunInstances → Pending: a binding waits for Running or Stopped.
    const e = await eip(h.sb);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst }, 'IncorrectInstanceStatus');
    await eventually(async () => (await describeInstance(h.sb, inst)).Status === 'Running', 5000);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    assert.equal((await describeEip(h.sb, e.id)).Status, 'Associating');
    await expectError(h.sb, 'UnassociateEipAddress', { AllocationId: e.id }, 'IncorrectEipStatus');
    await eventually(async () => (await describeEip(h.sb, e.id)).Status === 'InUse', 5000);
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: e.id });
    assert.equal((await describeEip(h.sb, e.id)).Status, 'Unassociating');
    await expectError(h.sb, 'ReleaseEipAddress', { AllocationId: e.id }, 'IncorrectEipStatus');
    await eventually(async () => (await describeEip(h.sb, e.id)).Status === 'Available', 5000);
    await call(h.sb, 'ReleaseEipAddress', { AllocationId: e.id });
  });
});

describe('vpc/eip: DescribeInstances', () => {
  const h = withSandbox();

  it('finds an instance by the address of its bound EIP (EipAddresses)', async () => {
    const net = await network(h.sb);
    const [a, b] = [await runInstance(h.sb, net.vswitchId), await runInstance(h.sb, net.vswitchId)];
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: a });
    const found = await ok(h.sb, 'ecs', 'DescribeInstances', { EipAddresses: JSON.stringify([e.ip]) });
    assert.deepEqual(found.Instances.Instance.map((i: any) => i.InstanceId), [a]);
    void b;
    const none = await ok(h.sb, 'ecs', 'DescribeInstances', { EipAddresses: JSON.stringify(['118.31.48.48']) });
    assert.equal(none.Instances.Instance.length, 0);
  });

  it('an instance with an EIP cannot move to another VPC (OperationDenied), and can once the EIP is unbound', async () => {
    const net = await network(h.sb);
    const other = await network(h.sb, '10.0.0.0/8', '10.1.0.0/24');
    const inst = await runInstance(h.sb, net.vswitchId);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    await ok(h.sb, 'ecs', 'StopInstance', { InstanceId: inst });
    await eventually(async () => (await describeInstance(h.sb, inst)).Status === 'Stopped');
    const sg = (await ok(h.sb, 'ecs', 'CreateSecurityGroup', { VpcId: other.vpcId })).SecurityGroupId;
    const move = { InstanceId: inst, VpcId: other.vpcId, VSwitchId: other.vswitchId, 'SecurityGroupId.1': sg };
    const before = JSON.stringify(h.sb.store.exportState());
    const r = await rpc(h.sb, 'ecs', 'ModifyInstanceVpcAttribute', move);
    assert.equal(r.body.Code, 'OperationDenied', r.text);
    assert.match(r.body.Message, new RegExp(`${e.id}.*UnassociateEipAddress`));
    assert.equal(JSON.stringify(h.sb.store.exportState()), before, 'the refused move changed the store');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    await eventually(async () => (await describeEip(h.sb, e.id)).Status === 'Available');
    await ok(h.sb, 'ecs', 'ModifyInstanceVpcAttribute', move);
    assert.equal((await describeInstance(h.sb, inst)).VpcAttributes.VpcId, other.vpcId);
  });

  it('ModifyInstanceNetworkSpec gives no system public IP to an instance with an EIP (the EIP stays its one address)', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: inst });
    const before = JSON.stringify(h.sb.store.exportState());
    const r = await rpc(h.sb, 'ecs', 'ModifyInstanceNetworkSpec', { InstanceId: inst, InternetMaxBandwidthOut: 10, AllocatePublicIp: true });
    assert.equal(r.body.Code, 'OperationDenied', r.text);
    assert.match(r.body.Message, new RegExp(e.id));
    assert.equal(JSON.stringify(h.sb.store.exportState()), before, 'the refused change altered the store');
    // Raising the bandwidth alone is accepted; the instance keeps the EIP as its only public address.
    await ok(h.sb, 'ecs', 'ModifyInstanceNetworkSpec', { InstanceId: inst, InternetMaxBandwidthOut: 10 });
    const shown = await describeInstance(h.sb, inst);
    assert.equal(shown.InternetMaxBandwidthOut, 10);
    assert.deepEqual(shown.PublicIpAddress.IpAddress, []);
    assert.equal(shown.EipAddress.IpAddress, e.ip);
    // Without the EIP the same change gives it a system public IP, as before.
    const plain = await runInstance(h.sb, net.vswitchId);
    await ok(h.sb, 'ecs', 'ModifyInstanceNetworkSpec', { InstanceId: plain, InternetMaxBandwidthOut: 10 });
    assert.equal((await describeInstance(h.sb, plain)).PublicIpAddress.IpAddress.length, 1);
  });

  it('records the Anti-DDoS edition asked for (SecurityProtectionTypes) and refuses an unknown one', async () => {
    const r = await call(h.sb, 'AllocateEipAddress', { 'SecurityProtectionTypes.1': 'AntiDDoS_Enhanced' });
    assert.deepEqual((await describeEip(h.sb, r.AllocationId)).SecurityProtectionTypes, { SecurityProtectionType: ['AntiDDoS_Enhanced'] });
    const plain = await eip(h.sb);
    assert.deepEqual((await describeEip(h.sb, plain.id)).SecurityProtectionTypes, { SecurityProtectionType: [] });
    await expectError(h.sb, 'AllocateEipAddress', { 'SecurityProtectionTypes.1': 'AntiDDoS_Ultimate' }, 'InvalidParameter');
  });
});
