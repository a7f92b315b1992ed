/**
 * The ECS subset against VPCs, VSwitches and route entries made by the VPC product's own actions
 * (CreateVpc, CreateVSwitch, CreateRouteEntry), as a client would use them together.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';
import { fails, IMAGE, TYPE } from '../fixtures';

describe('ECS: instances work with VPCs and VSwitches made by the VPC actions', () => {
  let sb: Sandbox;
  let vpc: { VpcId: string; RouteTableId: string };
  let vswitchId: string;
  beforeEach(async () => {
    sb = await startTestSandbox();
    vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '192.168.0.0/16' });
    vswitchId = (await ok(sb, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, CidrBlock: '192.168.1.0/24', ZoneId: 'cn-hangzhou-h' })).VSwitchId;
  });
  afterEach(() => sb.close());

  async function available(): Promise<number> {
    return (await ok(sb, 'vpc', 'DescribeVSwitchAttributes', { VSwitchId: vswitchId })).AvailableIpAddressCount;
  }

  it('AvailableIpAddressCount drops as instances take addresses and comes back when they are deleted', async () => {
    assert.equal(await available(), 252);
    const run = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: 3 });
    assert.equal(await available(), 249);
    for (const id of run.InstanceIdSets.InstanceIdSet) await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.equal(await available(), 252);
  });

  it('an instance that is a route next hop cannot be deleted until the route entry is gone', async () => {
    const id = (await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId })).InstanceIdSets.InstanceIdSet[0];
    await ok(sb, 'vpc', 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'Instance', NextHopId: id });
    await fails(sb, 'DeleteInstance', { InstanceId: id, Force: true }, 'DependencyViolation.RouteEntry', 400);
    await ok(sb, 'vpc', 'DeleteRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopId: id });
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
  });

  it('a VSwitch with an instance cannot be deleted', async () => {
    await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId });
    const r = await rpc(sb, 'vpc', 'DeleteVSwitch', { VSwitchId: vswitchId });
    assert.equal(r.body.Code, 'DependencyViolation');
  });

  // The default group cannot be deleted on its own (the guide), so it must go with its VPC.
  it('a VPC whose only group is its default security group can be deleted once its instances and VSwitches are gone', async () => {
    const id = (await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId })).InstanceIdSets.InstanceIdSet[0];
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    await ok(sb, 'vpc', 'DeleteVSwitch', { VSwitchId: vswitchId });
    await ok(sb, 'vpc', 'DeleteVpc', { VpcId: vpc.VpcId });
    assert.equal((await ok(sb, 'ecs', 'DescribeSecurityGroups', { VpcId: vpc.VpcId })).TotalCount, 0);
  });
});
