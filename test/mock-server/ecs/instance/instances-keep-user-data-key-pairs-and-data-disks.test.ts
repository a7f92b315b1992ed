/**
 * Launch options the sandbox keeps without modelling them (mock-server/ecs/instance/stored-options.ts):
 * user data (DescribeUserData, ModifyInstanceAttribute), the key pair name, the system disk's name
 * and description (ModifyDiskAttribute) and data disks as records (DescribeDisks). The Terraform
 * provider reads them back so import and drift behave as on the real cloud.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { describeOne, failsWithoutChange, IMAGE, network, runOne, TYPE } from '../fixtures';

const SCRIPT = Buffer.from('#!/bin/sh\necho hi\n').toString('base64');

describe('ECS: instances keep their user data, key pair and data disks', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('DescribeUserData returns the Base64 user data given to RunInstances, and ModifyInstanceAttribute replaces it', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, { UserData: SCRIPT, KeyPairName: 'my-key' });
    assert.equal((await ok(sb, 'ecs', 'DescribeUserData', { InstanceId: id })).UserData, SCRIPT);
    assert.equal((await describeOne(sb, id)).KeyPairName, 'my-key');
    const next = Buffer.from('echo next').toString('base64');
    await ok(sb, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, UserData: next });
    assert.equal((await ok(sb, 'ecs', 'DescribeUserData', { InstanceId: id })).UserData, next);
    const other = await runOne(sb, vswitchId);
    assert.equal((await ok(sb, 'ecs', 'DescribeUserData', { InstanceId: other })).UserData, '', 'none given, none kept');
  });

  it('refuses user data that is not Base64, launching nothing', async () => {
    const { vswitchId } = await network(sb);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, UserData: 'echo plain text' }, 'InvalidUserData.Base64FormatInvalid', 400);
  });

  it('DescribeDisks lists the data disks in launch order, and they go with the instance', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, {
      'SystemDisk.DiskName': 'sys', 'SystemDisk.Description': 'root disk',
      'DataDisk.1.Size': 100, 'DataDisk.1.Category': 'cloud_essd', 'DataDisk.1.DiskName': 'logs',
      'DataDisk.2.Size': 20, 'DataDisk.2.DeleteWithInstance': false,
    });
    const disks = (await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id })).Disks.Disk;
    assert.deepEqual(disks.map((d: any) => [d.Type, d.DiskName, d.Size, d.Category]), [
      ['system', 'sys', 40, 'cloud_efficiency'],
      ['data', 'logs', 100, 'cloud_essd'],
      ['data', '', 20, 'cloud_efficiency'],
    ]);
    assert.equal(disks[0].Description, 'root disk');
    assert.equal(disks[2].DeleteWithInstance, false);
    assert.deepEqual(disks.map((d: any) => d.Device), ['/dev/xvda', '/dev/xvdb', '/dev/xvdc']);
    const data = (await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'data' })).Disks.Disk;
    assert.equal(data.length, 2);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.deepEqual((await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id })).Disks.Disk, []);
  });

  it('refuses a data disk outside 20 to 32768 GiB, launching nothing', async () => {
    const { vswitchId } = await network(sb);
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, 'DataDisk.1.Size': 10 }, 'InvalidParameter', 400);
  });

  it('ModifyDiskAttribute renames the system disk; an unknown disk is InvalidDiskId.NotFound', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    const [sys] = (await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'system' })).Disks.Disk;
    await ok(sb, 'ecs', 'ModifyDiskAttribute', { DiskId: sys.DiskId, DiskName: 'renamed', Description: 'new' });
    const [after] = (await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'system' })).Disks.Disk;
    assert.deepEqual([after.DiskName, after.Description], ['renamed', 'new']);
    await failsWithoutChange(sb, 'ModifyDiskAttribute', { DiskId: 'd-doesnotexist', DiskName: 'x' }, 'InvalidDiskId.NotFound', 404);
  });

  it('ModifyDiskAttribute with DiskIds.N changes every named disk, or none when one is unknown', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId, { 'DataDisk.1.Size': 20, 'DataDisk.2.Size': 30 });
    const data = (await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'data' })).Disks.Disk;
    await failsWithoutChange(sb, 'ModifyDiskAttribute', { 'DiskIds.1': data[0].DiskId, 'DiskIds.2': 'd-doesnotexist', DeleteWithInstance: false }, 'InvalidDiskId.NotFound', 404);
    await ok(sb, 'ecs', 'ModifyDiskAttribute', { 'DiskIds.1': data[0].DiskId, 'DiskIds.2': data[1].DiskId, DeleteWithInstance: false });
    const after = (await ok(sb, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'data' })).Disks.Disk;
    assert.deepEqual(after.map((d: any) => d.DeleteWithInstance), [false, false]);
  });
});
