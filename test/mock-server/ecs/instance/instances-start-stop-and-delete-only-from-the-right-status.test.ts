import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';
import { addRouteToInstance, addVpc, addVSwitch, createGroup, describeOne, fails, failsWithoutChange, IMAGE, network, runOne, TYPE } from '../fixtures';


describe('ECS: instances start, stop and are deleted only from the right status', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('StopInstance needs Running and StartInstance needs Stopped (IncorrectInstanceStatus, 403)', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await failsWithoutChange(sb, 'StartInstance', { InstanceId: id }, 'IncorrectInstanceStatus', 403);
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: id });
    assert.equal((await describeOne(sb, id)).Status, 'Stopped');
    await failsWithoutChange(sb, 'StopInstance', { InstanceId: id }, 'IncorrectInstanceStatus', 403);
    await ok(sb, 'ecs', 'StartInstance', { InstanceId: id });
    assert.equal((await describeOne(sb, id)).Status, 'Running');
  });

  it('unknown instances answer InvalidInstanceId.NotFound (404) on every instance action', async () => {
    for (const action of ['StartInstance', 'StopInstance', 'DeleteInstance', 'DescribeInstanceAttribute', 'ModifyInstanceAttribute']) {
      await fails(sb, action, { InstanceId: 'i-missing' }, 'InvalidInstanceId.NotFound', 404);
    }
    await fails(sb, 'ModifyInstanceVpcAttribute', { InstanceId: 'i-missing', VSwitchId: 'vsw-x' }, 'InvalidInstanceId.NotFound', 404);
  });

  it('instance actions whose SDK request has no RegionId find the instance from its ID alone', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: id, RegionId: undefined });
    const attr = await ok(sb, 'ecs', 'DescribeInstanceAttribute', { InstanceId: id, RegionId: undefined });
    assert.equal(attr.InstanceId, id);
    assert.equal(attr.Status, 'Stopped');
    assert.equal(attr.RegionId, 'cn-hangzhou');
    // A RegionId, when given, is honoured: the instance is not in cn-beijing.
    await fails(sb, 'StartInstance', { InstanceId: id, RegionId: 'cn-beijing' }, 'InvalidInstanceId.NotFound', 404);
    await fails(sb, 'StartInstance', { InstanceId: id, RegionId: 'xx-nowhere-1' }, 'InvalidRegionId.NotFound', 404);
  });

  it('DeleteInstance refuses a Running instance without Force, and releases it with Force=true', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    const body = await fails(sb, 'DeleteInstance', { InstanceId: id }, 'IncorrectInstanceStatus', 403);
    assert.match(body.Message, /Force=true/);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.equal((await ok(sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).TotalCount, 0);
    await fails(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'InvalidInstanceId.NotFound', 404);
  });

  it('DeleteInstance deletes a Stopped instance without Force', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: id });
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id });
    await fails(sb, 'DescribeInstanceAttribute', { InstanceId: id }, 'InvalidInstanceId.NotFound', 404);
  });

  it('DeleteInstance is refused while the instance is a route entry next hop (DependencyViolation.RouteEntry)', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await addRouteToInstance(sb, 'vtb-test', '10.0.0.0/24', id);
    await failsWithoutChange(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'DependencyViolation.RouteEntry', 400);
  });

  it('DeleteInstance is refused under deletion protection until ModifyInstanceAttribute turns it off', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, { DeletionProtection: true });
    await failsWithoutChange(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'InvalidOperation.DeletionProtection', 403);
    await ok(sb, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, DeletionProtection: false });
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
  });

  it('DryRun on Start/Stop/Delete checks the status and changes nothing', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await failsWithoutChange(sb, 'StopInstance', { InstanceId: id, DryRun: true }, 'DryRunOperation');
    await failsWithoutChange(sb, 'DeleteInstance', { InstanceId: id, Force: true, DryRun: true }, 'DryRunOperation');
    await failsWithoutChange(sb, 'StartInstance', { InstanceId: id, DryRun: true }, 'IncorrectInstanceStatus');
  });

  it('ModifyInstanceAttribute changes the name, description, host name and security groups', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const sg = await createGroup(sb, vpcId);
    const id = await runOne(sb, vswitchId);
    await ok(sb, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, InstanceName: 'renamed', Description: 'new words', HostName: 'host-2', 'SecurityGroupIds.1': sg });
    const inst = await describeOne(sb, id);
    assert.equal(inst.InstanceName, 'renamed');
    assert.equal(inst.Description, 'new words');
    assert.equal(inst.HostName, 'host-2');
    assert.deepEqual(inst.SecurityGroupIds.SecurityGroupId, [sg]);
    await failsWithoutChange(sb, 'ModifyInstanceAttribute', { InstanceId: id, InstanceName: '-x' }, 'InvalidInstanceName.Malformed');
  });

  it('JoinSecurityGroup and LeaveSecurityGroup keep one to five groups of the same VPC', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const a = await createGroup(sb, vpcId);
    const b = await createGroup(sb, vpcId);
    const foreign = await createGroup(sb, await addVpc(sb, { cidr: '10.0.0.0/8' }));
    const id = await runOne(sb, vswitchId, { SecurityGroupId: a });
    await ok(sb, 'ecs', 'JoinSecurityGroup', { InstanceId: id, SecurityGroupId: b });
    assert.deepEqual((await describeOne(sb, id)).SecurityGroupIds.SecurityGroupId, [a, b]);
    await failsWithoutChange(sb, 'JoinSecurityGroup', { InstanceId: id, SecurityGroupId: b }, 'InvalidInstanceId.AlreadyExists', 403);
    await failsWithoutChange(sb, 'JoinSecurityGroup', { InstanceId: id, SecurityGroupId: foreign }, 'InvalidInstanceId.Mismatch', 400);
    await ok(sb, 'ecs', 'LeaveSecurityGroup', { InstanceId: id, SecurityGroupId: a });
    await failsWithoutChange(sb, 'LeaveSecurityGroup', { InstanceId: id, SecurityGroupId: a }, 'InvalidSecurityGroupAssociation.NotFound', 404);
    await failsWithoutChange(sb, 'LeaveSecurityGroup', { InstanceId: id, SecurityGroupId: b }, 'OperationDenied');
    for (let i = 0; i < 4; i++) await ok(sb, 'ecs', 'JoinSecurityGroup', { InstanceId: id, SecurityGroupId: await createGroup(sb, vpcId) });
    const sixth = await createGroup(sb, vpcId);
    await failsWithoutChange(sb, 'JoinSecurityGroup', { InstanceId: id, SecurityGroupId: sixth }, 'InstanceSecurityGroupLimitExceeded', 400);
  });

  it('ModifyInstanceNetworkSpec gives a public IP when the bandwidth goes above 0 and keeps it at 0', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await ok(sb, 'ecs', 'ModifyInstanceNetworkSpec', { InstanceId: id, InternetMaxBandwidthOut: 10 });
    const ip = (await describeOne(sb, id)).PublicIpAddress.IpAddress[0];
    assert.match(ip, /^203\.0\.113\./);
    await ok(sb, 'ecs', 'ModifyInstanceNetworkSpec', { InstanceId: id, InternetMaxBandwidthOut: 0 });
    const inst = await describeOne(sb, id);
    assert.deepEqual(inst.PublicIpAddress.IpAddress, [ip]);
    assert.equal(inst.InternetMaxBandwidthOut, 0);
  });
});

describe('ECS: DescribeInstances filters and pages like the real API', () => {
  let sb: Sandbox;
  let vpcId: string;
  let vswitchId: string;
  let ids: string[];
  before(async () => {
    sb = await startTestSandbox();
    ({ vpcId, vswitchId } = await network(sb));
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 25, InstanceName: 'batch', UniqueSuffix: true });
    ids = out.InstanceIdSets.InstanceIdSet;
    await ok(sb, 'ecs', 'TagResources', { ResourceType: 'instance', 'ResourceId.1': ids[0], 'Tag.1.Key': 'role', 'Tag.1.Value': 'db' });
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: ids[1] });
  });
  after(() => sb.close());

  it('pages with PageNumber/PageSize (default 10, at most 100)', async () => {
    const first = await ok(sb, 'ecs', 'DescribeInstances', {});
    assert.equal(first.TotalCount, 25);
    assert.equal(first.PageSize, 10);
    assert.equal(first.PageNumber, 1);
    assert.equal(first.Instances.Instance.length, 10);
    const third = await ok(sb, 'ecs', 'DescribeInstances', { PageNumber: 3, PageSize: 10 });
    assert.equal(third.Instances.Instance.length, 5);
    const r = await rpc(sb, 'ecs', 'DescribeInstances', { PageSize: 101 });
    assert.equal(r.body.Code, 'InvalidParameter');
  });

  it('pages with MaxResults/NextToken until NextToken is empty', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await ok(sb, 'ecs', 'DescribeInstances', { MaxResults: 7, NextToken: token });
      seen.push(...page.Instances.Instance.map((x: any) => x.InstanceId));
      token = page.NextToken;
      if (!token) break;
    }
    assert.deepEqual(seen, ids);
    await fails(sb, 'DescribeInstances', { NextToken: 'garbage' }, 'InvalidNextToken.Malformed');
  });

  it('filters by InstanceIds, VpcId, VSwitchId, ZoneId, SecurityGroupId, PrivateIpAddresses, Status, InstanceName and Tag', async () => {
    const count = async (p: Record<string, string>) => (await ok(sb, 'ecs', 'DescribeInstances', p)).TotalCount;
    assert.equal(await count({ InstanceIds: JSON.stringify([ids[0], ids[2], 'i-unknown']) }), 2);
    assert.equal(await count({ VpcId: vpcId }), 25);
    assert.equal(await count({ VpcId: 'vpc-other' }), 0);
    assert.equal(await count({ VSwitchId: vswitchId }), 25);
    assert.equal(await count({ ZoneId: 'cn-hangzhou-h' }), 25);
    assert.equal(await count({ ZoneId: 'cn-hangzhou-i' }), 0);
    const sg = (await describeOne(sb, ids[0])).SecurityGroupIds.SecurityGroupId[0];
    assert.equal(await count({ SecurityGroupId: sg }), 25);
    assert.equal(await count({ PrivateIpAddresses: JSON.stringify(['192.168.1.1', '192.168.1.2']) }), 2);
    assert.equal(await count({ Status: 'Stopped' }), 1);
    assert.equal(await count({ Status: 'Running' }), 24);
    assert.equal(await count({ InstanceName: 'batch001' }), 1);
    assert.equal(await count({ InstanceName: 'batch*' }), 25);
    assert.equal(await count({ 'Tag.1.Key': 'role', 'Tag.1.Value': 'db' }), 1);
    assert.equal(await count({ 'Tag.1.Key': 'role', 'Tag.1.Value': 'web' }), 0);
    assert.equal(await count({ EipAddresses: JSON.stringify(['203.0.113.9']) }), 0);
  });

  it('an unknown Status is InvalidStatus.NotFound, and InstanceIds must be a JSON array of at most 100', async () => {
    await fails(sb, 'DescribeInstances', { Status: 'Sleeping' }, 'InvalidStatus.NotFound', 404);
    await fails(sb, 'DescribeInstances', { InstanceIds: 'i-1,i-2' }, 'InvalidParameter', 400);
    await fails(sb, 'DescribeInstances', { InstanceIds: JSON.stringify(Array.from({ length: 101 }, (_, i) => `i-${i}`)) }, 'InvalidParameter', 400);
  });
});

describe('ECS: stop and start pass through Stopping and Starting for --async-delay', () => {
  let sb: Sandbox;
  // A clock the test moves by hand: on a loaded machine a real 200 ms can pass between two
  // requests, and the instance would already have settled when the test looks for Starting.
  let now = Date.now();
  const advance = async (ms: number) => {
    now += ms;
  };
  before(async () => {
    sb = await startTestSandbox({ asyncDelayMs: 200, clock: () => now });
  });
  after(() => sb.close());

  it('Running → Stopping → Stopped → Starting → Running, refusing operations in between', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    await fails(sb, 'StopInstance', { InstanceId: id }, 'IncorrectInstanceStatus', 403);
    await fails(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'IncorrectInstanceStatus.Initializing', 403);
    await advance(250);
    assert.equal((await describeOne(sb, id)).Status, 'Running');
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: id });
    assert.equal((await describeOne(sb, id)).Status, 'Stopping');
    await fails(sb, 'StartInstance', { InstanceId: id }, 'IncorrectInstanceStatus', 403);
    await fails(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'IncorrectInstanceStatus', 403);
    await advance(250);
    assert.equal((await describeOne(sb, id)).Status, 'Stopped');
    await ok(sb, 'ecs', 'StartInstance', { InstanceId: id });
    assert.equal((await describeOne(sb, id)).Status, 'Starting');
    await advance(250);
    assert.equal((await describeOne(sb, id)).Status, 'Running');
  });
});

describe('ECS: instances in different VSwitches of one VPC', () => {
  let sb: Sandbox;
  before(async () => {
    sb = await startTestSandbox();
  });
  after(() => sb.close());

  it('each VSwitch allocates from its own block', async () => {
    const vpcId = await addVpc(sb);
    const a = await addVSwitch(sb, vpcId, '192.168.10.0/24');
    const b = await addVSwitch(sb, vpcId, '192.168.20.0/24');
    assert.deepEqual((await describeOne(sb, await runOne(sb, a))).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.10.1']);
    assert.deepEqual((await describeOne(sb, await runOne(sb, b))).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.20.1']);
  });
});

describe('ECS: another account can neither see nor touch an instance or a security group', () => {
  let sb: Sandbox;
  const other = { accessKeyId: 'OTHERACCOUNTKEY', accessKeySecret: 'other-secret' };
  before(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ecs-accounts-')), 'accounts.json');
    writeFileSync(file, JSON.stringify([{ ...other, accountId: '2000000000000002' }]));
    sb = await startTestSandbox({ accountsFile: file });
  });
  after(() => sb.close());

  it('the other account gets NotFound for the ids and sees empty lists', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    const sg = await createGroup(sb, vpcId);
    const as = (action: string, params: Record<string, string>) => rpc(sb, 'ecs', action, params, { creds: other });
    assert.equal((await as('StopInstance', { InstanceId: id })).body.Code, 'InvalidInstanceId.NotFound');
    assert.equal((await as('DescribeInstanceAttribute', { InstanceId: id, RegionId: 'cn-hangzhou' })).body.Code, 'InvalidInstanceId.NotFound');
    assert.equal((await as('DescribeInstances', {})).body.TotalCount, 0);
    assert.equal((await as('DeleteSecurityGroup', { SecurityGroupId: sg })).body.Code, 'InvalidSecurityGroupId.NotFound');
    assert.equal((await as('DescribeSecurityGroups', {})).body.TotalCount, 0);
    assert.equal((await as('TagResources', { ResourceType: 'instance', 'ResourceId.1': id, 'Tag.1.Key': 'k' })).body.Code, 'InvalidResourceId.NotFound');
    assert.equal((await describeOne(sb, id)).Status, 'Running');
  });
});
