import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';

describe('A security group created without VpcId is a classic-network group', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(async () => {
    await sb.close();
  });

  it('is created with an empty VpcId, lists under NetworkType classic only, and takes internet rules', async () => {
    const { SecurityGroupId } = await ok(sb, 'ecs', 'CreateSecurityGroup', { SecurityGroupName: 'classic' });
    const vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/8' });
    const inVpc = await ok(sb, 'ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId });
    const classic = await ok(sb, 'ecs', 'DescribeSecurityGroups', { NetworkType: 'classic' });
    assert.deepEqual(classic.SecurityGroups.SecurityGroup.map((g: any) => [g.SecurityGroupId, g.VpcId]), [[SecurityGroupId, '']]);
    const vpcOnly = await ok(sb, 'ecs', 'DescribeSecurityGroups', { NetworkType: 'vpc' });
    assert.deepEqual(vpcOnly.SecurityGroups.SecurityGroup.map((g: any) => g.SecurityGroupId), [inVpc.SecurityGroupId]);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0', NicType: 'internet' });
    const attr = await ok(sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId });
    assert.equal(attr.Permissions.Permission[0].NicType, 'internet');
    const refused = await rpc(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: inVpc.SecurityGroupId, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0', NicType: 'internet' });
    assert.equal(refused.body.Code, 'InvalidNicType.Mismatch');
  });

  it('an instance in a VPC cannot use it: RunInstances answers InvalidSecurityGroupId.NotVpc (403) and creates nothing', async () => {
    const { SecurityGroupId } = await ok(sb, 'ecs', 'CreateSecurityGroup', {});
    const vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/8' });
    const vsw = await ok(sb, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24' });
    const before = JSON.stringify(sb.store.exportState());
    const r = await rpc(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId, SecurityGroupId });
    assert.equal(r.status, 403);
    assert.equal(r.body.Code, 'InvalidSecurityGroupId.NotVpc');
    assert.equal(JSON.stringify(sb.store.exportState()), before);
  });

  it('JoinSecurityGroup of a VPC instance into it answers InvalidInstanceId.Mismatch', async () => {
    const { SecurityGroupId } = await ok(sb, 'ecs', 'CreateSecurityGroup', {});
    const vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/8' });
    const vsw = await ok(sb, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24' });
    const run = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId });
    const InstanceId = run.InstanceIdSets.InstanceIdSet[0];
    const r = await rpc(sb, 'ecs', 'JoinSecurityGroup', { InstanceId, SecurityGroupId });
    assert.equal(r.body.Code, 'InvalidInstanceId.Mismatch');
    assert.match(r.body.Message, /classic/);
  });
});
