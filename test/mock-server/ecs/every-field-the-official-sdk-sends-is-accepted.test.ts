/**
 * The official ECS SDK (@alicloud/ecs20140526) must never be refused with UnsupportedParameter.
 * For each ECS action the sandbox serves, a request model with every field set is sent through
 * the real SDK client to a capturing endpoint; each flattened parameter it puts on the wire
 * (`Tag.1.Key`, `Permissions.1.PortRange`, `NetworkInterface.1.SecurityGroupIds.1`, …) must then be
 * one the action's schema consumes. A second part drives the sandbox itself with the SDK.
 */
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from '../../../mock-server/app';
import { sandboxRegistry } from '../../../mock-server/families';
import { COMMON_PARAMETERS, string, type ParamSchema } from '../../../mock-server/wire/params';
import { DEFAULT_CREDENTIALS, startTestSandbox } from '../../helpers/rpc';
import { network } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const Ecs = require('@alicloud/ecs20140526');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const OpenApi = require('@alicloud/openapi-core');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Dara = require('@darabonba/typescript');

/** A model instance with every field set (two entries in every list, recursively). */
function fill(cls: any): any {
  const names = cls.names();
  const types = cls.types();
  const obj: Record<string, unknown> = {};
  for (const k of Object.keys(names)) obj[k] = sample(types[k]);
  return new cls(obj);
}

function sample(t: any): unknown {
  if (t === 'string') return 'x';
  if (t === 'number') return 1;
  if (t === 'boolean') return true;
  if (typeof t === 'function') return fill(t);
  if (t && t.type === 'array') return [sample(t.itemType), sample(t.itemType)];
  if (t && t.type === 'map') return { k: 'v' };
  return 'x';
}

function sdkClient(endpoint: string) {
  return new Ecs.default(
    new OpenApi.$OpenApiUtil.Config({
      accessKeyId: DEFAULT_CREDENTIALS.accessKeyId,
      accessKeySecret: DEFAULT_CREDENTIALS.accessKeySecret,
      endpoint,
      protocol: 'http',
      regionId: 'cn-hangzhou',
    }),
  );
}

function call(client: any, action: string, request: unknown): Promise<any> {
  const method = `${action[0].toLowerCase()}${action.slice(1)}WithOptions`;
  return client[method](request, new Dara.RuntimeOptions({}));
}

/** The raw keys a schema consumes from `raw`, ignoring value errors (only the names matter here). */
function consumedKeys(schema: ParamSchema, raw: Record<string, string>): Set<string> {
  const consumed = new Set<string>();
  for (const [name, spec] of Object.entries({ RegionId: string(), ...schema })) {
    try {
      spec.read(raw, name, consumed);
    } catch {
      // A value the action would reject is fine: the parameter name was still recognised.
    }
  }
  return consumed;
}

describe('ECS: every field the official SDK sends is accepted', () => {
  let capture: http.Server;
  let captured: Array<Record<string, string>> = [];
  let endpoint: string;

  before(async () => {
    capture = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const params: Record<string, string> = {};
        for (const [k, v] of new URL(req.url ?? '/', 'http://x').searchParams) params[k] = v;
        for (const [k, v] of new URLSearchParams(body)) params[k] = v;
        captured.push(params);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"RequestId":"CAPTURED"}');
      });
    });
    await new Promise<void>((r) => capture.listen(0, '127.0.0.1', r));
    endpoint = `127.0.0.1:${(capture.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => capture.close(() => r())));

  const registry = sandboxRegistry();
  // Every ECS action except the sandbox-only admin ones, which have no SDK model.
  for (const action of registry.names('ecs').filter((a) => !a.startsWith('Sandbox'))) {
    it(`${action}: every flattened field of ${action}Request is accepted`, async () => {
      const model = Ecs[`${action}Request`];
      assert.ok(model, `the SDK has no ${action}Request model`);
      captured = [];
      await call(sdkClient(endpoint), action, fill(model));
      assert.equal(captured.length, 1);
      const raw = captured[0];
      const def = registry.find('ecs', action)!;
      const consumed = consumedKeys(def.params, raw);
      const refused = Object.keys(raw).filter((k) => !consumed.has(k) && !COMMON_PARAMETERS.has(k));
      assert.deepEqual(refused, [], `${action} would refuse ${refused.join(', ')} as UnsupportedParameter`);
      assert.ok(Object.keys(raw).length > 0);
    });
  }
});

describe('ECS: the official SDK (ACS3 signatures) drives the sandbox end to end', () => {
  let sb: Sandbox;
  let client: any;
  before(async () => {
    sb = await startTestSandbox();
    client = sdkClient(new URL(sb.url).host);
  });
  after(() => sb.close());

  it('RunInstances, DescribeInstances, StopInstance and DeleteInstance work as the SDK sends them (no RegionId on the instance actions)', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const sg = await call(client, 'CreateSecurityGroup', new Ecs.CreateSecurityGroupRequest({ regionId: 'cn-hangzhou', vpcId, securityGroupName: 'sdk-sg' }));
    const sgId = sg.body.securityGroupId;
    assert.match(sgId, /^sg-/);
    await call(client, 'AuthorizeSecurityGroup', new Ecs.AuthorizeSecurityGroupRequest({
      regionId: 'cn-hangzhou',
      securityGroupId: sgId,
      permissions: [new Ecs.AuthorizeSecurityGroupRequestPermissions({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8', policy: 'Accept', priority: '1' })],
    }));
    const run = await call(client, 'RunInstances', new Ecs.RunInstancesRequest({
      regionId: 'cn-hangzhou', imageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instanceType: 'ecs.g7.large', vSwitchId: vswitchId,
      securityGroupIds: [sgId], amount: 1, internetMaxBandwidthOut: 1, tag: [new Ecs.RunInstancesRequestTag({ key: 'env', value: 'sdk' })],
      systemDisk: new Ecs.RunInstancesRequestSystemDisk({ category: 'cloud_essd', size: '40' }),
    }));
    const id = run.body.instanceIdSets.instanceIdSet[0];
    const described = await call(client, 'DescribeInstances', new Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', instanceIds: JSON.stringify([id]) }));
    const inst = described.body.instances.instance[0];
    assert.equal(inst.instanceId, id);
    assert.equal(inst.status, 'Running');
    assert.deepEqual(inst.vpcAttributes.privateIpAddress.ipAddress, ['192.168.1.1']);
    assert.deepEqual(inst.securityGroupIds.securityGroupId, [sgId]);
    assert.equal(inst.tags.tag[0].tagKey, 'env');
    await call(client, 'StopInstance', new Ecs.StopInstanceRequest({ instanceId: id }));
    const attr = await call(client, 'DescribeInstanceAttribute', new Ecs.DescribeInstanceAttributeRequest({ instanceId: id }));
    assert.equal(attr.body.status, 'Stopped');
    await call(client, 'ModifyInstanceVpcAttribute', new Ecs.ModifyInstanceVpcAttributeRequest({ instanceId: id, vSwitchId: vswitchId, privateIpAddress: '192.168.1.20' }));
    await call(client, 'DeleteInstance', new Ecs.DeleteInstanceRequest({ instanceId: id, force: true }));
    const rules = await call(client, 'DescribeSecurityGroupAttribute', new Ecs.DescribeSecurityGroupAttributeRequest({ regionId: 'cn-hangzhou', securityGroupId: sgId }));
    assert.equal(rules.body.permissions.permission[0].ipProtocol, 'TCP');
    const zones = await call(client, 'DescribeZones', new Ecs.DescribeZonesRequest({ regionId: 'cn-hangzhou' }));
    assert.ok(zones.body.zones.zone.length >= 2);
  });

  it('SDK errors carry the real code and status', async () => {
    await assert.rejects(
      call(client, 'StartInstance', new Ecs.StartInstanceRequest({ instanceId: 'i-missing' })),
      (err: any) => err.code === 'InvalidInstanceId.NotFound' && err.statusCode === 404,
    );
  });
});
