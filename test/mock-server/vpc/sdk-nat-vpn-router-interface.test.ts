/**
 * This session's changed VPC actions driven through the official SDKs with only the endpoint
 * changed: CreateNatGateway AvailabilityMode, CreateVpnConnection / ModifyVpnConnectionAttribute
 * (EnableTunnelsBgp, NetworkType, TunnelOptionsSpecification with TunnelId) and the
 * ModifyRouterInterfaceAttribute refusal of a re-point. Answers are read through the typed SDK's
 * response models and their raw JSON checked against the model's field types; refusals come back
 * as the SDK's error with the real code and HTTP status and leave the store as it was.
 */
import { strict as assert } from 'node:assert';
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { Sandbox } from '../../../mock-server/app';
import { DEFAULT_CREDENTIALS, VERSIONS, rpc, startTestSandbox } from '../../helpers/rpc';
import { assertRefusal, assertSdkTypes, refused } from '../../helpers/sdk-user';
import { connectedPair } from './express-helpers';
import { REGION, ZONE, call, createVSwitch, createVpc } from './vpc-helpers';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const RPCClient = require('@alicloud/pop-core');

describe('NAT availability mode, VPN tunnels and router-interface re-points through the official SDKs', function () {
  this.timeout(30_000);
  let sb: Sandbox;
  let vpc: Vpc;
  let pop: any;

  before(async () => {
    sb = await startTestSandbox();
    vpc = new Vpc(new $OpenApiUtil.Config({ ...DEFAULT_CREDENTIALS, endpoint: new URL(sb.url).host, protocol: 'http', regionId: REGION }));
    pop = new RPCClient({ ...DEFAULT_CREDENTIALS, endpoint: sb.url, apiVersion: VERSIONS.vpc });
  });
  after(() => sb.close());

  const state = () => JSON.stringify(sb.store.exportState());

  /** A VPN gateway and three customer gateways; `site` keeps IDC addresses apart (one gateway per address). */
  async function vpnNetwork(site: number) {
    const v = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const gw = await call(sb, 'CreateVpnGateway', { VpcId: v.VpcId, Bandwidth: 10 });
    const cgw = async (ip: string) => (await call(sb, 'CreateCustomerGateway', { IpAddress: ip })).CustomerGatewayId as string;
    return { gw: gw.VpnGatewayId as string, cgw1: await cgw(`211.167.${site}.1`), cgw2: await cgw(`211.167.${site}.2`), cgw3: await cgw(`211.167.${site}.3`) };
  }

  it('CreateNatGateway takes AvailabilityMode SingleAZ and DescribeNatGateways shows it; an unknown mode is InvalidParameter with nothing created', async () => {
    const v = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vSwitchId = await createVSwitch(sb, v.VpcId, '172.16.1.0/24', { ZoneId: ZONE });
    const base = { regionId: REGION, vpcId: v.VpcId, vSwitchId, natType: 'Enhanced' };
    const before = state();
    assertRefusal(await refused(() => vpc.createNatGateway(new $Vpc.CreateNatGatewayRequest({ ...base, availabilityMode: 'MultiZone' }))), 'InvalidParameter', 400);
    assert.equal(state(), before);
    const created = await vpc.createNatGateway(new $Vpc.CreateNatGatewayRequest({ ...base, availabilityMode: 'SingleAZ' }));
    const listed = await vpc.describeNatGateways(new $Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId: created.body!.natGatewayId }));
    assert.equal(listed.body!.natGateways!.natGateway![0].availabilityMode, 'SingleAZ');
    const raw = await rpc(sb, 'vpc', 'DescribeNatGateways', { NatGatewayId: created.body!.natGatewayId! });
    assertSdkTypes($Vpc as unknown as Record<string, unknown>, 'DescribeNatGateways', raw.body);
  });

  it('modifies the tunnel a TunnelId names through the typed SDK, and the answer has numeric tunnel ASNs and no null peer ASN', async () => {
    const net = await vpnNetwork(1);
    const Tunnel = $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecification;
    const bgp = (n: number) => new $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig({ localAsn: 65530, tunnelCidr: `169.254.${n}.0/30`, localBgpIp: `169.254.${n}.1` });
    const ike = (psk: string) => new $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig({ psk, ikeVersion: 'ikev2' });
    const created = await vpc.createVpnConnection(new $Vpc.CreateVpnConnectionRequest({
      regionId: REGION, vpnGatewayId: net.gw, localSubnet: '192.168.0.0/16', remoteSubnet: '172.16.0.0/12', enableTunnelsBgp: true,
      tunnelOptionsSpecification: [
        new Tunnel({ customerGatewayId: net.cgw1, role: 'master', tunnelIkeConfig: ike('first-psk'), tunnelBgpConfig: bgp(11) }),
        new Tunnel({ customerGatewayId: net.cgw2, role: 'slave', tunnelIkeConfig: ike('second-psk'), tunnelBgpConfig: bgp(12) }),
      ],
    }));
    const id = created.body!.vpnConnectionId!;
    const read = async () => (await vpc.describeVpnConnection(new $Vpc.DescribeVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id }))).body!;
    const described = await read();
    assert.equal(described.enableTunnelsBgp, true);
    const [t1, t2] = described.tunnelOptionsSpecification!.tunnelOptions!;
    assert.deepEqual([t1.role, t2.role, t2.tunnelIkeConfig!.psk], ['master', 'slave', 'second-psk']);

    const modified = await vpc.modifyVpnConnectionAttribute(new $Vpc.ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: id,
      tunnelOptionsSpecification: [new $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification({
        tunnelId: t2.tunnelId, tunnelIkeConfig: new $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig({ psk: 'changed-psk' }),
      })],
    }));
    const answered = modified.body!.tunnelOptionsSpecification!.tunnelOptions!;
    assert.deepEqual(answered.map((t) => [t.tunnelId, t.tunnelBgpConfig!.localAsn]), [[t1.tunnelId, 65530], [t2.tunnelId, 65530]]);
    // No BGP session runs here, so no peer ASN is reported; "" would reach the typed SDK as null.
    assert.ok(answered.every((t) => t.tunnelBgpConfig!.peerAsn === undefined), 'PeerAsn is left out, not null');
    const after = (await read()).tunnelOptionsSpecification!.tunnelOptions!;
    assert.deepEqual([after[0].tunnelIkeConfig!.psk, after[1].tunnelIkeConfig!.psk], ['first-psk', 'changed-psk']);

    const raw = await rpc(sb, 'vpc', 'ModifyVpnConnectionAttribute', { VpnConnectionId: id, 'TunnelOptionsSpecification.1.TunnelId': t1.tunnelId!, 'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'again-psk' });
    assert.equal(raw.status, 200, raw.text);
    assertSdkTypes($Vpc as unknown as Record<string, unknown>, 'ModifyVpnConnectionAttribute', raw.body);

    const before = state();
    const unknown = await refused(() => vpc.modifyVpnConnectionAttribute(new $Vpc.ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: id,
      tunnelOptionsSpecification: [new $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification({
        tunnelId: 'tun-nosuchtunnel0001', tunnelIkeConfig: new $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig({ psk: 'never-stored' }),
      })],
    })));
    assertRefusal(unknown, 'InvalidParameter', 400);
    assert.equal(state(), before);
  });

  it('a dry-run CreateVpnConnection creates nothing; pop-core\'s NetworkType=private and EnableTunnelsBgp read back through the typed SDK', async () => {
    const net = await vpnNetwork(2);
    const base = { regionId: REGION, vpnGatewayId: net.gw, customerGatewayId: net.cgw3, localSubnet: '192.168.0.0/16', remoteSubnet: '172.16.0.0/12' };
    const before = state();
    assertRefusal(await refused(() => vpc.createVpnConnection(new $Vpc.CreateVpnConnectionRequest({ ...base, dryRun: true }))), 'DryRunOperation', 400);
    assertRefusal(
      await refused(() => pop.request('CreateVpnConnection', { RegionId: REGION, VpnGatewayId: net.gw, CustomerGatewayId: net.cgw3, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12', NetworkType: 'internal' }, { method: 'POST' })),
      'InvalidParameter',
      400,
    );
    assert.equal(state(), before);
    // The typed SDK's CreateVpnConnectionRequest has no NetworkType: pop-core sends it as the real provider does.
    const created = await pop.request('CreateVpnConnection', { RegionId: REGION, VpnGatewayId: net.gw, CustomerGatewayId: net.cgw3, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12', NetworkType: 'private', EnableTunnelsBgp: true }, { method: 'POST' });
    const d = await vpc.describeVpnConnection(new $Vpc.DescribeVpnConnectionRequest({ regionId: REGION, vpnConnectionId: created.VpnConnectionId }));
    assert.deepEqual([d.body!.networkType, d.body!.enableTunnelsBgp], ['private', true]);
  });

  it('refuses to re-point the surviving end of a deleted pair with IncorrectStatus (400) through both SDKs, leaving its opposite as it was', async () => {
    const vpc1 = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
    const vpc2 = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
    const pair = await connectedPair(sb, { routerId: vpc1.VRouterId }, { routerId: vpc2.VRouterId });
    await vpc.deactivateRouterInterface(new $Vpc.DeactivateRouterInterfaceRequest({ regionId: REGION, routerInterfaceId: pair.initiator }));
    await vpc.deleteRouterInterface(new $Vpc.DeleteRouterInterfaceRequest({ regionId: REGION, routerInterfaceId: pair.acceptor }));
    const fresh = await vpc.createRouterInterface(new $Vpc.CreateRouterInterfaceRequest({ regionId: REGION, role: 'AcceptingSide', routerType: 'VRouter', routerId: vpc2.VRouterId, oppositeRegionId: REGION }));
    const before = state();
    const repoint = { regionId: REGION, routerInterfaceId: pair.initiator, oppositeInterfaceId: fresh.body!.routerInterfaceId, oppositeRouterId: vpc2.VRouterId };
    const e = await refused(() => vpc.modifyRouterInterfaceAttribute(new $Vpc.ModifyRouterInterfaceAttributeRequest(repoint)));
    assertRefusal(e, 'IncorrectStatus', 400);
    assert.match(e.message, /Delete .* and create a new interface/);
    const p = await refused(() => pop.request('ModifyRouterInterfaceAttribute', { RegionId: REGION, RouterInterfaceId: pair.initiator, OppositeInterfaceId: fresh.body!.routerInterfaceId }, { method: 'POST' }));
    assertRefusal(p, 'IncorrectStatus', 400);
    assert.equal(state(), before);
    const listed = await vpc.describeRouterInterfaces(new $Vpc.DescribeRouterInterfacesRequest({
      regionId: REGION, filter: [new $Vpc.DescribeRouterInterfacesRequestFilter({ key: 'RouterInterfaceId', value: [pair.initiator] })],
    }));
    const ri = listed.body!.routerInterfaceSet!.routerInterfaceType![0];
    assert.deepEqual([ri.status, ri.oppositeInterfaceId], ['Inactive', pair.acceptor]);
  });
});
