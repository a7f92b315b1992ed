/**
 * alicloud_instance's renewal (renewal_status, auto_renew_period, period_unit), maintenance
 * (maintenance_time, maintenance_action, maintenance_notify), volume_tags, the system disk's
 * performance level and stopped_mode: read back and changed with the real provider's calls. Each
 * import must equal the created state, or the first plan after an import shows a change; and a
 * configuration that leaves them out must plan nothing for them. Driven through the resource
 * functions and the planner against an in-process sandbox, without Terraform.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../mock-server/app';
import type { ApiClient } from '../../provider/client/api-client';
import { createNetwork, startInProcess } from '../helpers/in-process';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { runValidators } from '../../provider/shared/validators';
import { isUnknown, type ObjectValue, type ResourceContext } from '../../provider/framework/types';
import { instanceResource as def } from '../../provider/resources/instance';

const schema = effectiveResourceSchema(def);
const UPKEEP = [
  'renewal_status', 'auto_renew_period', 'period_unit', 'maintenance_time', 'maintenance_action', 'maintenance_notify',
  'volume_tags', 'system_disk_performance_level', 'stopped_mode',
];

/** A full configuration object: what is not given is null (attributes) or absent (blocks). */
function configOf(given: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) out[name] = given[name] ?? null;
  for (const name of Object.keys(schema.blocks ?? {})) out[name] = given[name] ?? (name === 'timeouts' ? null : []);
  return out;
}

/** What Terraform proposes: the config, with the prior value of every computed attribute it leaves null. */
function propose(config: ObjectValue, prior: ObjectValue | null): ObjectValue {
  const out: ObjectValue = { ...config };
  for (const [k, a] of Object.entries(schema.attributes)) {
    if (a.computed && config[k] === null) out[k] = prior ? prior[k] : null;
  }
  // Nested computed attributes of list blocks likewise, element by element.
  for (const [k, nb] of Object.entries(schema.blocks ?? {})) {
    if (nb.nesting !== 'list' || !Array.isArray(config[k]) || !prior || !Array.isArray(prior[k])) continue;
    out[k] = (config[k] as ObjectValue[]).map((el, i) => {
      const before = (prior[k] as ObjectValue[])[i] ?? {};
      return Object.fromEntries(Object.entries(el).map(([n, v]) => [n, v === null && nb.block.attributes[n]?.computed ? (before[n] ?? null) : v]));
    });
  }
  return out;
}

function plan(config: ObjectValue, prior: ObjectValue | null): ObjectValue {
  const { planned } = planResourceChange(schema, prior, propose(config, prior), config, def);
  assert.ok(planned);
  return planned;
}

describe('alicloud_instance: renewal, maintenance, volume tags and performance level are read back and updated', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let ctx: ResourceContext;
  let base: ObjectValue;

  before(async () => {
    ({ sandbox, api, ctx } = await startInProcess());
    const { vswitchId, groupId } = await createNetwork(api, '172.16');
    base = { image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.large', vswitch_id: vswitchId, security_groups: [groupId] };
  });
  after(async () => sandbox?.close());

  /** Plans a create from the configuration, applies it, and checks every known planned value came back. */
  async function create(given: ObjectValue): Promise<{ config: ObjectValue; state: ObjectValue }> {
    const config = configOf({ ...base, ...given });
    const planned = plan(config, null);
    const state = await def.create!(ctx, planned);
    for (const k of UPKEEP) {
      if (!isUnknown(planned[k])) assert.deepEqual(state[k], planned[k], `${k}: planned ${JSON.stringify(planned[k])}, applied ${JSON.stringify(state[k])}`);
      assert.ok(!isUnknown(state[k]), `${k} is known after create`);
    }
    return { config, state };
  }

  async function imported(id: string): Promise<ObjectValue> {
    const seed = await def.importState!(ctx, id);
    const state = await def.read(ctx, Array.isArray(seed) ? seed[0] : seed);
    assert.ok(state, `${id} not found on import`);
    return state;
  }

  /** Applies a configuration change as Terraform does: plan, update, then the read that follows. */
  async function update(prior: ObjectValue, config: ObjectValue): Promise<ObjectValue> {
    const planned = plan(config, prior);
    assert.notEqual(planned, prior, 'the change plans an update');
    return def.update!(ctx, prior, planned);
  }

  const system = async (id: string) => (await api.call('ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'system' })).Disks.Disk[0];
  const tagsOf = (d: any) => Object.fromEntries((d.Tags.Tag as any[]).map((t) => [t.TagKey, t.TagValue]));

  it('a PrePaid instance with auto-renewal, a maintenance window, volume_tags and an ESSD level imports exactly as created, and plans nothing after', async () => {
    const { config, state: created } = await create({
      instance_charge_type: 'PrePaid',
      force_delete: true,
      renewal_status: 'AutoRenewal',
      auto_renew_period: 3,
      period_unit: 'Week',
      maintenance_time: [{ start_time: '02:00:00', end_time: '05:00:00' }],
      maintenance_action: 'Stop',
      maintenance_notify: true,
      tags: { team: 'net' },
      volume_tags: { backup: 'daily' },
      system_disk_category: 'cloud_essd',
      system_disk_performance_level: 'PL2',
      data_disks: [{ size: 40, category: 'cloud_essd', name: null, description: null, performance_level: null, encrypted: null, kms_key_id: null, snapshot_id: null, delete_with_instance: null, device: null, auto_snapshot_policy_id: null, provisioned_iops: null, bursting_enabled: null }],
    });
    const id = String(created.id);
    assert.deepEqual(
      UPKEEP.map((k) => created[k]),
      ['AutoRenewal', 3, 'Week', [{ start_time: '02:00:00', end_time: '05:00:00' }], 'Stop', true, { backup: 'daily' }, 'PL2', 'Not-applicable'],
    );
    // What the API holds: volume_tags replaced the instance's tags on every disk (the instance keeps its own).
    const disks = (await api.call('ecs', 'DescribeDisks', { InstanceId: id })).Disks.Disk as any[];
    assert.equal(disks.length, 2);
    for (const d of disks) assert.deepEqual(tagsOf(d), { backup: 'daily' }, `${d.Type} disk`);
    const renew = (await api.call('ecs', 'DescribeInstanceAutoRenewAttribute', { InstanceId: id })).InstanceRenewAttributes.InstanceRenewAttribute[0];
    assert.deepEqual([renew.RenewalStatus, renew.Duration, renew.PeriodUnit], ['AutoRenewal', 3, 'Week']);

    const state = await imported(id);
    for (const k of UPKEEP) assert.deepEqual(state[k], created[k], `${k} after import`);
    // The configuration after the import plans nothing for them. (force_delete is never read back,
    // so the import's state lacks it: that is the one change, as with the real provider.)
    assert.equal(state.force_delete, null);
    const afterImport = { ...state, force_delete: true };
    assert.equal(plan(config, afterImport), afterImport);
  });

  it('a PostPaid instance that sets none of them gets the API defaults, imports the same, and a configuration without them plans nothing', async () => {
    const { config, state: created } = await create({ tags: { team: 'net' } });
    assert.deepEqual(
      UPKEEP.map((k) => created[k]),
      // A PostPaid instance has no renewal: the schema defaults stay. The disks carry the instance's tags.
      ['Normal', 1, 'Month', [], 'AutoRecover', false, { team: 'net' }, '', 'Not-applicable'],
    );
    const state = await imported(String(created.id));
    for (const k of UPKEEP) assert.deepEqual(state[k], created[k], `${k} after import`);
    assert.equal(plan(config, state), state);
    assert.equal(plan(configOf(base), state).volume_tags, state.volume_tags, 'volume_tags left out keeps what the disks have');
  });

  it('updates land: auto-renewal, maintenance, volume_tags on every disk, the performance level (ModifyDiskSpec) and stopped_mode on a stop', async () => {
    const { config, state: created } = await create({
      instance_charge_type: 'PrePaid',
      force_delete: true,
      renewal_status: 'AutoRenewal',
      auto_renew_period: 1,
      volume_tags: { a: '1', b: '2' },
      system_disk_category: 'cloud_essd',
      maintenance_action: 'AutoRecover',
    });
    const id = String(created.id);
    const next = {
      ...config,
      auto_renew_period: 6,
      maintenance_time: [{ start_time: '20:00:00', end_time: '23:00:00' }],
      maintenance_action: 'AutoRedeploy',
      maintenance_notify: true,
      volume_tags: { b: 'two', c: '3' },
      system_disk_performance_level: 'PL3',
    };
    const updated = await update(created, next);
    assert.equal(updated.auto_renew_period, 6);
    assert.deepEqual(updated.maintenance_time, [{ start_time: '20:00:00', end_time: '23:00:00' }]);
    assert.equal(updated.maintenance_action, 'AutoRedeploy');
    assert.equal(updated.maintenance_notify, true);
    assert.deepEqual(updated.volume_tags, { b: 'two', c: '3' });
    assert.equal(updated.system_disk_performance_level, 'PL3');
    assert.equal((await system(id)).PerformanceLevel, 'PL3');
    const renew = (await api.call('ecs', 'DescribeInstanceAutoRenewAttribute', { InstanceId: id })).InstanceRenewAttributes.InstanceRenewAttribute[0];
    assert.equal(renew.Duration, 6);
    const m = (await api.call('ecs', 'DescribeInstanceMaintenanceAttributes', { 'InstanceId.1': id })).MaintenanceAttributes.MaintenanceAttribute[0];
    assert.deepEqual([m.ActionOnMaintenance.Value, m.NotifyOnMaintenance], ['AutoRedeploy', true]);
    assert.deepEqual(tagsOf(await system(id)), { b: 'two', c: '3' });
    for (const k of UPKEEP) assert.deepEqual((await imported(id))[k], updated[k], `${k} after import`);
    assert.equal(plan(next, updated), updated, 'nothing left to do');

    // Auto-renewal off: NotRenewal, and the period stays as configured.
    const off = await update(updated, { ...next, renewal_status: 'NotRenewal' });
    assert.equal(off.renewal_status, 'NotRenewal');
    assert.equal((await api.call('ecs', 'DescribeInstanceAutoRenewAttribute', { InstanceId: id })).InstanceRenewAttributes.InstanceRenewAttribute[0].RenewalStatus, 'NotRenewal');
    assert.equal(plan({ ...next, renewal_status: 'NotRenewal' }, off), off);
  });

  it('stopped_mode is sent with the stop and read back while the instance is stopped', async () => {
    const { config, state: created } = await create({ status: 'Stopped', stopped_mode: 'StopCharging' });
    assert.equal(created.stopped_mode, 'StopCharging');
    const live = (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([created.id]) })).Instances.Instance[0];
    assert.deepEqual([live.Status, live.StoppedMode], ['Stopped', 'StopCharging']);
    const state = await imported(String(created.id));
    assert.equal(state.stopped_mode, 'StopCharging');
    assert.equal(plan(config, state), state);
  });

  it('stopped_mode left out is planned unknown when the status changes, and reads the API\'s mode after the stop and after the start', async () => {
    const { config, state: created } = await create({});
    assert.equal(created.stopped_mode, 'Not-applicable');
    const stoppedConfig = { ...config, status: 'Stopped' };
    const planned = plan(stoppedConfig, created);
    assert.ok(isUnknown(planned.stopped_mode));
    const stopped = await def.update!(ctx, created, planned);
    assert.equal(stopped.stopped_mode, 'KeepCharging');
    assert.equal((await imported(String(created.id))).stopped_mode, 'KeepCharging');
    assert.equal(plan(stoppedConfig, stopped), stopped);
    const running = await def.update!(ctx, stopped, plan({ ...config, status: 'Running' }, stopped));
    assert.equal(running.stopped_mode, 'Not-applicable');
  });

  it('a refused maintenance window fails the update and leaves the instance\'s maintenance attributes as they were', async () => {
    const { config, state: created } = await create({ maintenance_time: [{ start_time: '01:00:00', end_time: '03:00:00' }] });
    const id = String(created.id);
    await assert.rejects(
      update(created, { ...config, maintenance_time: [{ start_time: '01:30:00', end_time: '03:00:00' }], maintenance_action: 'Stop' }),
      /InvalidMaintenanceWindow\.Malformed/,
    );
    const state = await imported(id);
    assert.deepEqual(state.maintenance_time, [{ start_time: '01:00:00', end_time: '03:00:00' }]);
    assert.equal(state.maintenance_action, 'AutoRecover');
  });

  it('a performance level on a disk that is not an ESSD sends nothing (the real provider suppresses that diff) and is kept as configured', async () => {
    const { config, state: created } = await create({ system_disk_category: 'cloud_efficiency' });
    assert.equal(created.system_disk_performance_level, '');
    const updated = await update(created, { ...config, system_disk_performance_level: 'PL2' });
    assert.equal(updated.system_disk_performance_level, 'PL2');
    assert.equal((await system(String(created.id))).PerformanceLevel, '');
  });

  it('plan-time validation refuses an auto-renew period the API does not offer and an unknown maintenance action', () => {
    assert.match(runValidators(schema.attributes.auto_renew_period, 5).join(' '), /auto_renew_period is 5; it must be one of 1, 2, 3, 6, 12/);
    assert.deepEqual(runValidators(schema.attributes.auto_renew_period, 12), []);
    assert.ok(runValidators(schema.attributes.maintenance_action, 'Reboot').length > 0);
    assert.ok(runValidators(schema.attributes.system_disk_performance_level, 'PL4').length > 0);
  });
});
