/**
 * alicloud_instance's network_interfaces: secondary ENIs created by RunInstances at launch. They
 * used to be kept in state only (an import showed the block empty, and nothing existed on the
 * API). Driven through the resource functions and the planner against an in-process sandbox,
 * without Terraform, so it costs well under a second.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../mock-server/app';
import type { ApiClient } from '../../provider/client/api-client';
import { createNetwork, startInProcess } from '../helpers/in-process';
import { planResourceChange } from '../../provider/framework/planner';
import { UNKNOWN, type ObjectValue, type ResourceContext } from '../../provider/framework/types';
import { instanceResource as def } from '../../provider/resources/instance';

function plan(config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.schema.attributes)) {
    if (config[name] !== undefined) out[name] = config[name];
    else if (a.default !== undefined) out[name] = a.default;
    else out[name] = a.computed ? UNKNOWN : null;
  }
  for (const name of Object.keys(def.schema.blocks ?? {})) out[name] = config[name] ?? [];
  return out;
}

/** A network_interfaces element as planned on create: what is not configured is unknown. */
function eni(config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(def.schema.blocks!.network_interfaces.block.attributes)) out[name] = config[name] ?? UNKNOWN;
  return out;
}

describe('alicloud_instance: network_interfaces creates real ENIs at launch and reads them back', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let ctx: ResourceContext;
  let vpcId: string;
  let vswitchId: string;
  let dataVSwitchId: string;
  let groupId: string;
  let dataGroupId: string;

  before(async () => {
    ({ sandbox, api, ctx } = await startInProcess());
    ({ vpcId, vswitchId, groupId } = await createNetwork(api, '172.16'));
    dataVSwitchId = (await api.call('vpc', 'CreateVSwitch', { VpcId: vpcId, CidrBlock: '172.16.1.0/24', ZoneId: 'cn-hangzhou-i' })).VSwitchId;
    dataGroupId = (await api.call('ecs', 'CreateSecurityGroup', { VpcId: vpcId })).SecurityGroupId;
  });

  after(async () => {
    await sandbox?.close();
  });

  const launch = (config: ObjectValue) =>
    def.create!(ctx, plan({ image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.xlarge', vswitch_id: vswitchId, security_groups: [groupId], ...config }));
  const secondaryEnis = async () =>
    (await api.call('ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary', PageSize: 100 })).NetworkInterfaceSets.NetworkInterfaceSet as any[];

  it('launches with two ENIs that exist on the API, imports to the same block, plans empty, and goes with the instance', async () => {
    const created = await launch({
      network_interfaces: [
        eni({ vswitch_id: dataVSwitchId, security_group_ids: [dataGroupId], source_dest_check: true }),
        eni({}),
      ],
    });
    const block = created.network_interfaces as ObjectValue[];
    assert.equal(block.length, 2);
    const onApi = (await secondaryEnis()).filter((e) => e.InstanceId === created.id);
    assert.deepEqual(block.map((b) => b.network_interface_id).sort(), onApi.map((e) => e.NetworkInterfaceId).sort());
    assert.deepEqual(block[0], {
      network_interface_id: block[0].network_interface_id,
      vswitch_id: dataVSwitchId,
      network_interface_traffic_mode: 'Standard',
      queue_pair_number: 0,
      source_dest_check: true,
      security_group_ids: [dataGroupId],
      network_card_index: 0,
    });
    // Left unset, an ENI takes the instance's VSwitch and security groups.
    assert.equal(block[1].vswitch_id, vswitchId);
    assert.deepEqual(block[1].security_group_ids, [groupId]);

    const seed = await def.importState!(ctx, String(created.id));
    const imported = await def.read(ctx, Array.isArray(seed) ? seed[0] : seed);
    assert.deepEqual(imported!.network_interfaces, created.network_interfaces);

    // A configuration without the block keeps what the API shows (Optional+Computed): no change.
    const schema = def.schema;
    const same = planResourceChange(schema, imported!, imported!, { ...imported!, network_interfaces: [] }, def);
    assert.deepEqual(same.requiresReplace, []);
    assert.deepEqual(same.planned!.network_interfaces, imported!.network_interfaces);
    // Another VSwitch for an ENI replaces the instance (every field is ForceNew).
    const moved: ObjectValue[] = [{ ...block[0], vswitch_id: vswitchId } as ObjectValue, block[1]];
    const replace = planResourceChange(schema, imported!, { ...imported!, network_interfaces: moved }, { ...imported!, network_interfaces: moved }, def);
    assert.deepEqual(replace.requiresReplace, [['network_interfaces']]);

    await def.delete!(ctx, created);
    assert.deepEqual((await secondaryEnis()).filter((e) => block.some((b) => b.network_interface_id === e.NetworkInterfaceId)), [], 'the launch-time ENIs are released with the instance');
  });

  it('an ENI in another VPC fails the create and leaves no instance and no ENI behind', async () => {
    const otherVpc = (await api.call('vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' })).VpcId;
    const foreign = (await api.call('vpc', 'CreateVSwitch', { VpcId: otherVpc, CidrBlock: '10.0.0.0/24', ZoneId: 'cn-hangzhou-i' })).VSwitchId;
    const instancesBefore = (await api.call('ecs', 'DescribeInstances', { PageSize: 100 })).TotalCount;
    const enisBefore = (await secondaryEnis()).length;
    await assert.rejects(launch({ network_interfaces: [eni({ vswitch_id: foreign })] }), /InvalidOperation\.VpcMismatch/);
    assert.equal((await api.call('ecs', 'DescribeInstances', { PageSize: 100 })).TotalCount, instancesBefore);
    assert.equal((await secondaryEnis()).length, enisBefore);
  });
});
