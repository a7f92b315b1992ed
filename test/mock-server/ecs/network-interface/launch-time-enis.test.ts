import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { addVSwitch, createGroup, describeOne, failsWithoutChange, network, runOne } from '../fixtures';

/** ecs.g7.xlarge has 4 vCPUs: EniQuantity 3, so two secondary ENIs fit and a third does not. */
const XLARGE = 'ecs.g7.xlarge';

describe('ECS: RunInstances NetworkInterface.N of type Secondary creates and attaches ENIs with the instance', () => {
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

  const enisOf = async (instanceId: string) =>
    (await ok(sb, 'ecs', 'DescribeNetworkInterfaces', { InstanceId: instanceId, Type: 'Secondary', PageSize: 50 })).NetworkInterfaceSets.NetworkInterfaceSet as any[];
  const allEnis = async () => (await ok(sb, 'ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary', PageSize: 50 })).NetworkInterfaceSets.NetworkInterfaceSet as any[];

  it('creates the ENIs as given, attached with device indexes 1 and 2, each with its own address, and DescribeInstances lists them as Secondary', async () => {
    const vsw2 = await addVSwitch(sb, vpcId, '192.168.2.0/24');
    const group2 = await createGroup(sb, vpcId);
    const id = await runOne(sb, vswitchId, {
      InstanceType: XLARGE,
      SecurityGroupId: groupId,
      'NetworkInterface.1.InstanceType': 'Secondary',
      'NetworkInterface.1.VSwitchId': vsw2,
      'NetworkInterface.1.SecurityGroupIds.1': group2,
      'NetworkInterface.1.NetworkInterfaceName': 'data-nic',
      'NetworkInterface.1.Description': 'launched with the instance',
      'NetworkInterface.1.PrimaryIpAddress': '192.168.2.20',
      'NetworkInterface.1.NetworkCardIndex': 0,
      'NetworkInterface.1.QueuePairNumber': 4,
      // Type left out: Secondary is the API's default; VSwitch and groups default to the instance's.
      'NetworkInterface.2.SourceDestCheck': true,
    });
    const enis = await enisOf(id);
    assert.equal(enis.length, 2);
    const [named, plain] = [enis.find((e) => e.NetworkInterfaceName === 'data-nic'), enis.find((e) => e.NetworkInterfaceName !== 'data-nic')];
    assert.equal(named.VSwitchId, vsw2);
    assert.equal(named.PrivateIpAddress, '192.168.2.20');
    assert.deepEqual(named.SecurityGroupIds.SecurityGroupId, [group2]);
    assert.equal(named.Description, 'launched with the instance');
    assert.equal(named.QueuePairNumber, 4);
    assert.equal(named.DeleteOnRelease, true, 'a launch-time ENI goes with its instance unless DeleteOnRelease=false');
    assert.equal(plain.VSwitchId, vswitchId);
    assert.deepEqual(plain.SecurityGroupIds.SecurityGroupId, [groupId]);
    assert.equal(plain.SourceDestCheck, true);
    assert.deepEqual(enis.map((e) => e.Attachment.DeviceIndex).sort(), [1, 2]);
    assert.ok(enis.every((e) => e.Status === 'InUse' && e.InstanceId === id));
    const inst = await describeOne(sb, id);
    const nics = inst.NetworkInterfaces.NetworkInterface;
    assert.deepEqual(nics.map((n: any) => n.Type), ['Primary', 'Secondary', 'Secondary']);
    const addresses = nics.map((n: any) => n.PrimaryIpAddress);
    assert.equal(new Set(addresses).size, 3, `every NIC has its own address: ${addresses.join(' ')}`);
    assert.ok(!addresses.includes(undefined));
  });

  it('releases DeleteOnRelease ENIs with the instance and detaches the others, which stay Available', async () => {
    const id = await runOne(sb, vswitchId, {
      InstanceType: XLARGE,
      SecurityGroupId: groupId,
      'NetworkInterface.1.InstanceType': 'Secondary',
      'NetworkInterface.1.NetworkInterfaceName': 'goes',
      'NetworkInterface.2.InstanceType': 'Secondary',
      'NetworkInterface.2.NetworkInterfaceName': 'stays',
      'NetworkInterface.2.DeleteOnRelease': false,
    });
    assert.equal((await enisOf(id)).length, 2);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    const left = await allEnis();
    assert.deepEqual(left.map((e) => e.NetworkInterfaceName), ['stays']);
    assert.equal(left[0].Status, 'Available');
    assert.equal(left[0].InstanceId, '');
  });

  it('refuses the whole launch, creating nothing, when an ENI spec does not fit', async () => {
    const base = { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: XLARGE, VSwitchId: vswitchId, SecurityGroupId: groupId, 'NetworkInterface.1.InstanceType': 'Secondary' };
    const otherZone = await addVSwitch(sb, vpcId, '192.168.3.0/24', { zoneId: 'cn-hangzhou-i' });
    const other = await network(sb);
    const foreignGroup = await createGroup(sb, other.vpcId);
    const taken = (await describeOne(sb, await runOne(sb, vswitchId, { SecurityGroupId: groupId }))).VpcAttributes.PrivateIpAddress.IpAddress[0];
    const before = (await allEnis()).length;
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'NetworkInterface.1.VSwitchId': otherZone }, 'InvalidOperation.AvailabilityZoneMismatch', 403);
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'NetworkInterface.1.VSwitchId': other.vswitchId }, 'InvalidOperation.VpcMismatch', 403);
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'NetworkInterface.1.SecurityGroupIds.1': foreignGroup }, 'InvalidSecurityGroupId.VPCMismatch', 403);
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'NetworkInterface.1.PrimaryIpAddress': taken }, 'InvalidPrivateIpAddress.Duplicated', 400);
    await failsWithoutChange(sb, 'RunInstances', {
      ...base,
      'NetworkInterface.2.InstanceType': 'Secondary',
      'NetworkInterface.3.InstanceType': 'Secondary',
    }, 'EniPerInstanceLimitExceeded', 403);
    // A second instance of a batch would need the same address: refused before anything is made.
    await failsWithoutChange(sb, 'RunInstances', { ...base, Amount: 2, 'NetworkInterface.1.PrimaryIpAddress': '192.168.1.50' }, 'InvalidParameter');
    assert.equal((await allEnis()).length, before);
  });

  it('attaches an existing Available ENI named by NetworkInterfaceId, and refuses one already attached', async () => {
    const eni = (await ok(sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: groupId })).NetworkInterfaceId as string;
    const id = await runOne(sb, vswitchId, { SecurityGroupId: groupId, 'NetworkInterface.1.NetworkInterfaceId': eni });
    const [attached] = await enisOf(id);
    assert.equal(attached.NetworkInterfaceId, eni);
    assert.equal(attached.Attachment.DeviceIndex, 1);
    await failsWithoutChange(sb, 'RunInstances', {
      ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vswitchId, SecurityGroupId: groupId,
      'NetworkInterface.1.NetworkInterfaceId': eni,
    }, 'InvalidParameter');
    // It was not created by RunInstances, so releasing the instance keeps it (DeleteOnRelease unset).
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.deepEqual((await allEnis()).map((e) => e.NetworkInterfaceId), [eni]);
  });
});
