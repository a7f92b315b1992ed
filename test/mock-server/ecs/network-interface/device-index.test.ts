/**
 * Attachment.DeviceIndex is fixed when an ENI is attached (the lowest free index from 1) and
 * freed when it is detached, as on the real cloud: another ENI's detach never renumbers it.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { createGroup, failsWithoutChange, network, runOne } from '../fixtures';

describe('ECS: an ENI keeps the device index it was attached with', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await startTestSandbox();
  });
  afterEach(() => sb.close());

  it('hands out the lowest free index, keeps the others in place when one detaches, and reuses the freed one', async () => {
    const { vpcId, vswitchId } = await network(sb);
    const groupId = await createGroup(sb, vpcId);
    // 16 vCPUs: room for eight ENIs.
    const instanceId = await runOne(sb, vswitchId, { SecurityGroupId: groupId, InstanceType: 'ecs.g7.4xlarge' });
    const create = async () => (await ok(sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vswitchId, SecurityGroupId: groupId })).NetworkInterfaceId as string;
    const [a, b, c, d] = [await create(), await create(), await create(), await create()];
    const attach = (id: string) => ok(sb, 'ecs', 'AttachNetworkInterface', { NetworkInterfaceId: id, InstanceId: instanceId });
    const indexes = async () => {
      const listed = (await ok(sb, 'ecs', 'DescribeNetworkInterfaces', { InstanceId: instanceId })).NetworkInterfaceSets.NetworkInterfaceSet;
      const fromList = Object.fromEntries(listed.map((e: any) => [e.NetworkInterfaceId, e.Attachment.DeviceIndex]));
      for (const e of listed) {
        const attr = await ok(sb, 'ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: e.NetworkInterfaceId });
        if (e.Type === 'Secondary') assert.equal(attr.Attachment.DeviceIndex, fromList[e.NetworkInterfaceId], 'both reads agree');
      }
      return fromList;
    };

    // Attached in an order that differs from creation order.
    for (const id of [c, a, b]) await attach(id);
    assert.deepEqual([(await indexes())[c], (await indexes())[a], (await indexes())[b]], [1, 2, 3]);

    // A refused detach (wrong instance) changes nothing.
    await failsWithoutChange(sb, 'DetachNetworkInterface', { NetworkInterfaceId: a, InstanceId: await runOne(sb, vswitchId, { SecurityGroupId: groupId }) }, 'InvalidOperation.InvalidEniState');

    await ok(sb, 'ecs', 'DetachNetworkInterface', { NetworkInterfaceId: c, InstanceId: instanceId });
    let now = await indexes();
    assert.deepEqual([now[a], now[b], now[c]], [2, 3, undefined], 'the others keep their indexes');
    const detached = await ok(sb, 'ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: c });
    assert.deepEqual(detached.Attachment, {}, 'a detached ENI shows no attachment');

    await attach(d);
    await attach(c);
    now = await indexes();
    assert.deepEqual([now[d], now[a], now[b], now[c]], [1, 2, 3, 4], 'the freed index 1 goes to the next attach');
    assert.equal(Object.values(now).filter((i) => i === 0).length, 1, 'only the primary ENI has index 0');
  });
});
