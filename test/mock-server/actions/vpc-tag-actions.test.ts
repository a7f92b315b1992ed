import { strict as assert } from 'node:assert';
import { call, createVpc, createVSwitch, expectError, withSandbox } from '../vpc/vpc-helpers';

describe('VPC-product tag actions', () => {
  const ctx = withSandbox();

  const tagsOf = async (type: string, id: string) =>
    (await call(ctx.sb, 'ListTagResources', { ResourceType: type, 'ResourceId.1': id })).TagResources.TagResource.map((t: any) => `${t.TagKey}=${t.TagValue}`);

  it('TagResources tags VPCs, VSwitches and route tables, and ListTagResources lists them', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb);
    const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
    await call(sb, 'TagResources', { ResourceType: 'VPC', 'ResourceId.1': vpc.VpcId, 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod', 'Tag.2.Key': 'team', 'Tag.2.Value': 'net' });
    await call(sb, 'TagResources', { ResourceType: 'VSWITCH', 'ResourceId.1': vsw, 'Tag.1.Key': 'tier', 'Tag.1.Value': 'web' });
    await call(sb, 'TagResources', { ResourceType: 'ROUTETABLE', 'ResourceId.1': vpc.RouteTableId, 'Tag.1.Key': 'rt', 'Tag.1.Value': '1' });
    assert.deepEqual(await tagsOf('VPC', vpc.VpcId), ['env=prod', 'team=net']);
    assert.deepEqual(await tagsOf('VSWITCH', vsw), ['tier=web']);
    assert.deepEqual(await tagsOf('ROUTETABLE', vpc.RouteTableId), ['rt=1']);
    const listed = await call(sb, 'ListTagResources', { ResourceType: 'VPC', 'ResourceId.1': vpc.VpcId });
    assert.deepEqual(listed.TagResources.TagResource[0], { ResourceId: vpc.VpcId, ResourceType: 'VPC', TagKey: 'env', TagValue: 'prod' });
    assert.equal(listed.NextToken, '');
    // The tags show in the Describe actions too.
    assert.deepEqual((await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).Tags, { Tag: [{ Key: 'tier', Value: 'web' }] });
    const table = (await call(sb, 'DescribeRouteTableList', { 'Tag.1.Key': 'rt' })).RouterTableList.RouterTableListType;
    assert.deepEqual(table.map((t: any) => t.RouteTableId), [vpc.RouteTableId]);
  });

  it('TagResources overwrites the value of an existing key', async () => {
    const { sb } = ctx;
    const { VpcId } = await createVpc(sb, { 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' });
    await call(sb, 'TagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' });
    assert.deepEqual(await tagsOf('VPC', VpcId), ['env=prod']);
  });

  it('UnTagResources removes the given keys, or every tag with All=true', async () => {
    const { sb } = ctx;
    const { VpcId } = await createVpc(sb, { 'Tag.1.Key': 'a', 'Tag.1.Value': '1', 'Tag.2.Key': 'b', 'Tag.2.Value': '2', 'Tag.3.Key': 'c', 'Tag.3.Value': '3' });
    await call(sb, 'UnTagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, 'TagKey.1': 'a' });
    assert.deepEqual(await tagsOf('VPC', VpcId), ['b=2', 'c=3']);
    await call(sb, 'UnTagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, All: true });
    assert.deepEqual(await tagsOf('VPC', VpcId), []);
    await expectError(sb, 'UnTagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId }, 'MissingParameter');
  });

  it('ListTagResources finds resources by tag across the region', async () => {
    const { sb } = ctx;
    const a = await createVpc(sb, { 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' });
    await createVpc(sb, { 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' });
    const r = await call(sb, 'ListTagResources', { ResourceType: 'VPC', 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' });
    assert.deepEqual(r.TagResources.TagResource.map((t: any) => t.ResourceId), [a.VpcId]);
    await expectError(sb, 'ListTagResources', { ResourceType: 'VPC' }, 'MissingParameter');
  });

  it('ListTagResources pages with MaxResults and NextToken', async () => {
    const { sb } = ctx;
    const params: Record<string, string> = {};
    for (let i = 1; i <= 5; i++) Object.assign(params, { [`Tag.${i}.Key`]: `k${i}`, [`Tag.${i}.Value`]: `v${i}` });
    const { VpcId } = await createVpc(sb, params);
    const first = await call(sb, 'ListTagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, MaxResults: 3 });
    assert.equal(first.TagResources.TagResource.length, 3);
    assert.notEqual(first.NextToken, '');
    const second = await call(sb, 'ListTagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, MaxResults: 3, NextToken: first.NextToken });
    assert.deepEqual(second.TagResources.TagResource.map((t: any) => t.TagKey), ['k4', 'k5']);
    assert.equal(second.NextToken, '');
  });

  it('refuses an unknown resource with 404 InvalidResourceId.NotFound and an unknown type with InvalidResourceType.NotFound', async () => {
    const { sb } = ctx;
    const { VpcId } = await createVpc(sb);
    await expectError(sb, 'TagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, 'ResourceId.2': 'vpc-missing', 'Tag.1.Key': 'a', 'Tag.1.Value': 'b' }, 'InvalidResourceId.NotFound', 404);
    await expectError(sb, 'TagResources', { ResourceType: 'VSWITCH', 'ResourceId.1': VpcId, 'Tag.1.Key': 'a', 'Tag.1.Value': 'b' }, 'InvalidResourceId.NotFound', 404);
    await expectError(sb, 'TagResources', { ResourceType: 'INSTANCE', 'ResourceId.1': VpcId, 'Tag.1.Key': 'a', 'Tag.1.Value': 'b' }, 'InvalidResourceType.NotFound');
  });

  it('validates tag keys and the 20-tag limit', async () => {
    const { sb } = ctx;
    const { VpcId } = await createVpc(sb);
    await expectError(sb, 'TagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, 'Tag.1.Key': 'aliyun-x', 'Tag.1.Value': 'b' }, 'InvalidTagKey.Malformed');
    await expectError(sb, 'TagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId }, 'MissingParameter');
    const params: Record<string, string> = { ResourceType: 'VPC', 'ResourceId.1': VpcId };
    for (let i = 1; i <= 20; i++) Object.assign(params, { [`Tag.${i}.Key`]: `k${i}`, [`Tag.${i}.Value`]: 'v' });
    await call(sb, 'TagResources', params);
    await expectError(sb, 'TagResources', { ResourceType: 'VPC', 'ResourceId.1': VpcId, 'Tag.1.Key': 'one-more', 'Tag.1.Value': 'v' }, 'QuotaExceeded.TagNum');
    await expectError(sb, 'CreateVpc', { 'Tag.1.Key': 'dup', 'Tag.1.Value': 'a', 'Tag.2.Key': 'dup', 'Tag.2.Value': 'b' }, 'Duplicate.TagKey');
  });
});
