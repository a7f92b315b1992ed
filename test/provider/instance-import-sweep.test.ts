/**
 * alicloud_instance options a new user sets from the real docs and then imports: spot bidding
 * (spot_strategy, spot_price_limit, spot_duration, spot_interruption_behavior), hpc_cluster_id and
 * credit_specification. The real provider reads them back from DescribeInstances; when the sandbox
 * only echoed the prior state, an import left them empty and the next plan replaced the instance
 * (three of them are ForceNew). Driven through the resource functions against an in-process
 * sandbox, without Terraform, so it costs well under a second.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../mock-server/app';
import type { ApiClient } from '../../provider/client/api-client';
import { createNetwork, startInProcess } from '../helpers/in-process';
import { isUnknown, UNKNOWN, type ObjectValue, type ResourceContext } from '../../provider/framework/types';
import { instanceResource as def } from '../../provider/resources/instance';

function plan(config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.schema.attributes)) {
    if (config[name] !== undefined) out[name] = config[name];
    else if (a.default !== undefined) out[name] = a.default;
    else out[name] = a.computed ? UNKNOWN : null;
  }
  for (const name of Object.keys(def.schema.blocks ?? {})) out[name] = [];
  return out;
}

describe('alicloud_instance: spot, HPC-cluster and CPU-credit options survive an import (sweep)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let ctx: ResourceContext;
  let vswitchId: string;
  let groupId: string;

  before(async () => {
    ({ sandbox, api, ctx } = await startInProcess());
    ({ vswitchId, groupId } = await createNetwork(api, '172.16'));
  });

  after(async () => {
    await sandbox?.close();
  });

  const launch = (config: ObjectValue) =>
    def.create!(ctx, plan({ image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', vswitch_id: vswitchId, security_groups: [groupId], ...config }));

  async function imported(id: string): Promise<ObjectValue> {
    const seed = await def.importState!(ctx, id);
    const state = await def.read(ctx, Array.isArray(seed) ? seed[0] : seed);
    assert.ok(state, `${id} not found on import`);
    return state;
  }

  it('an imported spot instance in an HPC cluster shows the strategy, price limit, protection period, interruption behaviour and cluster it was launched with', async () => {
    const created = await launch({
      instance_type: 'ecs.g7.large',
      spot_strategy: 'SpotWithPriceLimit',
      spot_price_limit: 0.5,
      spot_duration: 1,
      spot_interruption_behavior: 'Stop',
      hpc_cluster_id: 'hpc-sandboxcluster',
    });
    const state = await imported(String(created.id));
    for (const k of ['spot_strategy', 'spot_price_limit', 'spot_duration', 'spot_interruption_behavior', 'hpc_cluster_id']) {
      assert.deepEqual(state[k], created[k], `${k} after import`);
    }
    assert.equal(state.spot_strategy, 'SpotWithPriceLimit');
    assert.equal(state.spot_price_limit, 0.5);
    assert.equal(state.hpc_cluster_id, 'hpc-sandboxcluster');
  });

  it('an instance launched without spot options imports as the API\'s NoSpot, with no cluster', async () => {
    const created = await launch({ instance_type: 'ecs.g7.large' });
    assert.equal(created.spot_strategy, 'NoSpot');
    assert.equal(created.hpc_cluster_id, null);
    const state = await imported(String(created.id));
    assert.equal(state.spot_strategy, 'NoSpot');
    assert.equal(state.spot_price_limit, 0);
    assert.equal(state.hpc_cluster_id, null);
    assert.ok(!isUnknown(state.credit_specification));
  });

  it('credit_specification is launched, changed in place (ModifyInstanceAttribute) and read back on import', async () => {
    const created = await launch({ instance_type: 'ecs.t6-c1m1.large', credit_specification: 'Unlimited' });
    assert.equal((await imported(String(created.id))).credit_specification, 'Unlimited');
    const updated = await def.update!(ctx, created, { ...created, credit_specification: 'Standard' });
    assert.equal(updated.credit_specification, 'Standard');
    const live = (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([created.id]) })).Instances.Instance[0];
    assert.equal(live.CreditSpecification, 'Standard');
    assert.equal((await imported(String(created.id))).credit_specification, 'Standard');
  });
  it('metadata options are launched, read back on import, and endpoint/tokens change in place; stopped_mode imports as the API\'s StoppedMode', async () => {
    const created = await launch({ instance_type: 'ecs.g7.large', http_tokens: 'required', http_endpoint: 'enabled', http_put_response_hop_limit: 3 });
    const id = String(created.id);
    let state = await imported(id);
    assert.equal(state.http_tokens, 'required');
    assert.equal(state.http_endpoint, 'enabled');
    assert.equal(state.http_put_response_hop_limit, 3);
    assert.equal(state.stopped_mode, 'Not-applicable');
    const updated = await def.update!(ctx, created, { ...created, http_tokens: 'optional', http_endpoint: 'disabled' });
    assert.equal(updated.http_tokens, 'optional');
    assert.equal(updated.http_endpoint, 'disabled');
    const live = (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0].MetadataOptions;
    assert.deepEqual(live, { HttpEndpoint: 'disabled', HttpTokens: 'optional', HttpPutResponseHopLimit: 3 });
    state = await imported(id);
    assert.equal(state.http_endpoint, 'disabled');
    // A refused change (an invalid value at the API) leaves the options as they were.
    await assert.rejects(api.call('ecs', 'ModifyInstanceMetadataOptions', { InstanceId: id, HttpTokens: 'sometimes' }));
    assert.equal((await imported(id)).http_tokens, 'optional');
  });

  it('an instance launched without metadata options imports the API defaults (enabled, optional, one hop)', async () => {
    const created = await launch({ instance_type: 'ecs.g7.large' });
    const state = await imported(String(created.id));
    assert.deepEqual([state.http_endpoint, state.http_tokens, state.http_put_response_hop_limit], ['enabled', 'optional', 1]);
    assert.deepEqual([created.http_endpoint, created.http_tokens, created.http_put_response_hop_limit], ['enabled', 'optional', 1]);
  });
});
