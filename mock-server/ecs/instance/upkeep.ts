/**
 * Billing renewal and maintenance attributes of an instance, kept and shown without effect: the
 * sandbox bills, renews and maintains nothing. The real provider reads them back on every refresh
 * and import (DescribeInstanceAutoRenewAttribute for PrePaid instances,
 * DescribeInstanceMaintenanceAttributes always), so they must round-trip for an import plan to be empty.
 */
import { MissingParameter } from '../../errors';
import { DRY_RUN, ecsDryRun } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { boolean, csv, integer, list, objects, string } from '../../wire/params';
import { paginate } from '../../actions/paging';
import { instances, requireInstance } from './domain';
import { ChargeTypeViolation, InvalidMaintenanceWindowMalformed } from './errors';
import type { InstanceRecord } from './records';

const RENEWAL_STATUSES = ['AutoRenewal', 'Normal', 'NotRenewal'] as const;
const MAINTENANCE_ACTIONS = ['Stop', 'AutoRecover', 'AutoRedeploy'] as const;
/** The API's answer for an instance whose maintenance attributes were never set. */
const DEFAULT_MAINTENANCE = { action: 'AutoRecover', notify: false, windows: [] as Array<{ startTime: string; endTime: string }> };

function renewalOf(inst: InstanceRecord) {
  return inst.renewal ?? { status: 'Normal', duration: 0, periodUnit: 'Month' };
}

/** DescribeInstanceAutoRenewAttribute: InstanceId is one ID or up to 100 comma-separated; PostPaid instances are not listed. */
const describeInstanceAutoRenewAttribute = defineAction({
  name: 'DescribeInstanceAutoRenewAttribute',
  products: ['ecs'],
  params: {
    InstanceId: csv({ maxItems: 100 }),
    RenewalStatus: string({ enum: RENEWAL_STATUSES }),
    PageNumber: string({ maxLength: 8 }),
    PageSize: string({ maxLength: 8 }),
  },
  handle(ctx, p) {
    if (!p.InstanceId?.length) throw new MissingParameter('The input parameter "InstanceId" that is mandatory for processing this request is not supplied.');
    return ctx.read((tx) => {
      const rows = p.InstanceId!.map((id) => requireInstance(tx, id))
        .filter((i) => i.instanceChargeType === 'PrePaid')
        .map((i) => {
          const r = renewalOf(i);
          return { InstanceId: i.id, AutoRenewEnabled: r.status === 'AutoRenewal', RenewalStatus: r.status, Duration: r.duration, PeriodUnit: r.periodUnit };
        })
        .filter((r) => !p.RenewalStatus || r.RenewalStatus === p.RenewalStatus);
      const { items, meta } = paginate(rows, { PageNumber: p.PageNumber ? Number(p.PageNumber) : undefined, PageSize: p.PageSize ? Number(p.PageSize) : undefined });
      return { InstanceRenewAttributes: { InstanceRenewAttribute: items }, ...meta };
    });
  },
});

/**
 * ModifyInstanceAutoRenewAttribute: RenewalStatus (or the older AutoRenew flag) with Duration and
 * PeriodUnit. InstanceId may name up to 100 instances, comma-separated; all or none change.
 */
const modifyInstanceAutoRenewAttribute = defineAction({
  name: 'ModifyInstanceAutoRenewAttribute',
  products: ['ecs'],
  params: {
    InstanceId: csv({ maxItems: 100 }),
    RenewalStatus: string({ enum: RENEWAL_STATUSES }),
    AutoRenew: boolean(),
    Duration: integer({ min: 1, max: 60 }),
    PeriodUnit: string({ enum: ['Week', 'Month', 'Year'] }),
  },
  async handle(ctx, p) {
    if (!p.InstanceId?.length) throw new MissingParameter('The input parameter "InstanceId" that is mandatory for processing this request is not supplied.');
    await ctx.transact((tx) => {
      for (const id of p.InstanceId!) {
        const inst = requireInstance(tx, id);
        if (inst.instanceChargeType !== 'PrePaid') {
          throw new ChargeTypeViolation(`The instance ${id} is PostPaid; only PrePaid (subscription) instances renew. Leave renewal_status and auto_renew_period unset for it.`);
        }
        const before = renewalOf(inst);
        const status = p.RenewalStatus ?? (p.AutoRenew === undefined ? before.status : p.AutoRenew ? 'AutoRenewal' : 'Normal');
        const renewal = status === 'AutoRenewal'
          ? { status, duration: p.Duration ?? (before.duration || 1), periodUnit: p.PeriodUnit ?? before.periodUnit }
          : { status, duration: before.duration, periodUnit: before.periodUnit };
        instances(tx).put({ ...inst, renewal });
      }
    });
    return {};
  },
});

function maintenanceOf(inst: InstanceRecord) {
  return inst.maintenance ?? DEFAULT_MAINTENANCE;
}

function maintenanceResponse(inst: InstanceRecord) {
  const m = maintenanceOf(inst);
  return {
    InstanceId: inst.id,
    NotifyOnMaintenance: m.notify,
    ActionOnMaintenance: { Value: m.action, DefaultValue: DEFAULT_MAINTENANCE.action, SupportedValues: { SupportedValue: [...MAINTENANCE_ACTIONS] } },
    MaintenanceWindows: { MaintenanceWindow: m.windows.map((w) => ({ StartTime: w.startTime, EndTime: w.endTime })) },
  };
}

const describeInstanceMaintenanceAttributes = defineAction({
  name: 'DescribeInstanceMaintenanceAttributes',
  products: ['ecs'],
  params: { InstanceId: list(string({ maxLength: 64 }), { maxItems: 100 }), PageNumber: integer({ min: 1 }), PageSize: integer({ min: 1, max: 100 }) },
  handle(ctx, p) {
    return ctx.read((tx) => {
      // Without InstanceId.N, every instance of the region.
      const rows = (p.InstanceId?.length ? p.InstanceId.map((id) => requireInstance(tx, id)) : instances(tx).all()).map(maintenanceResponse);
      const { items, meta } = paginate(rows, p);
      return { MaintenanceAttributes: { MaintenanceAttribute: items }, ...meta };
    });
  },
});

/** "HH:00:00" (an optional trailing Z as some SDK examples write it): the hour, or undefined. */
function wholeHour(t: string): number | undefined {
  const m = /^([01]\d|2[0-3]):00:00Z?$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

function checkWindow(w: { StartTime?: string; EndTime?: string }, n: number): { startTime: string; endTime: string } {
  const start = wholeHour(w.StartTime ?? '');
  const end = wholeHour(w.EndTime ?? '');
  if (start === undefined || end === undefined) {
    throw new InvalidMaintenanceWindowMalformed(
      `MaintenanceWindow.${n} is "${w.StartTime ?? ''}" to "${w.EndTime ?? ''}": give both StartTime and EndTime as whole hours in HH:mm:ss (UTC+8), e.g. 02:00:00 and 04:00:00.`,
    );
  }
  const hours = (end - start + 24) % 24;
  if (hours < 1 || hours > 23) {
    throw new InvalidMaintenanceWindowMalformed(`MaintenanceWindow.${n} runs from ${w.StartTime} to ${w.EndTime}: EndTime must be 1 to 23 hours after StartTime.`);
  }
  return { startTime: w.StartTime!, endTime: w.EndTime! };
}

const modifyInstanceMaintenanceAttributes = defineAction({
  name: 'ModifyInstanceMaintenanceAttributes',
  products: ['ecs'],
  params: {
    InstanceId: list(string({ maxLength: 64 }), { maxItems: 100 }),
    ActionOnMaintenance: string({ enum: MAINTENANCE_ACTIONS }),
    NotifyOnMaintenance: boolean(),
    // The SDK models a list; the real provider sends one window (maintenance_time).
    MaintenanceWindow: objects({ StartTime: string({ maxLength: 16 }), EndTime: string({ maxLength: 16 }) }, { maxItems: 10 }),
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    if (!p.InstanceId?.length) throw new MissingParameter('The input parameter "InstanceId.N" that is mandatory for processing this request is not supplied.');
    // Checked before anything changes: a refused window leaves every instance as it was.
    const windows = p.MaintenanceWindow?.map((w, i) => checkWindow(w, i + 1));
    await ctx.transact((tx) => {
      const targets = p.InstanceId!.map((id) => requireInstance(tx, id));
      if (p.DryRun) ecsDryRun(true);
      for (const inst of targets) {
        const m = maintenanceOf(inst);
        instances(tx).put({
          ...inst,
          maintenance: { action: p.ActionOnMaintenance ?? m.action, notify: p.NotifyOnMaintenance ?? m.notify, windows: windows ?? m.windows },
        });
      }
    });
    return {};
  },
});

export const upkeepActions = [describeInstanceAutoRenewAttribute, modifyInstanceAutoRenewAttribute, describeInstanceMaintenanceAttributes, modifyInstanceMaintenanceAttributes];
