import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { describeOne, failsWithoutChange, network, runOne } from '../fixtures';

/** A rule as a comparable tuple: direction, protocol, ports, peer CIDR, policy. */
function ruleSet(perms: any[]): string[] {
  return perms.map((p) => `${p.Direction} ${p.IpProtocol} ${p.PortRange} ${p.SourceCidrIp || p.DestCidrIp} ${p.Policy}`).sort();
}

/**
 * The guide: "Default security group 1: All outbound access is allowed. Inbound access is allowed
 * from all ICMP ports and TCP ports 22, 3389, 80, and 443" (non-default VPCs); "Default security
 * group 2: All outbound access is allowed. Inbound access is allowed from all ICMP ports and TCP
 * ports 22 and 3389" (the default VPC). "You can change the rules in the default security group
 * but you cannot delete the default security group."
 */
describe('ECS: default security groups follow the guide', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  async function defaultGroupOf(instanceId: string): Promise<{ id: string; perms: any[] }> {
    const id = (await describeOne(sb, instanceId)).SecurityGroupIds.SecurityGroupId[0];
    const attr = await ok(sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: id });
    return { id, perms: attr.Permissions.Permission };
  }

  it('an instance launched without a group in a non-default VPC gets default group 1: all outbound; inbound ICMP and TCP 22, 3389, 80, 443', async () => {
    const { vswitchId } = await network(sb);
    const { perms } = await defaultGroupOf(await runOne(sb, vswitchId));
    assert.deepEqual(ruleSet(perms), [
      'egress ALL -1/-1 0.0.0.0/0 Accept',
      'ingress ICMP -1/-1 0.0.0.0/0 Accept',
      'ingress TCP 22/22 0.0.0.0/0 Accept',
      'ingress TCP 3389/3389 0.0.0.0/0 Accept',
      'ingress TCP 443/443 0.0.0.0/0 Accept',
      'ingress TCP 80/80 0.0.0.0/0 Accept',
    ]);
    for (const p of perms) assert.equal(p.NicType, 'intranet');
  });

  it('an instance launched without a group in the default VPC gets default group 2: all outbound; inbound ICMP and TCP 22, 3389', async () => {
    const { vswitchId } = await network(sb, { isDefault: true });
    const { perms } = await defaultGroupOf(await runOne(sb, vswitchId));
    assert.deepEqual(ruleSet(perms), [
      'egress ALL -1/-1 0.0.0.0/0 Accept',
      'ingress ICMP -1/-1 0.0.0.0/0 Accept',
      'ingress TCP 22/22 0.0.0.0/0 Accept',
      'ingress TCP 3389/3389 0.0.0.0/0 Accept',
    ]);
  });

  it('the default group is created once per VPC and shared by later instances', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const a = await defaultGroupOf(await runOne(sb, vswitchId));
    const b = await defaultGroupOf(await runOne(sb, vswitchId));
    assert.equal(a.id, b.id);
    assert.equal((await ok(sb, 'ecs', 'DescribeSecurityGroups', { VpcId: vpcId })).TotalCount, 1);
  });

  it('its rules can be changed, but DeleteSecurityGroup on it is refused with OperationDenied.DefaultSecurityGroup', async () => {
    const { vswitchId } = await network(sb);
    const instance = await runOne(sb, vswitchId);
    const { id, perms } = await defaultGroupOf(instance);
    const rdp = perms.find((p) => p.PortRange === '3389/3389');
    await ok(sb, 'ecs', 'RevokeSecurityGroup', { SecurityGroupId: id, 'SecurityGroupRuleId.1': rdp.SecurityGroupRuleId });
    await ok(sb, 'ecs', 'AuthorizeSecurityGroup', { SecurityGroupId: id, IpProtocol: 'tcp', PortRange: '8080/8080', SourceCidrIp: '10.0.0.0/8' });
    const after = (await ok(sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: id })).Permissions.Permission;
    assert.ok(!after.some((p: any) => p.PortRange === '3389/3389'));
    assert.ok(after.some((p: any) => p.PortRange === '8080/8080'));
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: instance, Force: true });
    await failsWithoutChange(sb, 'DeleteSecurityGroup', { SecurityGroupId: id }, 'OperationDenied.DefaultSecurityGroup', 403);
  });

  it('an instance launched with a group does not create the default group', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const sg = (await ok(sb, 'ecs', 'CreateSecurityGroup', { VpcId: vpcId })).SecurityGroupId;
    await runOne(sb, vswitchId, { SecurityGroupId: sg });
    assert.equal((await ok(sb, 'ecs', 'DescribeSecurityGroups', { VpcId: vpcId })).TotalCount, 1);
    assert.deepEqual((await ok(sb, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: sg })).Permissions.Permission, []);
  });
});
