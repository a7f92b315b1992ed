import { strict as assert } from 'node:assert';
import { connectedPair, leasedLine } from '../express-helpers';
import { call, createVpc, expectError, withSandbox } from '../vpc-helpers';

describe('Leased lines: access points, physical connections and VBRs', () => {
  const ctx = withSandbox();

  it('lists a fixed set of access points per region', async () => {
    const { sb } = ctx;
    const hz = await call(sb, 'DescribeAccessPoints', {});
    const sh = await call(sb, 'DescribeAccessPoints', { RegionId: 'cn-shanghai' });
    // The sandbox's own pair, then the real ids that the real provider's docs hard-code.
    assert.equal(hz.TotalCount, 5);
    assert.deepEqual(hz.AccessPointSet.AccessPointType.map((a: any) => a.AccessPointId), ['ap-cn-hangzhou-sandbox-a', 'ap-cn-hangzhou-sandbox-b', 'ap-cn-hangzhou-yh-B', 'ap-cn-hangzhou-yh-C', 'ap-cn-hangzhou-jg-B']);
    assert.equal(sh.AccessPointSet.AccessPointType[0].AccessPointId, 'ap-cn-shanghai-sandbox-a');
    const again = await call(sb, 'DescribeAccessPoints', {});
    assert.deepEqual(again.AccessPointSet, hz.AccessPointSet, 'the set is fixed');
  });

  it('creates a physical connection that is Allocated at once (approval and construction skipped), and enables it', async () => {
    const { sb } = ctx;
    await expectError(sb, 'CreatePhysicalConnection', { AccessPointId: 'ap-nowhere', LineOperator: 'CT' }, 'InvalidAccessPointId.NotFound');
    await expectError(sb, 'CreatePhysicalConnection', { AccessPointId: 'ap-cn-hangzhou-sandbox-a', LineOperator: 'Pigeon' }, 'InvalidParameter');
    const pc = await call(sb, 'CreatePhysicalConnection', { AccessPointId: 'ap-cn-hangzhou-sandbox-a', LineOperator: 'CT', PortType: '10GBase-LR', Name: 'line-1' });
    const list = async () => (await call(sb, 'DescribePhysicalConnections', { 'Filter.1.Key': 'PhysicalConnectionId', 'Filter.1.Value.1': pc.PhysicalConnectionId })).PhysicalConnectionSet.PhysicalConnectionType;
    assert.deepEqual((await list()).map((x: any) => [x.Status, x.LineOperator, x.PortType, x.Name]), [['Allocated', 'CT', '10GBase-LR', 'line-1']]);
    await expectError(sb, 'CreateVirtualBorderRouter', { PhysicalConnectionId: pc.PhysicalConnectionId, VlanId: 1 }, 'InvalidPhysicalConnectionId.NotEnabled');
    await call(sb, 'EnablePhysicalConnection', { PhysicalConnectionId: pc.PhysicalConnectionId });
    assert.equal((await list())[0].Status, 'Enabled');
    await expectError(sb, 'EnablePhysicalConnection', { PhysicalConnectionId: 'pc-missing' }, 'InvalidPhysicalConnectionId.NotFound');
  });

  it('creates an active VBR with its own vtb- route table and leased-line interface; a VLAN is unique per line', async () => {
    const { sb } = ctx;
    const line = await leasedLine(sb, 100);
    const d = (await call(sb, 'DescribeVirtualBorderRouters', { 'Filter.1.Key': 'VbrId', 'Filter.1.Value.1': line.vbrId })).VirtualBorderRouterSet.VirtualBorderRouterType[0];
    assert.deepEqual([d.Status, d.VlanId, d.PhysicalConnectionId, d.PhysicalConnectionStatus, d.AccessPointId], ['active', 100, line.physicalConnectionId, 'Enabled', line.accessPointId]);
    assert.match(d.RouteTableId, /^vtb-/);
    assert.match(d.VlanInterfaceId, /^ri-/);
    await expectError(sb, 'CreateVirtualBorderRouter', { PhysicalConnectionId: line.physicalConnectionId, VlanId: 100 }, 'InvalidVlanId.Used');
    await expectError(sb, 'CreateVirtualBorderRouter', { PhysicalConnectionId: line.physicalConnectionId, VlanId: 3000 }, 'InvalidVlanId.Malformed');
    await call(sb, 'CreateVirtualBorderRouter', { PhysicalConnectionId: line.physicalConnectionId, VlanId: 101 });
    const tables = await call(sb, 'DescribeRouteTableList', { RouterType: 'VBR', RouterId: line.vbrId });
    assert.deepEqual(tables.RouterTableList.RouterTableListType.map((t: any) => [t.RouteTableId, t.RouterType, t.RouterId]), [[line.vbrTableId, 'VBR', line.vbrId]]);
    const vrouterTables = await call(sb, 'DescribeRouteTableList', { RouterType: 'VRouter' });
    assert.equal(vrouterTables.TotalCount, 0);
  });

  it('takes the guide\'s two VBR routes: the IDC block to the leased line, the VPC block to the VBR\'s interface towards the VPC', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/12' });
    const line = await leasedLine(sb);
    const pair = await connectedPair(sb, { routerId: line.vbrId, routerType: 'VBR', accessPointId: line.accessPointId }, { routerId: vpc.VRouterId });
    await call(sb, 'CreateRouteEntry', { RouteTableId: line.vbrTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: line.vlanInterfaceId });
    await call(sb, 'CreateRouteEntry', { RouteTableId: line.vbrTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'RouterInterface', NextHopId: pair.initiator });
    await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: pair.acceptor });
    const entries = (await call(sb, 'DescribeRouteEntryList', { RouteTableId: line.vbrTableId })).RouteEntrys.RouteEntry;
    assert.deepEqual(entries.map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.InstanceId]), [
      ['192.168.0.0/16', 'RouterInterface', line.vlanInterfaceId],
      ['172.16.0.0/12', 'RouterInterface', pair.initiator],
    ]);
    // A VBR route's next hop is one of the VBR's own interfaces; VPC-side ones and ECMP are refused.
    await expectError(sb, 'CreateRouteEntry', { RouteTableId: line.vbrTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'RouterInterface', NextHopId: pair.acceptor }, 'InvalidNextHopId.NotFound', 404);
    await expectError(sb, 'CreateRouteEntry', { RouteTableId: line.vbrTableId, DestinationCidrBlock: '10.0.0.0/8', 'NextHopList.1.NextHopId': pair.initiator, 'NextHopList.2.NextHopId': line.vlanInterfaceId }, 'InvalidParameter');
    // Deleting in order: the VBR waits for its routes and interfaces, the line for its VBR.
    await expectError(sb, 'DeleteVirtualBorderRouter', { VbrId: line.vbrId }, 'DependencyViolation.RouteEntry');
    await expectError(sb, 'TerminatePhysicalConnection', { PhysicalConnectionId: line.physicalConnectionId }, 'DependencyViolation.Vbr');
    for (const e of entries) await call(sb, 'DeleteRouteEntry', { RouteEntryId: e.RouteEntryId });
    await expectError(sb, 'DeleteVirtualBorderRouter', { VbrId: line.vbrId }, 'DependencyViolation.RouterInterface');
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: pair.initiator });
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.initiator });
    await call(sb, 'DeleteVirtualBorderRouter', { VbrId: line.vbrId });
    assert.equal((await call(sb, 'DescribeRouteTableList', { RouterType: 'VBR' })).TotalCount, 0);
    await expectError(sb, 'DeletePhysicalConnection', { PhysicalConnectionId: line.physicalConnectionId }, 'IncorrectStatus.PhysicalConnection');
    await call(sb, 'TerminatePhysicalConnection', { PhysicalConnectionId: line.physicalConnectionId });
    await call(sb, 'DeletePhysicalConnection', { PhysicalConnectionId: line.physicalConnectionId });
  });
});
