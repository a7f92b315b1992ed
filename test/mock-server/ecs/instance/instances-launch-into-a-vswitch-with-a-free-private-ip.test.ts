import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';
import { addVSwitch, addVpc, createGroup, describeOne, fails, failsWithoutChange, IMAGE, network, runOne, TYPE } from '../fixtures';

describe('ECS: RunInstances and CreateInstance launch into a VSwitch with a free private IP', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('RunInstances returns InstanceIdSets.InstanceIdSet with Amount ids, and DescribeInstances shows them in the VPC', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 3 });
    const ids: string[] = out.InstanceIdSets.InstanceIdSet;
    assert.equal(ids.length, 3);
    for (const id of ids) assert.match(id, /^i-[a-z0-9]+$/);
    const inst = await describeOne(sb, ids[0]);
    assert.equal(inst.InstanceNetworkType, 'vpc');
    assert.equal(inst.VpcAttributes.VpcId, vpcId);
    assert.equal(inst.VpcAttributes.VSwitchId, vswitchId);
    assert.equal(inst.ZoneId, 'cn-hangzhou-h');
    assert.equal(inst.Status, 'Running');
    assert.match(inst.CreationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    assert.deepEqual(inst.PublicIpAddress, { IpAddress: [] });
    assert.equal(typeof inst.EipAddress, 'object');
    assert.equal(inst.SecurityGroupIds.SecurityGroupId.length, 1);
  });

  it('allocates the lowest free addresses, skipping the first address of the VSwitch and addresses in use', async () => {
    const { vswitchId } = await network(sb); // 192.168.1.0/24
    const fixed = await runOne(sb, vswitchId, { PrivateIpAddress: '192.168.1.2' });
    assert.deepEqual((await describeOne(sb, fixed)).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.1.2']);
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 3 });
    const ips = [];
    for (const id of out.InstanceIdSets.InstanceIdSet) ips.push((await describeOne(sb, id)).VpcAttributes.PrivateIpAddress.IpAddress[0]);
    assert.deepEqual(ips, ['192.168.1.1', '192.168.1.3', '192.168.1.4']);
  });

  it('never hands out the last three addresses, and a full VSwitch answers QuotaExceeded.PrivateIpAddress', async () => {
    const vpcId = await addVpc(sb);
    const vsw = await addVSwitch(sb, vpcId, '192.168.9.0/29'); // .1 .. .4 usable; .5 .6 .7 reserved
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, Amount: 4 });
    const ips = [];
    for (const id of out.InstanceIdSets.InstanceIdSet) ips.push((await describeOne(sb, id)).VpcAttributes.PrivateIpAddress.IpAddress[0]);
    assert.deepEqual(ips, ['192.168.9.1', '192.168.9.2', '192.168.9.3', '192.168.9.4']);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw }, 'QuotaExceeded.PrivateIpAddress', 400);
  });

  it('a batch that does not fit in the VSwitch creates nothing', async () => {
    const vpcId = await addVpc(sb);
    const vsw = await addVSwitch(sb, vpcId, '192.168.9.0/29');
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, Amount: 5 }, 'QuotaExceeded.PrivateIpAddress');
  });

  it('an explicit PrivateIpAddress must be well formed, inside the VSwitch, not reserved and free', async () => {
    const { vswitchId } = await network(sb);
    const base = { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId };
    await failsWithoutChange(sb, 'RunInstances', { ...base, PrivateIpAddress: '192.168.1.300' }, 'InvalidPrivateIpAddress.Malformed', 400);
    await failsWithoutChange(sb, 'RunInstances', { ...base, PrivateIpAddress: 'not-an-ip' }, 'InvalidPrivateIpAddress.Malformed', 400);
    await failsWithoutChange(sb, 'RunInstances', { ...base, PrivateIpAddress: '192.168.2.10' }, 'InvalidPrivateIpAddress', 400);
    for (const reserved of ['192.168.1.0', '192.168.1.253', '192.168.1.254', '192.168.1.255']) {
      await failsWithoutChange(sb, 'RunInstances', { ...base, PrivateIpAddress: reserved }, 'InvalidPrivateIpAddress', 400);
    }
    await runOne(sb, vswitchId, { PrivateIpAddress: '192.168.1.252' });
    await failsWithoutChange(sb, 'RunInstances', { ...base, PrivateIpAddress: '192.168.1.252' }, 'InvalidPrivateIpAddress.Duplicated', 400);
  });

  it('a deleted instance frees its address for the next launch', async () => {
    const { vswitchId } = await network(sb);
    const first = await runOne(sb, vswitchId);
    await runOne(sb, vswitchId);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: first, Force: true });
    const next = await runOne(sb, vswitchId);
    assert.deepEqual((await describeOne(sb, next)).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.1.1']);
  });

  it('ImageId, InstanceType and VSwitchId are required (MissingParameter) and the type must start with "ecs."', async () => {
    const { vswitchId } = await network(sb);
    await failsWithoutChange(sb, 'RunInstances', { InstanceType: TYPE, VSwitchId: vswitchId }, 'MissingParameter', 400);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, VSwitchId: vswitchId }, 'MissingParameter', 400);
    const body = await fails(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE }, 'MissingParameter', 400);
    assert.match(body.Message, /VSwitchId/);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: 'g7.large', VSwitchId: vswitchId }, 'InvalidInstanceType.ValueNotSupported', 400);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: 'bad image id', InstanceType: TYPE, VSwitchId: vswitchId }, 'InvalidImageId.NotFound', 404);
  });

  it('the VSwitch must exist and be Available', async () => {
    const vpcId = await addVpc(sb);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: 'vsw-doesnotexist' }, 'InvalidVSwitchId.NotFound', 404);
    const pending = await addVSwitch(sb, vpcId, '192.168.5.0/24', { lifecycle: { status: 'Available', phases: [{ status: 'Pending', until: Date.now() + 60_000 }] } });
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: pending }, 'IncorrectVSwitchStatus', 400);
  });

  it('a ZoneId must match the VSwitch zone (InvalidParameter.Mismatch) and exist (InvalidZoneId.NotFound)', async () => {
    const { vswitchId } = await network(sb);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, ZoneId: 'cn-hangzhou-i' }, 'InvalidParameter.Mismatch', 400);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, ZoneId: 'cn-hangzhou-z' }, 'InvalidZoneId.NotFound', 404);
    await runOne(sb, vswitchId, { ZoneId: 'cn-hangzhou-h' });
  });

  it('security groups must exist and be in the VSwitch VPC', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const otherVpc = await addVpc(sb, { cidr: '10.0.0.0/8' });
    const foreign = await createGroup(sb, otherVpc);
    const own = await createGroup(sb, vpcId);
    const base = { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId };
    await failsWithoutChange(sb, 'RunInstances', { ...base, SecurityGroupId: 'sg-missing' }, 'InvalidSecurityGroupId.NotFound', 404);
    await failsWithoutChange(sb, 'RunInstances', { ...base, SecurityGroupId: foreign }, 'InvalidParameter.Mismatch', 400);
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'SecurityGroupIds.1': own, 'SecurityGroupIds.2': foreign }, 'InvalidParameter.Mismatch', 400);
    const id = await runOne(sb, vswitchId, { 'SecurityGroupIds.1': own });
    assert.deepEqual((await describeOne(sb, id)).SecurityGroupIds.SecurityGroupId, [own]);
  });

  it('a public IP from the documentation range 203.0.113.0/24 is given only when InternetMaxBandwidthOut > 0', async () => {
    const { vswitchId } = await network(sb);
    const none = await runOne(sb, vswitchId, { InternetMaxBandwidthOut: 0 });
    assert.deepEqual((await describeOne(sb, none)).PublicIpAddress.IpAddress, []);
    const a = await runOne(sb, vswitchId, { InternetMaxBandwidthOut: 5 });
    const b = await runOne(sb, vswitchId, { InternetMaxBandwidthOut: 1 });
    const ipA = (await describeOne(sb, a)).PublicIpAddress.IpAddress[0];
    const ipB = (await describeOne(sb, b)).PublicIpAddress.IpAddress[0];
    assert.match(ipA, /^203\.0\.113\.\d+$/);
    assert.notEqual(ipA, ipB);
    assert.equal((await describeOne(sb, a)).InternetMaxBandwidthOut, 5);
  });

  it('Amount must be 1 to 100 (InvalidParam.Amount), and an explicit address needs Amount 1', async () => {
    const { vswitchId } = await network(sb);
    const base = { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId };
    await failsWithoutChange(sb, 'RunInstances', { ...base, Amount: 0 }, 'InvalidParam.Amount', 403);
    await failsWithoutChange(sb, 'RunInstances', { ...base, Amount: 101 }, 'InvalidParam.Amount', 403);
    await failsWithoutChange(sb, 'RunInstances', { ...base, Amount: 2, PrivateIpAddress: '192.168.1.9' }, 'InvalidParameter', 400);
  });

  it('names, host names and descriptions are checked and kept; without a name the instance is named by its ID', async () => {
    const { vswitchId } = await network(sb);
    const base = { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId };
    await failsWithoutChange(sb, 'RunInstances', { ...base, InstanceName: '1starts-with-digit' }, 'InvalidInstanceName.Malformed', 400);
    await failsWithoutChange(sb, 'RunInstances', { ...base, HostName: '-bad-' }, 'InvalidHostName.Malformed', 400);
    await failsWithoutChange(sb, 'RunInstances', { ...base, Description: 'http://x' }, 'InvalidDescription.Malformed', 400);
    const named = await runOne(sb, vswitchId, { InstanceName: 'web-1', HostName: 'web1', Description: 'front end' });
    const inst = await describeOne(sb, named);
    assert.equal(inst.InstanceName, 'web-1');
    assert.equal(inst.HostName, 'web1');
    assert.equal(inst.Description, 'front end');
    const anonymous = await runOne(sb, vswitchId);
    assert.equal((await describeOne(sb, anonymous)).InstanceName, anonymous);
  });

  it('Tag.N on RunInstances tags the instances (ECS shape Tags.Tag[]{TagKey,TagValue})', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, { 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' });
    assert.deepEqual((await describeOne(sb, id)).Tags, { Tag: [{ TagKey: 'env', TagValue: 'dev' }] });
  });

  it('ClientToken makes RunInstances idempotent: the retry returns the same ids and creates nothing', async () => {
    const { vswitchId } = await network(sb);
    const params = { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 2, ClientToken: 'launch-once-1' };
    const first = await ok(sb, 'ecs', 'RunInstances', params);
    const before = JSON.stringify(sb.store.exportState().accounts);
    const again = await ok(sb, 'ecs', 'RunInstances', params);
    assert.deepEqual(again.InstanceIdSets, first.InstanceIdSets);
    assert.equal(JSON.stringify(sb.store.exportState().accounts), before);
    const all = await ok(sb, 'ecs', 'DescribeInstances', {});
    assert.equal(all.TotalCount, 2);
    await fails(sb, 'RunInstances', { ...params, Amount: 3 }, 'IdempotentParameterMismatch', 400);
  });

  it('DryRun=true checks everything, answers DryRunOperation and creates nothing (not even the default group)', async () => {
    const { vswitchId } = await network(sb);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, DryRun: true }, 'DryRunOperation');
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: 'vsw-nope', DryRun: true }, 'InvalidVSwitchId.NotFound');
  });

  it('CreateInstance creates one instance, returns InstanceId, and leaves it Stopped', async () => {
    const { vswitchId } = await network(sb);
    const out = await ok(sb, 'ecs', 'CreateInstance', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId });
    assert.match(out.InstanceId, /^i-/);
    const inst = await describeOne(sb, out.InstanceId);
    assert.equal(inst.Status, 'Stopped');
    assert.deepEqual(inst.VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.1.1']);
    await failsWithoutChange(sb, 'CreateInstance', { ImageId: IMAGE, VSwitchId: vswitchId }, 'MissingParameter');
  });

  it('parallel launches into a small VSwitch never share an address and stop at its capacity', async () => {
    const vpcId = await addVpc(sb);
    const vsw = await addVSwitch(sb, vpcId, '192.168.9.0/28'); // 16 - 4 reserved = 12 usable
    const results = await Promise.all(
      Array.from({ length: 20 }, () => rpc(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw })),
    );
    const okCount = results.filter((r) => r.status === 200).length;
    assert.equal(okCount, 12);
    for (const r of results.filter((x) => x.status !== 200)) assert.equal(r.body.Code, 'QuotaExceeded.PrivateIpAddress');
    const all = await ok(sb, 'ecs', 'DescribeInstances', { VSwitchId: vsw, PageSize: 100 });
    const ips = all.Instances.Instance.map((i: any) => i.VpcAttributes.PrivateIpAddress.IpAddress[0]);
    assert.equal(new Set(ips).size, 12);
  });

  it('with MinAmount, a VSwitch that has room for fewer than Amount but at least MinAmount gets as many as fit', async () => {
    const vpcId = await addVpc(sb);
    const vsw = await addVSwitch(sb, vpcId, '192.168.9.0/29'); // 4 usable
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, Amount: 6, MinAmount: 3 });
    assert.equal(out.InstanceIdSets.InstanceIdSet.length, 4);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, Amount: 6, MinAmount: 1 }, 'QuotaExceeded.PrivateIpAddress');
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, Amount: 2, MinAmount: 3 }, 'InvalidParam.Amount');
  });

  it('HostNames.N names each instance; UniqueSuffix numbers the names of a batch', async () => {
    const { vswitchId } = await network(sb);
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 2, 'HostNames.1': 'alpha', 'HostNames.2': 'beta', InstanceName: 'node', UniqueSuffix: true });
    const [a, b] = out.InstanceIdSets.InstanceIdSet;
    assert.deepEqual([(await describeOne(sb, a)).HostName, (await describeOne(sb, b)).HostName], ['alpha', 'beta']);
    assert.deepEqual([(await describeOne(sb, a)).InstanceName, (await describeOne(sb, b)).InstanceName], ['node001', 'node002']);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 2, 'HostNames.1': 'alpha' }, 'InvalidParameter');
  });

  it('IPv6 addresses are refused with a clear message instead of being silently dropped', async () => {
    const { vswitchId } = await network(sb);
    const body = await fails(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Ipv6AddressCount: 1 }, 'InvalidParameter', 400);
    assert.match(body.Message, /IPv6/);
  });

  it('the primary NIC may be given as NetworkInterface.1.* instead of VSwitchId / PrivateIpAddress', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, '', { VSwitchId: undefined, 'NetworkInterface.1.InstanceType': 'Primary', 'NetworkInterface.1.VSwitchId': vswitchId, 'NetworkInterface.1.PrimaryIpAddress': '192.168.1.33' });
    const inst = await describeOne(sb, id);
    assert.equal(inst.VpcAttributes.VSwitchId, vswitchId);
    assert.deepEqual(inst.VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.1.33']);
  });

  it('an unknown parameter is refused with UnsupportedParameter', async () => {
    const { vswitchId } = await network(sb);
    const r = await rpc(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, VSwitchID: vswitchId });
    assert.equal(r.body.Code, 'UnsupportedParameter');
  });
});

describe('ECS: new instances pass through the real transitional statuses', () => {
  let sb: Sandbox;
  before(async () => {
    sb = await startTestSandbox({ asyncDelayMs: 400 });
  });
  after(() => sb.close());

  it('RunInstances: Pending, then Starting, then Running; CreateInstance: Pending, then Stopped', async () => {
    const { vswitchId } = await network(sb);
    const run = await runOne(sb, vswitchId);
    const created = (await ok(sb, 'ecs', 'CreateInstance', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId })).InstanceId;
    assert.equal((await describeOne(sb, run)).Status, 'Pending');
    assert.equal((await describeOne(sb, created)).Status, 'Pending');
    await new Promise((r) => setTimeout(r, 250));
    assert.equal((await describeOne(sb, run)).Status, 'Starting');
    await new Promise((r) => setTimeout(r, 250));
    assert.equal((await describeOne(sb, run)).Status, 'Running');
    assert.equal((await describeOne(sb, created)).Status, 'Stopped');
  });
});
