/**
 * Hostile input on the hybrid-connectivity actions (VPN gateways, customer gateways, VPN
 * connections and routes, router interfaces, access points, physical connections, VBRs, and
 * SandboxTraceRoute): malformed IkeConfig/IpsecConfig/BgpConfig/HealthCheckConfig JSON is refused
 * with 400, and every parameter of every one of these actions, with edge values and the other ids
 * of the request pointing at real resources, gets a 200 or a 4xx with a real code — never a 5xx —
 * and a refused request changes nothing. (The general fuzz suite, fuzz.test.ts, also sends random
 * and hostile requests to these actions, as to every registered one.)
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { declaredErrorCodes } from '../../../mock-server/errors';
import { sandboxRegistry } from '../../../mock-server/families';
import { rpc, startTestSandbox } from '../../helpers/rpc';

const KNOWN_CODES = declaredErrorCodes();

describe('reliability: every parameter of the hybrid-connectivity actions with edge values', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
  });
  after(() => sandbox.close());

  /** VPN gateways, customer gateways, VPN connections and routes, Express Connect, leased lines, and the trace. */
  const HYBRID_ACTION = /Vpn|CustomerGateway|RouterInterface|AccessPoint|PhysicalConnection|VirtualBorderRouter|SandboxTraceRoute/;
  const MALFORMED_JSON = ['{', '{"IkeVersion":', '[]', '["ikev1"]', 'null', '42', '"ikev1"', '{"IkeVersion":"ikev9"}', '{"IkeLifetime":-1}', '{"IkeLifetime":"1e9"}', '{"IkeLifetime":{}}', '{"Psk":"' + 'p'.repeat(101) + '"}', '{"Psk":["a"]}', '{"__proto__":{"IkeMode":"main"}}', '{"IpsecPfs":"group99"}', '{"EnableBgp":true}', '{"enable":true}', '{"IkeVersion":"ikev1"}{"x":1}'];

  it('never answers a 5xx or an unknown code, refuses malformed IkeConfig/IpsecConfig JSON with 400, and a refused request changes nothing', async () => {
    const ok = async (action: string, params: Record<string, string | number>) => {
      const r = await rpc(sandbox, 'vpc', action, params);
      assert.equal(r.status, 200, r.text);
      return r.body;
    };
    const vpc = await ok('CreateVpc', { CidrBlock: '192.168.0.0/16' });
    const vpc2 = await ok('CreateVpc', { CidrBlock: '10.0.0.0/16' });
    const vsw = await ok('CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '192.168.1.0/24' });
    const gw = await ok('CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 10 });
    const cgw = await ok('CreateCustomerGateway', { IpAddress: '211.167.68.68' });
    const cgw2 = await ok('CreateCustomerGateway', { IpAddress: '211.167.68.69' });
    const vco = await ok('CreateVpnConnection', { VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' });
    await ok('CreateVpnRouteEntry', { VpnGatewayId: gw.VpnGatewayId, RouteDest: '172.16.0.0/12', NextHop: vco.VpnConnectionId, Weight: 100, PublishVpc: 'false' });
    const ri = await ok('CreateRouterInterface', { Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: vpc.VRouterId, OppositeRegionId: 'cn-hangzhou', Spec: 'Small.1' });
    const ra = await ok('CreateRouterInterface', { Role: 'AcceptingSide', RouterType: 'VRouter', RouterId: vpc2.VRouterId, OppositeRegionId: 'cn-hangzhou' });
    const pc = await ok('CreatePhysicalConnection', { AccessPointId: 'ap-cn-hangzhou-sandbox-a', LineOperator: 'CT' });
    await ok('EnablePhysicalConnection', { PhysicalConnectionId: pc.PhysicalConnectionId });
    const vbr = await ok('CreateVirtualBorderRouter', { PhysicalConnectionId: pc.PhysicalConnectionId, VlanId: 10 });

    // Malformed IkeConfig / IpsecConfig / BgpConfig / HealthCheckConfig JSON: 400 with a real code, nothing stored.
    for (const json of MALFORMED_JSON) {
      for (const [action, key, extra] of [
        ['CreateVpnConnection', 'IkeConfig', { VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw2.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' }],
        ['CreateVpnConnection', 'IpsecConfig', { VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw2.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' }],
        ['CreateVpnConnection', 'BgpConfig', { VpnGatewayId: gw.VpnGatewayId, CustomerGatewayId: cgw2.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' }],
        ['ModifyVpnConnectionAttribute', 'IkeConfig', { VpnConnectionId: vco.VpnConnectionId }],
        ['ModifyVpnConnectionAttribute', 'HealthCheckConfig', { VpnConnectionId: vco.VpnConnectionId }],
      ] as const) {
        // BgpConfig and HealthCheckConfig ignore keys they do not know and store the feature switched
        // on as configuration; only text that is not a JSON object fails.
        if (key === 'BgpConfig' || key === 'HealthCheckConfig') {
          let parsed: unknown;
          try {
            parsed = JSON.parse(json);
          } catch {
            parsed = undefined;
          }
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) continue;
        }
        const before = JSON.stringify(sandbox.store.exportState());
        const r = await rpc(sandbox, 'vpc', action, { ...extra, [key]: json });
        assert.equal(r.status, 400, `${action} ${key}=${json} → ${r.status} ${r.text.slice(0, 200)}`);
        assert.ok(KNOWN_CODES.has(r.body.Code), r.text);
        assert.equal(JSON.stringify(sandbox.store.exportState()), before, `${action} ${key}=${json} was refused but changed the store`);
      }
    }

    const ids: Record<string, string> = {
      VpcId: vpc.VpcId,
      VSwitchId: vsw.VSwitchId,
      SourceVSwitchId: vsw.VSwitchId,
      VpnGatewayId: gw.VpnGatewayId,
      CustomerGatewayId: cgw2.CustomerGatewayId,
      VpnConnectionId: vco.VpnConnectionId,
      NextHop: vco.VpnConnectionId,
      RouterInterfaceId: ri.RouterInterfaceId,
      OppositeInterfaceId: ra.RouterInterfaceId,
      RouterId: vpc.VRouterId,
      OppositeRouterId: vpc2.VRouterId,
      OppositeRegionId: 'cn-hangzhou',
      PhysicalConnectionId: pc.PhysicalConnectionId,
      AccessPointId: 'ap-cn-hangzhou-sandbox-a',
      VbrId: vbr.VbrId,
      InstanceId: gw.VpnGatewayId,
    };
    const values = ['', '0', '-1', '100', '3000', 'true', 'InitiatingSide', 'AcceptingSide', 'VBR', 'Negative', 'Small.1', '172.16.0.0/12', '192.168.0.0/16,172.16.0.0/12', '10.0.0.0/33', '211.167.68.68', '256.1.1.1', ...MALFORMED_JSON.slice(0, 6), ...Object.values(ids), 'ä'.repeat(300)];
    const registry = sandboxRegistry();
    const failures: string[] = [];
    const actions = registry.names('vpc').filter((a) => HYBRID_ACTION.test(a));
    assert.ok(actions.length >= 40, `only ${actions.length} hybrid actions: ${actions.join(', ')}`);
    let sent = 0;
    const started = Date.now();
    const destructive = /^(Delete|Terminate|Deactivate)/;
    const ordered = [...actions.filter((a) => !destructive.test(a)), ...actions.filter((a) => destructive.test(a))];
    for (const action of ordered) {
      const names = Object.keys(registry.find('vpc', action)!.params);
      for (const name of names) {
        for (const value of values) {
          if (Date.now() - started > 50_000) break;
          const base: Record<string, string> = {};
          for (const other of names) if (other !== name && ids[other]) base[other] = ids[other];
          const before = JSON.stringify(sandbox.store.exportState());
          const r = await rpc(sandbox, 'vpc', action, { ...base, [name]: value });
          sent++;
          if (r.status >= 500 || r.status < 200 || (r.status !== 200 && !KNOWN_CODES.has(r.body?.Code))) failures.push(`${action} ${name}=${JSON.stringify(value).slice(0, 40)} → ${r.status} ${r.text.slice(0, 200)}`);
          if (r.status !== 200 && JSON.stringify(sandbox.store.exportState()) !== before) failures.push(`${action} ${name}=${JSON.stringify(value).slice(0, 40)} was refused (${r.body?.Code}) but changed the store`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(sent > 1500, `${sent} requests`);
  });
});
