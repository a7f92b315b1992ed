/**
 * RunInstances keeps the spot options, the HPC cluster and the CPU credit mode, and
 * DescribeInstances shows them back (the real provider reads them there, on import too). The
 * sandbox never reclaims a spot instance and counts no credits: the values are kept, not run.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import type { ApiClient } from '../../../../provider/client/api-client';
import { createNetwork, startInProcess } from '../../../helpers/in-process';

describe('instances keep their spot, HPC-cluster and CPU-credit options', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let base: Record<string, string>;

  before(async () => {
    ({ sandbox, api } = await startInProcess());
    const { vswitchId, groupId } = await createNetwork(api, '10.0');
    base = { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', VSwitchId: vswitchId, SecurityGroupId: groupId };
  });
  after(async () => sandbox?.close());

  const describe1 = async (id: string) => (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0];
  const count = async () => (await api.call('ecs', 'DescribeInstances', {})).TotalCount;

  it('shows the spot strategy, price limit, protection period, interruption behaviour and HPC cluster it was launched with', async () => {
    const out = await api.call('ecs', 'RunInstances', {
      ...base, InstanceType: 'ecs.g7.large', SpotStrategy: 'SpotWithPriceLimit', SpotPriceLimit: '0.25', SpotDuration: '1', SpotInterruptionBehavior: 'Stop', HpcClusterId: 'hpc-x1',
    });
    const inst = await describe1(out.InstanceIdSets.InstanceIdSet[0]);
    assert.equal(inst.SpotStrategy, 'SpotWithPriceLimit');
    assert.equal(inst.SpotPriceLimit, 0.25);
    assert.equal(inst.SpotDuration, 1);
    assert.equal(inst.SpotInterruptionBehavior, 'Stop');
    assert.equal(inst.HpcClusterId, 'hpc-x1');
  });

  it('an on-demand instance is NoSpot with no price limit, even when a limit is sent', async () => {
    const out = await api.call('ecs', 'RunInstances', { ...base, InstanceType: 'ecs.g7.large', SpotPriceLimit: '0.25' });
    const inst = await describe1(out.InstanceIdSets.InstanceIdSet[0]);
    assert.equal(inst.SpotStrategy, 'NoSpot');
    assert.equal(inst.SpotPriceLimit, undefined);
    assert.equal(inst.HpcClusterId, '');
  });

  it('the CPU credit mode is kept at launch and changed by ModifyInstanceAttribute', async () => {
    const out = await api.call('ecs', 'RunInstances', { ...base, InstanceType: 'ecs.t6-c1m1.large', CreditSpecification: 'Unlimited' });
    const id = out.InstanceIdSets.InstanceIdSet[0];
    assert.equal((await describe1(id)).CreditSpecification, 'Unlimited');
    await api.call('ecs', 'ModifyInstanceAttribute', { InstanceId: id, CreditSpecification: 'Standard' });
    assert.equal((await describe1(id)).CreditSpecification, 'Standard');
  });

  it('refuses a price limit that is not a number, or an unknown strategy, and launches nothing', async () => {
    const before = await count();
    await assert.rejects(api.call('ecs', 'RunInstances', { ...base, InstanceType: 'ecs.g7.large', SpotStrategy: 'SpotWithPriceLimit', SpotPriceLimit: 'cheap' }), /InvalidParameter/);
    await assert.rejects(api.call('ecs', 'RunInstances', { ...base, InstanceType: 'ecs.g7.large', SpotStrategy: 'Bargain' }), /SpotStrategy|InvalidParameter/);
    assert.equal(await count(), before);
  });
});
