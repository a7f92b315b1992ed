import { strict as assert } from 'node:assert';
import { rpc } from '../../../helpers/rpc';
import { connectedPair, inRegion, interfacePair, leasedLine } from '../express-helpers';
import { call, createVpc, expectError, withSandbox } from '../vpc-helpers';

async function describeRi(sb: any, id: string, region?: string) {
  const r = await call(sb, 'DescribeRouterInterfaces', inRegion(region ?? 'cn-hangzhou', { 'Filter.1.Key': 'RouterInterfaceId', 'Filter.1.Value.1': id }));
  assert.equal(r.TotalCount, 1);
  return r.RouterInterfaceSet.RouterInterfaceType[0];
}

describe('Express Connect router interfaces', () => {
  const ctx = withSandbox();

  it('creates an Idle initiator with its Spec and an acceptor whose Spec is Negative', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await interfacePair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    const i = await describeRi(sb, pair.initiator);
    const a = await describeRi(sb, pair.acceptor);
    assert.deepEqual([i.Role, i.Spec, i.Status, i.RouterType, i.VpcInstanceId, i.OppositeInterfaceId], ['InitiatingSide', 'Large.2', 'Idle', 'VRouter', vpc1.VpcId, pair.acceptor]);
    assert.deepEqual([a.Role, a.Spec, a.Status, a.OppositeInterfaceId, a.Bandwidth], ['AcceptingSide', 'Negative', 'Idle', pair.initiator, 2000]);
    await expectError(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc1.VRouterId, OppositeRegionId: 'cn-hangzhou', Spec: 'Huge.9' }, 'InvalidSpec.Value');
    await expectError(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc1.VRouterId, OppositeRegionId: 'mars-1', Spec: 'Small.1' }, 'InvalidRegionId.NotFound', 404);
    await expectError(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: 'vrt-missing', OppositeRegionId: 'cn-hangzhou', Spec: 'Small.1' }, 'InvalidParameter');
  });

  it('connects from the initiator: Connecting/AcceptingConnecting, then both Active', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    const i = await describeRi(sb, pair.initiator);
    assert.deepEqual([i.Status, i.OppositeInterfaceStatus], ['Active', 'Active']);
    assert.notEqual(i.ConnectedTime, '');
  });

  it('only the initiator connects, and only once both sides name each other', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const bare = await call(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc1.VRouterId, OppositeRegionId: 'cn-hangzhou', Spec: 'Small.1' });
    await expectError(sb, 'ConnectRouterInterface', { RouterInterfaceId: bare.RouterInterfaceId }, 'IncorrectOppositeInterfaceInfo.NotSet');
    const pair = await interfacePair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    await expectError(sb, 'ConnectRouterInterface', { RouterInterfaceId: pair.acceptor }, 'IncorrectRole.NotInitiatingSide');
    await call(sb, 'ModifyRouterInterfaceAttribute', { RouterInterfaceId: pair.acceptor, OppositeInterfaceId: bare.RouterInterfaceId });
    await expectError(sb, 'ConnectRouterInterface', { RouterInterfaceId: pair.initiator }, 'InvalidParameter');
  });

  it('lets exactly one of two racing connects of one pair win', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await interfacePair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    const results = await Promise.all([1, 2, 3].map(() => rpc(sb, 'vpc', 'ConnectRouterInterface', { RouterInterfaceId: pair.initiator })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 400, 400]);
    for (const r of results.filter((x) => x.status === 400)) assert.equal(r.body.Code, 'IncorrectStatus');
    assert.equal((await describeRi(sb, pair.acceptor)).Status, 'Active');
  });

  it('connects VPCs in two regions, and a racing second connect across regions also loses', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await call(sb, 'CreateVpc', { RegionId: 'cn-shanghai', CidrBlock: '192.168.0.0/16' });
    const pair = await interfacePair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId, region: 'cn-shanghai' });
    const results = await Promise.all([1, 2].map(() => rpc(sb, 'vpc', 'ConnectRouterInterface', { RouterInterfaceId: pair.initiator })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 400]);
    assert.equal((await describeRi(sb, pair.initiator)).OppositeInterfaceStatus, 'Active');
    assert.equal((await describeRi(sb, pair.acceptor, 'cn-shanghai')).Status, 'Active');
  });

  it('deactivates and activates the pair, and deletes only Idle or Inactive interfaces', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    await expectError(sb, 'ActivateRouterInterface', { RouterInterfaceId: pair.initiator }, 'IncorrectStatus');
    await expectError(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.initiator }, 'IncorrectStatus');
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: pair.initiator });
    assert.deepEqual([(await describeRi(sb, pair.initiator)).Status, (await describeRi(sb, pair.acceptor)).Status], ['Inactive', 'Inactive']);
    await call(sb, 'ActivateRouterInterface', { RouterInterfaceId: pair.initiator });
    assert.equal((await describeRi(sb, pair.acceptor)).Status, 'Active');
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: pair.initiator });
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.initiator });
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.acceptor });
    await expectError(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.acceptor }, 'InvalidInstanceId.NotFound', 404);
  });

  it('keeps the surviving end of a pair whose other end was deleted Inactive, and refuses to re-point it at a new interface with IncorrectStatus naming the fix', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: pair.initiator });
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.acceptor });
    const fresh = await call(sb, 'CreateRouterInterface', { Role: 'AcceptingSide', RouterType: 'VRouter', RouterId: vpc2.VRouterId, OppositeRegionId: 'cn-hangzhou' });
    // The new end may name the survivor (it is Idle); the survivor may not be re-pointed (expectError: the store is unchanged).
    await call(sb, 'ModifyRouterInterfaceAttribute', { RouterInterfaceId: fresh.RouterInterfaceId, OppositeInterfaceId: pair.initiator, OppositeRouterId: vpc1.VRouterId });
    const message = await expectError(sb, 'ModifyRouterInterfaceAttribute', { RouterInterfaceId: pair.initiator, OppositeInterfaceId: fresh.RouterInterfaceId, OppositeRouterId: vpc2.VRouterId }, 'IncorrectStatus');
    assert.match(message, new RegExp(`${pair.initiator} is Inactive and was connected to ${pair.acceptor}, which no longer exists.*Delete ${pair.initiator} and create a new interface`));
    const survivor = await describeRi(sb, pair.initiator);
    assert.deepEqual([survivor.Status, survivor.OppositeInterfaceId], ['Inactive', pair.acceptor]);
    // Its name still changes: only the opposite side is fixed once connected.
    await call(sb, 'ModifyRouterInterfaceAttribute', { RouterInterfaceId: pair.initiator, Name: 'survivor' });
    assert.equal((await describeRi(sb, pair.initiator)).Name, 'survivor');
  });

  it('routes to an interface of the VPC (NextHopType=RouterInterface), which then cannot be deleted, nor the VPC', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await interfacePair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    const r = await call(sb, 'CreateRouteEntry', { RouteTableId: vpc1.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: pair.initiator });
    await expectError(sb, 'CreateRouteEntry', { RouteTableId: vpc2.RouteTableId, DestinationCidrBlock: '172.16.0.0/16', NextHopType: 'RouterInterface', NextHopId: pair.initiator }, 'InvalidNextHopId.NotFound', 404);
    await expectError(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.initiator }, 'DependencyViolation.RouterInterfaceReferedByRouteEntry');
    await call(sb, 'DeleteRouteEntry', { RouteEntryId: r.RouteEntryId });
    await expectError(sb, 'DeleteVpc', { VpcId: vpc1.VpcId }, 'DependencyViolation.RouterInterface');
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: pair.initiator });
    await call(sb, 'DeleteVpc', { VpcId: vpc1.VpcId });
  });

  it('takes at most 5 interfaces per router (QuotaExceeded.RouterInterface), counting every status', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const one = (routerId: string) => ({ Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: routerId, OppositeRegionId: 'cn-shanghai', Spec: 'Mini.2' });
    const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    const ids = [pair.initiator];
    for (let i = 0; i < 4; i++) ids.push((await call(sb, 'CreateRouterInterface', one(vpc1.VRouterId))).RouterInterfaceId);
    const message = await expectError(sb, 'CreateRouterInterface', one(vpc1.VRouterId), 'QuotaExceeded.RouterInterface');
    assert.match(message, /already has 5 router interfaces .* most a router may have \(5\)/);
    // The limit is per router: the other VPC's router still takes more, and a freed place is free again.
    await call(sb, 'CreateRouterInterface', one(vpc2.VRouterId));
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: ids[4] });
    await call(sb, 'CreateRouterInterface', one(vpc1.VRouterId));
  });

  it('joins two routers by one connected pair only (Forbidden.OnlyOneConnection), from either end, and refuses its own router', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await call(sb, 'CreateVpc', { RegionId: 'cn-shanghai', CidrBlock: '192.168.0.0/16' });
    await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId, region: 'cn-shanghai' });
    // A second pair between the same routers, initiated from the same end …
    const second = await interfacePair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId, region: 'cn-shanghai' });
    const message = await expectError(sb, 'ConnectRouterInterface', { RouterInterfaceId: second.initiator }, 'Forbidden.OnlyOneConnection');
    assert.match(message, new RegExp(`${vpc1.VRouterId} and ${vpc2.VRouterId} already have a connection`));
    // … and from the other end (its initiator in cn-shanghai): refused, and nothing is left Connecting.
    const reverse = await interfacePair(sb, { routerId: vpc2.VRouterId, region: 'cn-shanghai' }, { routerId: vpc1.VRouterId });
    await expectError(sb, 'ConnectRouterInterface', inRegion('cn-shanghai', { RouterInterfaceId: reverse.initiator }), 'Forbidden.OnlyOneConnection');
    assert.equal((await describeRi(sb, reverse.initiator, 'cn-shanghai')).Status, 'Idle');
    assert.equal((await describeRi(sb, second.initiator)).Status, 'Idle');
    // An interface naming its own router as the opposite is refused with the real code.
    const self = await call(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc1.VRouterId, OppositeRegionId: 'cn-hangzhou', Spec: 'Mini.2', OppositeRouterId: vpc1.VRouterId, OppositeInterfaceId: second.initiator });
    await expectError(sb, 'ConnectRouterInterface', { RouterInterfaceId: self.RouterInterfaceId }, 'IncorrectOppositeInterfaceInfo');
  });

  it('a deleted pair frees the two routers for a new connection', async () => {
    const { sb } = ctx;
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const first = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: first.initiator });
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: first.initiator });
    await call(sb, 'DeleteRouterInterface', { RouterInterfaceId: first.acceptor });
    const next = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    assert.equal((await describeRi(sb, next.acceptor)).Status, 'Active');
  });

  it('a VBR only initiates, names its access point, and an interface whose peer is a VBR accepts', async () => {
    const { sb } = ctx;
    const line = await leasedLine(sb);
    const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/12' });
    await expectError(sb, 'CreateRouterInterface', { Role: 'AcceptingSide', RouterType: 'VBR', RouterId: line.vbrId, OppositeRegionId: 'cn-hangzhou', AccessPointId: line.accessPointId }, 'InvalidParameter');
    await expectError(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VBR', RouterId: line.vbrId, OppositeRegionId: 'cn-hangzhou', Spec: 'Small.1' }, 'InvalidParameter');
    await expectError(sb, 'CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc.VRouterId, OppositeRegionId: 'cn-hangzhou', Spec: 'Small.1', OppositeRouterType: 'VBR' }, 'InvalidParameter');
    const pair = await connectedPair(sb, { routerId: line.vbrId, routerType: 'VBR', accessPointId: line.accessPointId }, { routerId: vpc.VRouterId });
    const i = await describeRi(sb, pair.initiator);
    assert.deepEqual([i.RouterType, i.AccessPointId, i.Status], ['VBR', line.accessPointId, 'Active']);
    await expectError(sb, 'DeleteVirtualBorderRouter', { VbrId: line.vbrId }, 'DependencyViolation.RouterInterface');
  });

  describe('ECMP (the guide: at least two router interfaces whose peers are VBRs)', () => {
    async function twoVbrPeers(sb: any) {
      const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/12' });
      const l1 = await leasedLine(sb, 100);
      const l2 = await leasedLine(sb, 200);
      const p1 = await connectedPair(sb, { routerId: l1.vbrId, routerType: 'VBR', accessPointId: l1.accessPointId }, { routerId: vpc.VRouterId });
      const p2 = await connectedPair(sb, { routerId: l2.vbrId, routerType: 'VBR', accessPointId: l2.accessPointId }, { routerId: vpc.VRouterId });
      return { vpc, ri1: p1.acceptor, ri2: p2.acceptor };
    }

    it('accepts an ECMP route over two VBR-peered interfaces and lists both hops', async () => {
      const { sb } = ctx;
      const n = await twoVbrPeers(sb);
      const r = await call(sb, 'CreateRouteEntry', {
        RouteTableId: n.vpc.RouteTableId,
        DestinationCidrBlock: '192.168.0.0/16',
        'NextHopList.1.NextHopType': 'RouterInterface',
        'NextHopList.1.NextHopId': n.ri1,
        'NextHopList.2.NextHopType': 'RouterInterface',
        'NextHopList.2.NextHopId': n.ri2,
      });
      const e = (await call(sb, 'DescribeRouteEntryList', { RouteTableId: n.vpc.RouteTableId, RouteEntryId: r.RouteEntryId })).RouteEntrys.RouteEntry[0];
      assert.deepEqual(e.NextHops.NextHop.map((h: any) => h.NextHopId).sort(), [n.ri1, n.ri2].sort());
      await call(sb, 'DeactivateRouterInterface', { RouterInterfaceId: n.ri2 });
      await expectError(sb, 'DeleteRouterInterface', { RouterInterfaceId: n.ri2 }, 'DependencyViolation.RouterInterfaceReferedByRouteEntry');
      await call(sb, 'DeleteRouteEntry', { RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', 'NextHopList.1.NextHopId': n.ri1 });
    });

    it('takes ECMP as same-destination routes too (the real provider\'s form): listed, looked up and deleted per next hop', async () => {
      const { sb } = ctx;
      const n = await twoVbrPeers(sb);
      const route = (ri: string) => ({ RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: ri });
      const r1 = await call(sb, 'CreateRouteEntry', route(n.ri1));
      const r2 = await call(sb, 'CreateRouteEntry', route(n.ri2));
      // The same interface twice is still a duplicate.
      await expectError(sb, 'CreateRouteEntry', route(n.ri2), 'InvalidCIDRBlock.Duplicate');
      const listed = (await call(sb, 'DescribeRouteEntryList', { RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16' })).RouteEntrys.RouteEntry;
      assert.deepEqual(listed.map((e: any) => [e.RouteEntryId, e.NextHopType, e.InstanceId]).sort(), [[r1.RouteEntryId, 'RouterInterface', n.ri1], [r2.RouteEntryId, 'RouterInterface', n.ri2]].sort());
      const lookup = await call(sb, 'SandboxLookupRoute', { RouteTableId: n.vpc.RouteTableId, DestinationIp: '192.168.1.1' });
      assert.deepEqual(lookup.MatchedRouteEntry.EcmpRouteEntries.RouteEntry.map((e: any) => e.NextHopId).sort(), [n.ri1, n.ri2].sort());
      assert.equal(lookup.RejectedCandidates.Candidate.filter((c: any) => c.DestinationCidrBlock === '192.168.0.0/16').length, 0);
      // Which member a delete means needs its next hop.
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16' }, 'MissingParameter');
      await call(sb, 'DeleteRouteEntry', { RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopId: n.ri1 });
      const left = (await call(sb, 'DescribeRouteEntryList', { RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16' })).RouteEntrys.RouteEntry;
      assert.deepEqual(left.map((e: any) => e.InstanceId), [n.ri2]);
    });

    it('keeps refusing a same-destination route unless every next hop is a VBR-peered interface', async () => {
      const { sb } = ctx;
      const n = await twoVbrPeers(sb);
      const other = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      const vpcPeer = await connectedPair(sb, { routerId: n.vpc.VRouterId }, { routerId: other.VRouterId });
      const route = (ri: string, dest = '192.168.0.0/16') => ({ RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: dest, NextHopType: 'RouterInterface', NextHopId: ri });
      await call(sb, 'CreateRouteEntry', route(vpcPeer.initiator));
      const message = await expectError(sb, 'CreateRouteEntry', route(n.ri1), 'InvalidCIDRBlock.Duplicate');
      assert.match(message, /only as ECMP: every next hop a RouterInterface whose peer is a VBR/);
      await call(sb, 'CreateRouteEntry', route(n.ri1, '10.8.0.0/16'));
      await expectError(sb, 'CreateRouteEntry', route(vpcPeer.initiator, '10.8.0.0/16'), 'InvalidCIDRBlock.Duplicate');
    });

    it('refuses one hop (InvalidNexthopListSize), a VPC-peered interface or an instance (InvalidNextHopType), and both forms at once', async () => {
      const { sb } = ctx;
      const n = await twoVbrPeers(sb);
      const base = { RouteTableId: n.vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/16' };
      await expectError(sb, 'CreateRouteEntry', { ...base, 'NextHopList.1.NextHopType': 'RouterInterface', 'NextHopList.1.NextHopId': n.ri1 }, 'InvalidNexthopListSize');
      const other = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      const vpcPeer = await connectedPair(sb, { routerId: n.vpc.VRouterId }, { routerId: other.VRouterId });
      const message = await expectError(
        sb,
        'CreateRouteEntry',
        { ...base, 'NextHopList.1.NextHopType': 'RouterInterface', 'NextHopList.1.NextHopId': n.ri1, 'NextHopList.2.NextHopType': 'RouterInterface', 'NextHopList.2.NextHopId': vpcPeer.initiator },
        'InvalidNextHopType',
      );
      assert.match(message, /peers are VBRs/);
      await expectError(sb, 'CreateRouteEntry', { ...base, 'NextHopList.1.NextHopType': 'Instance', 'NextHopList.1.NextHopId': 'i-1', 'NextHopList.2.NextHopType': 'Instance', 'NextHopList.2.NextHopId': 'i-2' }, 'InvalidNextHopType');
      await expectError(sb, 'CreateRouteEntry', { ...base, NextHopType: 'RouterInterface', NextHopId: n.ri1, 'NextHopList.1.NextHopId': n.ri1, 'NextHopList.2.NextHopId': n.ri2 }, 'InvalidNexthopTypeAndList.BothNotNull');
    });
  });
});
