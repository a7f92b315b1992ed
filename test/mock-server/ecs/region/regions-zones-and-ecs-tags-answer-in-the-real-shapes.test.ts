import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { REGIONS } from '../../../../mock-server/domain/regions';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';
import { createGroup, fails, failsWithoutChange, network, runOne } from '../fixtures';

describe('ECS: DescribeRegions and DescribeZones answer in the real shapes', () => {
  let sb: Sandbox;
  before(async () => {
    sb = await startTestSandbox();
  });
  after(() => sb.close());

  it('DescribeRegions lists every region as Regions.Region[]{RegionId, LocalName, RegionEndpoint, Status}', async () => {
    const out = await ok(sb, 'ecs', 'DescribeRegions', {});
    const regions = out.Regions.Region;
    assert.equal(regions.length, REGIONS.length);
    const hz = regions.find((r: any) => r.RegionId === 'cn-hangzhou');
    assert.deepEqual(hz, { RegionId: 'cn-hangzhou', LocalName: 'China (Hangzhou)', RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com', Status: 'available' });
  });

  it('DescribeRegions takes an optional RegionId, whatever it is', async () => {
    assert.equal((await rpc(sb, 'ecs', 'DescribeRegions', { RegionId: undefined })).status, 200);
    assert.equal((await rpc(sb, 'ecs', 'DescribeRegions', { RegionId: 'somewhere-else' })).status, 200);
  });

  it('DescribeZones lists at least two zones with the lists the alicloud_zones data source reads', async () => {
    const out = await ok(sb, 'ecs', 'DescribeZones', { RegionId: 'cn-beijing', Verbose: true });
    const zones = out.Zones.Zone;
    assert.ok(zones.length >= 2);
    for (const z of zones) {
      assert.match(z.ZoneId, /^cn-beijing-[a-z]$/);
      assert.ok(z.LocalName);
      assert.ok(z.AvailableResourceCreation.ResourceTypes.includes('Instance'));
      assert.ok(z.AvailableResourceCreation.ResourceTypes.includes('VSwitch'));
      assert.ok(z.AvailableInstanceTypes.InstanceTypes.includes('ecs.g7.large'));
      assert.ok(z.AvailableDiskCategories.DiskCategories.includes('cloud_essd'));
      assert.ok(z.AvailableVolumeCategories.VolumeCategories.length > 0);
    }
  });

  it('every disk category a zone advertises launches an instance there with that system disk', async () => {
    const { vswitchId } = await network(sb);
    const zone = (await ok(sb, 'ecs', 'DescribeZones', { RegionId: 'cn-hangzhou' })).Zones.Zone.find((z: any) => z.ZoneId === 'cn-hangzhou-h');
    const advertised: string[] = zone.AvailableDiskCategories.DiskCategories;
    assert.ok(advertised.includes('cloud') && advertised.includes('cloud_essd_entry'), advertised.join(','));
    for (const category of advertised) {
      const id = await runOne(sb, vswitchId, { 'SystemDisk.Category': category });
      const disks = await ok(sb, 'ecs', 'DescribeDisks', { RegionId: 'cn-hangzhou', InstanceId: id });
      assert.equal(disks.Disks.Disk[0].Category, category);
    }
  });

  it('DescribeZones lists every zone of every region the sandbox serves (real single-zone regions such as cn-nanjing have one)', async () => {
    for (const r of REGIONS) {
      const out = await ok(sb, 'ecs', 'DescribeZones', { RegionId: r.regionId });
      assert.ok(out.Zones.Zone.length >= 1, r.regionId);
      assert.deepEqual(out.Zones.Zone.map((z: any) => z.ZoneId), r.zones.map((z) => z.zoneId), r.regionId);
    }
  });

  it('DescribeZones of an unknown region is InvalidRegionId.NotFound (404)', async () => {
    await fails(sb, 'DescribeZones', { RegionId: 'xx-nowhere-1' }, 'InvalidRegionId.NotFound', 404);
  });

  it('DescribeAvailableResource(DestinationResource=Zone) lists every zone as Available (alicloud_zones reads it)', async () => {
    const out = await ok(sb, 'ecs', 'DescribeAvailableResource', { DestinationResource: 'Zone', InstanceChargeType: 'PostPaid', NetworkCategory: 'Vpc' });
    const zones = out.AvailableZones.AvailableZone;
    assert.deepEqual(zones.map((z: any) => z.ZoneId), REGIONS.find((r) => r.regionId === 'cn-hangzhou')!.zones.map((z) => z.zoneId));
    for (const z of zones) {
      assert.equal(z.Status, 'Available');
      assert.equal(z.RegionId, 'cn-hangzhou');
      assert.equal(z.AvailableResources.AvailableResource[0].Type, 'Zone');
    }
  });

  it('DescribeAvailableResource narrows instance types by InstanceType, Cores and Memory, and drops zones that offer none', async () => {
    const types = async (p: Record<string, string | number>) =>
      (await ok(sb, 'ecs', 'DescribeAvailableResource', { DestinationResource: 'InstanceType', ZoneId: 'cn-hangzhou-h', ...p })).AvailableZones.AvailableZone;
    const [one] = await types({ InstanceType: 'ecs.g7.large' });
    assert.deepEqual(one.AvailableResources.AvailableResource[0].SupportedResources.SupportedResource.map((r: any) => r.Value), ['ecs.g7.large']);
    const [twoCoreEight] = await types({ Cores: 2, Memory: 8 });
    assert.ok(twoCoreEight.AvailableResources.AvailableResource[0].SupportedResources.SupportedResource.every((r: any) => /large$/.test(r.Value)));
    assert.deepEqual(await types({ InstanceType: 'ecs.nope.large' }), []);
    await fails(sb, 'DescribeAvailableResource', { DestinationResource: 'Everything' }, 'InvalidParameter', 400);
  });

  it('answers in XML when Format=XML', async () => {
    const r = await rpc(sb, 'ecs', 'DescribeZones', {}, { format: 'XML' });
    assert.equal(r.status, 200);
    assert.match(r.text, /<DescribeZonesResponse>/);
    assert.match(r.text, /<ZoneId>cn-hangzhou-b<\/ZoneId>/);
  });
});

describe('ECS: TagResources, UntagResources and ListTagResources work on instances and security groups', () => {
  let sb: Sandbox;
  let instance: string;
  let group: string;
  beforeEach(async () => {
    sb = await startTestSandbox();
    const { vpcId, vswitchId } = await network(sb);
    instance = await runOne(sb, vswitchId);
    group = await createGroup(sb, vpcId);
  });
  afterEach(() => sb.close());

  it('tags, lists and untags an instance in the TagResources.TagResource[] shape', async () => {
    await ok(sb, 'ecs', 'TagResources', { ResourceType: 'instance', 'ResourceId.1': instance, 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev', 'Tag.2.Key': 'team', 'Tag.2.Value': 'net' });
    const listed = await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'instance', 'ResourceId.1': instance });
    assert.deepEqual(listed.TagResources.TagResource, [
      { ResourceId: instance, ResourceType: 'instance', TagKey: 'env', TagValue: 'dev' },
      { ResourceId: instance, ResourceType: 'instance', TagKey: 'team', TagValue: 'net' },
    ]);
    assert.equal(listed.NextToken, '');
    await ok(sb, 'ecs', 'UntagResources', { ResourceType: 'instance', 'ResourceId.1': instance, 'TagKey.1': 'env' });
    const after = await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'instance', 'ResourceId.1': instance });
    assert.deepEqual(after.TagResources.TagResource.map((t: any) => t.TagKey), ['team']);
    await ok(sb, 'ecs', 'UntagResources', { ResourceType: 'instance', 'ResourceId.1': instance, All: true });
    assert.deepEqual((await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'instance', 'ResourceId.1': instance })).TagResources.TagResource, []);
  });

  it('tags security groups (ResourceType securitygroup) and filters by Tag.N', async () => {
    await ok(sb, 'ecs', 'TagResources', { ResourceType: 'securitygroup', 'ResourceId.1': group, 'Tag.1.Key': 'tier', 'Tag.1.Value': 'web' });
    const byTag = await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'securitygroup', 'Tag.1.Key': 'tier', 'Tag.1.Value': 'web' });
    assert.deepEqual(byTag.TagResources.TagResource, [{ ResourceId: group, ResourceType: 'securitygroup', TagKey: 'tier', TagValue: 'web' }]);
    const sg = (await ok(sb, 'ecs', 'DescribeSecurityGroups', { SecurityGroupId: group })).SecurityGroups.SecurityGroup[0];
    assert.deepEqual(sg.Tags, { Tag: [{ TagKey: 'tier', TagValue: 'web' }] });
    const none = await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'securitygroup', 'Tag.1.Key': 'tier', 'Tag.1.Value': 'db' });
    assert.deepEqual(none.TagResources.TagResource, []);
  });

  it('rejects unknown resources and resource types, leaving every tag unchanged', async () => {
    await failsWithoutChange(sb, 'TagResources', { ResourceType: 'instance', 'ResourceId.1': instance, 'ResourceId.2': 'i-missing', 'Tag.1.Key': 'a', 'Tag.1.Value': 'b' }, 'InvalidResourceId.NotFound', 404);
    await failsWithoutChange(sb, 'TagResources', { ResourceType: 'snapshot', 'ResourceId.1': 's-1', 'Tag.1.Key': 'a' }, 'InvalidResourceType.NotFound');
    await failsWithoutChange(sb, 'TagResources', { ResourceType: 'securitygroup', 'ResourceId.1': instance, 'Tag.1.Key': 'a' }, 'InvalidResourceId.NotFound', 404);
    await failsWithoutChange(sb, 'TagResources', { ResourceType: 'instance', 'ResourceId.1': instance, 'Tag.1.Key': 'aliyun:x' }, 'InvalidTagKey.Malformed');
    await failsWithoutChange(sb, 'TagResources', { ResourceType: 'instance', 'ResourceId.1': instance }, 'MissingParameter');
  });

  it('a resource holds at most 20 tags', async () => {
    const tags = (from: number, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [[`Tag.${i + 1}.Key`, `k${from + i}`], [`Tag.${i + 1}.Value`, 'v']]).flat());
    await ok(sb, 'ecs', 'TagResources', { ResourceType: 'instance', 'ResourceId.1': instance, ...tags(0, 20) });
    await failsWithoutChange(sb, 'TagResources', { ResourceType: 'instance', 'ResourceId.1': instance, ...tags(100, 1) }, 'QuotaExceeded.TagNum');
  });

  it('ListTagResources pages 50 pairs at a time with NextToken', async () => {
    const { vswitchId } = await network(sb);
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: 'img_1', InstanceType: 'ecs.g7.large', VSwitchId: vswitchId, Amount: 30, 'Tag.1.Key': 'a', 'Tag.1.Value': '1', 'Tag.2.Key': 'b', 'Tag.2.Value': '2' });
    assert.equal(out.InstanceIdSets.InstanceIdSet.length, 30);
    const first = await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'instance' });
    assert.equal(first.TagResources.TagResource.length, 50);
    assert.ok(first.NextToken);
    const second = await ok(sb, 'ecs', 'ListTagResources', { ResourceType: 'instance', NextToken: first.NextToken });
    assert.equal(second.TagResources.TagResource.length, 10);
    assert.equal(second.NextToken, '');
  });
});
