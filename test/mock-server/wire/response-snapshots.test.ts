/**
 * The exact HTTP responses (status, Content-Type and body bytes, JSON and XML) of the listings SDKs
 * and the Terraform provider read most, after a fixed set-up, compared with committed snapshots.
 * They guard the response shapes against accidental change when code moves. Only values that are
 * random on every run are normalised, the same way everywhere: resource id bodies (mapped to
 * <id1>, <id2> … in order of first appearance, so two fields naming the same resource still agree),
 * RequestIds, MAC addresses and timestamps.
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { expectSnapshot } from '../../helpers/snapshot';
import { ok, rpc, startTestSandbox } from '../../helpers/rpc';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';

function normaliser(): (text: string) => string {
  const ids = new Map<string, string>();
  return (text) =>
    text
      .replace(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/g, '<request-id>')
      .replace(/(?<=-|iZ)[a-z0-9]{20}(?![a-z0-9])/g, (body) => {
        let name = ids.get(body);
        if (!name) ids.set(body, (name = `<id${ids.size + 1}>`));
        return name;
      })
      .replace(/00:16:3e(:[0-9a-f]{2}){3}/g, '<mac>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z/g, '<time>');
}

describe('wire: response snapshots', () => {
  let sb: Sandbox;
  const fixture: Record<string, string> = {};
  /** The fixture's ids in a fixed order, numbered first in every snapshot. */
  const seedIds: string[] = [];

  before(async () => {
    sb = await startTestSandbox({ asyncDelayMs: 0 });
    const vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '192.168.0.0/16', VpcName: 'snap-vpc', Description: 'snapshot fixture', 'Tag.1.Key': 'env', 'Tag.1.Value': 'test' });
    const vsw = await ok(sb, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '192.168.1.0/24', VSwitchName: 'snap-vsw' });
    const sg = await ok(sb, 'ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId, SecurityGroupName: 'snap-sg', Description: 'web tier', 'Tag.1.Key': 'tier', 'Tag.1.Value': 'web' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg.SecurityGroupId, IpProtocol: 'tcp', PortRange: '443/443', SourceCidrIp: '10.0.0.0/8', Priority: 5, Description: 'https <in>' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg.SecurityGroupId, IpProtocol: 'udp', PortRange: '53/53', DestCidrIp: '0.0.0.0/0', Policy: 'drop' });
    const web = await ok(sb, 'ecs', 'RunInstances', {
      ImageId: IMAGE, InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId, SecurityGroupId: sg.SecurityGroupId, InstanceName: 'web', InternetMaxBandwidthOut: 5, 'Tag.1.Key': 'app', 'Tag.1.Value': 'shop',
    });
    // No group given: the instance joins the VPC's default group, created on first use.
    const plain = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: 'ecs.c7.large', VSwitchId: vsw.VSwitchId, PrivateIpAddress: '192.168.1.20' });
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: plain.InstanceIdSets.InstanceIdSet[0] });
    const groups = await ok(sb, 'ecs', 'DescribeSecurityGroups', { VpcId: vpc.VpcId });
    fixture.vpcId = vpc.VpcId;
    fixture.routeTableId = vpc.RouteTableId;
    fixture.sgId = sg.SecurityGroupId;
    fixture.defaultSgId = groups.SecurityGroups.SecurityGroup.find((g: { SecurityGroupId: string }) => g.SecurityGroupId !== sg.SecurityGroupId).SecurityGroupId;
    fixture.webId = web.InstanceIdSets.InstanceIdSet[0];
    seedIds.push(vpc.VpcId, vpc.VRouterId, vpc.RouteTableId, vsw.VSwitchId, sg.SecurityGroupId, fixture.webId, plain.InstanceIdSets.InstanceIdSet[0], fixture.defaultSgId);
  });
  after(() => sb.close());

  const cases: Array<[string, 'vpc' | 'ecs', string, () => Record<string, string>]> = [
    ['DescribeVpcs', 'vpc', 'DescribeVpcs', () => ({})],
    ['DescribeInstances', 'ecs', 'DescribeInstances', () => ({})],
    ['DescribeSecurityGroupAttribute', 'ecs', 'DescribeSecurityGroupAttribute', () => ({ SecurityGroupId: fixture.sgId })],
    ['DescribeSecurityGroupAttribute-default-group', 'ecs', 'DescribeSecurityGroupAttribute', () => ({ SecurityGroupId: fixture.defaultSgId })],
    ['DescribeVSwitches', 'vpc', 'DescribeVSwitches', () => ({ VpcId: fixture.vpcId })],
    ['DescribeRouteEntryList', 'vpc', 'DescribeRouteEntryList', () => ({ RouteTableId: fixture.routeTableId })],
    ['DescribeSecurityGroups', 'ecs', 'DescribeSecurityGroups', () => ({ VpcId: fixture.vpcId })],
    ['DescribeDisks', 'ecs', 'DescribeDisks', () => ({ InstanceId: fixture.webId })],
  ];

  for (const [name, product, action, params] of cases) {
    for (const format of ['JSON', 'XML'] as const) {
      it(`${action} answers ${format} exactly as recorded (${name})`, async () => {
        const r = await rpc(sb, product, action, params(), { format });
        assert.equal(r.status, 200, r.text);
        // Each snapshot numbers ids on its own (so one case can run alone), the fixture's first.
        const normalise = normaliser();
        for (const id of seedIds) normalise(id);
        expectSnapshot(__dirname, `${name}.${format.toLowerCase()}`, { status: r.status, contentType: r.contentType, body: normalise(r.text) });
      });
    }
  }

});
