import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';

describe('DescribeInstanceTypes, DescribeImages, ListResourceGroups and ListEnhanhcedNatGatewayAvailableZones', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(async () => {
    await sb.close();
  });

  it('DescribeInstanceTypes gives the real CPU and memory and filters by family and type', async () => {
    const all = await ok(sb, 'ecs', 'DescribeInstanceTypes', {});
    const types = all.InstanceTypes.InstanceType;
    assert.ok(types.length > 50, String(types.length));
    const n4 = types.find((t: any) => t.InstanceTypeId === 'ecs.n4.large');
    assert.equal(n4.CpuCoreCount, 2);
    assert.equal(n4.MemorySize, 4);
    assert.equal(n4.InstanceTypeFamily, 'ecs.n4');
    const g7 = await ok(sb, 'ecs', 'DescribeInstanceTypes', { InstanceTypeFamily: 'ecs.g7' });
    assert.ok(g7.InstanceTypes.InstanceType.length > 0);
    assert.ok(g7.InstanceTypes.InstanceType.every((t: any) => t.InstanceTypeFamily === 'ecs.g7' && t.MemorySize === t.CpuCoreCount * 4));
    const two = await ok(sb, 'ecs', 'DescribeInstanceTypes', { 'InstanceTypes.1': 'ecs.g7.large', 'InstanceTypes.2': 'ecs.c7.xlarge' });
    assert.deepEqual(two.InstanceTypes.InstanceType.map((t: any) => t.InstanceTypeId).sort(), ['ecs.c7.xlarge', 'ecs.g7.large']);
    const none = await ok(sb, 'ecs', 'DescribeInstanceTypes', { InstanceTypeFamily: 'ecs.nosuch' });
    assert.deepEqual(none.InstanceTypes.InstanceType, []);
  });

  it('DescribeImages lists public images newest first and filters by owner, OS, architecture and id', async () => {
    const page = await ok(sb, 'ecs', 'DescribeImages', { ImageOwnerAlias: 'system', OSType: 'linux', PageSize: 100 });
    const imgs = page.Images.Image;
    assert.ok(imgs.length > 10);
    assert.ok(imgs.every((i: any) => i.OSType === 'linux' && i.ImageOwnerAlias === 'system' && i.Status === 'Available'));
    const times = imgs.map((i: any) => i.CreationTime);
    assert.deepEqual([...times].sort().reverse(), times);
    assert.equal(page.TotalCount, imgs.length);
    const arm = await ok(sb, 'ecs', 'DescribeImages', { Architecture: 'arm64', PageSize: 100 });
    assert.ok(arm.Images.Image.length > 0 && arm.Images.Image.every((i: any) => i.Architecture === 'arm64'));
    const mine = await ok(sb, 'ecs', 'DescribeImages', { ImageOwnerAlias: 'self' });
    assert.equal(mine.TotalCount, 0);
    const one = await ok(sb, 'ecs', 'DescribeImages', { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd' });
    assert.deepEqual(one.Images.Image.map((i: any) => i.ImageId), ['ubuntu_22_04_x64_20G_alibase_20240130.vhd']);
    const bad = await rpc(sb, 'ecs', 'DescribeImages', { ImageOwnerAlias: 'nobody' });
    assert.equal(bad.status, 400);
  });

  it('ListResourceGroups (ResourceManager 2020-03-31) shows the account\'s default group; GetResourceGroup finds only it', async () => {
    const r = await ok(sb, 'resourcemanager', 'ListResourceGroups', { RegionId: undefined });
    assert.equal(r.TotalCount, 1);
    const g = r.ResourceGroups.ResourceGroup[0];
    assert.equal(g.Name, 'default');
    assert.equal(g.Status, 'OK');
    assert.match(g.Id, /^rg-/);
    const vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/8' });
    assert.equal(vpc.ResourceGroupId, g.Id);
    const got = await ok(sb, 'resourcemanager', 'GetResourceGroup', { RegionId: undefined, ResourceGroupId: g.Id });
    assert.equal(got.ResourceGroup.Id, g.Id);
    const missing = await rpc(sb, 'resourcemanager', 'GetResourceGroup', { RegionId: undefined, ResourceGroupId: 'rg-nosuch' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.Code, 'EntityNotExist.ResourceGroup');
    const filtered = await ok(sb, 'resourcemanager', 'ListResourceGroups', { RegionId: undefined, Name: 'other' });
    assert.equal(filtered.TotalCount, 0);
  });

  it('ListEnhanhcedNatGatewayAvailableZones lists the region\'s zones, and refuses an unknown region', async () => {
    const r = await ok(sb, 'vpc', 'ListEnhanhcedNatGatewayAvailableZones', {});
    const zones = r.Zones.map((z: any) => z.ZoneId);
    assert.ok(zones.includes('cn-hangzhou-h'), zones.join(','));
    assert.ok(r.Zones.every((z: any) => z.LocalName));
    const bad = await rpc(sb, 'vpc', 'ListEnhanhcedNatGatewayAvailableZones', { RegionId: 'xx-nowhere-1' });
    assert.equal(bad.body.Code, 'InvalidRegionId.NotFound');
  });
});
