import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { CUSTOM_ROUTE_TABLES_PER_VPC } from '../../../../network-rules/limits';
import { rpc } from '../../../helpers/rpc';
import { call, createVpc, createVSwitch, expectError, putInstance, withSandbox } from '../vpc-helpers';

/** A VPC with two VSwitches, an instance in each, and a custom table (not yet associated). */
async function network(sb: Sandbox) {
  const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
  const vswA = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
  const vswB = await createVSwitch(sb, vpc.VpcId, '192.168.2.0/24');
  const a = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vswA, privateIp: '192.168.1.10' });
  const b = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vswB, privateIp: '192.168.2.10' });
  const { RouteTableId: custom } = await call(sb, 'CreateRouteTable', { VpcId: vpc.VpcId, RouteTableName: 'app', Description: 'for VSwitch A' });
  return { ...vpc, vswA, vswB, a, b, custom: custom as string };
}

async function table(sb: Sandbox, id: string): Promise<any> {
  const r = await call(sb, 'DescribeRouteTableList', { RouteTableId: id });
  return r.RouterTableList.RouterTableListType[0];
}

async function destinations(sb: Sandbox, id: string): Promise<string[]> {
  const r = await call(sb, 'DescribeRouteEntryList', { RouteTableId: id, MaxResult: 100 });
  return r.RouteEntrys.RouteEntry.map((e: any) => `${e.DestinationCidrBlock} ${e.Type}`).sort();
}

describe('Custom route tables', () => {
  const ctx = withSandbox();

  describe('CreateRouteTable / ModifyRouteTableAttributes', () => {
    it('creates a Custom table in the VPC that carries the system routes of every VSwitch, and later ones too', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      const t = await table(sb, n.custom);
      assert.match(n.custom, /^vtb-/);
      assert.deepEqual([t.RouteTableType, t.RouteTableName, t.Description, t.VpcId, t.RouterId, t.Status], ['Custom', 'app', 'for VSwitch A', n.VpcId, n.VRouterId, 'Available']);
      assert.deepEqual(t.VSwitchIds.VSwitchId, []);
      assert.deepEqual(await destinations(sb, n.custom), ['100.64.0.0/10 System', '192.168.1.0/24 System', '192.168.2.0/24 System']);
      await createVSwitch(sb, n.VpcId, '192.168.3.0/24');
      assert.ok((await destinations(sb, n.custom)).includes('192.168.3.0/24 System'));
      const customOnly = await call(sb, 'DescribeRouteTableList', { VpcId: n.VpcId, RouteTableType: 'Custom' });
      assert.deepEqual(customOnly.RouterTableList.RouterTableListType.map((x: any) => x.RouteTableId), [n.custom]);
      const routers = await call(sb, 'DescribeVRouters', { VRouterId: n.VRouterId });
      assert.deepEqual(routers.VRouters.VRouter[0].RouteTableIds.RouteTableId.sort(), [n.RouteTableId, n.custom].sort());
    });

    it('refuses a gateway table, a missing VPC and a malformed name, and stores nothing', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      assert.match(await expectError(sb, 'CreateRouteTable', { VpcId: vpc.VpcId, AssociateType: 'Gateway' }, 'InvalidParameter'), /not simulated/);
      await expectError(sb, 'CreateRouteTable', { VpcId: 'vpc-missing' }, 'InvalidVpcId.NotFound', 404);
      await expectError(sb, 'CreateRouteTable', { VpcId: vpc.VpcId, RouteTableName: 'http://x' }, 'InvalidRouteTableName.Malformed');
    });

    it(`allows ${CUSTOM_ROUTE_TABLES_PER_VPC} custom tables per VPC and refuses the next with QuotaExceeded.RouteTable`, async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      for (let i = 0; i < CUSTOM_ROUTE_TABLES_PER_VPC; i++) await call(sb, 'CreateRouteTable', { VpcId: vpc.VpcId });
      const msg = await expectError(sb, 'CreateRouteTable', { VpcId: vpc.VpcId }, 'QuotaExceeded.RouteTable');
      assert.match(msg, new RegExp(`\\(${CUSTOM_ROUTE_TABLES_PER_VPC},`));
      // Another VPC has its own quota.
      const other = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      await call(sb, 'CreateRouteTable', { VpcId: other.VpcId });
    });

    it('renames a table and changes its description; a malformed description is refused', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      await call(sb, 'ModifyRouteTableAttributes', { RouteTableId: n.custom, RouteTableName: 'renamed', Description: 'new' });
      const t = await table(sb, n.custom);
      assert.deepEqual([t.RouteTableName, t.Description], ['renamed', 'new']);
      await expectError(sb, 'ModifyRouteTableAttributes', { RouteTableId: n.custom, Description: 'https://nope' }, 'InvalidDescription.Malformed');
      await expectError(sb, 'ModifyRouteTableAttributes', { RouteTableId: 'vtb-missing', RouteTableName: 'x' }, 'InvalidRouteTableId.NotFound', 404);
    });
  });

  describe('AssociateRouteTable / UnassociateRouteTable', () => {
    it('moves a VSwitch from the system table to the custom table in both listings, and back', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      await call(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      assert.deepEqual((await table(sb, n.custom)).VSwitchIds.VSwitchId, [n.vswA]);
      assert.deepEqual((await table(sb, n.RouteTableId)).VSwitchIds.VSwitchId, [n.vswB]);
      const legacy = await call(sb, 'DescribeRouteTables', { RouteTableId: n.custom });
      assert.deepEqual([legacy.RouteTables.RouteTable[0].RouteTableType, legacy.RouteTables.RouteTable[0].VSwitchIds.VSwitchId], ['Custom', [n.vswA]]);
      // A retried association changes nothing.
      await call(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      assert.deepEqual((await table(sb, n.custom)).VSwitchIds.VSwitchId, [n.vswA]);
      await call(sb, 'UnassociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      assert.deepEqual((await table(sb, n.custom)).VSwitchIds.VSwitchId, []);
      assert.deepEqual((await table(sb, n.RouteTableId)).VSwitchIds.VSwitchId.sort(), [n.vswA, n.vswB].sort());
    });

    it('refuses a VSwitch of another VPC, a second custom table, the system table and an absent association', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      const other = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      const foreign = await createVSwitch(sb, other.VpcId, '10.1.0.0/24');
      assert.match(await expectError(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: foreign }, 'InvalidParameter'), /its own VPC/);
      await expectError(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: 'vsw-missing' }, 'InvalidVSwitchId.NotFound', 404);
      await call(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      const { RouteTableId: second } = await call(sb, 'CreateRouteTable', { VpcId: n.VpcId });
      assert.match(await expectError(sb, 'AssociateRouteTable', { RouteTableId: second, VSwitchId: n.vswA }, 'OperationConflict', 409), new RegExp(n.custom));
      await expectError(sb, 'AssociateRouteTable', { RouteTableId: n.RouteTableId, VSwitchId: n.vswB }, 'IncorrectRouteTableType');
      await expectError(sb, 'UnassociateRouteTable', { RouteTableId: second, VSwitchId: n.vswA }, 'InvalidVSwitchId.NotAssociated');
    });
  });

  describe('routing from a VSwitch uses its table', () => {
    it('SandboxLookupRoute and SandboxTraceRoute route an associated VSwitch by its custom table, others by the system table', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      // Only VSwitch A's packets for 10.0.0.0/8 go through instance b.
      await call(sb, 'CreateRouteEntry', { RouteTableId: n.custom, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'Instance', NextHopId: n.b });
      await call(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });

      const fromA = await call(sb, 'SandboxLookupRoute', { InstanceId: n.a, DestinationIp: '10.1.2.3' });
      assert.deepEqual([fromA.RouteTableId, fromA.MatchedRouteEntry?.NextHopId], [n.custom, n.b]);
      const fromB = await call(sb, 'SandboxLookupRoute', { InstanceId: n.b, DestinationIp: '10.1.2.3' });
      assert.deepEqual([fromB.RouteTableId, fromB.Matched], [n.RouteTableId, false]);
      // Naming the other table for an instance is refused.
      const wrong = await rpc(sb, 'vpc', 'SandboxLookupRoute', { InstanceId: n.a, RouteTableId: n.RouteTableId, DestinationIp: '10.1.2.3' });
      assert.equal(wrong.body.Code, 'InvalidParameter');

      const traceA = await call(sb, 'SandboxTraceRoute', { SourceInstanceId: n.a, DestinationIp: '10.1.2.3' });
      const tableHop = traceA.Hops.Hop.find((h: any) => h.Type === 'RouteTable');
      assert.equal(tableHop.ResourceId, n.custom);
      assert.equal(tableHop.NextHopId, n.b);
      const traceB = await call(sb, 'SandboxTraceRoute', { SourceInstanceId: n.b, DestinationIp: '10.1.2.3' });
      assert.equal(traceB.Result, 'Dropped');
      assert.equal(traceB.Hops.Hop.find((h: any) => h.Type === 'RouteTable').ResourceId, n.RouteTableId);
      // VSwitches still reach each other through the custom table's system routes.
      const local = await call(sb, 'SandboxTraceRoute', { SourceInstanceId: n.a, DestinationIp: '192.168.2.10' });
      assert.equal(local.Result, 'Delivered', local.Reason);

      await call(sb, 'UnassociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      const after = await call(sb, 'SandboxLookupRoute', { InstanceId: n.a, DestinationIp: '10.1.2.3' });
      assert.deepEqual([after.RouteTableId, after.Matched], [n.RouteTableId, false]);
    });
  });

  describe('deleting', () => {
    it('refuses DeleteRouteTable while VSwitches are associated or custom entries remain, then deletes the table and its routes', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      await call(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      await call(sb, 'CreateRouteEntry', { RouteTableId: n.custom, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'Instance', NextHopId: n.b });
      assert.match(await expectError(sb, 'DeleteRouteTable', { RouteTableId: n.custom }, 'DependencyViolation.VSwitch'), /UnassociateRouteTable/);
      await call(sb, 'UnassociateRouteTable', { RouteTableId: n.custom, VSwitchId: n.vswA });
      assert.match(await expectError(sb, 'DeleteRouteTable', { RouteTableId: n.custom }, 'IncorrectRouteTableStatus.RouteEntryExist'), /10\.0\.0\.0\/8/);
      await call(sb, 'DeleteRouteEntry', { RouteTableId: n.custom, DestinationCidrBlock: '10.0.0.0/8', NextHopId: n.b });
      await call(sb, 'DeleteRouteTable', { RouteTableId: n.custom });
      const left = await call(sb, 'DescribeRouteTableList', { VpcId: n.VpcId });
      assert.deepEqual(left.RouterTableList.RouterTableListType.map((t: any) => t.RouteTableType), ['System']);
      await expectError(sb, 'DescribeRouteEntryList', { RouteTableId: n.custom }, 'InvalidRouteTableId.NotFound', 404);
      await expectError(sb, 'DeleteRouteTable', { RouteTableId: n.custom }, 'InvalidRouteTableId.NotFound', 404);
    });

    it('never deletes the system table', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      await expectError(sb, 'DeleteRouteTable', { RouteTableId: vpc.RouteTableId }, 'IncorrectRouteTableType');
    });

    it('refuses DeleteVSwitch while the VSwitch is associated, and DeleteVpc while custom tables remain', async () => {
      const { sb } = ctx;
      const n = await network(sb);
      const empty = await createVSwitch(sb, n.VpcId, '192.168.9.0/24');
      await call(sb, 'AssociateRouteTable', { RouteTableId: n.custom, VSwitchId: empty });
      assert.match(await expectError(sb, 'DeleteVSwitch', { VSwitchId: empty }, 'DependencyViolation.RouteTable'), new RegExp(n.custom));
      await call(sb, 'UnassociateRouteTable', { RouteTableId: n.custom, VSwitchId: empty });
      await call(sb, 'DeleteVSwitch', { VSwitchId: empty });
      // Its local route left the custom table with it.
      assert.ok(!(await destinations(sb, n.custom)).includes('192.168.9.0/24 System'));

      const vpc = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      const { RouteTableId } = await call(sb, 'CreateRouteTable', { VpcId: vpc.VpcId });
      assert.match(await expectError(sb, 'DeleteVpc', { VpcId: vpc.VpcId }, 'DependencyViolation.RouteTable'), new RegExp(RouteTableId));
      await call(sb, 'DeleteRouteTable', { RouteTableId });
      await call(sb, 'DeleteVpc', { VpcId: vpc.VpcId });
    });
  });

  describe('DescribeVpnGatewayAvailableZones', () => {
    it('lists every zone of the region for a documented specification, and refuses a missing or unknown one', async () => {
      const { sb } = ctx;
      const r = await call(sb, 'DescribeVpnGatewayAvailableZones', { Spec: '5M' });
      assert.equal(r.RegionId, 'cn-hangzhou');
      const zones = (await call(sb, 'DescribeZones', {})).Zones.Zone.map((z: any) => z.ZoneId);
      assert.deepEqual(r.AvailableZoneIdList.map((z: any) => z.ZoneId), zones);
      assert.ok(r.AvailableZoneIdList.every((z: any) => typeof z.ZoneName === 'string' && z.ZoneName.length > 0));
      await expectError(sb, 'DescribeVpnGatewayAvailableZones', {}, 'MissingParameter');
      const bad = await rpc(sb, 'vpc', 'DescribeVpnGatewayAvailableZones', { Spec: '7M' });
      assert.equal(bad.status, 400);
    });
  });
});
