/**
 * Every field the sandbox returns has the type the official SDK's response model declares for it
 * (numbers as numbers, booleans as booleans, lists as lists, nested objects as objects), so typed
 * SDK users and the Terraform provider's type assertions see what the real cloud sends.
 * Fields the models do not know are reported too: they would be dropped by the typed SDKs.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../helpers/rpc';

/** Mismatches accepted on purpose, so this test flags only new ones. None today. */
const KNOWN_MISMATCHES = new Set<string>();

const models: Record<'vpc' | 'ecs', any> = { vpc: require('@alicloud/vpc20160428'), ecs: require('@alicloud/ecs20140526') };

/** Compares a JSON value with a model type spec; collects "path: problem" strings. */
function check(value: unknown, spec: any, at: string, problems: string[], unknown: string[]): void {
  if (value === undefined || value === null) return;
  if (typeof spec === 'string') {
    const want = spec === 'number' || spec === 'integer' || spec === 'long' ? 'number' : spec === 'boolean' ? 'boolean' : spec === 'string' ? 'string' : spec === 'any' ? typeof value : spec;
    if (['number', 'boolean', 'string'].includes(want) && typeof value !== want) problems.push(`${at}: ${want} expected, got ${typeof value} ${JSON.stringify(value).slice(0, 40)}`);
    return;
  }
  if (typeof spec === 'function') {
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${at}: object expected, got ${Array.isArray(value) ? 'array' : typeof value}`);
      return;
    }
    const names: Record<string, string> = spec.names();
    const types: Record<string, any> = spec.types();
    const byWire = new Map(Object.entries(names).map(([prop, wire]) => [wire, prop]));
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const prop = byWire.get(k);
      if (!prop) {
        unknown.push(`${at}.${k}`);
        continue;
      }
      check(v, types[prop], `${at}.${k}`, problems, unknown);
    }
    return;
  }
  if (spec && spec.type === 'array') {
    if (!Array.isArray(value)) {
      problems.push(`${at}: array expected, got ${typeof value}`);
      return;
    }
    value.forEach((item, i) => check(item, spec.itemType, `${at}[${i}]`, problems, unknown));
    return;
  }
  if (spec && spec.type === 'map') return;
}

describe('compat: response field types match the official SDK models', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  const calls: Array<['vpc' | 'ecs', string, Record<string, string | number | boolean>]> = [];

  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
    const vpc = await ok(sandbox, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16', 'Tag.1.Key': 'env', 'Tag.1.Value': 'test' });
    const vsw = await ok(sandbox, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24', 'Tag.1.Key': 'env', 'Tag.1.Value': 'test' });
    const sg = await ok(sandbox, 'ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId });
    await ok(sandbox, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg.SecurityGroupId, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' });
    const run = await ok(sandbox, 'ecs', 'RunInstances', { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId, SecurityGroupId: sg.SecurityGroupId, InternetMaxBandwidthOut: 5 });
    const instanceId = run.InstanceIdSets.InstanceIdSet[0];
    await ok(sandbox, 'vpc', 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '192.168.0.0/24', NextHopType: 'Instance', NextHopId: instanceId });
    calls.push(
      ['vpc', 'DescribeVpcs', {}],
      ['vpc', 'DescribeVpcAttribute', { VpcId: vpc.VpcId }],
      ['vpc', 'DescribeVSwitches', { VpcId: vpc.VpcId }],
      ['vpc', 'DescribeVSwitchAttributes', { VSwitchId: vsw.VSwitchId }],
      ['vpc', 'DescribeVRouters', {}],
      ['vpc', 'DescribeRouteTables', { RouteTableId: vpc.RouteTableId }],
      ['vpc', 'DescribeRouteTableList', { VpcId: vpc.VpcId }],
      ['vpc', 'DescribeRouteEntryList', { RouteTableId: vpc.RouteTableId }],
      ['vpc', 'ListTagResources', { ResourceType: 'VPC', 'ResourceId.1': vpc.VpcId }],
      ['vpc', 'CreateVpc', { CidrBlock: '172.16.0.0/16' }],
      ['vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-i', CidrBlock: '10.0.2.0/24' }],
      ['vpc', 'CreateDefaultVpc', {}],
      ['ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([instanceId]) }],
      ['ecs', 'DescribeInstanceAttribute', { InstanceId: instanceId }],
      ['ecs', 'DescribeSecurityGroups', {}],
      ['ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: sg.SecurityGroupId }],
      ['ecs', 'DescribeRegions', {}],
      ['ecs', 'DescribeZones', {}],
      ['ecs', 'DescribeAvailableResource', { DestinationResource: 'Zone' }],
      ['ecs', 'ListTagResources', { ResourceType: 'securitygroup', 'ResourceId.1': sg.SecurityGroupId }],
      ['ecs', 'RunInstances', { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId, SecurityGroupId: sg.SecurityGroupId }],
      ['ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId }],
    );
  });
  after(() => sandbox.close());

  it('returns only fields of the declared types for every read and create the scenarios use', async () => {
    const problems: string[] = [];
    const unknownFields: string[] = [];
    for (const [product, action, params] of calls) {
      const Body = models[product][`${action}ResponseBody`];
      assert.ok(Body, `the ${product} SDK has a ${action}ResponseBody model`);
      const r = await rpc(sandbox, product, action, params);
      assert.equal(r.status, 200, `${action}: ${r.text}`);
      check(r.body, Body, `${product}:${action}`, problems, unknownFields);
    }
    // Unknown fields are harmless for JSON users but invisible to typed SDK users; list them on request.
    if (unknownFields.length > 0 && process.env.SHOW_UNKNOWN_FIELDS) console.log(unknownFields.join('\n'));
    assert.deepEqual(problems.filter((p) => !KNOWN_MISMATCHES.has(p)), []);
  });
});
