/**
 * VpcPeering, VpnToIdc and LeasedLineToIdc: what they synthesize (the guide's resources and
 * routes, in the order the real provider documents), and the synth-time checks: overlapping VPN
 * subnets, peered VPCs whose blocks overlap, a route the peer's block does not cover, an ECMP route
 * with fewer than two VBR-peered interfaces. Each message names the value, the rule and the fix.
 */
import * as assert from 'node:assert/strict';
import type { TerraformStack } from 'cdktf';
import { LeasedLineToIdc, Network, VpcPeering, VpnToIdc, checkEcmpHops, checkPeerBlocksApart, checkRouteCoveredByPeer, checkSubnetsApart } from '../../constructs';
import { assertNames, constructionError, fullSynthJson, synthError, ZONE_B } from './synth-helpers';

function net(stack: TerraformStack, id: string, cidr: string, vswitch?: string): Network {
  return new Network(stack, id, { cidrBlock: cidr, vswitches: vswitch ? { main: { zoneId: ZONE_B, cidrBlock: vswitch } } : {} });
}

describe('hybrid-connectivity rules (pure)', () => {
  it('local and remote VPN subnets must be disjoint', () => {
    assert.deepEqual(checkSubnetsApart('x', ['192.168.0.0/16'], ['172.16.0.0/12']), []);
    const [m] = checkSubnetsApart('x', ['192.168.0.0/16'], ['192.168.10.0/24']);
    assert.match(m, /"192\.168\.0\.0\/16" overlaps the remote \(IDC\) subnet 192\.168\.10\.0\/24.*must not overlap.*Fix: /);
  });

  it('peered VPC blocks must be disjoint', () => {
    assert.deepEqual(checkPeerBlocksApart('p', { name: 'a', cidr: '172.16.0.0/16' }, { name: 'b', cidr: '192.168.0.0/16' }), []);
    assert.match(checkPeerBlocksApart('p', { name: 'a', cidr: '172.16.0.0/12' }, { name: 'b', cidr: '172.16.5.0/24' })[0], /"172\.16\.0\.0\/12" overlaps the block 172\.16\.5\.0\/24.*Fix: /);
  });

  it('a route to the peer must lie inside the peer\'s block', () => {
    assert.deepEqual(checkRouteCoveredByPeer('r', '192.168.1.0/24', { name: 'VPC2', cidrs: ['192.168.0.0/16'] }), []);
    // The guide's table routes 172.16.0.0/12 to a VPC1 of 172.16.0.0/16: wider than the peer.
    assert.match(checkRouteCoveredByPeer('r', '172.16.0.0/12', { name: 'VPC1', cidrs: ['172.16.0.0/16'] })[0], /"172\.16\.0\.0\/12" is not covered by VPC1 \(172\.16\.0\.0\/16\).*Fix: route a block inside 172\.16\.0\.0\/16/);
  });

  it('an ECMP route needs two or more interfaces, all peered with VBRs', () => {
    const vbr = (name: string) => ({ name, peerRouterType: 'VBR' as const });
    assert.deepEqual(checkEcmpHops('e', '192.168.0.0/16', [vbr('a'), vbr('b')]), []);
    assert.match(checkEcmpHops('e', '192.168.0.0/16', [vbr('a')])[0], /"192\.168\.0\.0\/16" has 1 router interface\(s\) peered with a VBR: an ECMP route needs at least 2.*Fix: /);
    assert.match(checkEcmpHops('e', '10.0.0.0/8', [vbr('a'), { name: 'ri-vpc', peerRouterType: 'VRouter' }])[0], /ri-vpc peered with a VPC/);
  });
});

describe('VpcPeering', () => {
  it('makes the guide\'s pair: RI1 initiates, RI2 accepts, the acceptor\'s connection first, and both routes', () => {
    const json = fullSynthJson((s) => new VpcPeering(s, 'peering', { initiator: net(s, 'vpc1', '172.16.0.0/16'), acceptor: net(s, 'vpc2', '192.168.0.0/16') }));
    const ris = Object.values<any>(json.resource.alicloud_router_interface);
    assert.deepEqual(ris.map((r) => [r.role, r.specification ?? null]).sort(), [['AcceptingSide', null], ['InitiatingSide', 'Large.2']]);
    const conns = json.resource.alicloud_router_interface_connection;
    const initiatorConn = Object.entries<any>(conns).find(([k]) => k.includes('InitiatorConnection'))![1];
    assert.equal(initiatorConn.depends_on.length, 1);
    assert.match(initiatorConn.depends_on[0], /AcceptorConnection/);
    const routes = Object.values<any>(json.resource.alicloud_route_entry).map((r) => [r.destination_cidrblock, r.nexthop_type]).sort();
    assert.deepEqual(routes, [['172.16.0.0/16', 'RouterInterface'], ['192.168.0.0/16', 'RouterInterface']]);
  });

  it('refuses VPCs whose blocks overlap', () => {
    const m = synthError((s) => new VpcPeering(s, 'peering', { initiator: net(s, 'vpc1', '172.16.0.0/12'), acceptor: net(s, 'vpc2', '172.16.0.0/16') }));
    assertNames(m, { path: 'test/peering', value: '172.16.0.0/12', rule: /must not overlap/ });
  });

  it('refuses a route the peer\'s block does not cover', () => {
    const m = synthError((s) => new VpcPeering(s, 'peering', { initiator: net(s, 'vpc1', '172.16.0.0/16'), acceptor: net(s, 'vpc2', '192.168.0.0/16'), acceptorRoutes: ['172.16.0.0/12'] }));
    assertNames(m, { path: 'test/peering', value: '172.16.0.0/12', rule: /is not covered by initiator/ });
  });

  it('refuses a VPC peered with a block inside it, and a network peered with itself', () => {
    const m = synthError((s) => new VpcPeering(s, 'p', { initiator: net(s, 'vpc1', '172.16.0.0/16', '172.16.0.0/24'), acceptor: net(s, 'vpc2', '172.16.0.0/24') }));
    assert.match(m, /must not overlap/);
    assert.match(constructionError((s) => {
      const n = net(s, 'vpc1', '172.16.0.0/16');
      new VpcPeering(s, 'p', { initiator: n, acceptor: n });
    }), /same network.*Fix: /);
  });
});

describe('VpnToIdc', () => {
  it('makes the gateway, the customer gateway, the connection with both blocks, and the VPC route to the gateway', () => {
    const json = fullSynthJson((s) => new VpnToIdc(s, 'vpn', { network: net(s, 'vpc', '192.168.0.0/16'), idcGatewayIp: '211.167.68.68', idcCidrs: ['172.16.0.0/12'] }));
    const conn = Object.values<any>(json.resource.alicloud_vpn_connection)[0];
    assert.deepEqual([conn.local_subnet, conn.remote_subnet], [['192.168.0.0/16'], ['172.16.0.0/12']]);
    assert.ok(conn.ike_config && conn.ipsec_config, 'the blocks are written so the state shows the filled-in values');
    const route = Object.values<any>(json.resource.alicloud_route_entry)[0];
    assert.deepEqual([route.destination_cidrblock, route.nexthop_type], ['172.16.0.0/12', 'VpnGateway']);
    const config = Object.entries<any>(json.output).find(([k]) => k.startsWith('vpn_Configuration'))![1].value;
    // Seen from the IDC: LocalSubnet is the connection's remote side.
    assert.match(config, /"LocalSubnet" = join\(",", tolist\(alicloud_vpn_connection\.[^)]*\.remote_subnet\)\)/);
    assert.match(config, /"LocalId" = [^,]*ike_remote_id/);
  });

  it('refuses local and remote subnets that overlap', () => {
    const m = synthError((s) => new VpnToIdc(s, 'vpn', { network: net(s, 'vpc', '192.168.0.0/16'), idcGatewayIp: '211.167.68.68', idcCidrs: ['192.168.128.0/17'] }));
    assertNames(m, { path: 'test/vpn', value: '192.168.0.0/16', rule: /overlaps the remote \(IDC\) subnet 192\.168\.128\.0\/17/ });
  });

  it('refuses a private IDC gateway address and an unsold bandwidth', () => {
    const m = synthError((s) => new VpnToIdc(s, 'vpn', { network: net(s, 'vpc', '192.168.0.0/16'), idcGatewayIp: '10.1.1.1', idcCidrs: ['172.16.0.0/12'], bandwidth: 7 }));
    assertNames(m, { path: 'test/vpn', value: '10.1.1.1', rule: /private address/ });
    assert.match(m, /"7" is not a VPN gateway bandwidth/);
  });
});

describe('LeasedLineToIdc', () => {
  it('makes the line (enabled), the VBR, the pair of interfaces and the routes on both sides', () => {
    const json = fullSynthJson((s) => new LeasedLineToIdc(s, 'idc', { network: net(s, 'vpc', '172.16.0.0/12'), idcCidrs: ['192.168.0.0/16'] }));
    assert.equal(Object.values<any>(json.resource.alicloud_express_connect_physical_connection)[0].status, 'Enabled');
    const ris = Object.values<any>(json.resource.alicloud_router_interface).map((r) => [r.router_type, r.role]).sort();
    assert.deepEqual(ris, [['VBR', 'InitiatingSide'], ['VRouter', 'AcceptingSide']]);
    const routes = Object.values<any>(json.resource.alicloud_route_entry).map((r) => [r.destination_cidrblock, /express_connect_virtual_border_router/.test(r.route_table_id) ? 'VBR' : 'VPC', /vlan_interface_id/.test(r.nexthop_id) ? 'leased line' : 'interface']).sort();
    assert.deepEqual(routes, [['172.16.0.0/12', 'VBR', 'interface'], ['192.168.0.0/16', 'VBR', 'leased line'], ['192.168.0.0/16', 'VPC', 'interface']]);
  });

  it('routes over every line with ecmp: one VPC route entry per VBR-peered interface', () => {
    const json = fullSynthJson((s) => new LeasedLineToIdc(s, 'idc', { network: net(s, 'vpc', '172.16.0.0/12'), idcCidrs: ['192.168.0.0/16'], lines: [{}, { accessPointId: 'ap-cn-hangzhou-sandbox-b' }], ecmp: true }));
    const vpcRoutes = Object.values<any>(json.resource.alicloud_route_entry).filter((r) => /alicloud_vpc\./.test(r.route_table_id));
    assert.equal(vpcRoutes.length, 2);
    assert.notEqual(vpcRoutes[0].nexthop_id, vpcRoutes[1].nexthop_id);
  });

  it('refuses an ECMP route with fewer than two VBR-peered interfaces', () => {
    const m = synthError((s) => new LeasedLineToIdc(s, 'idc', { network: net(s, 'vpc', '172.16.0.0/12'), idcCidrs: ['192.168.0.0/16'], ecmp: true }));
    assertNames(m, { path: 'test/idc', value: '192.168.0.0/16', rule: /has 1 router interface\(s\) peered with a VBR: an ECMP route needs at least 2/ });
  });

  it('refuses an IDC block that overlaps the VPC, and a VBR route to the VPC outside the VPC block', () => {
    const m = synthError((s) => new LeasedLineToIdc(s, 'idc', { network: net(s, 'vpc', '172.16.0.0/12'), idcCidrs: ['172.20.0.0/16'], vpcCidrs: ['10.0.0.0/8'] }));
    assert.match(m, /"10\.0\.0\.0\/8" is not covered by VPC/);
    const m2 = synthError((s) => new LeasedLineToIdc(s, 'idc', { network: net(s, 'vpc', '172.16.0.0/12'), idcCidrs: ['172.20.0.0/16'] }));
    assertNames(m2, { path: 'test/idc', value: '172.16.0.0/12', rule: /VPC and IDC blocks joined by a leased line must not overlap/ });
  });

  it('refuses a VPC route to the IDC that duplicates an instance route of the same table', () => {
    const m = synthError((s) => {
      const n = new Network(s, 'vpc', { cidrBlock: '172.16.0.0/12', vswitches: { main: { zoneId: ZONE_B, cidrBlock: '172.16.0.0/24' } } });
      const hop = n.addInstance('hop', { vswitch: n.vswitch('main') });
      n.addRoute('to-idc', { destination: '192.168.0.0/16', nextHop: hop });
      new LeasedLineToIdc(s, 'idc', { network: n, idcCidrs: ['192.168.0.0/16'] });
    });
    assert.match(m, /"192\.168\.0\.0\/16" is already the destination of route "to-idc"/);
  });
});
