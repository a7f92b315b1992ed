/**
 * Hostile input on the Internet actions (EIP, NAT gateway, SNAT, DNAT, bandwidth packages, and the
 * egress lookup): every parameter of every one of them, with edge values and with the other ids of
 * the request pointing at real resources, gets a 200 or a 4xx with a real code — never a 5xx — and
 * a refused request changes nothing. (The general fuzz suite, fuzz.test.ts, also sends random and
 * hostile requests to these actions, as to every registered one.)
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { declaredErrorCodes } from '../../../mock-server/errors';
import { sandboxRegistry } from '../../../mock-server/families';
import { rpc, startTestSandbox } from '../../helpers/rpc';

const KNOWN_CODES = declaredErrorCodes();
describe('reliability: every parameter of the Internet actions with edge values', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
  });
  after(() => sandbox.close());

  /** The EIP, NAT gateway, SNAT, DNAT and bandwidth-package actions, and the lookup that explains egress. */
  const INTERNET_ACTION = /EipAddress|HighDefinitionMonitor|NatGateway|SnatEntr|ForwardEntr|ForwardTable|BandwidthPackage|SandboxLookupRoute/;

  it('never answers a 5xx or an unknown code, and a refused request changes nothing', async () => {
    const ok = async (product: 'vpc' | 'ecs', action: string, params: Record<string, string | number>) => {
      const r = await rpc(sandbox, product, action, params);
      assert.equal(r.status, 200, r.text);
      return r.body;
    };
    const vpc = await ok('vpc', 'CreateVpc', { CidrBlock: '172.16.0.0/12' });
    const vsw = await ok('vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '172.16.121.0/24' });
    const run = await ok('ecs', 'RunInstances', { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId });
    const instanceId = run.InstanceIdSets.InstanceIdSet[0];
    const nat = await ok('vpc', 'CreateNatGateway', { VpcId: vpc.VpcId, VSwitchId: vsw.VSwitchId });
    const snatTableId = nat.SnatTableIds.SnatTableId[0];
    const forwardTableId = nat.ForwardTableIds.ForwardTableId[0];
    const [e1, e2, e3] = [await ok('vpc', 'AllocateEipAddress', {}), await ok('vpc', 'AllocateEipAddress', { IpAddress: '118.31.48.48' }), await ok('vpc', 'AllocateEipAddress', {})];
    await ok('vpc', 'AssociateEipAddress', { AllocationId: e1.AllocationId, InstanceId: nat.NatGatewayId, InstanceType: 'Nat' });
    await ok('vpc', 'AssociateEipAddress', { AllocationId: e2.AllocationId, InstanceId: nat.NatGatewayId, InstanceType: 'Nat' });
    const snat = await ok('vpc', 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: e1.EipAddress, SourceVSwitchId: vsw.VSwitchId });
    const fwd = await ok('vpc', 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: '118.31.48.48', ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.121.123', InternalPort: '8080' });
    const pkg = await ok('vpc', 'CreateBandwidthPackage', { NatGatewayId: nat.NatGatewayId, IpCount: 1, Bandwidth: 5 });
    const ids: Record<string, string> = {
      AllocationId: e3.AllocationId,
      InstanceId: instanceId,
      NatGatewayId: nat.NatGatewayId,
      VpcId: vpc.VpcId,
      VSwitchId: vsw.VSwitchId,
      SourceVSwitchId: vsw.VSwitchId,
      SnatTableId: snatTableId,
      ForwardTableId: forwardTableId,
      SnatEntryId: snat.SnatEntryId,
      ForwardEntryId: fwd.ForwardEntryId,
      BandwidthPackageId: pkg.BandwidthPackageId,
      RouteTableId: vpc.RouteTableId,
      AssociatedInstanceId: instanceId,
    };
    const values = ['', '0', '-1', '65536', 'Any', 'any', 'tcp', 'Nat', 'EcsInstance', 'true', '1/0', '80/70', '1/65535', ...Object.values(ids), '118.31.48.48', e1.EipAddress, '172.16.121.123', '0.0.0.0/0', '10.0.0.0/33', '256.1.1.1', 'ä'.repeat(300), `${e1.EipAddress},${e2.EipAddress}`];
    const registry = sandboxRegistry();
    const failures: string[] = [];
    const actions = registry.names('vpc').filter((a) => INTERNET_ACTION.test(a));
    assert.ok(actions.length >= 20, `only ${actions.length} Internet actions: ${actions.join(', ')}`);
    let sent = 0;
    const started = Date.now();
    // Destructive actions last, so the fixtures stay alive for the others.
    const ordered = [...actions.filter((a) => !/^(Delete|Release|Unassociate)/.test(a)), ...actions.filter((a) => /^(Delete|Release|Unassociate)/.test(a))];
    for (const action of ordered) {
      const names = Object.keys(registry.find('vpc', action)!.params);
      for (const name of names) {
        for (const value of values) {
          if (Date.now() - started > 60_000) break;
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
