import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { rpc } from '../../../helpers/rpc';
import { connectedPair, leasedLine } from '../express-helpers';
import { call, createVpc, createVSwitch, expectError, putInstance, withSandbox } from '../vpc-helpers';

type Hop = { Index: number; Type: string; ResourceId: string; RouteTableId?: string; MatchedDestination?: string; NextHopType?: string; NextHopId?: string; Status?: string };

function path(hops: Hop[]): string[] {
  return hops.map((h) => `${h.Type}:${h.ResourceId}`);
}

async function trace(sb: Sandbox, params: Record<string, string>) {
  return call(sb, 'SandboxTraceRoute', params);
}

/** The guide's VPC peering: VPC1 172.16.0.0/16 (RI1, initiator) and VPC2 192.168.0.0/16 (RI2), routes both ways. */
async function peering(sb: Sandbox) {
  const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
  const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
  const vsw1 = await createVSwitch(sb, vpc1.VpcId, '172.16.1.0/24');
  const vsw2 = await createVSwitch(sb, vpc2.VpcId, '192.168.0.0/24');
  const i1 = await putInstance(sb, { vpcId: vpc1.VpcId, vswitchId: vsw1, privateIp: '172.16.1.10' });
  const i2 = await putInstance(sb, { vpcId: vpc2.VpcId, vswitchId: vsw2, privateIp: '192.168.0.10' });
  const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
  const r1 = await call(sb, 'CreateRouteEntry', { RouteTableId: vpc1.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: pair.initiator });
  const r2 = await call(sb, 'CreateRouteEntry', { RouteTableId: vpc2.RouteTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'RouterInterface', NextHopId: pair.acceptor });
  return { vpc1, vpc2, vsw1, vsw2, i1, i2, ri1: pair.initiator, ri2: pair.acceptor, r1: r1.RouteEntryId as string, r2: r2.RouteEntryId as string };
}

describe('SandboxTraceRoute', () => {
  const ctx = withSandbox();

  it('follows the guide\'s VPC peering: instance in VPC1 → RI1 → RI2 → VPC2\'s VSwitch → the instance (Delivered)', async () => {
    const { sb } = ctx;
    const n = await peering(sb);
    const t = await trace(sb, { SourceInstanceId: n.i1, DestinationIp: '192.168.0.10' });
    assert.equal(t.Result, 'Delivered', t.Reason);
    assert.deepEqual(path(t.Hops.Hop), [
      `Instance:${n.i1}`,
      `VSwitch:${n.vsw1}`,
      `RouteTable:${n.vpc1.RouteTableId}`,
      `RouterInterface:${n.ri1}`,
      `RouterInterface:${n.ri2}`,
      `RouteTable:${n.vpc2.RouteTableId}`,
      `VSwitch:${n.vsw2}`,
      `Instance:${n.i2}`,
    ]);
    const decided = t.Hops.Hop[2];
    assert.deepEqual([decided.RouteTableId, decided.MatchedDestination, decided.NextHopType, decided.NextHopId], [n.vpc1.RouteTableId, '192.168.0.0/16', 'RouterInterface', n.ri1]);
    assert.deepEqual(t.Hops.Hop.map((h: Hop) => h.Index), [1, 2, 3, 4, 5, 6, 7, 8]);
    const back = await trace(sb, { SourceInstanceId: n.i2, DestinationIp: '172.16.1.10' });
    assert.equal(back.Result, 'Delivered');
    assert.equal(back.Hops.Hop.at(-1).ResourceId, n.i1);
  });

  it('drops the packet at an interface that is not Active, and says so', async () => {
    const { sb } = ctx;
    const n = await peering(sb);
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: n.ri1 });
    const t = await trace(sb, { SourceInstanceId: n.i1, DestinationIp: '192.168.0.10' });
    assert.equal(t.Result, 'Dropped');
    assert.match(t.Reason, new RegExp(`Router interface ${n.ri1} is Inactive`));
    assert.equal(t.Hops.Hop.at(-1).ResourceId, n.ri1);
  });

  it('drops a packet no route matches, and one whose source instance is not Running', async () => {
    const { sb } = ctx;
    const n = await peering(sb);
    const t = await trace(sb, { SourceInstanceId: n.i1, DestinationIp: '10.9.9.9' });
    assert.equal(t.Result, 'Dropped');
    assert.match(t.Reason, /No entry of route table/);
    const stopped = await putInstance(sb, { vpcId: n.vpc1.VpcId, vswitchId: n.vsw1, privateIp: '172.16.1.11', status: 'Stopped' });
    const s = await trace(sb, { SourceInstanceId: stopped, DestinationIp: '192.168.0.10' });
    assert.equal(s.Result, 'Dropped');
    assert.match(s.Reason, /Stopped/);
  });

  it('stops on a routing loop and reports it', async () => {
    const { sb } = ctx;
    const n = await peering(sb);
    await call(sb, 'CreateRouteEntry', { RouteTableId: n.vpc1.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'RouterInterface', NextHopId: n.ri1 });
    await call(sb, 'CreateRouteEntry', { RouteTableId: n.vpc2.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'RouterInterface', NextHopId: n.ri2 });
    const t = await trace(sb, { SourceVSwitchId: n.vsw1, DestinationIp: '10.1.2.3' });
    assert.equal(t.Result, 'Dropped');
    assert.match(t.Reason, /loop/i);
    assert.match(t.Reason, new RegExp(n.vpc1.RouteTableId));
  });

  it('follows VPCs peered across regions', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vsw1 = await createVSwitch(sb, vpc1.VpcId, '172.16.1.0/24');
    const i1 = await putInstance(sb, { vpcId: vpc1.VpcId, vswitchId: vsw1, privateIp: '172.16.1.10' });
    const vpc2 = await call(sb, 'CreateVpc', { RegionId: 'cn-shanghai', CidrBlock: '192.168.0.0/16' });
    const vsw2 = await call(sb, 'CreateVSwitch', { RegionId: 'cn-shanghai', VpcId: vpc2.VpcId, ZoneId: 'cn-shanghai-b', CidrBlock: '192.168.0.0/24' });
    const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId, region: 'cn-shanghai' });
    await call(sb, 'CreateRouteEntry', { RouteTableId: vpc1.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: pair.initiator });
    const t = await trace(sb, { SourceInstanceId: i1, DestinationIp: '192.168.0.20' });
    assert.equal(t.Result, 'Delivered', t.Reason);
    assert.deepEqual(t.Hops.Hop.slice(3).map((h: any) => [h.Type, h.ResourceId, h.RegionId]), [
      ['RouterInterface', pair.initiator, 'cn-hangzhou'],
      ['RouterInterface', pair.acceptor, 'cn-shanghai'],
      ['RouteTable', vpc2.RouteTableId, 'cn-shanghai'],
      ['VSwitch', vsw2.VSwitchId, 'cn-shanghai'],
    ]);
  });

  it('follows the guide\'s leased line: VPC → RI1 → RI2 → VBR → leased line → IDC (Idc)', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/12' });
    const vsw = await createVSwitch(sb, vpc.VpcId, '172.16.1.0/24');
    const inst = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '172.16.1.10' });
    const line = await leasedLine(sb);
    const pair = await connectedPair(sb, { routerId: line.vbrId, routerType: 'VBR', accessPointId: line.accessPointId }, { routerId: vpc.VRouterId });
    await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: pair.acceptor });
    await call(sb, 'CreateRouteEntry', { RouteTableId: line.vbrTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: line.vlanInterfaceId });
    await call(sb, 'CreateRouteEntry', { RouteTableId: line.vbrTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'RouterInterface', NextHopId: pair.initiator });
    const t = await trace(sb, { SourceInstanceId: inst, DestinationIp: '192.168.3.4' });
    assert.equal(t.Result, 'Idc', t.Reason);
    assert.deepEqual(path(t.Hops.Hop).slice(2), [
      `RouteTable:${vpc.RouteTableId}`,
      `RouterInterface:${pair.acceptor}`,
      `RouterInterface:${pair.initiator}`,
      `VirtualBorderRouter:${line.vbrId}`,
      `RouteTable:${line.vbrTableId}`,
      `RouterInterface:${line.vlanInterfaceId}`,
      `PhysicalConnection:${line.physicalConnectionId}`,
    ]);
  });

  it('goes over an ECMP route through an Active VBR-peered interface to the IDC', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/12' });
    const vsw = await createVSwitch(sb, vpc.VpcId, '172.16.1.0/24');
    const l1 = await leasedLine(sb, 100);
    const l2 = await leasedLine(sb, 200);
    const p1 = await connectedPair(sb, { routerId: l1.vbrId, routerType: 'VBR', accessPointId: l1.accessPointId }, { routerId: vpc.VRouterId });
    const p2 = await connectedPair(sb, { routerId: l2.vbrId, routerType: 'VBR', accessPointId: l2.accessPointId }, { routerId: vpc.VRouterId });
    for (const l of [l1, l2]) await call(sb, 'CreateRouteEntry', { RouteTableId: l.vbrTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: l.vlanInterfaceId });
    await call(sb, 'CreateRouteEntry', {
      RouteTableId: vpc.RouteTableId,
      DestinationCidrBlock: '192.168.0.0/16',
      'NextHopList.1.NextHopType': 'RouterInterface',
      'NextHopList.1.NextHopId': p1.acceptor,
      'NextHopList.2.NextHopType': 'RouterInterface',
      'NextHopList.2.NextHopId': p2.acceptor,
    });
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: p1.acceptor });
    const t = await trace(sb, { SourceVSwitchId: vsw, DestinationIp: '192.168.1.1' });
    assert.equal(t.Result, 'Idc', t.Reason);
    assert.equal(t.Hops.Hop[1].NextHopId, p2.acceptor, 'the Active hop carries the packet');
    assert.ok(path(t.Hops.Hop).includes(`PhysicalConnection:${l2.physicalConnectionId}`));
  });

  it('goes over ECMP written as same-destination routes (the real provider\'s form) through the Active member', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/12' });
    const vsw = await createVSwitch(sb, vpc.VpcId, '172.16.1.0/24');
    const l1 = await leasedLine(sb, 100);
    const l2 = await leasedLine(sb, 200);
    const p1 = await connectedPair(sb, { routerId: l1.vbrId, routerType: 'VBR', accessPointId: l1.accessPointId }, { routerId: vpc.VRouterId });
    const p2 = await connectedPair(sb, { routerId: l2.vbrId, routerType: 'VBR', accessPointId: l2.accessPointId }, { routerId: vpc.VRouterId });
    for (const l of [l1, l2]) await call(sb, 'CreateRouteEntry', { RouteTableId: l.vbrTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: l.vlanInterfaceId });
    for (const p of [p1, p2]) await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: p.acceptor });
    // The first member's interface is down: the second carries the packet.
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: p1.acceptor });
    const t = await trace(sb, { SourceVSwitchId: vsw, DestinationIp: '192.168.1.1' });
    assert.equal(t.Result, 'Idc', t.Reason);
    assert.equal(t.Hops.Hop[1].NextHopId, p2.acceptor);
    assert.ok(path(t.Hops.Hop).includes(`PhysicalConnection:${l2.physicalConnectionId}`));
    // Both down: dropped at the interface, and the reason says so.
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: p2.acceptor });
    const down = await trace(sb, { SourceVSwitchId: vsw, DestinationIp: '192.168.1.1' });
    assert.equal(down.Result, 'Dropped');
    assert.match(down.Reason, /Inactive|Deactivating/);
  });

  it('follows the guide\'s VPN tutorial to 172.16.5.5 (Idc), and drops an address no connection selects', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
    const inst = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.1.10' });
    const gw = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 10 });
    const cgw = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68' });
    const c = await call(sb, 'CreateVpnConnection', { VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' });
    await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'VpnGateway', NextHopId: gw.VpnGatewayId });
    const t = await trace(sb, { SourceInstanceId: inst, DestinationIp: '172.16.5.5' });
    assert.equal(t.Result, 'Idc', t.Reason);
    assert.deepEqual(path(t.Hops.Hop).slice(2), [`RouteTable:${vpc.RouteTableId}`, `VpnGateway:${gw.VpnGatewayId}`, `VpnConnection:${c.VpnConnectionId}`, `CustomerGateway:${cgw.CustomerGatewayId}`]);
    assert.match(t.Reason, /211\.167\.68\.68/);
    const outside = await trace(sb, { SourceInstanceId: inst, DestinationIp: '172.31.255.1' });
    assert.equal(outside.Result, 'Idc');
    await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'VpnGateway', NextHopId: gw.VpnGatewayId });
    const noSelector = await trace(sb, { SourceInstanceId: inst, DestinationIp: '10.1.1.1' });
    assert.equal(noSelector.Result, 'Dropped');
    assert.match(noSelector.Reason, /no VPN route entry and no connection/);
  });

  it('delivers to the ECS instance a route points at', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
    const router = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.1.5' });
    await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'Instance', NextHopId: router });
    const t = await trace(sb, { SourceVSwitchId: vsw, DestinationIp: '10.2.3.4' });
    assert.equal(t.Result, 'Delivered');
    assert.deepEqual(t.Hops.Hop.at(-1), { Index: 3, Type: 'Instance', ResourceId: router, RegionId: 'cn-hangzhou', Status: 'Running', RouteTableId: vpc.RouteTableId, MatchedDestination: '10.0.0.0/8', NextHopType: 'Instance', NextHopId: router });
  });

  it('leaves to the Internet through the instance\'s EIP (the EIP/NAT families\' egress decision)', async () => {
    const { sb } = ctx;
    const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
    const inst = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.1.10' });
    const none = await trace(sb, { SourceInstanceId: inst, DestinationIp: '8.8.8.8' });
    assert.equal(none.Result, 'Dropped');
    const eip = await call(sb, 'AllocateEipAddress', {});
    await call(sb, 'AssociateEipAddress', { AllocationId: eip.AllocationId, InstanceId: inst });
    const t = await trace(sb, { SourceInstanceId: inst, DestinationIp: '8.8.8.8' });
    assert.equal(t.Result, 'Internet', t.Reason);
    assert.deepEqual(path(t.Hops.Hop).at(-1), `Eip:${eip.AllocationId}`);
  });

  it('refuses bad requests with 4xx and leaves nothing behind', async () => {
    const { sb } = ctx;
    const n = await peering(sb);
    await expectError(sb, 'SandboxTraceRoute', { DestinationIp: '192.168.0.10' }, 'MissingParameter');
    await expectError(sb, 'SandboxTraceRoute', { SourceInstanceId: n.i1, SourceVSwitchId: n.vsw1, DestinationIp: '192.168.0.10' }, 'InvalidParameter');
    await expectError(sb, 'SandboxTraceRoute', { SourceInstanceId: n.i1, DestinationIp: '192.168.0.0/16' }, 'InvalidParameter');
    await expectError(sb, 'SandboxTraceRoute', { SourceInstanceId: 'i-missing', DestinationIp: '192.168.0.10' }, 'InvalidInstanceId.NotFound', 404);
    await expectError(sb, 'SandboxTraceRoute', { SourceVSwitchId: 'vsw-missing', DestinationIp: '192.168.0.10' }, 'InvalidVSwitchId.NotFound', 404);
    const r = await rpc(sb, 'vpc', 'SandboxTraceRoute', { SourceInstanceId: n.i1 });
    assert.equal(r.status, 400);
  });
});
