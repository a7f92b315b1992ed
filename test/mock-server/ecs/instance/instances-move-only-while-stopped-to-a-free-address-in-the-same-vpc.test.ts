import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { addRouteToInstance, addVSwitch, addVpc, createGroup, describeOne, fails, failsWithoutChange, IMAGE, runOne, TYPE } from '../fixtures';

/**
 * The guide: "the private IP or the VSwitch can change only while the instance is Stopped, and
 * only to a free address in a VSwitch of the same VPC".
 */
describe('ECS: ModifyInstanceVpcAttribute moves an instance only while Stopped, to a free address in a VSwitch of the same VPC', () => {
  let sb: Sandbox;
  let vpcId: string;
  let vswA: string;
  let vswB: string;
  let vswOtherZone: string;

  beforeEach(async () => {
    sb = await startTestSandbox();
    vpcId = await addVpc(sb);
    vswA = await addVSwitch(sb, vpcId, '192.168.1.0/24');
    vswB = await addVSwitch(sb, vpcId, '192.168.2.0/24');
    vswOtherZone = await addVSwitch(sb, vpcId, '192.168.3.0/24', { zoneId: 'cn-hangzhou-i' });
  });
  afterEach(() => sb.close());

  async function stopped(extra: Record<string, string> = {}): Promise<string> {
    const id = await runOne(sb, vswA, extra);
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: id });
    return id;
  }

  it('refuses a Running instance with IncorrectInstanceStatus (HTTP 400 on this action)', async () => {
    const id = await runOne(sb, vswA);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB }, 'IncorrectInstanceStatus', 400);
  });

  it('moves a Stopped instance to another VSwitch of the VPC, giving it the lowest free address there', async () => {
    const id = await stopped();
    await runOne(sb, vswB); // takes 192.168.2.1
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB });
    const inst = await describeOne(sb, id);
    assert.equal(inst.VpcAttributes.VSwitchId, vswB);
    assert.deepEqual(inst.VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.2.2']);
    assert.equal(inst.Status, 'Stopped');
  });

  it('moves to an explicit free address, and the old address becomes free', async () => {
    const id = await stopped();
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB, PrivateIpAddress: '192.168.2.77' });
    assert.deepEqual((await describeOne(sb, id)).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.2.77']);
    const next = await runOne(sb, vswA);
    assert.deepEqual((await describeOne(sb, next)).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.1.1']);
  });

  it('changes only the private IP when the VSwitch stays the same', async () => {
    const id = await stopped();
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswA, PrivateIpAddress: '192.168.1.50' });
    assert.deepEqual((await describeOne(sb, id)).VpcAttributes.PrivateIpAddress.IpAddress, ['192.168.1.50']);
  });

  it('refuses an address outside the new VSwitch or reserved in it (InvalidPrivateIpAddress.Mismatch)', async () => {
    const id = await stopped();
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB, PrivateIpAddress: '192.168.1.50' }, 'InvalidPrivateIpAddress.Mismatch', 400);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB, PrivateIpAddress: '192.168.2.255' }, 'InvalidPrivateIpAddress.Mismatch', 400);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB, PrivateIpAddress: '192.168.2' }, 'InvalidPrivateIpAddress.Malformed', 400);
  });

  it('refuses an address in use, or the address the instance already has (InvalidPrivateIpAddress.Duplicated)', async () => {
    const id = await stopped();
    const other = await runOne(sb, vswB);
    const taken = (await describeOne(sb, other)).VpcAttributes.PrivateIpAddress.IpAddress[0];
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB, PrivateIpAddress: taken }, 'InvalidPrivateIpAddress.Duplicated', 400);
    const own = (await describeOne(sb, id)).VpcAttributes.PrivateIpAddress.IpAddress[0];
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswA, PrivateIpAddress: own }, 'InvalidPrivateIpAddress.Duplicated', 400);
  });

  it('refuses a VSwitch in another zone (InvalidVSwitchId.Mismatch) or one that does not exist (InvalidVSwitchId.NotFound)', async () => {
    const id = await stopped();
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswOtherZone }, 'InvalidVSwitchId.Mismatch', 400);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: 'vsw-missing' }, 'InvalidVSwitchId.NotFound', 404);
  });

  it('refuses a VSwitch of another VPC unless VpcId and that VPC\'s SecurityGroupId.N are given', async () => {
    const id = await stopped();
    const otherVpc = await addVpc(sb, { cidr: '10.0.0.0/8' });
    const otherVsw = await addVSwitch(sb, otherVpc, '10.1.0.0/24');
    const body = await fails(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: otherVsw }, 'InvalidVSwitchId.Mismatch', 400);
    assert.match(body.Message, /VpcId and SecurityGroupId\.N/);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: otherVsw, VpcId: otherVpc }, 'MissingParameter', 400);
    const ownGroup = (await describeOne(sb, id)).SecurityGroupIds.SecurityGroupId[0];
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: otherVsw, VpcId: otherVpc, 'SecurityGroupId.1': ownGroup }, 'InvalidParameter.Mismatch', 400);
    const newGroup = await createGroup(sb, otherVpc);
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: otherVsw, VpcId: otherVpc, 'SecurityGroupId.1': newGroup });
    const inst = await describeOne(sb, id);
    assert.equal(inst.VpcAttributes.VpcId, otherVpc);
    assert.deepEqual(inst.VpcAttributes.PrivateIpAddress.IpAddress, ['10.1.0.1']);
    assert.deepEqual(inst.SecurityGroupIds.SecurityGroupId, [newGroup]);
  });

  it('refuses SecurityGroupId.N without a VPC change', async () => {
    const id = await stopped();
    const sg = await createGroup(sb, vpcId);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB, 'SecurityGroupId.1': sg }, 'InvalidParameter', 400);
  });

  it('a full VSwitch answers QuotaExceeded.PrivateIpAddress', async () => {
    const tiny = await addVSwitch(sb, vpcId, '192.168.9.0/29');
    await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: tiny, Amount: 4 });
    const id = await stopped();
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: tiny }, 'QuotaExceeded.PrivateIpAddress', 400);
  });

  it('needs a start between two changes, and an instance that was never started cannot move', async () => {
    const id = await stopped();
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswB });
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswA }, 'IncorrectInstanceStatus', 400);
    await ok(sb, 'ecs', 'StartInstance', { InstanceId: id });
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: id });
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: vswA });
    const created = (await ok(sb, 'ecs', 'CreateInstance', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswA })).InstanceId;
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: created, VSwitchId: vswB }, 'IncorrectInstanceStatus', 400);
  });

  it('moving to another VPC is refused while the instance is a route next hop', async () => {
    const id = await stopped();
    await addRouteToInstance(sb, 'vtb-x', '0.0.0.0/0', id);
    const otherVpc = await addVpc(sb, { cidr: '10.0.0.0/8' });
    const otherVsw = await addVSwitch(sb, otherVpc, '10.1.0.0/24');
    const sg = await createGroup(sb, otherVpc);
    await failsWithoutChange(sb, 'ModifyInstanceVpcAttribute', { InstanceId: id, VSwitchId: otherVsw, VpcId: otherVpc, 'SecurityGroupId.1': sg }, 'DependencyViolation.RouteEntry');
  });
});
