/**
 * Renewal and maintenance attributes of an instance (mock-server/ecs/instance/upkeep.ts). The
 * sandbox bills, renews and maintains nothing; it keeps these attributes so that the real
 * provider's reads (DescribeInstanceAutoRenewAttribute for PrePaid instances,
 * DescribeInstanceMaintenanceAttributes for all) give back what was set, and refuses what the real
 * API refuses without changing anything.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import type { ApiClient, Params } from '../../../../provider/client/api-client';
import { createNetwork, startInProcess } from '../../../helpers/in-process';

describe('instance renewal and maintenance attributes', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let base: Record<string, string>;

  before(async () => {
    ({ sandbox, api } = await startInProcess());
    const { vswitchId, groupId } = await createNetwork(api, '10.0');
    base = { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vswitchId, SecurityGroupId: groupId };
  });
  after(async () => sandbox?.close());

  const launch = async (extra: Params = {}) =>
    String((await api.call('ecs', 'RunInstances', { ...base, ...extra })).InstanceIdSets.InstanceIdSet[0]);
  const renewals = async (id: string) =>
    (await api.call('ecs', 'DescribeInstanceAutoRenewAttribute', { InstanceId: id })).InstanceRenewAttributes.InstanceRenewAttribute;
  const maintenance = async (id: string) =>
    (await api.call('ecs', 'DescribeInstanceMaintenanceAttributes', { 'InstanceId.1': id })).MaintenanceAttributes.MaintenanceAttribute[0];

  describe('auto-renewal', () => {
    it('a PrePaid instance launched with AutoRenew shows AutoRenewal with its period and unit', async () => {
      const id = await launch({ InstanceChargeType: 'PrePaid', Period: 1, PeriodUnit: 'Month', AutoRenew: true, AutoRenewPeriod: 3 });
      assert.deepEqual(await renewals(id), [{ InstanceId: id, AutoRenewEnabled: true, RenewalStatus: 'AutoRenewal', Duration: 3, PeriodUnit: 'Month' }]);
    });

    it('a PrePaid instance launched without AutoRenew shows Normal (renewed by hand)', async () => {
      const id = await launch({ InstanceChargeType: 'PrePaid', Period: 1, PeriodUnit: 'Week' });
      const [r] = await renewals(id);
      assert.equal(r.RenewalStatus, 'Normal');
      assert.equal(r.AutoRenewEnabled, false);
      assert.equal(r.PeriodUnit, 'Week');
    });

    it('a PostPaid instance is not listed: only subscriptions renew', async () => {
      const id = await launch();
      assert.deepEqual(await renewals(id), []);
    });

    it('ModifyInstanceAutoRenewAttribute turns auto-renewal on with a period, and off again', async () => {
      const id = await launch({ InstanceChargeType: 'PrePaid', Period: 1 });
      await api.call('ecs', 'ModifyInstanceAutoRenewAttribute', { InstanceId: id, RenewalStatus: 'AutoRenewal', Duration: 6, PeriodUnit: 'Month' });
      assert.deepEqual((await renewals(id))[0], { InstanceId: id, AutoRenewEnabled: true, RenewalStatus: 'AutoRenewal', Duration: 6, PeriodUnit: 'Month' });
      await api.call('ecs', 'ModifyInstanceAutoRenewAttribute', { InstanceId: id, RenewalStatus: 'NotRenewal' });
      const [r] = await renewals(id);
      assert.equal(r.RenewalStatus, 'NotRenewal');
      assert.equal(r.AutoRenewEnabled, false);
    });

    it('ModifyInstanceAutoRenewAttribute on a PostPaid instance is refused with ChargeTypeViolation, and changes nothing', async () => {
      const prepaid = await launch({ InstanceChargeType: 'PrePaid', Period: 1 });
      const postpaid = await launch();
      // All or none: the PrePaid instance named first is not changed either.
      await assert.rejects(
        api.call('ecs', 'ModifyInstanceAutoRenewAttribute', { InstanceId: `${prepaid},${postpaid}`, RenewalStatus: 'AutoRenewal', Duration: 2 }),
        (e: any) => e.code === 'ChargeTypeViolation' && e.httpStatus === 403,
      );
      assert.equal((await renewals(prepaid))[0].RenewalStatus, 'Normal');
      assert.deepEqual(await renewals(postpaid), []);
    });

    it('an unknown instance is refused with InvalidInstanceId.NotFound', async () => {
      await assert.rejects(api.call('ecs', 'DescribeInstanceAutoRenewAttribute', { InstanceId: 'i-doesnotexist000' }), (e: any) => e.code === 'InvalidInstanceId.NotFound');
    });
  });

  describe('maintenance', () => {
    it('a new instance shows the API defaults: AutoRecover, no notification, no window', async () => {
      const id = await launch();
      const m = await maintenance(id);
      assert.equal(m.InstanceId, id);
      assert.equal(m.ActionOnMaintenance.Value, 'AutoRecover');
      assert.equal(m.ActionOnMaintenance.DefaultValue, 'AutoRecover');
      assert.equal(m.NotifyOnMaintenance, false);
      assert.deepEqual(m.MaintenanceWindows.MaintenanceWindow, []);
    });

    it('ModifyInstanceMaintenanceAttributes sets the action, the notification and the window, and shows them back', async () => {
      const id = await launch();
      await api.call('ecs', 'ModifyInstanceMaintenanceAttributes', {
        'InstanceId.1': id,
        ActionOnMaintenance: 'Stop',
        NotifyOnMaintenance: true,
        'MaintenanceWindow.1.StartTime': '02:00:00',
        'MaintenanceWindow.1.EndTime': '05:00:00',
      });
      const m = await maintenance(id);
      assert.equal(m.ActionOnMaintenance.Value, 'Stop');
      assert.equal(m.NotifyOnMaintenance, true);
      assert.deepEqual(m.MaintenanceWindows.MaintenanceWindow, [{ StartTime: '02:00:00', EndTime: '05:00:00' }]);
      // What is not sent stays: a later call with only the action keeps the window and the notification.
      await api.call('ecs', 'ModifyInstanceMaintenanceAttributes', { 'InstanceId.1': id, ActionOnMaintenance: 'AutoRedeploy' });
      const after = await maintenance(id);
      assert.equal(after.ActionOnMaintenance.Value, 'AutoRedeploy');
      assert.equal(after.NotifyOnMaintenance, true);
      assert.deepEqual(after.MaintenanceWindows.MaintenanceWindow, [{ StartTime: '02:00:00', EndTime: '05:00:00' }]);
    });

    for (const [what, start, end] of [
      ['not whole hours', '02:30:00', '05:00:00'],
      ['no end time', '02:00:00', undefined],
      ['an end equal to the start', '03:00:00', '03:00:00'],
      ['not a time', 'two', 'five'],
    ] as const) {
      it(`a window with ${what} is refused with InvalidMaintenanceWindow.Malformed, and nothing changes`, async () => {
        const id = await launch();
        await api.call('ecs', 'ModifyInstanceMaintenanceAttributes', { 'InstanceId.1': id, NotifyOnMaintenance: true, 'MaintenanceWindow.1.StartTime': '01:00:00', 'MaintenanceWindow.1.EndTime': '02:00:00' });
        const before = await maintenance(id);
        await assert.rejects(
          api.call('ecs', 'ModifyInstanceMaintenanceAttributes', {
            'InstanceId.1': id,
            ActionOnMaintenance: 'Stop',
            NotifyOnMaintenance: false,
            'MaintenanceWindow.1.StartTime': start,
            ...(end === undefined ? {} : { 'MaintenanceWindow.1.EndTime': end }),
          }),
          (e: any) => e.code === 'InvalidMaintenanceWindow.Malformed' && e.httpStatus === 400,
        );
        assert.deepEqual(await maintenance(id), before);
        assert.equal(before.ActionOnMaintenance.Value, 'AutoRecover');
      });
    }

    it('an unknown maintenance action is refused, and nothing changes', async () => {
      const id = await launch();
      await assert.rejects(api.call('ecs', 'ModifyInstanceMaintenanceAttributes', { 'InstanceId.1': id, ActionOnMaintenance: 'Reboot' }));
      assert.equal((await maintenance(id)).ActionOnMaintenance.Value, 'AutoRecover');
    });
  });

  describe('StoppedMode', () => {
    const shown = async (id: string) => (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0].StoppedMode;

    it('StopInstance with StoppedMode=StopCharging is shown while stopped, Not-applicable once running again, and KeepCharging after a plain stop', async () => {
      const id = await launch();
      assert.equal(await shown(id), 'Not-applicable');
      await api.call('ecs', 'StopInstance', { InstanceId: id, StoppedMode: 'StopCharging' });
      assert.equal(await shown(id), 'StopCharging');
      await api.call('ecs', 'StartInstance', { InstanceId: id });
      assert.equal(await shown(id), 'Not-applicable');
      await api.call('ecs', 'StopInstance', { InstanceId: id });
      assert.equal(await shown(id), 'KeepCharging');
    });
  });
});
