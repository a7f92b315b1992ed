/**
 * Disks keep tags of their own and an ESSD performance level (mock-server/ecs/disk). The real
 * provider reads volume_tags from the system disk's Tags and system_disk_performance_level from its
 * PerformanceLevel, and changes them with TagResources (ResourceType disk) and ModifyDiskSpec.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import type { ApiClient, Params } from '../../../../provider/client/api-client';
import { createNetwork, startInProcess } from '../../../helpers/in-process';

describe('disk tags and performance level', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let base: Params;

  before(async () => {
    ({ sandbox, api } = await startInProcess());
    const { vswitchId, groupId } = await createNetwork(api, '10.0');
    base = { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vswitchId, SecurityGroupId: groupId };
  });
  after(async () => sandbox?.close());

  const launch = async (extra: Params = {}) =>
    String((await api.call('ecs', 'RunInstances', { ...base, ...extra })).InstanceIdSets.InstanceIdSet[0]);
  const disksOf = async (id: string, extra: Record<string, unknown> = {}) =>
    (await api.call('ecs', 'DescribeDisks', { InstanceId: id, ...extra })).Disks.Disk as any[];
  const tagsOf = (d: any) => Object.fromEntries((d.Tags.Tag as any[]).map((t) => [t.TagKey, t.TagValue]));
  const systemDisk = async (id: string) => (await disksOf(id, { DiskType: 'system' }))[0];

  it('RunInstances Tag.N lands on the instance and on its system and data disks', async () => {
    const id = await launch({ 'Tag.1.Key': 'team', 'Tag.1.Value': 'net', 'DataDisk.1.Size': 40, 'DataDisk.1.Category': 'cloud_essd' });
    const disks = await disksOf(id);
    assert.equal(disks.length, 2);
    for (const d of disks) assert.deepEqual(tagsOf(d), { team: 'net' }, `${d.Type} disk ${d.DiskId}`);
  });

  it('TagResources and UntagResources with ResourceType disk change one disk\'s tags only', async () => {
    const id = await launch({ 'Tag.1.Key': 'team', 'Tag.1.Value': 'net', 'DataDisk.1.Size': 40 });
    const sys = await systemDisk(id);
    await api.call('ecs', 'TagResources', { ResourceType: 'disk', 'ResourceId.1': sys.DiskId, 'Tag.1.Key': 'backup', 'Tag.1.Value': 'daily' });
    await api.call('ecs', 'UntagResources', { ResourceType: 'disk', 'ResourceId.1': sys.DiskId, 'TagKey.1': 'team' });
    const disks = await disksOf(id);
    assert.deepEqual(tagsOf(disks.find((d) => d.Type === 'system')), { backup: 'daily' });
    assert.deepEqual(tagsOf(disks.find((d) => d.Type === 'data')), { team: 'net' });
    // The instance's own tags are untouched.
    const inst = (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0];
    assert.deepEqual(inst.Tags.Tag.map((t: any) => [t.TagKey, t.TagValue]), [['team', 'net']]);
    // ListTagResources finds the disk by its type.
    const listed = await api.call('ecs', 'ListTagResources', { ResourceType: 'disk', 'ResourceId.1': sys.DiskId });
    assert.deepEqual(listed.TagResources.TagResource.map((t: any) => [t.ResourceId, t.TagKey, t.TagValue]), [[sys.DiskId, 'backup', 'daily']]);
  });

  it('TagResources on a disk that does not exist is refused and tags nothing', async () => {
    await assert.rejects(api.call('ecs', 'TagResources', { ResourceType: 'disk', 'ResourceId.1': 'd-doesnotexist0000', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }));
    const listed = await api.call('ecs', 'ListTagResources', { ResourceType: 'disk', 'Tag.1.Key': 'k' });
    assert.deepEqual(listed.TagResources.TagResource, []);
  });

  it('DescribeDisks Tag.N lists only the disks carrying that tag', async () => {
    const a = await launch({ 'Tag.1.Key': 'filter-test', 'Tag.1.Value': 'yes' });
    const b = await launch({ 'Tag.1.Key': 'filter-test', 'Tag.1.Value': 'no' });
    const out = (await api.call('ecs', 'DescribeDisks', { 'Tag.1.Key': 'filter-test', 'Tag.1.Value': 'yes', PageSize: 100 })).Disks.Disk as any[];
    assert.deepEqual(out.map((d) => d.InstanceId), [a]);
    const byKey = (await api.call('ecs', 'DescribeDisks', { 'Tag.1.Key': 'filter-test', PageSize: 100 })).Disks.Disk as any[];
    assert.deepEqual(byKey.map((d) => d.InstanceId).sort(), [a, b].sort());
  });

  it('an ESSD system disk shows PL1 by default, the level it was launched with, and the level ModifyDiskSpec sets', async () => {
    const plain = await launch({ 'SystemDisk.Category': 'cloud_essd' });
    assert.equal((await systemDisk(plain)).PerformanceLevel, 'PL1');
    const id = await launch({ 'SystemDisk.Category': 'cloud_essd', 'SystemDisk.PerformanceLevel': 'PL0' });
    const sys = await systemDisk(id);
    assert.equal(sys.PerformanceLevel, 'PL0');
    await api.call('ecs', 'ModifyDiskSpec', { DiskId: sys.DiskId, PerformanceLevel: 'PL2' });
    assert.equal((await systemDisk(id)).PerformanceLevel, 'PL2');
  });

  it('ModifyDiskSpec with DryRun changes nothing', async () => {
    const id = await launch({ 'SystemDisk.Category': 'cloud_essd' });
    const sys = await systemDisk(id);
    await assert.rejects(api.call('ecs', 'ModifyDiskSpec', { DiskId: sys.DiskId, PerformanceLevel: 'PL3', DryRun: true }), (e: any) => e.code === 'DryRunOperation');
    assert.equal((await systemDisk(id)).PerformanceLevel, 'PL1');
  });

  it('ModifyDiskSpec with a PerformanceLevel on a non-ESSD disk is refused with InvalidPerformanceLevel.Malformed, and nothing changes', async () => {
    const id = await launch({ 'SystemDisk.Category': 'cloud_efficiency' });
    const sys = await systemDisk(id);
    assert.equal(sys.PerformanceLevel, '');
    await assert.rejects(
      api.call('ecs', 'ModifyDiskSpec', { DiskId: sys.DiskId, PerformanceLevel: 'PL2' }),
      (e: any) => e.code === 'InvalidPerformanceLevel.Malformed' && e.httpStatus === 400,
    );
    assert.deepEqual(await systemDisk(id), sys);
  });

  it('ModifyDiskSpec on an unknown disk is refused with InvalidDiskId.NotFound', async () => {
    await assert.rejects(api.call('ecs', 'ModifyDiskSpec', { DiskId: 'd-doesnotexist0000', PerformanceLevel: 'PL2' }), (e: any) => e.code === 'InvalidDiskId.NotFound');
  });

  it('a data disk\'s performance level changes with ModifyDiskSpec too', async () => {
    const id = await launch({ 'DataDisk.1.Size': 40, 'DataDisk.1.Category': 'cloud_essd', 'DataDisk.1.PerformanceLevel': 'PL1' });
    const data = (await disksOf(id, { DiskType: 'data' }))[0];
    await api.call('ecs', 'ModifyDiskSpec', { DiskId: data.DiskId, PerformanceLevel: 'PL3' });
    assert.equal((await disksOf(id, { DiskType: 'data' }))[0].PerformanceLevel, 'PL3');
  });

  it('the disks and their tags go with the instance', async () => {
    const id = await launch({ 'Tag.1.Key': 'gone-with', 'Tag.1.Value': 'instance', 'DataDisk.1.Size': 40 });
    const ids = (await disksOf(id)).map((d) => d.DiskId);
    assert.equal(ids.length, 2);
    await api.call('ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.deepEqual(await disksOf(id), []);
    const listed = await api.call('ecs', 'ListTagResources', { ResourceType: 'disk', 'Tag.1.Key': 'gone-with' });
    assert.deepEqual(listed.TagResources.TagResource, []);
    await assert.rejects(api.call('ecs', 'TagResources', { ResourceType: 'disk', 'ResourceId.1': ids[0], 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }));
  });
});
