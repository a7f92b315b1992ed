/**
 * Compatibility of the hybrid-connectivity actions (VPN gateway, customer gateway, VPN connection
 * and routes, router interfaces, access points, leased lines, VBRs) with the official SDKs:
 * @alicloud/pop-core (GET and POST) and @alicloud/vpc20160428 on openapi-core drive the guide's
 * scenarios, errors surface the real codes and statuses through the SDKs' own exceptions, every
 * response field has the type the SDK's model declares, and SandboxTraceRoute answers through the
 * generic openapi-core call.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { DEFAULT_CREDENTIALS, startTestSandbox } from '../../helpers/rpc';
import { openApiClient, openApiGenericClient, popCoreClient, type CompatClient, type Params } from './clients';

const Vpc = require('@alicloud/vpc20160428');

/** Field types against the SDK model: numbers as numbers, strings as strings, lists as lists. */
function typeProblems(value: unknown, spec: any, at: string, out: string[]): void {
  if (value === undefined || value === null) return;
  if (typeof spec === 'string') {
    const want = ['number', 'integer', 'long'].includes(spec) ? 'number' : spec;
    if (['number', 'boolean', 'string'].includes(want) && typeof value !== want) out.push(`${at}: ${want} expected, got ${JSON.stringify(value)}`);
    return;
  }
  if (typeof spec === 'function') {
    if (typeof value !== 'object' || Array.isArray(value)) return void out.push(`${at}: object expected`);
    const byWire = new Map(Object.entries(spec.names() as Record<string, string>).map(([prop, wire]) => [wire, prop]));
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const prop = byWire.get(k);
      if (prop) typeProblems(v, spec.types()[prop], `${at}.${k}`, out);
    }
    return;
  }
  if (spec?.type === 'array') {
    if (!Array.isArray(value)) return void out.push(`${at}: array expected`);
    value.forEach((item, i) => typeProblems(item, spec.itemType, `${at}[${i}]`, out));
  }
}

function assertTypes(action: string, body: unknown): void {
  const problems: string[] = [];
  typeProblems(body, Vpc[`${action}ResponseBody`], action, problems);
  assert.deepEqual(problems, []);
}

async function expectSdkError(c: CompatClient, action: string, params: Params, code: string, status: number): Promise<void> {
  let failed: unknown;
  try {
    await c.call('vpc', action, params);
  } catch (err) {
    failed = err;
  }
  assert.ok(failed, `${c.name}: ${action} should have failed with ${code}`);
  const e = c.errorOf(failed);
  assert.equal(e.code, code, `${c.name}: ${action}: ${e.message}`);
  assert.equal(e.statusCode, status, `${c.name}: ${action} status`);
}

describe('compat: the official SDKs on the hybrid-connectivity actions', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
  });
  after(() => sandbox.close());

  const makers: Array<[string, () => CompatClient, string]> = [
    ['pop-core GET', () => popCoreClient(sandbox.url, DEFAULT_CREDENTIALS, 'GET'), 'cn-hangzhou'],
    ['pop-core POST', () => popCoreClient(sandbox.url, DEFAULT_CREDENTIALS, 'POST'), 'cn-beijing'],
    ['@alicloud/vpc20160428', () => openApiClient(sandbox.url, DEFAULT_CREDENTIALS), 'cn-shanghai'],
  ];

  for (const [label, make, region] of makers) {
    it(`${label}: the guide's VPN tutorial, with the download seen from the IDC and errors through the SDK's exception`, async () => {
      const c = make();
      const R = { RegionId: region };
      const vpc = await c.call('vpc', 'CreateVpc', { ...R, CidrBlock: '192.168.0.0/16' });
      const gw = await c.call('vpc', 'CreateVpnGateway', { ...R, VpcId: vpc.VpcId, Bandwidth: 10, Name: 'vpn-gw', InstanceChargeType: 'POSTPAY', AutoPay: true, EnableIpsec: true, EnableSsl: false, ClientToken: `gw-${label}` });
      assert.match(gw.VpnGatewayId, /^vpn-/);
      const g = await c.call('vpc', 'DescribeVpnGateway', { ...R, VpnGatewayId: gw.VpnGatewayId });
      assertTypes('DescribeVpnGateway', g);
      assert.deepEqual([g.Status, g.Spec, typeof g.CreateTime], ['active', '10M', 'number']);
      const cgw = await c.call('vpc', 'CreateCustomerGateway', { ...R, IpAddress: '211.167.68.68', Name: 'idc-gw', Description: 'the IDC' });
      assertTypes('CreateCustomerGateway', cgw);
      await expectSdkError(c, 'CreateCustomerGateway', { ...R, IpAddress: '211.167.68.68' }, 'InvalidIpAddress.AlreadyExist', 400);
      await expectSdkError(c, 'CreateCustomerGateway', { ...R, IpAddress: '10.0.0.1' }, 'InvalidIpAddress.WrongFormat', 400);
      const vco = await c.call('vpc', 'CreateVpnConnection', {
        ...R,
        VpnGatewayId: gw.VpnGatewayId,
        CustomerGatewayId: cgw.CustomerGatewayId,
        LocalSubnet: '192.168.0.0/16',
        RemoteSubnet: '172.16.0.0/12',
        Name: 'to-idc',
        EffectImmediately: false,
        IkeConfig: JSON.stringify({ IkeVersion: 'ikev2', Psk: '123456' }),
        IpsecConfig: JSON.stringify({ IpsecPfs: 'group2' }),
      });
      const d = await c.call('vpc', 'DescribeVpnConnection', { ...R, VpnConnectionId: vco.VpnConnectionId });
      assertTypes('DescribeVpnConnection', d);
      assert.deepEqual([d.State, d.IkeConfig.IkeVersion, d.IkeConfig.IkeMode, d.IkeConfig.IkeLifetime], ['active', 'ikev2', 'main', 86400]);
      await expectSdkError(c, 'CreateVpnConnection', { ...R, VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw.CustomerGatewayId, LocalSubnet: '10.0.0.0/8', RemoteSubnet: '10.1.0.0/16' }, 'InvalidParameter', 400);
      await expectSdkError(c, 'CreateVpnConnection', { ...R, VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12', IkeConfig: '{"IkeVersion":' }, 'InvalidParameter', 400);
      const cfg = await c.call('vpc', 'DownloadVpnConnectionConfig', { ...R, VpnConnectionId: vco.VpnConnectionId });
      assertTypes('DownloadVpnConnectionConfig', cfg);
      assert.deepEqual([cfg.VpnConnectionConfig.Local, cfg.VpnConnectionConfig.Remote, cfg.VpnConnectionConfig.LocalSubnet, cfg.VpnConnectionConfig.RemoteSubnet], ['211.167.68.68', g.InternetIp, '172.16.0.0/12', '192.168.0.0/16']);
      const e = await c.call('vpc', 'CreateVpnRouteEntry', { ...R, VpnGatewayId: gw.VpnGatewayId, RouteDest: '172.16.0.0/12', NextHop: vco.VpnConnectionId, Weight: 100, PublishVpc: false });
      assertTypes('CreateVpnRouteEntry', e);
      const routes = await c.call('vpc', 'DescribeVpnRouteEntries', { ...R, VpnGatewayId: gw.VpnGatewayId });
      assertTypes('DescribeVpnRouteEntries', routes);
      assert.equal(routes.TotalCount, 1);
      await c.call('vpc', 'CreateRouteEntry', { ...R, RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'VpnGateway', NextHopId: gw.VpnGatewayId });
      for (const [action, body] of [
        ['DescribeVpnGateways', await c.call('vpc', 'DescribeVpnGateways', { ...R, VpcId: vpc.VpcId })],
        ['DescribeCustomerGateways', await c.call('vpc', 'DescribeCustomerGateways', { ...R })],
        ['DescribeVpnConnections', await c.call('vpc', 'DescribeVpnConnections', { ...R, VpnGatewayId: gw.VpnGatewayId })],
      ] as const) assertTypes(action, body);
      await expectSdkError(c, 'DeleteVpnGateway', { ...R, VpnGatewayId: gw.VpnGatewayId }, 'DependencyViolation.RouteEntry', 400);
      await expectSdkError(c, 'DescribeVpnConnection', { ...R, VpnConnectionId: 'vco-missing' }, 'InvalidVpnConnectionInstanceId.NotFound', 404);
      await c.call('vpc', 'DeleteVpnRouteEntry', { ...R, VpnGatewayId: gw.VpnGatewayId, RouteDest: '172.16.0.0/12', NextHop: vco.VpnConnectionId, Weight: 100 });
      await c.call('vpc', 'DeleteVpnConnection', { ...R, VpnConnectionId: vco.VpnConnectionId });
      await c.call('vpc', 'DeleteCustomerGateway', { ...R, CustomerGatewayId: cgw.CustomerGatewayId });
    });

    it(`${label}: peering with router interfaces and a leased line with a VBR`, async () => {
      const c = make();
      const R = { RegionId: region };
      const vpc1 = await c.call('vpc', 'CreateVpc', { ...R, CidrBlock: '172.16.0.0/16' });
      const vpc2 = await c.call('vpc', 'CreateVpc', { ...R, CidrBlock: '192.168.0.0/16' });
      const ri1 = await c.call('vpc', 'CreateRouterInterface', { ...R, Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc1.VRouterId, OppositeRegionId: region, Spec: 'Large.2', OppositeRouterType: 'VRouter', Name: 'RI1' });
      const ri2 = await c.call('vpc', 'CreateRouterInterface', { ...R, Role: 'AcceptingSide', RouterType: 'VRouter', RouterId: vpc2.VRouterId, OppositeRegionId: region, Name: 'RI2' });
      assertTypes('CreateRouterInterface', ri1);
      await expectSdkError(c, 'ConnectRouterInterface', { ...R, RouterInterfaceId: ri1.RouterInterfaceId }, 'IncorrectOppositeInterfaceInfo.NotSet', 400);
      await c.call('vpc', 'ModifyRouterInterfaceAttribute', { ...R, RouterInterfaceId: ri1.RouterInterfaceId, OppositeInterfaceId: ri2.RouterInterfaceId, OppositeRouterId: vpc2.VRouterId });
      await c.call('vpc', 'ModifyRouterInterfaceAttribute', { ...R, RouterInterfaceId: ri2.RouterInterfaceId, OppositeInterfaceId: ri1.RouterInterfaceId, OppositeRouterId: vpc1.VRouterId });
      await expectSdkError(c, 'ConnectRouterInterface', { ...R, RouterInterfaceId: ri2.RouterInterfaceId }, 'IncorrectRole.NotInitiatingSide', 400);
      await c.call('vpc', 'ConnectRouterInterface', { ...R, RouterInterfaceId: ri1.RouterInterfaceId });
      const list = await c.call('vpc', 'DescribeRouterInterfaces', { ...R });
      assertTypes('DescribeRouterInterfaces', list);
      assert.deepEqual(list.RouterInterfaceSet.RouterInterfaceType.map((x: any) => x.Status), ['Active', 'Active']);
      await c.call('vpc', 'CreateRouteEntry', { ...R, RouteTableId: vpc1.RouteTableId, DestinationCidrBlock: '192.168.0.0/16', NextHopType: 'RouterInterface', NextHopId: ri1.RouterInterfaceId });
      await c.call('vpc', 'DeactivateRouterInterface', { ...R, RouterInterfaceId: ri1.RouterInterfaceId });
      await expectSdkError(c, 'DeleteRouterInterface', { ...R, RouterInterfaceId: ri1.RouterInterfaceId }, 'DependencyViolation.RouterInterfaceReferedByRouteEntry', 400);

      const aps = await c.call('vpc', 'DescribeAccessPoints', { ...R });
      assertTypes('DescribeAccessPoints', aps);
      const ap = aps.AccessPointSet.AccessPointType[0].AccessPointId;
      const pc = await c.call('vpc', 'CreatePhysicalConnection', { ...R, AccessPointId: ap, LineOperator: 'CT', PortType: '1000Base-LX', Name: 'line' });
      await expectSdkError(c, 'CreateVirtualBorderRouter', { ...R, PhysicalConnectionId: pc.PhysicalConnectionId, VlanId: 10 }, 'InvalidPhysicalConnectionId.NotEnabled', 400);
      await c.call('vpc', 'EnablePhysicalConnection', { ...R, PhysicalConnectionId: pc.PhysicalConnectionId });
      assertTypes('DescribePhysicalConnections', await c.call('vpc', 'DescribePhysicalConnections', { ...R }));
      const vbr = await c.call('vpc', 'CreateVirtualBorderRouter', { ...R, PhysicalConnectionId: pc.PhysicalConnectionId, VlanId: 10, LocalGatewayIp: '10.0.0.1', PeerGatewayIp: '10.0.0.2', PeeringSubnetMask: '255.255.255.252' });
      await expectSdkError(c, 'CreateVirtualBorderRouter', { ...R, PhysicalConnectionId: pc.PhysicalConnectionId, VlanId: 10 }, 'InvalidVlanId.Used', 400);
      const vbrs = await c.call('vpc', 'DescribeVirtualBorderRouters', { ...R });
      assertTypes('DescribeVirtualBorderRouters', vbrs);
      const v = vbrs.VirtualBorderRouterSet.VirtualBorderRouterType[0];
      assert.deepEqual([v.VbrId, v.Status, v.VlanId], [vbr.VbrId, 'active', 10]);
      assert.match(v.RouteTableId, /^vtb-/);
      await c.call('vpc', 'DeleteVirtualBorderRouter', { ...R, VbrId: vbr.VbrId });
    });
  }

  it('reaches SandboxTraceRoute through the generic openapi-core call', async () => {
    const c = openApiGenericClient(sandbox.url, DEFAULT_CREDENTIALS);
    const R = { RegionId: 'cn-guangzhou' };
    const vpc = await c.call('vpc', 'CreateVpc', { ...R, CidrBlock: '192.168.0.0/16' });
    const vsw = await c.call('vpc', 'CreateVSwitch', { ...R, VpcId: vpc.VpcId, ZoneId: 'cn-guangzhou-a', CidrBlock: '192.168.1.0/24' });
    const gw = await c.call('vpc', 'CreateVpnGateway', { ...R, VpcId: vpc.VpcId, Bandwidth: 10 });
    const cgw = await c.call('vpc', 'CreateCustomerGateway', { ...R, IpAddress: '211.167.68.68' });
    await c.call('vpc', 'CreateVpnConnection', { ...R, VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' });
    await c.call('vpc', 'CreateRouteEntry', { ...R, RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'VpnGateway', NextHopId: gw.VpnGatewayId });
    const t = await c.call('vpc', 'SandboxTraceRoute', { ...R, SourceVSwitchId: vsw.VSwitchId, DestinationIp: '172.16.5.5' });
    assert.equal(t.Result, 'Idc', t.Reason);
    assert.deepEqual(t.Hops.Hop.map((h: any) => h.Type), ['VSwitch', 'RouteTable', 'VpnGateway', 'VpnConnection', 'CustomerGateway']);
  });
});
