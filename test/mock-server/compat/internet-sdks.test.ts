/**
 * Compatibility of the Internet actions (EIP, NAT gateway, SNAT, DNAT, bandwidth packages) with
 * the official SDKs: @alicloud/pop-core (GET and POST) and @alicloud/vpc20160428 on openapi-core
 * drive the guide's scenarios, error paths surface the real codes and HTTP statuses through the
 * SDKs' own exceptions, and every response field has the type the SDK's model declares.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { DEFAULT_CREDENTIALS, ok, rpc, startTestSandbox } from '../../helpers/rpc';
import { openApiClient, popCoreClient, type CompatClient, type Params } from './clients';

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
    const names: Record<string, string> = spec.names();
    const byWire = new Map(Object.entries(names).map(([prop, wire]) => [wire, prop]));
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

describe('compat: the official SDKs on the Internet actions', function () {
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
  const zoneOf: Record<string, string> = { 'cn-hangzhou': 'cn-hangzhou-h', 'cn-beijing': 'cn-beijing-a', 'cn-shanghai': 'cn-shanghai-b' };

  for (const [label, make, region] of makers) {
    it(`${label}: EIP, NAT gateway, SNAT and the guide's DNAT, with errors through the SDK's exception`, async () => {
      const c = make();
      const R = { RegionId: region };
      const vpc = await c.call('vpc', 'CreateVpc', { ...R, CidrBlock: '172.16.0.0/12' });
      const vsw = await c.call('vpc', 'CreateVSwitch', { ...R, VpcId: vpc.VpcId, ZoneId: zoneOf[region], CidrBlock: '172.16.121.0/24' });
      const nat = await c.call('vpc', 'CreateNatGateway', { ...R, VpcId: vpc.VpcId, VSwitchId: vsw.VSwitchId, NatType: 'Enhanced', Name: 'sdk' });
      assert.match(nat.NatGatewayId, /^ngw-/);
      const snatTableId = nat.SnatTableIds.SnatTableId[0];
      const forwardTableId = nat.ForwardTableIds.ForwardTableId[0];
      const a = await c.call('vpc', 'AllocateEipAddress', { ...R, IpAddress: '118.31.48.48', Bandwidth: '5', InternetChargeType: 'PayByTraffic', Name: 'dnat', ClientToken: `tok-${label}` });
      assert.equal(a.EipAddress, '118.31.48.48');
      const b = await c.call('vpc', 'AllocateEipAddress', { ...R });
      await c.call('vpc', 'AssociateEipAddress', { ...R, AllocationId: a.AllocationId, InstanceId: nat.NatGatewayId, InstanceType: 'Nat' });
      await c.call('vpc', 'AssociateEipAddress', { ...R, AllocationId: b.AllocationId, InstanceId: nat.NatGatewayId, InstanceType: 'Nat' });
      const snat = await c.call('vpc', 'CreateSnatEntry', { ...R, SnatTableId: snatTableId, SnatIp: b.EipAddress, SourceVSwitchId: vsw.VSwitchId, SnatEntryName: 'egress' });
      const fwd = await c.call('vpc', 'CreateForwardEntry', { ...R, ForwardTableId: forwardTableId, ExternalIp: '118.31.48.48', ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.121.123', InternalPort: '8080' });
      assert.match(fwd.ForwardEntryId, /^fwd-/);
      const described = await c.call('vpc', 'DescribeNatGateways', { ...R, NatGatewayId: nat.NatGatewayId });
      const n = described.NatGateways.NatGateway[0];
      assert.equal(n.NatGatewayPrivateInfo.VswitchId, vsw.VSwitchId);
      assert.equal(n.IpLists.IpList.length, 2);
      const eips = await c.call('vpc', 'DescribeEipAddresses', { ...R, AllocationId: a.AllocationId });
      assert.equal(eips.EipAddresses.EipAddress[0].Status, 'InUse');
      assert.equal(eips.EipAddresses.EipAddress[0].Bandwidth, '5');
      const snats = await c.call('vpc', 'DescribeSnatTableEntries', { ...R, SnatTableId: snatTableId });
      assert.equal(snats.SnatTableEntries.SnatTableEntry[0].SourceCIDR, '172.16.121.0/24');
      const fwds = await c.call('vpc', 'DescribeForwardTableEntries', { ...R, ForwardTableId: forwardTableId });
      assert.equal(fwds.ForwardTableEntries.ForwardTableEntry[0].InternalPort, '8080');
      await c.call('vpc', 'ModifyEipAddressAttribute', { ...R, AllocationId: a.AllocationId, Name: 'renamed' });
      await c.call('vpc', 'ModifyNatGatewayAttribute', { ...R, NatGatewayId: nat.NatGatewayId, Description: 'changed' });
      await c.call('vpc', 'ModifySnatEntry', { ...R, SnatTableId: snatTableId, SnatEntryId: snat.SnatEntryId, SnatEntryName: 'renamed' });
      await c.call('vpc', 'ModifyForwardEntry', { ...R, ForwardTableId: forwardTableId, ForwardEntryId: fwd.ForwardEntryId, ForwardEntryName: 'web' });

      await expectSdkError(c, 'CreateSnatEntry', { ...R, SnatTableId: snatTableId, SnatIp: '118.31.48.48', SourceCIDR: '172.16.0.0/24' }, 'Forbidden.IpUsedInForwardTable', 400);
      await expectSdkError(c, 'CreateForwardEntry', { ...R, ForwardTableId: forwardTableId, ExternalIp: '118.31.48.48', ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.121.124', InternalPort: '80' }, 'OperationUnsupported.ForwardEntry', 400);
      await expectSdkError(c, 'ReleaseEipAddress', { ...R, AllocationId: a.AllocationId }, 'IncorrectEipStatus', 400);
      await expectSdkError(c, 'DeleteNatGateway', { ...R, NatGatewayId: nat.NatGatewayId }, 'DependencyViolation.SnatEntry', 400);
      await expectSdkError(c, 'ReleaseEipAddress', { ...R, AllocationId: 'eip-nothere' }, 'InvalidAllocationId.NotFound', 404);

      await c.call('vpc', 'DeleteForwardEntry', { ...R, ForwardTableId: forwardTableId, ForwardEntryId: fwd.ForwardEntryId });
      await c.call('vpc', 'DeleteSnatEntry', { ...R, SnatTableId: snatTableId, SnatEntryId: snat.SnatEntryId });
      await c.call('vpc', 'UnassociateEipAddress', { ...R, AllocationId: a.AllocationId, InstanceId: nat.NatGatewayId, InstanceType: 'Nat' });
      await c.call('vpc', 'DeleteNatGateway', { ...R, NatGatewayId: nat.NatGatewayId, Force: true });
      await c.call('vpc', 'ReleaseEipAddress', { ...R, AllocationId: a.AllocationId });
      await c.call('vpc', 'ReleaseEipAddress', { ...R, AllocationId: b.AllocationId });
      await c.call('vpc', 'DeleteVSwitch', { ...R, VSwitchId: vsw.VSwitchId });
      await c.call('vpc', 'DeleteVpc', { ...R, VpcId: vpc.VpcId });
    });
  }

  it('pop-core drives the guide\'s bandwidth package (actions today\'s typed SDK no longer carries)', async () => {
    const c = popCoreClient(sandbox.url, DEFAULT_CREDENTIALS, 'POST');
    const R = { RegionId: 'cn-shenzhen' };
    const vpc = await c.call('vpc', 'CreateVpc', { ...R, CidrBlock: '172.16.0.0/12' });
    const zones = await c.call('vpc', 'DescribeZones', R);
    const vsw = await c.call('vpc', 'CreateVSwitch', { ...R, VpcId: vpc.VpcId, ZoneId: zones.Zones.Zone[0].ZoneId, CidrBlock: '172.16.121.0/24' });
    const nat = await c.call('vpc', 'CreateNatGateway', { ...R, VpcId: vpc.VpcId, VSwitchId: vsw.VSwitchId });
    const pkg = await c.call('vpc', 'CreateBandwidthPackage', { ...R, NatGatewayId: nat.NatGatewayId, IpCount: 1, Bandwidth: 5 });
    const listed = await c.call('vpc', 'DescribeBandwidthPackages', { ...R, NatGatewayId: nat.NatGatewayId });
    assert.equal(listed.BandwidthPackages.BandwidthPackage[0].BandwidthPackageId, pkg.BandwidthPackageId);
    await expectSdkError(c, 'DeleteNatGateway', { ...R, NatGatewayId: nat.NatGatewayId }, 'DependencyViolation.BandwidthPackages', 400);
    await c.call('vpc', 'DeleteBandwidthPackage', { ...R, BandwidthPackageId: pkg.BandwidthPackageId });
    await c.call('vpc', 'DeleteNatGateway', { ...R, NatGatewayId: nat.NatGatewayId });
  });

  it('answers every Internet read and create with the field types of the @alicloud/vpc20160428 models', async () => {
    const vpc = await ok(sandbox, 'vpc', 'CreateVpc', { CidrBlock: '172.16.0.0/12', RegionId: 'cn-qingdao' });
    const zones = await ok(sandbox, 'vpc', 'DescribeZones', { RegionId: 'cn-qingdao' });
    const call = (action: string, params: Record<string, string | number>) => rpc(sandbox, 'vpc', action, { RegionId: 'cn-qingdao', ...params });
    const vsw = (await call('CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: zones.Zones.Zone[0].ZoneId, CidrBlock: '172.16.121.0/24' })).body;
    const calls: Array<[string, Record<string, string | number>]> = [
      ['CreateNatGateway', { VpcId: vpc.VpcId, VSwitchId: vsw.VSwitchId }],
      ['AllocateEipAddress', {}],
    ];
    const problems: string[] = [];
    const results: Record<string, any> = {};
    for (const [action, params] of calls) {
      const r = await call(action, params);
      assert.equal(r.status, 200, r.text);
      results[action] = r.body;
      typeProblems(r.body, Vpc[`${action}ResponseBody`], action, problems);
    }
    const natId = results.CreateNatGateway.NatGatewayId;
    await call('AssociateEipAddress', { AllocationId: results.AllocateEipAddress.AllocationId, InstanceId: natId, InstanceType: 'Nat' });
    const snat = (await call('CreateSnatEntry', { SnatTableId: results.CreateNatGateway.SnatTableIds.SnatTableId[0], SnatIp: results.AllocateEipAddress.EipAddress, SourceCIDR: '172.16.0.0/24' })).body;
    typeProblems(snat, Vpc.CreateSnatEntryResponseBody, 'CreateSnatEntry', problems);
    const reads: Array<[string, Record<string, string | number>]> = [
      ['DescribeNatGateways', { NatGatewayId: natId }],
      ['DescribeEipAddresses', {}],
      ['DescribeSnatTableEntries', { SnatTableId: results.CreateNatGateway.SnatTableIds.SnatTableId[0] }],
      ['DescribeForwardTableEntries', { ForwardTableId: results.CreateNatGateway.ForwardTableIds.ForwardTableId[0] }],
      ['DescribeHighDefinitionMonitorLogAttribute', { InstanceId: results.AllocateEipAddress.AllocationId }],
    ];
    for (const [action, params] of reads) {
      const r = await call(action, params);
      assert.equal(r.status, 200, r.text);
      assert.ok(Vpc[`${action}ResponseBody`], `the SDK has ${action}ResponseBody`);
      typeProblems(r.body, Vpc[`${action}ResponseBody`], action, problems);
    }
    assert.deepEqual(problems, []);
  });
});

describe('compat: every field of the @alicloud/vpc20160428 request models for the Internet actions is accepted', () => {
  const { sandboxRegistry } = require('../../../mock-server/families');
  const { parseParams, string } = require('../../../mock-server/wire/params');
  const { ApiError } = require('../../../mock-server/errors');
  const ACTIONS = [
    'AllocateEipAddress', 'AssociateEipAddress', 'UnassociateEipAddress', 'ReleaseEipAddress', 'DescribeEipAddresses', 'ModifyEipAddressAttribute', 'DescribeHighDefinitionMonitorLogAttribute',
    'CreateNatGateway', 'DescribeNatGateways', 'ModifyNatGatewayAttribute', 'DeleteNatGateway',
    'CreateSnatEntry', 'DescribeSnatTableEntries', 'ModifySnatEntry', 'DeleteSnatEntry',
    'CreateForwardEntry', 'DescribeForwardTableEntries', 'ModifyForwardEntry', 'DeleteForwardEntry',
  ];
  /** The flat names the SDK's RPC flattening produces: Name, Name.1, Name.1.Field, and Name.Field for objects. */
  function wireNames(model: any): string[] {
    const out: string[] = [];
    const types = model.types();
    for (const [prop, wire] of Object.entries(model.names() as Record<string, string>)) {
      const t = types[prop];
      if (typeof t === 'string') out.push(wire);
      else if (t?.type === 'array' && typeof t.itemType === 'string') out.push(`${wire}.1`);
      else if (t?.type === 'array') for (const w of Object.values(t.itemType.names() as Record<string, string>)) out.push(`${wire}.1.${w}`);
      else if (typeof t === 'function') for (const w of Object.values(t.names() as Record<string, string>)) out.push(`${wire}.${w}`);
      else out.push(wire);
    }
    return out;
  }
  for (const action of ACTIONS) {
    it(`${action} never refuses a field of ${action}Request with UnsupportedParameter`, () => {
      const def = sandboxRegistry().find('vpc', action);
      assert.ok(def, `${action} is not implemented`);
      const schema: Record<string, any> = { RegionId: string() };
      for (const [k, spec] of Object.entries(def.params as Record<string, any>)) schema[k] = { ...spec, read: spec.read, required: false };
      const refused: string[] = [];
      for (const name of wireNames(Vpc[`${action}Request`])) {
        try {
          parseParams(schema, { [name]: 'x' });
        } catch (err) {
          if (err instanceof ApiError && (err as any).code === 'UnsupportedParameter') refused.push(name);
        }
      }
      assert.deepEqual(refused, []);
    });
  }
});
