/**
 * The actions for launch options the sandbox keeps and shows back without modelling their effect: the user data
 * (DescribeUserData), the key pair name, the system disk's name and description, and data disks as
 * records (DescribeDisks lists them; they live and die with the instance). There is no guest OS to
 * run the user data, no key pair to log in with, and no block storage behind the disks; keeping
 * them lets Terraform import an instance and see drift as it would on the real cloud.
 */
import { MissingParameter } from '../../errors';
import { DRY_RUN, ecsDryRun, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import type { Transaction } from '../../store/store';
import { ecsTagsShape } from '../../actions/tags';
import { diskTags } from '../disk/records';
import { boolean, integer, list, string } from '../../wire/params';
import { INSTANCE_ID, OPTIONAL_REGION, readInstanceRegion } from './regionless';
import { instances, requireInstance } from './domain';
import { InvalidDiskIdNotFound, InvalidPerformanceLevelMalformed } from './errors';
import { DEFAULT_SYSTEM_DISK_CATEGORY } from './domain';
import { checkUserData } from './stored-fields';
import type { DataDiskRecord, InstanceRecord } from './records';

/** A data disk as DescribeDisks shows it. */
export function dataDiskResponse(tx: Transaction, inst: InstanceRecord, d: DataDiskRecord) {
  const region = tx.region;
  const time = new Date(inst.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    DiskId: d.diskId,
    DiskName: d.name,
    Description: d.description,
    Type: 'data',
    Category: d.category,
    Size: d.size,
    InstanceId: inst.id,
    RegionId: region,
    ZoneId: inst.zoneId,
    Status: 'In_use',
    Device: d.device,
    ImageId: '',
    SourceSnapshotId: d.snapshotId,
    PerformanceLevel: d.performanceLevel,
    Portable: true,
    DeleteWithInstance: d.deleteWithInstance,
    DeleteAutoSnapshot: true,
    EnableAutoSnapshot: false,
    Encrypted: d.encrypted,
    KMSKeyId: d.kmsKeyId,
    DiskChargeType: inst.instanceChargeType,
    ResourceGroupId: inst.resourceGroupId ?? '',
    CreationTime: time,
    AttachedTime: time,
    Tags: ecsTagsShape(diskTags(tx, d.diskId)),
  };
}

/** DescribeUserData: the Base64 user data of an instance ("" when it has none). */
const describeUserData = defineAction({
  name: 'DescribeUserData',
  products: ['ecs'],
  regional: false,
  params: { RegionId: OPTIONAL_REGION, InstanceId: INSTANCE_ID, DryRun: DRY_RUN },
  handle(ctx, p) {
    if (p.DryRun) ecsDryRun(true);
    return readInstanceRegion(ctx, p.RegionId, p.InstanceId, (tx) => {
      const inst = requireInstance(tx, p.InstanceId);
      return { InstanceId: inst.id, RegionId: tx.region, UserData: inst.userData ?? '' };
    });
  },
});

/** ModifyInstanceAttribute's UserData: replaces the stored user data ("" clears it). */
export function storeUserData(tx: Transaction, id: string, userData: string | undefined): void {
  if (userData === undefined) return;
  const inst = requireInstance(tx, id);
  instances(tx).put({ ...inst, userData: checkUserData(userData) ?? '' });
}

/** The instance owning a disk: system disks are d-<instance suffix>, data disks add two digits. */
export function findDiskOwner(tx: Transaction, diskId: string): { inst: InstanceRecord; data?: DataDiskRecord } | undefined {
  for (const inst of instances(tx).all()) {
    if (diskId === `d-${inst.id.slice(2)}`) return { inst };
    const data = (inst.dataDisks ?? []).find((d) => d.diskId === diskId);
    if (data) return { inst, data };
  }
  return undefined;
}

function diskOwner(tx: Transaction, diskId: string): { inst: InstanceRecord; data?: DataDiskRecord } {
  const owner = findDiskOwner(tx, diskId);
  if (owner) return owner;
  throw new InvalidDiskIdNotFound(`The disk "${diskId}" does not exist in region ${tx.region}. Check the ID with DescribeDisks.`);
}

/** ModifyDiskAttribute: a disk's name, description and DeleteWithInstance (stored, shown by DescribeDisks). */
const modifyDiskAttribute = defineAction({
  name: 'ModifyDiskAttribute',
  products: ['ecs'],
  params: {
    DiskId: string({ maxLength: 64 }),
    DiskName: string({ maxLength: 128 }),
    Description: string({ maxLength: 256 }),
    DeleteWithInstance: boolean(),
    // DiskIds.N changes several disks at once (the real API's batch form); all or none change.
    DiskIds: list(string({ maxLength: 64 }), { maxItems: 100 }),
    DryRun: DRY_RUN,
    ...ignored('DeleteAutoSnapshot', 'EnableAutoSnapshot', 'BurstingEnabled'),
  },
  async handle(ctx, p) {
    const ids = p.DiskId ? [p.DiskId] : (p.DiskIds ?? []);
    if (!ids.length) throw new MissingParameter('The input parameter "DiskId" (or DiskIds.N) that is mandatory for processing this request is not supplied.');
    await ctx.transact((tx) => {
      const owners = ids.map((id) => diskOwner(tx, id));
      if (p.DryRun) ecsDryRun(true);
      for (const { inst: owner, data } of owners) {
        const inst = requireInstance(tx, owner.id);
        if (!data) {
          instances(tx).put({ ...inst, systemDiskName: p.DiskName ?? inst.systemDiskName, systemDiskDescription: p.Description ?? inst.systemDiskDescription });
          continue;
        }
        const changed: DataDiskRecord = {
          ...data,
          name: p.DiskName ?? data.name,
          description: p.Description ?? data.description,
          deleteWithInstance: p.DeleteWithInstance ?? data.deleteWithInstance,
        };
        instances(tx).put({ ...inst, dataDisks: (inst.dataDisks ?? []).map((d) => (d.diskId === data.diskId ? changed : d)) });
      }
    });
    return {};
  },
});

/**
 * ModifyDiskSpec's performance level (../disk/actions.ts): only an ESSD has one. Checked before
 * anything changes; a dry run checks only.
 */
export function changeDiskSpec(tx: Transaction, diskId: string, level: string | undefined, dryRun: boolean): void {
  const { inst: owner, data } = diskOwner(tx, diskId);
  const category = data ? data.category : (owner.systemDiskCategory ?? DEFAULT_SYSTEM_DISK_CATEGORY);
  if (level !== undefined && category !== 'cloud_essd') {
    throw new InvalidPerformanceLevelMalformed(`The disk ${diskId} is ${category}; only an ESSD (cloud_essd) has a PerformanceLevel. Change the category or leave PerformanceLevel out.`);
  }
  if (dryRun) ecsDryRun(true);
  if (level === undefined) return;
  const inst = requireInstance(tx, owner.id);
  if (!data) {
    instances(tx).put({ ...inst, systemDiskPerformanceLevel: level });
    return;
  }
  instances(tx).put({ ...inst, dataDisks: (inst.dataDisks ?? []).map((d) => (d.diskId === diskId ? { ...d, performanceLevel: level } : d)) });
}

/** ModifyInstanceMetadataOptions: the metadata options DescribeInstances shows (MetadataOptions); nothing serves metadata. */
const modifyInstanceMetadataOptions = defineAction({
  name: 'ModifyInstanceMetadataOptions',
  products: ['ecs'],
  params: {
    InstanceId: string({ maxLength: 64 }),
    HttpEndpoint: string({ enum: ['enabled', 'disabled'] }),
    HttpTokens: string({ enum: ['optional', 'required'] }),
    HttpPutResponseHopLimit: integer({ min: 1, max: 64 }),
    ...ignored('InstanceMetadataTags'),
  },
  async handle(ctx, p) {
    if (!p.InstanceId) throw new MissingParameter('The input parameter "InstanceId" that is mandatory for processing this request is not supplied.');
    await ctx.transact((tx) => {
      const inst = requireInstance(tx, p.InstanceId!);
      instances(tx).put({
        ...inst,
        httpEndpoint: p.HttpEndpoint ?? inst.httpEndpoint,
        httpTokens: p.HttpTokens ?? inst.httpTokens,
        httpPutResponseHopLimit: p.HttpPutResponseHopLimit ?? inst.httpPutResponseHopLimit,
      });
    });
    return {};
  },
});

export const storedOptionActions = [describeUserData, modifyDiskAttribute, modifyInstanceMetadataOptions];
