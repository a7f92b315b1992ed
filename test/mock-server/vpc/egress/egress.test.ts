/**
 * SandboxLookupRoute from an instance: the Internet egress decision in the guide's order (own EIP
 * or system public IP, else where the route table sends the traffic, else SNAT), including the
 * guide's ECS01/ECS02 case.
 */
import { strict as assert } from 'node:assert';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { eip, natEip, natGateway, network, runInstance } from '../internet-helpers';

async function egress(sb: any, instanceId: string, destinationIp = '93.184.216.34'): Promise<any> {
  const r = await call(sb, 'SandboxLookupRoute', { InstanceId: instanceId, DestinationIp: destinationIp });
  return r.Egress;
}

describe('vpc/egress: the Internet egress decision of SandboxLookupRoute', () => {
  const h = withSandbox();

  it('uses an instance\'s own EIP or system public IP before SNAT (the guide: the previously configured public IP is used)', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    const snatIp = await natEip(h.sb, natId);
    const snat = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: snatIp.ip, SourceVSwitchId: net.vswitchId });
    const withEip = await runInstance(h.sb, net.vswitchId);
    const own = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: own.id, InstanceId: withEip });
    const withPublic = await runInstance(h.sb, net.vswitchId, { InternetMaxBandwidthOut: 5 });
    const plain = await runInstance(h.sb, net.vswitchId);

    const a = await egress(h.sb, withEip);
    assert.deepEqual([a.Via, a.PublicIpAddress, a.AllocationId, a.Internet], ['Eip', own.ip, own.id, true]);
    assert.ok(a.Notes.Note.some((n: string) => n.includes(snat.SnatEntryId) && /rather than SNAT/.test(n)), JSON.stringify(a.Notes));
    const b = await egress(h.sb, withPublic);
    assert.equal(b.Via, 'PublicIp');
    assert.match(b.PublicIpAddress, /^(203\.0\.113|198\.51\.100|192\.0\.2)\./);
    const c = await egress(h.sb, plain);
    assert.deepEqual([c.Via, c.PublicIpAddress, c.SnatEntryId, c.NatGatewayId, c.SnatTableId], ['Snat', snatIp.ip, snat.SnatEntryId, natId, snatTableId]);
  });

  it('explains the guide\'s ECS01/ECS02 case: 0.0.0.0/0 → ECS01, which has an EIP', async () => {
    const net = await network(h.sb);
    const ecs01 = await runInstance(h.sb, net.vswitchId);
    const ecs02 = await runInstance(h.sb, net.vswitchId);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: ecs01 });
    assert.equal((await egress(h.sb, ecs02)).Via, 'None');
    await call(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopId: ecs01 });
    const r = await call(h.sb, 'SandboxLookupRoute', { InstanceId: ecs02, DestinationIp: '8.8.8.8' });
    assert.equal(r.RouteTableId, net.routeTableId);
    assert.equal(r.MatchedRouteEntry.NextHopId, ecs01);
    assert.deepEqual([r.Egress.Via, r.Egress.NextHopInstanceId, r.Egress.PublicIpAddress], ['RouteToInstance', ecs01, e.ip]);
    assert.match(r.Egress.Reason, /ECS01\/ECS02/);
    // ECS01 itself leaves from its own EIP; the route does not apply to it.
    assert.equal((await egress(h.sb, ecs01, '8.8.8.8')).Via, 'Eip');
  });

  it('follows a route to a NAT gateway to its SNAT entries, and reports none when nothing covers the instance', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    const inst = await runInstance(h.sb, net.vswitchId);
    await call(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: natId });
    const none = await egress(h.sb, inst);
    assert.deepEqual([none.Via, none.NatGatewayId, none.PublicIpAddress], ['None', natId, '']);
    await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceCIDR: '172.16.121.0/25' });
    const viaCidr = await egress(h.sb, inst);
    assert.deepEqual([viaCidr.Via, viaCidr.PublicIpAddress], ['Snat', a.ip]);
  });

  it('says an address inside the VPC or a private range is not Internet traffic, and refuses unknown instances', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId, { InternetMaxBandwidthOut: 1 });
    const inside = await egress(h.sb, inst, '172.16.121.200');
    assert.deepEqual([inside.Internet, inside.Via, inside.PublicIpAddress], [false, 'None', '']);
    assert.equal((await egress(h.sb, inst, '10.1.2.3')).Internet, false);
    await expectError(h.sb, 'SandboxLookupRoute', { InstanceId: 'i-nothere', DestinationIp: '8.8.8.8' }, 'InvalidInstanceId.NotFound', 404);
    await expectError(h.sb, 'SandboxLookupRoute', { DestinationIp: '8.8.8.8' }, 'MissingParameter');
    await expectError(h.sb, 'SandboxLookupRoute', { InstanceId: inst, RouteTableId: 'vtb-other', DestinationIp: '8.8.8.8' }, 'InvalidParameter');
    // Without InstanceId the lookup is the plain one, with no Egress.
    const plain = await call(h.sb, 'SandboxLookupRoute', { RouteTableId: net.routeTableId, DestinationIp: '8.8.8.8' });
    assert.equal(plain.Egress, undefined);
  });
});
