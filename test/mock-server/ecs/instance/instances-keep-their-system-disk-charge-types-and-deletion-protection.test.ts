/**
 * What the Terraform provider's alicloud_instance arguments need from the ECS actions: the system
 * disk chosen at launch (SystemDisk.Category / SystemDisk.Size, shown by DescribeDisks, since
 * DescribeInstances has no system disk fields), the charge types, the resource group and
 * deletion protection.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { describeOne, fails, failsWithoutChange, network, runOne } from '../fixtures';

async function systemDisks(sb: Sandbox, params: Record<string, string | number | undefined>): Promise<any[]> {
  const out = await ok(sb, 'ecs', 'DescribeDisks', params);
  return out.Disks.Disk;
}

describe('ECS: instances keep their system disk, charge types and deletion protection', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('DescribeDisks shows the system disk with the category and size given to RunInstances', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, { 'SystemDisk.Category': 'cloud_essd', 'SystemDisk.Size': 80 });
    const disks = await systemDisks(sb, { InstanceId: id, DiskType: 'system' });
    assert.equal(disks.length, 1);
    assert.equal(disks[0].Type, 'system');
    assert.equal(disks[0].Category, 'cloud_essd');
    assert.equal(disks[0].Size, 80);
    assert.equal(disks[0].InstanceId, id);
    assert.match(disks[0].DiskId, /^d-/);
    // Launched without DataDisk.N, it has no data disk.
    assert.deepEqual(await systemDisks(sb, { InstanceId: id, DiskType: 'data' }), []);
    // The disk goes with its instance.
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.deepEqual(await systemDisks(sb, { InstanceId: id }), []);
  });

  it('the system disk defaults to cloud_efficiency and 40 GiB, and the instance to the default resource group and charge types', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    const [disk] = await systemDisks(sb, { InstanceId: id });
    assert.equal(disk.Category, 'cloud_efficiency');
    assert.equal(disk.Size, 40);
    const inst = await describeOne(sb, id);
    assert.equal(inst.ResourceGroupId, 'rg-acfmsandboxdefault');
    assert.equal(inst.InternetChargeType, 'PayByTraffic');
    assert.equal(inst.InstanceChargeType, 'PostPaid');
    assert.equal(disk.ResourceGroupId, inst.ResourceGroupId);
  });

  it('refuses unknown system disk categories and sizes outside 20 to 2048 GiB, creating nothing', async () => {
    const { vswitchId } = await network(sb);
    const base = { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vswitchId };
    const bad = await fails(sb, 'RunInstances', { ...base, 'SystemDisk.Category': 'cloud_magnetic' }, 'InvalidSystemDiskCategory.ValueNotSupported', 400);
    assert.match(bad.Message, /cloud_magnetic/);
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'SystemDisk.Size': 19 }, 'InvalidSystemDiskSize.ValueNotSupported', 400);
    await failsWithoutChange(sb, 'RunInstances', { ...base, 'SystemDisk.Size': 2049 }, 'InvalidSystemDiskSize.ValueNotSupported', 400);
    assert.equal((await ok(sb, 'ecs', 'DescribeInstances', {})).TotalCount, 0);
  });

  it('DescribeInstances shows the charge types and resource group given at launch; ModifyInstanceNetworkSpec switches NetworkChargeType', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, {
      InternetChargeType: 'PayByBandwidth',
      InstanceChargeType: 'PrePaid',
      ResourceGroupId: 'rg-team',
      Password: 'Sandbox-Passw0rd',
    });
    let inst = await describeOne(sb, id);
    assert.equal(inst.InternetChargeType, 'PayByBandwidth');
    assert.equal(inst.InstanceChargeType, 'PrePaid');
    assert.equal(inst.ResourceGroupId, 'rg-team');
    // The password is write-only: no field shows it.
    assert.doesNotMatch(JSON.stringify(inst), /Sandbox-Passw0rd/);
    await ok(sb, 'ecs', 'ModifyInstanceNetworkSpec', { InstanceId: id, NetworkChargeType: 'PayByTraffic' });
    inst = await describeOne(sb, id);
    assert.equal(inst.InternetChargeType, 'PayByTraffic');
    await fails(sb, 'ModifyInstanceNetworkSpec', { InstanceId: id, NetworkChargeType: 'PayByMood' }, 'InvalidParameter', 400);
  });

  it('deletion protection set at launch or by ModifyInstanceAttribute refuses DeleteInstance (InvalidOperation.DeletionProtection, 403) until it is turned off', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, { DeletionProtection: true });
    assert.equal((await describeOne(sb, id)).DeletionProtection, true);
    await failsWithoutChange(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'InvalidOperation.DeletionProtection', 403);
    await ok(sb, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, DeletionProtection: false, Password: 'Another-Passw0rd' });
    assert.equal((await describeOne(sb, id)).DeletionProtection, false);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
  });
});
