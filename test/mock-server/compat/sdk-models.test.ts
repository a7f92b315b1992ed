/**
 * Compatibility details the scenarios do not reach: the typed SDKs' nested request models (tags,
 * repeated ids), ClientToken retries, token paging and the ECS catalogue actions, plus the same
 * through pop-core's flat parameters.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { DEFAULT_CREDENTIALS, VERSIONS, startTestSandbox } from '../../helpers/rpc';

const vpcSdk = require('@alicloud/vpc20160428');
const ecsSdk = require('@alicloud/ecs20140526');
const { $OpenApiUtil } = require('@alicloud/openapi-core');
const RPCClient = require('@alicloud/pop-core');

describe('compat: SDK request models and flat parameters', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  let vpc: any;
  let ecs: any;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
    const config = () => new $OpenApiUtil.Config({ ...DEFAULT_CREDENTIALS, endpoint: new URL(sandbox.url).host, protocol: 'http', regionId: 'cn-hangzhou' });
    vpc = new vpcSdk.default(config());
    ecs = new ecsSdk.default(config());
  });
  after(() => sandbox.close());

  it('creates a tagged VPC with a ClientToken through the typed SDK, and a retry returns the same VPC', async () => {
    const request = () =>
      new vpcSdk.CreateVpcRequest({
        regionId: 'cn-hangzhou',
        cidrBlock: '192.168.0.0/16',
        vpcName: 'tagged',
        clientToken: 'sdk-token-0001',
        tag: [new vpcSdk.CreateVpcRequestTag({ key: 'env', value: 'test' }), new vpcSdk.CreateVpcRequestTag({ key: 'team', value: 'net' })],
      });
    const first = await vpc.createVpc(request());
    const again = await vpc.createVpc(request());
    assert.equal(first.statusCode, 200);
    assert.equal(again.body.vpcId, first.body.vpcId);

    const filtered = await vpc.describeVpcs(new vpcSdk.DescribeVpcsRequest({ regionId: 'cn-hangzhou', tag: [new vpcSdk.DescribeVpcsRequestTag({ key: 'env', value: 'test' })] }));
    assert.equal(filtered.body.totalCount, 1);
    const found = filtered.body.vpcs.vpc[0];
    assert.equal(found.vpcId, first.body.vpcId);
    assert.deepEqual(found.tags.tag.map((t: any) => [t.key, t.value]).sort(), [['env', 'test'], ['team', 'net']]);

    const listed = await vpc.listTagResources(new vpcSdk.ListTagResourcesRequest({ regionId: 'cn-hangzhou', resourceType: 'VPC', resourceId: [first.body.vpcId] }));
    assert.deepEqual(listed.body.tagResources.tagResource.map((t: any) => t.tagKey).sort(), ['env', 'team']);

    await assert.rejects(
      vpc.createVpc(new vpcSdk.CreateVpcRequest({ regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/16', clientToken: 'sdk-token-0001' })),
      (e: any) => e.code === 'IdempotentParameterMismatch' && e.statusCode === 400,
    );
  });

  it('pages route entries with NextToken through the typed SDK', async () => {
    const created = await vpc.createVpc(new vpcSdk.CreateVpcRequest({ regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/16' }));
    for (let i = 0; i < 5; i++) {
      await vpc.createVSwitch(new vpcSdk.CreateVSwitchRequest({ regionId: 'cn-hangzhou', vpcId: created.body.vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: `10.0.${i}.0/24` }));
    }
    const seen: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await vpc.describeRouteEntryList(new vpcSdk.DescribeRouteEntryListRequest({ regionId: 'cn-hangzhou', routeTableId: created.body.routeTableId, maxResult: 2, nextToken }));
      assert.ok(page.body.routeEntrys.routeEntry.length <= 2);
      seen.push(...page.body.routeEntrys.routeEntry.map((e: any) => e.routeEntryId));
      nextToken = page.body.nextToken || undefined;
      pages++;
    } while (nextToken && pages < 10);
    assert.equal(seen.length, 6, 'five VSwitch routes and the cloud-service route');
    assert.equal(new Set(seen).size, 6);
    assert.equal(pages, 3);
  });

  it('answers the ECS catalogue actions through the typed SDK', async () => {
    const regions = await ecs.describeRegions(new ecsSdk.DescribeRegionsRequest({}));
    const ids = regions.body.regions.region.map((r: any) => r.regionId);
    assert.ok(ids.includes('cn-hangzhou') && ids.includes('cn-beijing'));
    const zones = await ecs.describeZones(new ecsSdk.DescribeZonesRequest({ regionId: 'cn-hangzhou' }));
    assert.ok(zones.body.zones.zone.length >= 2);
    assert.ok(zones.body.zones.zone.some((z: any) => z.zoneId === 'cn-hangzhou-h'));
  });

  it('takes pop-core\'s flat Tag.N parameters and JSON-array ids', async () => {
    const client = new RPCClient({ ...DEFAULT_CREDENTIALS, endpoint: sandbox.url, apiVersion: VERSIONS.vpc });
    const created = await client.request('CreateVpc', { RegionId: 'cn-beijing', CidrBlock: '172.16.0.0/16', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }, { method: 'POST' });
    const described = await client.request('DescribeVpcs', { RegionId: 'cn-beijing', 'Tag.1.Key': 'k' }, { method: 'GET' });
    assert.equal(described.Vpcs.Vpc[0].VpcId, created.VpcId);
    const ecsClient = new RPCClient({ ...DEFAULT_CREDENTIALS, endpoint: sandbox.url, apiVersion: VERSIONS.ecs });
    const none = await ecsClient.request('DescribeInstances', { RegionId: 'cn-beijing', InstanceIds: JSON.stringify(['i-nothere0000000000001']) }, { method: 'POST' });
    assert.equal(none.TotalCount, 0);
    await assert.rejects(client.request('DescribeVpcs', { RegionId: 'cn-beijing', 'Tag.0.Key': 'k' }), (e: any) => e.code === 'InvalidParameter');
  });
});
