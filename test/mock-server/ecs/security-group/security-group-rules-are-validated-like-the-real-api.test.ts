import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { addVpc, createGroup, fails, failsWithoutChange, network, runOne } from '../fixtures';

async function permissions(sb: Sandbox, sg: string, extra: Record<string, string> = {}): Promise<any[]> {
  return (await ok(sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: sg, ...extra })).Permissions.Permission;
}

describe('ECS: security groups are created, described, modified and deleted like the real API', () => {
  let sb: Sandbox;
  let vpcId: string;
  beforeEach(async () => {
    sb = await startTestSandbox();
    vpcId = await addVpc(sb);
  });
  afterEach(() => sb.close());

  it('CreateSecurityGroup with a VpcId needs an existing, Available VPC (without one it makes a classic group: see groups-without-a-vpc…)', async () => {
    await failsWithoutChange(sb, 'CreateSecurityGroup', { VpcId: 'vpc-missing' }, 'InvalidVpcId.NotFound', 404);
    const pending = await addVpc(sb, { lifecycle: { status: 'Available', phases: [{ status: 'Pending', until: Date.now() + 60_000 }] } });
    await failsWithoutChange(sb, 'CreateSecurityGroup', { VpcId: pending }, 'IncorrectVpcStatus', 400);
  });

  it('checks the name, description and type', async () => {
    await failsWithoutChange(sb, 'CreateSecurityGroup', { VpcId: vpcId, SecurityGroupName: 'x' }, 'InvalidSecurityGroupName.Malformed', 400);
    await failsWithoutChange(sb, 'CreateSecurityGroup', { VpcId: vpcId, SecurityGroupName: 'http://evil' }, 'InvalidSecurityGroupName.Malformed', 400);
    await failsWithoutChange(sb, 'CreateSecurityGroup', { VpcId: vpcId, Description: 'https://x.example' }, 'InvalidSecurityGroupDiscription.Malformed', 400);
    await failsWithoutChange(sb, 'CreateSecurityGroup', { VpcId: vpcId, SecurityGroupType: 'premium' }, 'InvalidSecurityGroupType.ValueNotSupported', 400);
  });

  it('DescribeSecurityGroups returns SecurityGroups.SecurityGroup[] and filters by VpcId, ids, name and tags', async () => {
    const other = await addVpc(sb, { cidr: '10.0.0.0/8' });
    const web = await createGroup(sb, vpcId, { SecurityGroupName: 'web', Description: 'web tier', 'Tag.1.Key': 'tier', 'Tag.1.Value': 'web' });
    const db = await createGroup(sb, vpcId, { SecurityGroupName: 'db', SecurityGroupType: 'enterprise' });
    await createGroup(sb, other, { SecurityGroupName: 'elsewhere' });
    const all = await ok(sb, 'ecs', 'DescribeSecurityGroups', {});
    assert.equal(all.TotalCount, 3);
    assert.equal(all.PageSize, 10);
    const byVpc = await ok(sb, 'ecs', 'DescribeSecurityGroups', { VpcId: vpcId });
    assert.deepEqual(byVpc.SecurityGroups.SecurityGroup.map((g: any) => g.SecurityGroupId), [web, db]);
    const one = (await ok(sb, 'ecs', 'DescribeSecurityGroups', { SecurityGroupId: web })).SecurityGroups.SecurityGroup[0];
    assert.equal(one.SecurityGroupName, 'web');
    assert.equal(one.Description, 'web tier');
    assert.equal(one.SecurityGroupType, 'normal');
    assert.equal(one.VpcId, vpcId);
    assert.equal(one.EcsCount, 0);
    assert.deepEqual(one.Tags, { Tag: [{ TagKey: 'tier', TagValue: 'web' }] });
    assert.match(one.CreationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal((await ok(sb, 'ecs', 'DescribeSecurityGroups', { SecurityGroupIds: JSON.stringify([db]) })).TotalCount, 1);
    assert.equal((await ok(sb, 'ecs', 'DescribeSecurityGroups', { SecurityGroupName: 'db' })).TotalCount, 1);
    assert.equal((await ok(sb, 'ecs', 'DescribeSecurityGroups', { 'Tag.1.Key': 'tier' })).TotalCount, 1);
    await fails(sb, 'DescribeSecurityGroups', { PageSize: 51 }, 'InvalidParameter', 400);
  });

  it('DescribeSecurityGroupAttribute of an unknown group is InvalidSecurityGroupId.NotFound (404)', async () => {
    await fails(sb, 'DescribeSecurityGroupAttribute', { SecurityGroupId: 'sg-missing' }, 'InvalidSecurityGroupId.NotFound', 404);
  });

  it('ModifySecurityGroupAttribute and ModifySecurityGroupPolicy change name, description and inner access policy', async () => {
    const sg = await createGroup(sb, vpcId, { SecurityGroupName: 'before' });
    await ok(sb, 'ecs', 'ModifySecurityGroupAttribute', { SecurityGroupId: sg, SecurityGroupName: 'after', Description: 'changed' });
    await ok(sb, 'ecs', 'ModifySecurityGroupPolicy', { SecurityGroupId: sg, InnerAccessPolicy: 'Drop' });
    const attr = await ok(sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: sg });
    assert.equal(attr.SecurityGroupName, 'after');
    assert.equal(attr.Description, 'changed');
    assert.equal(attr.InnerAccessPolicy, 'Drop');
    assert.equal(attr.VpcId, vpcId);
    await failsWithoutChange(sb, 'ModifySecurityGroupAttribute', { SecurityGroupId: sg, SecurityGroupName: '9lives' }, 'InvalidSecurityGroupName.Malformed');
  });

  it('DeleteSecurityGroup is refused while an instance uses the group (DependencyViolation), then succeeds', async () => {
    const net = await network(sb);
    const vswitchId = net.vswitchId;
    const groupVpc = await createGroup(sb, net.vpcId);
    const id = await runOne(sb, vswitchId, { SecurityGroupId: groupVpc });
    await failsWithoutChange(sb, 'DeleteSecurityGroup', { SecurityGroupId: groupVpc }, 'DependencyViolation', 403);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    await ok(sb, 'ecs', 'DeleteSecurityGroup', { SecurityGroupId: groupVpc });
    await fails(sb, 'DeleteSecurityGroup', { SecurityGroupId: groupVpc }, 'InvalidSecurityGroupId.NotFound', 404);
  });

  it('DeleteSecurityGroup is refused while another group\'s rule references it', async () => {
    const a = await createGroup(sb, vpcId);
    const b = await createGroup(sb, vpcId);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: a, IpProtocol: 'tcp', PortRange: '22/22', SourceGroupId: b });
    await failsWithoutChange(sb, 'DeleteSecurityGroup', { SecurityGroupId: b }, 'DependencyViolation', 403);
  });
});

describe('ECS: security group rules are validated like the real API', () => {
  let sb: Sandbox;
  let vpcId: string;
  let sg: string;
  beforeEach(async () => {
    sb = await startTestSandbox();
    vpcId = await addVpc(sb);
    sg = await createGroup(sb, vpcId);
  });
  afterEach(() => sb.close());

  it('AuthorizeSecurityGroup with the flat legacy parameters adds an ingress rule in the real response shape', async () => {
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8', Description: 'ssh' });
    const [p] = await permissions(sb, sg);
    assert.match(p.SecurityGroupRuleId, /^sgr-/);
    assert.equal(p.Direction, 'ingress');
    assert.equal(p.IpProtocol, 'TCP');
    assert.equal(p.PortRange, '22/22');
    assert.equal(p.Policy, 'Accept');
    assert.equal(p.Priority, '1');
    assert.equal(p.NicType, 'intranet');
    assert.equal(p.SourceCidrIp, '10.0.0.0/8');
    assert.equal(p.DestCidrIp, '');
    assert.equal(p.SourceGroupId, '');
    assert.equal(p.Description, 'ssh');
    assert.match(p.CreateTime, /Z$/);
  });

  it('Permissions.N.* adds several rules at once, and AuthorizeSecurityGroupEgress adds egress rules', async () => {
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', {
      SecurityGroupId: sg,
      'Permissions.1.IpProtocol': 'TCP', 'Permissions.1.PortRange': '80/80', 'Permissions.1.SourceCidrIp': '0.0.0.0/0',
      'Permissions.2.IpProtocol': 'udp', 'Permissions.2.PortRange': '53/53', 'Permissions.2.SourceCidrIp': '192.168.0.0/16', 'Permissions.2.Policy': 'Drop', 'Permissions.2.Priority': '5',
    });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, 'Permissions.1.IpProtocol': 'all', 'Permissions.1.DestCidrIp': '0.0.0.0/0' });
    const ingress = await permissions(sb, sg, { Direction: 'ingress' });
    assert.deepEqual(ingress.map((p) => [p.IpProtocol, p.PortRange, p.Policy, p.Priority]), [['TCP', '80/80', 'Accept', '1'], ['UDP', '53/53', 'Drop', '5']]);
    const egress = await permissions(sb, sg, { Direction: 'egress' });
    assert.deepEqual(egress.map((p) => [p.Direction, p.IpProtocol, p.PortRange, p.DestCidrIp]), [['egress', 'ALL', '-1/-1', '0.0.0.0/0']]);
    assert.equal((await permissions(sb, sg)).length, 3);
    assert.equal((await permissions(sb, sg, { NicType: 'internet' })).length, 0);
    assert.equal((await permissions(sb, sg, { NicType: '<nil>' })).length, 3);
  });

  it('authorizing an existing rule again succeeds silently without adding a rule', async () => {
    const rule = { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', SourceCidrIp: '0.0.0.0/0' };
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', rule);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...rule, IpProtocol: 'TCP', Description: 'same rule' });
    assert.equal((await permissions(sb, sg)).length, 1);
  });

  it('protocols are tcp, udp, icmp, gre, all and icmpv6 in any case', async () => {
    for (const proto of ['ICMP', 'gre', 'All', 'icmpv6']) {
      await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: proto, SourceCidrIp: '10.0.0.0/8' });
    }
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'sctp', SourceCidrIp: '10.0.0.0/8' }, 'InvalidIpProtocol.ValueNotSupported', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, SourceCidrIp: '10.0.0.0/8' }, 'MissingParameter', 400);
  });

  it('tcp and udp need a real port range 1–65535 with from ≤ to; other protocols take only -1/-1', async () => {
    const base = { SecurityGroupId: sg, SourceCidrIp: '10.0.0.0/8' };
    for (const bad of ['0/22', '22/65536', '100/80', '22', 'a/b', '-1/-1']) {
      await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, IpProtocol: 'tcp', PortRange: bad }, 'InvalidPortRange.Malformed', 400);
    }
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, IpProtocol: 'udp' }, 'MissingParameter', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, IpProtocol: 'icmp', PortRange: '22/22' }, 'OperationDenied', 400);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...base, IpProtocol: 'tcp', PortRange: '1/65535' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...base, IpProtocol: 'icmp', PortRange: '-1/-1' });
  });

  it('priority is 1–100 (default 1), policy is accept or drop, NicType is intranet', async () => {
    const base = { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
    for (const bad of ['0', '101', 'high', '1.5']) {
      await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, Priority: bad }, 'InvalidPriority.ValueNotSupported', 400);
    }
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, Policy: 'allow' }, 'InvalidPolicy.Malformed', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, NicType: 'internet' }, 'InvalidNicType.Mismatch', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, NicType: 'wifi' }, 'InvalidNicType.ValueNotSupported', 400);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...base, Priority: '100', Policy: 'DROP', NicType: 'intranet' });
    const [p] = await permissions(sb, sg);
    assert.equal(p.Priority, '100');
    assert.equal(p.Policy, 'Drop');
  });

  it('a rule needs exactly one well-formed source (ingress) or destination (egress)', async () => {
    const base = { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22' };
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', base, 'MissingParameter.Source', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroupEgress', base, 'MissingParameter.Dest', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, SourceCidrIp: '10.0.0.0/33' }, 'InvalidSourceCidrIp.Malformed', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, SourceCidrIp: '10.0.0.1/8' }, 'InvalidSourceCidrIp.Malformed', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroupEgress', { ...base, DestCidrIp: 'nowhere' }, 'InvalidDestCidrIp.Malformed', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, SourceCidrIp: '10.0.0.0/8', SourceGroupId: sg }, 'InvalidParamter.Conflict', 403);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, SourcePrefixListId: 'pl-x' }, 'InvalidPrefixListId.NotFound', 404);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...base, SourceCidrIp: '192.168.1.10' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...base, Ipv6SourceCidrIp: '2001:db8::/32' });
    const ps = await permissions(sb, sg);
    assert.deepEqual(ps.map((p) => p.SourceCidrIp || p.Ipv6SourceCidrIp), ['192.168.1.10', '2001:db8::/32']);
  });

  it('a source group must exist (InvalidSourceGroupId.NotFound) and have the same network type (InvalidSourceGroupId.Mismatch for a classic group)', async () => {
    const base = { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22' };
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, SourceGroupId: 'sg-missing' }, 'InvalidSourceGroupId.NotFound', 404);
    const classic = (await ok(sb, 'ecs', 'CreateSecurityGroup', { SecurityGroupName: 'classic' })).SecurityGroupId;
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { ...base, SourceGroupId: classic }, 'InvalidSourceGroupId.Mismatch', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroupEgress', { ...base, DestGroupId: classic }, 'InvalidDestGroupId.Mismatch', 400);
    await failsWithoutChange(sb, 'AuthorizeSecurityGroupEgress', { ...base, DestGroupId: 'sg-missing' }, 'InvalidDestGroupId.NotFound', 404);
    const peer = await createGroup(sb, vpcId, { SecurityGroupName: 'peer' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...base, SourceGroupId: peer });
    const [p] = await permissions(sb, sg);
    assert.equal(p.SourceGroupId, peer);
    assert.equal(p.SourceGroupName, 'peer');
  });

  it('a group of another VPC in the region may be the source or destination (as the real cloud accepts; the rule matters once the networks are connected)', async () => {
    const foreign = await createGroup(sb, await addVpc(sb, { cidr: '10.0.0.0/8' }), { SecurityGroupName: 'elsewhere' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '3306/3306', SourceGroupId: foreign });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '10/10', DestGroupId: foreign });
    const ps = await permissions(sb, sg);
    assert.deepEqual(ps.map((p) => [p.Direction, p.PortRange, p.SourceGroupId, p.DestGroupId]), [
      ['ingress', '3306/3306', foreign, ''],
      ['egress', '10/10', '', foreign],
    ]);
  });

  it('an unknown group answers InvalidSecurityGroupId.NotFound', async () => {
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { SecurityGroupId: 'sg-missing', IpProtocol: 'all', SourceCidrIp: '0.0.0.0/0' }, 'InvalidSecurityGroupId.NotFound', 404);
  });

  it('a group holds at most 200 rules, ingress and egress together (AuthorizationLimitExceed)', async () => {
    const perms = (from: number, n: number, cidrField: string) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [
        [`Permissions.${i + 1}.IpProtocol`, 'tcp'],
        [`Permissions.${i + 1}.PortRange`, `${from + i}/${from + i}`],
        [`Permissions.${i + 1}.${cidrField}`, '10.0.0.0/8'],
      ]).flat());
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, ...perms(1000, 100, 'SourceCidrIp') });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, ...perms(2000, 99, 'DestCidrIp') });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '3000/3000', DestCidrIp: '10.0.0.0/8' });
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '4000/4000', SourceCidrIp: '10.0.0.0/8' }, 'AuthorizationLimitExceed', 403);
    // A duplicate of an existing rule is still accepted at the limit.
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '1000/1000', SourceCidrIp: '10.0.0.0/8' });
  });

  it('a rejected batch adds none of its rules', async () => {
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', {
      SecurityGroupId: sg,
      'Permissions.1.IpProtocol': 'tcp', 'Permissions.1.PortRange': '22/22', 'Permissions.1.SourceCidrIp': '10.0.0.0/8',
      'Permissions.2.IpProtocol': 'tcp', 'Permissions.2.PortRange': '99999/1', 'Permissions.2.SourceCidrIp': '10.0.0.0/8',
    }, 'InvalidPortRange.Malformed');
  });

  it('RevokeSecurityGroup removes a rule by its fields; revoking a rule that is not there succeeds', async () => {
    const rule = { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', rule);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { ...rule, PortRange: '23/23' });
    await ok(sb, 'ecs', 'RevokeSecurityGroup', { SecurityGroupId: sg, 'Permissions.1.IpProtocol': 'TCP', 'Permissions.1.PortRange': '22/22', 'Permissions.1.SourceCidrIp': '10.0.0.0/8', 'Permissions.1.Priority': '1', 'Permissions.1.Policy': 'accept', 'Permissions.1.NicType': 'intranet' });
    assert.deepEqual((await permissions(sb, sg)).map((p) => p.PortRange), ['23/23']);
    await ok(sb, 'ecs', 'RevokeSecurityGroup', rule);
    assert.equal((await permissions(sb, sg)).length, 1);
  });

  it('RevokeSecurityGroup without Priority removes the matching rule whatever its priority; with Priority only that priority', async () => {
    // The real API identifies a rule by protocol, ports, policy, NIC type and peer; Priority is
    // not part of it, so a rule authorized with Priority 5 goes when the revoke leaves it out.
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '80/80', SourceCidrIp: '0.0.0.0/0', Priority: '5' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', SourceCidrIp: '0.0.0.0/0', Priority: '7' });
    await ok(sb, 'ecs', 'RevokeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', SourceCidrIp: '0.0.0.0/0', Priority: '8' });
    assert.equal((await permissions(sb, sg)).length, 2, 'a revoke naming another priority matches nothing');
    await ok(sb, 'ecs', 'RevokeSecurityGroup', { SecurityGroupId: sg, 'Permissions.1.IpProtocol': 'TCP', 'Permissions.1.PortRange': '80/80', 'Permissions.1.SourceCidrIp': '0.0.0.0/0', 'Permissions.1.Policy': 'accept' });
    assert.deepEqual((await permissions(sb, sg)).map((p) => p.PortRange), ['443/443']);
    await ok(sb, 'ecs', 'ModifySecurityGroupRule', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '443/443', SourceCidrIp: '0.0.0.0/0', Description: 'https' });
    const [rule] = await permissions(sb, sg);
    assert.equal(rule.Description, 'https');
    assert.equal(rule.Priority, '7', 'the description change keeps the priority');
  });

  it('RevokeSecurityGroup without Priority removes a rule of the default group (priority 100)', async () => {
    const { vswitchId } = await network(sb);
    const id = await runOne(sb, vswitchId);
    const [defaultGroup] = (await ok(sb, 'ecs', 'DescribeInstanceAttribute', { InstanceId: id })).SecurityGroupIds.SecurityGroupId;
    await ok(sb, 'ecs', 'RevokeSecurityGroup', { SecurityGroupId: defaultGroup, IpProtocol: 'tcp', PortRange: '3389/3389', SourceCidrIp: '0.0.0.0/0' });
    const ports = (await permissions(sb, defaultGroup, { Direction: 'ingress' })).map((p) => p.PortRange);
    assert.ok(!ports.includes('3389/3389'), `3389 should be revoked, still have ${ports.join(', ')}`);
    assert.ok(ports.includes('22/22'));
  });

  it('RevokeSecurityGroupEgress removes by SecurityGroupRuleId.N; an unknown rule ID is an error', async () => {
    await ok(sb, 'ecs', 'AuthorizeSecurityGroupEgress', { SecurityGroupId: sg, IpProtocol: 'all', DestCidrIp: '0.0.0.0/0' });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'all', SourceCidrIp: '0.0.0.0/0' });
    const [egress] = await permissions(sb, sg, { Direction: 'egress' });
    const [ingress] = await permissions(sb, sg, { Direction: 'ingress' });
    await failsWithoutChange(sb, 'RevokeSecurityGroupEgress', { SecurityGroupId: sg, 'SecurityGroupRuleId.1': ingress.SecurityGroupRuleId }, 'InvalidSecurityGroupRule.RuleNotExist', 404);
    await ok(sb, 'ecs', 'RevokeSecurityGroupEgress', { SecurityGroupId: sg, 'SecurityGroupRuleId.1': egress.SecurityGroupRuleId });
    assert.deepEqual((await permissions(sb, sg)).map((p) => p.Direction), ['ingress']);
  });

  it('ModifySecurityGroupRule changes a rule by SecurityGroupRuleId, or the description of the rule its fields identify', async () => {
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8', Description: 'old' });
    const [before] = await permissions(sb, sg);
    await ok(sb, 'ecs', 'ModifySecurityGroupRule', { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8', Description: 'by fields' });
    assert.equal((await permissions(sb, sg))[0].Description, 'by fields');
    await ok(sb, 'ecs', 'ModifySecurityGroupRule', { SecurityGroupId: sg, SecurityGroupRuleId: before.SecurityGroupRuleId, PortRange: '2222/2222', SourceCidrIp: '172.16.0.0/12' });
    const [after] = await permissions(sb, sg);
    assert.equal(after.SecurityGroupRuleId, before.SecurityGroupRuleId);
    assert.equal(after.PortRange, '2222/2222');
    assert.equal(after.SourceCidrIp, '172.16.0.0/12');
    assert.equal(after.Description, 'by fields');
    await failsWithoutChange(sb, 'ModifySecurityGroupRule', { SecurityGroupId: sg, SecurityGroupRuleId: 'sgr-missing', Description: 'x' }, 'InvalidSecurityGroupRule.RuleNotExist', 404);
    await failsWithoutChange(sb, 'ModifySecurityGroupRule', { SecurityGroupId: sg, SecurityGroupRuleId: before.SecurityGroupRuleId, PortRange: '0/1' }, 'InvalidPortRange.Malformed');
    await failsWithoutChange(sb, 'ModifySecurityGroupEgressRule', { SecurityGroupId: sg, SecurityGroupRuleId: before.SecurityGroupRuleId, Description: 'x' }, 'InvalidSecurityGroupRule.RuleNotExist', 404);
  });

  it('mixing Permissions.N with the flat rule parameters is refused', async () => {
    await failsWithoutChange(sb, 'AuthorizeSecurityGroup', {
      SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8',
      'Permissions.1.IpProtocol': 'tcp', 'Permissions.1.PortRange': '80/80', 'Permissions.1.SourceCidrIp': '10.0.0.0/8',
    }, 'InvalidParameter', 400);
  });

  it('ClientToken makes AuthorizeSecurityGroup idempotent', async () => {
    const rule = { SecurityGroupId: sg, IpProtocol: 'tcp', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8', ClientToken: 'auth-1' };
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', rule);
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', rule);
    await fails(sb, 'AuthorizeSecurityGroup', { ...rule, PortRange: '23/23' }, 'IdempotentParameterMismatch');
  });
});
