import { strict as assert } from 'node:assert';
import { ok, rpc } from '../../../helpers/rpc';
import { assertErrorShape } from '../../../helpers/assertions';
import { call, createVpc, createVSwitch, expectError, withSandbox } from '../vpc-helpers';

describe('Route entries whose next hop is an elastic network interface (NextHopType=NetworkInterface)', () => {
  const ctx = withSandbox();

  async function eniIn(cidr: string, vswCidr: string) {
    const vpc = await createVpc(ctx.sb, { CidrBlock: cidr });
    const vsw = await createVSwitch(ctx.sb, vpc.VpcId, vswCidr);
    const sg = (await ok(ctx.sb, 'ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId })).SecurityGroupId as string;
    const eni = (await ok(ctx.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vsw, SecurityGroupId: sg })).NetworkInterfaceId as string;
    return { ...vpc, vsw, eni };
  }

  it('adds a route to an ENI of the same VPC, shows it with its type and keeps the ENI from being deleted until the route goes', async () => {
    const net = await eniIn('192.168.0.0/16', '192.168.0.0/24');
    await call(ctx.sb, 'CreateRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.2.0.0/16', NextHopType: 'NetworkInterface', NextHopId: net.eni });
    const entries = (await call(ctx.sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId })).RouteEntrys.RouteEntry;
    const custom = entries.filter((e: any) => e.Type === 'Custom');
    assert.deepEqual(custom.map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.NextHops?.NextHop?.[0]?.NextHopId ?? e.InstanceId]), [['10.2.0.0/16', 'NetworkInterface', net.eni]]);

    const before = JSON.stringify(ctx.sb.store.exportState());
    const refused = await rpc(ctx.sb, 'ecs', 'DeleteNetworkInterface', { NetworkInterfaceId: net.eni });
    assert.equal(refused.status, 400, refused.text);
    assertErrorShape(refused.body, 'DependencyViolation.RouteEntry');
    assert.match(refused.body.Message, /10\.2\.0\.0\/16/);
    assert.equal(JSON.stringify(ctx.sb.store.exportState()), before, 'the refused delete changed the store');

    await call(ctx.sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.2.0.0/16', NextHopId: net.eni });
    await ok(ctx.sb, 'ecs', 'DeleteNetworkInterface', { NetworkInterfaceId: net.eni });
  });

  it('refuses an ENI of another VPC, or one that does not exist, and adds no route', async () => {
    const a = await eniIn('192.168.0.0/16', '192.168.0.0/24');
    const b = await eniIn('172.16.0.0/12', '172.16.0.0/24');
    const msg = await expectError(ctx.sb, 'CreateRouteEntry', { RouteTableId: a.RouteTableId, DestinationCidrBlock: '10.2.0.0/16', NextHopType: 'NetworkInterface', NextHopId: b.eni }, 'InvalidNextHopId.NotFound', 404);
    assert.match(msg, new RegExp(`${b.eni}.*${b.VpcId}`));
    await expectError(ctx.sb, 'CreateRouteEntry', { RouteTableId: a.RouteTableId, DestinationCidrBlock: '10.2.0.0/16', NextHopType: 'NetworkInterface', NextHopId: 'eni-doesnotexist000000' }, 'InvalidNextHopId.NotFound', 404);
  });
});
