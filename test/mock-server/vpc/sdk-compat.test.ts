import { strict as assert } from 'node:assert';
import Client, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { sandboxRegistry } from '../../../mock-server/families';
import { ApiError } from '../../../mock-server/errors';
import { parseParams, string, type ParamSchema } from '../../../mock-server/wire/params';
import { DEFAULT_CREDENTIALS } from '../../helpers/rpc';
import { putInstance, withSandbox, ZONE } from './vpc-helpers';

/** The VPC actions this part implements, as the official SDK names them. */
const SDK_ACTIONS = [
  'CreateVpc', 'DeleteVpc', 'DescribeVpcs', 'DescribeVpcAttribute', 'ModifyVpcAttribute',
  'CreateDefaultVpc', 'CreateDefaultVSwitch',
  'CreateVSwitch', 'DeleteVSwitch', 'DescribeVSwitches', 'DescribeVSwitchAttributes', 'ModifyVSwitchAttribute',
  'DescribeVRouters', 'DescribeRouteTables', 'DescribeRouteTableList', 'DescribeRouteEntryList',
  'CreateRouteEntry', 'DeleteRouteEntry', 'ModifyRouteEntry',
  'TagResources', 'UnTagResources', 'ListTagResources',
  'DescribeRegions', 'DescribeZones',
  'CreateNatIpCidr', 'ListNatIpCidrs', 'ModifyNatIpCidrAttribute', 'DeleteNatIpCidr',
  'CreateNatIp', 'ListNatIps', 'ModifyNatIpAttribute', 'DeleteNatIp',
  'CreateCommonBandwidthPackage', 'DescribeCommonBandwidthPackages', 'ModifyCommonBandwidthPackageAttribute',
  'ModifyCommonBandwidthPackageSpec', 'DeleteCommonBandwidthPackage', 'AddCommonBandwidthPackageIp', 'AddCommonBandwidthPackageIps',
  'RemoveCommonBandwidthPackageIp', 'ModifyCommonBandwidthPackageIpBandwidth', 'CancelCommonBandwidthPackageIpBandwidth',
  'CreateHaVip', 'DescribeHaVips', 'ModifyHaVipAttribute', 'AssociateHaVip', 'UnassociateHaVip', 'DeleteHaVip',
  'CreateNetworkAcl', 'DescribeNetworkAcls', 'DescribeNetworkAclAttributes', 'ModifyNetworkAclAttributes', 'UpdateNetworkAclEntries',
  'CopyNetworkAclEntries', 'AssociateNetworkAcl', 'UnassociateNetworkAcl', 'DeleteNetworkAcl',
  'CreateVpcPrefixList', 'ListPrefixLists', 'GetVpcPrefixListEntries', 'GetVpcPrefixListAssociations', 'ModifyVpcPrefixList', 'DeleteVpcPrefixList',
  'CreateNatGateway', 'ModifyNatGatewayAttribute',
  'CreatePhysicalConnection', 'ModifyPhysicalConnectionAttribute', 'ModifyVirtualBorderRouterAttribute',
];

interface SdkModel {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

/**
 * The flat wire names a request model can produce: scalars as `Name`, string arrays as `Name.1`,
 * object arrays as `Name.1.Field` (the SDK's RPC flattening).
 */
function wireNames(model: SdkModel): Array<{ name: string; type: string }> {
  const names = model.names();
  const types = model.types();
  const out: Array<{ name: string; type: string }> = [];
  for (const [prop, wire] of Object.entries(names)) {
    const t = types[prop] as any;
    if (typeof t === 'string') out.push({ name: wire, type: t });
    else if (t && t.type === 'array' && typeof t.itemType === 'string') out.push({ name: `${wire}.1`, type: t.itemType });
    else if (t && t.type === 'array' && typeof t.itemType === 'function') {
      const item = t.itemType as SdkModel;
      const itemTypes = item.types();
      for (const [p, w] of Object.entries(item.names())) out.push({ name: `${wire}.1.${w}`, type: String(itemTypes[p]) });
    } else if (typeof t === 'function') {
      out.push({ name: wire, type: 'object' });
    } else out.push({ name: wire, type: String(t) });
  }
  return out;
}

function sampleValue(type: string): string {
  if (type === 'number') return '1';
  if (type === 'boolean') return 'false';
  return 'x';
}

describe('Compatibility with the official @alicloud/vpc20160428 SDK', () => {
  describe('request parameters', () => {
    for (const action of SDK_ACTIONS) {
      // Where the SDK has a "shrink" model, that is what reaches the wire: its object fields
      // (AccessMode, LogDelivery) go as one JSON string parameter, not flattened.
      const models = $Vpc as unknown as Record<string, SdkModel>;
      const modelName = models[`${action}ShrinkRequest`] ? `${action}ShrinkRequest` : `${action}Request`;
      it(`${action} accepts every field of the SDK's ${modelName} model`, () => {
        const model = models[modelName];
        assert.ok(model, `the SDK has no ${modelName} model`);
        const def = sandboxRegistry().find('vpc', action);
        assert.ok(def, `${action} is not implemented`);
        // Mirror the wire layer's schema (RegionId is common), with nothing required, so that each
        // field can be tried on its own.
        const schema: ParamSchema = { RegionId: string() };
        for (const [k, spec] of Object.entries(def.params)) schema[k] = { ...spec, read: spec.read, required: false };
        const refused: string[] = [];
        for (const { name, type } of wireNames(model)) {
          try {
            parseParams(schema, { [name]: sampleValue(type) });
          } catch (err) {
            // Any other error means the field was read (and its sample value judged); only
            // UnsupportedParameter means it is not declared.
            if (err instanceof ApiError && err.code === 'UnsupportedParameter') refused.push(name);
            else if (!(err instanceof ApiError)) throw err;
          }
        }
        assert.deepEqual(refused, [], `${action} refuses SDK fields: ${refused.join(', ')}`);
      });
    }
  });

  describe('calls through the SDK client (ACS3-HMAC-SHA256)', () => {
    const ctx = withSandbox();

    function client(): Client {
      return new Client(
        new $OpenApiUtil.Config({
          accessKeyId: DEFAULT_CREDENTIALS.accessKeyId,
          accessKeySecret: DEFAULT_CREDENTIALS.accessKeySecret,
          endpoint: `127.0.0.1:${ctx.sb.port}`,
          protocol: 'http',
          regionId: 'cn-hangzhou',
        }),
      );
    }

    it('creates, reads, routes, tags and deletes a network with the SDK', async () => {
      const c = client();
      const region = 'cn-hangzhou';
      const vpc = await c.createVpc(new $Vpc.CreateVpcRequest({ regionId: region, cidrBlock: '10.0.0.0/16', vpcName: 'sdk', tag: [new $Vpc.CreateVpcRequestTag({ key: 'by', value: 'sdk' })] }));
      const vpcId = vpc.body!.vpcId!;
      assert.match(vpcId, /^vpc-/);
      const vpcs = await c.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: region, vpcId, pageSize: 50 }));
      assert.equal(vpcs.body!.totalCount, 1);
      assert.equal(vpcs.body!.vpcs!.vpc![0].vpcName, 'sdk');
      assert.deepEqual(vpcs.body!.vpcs!.vpc![0].tags!.tag!.map((t) => [t.key, t.value]), [['by', 'sdk']]);

      const vsw = await c.createVSwitch(new $Vpc.CreateVSwitchRequest({ regionId: region, vpcId, zoneId: ZONE, cidrBlock: '10.0.1.0/24' }));
      const vswId = vsw.body!.vSwitchId!;
      const vsws = await c.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: region, vpcId }));
      assert.equal(vsws.body!.vSwitches!.vSwitch![0].availableIpAddressCount, 252);
      assert.equal(vsws.body!.vSwitches!.vSwitch![0].routeTable!.routeTableId, vpc.body!.routeTableId);

      const instance = await putInstance(ctx.sb, { vpcId, vswitchId: vswId, privateIp: '10.0.1.10' });
      const entry = await c.createRouteEntry(new $Vpc.CreateRouteEntryRequest({ regionId: region, routeTableId: vpc.body!.routeTableId, destinationCidrBlock: '0.0.0.0/0', nextHopType: 'Instance', nextHopId: instance }));
      assert.match(entry.body!.routeEntryId!, /^rte-/);
      const entries = await c.describeRouteEntryList(new $Vpc.DescribeRouteEntryListRequest({ regionId: region, routeTableId: vpc.body!.routeTableId, destCidrBlockList: ['0.0.0.0/0'], maxResult: 20 }));
      assert.deepEqual(entries.body!.routeEntrys!.routeEntry!.map((e) => e.destinationCidrBlock), ['0.0.0.0/0']);
      const tables = await c.describeRouteTableList(new $Vpc.DescribeRouteTableListRequest({ regionId: region, vpcId }));
      assert.equal(tables.body!.routerTableList!.routerTableListType![0].routeTableType, 'System');

      await c.tagResources(new $Vpc.TagResourcesRequest({ regionId: region, resourceType: 'VSWITCH', resourceId: [vswId], tag: [new $Vpc.TagResourcesRequestTag({ key: 'k', value: 'v' })] }));
      const tags = await c.listTagResources(new $Vpc.ListTagResourcesRequest({ regionId: region, resourceType: 'VSWITCH', resourceId: [vswId] }));
      assert.deepEqual(tags.body!.tagResources!.tagResource!.map((t) => [t.resourceId, t.tagKey, t.tagValue]), [[vswId, 'k', 'v']]);
      await c.unTagResources(new $Vpc.UnTagResourcesRequest({ regionId: region, resourceType: 'VSWITCH', resourceId: [vswId], all: true }));

      await c.deleteRouteEntry(new $Vpc.DeleteRouteEntryRequest({ regionId: region, routeEntryId: entry.body!.routeEntryId }));
      await ctx.sb.store.transact('1000000000000001', region, (tx) => tx.table('instances').delete(instance));
      await c.deleteVSwitch(new $Vpc.DeleteVSwitchRequest({ regionId: region, vSwitchId: vswId }));
      await c.deleteVpc(new $Vpc.DeleteVpcRequest({ regionId: region, vpcId }));
    });

    it('answers the VPC product\'s DescribeRegions and DescribeZones, and 404 InvalidRegionId.NotFound for an unknown region', async () => {
      const c = client();
      const regions = await c.describeRegions(new $Vpc.DescribeRegionsRequest({}));
      const hangzhou = regions.body!.regions!.region!.find((r) => r.regionId === 'cn-hangzhou');
      assert.ok(hangzhou, 'cn-hangzhou is listed');
      assert.equal(hangzhou.regionEndpoint, 'vpc.cn-hangzhou.aliyuncs.com');
      const zones = await c.describeZones(new $Vpc.DescribeZonesRequest({ regionId: 'cn-hangzhou' }));
      const zoneIds = zones.body!.zones!.zone!.map((z) => z.zoneId);
      assert.ok(zoneIds.includes(ZONE), `${ZONE} is listed in ${zoneIds.join(', ')}`);
      assert.ok(zones.body!.zones!.zone!.every((z) => z.zoneType === 'AvailabilityZone' && !!z.localName));
      // Every zone listed takes a VSwitch.
      const vpc = await c.createVpc(new $Vpc.CreateVpcRequest({ regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/16' }));
      await Promise.all(zoneIds.map((zoneId, i) => c.createVSwitch(new $Vpc.CreateVSwitchRequest({ regionId: 'cn-hangzhou', vpcId: vpc.body!.vpcId, zoneId, cidrBlock: `10.0.${i}.0/24` }))));
      const err: any = await c.describeZones(new $Vpc.DescribeZonesRequest({ regionId: 'cn-nowhere-1' })).then(() => undefined, (e: unknown) => e);
      assert.equal(err?.code, 'InvalidRegionId.NotFound');
      assert.equal(err?.statusCode, 404);
    });

    it('surfaces a 404 InvalidVpcId.NotFound as the SDK error the Terraform provider treats as gone', async () => {
      const err: any = await client()
        .describeVpcAttribute(new $Vpc.DescribeVpcAttributeRequest({ regionId: 'cn-hangzhou', vpcId: 'vpc-gone' }))
        .then(() => undefined, (e: unknown) => e);
      assert.ok(err, 'expected an error');
      assert.equal(err.code, 'InvalidVpcId.NotFound');
      assert.equal(err.statusCode, 404);
    });
  });
});
