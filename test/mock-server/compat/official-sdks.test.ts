/**
 * Compatibility: the official SDKs, unchanged except for endpoint and credentials, drive whole
 * scenarios against the sandbox, and error paths surface the real codes through the SDKs' own
 * exception objects.
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { sandboxRegistry } from '../../../mock-server/families';
import { DEFAULT_CREDENTIALS, startTestSandbox } from '../../helpers/rpc';
import { openApiClient, openApiGenericClient, popCoreClient, type CompatClient, type Params, type Product } from './clients';

const ASYNC_DELAY_MS = 120;
const registry = sandboxRegistry();
const has = (product: Product, ...actions: string[]) => actions.every((a) => registry.find(product, a));

const NETWORK_ACTIONS = ['CreateVpc', 'DescribeVpcAttribute', 'DescribeVpcs', 'ModifyVpcAttribute', 'DeleteVpc', 'CreateVSwitch', 'DescribeVSwitches', 'DescribeVSwitchAttributes', 'ModifyVSwitchAttribute', 'DeleteVSwitch', 'DescribeRouteTableList', 'DescribeRouteEntryList'];
const ECS_ACTIONS = ['RunInstances', 'DescribeInstances', 'StopInstance', 'StartInstance', 'DeleteInstance', 'CreateSecurityGroup', 'AuthorizeSecurityGroup', 'DescribeSecurityGroupAttribute', 'RevokeSecurityGroup', 'DeleteSecurityGroup'];

async function waitFor<T>(what: string, fetch: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fetch();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms; last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

async function expectError(c: CompatClient, product: Product, action: string, params: Params, code: string, status: number): Promise<void> {
  let failed: unknown;
  try {
    await c.call(product, action, params);
  } catch (err) {
    failed = err;
  }
  assert.ok(failed, `${c.name}: ${action} should have failed with ${code}`);
  const e = c.errorOf(failed);
  assert.equal(e.code, code, `${c.name}: ${action}: ${e.message}`);
  assert.equal(e.statusCode, status, `${c.name}: ${action} status`);
  assert.ok(e.message.length > 0);
}

describe('compat: the official SDKs', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: ASYNC_DELAY_MS });
  });
  after(() => sandbox.close());

  const makers: Array<[string, () => CompatClient]> = [
    ['pop-core GET', () => popCoreClient(sandbox.url, DEFAULT_CREDENTIALS, 'GET')],
    ['pop-core POST', () => popCoreClient(sandbox.url, DEFAULT_CREDENTIALS, 'POST')],
    ['openapi-core', () => openApiClient(sandbox.url, DEFAULT_CREDENTIALS)],
  ];

  makers.forEach(([label, make], index) => {
    describe(label, () => {
      // Each client works in its own region, so the scenarios do not see each other.
      const region = ['cn-hangzhou', 'cn-beijing', 'cn-shanghai'][index];
      const zones = { 'cn-hangzhou': ['cn-hangzhou-h', 'cn-hangzhou-i'], 'cn-beijing': ['cn-beijing-a', 'cn-beijing-b'], 'cn-shanghai': ['cn-shanghai-b', 'cn-shanghai-e'] }[region]!;

      it('reports authentication errors with the real codes through the SDK exception', async function () {
        if (!has('vpc', 'DescribeVpcs')) this.skip();
        const wrongSecret = label.startsWith('pop') ? popCoreClient(sandbox.url, { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'wrong' }, label.endsWith('GET') ? 'GET' : 'POST') : openApiClient(sandbox.url, { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'wrong' });
        await expectError(wrongSecret, 'vpc', 'DescribeVpcs', { RegionId: region }, 'SignatureDoesNotMatch', 400);
        const unknownKey = label.startsWith('pop') ? popCoreClient(sandbox.url, { accessKeyId: 'NOBODY', accessKeySecret: 'x' }, 'POST') : openApiClient(sandbox.url, { accessKeyId: 'NOBODY', accessKeySecret: 'x' });
        await expectError(unknownKey, 'vpc', 'DescribeVpcs', { RegionId: region }, 'InvalidAccessKeyId.NotFound', 404);
        await expectError(make(), 'vpc', 'DescribeVpcs', { RegionId: 'mars-north-1' }, 'InvalidRegionId.NotFound', 404);
      });

      it('runs the network scenario: VPC, VSwitches in two zones, paging, route tables, modify, delete', async function () {
        if (!has('vpc', ...NETWORK_ACTIONS)) this.skip();
        const c = make();
        const vpc = await c.call('vpc', 'CreateVpc', { RegionId: region, CidrBlock: '10.0.0.0/16', VpcName: 'compat', Description: 'made by an SDK' });
        assert.match(vpc.VpcId, /^vpc-/);
        assert.match(vpc.VRouterId, /^vrt-/);
        assert.match(vpc.RouteTableId, /^vtb-/);
        assert.ok(vpc.RequestId);
        const first = await c.call('vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: vpc.VpcId });
        assert.ok(['Pending', 'Available'].includes(first.Status), first.Status);
        await waitFor('VPC Available', () => c.call('vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: vpc.VpcId }), (v) => v.Status === 'Available');

        const vswIds: string[] = [];
        for (const [zone, cidr] of [[zones[0], '10.0.1.0/24'], [zones[1], '10.0.2.0/24'], [zones[0], '10.0.3.0/24']]) {
          const r = await c.call('vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zone, CidrBlock: cidr, VSwitchName: `vsw-${cidr}` });
          assert.match(r.VSwitchId, /^vsw-/);
          vswIds.push(r.VSwitchId);
          await waitFor('VSwitch Available', () => c.call('vpc', 'DescribeVSwitchAttributes', { RegionId: region, VSwitchId: r.VSwitchId }), (v) => v.Status === 'Available');
        }
        const attrs = await c.call('vpc', 'DescribeVSwitchAttributes', { RegionId: region, VSwitchId: vswIds[0] });
        assert.equal(attrs.AvailableIpAddressCount, 252);
        assert.equal(attrs.ZoneId, zones[0]);
        assert.equal(attrs.VpcId, vpc.VpcId);

        await expectError(c, 'vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zones[1], CidrBlock: '10.0.1.128/25' }, 'InvalidCidrBlock.Overlapped', 400);
        await expectError(c, 'vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: `${region}-z`, CidrBlock: '10.0.9.0/24' }, 'InvalidZoneId.NotFound', 404);
        await expectError(c, 'vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zones[0], CidrBlock: '10.0.9.0/30' }, 'InvalidCirdrBlock.MaskLength', 400);
        await expectError(c, 'vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: 'vpc-doesnotexist000000' }, 'InvalidVpcId.NotFound', 404);
        await expectError(c, 'vpc', 'DeleteVpc', { RegionId: region, VpcId: vpc.VpcId }, 'DependencyViolation.VSwitch', 400);

        // Paging: 3 VSwitches, 2 per page.
        const page1 = await c.call('vpc', 'DescribeVSwitches', { RegionId: region, VpcId: vpc.VpcId, PageSize: 2, PageNumber: 1 });
        const page2 = await c.call('vpc', 'DescribeVSwitches', { RegionId: region, VpcId: vpc.VpcId, PageSize: 2, PageNumber: 2 });
        assert.equal(page1.TotalCount, 3);
        assert.equal(page1.PageSize, 2);
        assert.equal(page2.PageNumber, 2);
        assert.equal(page1.VSwitches.VSwitch.length, 2);
        assert.equal(page2.VSwitches.VSwitch.length, 1);
        assert.deepEqual(new Set([...page1.VSwitches.VSwitch, ...page2.VSwitches.VSwitch].map((s: any) => s.VSwitchId)), new Set(vswIds));
        const byZone = await c.call('vpc', 'DescribeVSwitches', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zones[1] });
        assert.deepEqual(byZone.VSwitches.VSwitch.map((s: any) => s.VSwitchId), [vswIds[1]]);

        const vpcs = await c.call('vpc', 'DescribeVpcs', { RegionId: region, VpcId: vpc.VpcId });
        assert.equal(vpcs.TotalCount, 1);
        assert.equal(vpcs.PageNumber, 1);
        assert.equal(vpcs.PageSize, 10);
        assert.deepEqual(new Set(vpcs.Vpcs.Vpc[0].VSwitchIds.VSwitchId), new Set(vswIds));
        assert.equal(vpcs.Vpcs.Vpc[0].CidrBlock, '10.0.0.0/16');

        const tables = await c.call('vpc', 'DescribeRouteTableList', { RegionId: region, VpcId: vpc.VpcId });
        const system = tables.RouterTableList.RouterTableListType.find((t: any) => t.RouteTableType === 'System');
        assert.equal(system.RouteTableId, vpc.RouteTableId);
        assert.equal(system.RouterId, vpc.VRouterId);
        const entries = await c.call('vpc', 'DescribeRouteEntryList', { RegionId: region, RouteTableId: vpc.RouteTableId });
        const destinations = entries.RouteEntrys.RouteEntry.map((e: any) => e.DestinationCidrBlock);
        for (const d of ['100.64.0.0/10', '10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24']) assert.ok(destinations.includes(d), `${d} in ${destinations}`);

        await c.call('vpc', 'ModifyVpcAttribute', { RegionId: region, VpcId: vpc.VpcId, VpcName: 'compat-renamed', Description: 'changed' });
        await c.call('vpc', 'ModifyVSwitchAttribute', { RegionId: region, VSwitchId: vswIds[0], VSwitchName: 'renamed-vsw' });
        const renamed = await c.call('vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: vpc.VpcId });
        assert.equal(renamed.VpcName, 'compat-renamed');
        assert.equal(renamed.Description, 'changed');
        assert.equal((await c.call('vpc', 'DescribeVSwitchAttributes', { RegionId: region, VSwitchId: vswIds[0] })).VSwitchName, 'renamed-vsw');

        for (const id of vswIds) await c.call('vpc', 'DeleteVSwitch', { RegionId: region, VSwitchId: id });
        await c.call('vpc', 'DeleteVpc', { RegionId: region, VpcId: vpc.VpcId });
        const gone = await c.call('vpc', 'DescribeVpcs', { RegionId: region });
        assert.equal(gone.TotalCount, 0);
      });

      it('runs the full scenario: instances, a route entry to an instance, security group rules, modify, delete everything', async function () {
        if (!has('vpc', ...NETWORK_ACTIONS, 'CreateRouteEntry', 'DeleteRouteEntry', 'DescribeRouteTables') || !has('ecs', ...ECS_ACTIONS)) this.skip();
        const c = make();
        const vpc = await c.call('vpc', 'CreateVpc', { RegionId: region, CidrBlock: '172.16.0.0/16', VpcName: 'full' });
        await waitFor('VPC Available', () => c.call('vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: vpc.VpcId }), (v) => v.Status === 'Available');
        const vswA = (await c.call('vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zones[0], CidrBlock: '172.16.1.0/24' })).VSwitchId;
        const vswB = (await c.call('vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zones[1], CidrBlock: '172.16.2.0/24' })).VSwitchId;
        const vswC = (await c.call('vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpc.VpcId, ZoneId: zones[0], CidrBlock: '172.16.3.0/24' })).VSwitchId;
        for (const id of [vswA, vswB, vswC]) await waitFor('VSwitch Available', () => c.call('vpc', 'DescribeVSwitchAttributes', { RegionId: region, VSwitchId: id }), (v) => v.Status === 'Available');

        const sg = await c.call('ecs', 'CreateSecurityGroup', { RegionId: region, VpcId: vpc.VpcId, SecurityGroupName: 'compat-sg', Description: 'sdk' });
        assert.match(sg.SecurityGroupId, /^sg-/);
        await c.call('ecs', 'AuthorizeSecurityGroup', { RegionId: region, SecurityGroupId: sg.SecurityGroupId, IpProtocol: 'tcp', PortRange: '8080/8080', SourceCidrIp: '10.1.0.0/16', Policy: 'accept', Priority: '1', NicType: 'intranet' });
        const sgAttr = await c.call('ecs', 'DescribeSecurityGroupAttribute', { RegionId: region, SecurityGroupId: sg.SecurityGroupId, Direction: 'ingress' });
        const rule = sgAttr.Permissions.Permission.find((p: any) => p.PortRange === '8080/8080');
        assert.ok(rule, JSON.stringify(sgAttr.Permissions));
        assert.equal(rule.SourceCidrIp, '10.1.0.0/16');
        assert.equal(String(rule.IpProtocol).toLowerCase(), 'tcp');
        await expectError(c, 'ecs', 'AuthorizeSecurityGroup', { RegionId: region, SecurityGroupId: sg.SecurityGroupId, IpProtocol: 'tcp', PortRange: '99999/1', SourceCidrIp: '10.1.0.0/16' }, 'InvalidPortRange.Malformed', 400);

        const run = await c.call('ecs', 'RunInstances', { RegionId: region, ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vswA, SecurityGroupId: sg.SecurityGroupId, Amount: 2, InstanceName: 'compat' });
        const instanceIds: string[] = run.InstanceIdSets.InstanceIdSet;
        assert.equal(instanceIds.length, 2);
        const described = await waitFor(
          'instances Running',
          () => c.call('ecs', 'DescribeInstances', { RegionId: region, InstanceIds: instanceIds }),
          (r) => r.Instances.Instance.length === 2 && r.Instances.Instance.every((i: any) => i.Status === 'Running'),
        );
        const inst = described.Instances.Instance[0];
        assert.equal(inst.VpcAttributes.VpcId, vpc.VpcId);
        assert.equal(inst.VpcAttributes.VSwitchId, vswA);
        assert.match(inst.VpcAttributes.PrivateIpAddress.IpAddress[0], /^172\.16\.1\./);
        const used = await c.call('vpc', 'DescribeVSwitchAttributes', { RegionId: region, VSwitchId: vswA });
        assert.equal(used.AvailableIpAddressCount, 250);

        const route = await c.call('vpc', 'CreateRouteEntry', { RegionId: region, RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/24', NextHopType: 'Instance', NextHopId: instanceIds[0] });
        assert.ok(route.RouteEntryId);
        await waitFor(
          'route entry Available',
          () => c.call('vpc', 'DescribeRouteEntryList', { RegionId: region, RouteTableId: vpc.RouteTableId, RouteEntryType: 'Custom' }),
          (r) => r.RouteEntrys.RouteEntry.length === 1 && r.RouteEntrys.RouteEntry[0].Status === 'Available',
        );
        const legacy = await c.call('vpc', 'DescribeRouteTables', { RegionId: region, RouteTableId: vpc.RouteTableId });
        const custom = legacy.RouteTables.RouteTable[0].RouteEntrys.RouteEntry.find((e: any) => e.Type === 'Custom');
        assert.equal(custom.InstanceId, instanceIds[0]);
        assert.equal(custom.NextHopType, 'Instance');
        assert.equal(legacy.RouteTables.RouteTable[0].VRouterId, vpc.VRouterId);
        if (has('vpc', 'SandboxLookupRoute')) {
          const generic = label.startsWith('pop') ? c : openApiGenericClient(sandbox.url, DEFAULT_CREDENTIALS);
          const hit = await generic.call('vpc', 'SandboxLookupRoute', { RegionId: region, RouteTableId: vpc.RouteTableId, DestinationIp: '192.168.0.7' });
          assert.equal(hit.Matched, true);
          assert.equal(hit.MatchedRouteEntry.DestinationCidrBlock, '192.168.0.0/24');
          assert.ok(JSON.stringify(hit.MatchedRouteEntry).includes(instanceIds[0]), JSON.stringify(hit));
          const local = await generic.call('vpc', 'SandboxLookupRoute', { RegionId: region, RouteTableId: vpc.RouteTableId, DestinationIp: '172.16.1.9' });
          assert.equal(local.MatchedRouteEntry.DestinationCidrBlock, '172.16.1.0/24');
        }
        await expectError(c, 'vpc', 'CreateRouteEntry', { RegionId: region, RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/24', NextHopType: 'Instance', NextHopId: instanceIds[1] }, 'InvalidCIDRBlock.Duplicate', 400);
        await expectError(c, 'vpc', 'CreateRouteEntry', { RegionId: region, RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.1.0/24', NextHopType: 'Instance', NextHopId: 'i-doesnotexist0000000' }, 'InvalidInstanId.NotFound', 404);

        await expectError(c, 'vpc', 'DeleteVSwitch', { RegionId: region, VSwitchId: vswA }, 'DependencyViolation', 400);
        await expectError(c, 'ecs', 'DescribeInstances', { RegionId: region, InstanceIds: 'not-json' as unknown as string[] }, 'InvalidParameter', 400);

        // Move the second instance to another VSwitch of its zone: only while Stopped.
        await expectError(c, 'ecs', 'ModifyInstanceVpcAttribute', { RegionId: region, InstanceId: instanceIds[1], VSwitchId: vswC }, 'IncorrectInstanceStatus', 400);
        await c.call('ecs', 'StopInstance', { RegionId: region, InstanceId: instanceIds[1] });
        await waitFor('instance Stopped', () => c.call('ecs', 'DescribeInstances', { RegionId: region, InstanceIds: [instanceIds[1]] }), (r) => r.Instances.Instance[0]?.Status === 'Stopped');
        if (has('ecs', 'ModifyInstanceVpcAttribute')) {
          await c.call('ecs', 'ModifyInstanceVpcAttribute', { RegionId: region, InstanceId: instanceIds[1], VSwitchId: vswC, PrivateIpAddress: '172.16.3.10' });
          const moved = await c.call('ecs', 'DescribeInstances', { RegionId: region, InstanceIds: [instanceIds[1]] });
          assert.equal(moved.Instances.Instance[0].VpcAttributes.VSwitchId, vswC);
          assert.deepEqual(moved.Instances.Instance[0].VpcAttributes.PrivateIpAddress.IpAddress, ['172.16.3.10']);
        }
        await c.call('ecs', 'StartInstance', { RegionId: region, InstanceId: instanceIds[1] });
        await waitFor('instance Running', () => c.call('ecs', 'DescribeInstances', { RegionId: region, InstanceIds: [instanceIds[1]] }), (r) => r.Instances.Instance[0]?.Status === 'Running');

        await c.call('ecs', 'RevokeSecurityGroup', { RegionId: region, SecurityGroupId: sg.SecurityGroupId, IpProtocol: 'tcp', PortRange: '8080/8080', SourceCidrIp: '10.1.0.0/16', Policy: 'accept', Priority: '1', NicType: 'intranet' });
        const afterRevoke = await c.call('ecs', 'DescribeSecurityGroupAttribute', { RegionId: region, SecurityGroupId: sg.SecurityGroupId, Direction: 'ingress' });
        assert.ok(!afterRevoke.Permissions.Permission.some((p: any) => p.PortRange === '8080/8080'));

        await c.call('vpc', 'DeleteRouteEntry', { RegionId: region, RouteEntryId: route.RouteEntryId, RouteTableId: vpc.RouteTableId });
        await waitFor('route entry gone', () => c.call('vpc', 'DescribeRouteEntryList', { RegionId: region, RouteTableId: vpc.RouteTableId, RouteEntryType: 'Custom' }), (r) => r.RouteEntrys.RouteEntry.length === 0);
        for (const id of instanceIds) await c.call('ecs', 'DeleteInstance', { RegionId: region, InstanceId: id, Force: true });
        await waitFor('instances gone', () => c.call('ecs', 'DescribeInstances', { RegionId: region, VpcId: vpc.VpcId }), (r) => r.TotalCount === 0);
        await c.call('ecs', 'DeleteSecurityGroup', { RegionId: region, SecurityGroupId: sg.SecurityGroupId });
        for (const id of [vswA, vswB, vswC]) await c.call('vpc', 'DeleteVSwitch', { RegionId: region, VSwitchId: id });
        await c.call('vpc', 'DeleteVpc', { RegionId: region, VpcId: vpc.VpcId });
        assert.equal((await c.call('vpc', 'DescribeVpcs', { RegionId: region })).TotalCount, 0);
        assert.equal((await c.call('ecs', 'DescribeSecurityGroups', { RegionId: region })).TotalCount, 0);
      });

      it('reaches the sandbox-only route lookup through the generic request call', async function () {
        if (!has('vpc', 'SandboxLookupRoute')) this.skip();
        const c = label.startsWith('pop') ? make() : openApiGenericClient(sandbox.url, DEFAULT_CREDENTIALS);
        await expectError(c, 'vpc', 'SandboxLookupRoute', { RegionId: region, RouteTableId: 'vtb-doesnotexist00000', DestinationIp: '10.0.0.1' }, 'InvalidRouteTableId.NotFound', 404);
      });
    });
  });
});
