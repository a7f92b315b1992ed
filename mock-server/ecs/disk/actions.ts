/** DescribeDisks, for the disks the sandbox has: each instance's system disk. */
import { paginate } from '../../actions/paging';
import { DRY_RUN, TAG, ecsDryRun, ignored } from '../../actions/params';
import { defineAction, type ActionContext } from '../../actions/registry';
import { integer, jsonStringArray, list, objects, string } from '../../wire/params';
import { filterInstances } from '../instance/query';
import { matchesTags } from '../../domain/tags';
import { changeDiskSpec, findDiskOwner } from '../instance/stored-options';
import { OPTIONAL_REGION } from '../instance/regionless';
import { InvalidDiskIdNotFound } from '../instance/errors';
import { requireRegion } from '../../domain/region-catalog';
import { MissingParameter } from '../../errors';
import { systemDiskResponse } from './shapes';
import { dataDiskResponse } from '../instance/stored-options';

const DISK_TYPES = ['all', 'system', 'data'] as const;

/**
 * DescribeDisks, for the disks the sandbox has: each instance's system disk (category and size as
 * launched) and the data disks it was launched with (records kept with the instance, see
 * ../instance/stored-options.ts; there is no block storage behind them).
 */
const describeDisks = defineAction({
  name: 'DescribeDisks',
  products: ['ecs'],
  params: {
    InstanceId: string({ maxLength: 64 }),
    DiskIds: jsonStringArray({ maxItems: 100 }),
    DiskType: string({ enum: DISK_TYPES }),
    Category: string({ maxLength: 64 }),
    ZoneId: string({ maxLength: 64 }),
    Status: string({ maxLength: 32 }),
    ResourceGroupId: string({ maxLength: 64 }),
    Tag: TAG,
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 100 }),
    MaxResults: integer({ min: 1, max: 500 }),
    NextToken: string({ maxLength: 256 }),
    DryRun: DRY_RUN,
    // Snapshot, encryption, sharing and lock filters, and output options: accepted, not modelled.
    AdditionalAttributes: list(string()),
    Filter: objects({ Key: string({ maxLength: 64 }), Value: string({ maxLength: 64 }) }, { maxItems: 10 }),
    ...ignored(
      'AutoSnapshotPolicyId', 'DeleteAutoSnapshot', 'DeleteWithInstance', 'DiskChargeType', 'DiskName', 'EnableAutoSnapshot',
      'EnableAutomatedSnapshotPolicy', 'EnableShared', 'Encrypted', 'KMSKeyId', 'LockReason', 'MultiAttach', 'Portable', 'SnapshotId',
    ),
  },
  handle(ctx, p) {
    if (p.DryRun) ecsDryRun(true);
    return ctx.read((tx) => {
      const owners = filterInstances(tx, { instanceIds: p.InstanceId ? [p.InstanceId] : undefined, zoneId: p.ZoneId, resourceGroupId: p.ResourceGroupId });
      const rows = owners
          .flatMap((i) => [
            ...(p.DiskType === 'data' ? [] : [systemDiskResponse(tx, i)]),
            ...(p.DiskType === 'system' ? [] : (i.dataDisks ?? []).map((d) => dataDiskResponse(tx, i, d))),
          ])
          .filter((d) =>
            (!p.DiskIds || p.DiskIds.includes(d.DiskId)) &&
            (!p.Category || d.Category === p.Category) &&
            (!p.Status || d.Status === p.Status) &&
            matchesTags(Object.fromEntries(d.Tags.Tag.map((t) => [t.TagKey, t.TagValue])), p.Tag));
      const { items, meta } = paginate(rows, p);
      return { Disks: { Disk: items }, ...meta };
    });
  },
});

/**
 * The region of a disk for actions whose SDK request names no region (ModifyDiskSpec): the real
 * cloud finds the disk from its ID. A RegionId, when sent, is checked and used; otherwise the disk
 * is looked up in the caller's regions, and one found nowhere is InvalidDiskId.NotFound.
 */
function diskRegion(ctx: ActionContext, regionId: string | undefined, diskId: string): string {
  if (regionId) {
    requireRegion(regionId);
    return regionId;
  }
  const hit = ctx.regionsWithData().find((r) => ctx.readIn(r, (tx) => !!findDiskOwner(tx, diskId)));
  if (!hit) throw new InvalidDiskIdNotFound(`The disk "${diskId}" does not exist. Check the ID with DescribeDisks.`);
  return hit;
}

/**
 * ModifyDiskSpec: the performance level of an ESSD system disk (what the real provider changes for
 * system_disk_performance_level). Nothing performs differently; the level is kept and shown.
 * Category changes and provisioned IOPS are accepted and not modelled.
 */
const modifyDiskSpec = defineAction({
  name: 'ModifyDiskSpec',
  products: ['ecs'],
  // The SDK's ModifyDiskSpecRequest has no RegionId: the disk ID names the disk (see diskRegion).
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    DiskId: string({ maxLength: 64 }),
    PerformanceLevel: string({ enum: ['PL0', 'PL1', 'PL2', 'PL3'] }),
    DryRun: DRY_RUN,
    ...ignored('DiskCategory', 'ProvisionedIops', 'DestinationZoneId', 'IOPS', 'Throughput', 'PerformanceControlOptions.IOPS', 'PerformanceControlOptions.Throughput', 'PerformanceControlOptions.Recover'),
  },
  async handle(ctx, p) {
    if (!p.DiskId) throw new MissingParameter('The input parameter "DiskId" that is mandatory for processing this request is not supplied.');
    await ctx.transactIn(diskRegion(ctx, p.RegionId, p.DiskId!), (tx) => changeDiskSpec(tx, p.DiskId!, p.PerformanceLevel, !!p.DryRun));
    return { TaskId: '', OrderId: '' };
  },
});

export const diskActions = [describeDisks, modifyDiskSpec];
