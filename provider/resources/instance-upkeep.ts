/**
 * alicloud_instance's renewal, maintenance and disk-upkeep arguments, read back and changed with
 * the calls the real provider makes:
 *   - renewal_status, auto_renew_period, period_unit: sent at launch (PrePaid only), read with
 *     DescribeInstanceAutoRenewAttribute (PrePaid only), changed with ModifyInstanceAutoRenewAttribute;
 *   - maintenance_time, maintenance_action, maintenance_notify: read with
 *     DescribeInstanceMaintenanceAttributes, set (also right after launch) with
 *     ModifyInstanceMaintenanceAttributes;
 *   - volume_tags: the system disk's tags (DescribeDisks), applied to every disk of the instance with
 *     TagResources/UntagResources (ResourceType disk);
 *   - system_disk_performance_level: SystemDisk.PerformanceLevel at launch, read from DescribeDisks,
 *     changed with ModifyDiskSpec.
 * The sandbox bills, renews and maintains nothing; it keeps these values so that refresh and import
 * behave as on the real cloud.
 *
 * Where the real provider suppresses a diff (renewal of a PostPaid instance, the period of an
 * instance that does not auto-renew, the level of a disk that is not an ESSD), this provider keeps
 * the prior (configured) value instead of the API's, which gives the same empty plan.
 */
import type { AttributeSchema, NestedBlockSchema, ObjectValue, ResourceContext, Validator, Value } from '../framework/types';
import type { Params } from '../client/api-client';
import { api } from '../shared/api';
import { tagParams, tagsFromApi } from '../shared/tags';
import { oneOf } from '../shared/validators';
import { bool, known, num, str, strMap, unwrapList } from '../shared/values';
import { describeDisks } from './instance-stored';

const RENEW_PERIODS = [1, 2, 3, 6, 12];
const renewPeriod: Validator = (v) =>
  RENEW_PERIODS.includes(Number(v)) ? undefined : `auto_renew_period is ${String(v)}; it must be one of ${RENEW_PERIODS.join(', ')} (months, or weeks with period_unit = "Week")`;

export const instanceUpkeepAttributes: { [name: string]: AttributeSchema } = {
  system_disk_performance_level: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The performance level of an ESSD system disk: PL0 to PL3 (the API default PL1). Changes in place (ModifyDiskSpec). Kept; nothing performs differently.',
    validators: [oneOf(['PL0', 'PL1', 'PL2', 'PL3'])],
  },
  // Optional with a default in the real schema (diffs suppressed for PostPaid instances): planned
  // as that default here, and kept as configured for a PostPaid instance, which the API has no renewal for.
  period_unit: {
    type: 'string',
    optional: true,
    computed: true,
    default: 'Month',
    description: 'The unit of the PrePaid period and of auto_renew_period: Month (default) or Week.',
    validators: [oneOf(['Week', 'Month'])],
  },
  renewal_status: {
    type: 'string',
    optional: true,
    computed: true,
    default: 'Normal',
    description: 'Auto-renewal of a PrePaid instance: Normal (default, renewed by hand), AutoRenewal or NotRenewal. Changes in place (ModifyInstanceAutoRenewAttribute). Kept; nothing is billed or renewed.',
    validators: [oneOf(['Normal', 'AutoRenewal', 'NotRenewal'])],
  },
  auto_renew_period: {
    type: 'number',
    optional: true,
    computed: true,
    default: 1,
    description: 'The auto-renewal period of a PrePaid instance with renewal_status AutoRenewal: 1, 2, 3, 6 or 12 (default 1). Changes in place.',
    validators: [renewPeriod],
  },
  volume_tags: {
    type: ['map', 'string'],
    optional: true,
    computed: true,
    description: 'The tags of the instance\'s disks, read from the system disk. RunInstances gives the disks the instance\'s tags; a configured map replaces them on every disk (TagResources, ResourceType disk).',
  },
  maintenance_action: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'What happens to the instance during maintenance: Stop, AutoRecover (the API default) or AutoRedeploy. Kept; the sandbox maintains nothing.',
    validators: [oneOf(['Stop', 'AutoRecover', 'AutoRedeploy'])],
  },
  // Optional bool without a default in the real schema; SDKv2 reads unset as false, so false is planned here.
  maintenance_notify: {
    type: 'bool',
    optional: true,
    computed: true,
    default: false,
    description: 'Whether maintenance is announced before it starts (default false). Kept.',
  },
};

export const maintenanceTimeBlock: NestedBlockSchema = {
  nesting: 'set',
  maxItems: 1,
  block: {
    description: 'The maintenance window (UTC+8 whole hours, HH:00:00), e.g. start_time = "02:00:00", end_time = "04:00:00". Kept; the sandbox maintains nothing.',
    attributes: {
      start_time: { type: 'string', optional: true, description: 'The start of the window, e.g. "02:00:00".' },
      end_time: { type: 'string', optional: true, description: 'The end of the window, 1 to 23 hours after the start.' },
    },
  },
};

const isPrePaid = (planned: ObjectValue) => str(planned.instance_charge_type) === 'PrePaid';

/** The RunInstances parameters of these arguments, as the real provider sends them. */
export function upkeepLaunchParams(planned: ObjectValue): Params {
  const params: Params = { 'SystemDisk.PerformanceLevel': str(planned.system_disk_performance_level) || undefined };
  if (isPrePaid(planned)) {
    params.Period = num(planned.period);
    params.PeriodUnit = str(planned.period_unit) || undefined;
    if (str(planned.renewal_status) === 'AutoRenewal') params.AutoRenew = true;
    params.AutoRenewPeriod = num(planned.auto_renew_period);
  }
  return params;
}

/** The prior value when known, else the schema default (an import). */
function keptOr(prior: Value | undefined, dflt: Value): Value {
  return known(prior) && prior !== null ? prior! : dflt;
}

function windowsOf(attr: any): ObjectValue[] {
  return unwrapList(attr?.MaintenanceWindows, 'MaintenanceWindow').map((w: any) => ({ start_time: w.StartTime ?? null, end_time: w.EndTime ?? null }));
}

/**
 * The state values of these arguments: DescribeInstanceMaintenanceAttributes always,
 * DescribeInstanceAutoRenewAttribute for a PrePaid instance, the system disk from DescribeDisks.
 */
export async function readUpkeep(ctx: ResourceContext, inst: any, systemDisk: any | null, prior: ObjectValue): Promise<ObjectValue> {
  const id = String(inst.InstanceId);
  const out: ObjectValue = {};
  const m = await api(ctx, 'ecs', 'DescribeInstanceMaintenanceAttributes', { 'InstanceId.1': id });
  const attr = unwrapList(m?.MaintenanceAttributes, 'MaintenanceAttribute').find((a: any) => a?.InstanceId === id);
  out.maintenance_time = windowsOf(attr);
  out.maintenance_action = attr?.ActionOnMaintenance?.Value ?? keptOr(prior.maintenance_action, null);
  out.maintenance_notify = attr ? attr.NotifyOnMaintenance === true || attr.NotifyOnMaintenance === 'true' : keptOr(prior.maintenance_notify, false);

  out.renewal_status = keptOr(prior.renewal_status, 'Normal');
  out.auto_renew_period = keptOr(prior.auto_renew_period, 1);
  out.period_unit = keptOr(prior.period_unit, 'Month');
  if (inst.InstanceChargeType === 'PrePaid') {
    const r = await api(ctx, 'ecs', 'DescribeInstanceAutoRenewAttribute', { InstanceId: id });
    const renew: any = unwrapList(r?.InstanceRenewAttributes, 'InstanceRenewAttribute').find((a: any) => a?.InstanceId === id);
    if (renew) {
      out.renewal_status = renew.RenewalStatus;
      // The period and its unit mean something only while the instance auto-renews (the real
      // provider suppresses their diff otherwise); a yearly renewal reads as 12 months.
      if (renew.RenewalStatus === 'AutoRenewal') {
        const years = renew.PeriodUnit === 'Year';
        out.auto_renew_period = Number(renew.Duration) * (years ? 12 : 1);
        out.period_unit = years ? 'Month' : renew.PeriodUnit;
      }
    }
  }

  if (systemDisk) {
    const tags = tagsFromApi(systemDisk.Tags);
    out.volume_tags = Object.keys(tags).length ? tags : (known(prior.volume_tags) && prior.volume_tags !== null ? {} : null);
    // Only an ESSD has a level ("" otherwise): a configured level on another category is kept, as
    // the real provider suppresses that diff.
    out.system_disk_performance_level = systemDisk.PerformanceLevel || keptOr(prior.system_disk_performance_level, '');
  } else {
    out.volume_tags = keptOr(prior.volume_tags, null);
    out.system_disk_performance_level = keptOr(prior.system_disk_performance_level, '');
  }
  return out;
}

type Run = (doing: string, fn: () => Promise<unknown>) => Promise<unknown>;

function changedTo(planned: Value, prior: Value): boolean {
  return known(planned) && planned !== null && planned !== prior;
}

function sameWindows(a: Value, b: Value): boolean {
  const key = (v: Value) => JSON.stringify((Array.isArray(v) ? (v as ObjectValue[]) : []).map((w) => [w.start_time ?? null, w.end_time ?? null]));
  return key(a) === key(b);
}

/**
 * Applies changes of these arguments. `prior` is {} right after launch: then only what the
 * configuration sets is sent (the real provider's create runs its update with every set argument
 * as a change), and the renewal, already sent with RunInstances, is not.
 */
export async function updateUpkeep(ctx: ResourceContext, id: string, prior: ObjectValue, planned: ObjectValue, run: Run): Promise<void> {
  const isNew = prior.id === undefined;

  if (!isNew && isPrePaid(planned) && (changedTo(planned.renewal_status, prior.renewal_status) || changedTo(planned.auto_renew_period, prior.auto_renew_period))) {
    const status = str(planned.renewal_status) ?? 'Normal';
    await run('changing the auto-renewal', () =>
      api(ctx, 'ecs', 'ModifyInstanceAutoRenewAttribute', {
        InstanceId: id,
        RenewalStatus: status,
        ...(status === 'AutoRenewal' ? { PeriodUnit: str(planned.period_unit), Duration: num(planned.auto_renew_period) } : {}),
      }),
    );
  }

  const windows = Array.isArray(planned.maintenance_time) ? (planned.maintenance_time as ObjectValue[]) : [];
  const windowsChanged = isNew ? windows.length > 0 : !sameWindows(planned.maintenance_time, prior.maintenance_time);
  const actionChanged = changedTo(planned.maintenance_action, prior.maintenance_action);
  const notifyChanged = isNew ? planned.maintenance_notify === true : changedTo(planned.maintenance_notify, prior.maintenance_notify);
  if (windowsChanged || actionChanged || notifyChanged) {
    const params: Params = { 'InstanceId.1': id, ActionOnMaintenance: known(planned.maintenance_action) ? str(planned.maintenance_action) || undefined : undefined, NotifyOnMaintenance: bool(planned.maintenance_notify) };
    windows.forEach((w, i) => {
      if (str(w.start_time)) params[`MaintenanceWindow.${i + 1}.StartTime`] = str(w.start_time);
      if (str(w.end_time)) params[`MaintenanceWindow.${i + 1}.EndTime`] = str(w.end_time);
    });
    await run('changing the maintenance attributes', () => api(ctx, 'ecs', 'ModifyInstanceMaintenanceAttributes', params));
  }

  // volume_tags: on every disk of the instance, from what the system disk has now (right after
  // launch: the instance's tags, which RunInstances put on the disks) to the planned map.
  const wanted = known(planned.volume_tags) ? strMap(planned.volume_tags) : undefined;
  if (wanted !== undefined && planned.volume_tags !== null) {
    const disks = await describeDisks(ctx, id);
    const before = isNew ? tagsFromApi(disks.system?.Tags) : (strMap(prior.volume_tags) ?? {});
    const removed = Object.keys(before).filter((k) => !(k in wanted));
    const added = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => before[k] !== v));
    const ids: Params = Object.fromEntries([disks.system, ...disks.data].filter(Boolean).map((d: any, i) => [`ResourceId.${i + 1}`, String(d.DiskId)]));
    if (removed.length && Object.keys(ids).length) {
      await run('removing disk tags', () => api(ctx, 'ecs', 'UntagResources', { ResourceType: 'disk', ...ids, ...Object.fromEntries(removed.map((k, i) => [`TagKey.${i + 1}`, k])) }));
    }
    if (Object.keys(added).length && Object.keys(ids).length) {
      await run('tagging the disks', () => api(ctx, 'ecs', 'TagResources', { ResourceType: 'disk', ...ids, ...tagParams(added) }));
    }
  }

  const diskId = str(prior.system_disk_id);
  // Only an ESSD has a level: for another category the real provider suppresses the diff, so nothing is sent.
  const essd = (str(planned.system_disk_category) ?? str(prior.system_disk_category)) === 'cloud_essd';
  if (!isNew && diskId && essd && changedTo(planned.system_disk_performance_level, prior.system_disk_performance_level) && str(planned.system_disk_performance_level)) {
    await run('changing the system disk\'s performance level', () =>
      api(ctx, 'ecs', 'ModifyDiskSpec', { DiskId: diskId, PerformanceLevel: str(planned.system_disk_performance_level) }),
    );
  }
}
