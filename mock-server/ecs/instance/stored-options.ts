/**
 * Launch options the sandbox keeps and shows back without modelling their effect: the user data
 * (DescribeUserData), the key pair name, the system disk's name and description, and data disks as
 * records (DescribeDisks lists them; they live and die with the instance). There is no guest OS to
 * run the user data, no key pair to log in with, and no block storage behind the disks; keeping
 * them lets Terraform import an instance and see drift as it would on the real cloud.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { DRY_RUN, ecsDryRun, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import type { Transaction } from '../../store/store';
import { boolean, string } from '../../wire/params';
import { INSTANCE_ID, OPTIONAL_REGION, readInstanceRegion } from './regionless';
import { instances, requireInstance } from './domain';
import { InvalidDiskIdNotFound, InvalidUserDataBase64FormatInvalid, InvalidUserDataSizeExceeded } from './errors';
import type { DataDiskRecord, InstanceRecord } from './records';

/** The real limit: 32 KiB of Base64 text. */
const MAX_USER_DATA = 32 * 1024;
const DEFAULT_DATA_DISK_CATEGORY = 'cloud_efficiency';

/** The DataDisk.N.* fields as the wire layer hands them over (all text). */
export type DataDiskParams = Partial<Record<string, string>>;

export interface StoredLaunchOptions {
  userData?: string;
  keyPairName?: string;
  systemDiskName?: string;
  systemDiskDescription?: string;
  dataDisks?: DataDiskParams[];
}

export function checkUserData(userData: string | undefined): string | undefined {
  if (userData === undefined || userData === '') return userData;
  if (userData.length > MAX_USER_DATA) {
    throw new InvalidUserDataSizeExceeded(`The UserData is ${userData.length} characters long; it may be at most ${MAX_USER_DATA} characters of Base64 text.`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(userData) || userData.length % 4 !== 0) {
    throw new InvalidUserDataBase64FormatInvalid('The UserData is not Base64 text: encode the script or cloud-init document with Base64 before sending it.');
  }
  return userData;
}

function flag(v: string | undefined, dflt: boolean): boolean {
  return v === undefined || v === '' ? dflt : v === 'true';
}

/** The data disk records of a new instance, numbered from its ID like its system disk. */
function dataDisks(id: string, disks: DataDiskParams[] | undefined): DataDiskRecord[] {
  return (disks ?? []).map((d, i) => {
    const size = Number(d.Size ?? '');
    if (!d.SnapshotId && (!Number.isInteger(size) || size < 20 || size > 32768)) {
      throw new InvalidParameter(`The DataDisk.${i + 1}.Size "${d.Size ?? ''}" is invalid: a data disk is 20 to 32768 GiB.`);
    }
    return {
      diskId: `d-${id.slice(2)}${String(i + 1).padStart(2, '0')}`,
      category: d.Category || DEFAULT_DATA_DISK_CATEGORY,
      size: Number.isInteger(size) ? size : 40,
      name: d.DiskName ?? '',
      description: d.Description ?? '',
      encrypted: flag(d.Encrypted, false),
      kmsKeyId: d.KMSKeyId ?? '',
      snapshotId: d.SnapshotId ?? '',
      performanceLevel: d.PerformanceLevel ?? '',
      deleteWithInstance: flag(d.DeleteWithInstance, true),
      device: d.Device || `/dev/xvd${String.fromCharCode(98 + i)}`,
    };
  });
}

/** The stored fields of a new instance (spread into its record). */
export function storedFields(id: string, o: StoredLaunchOptions | undefined): Partial<InstanceRecord> {
  if (!o) return {};
  return {
    userData: checkUserData(o.userData) ?? '',
    keyPairName: o.keyPairName ?? '',
    systemDiskName: o.systemDiskName ?? '',
    systemDiskDescription: o.systemDiskDescription ?? '',
    dataDisks: dataDisks(id, o.dataDisks),
  };
}

/** Picks the stored options out of RunInstances / CreateInstance parameters. */
export function storedLaunchOptions(p: Record<string, unknown>): StoredLaunchOptions {
  const text = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
  return {
    userData: text('UserData'),
    keyPairName: text('KeyPairName'),
    systemDiskName: text('SystemDisk.DiskName'),
    systemDiskDescription: text('SystemDisk.Description'),
    dataDisks: Array.isArray(p.DataDisk) ? (p.DataDisk as DataDiskParams[]) : undefined,
  };
}

/** A data disk as DescribeDisks shows it. */
export function dataDiskResponse(region: string, inst: InstanceRecord, d: DataDiskRecord) {
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
    Tags: { Tag: [] as unknown[] },
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
function diskOwner(tx: Transaction, diskId: string): { inst: InstanceRecord; data?: DataDiskRecord } {
  for (const inst of instances(tx).all()) {
    if (diskId === `d-${inst.id.slice(2)}`) return { inst };
    const data = (inst.dataDisks ?? []).find((d) => d.diskId === diskId);
    if (data) return { inst, data };
  }
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
    DryRun: DRY_RUN,
    ...ignored('DeleteAutoSnapshot', 'EnableAutoSnapshot', 'BurstingEnabled', 'DiskIds'),
  },
  async handle(ctx, p) {
    if (!p.DiskId) throw new MissingParameter('The input parameter "DiskId" that is mandatory for processing this request is not supplied.');
    await ctx.transact((tx) => {
      const { inst, data } = diskOwner(tx, p.DiskId!);
      if (p.DryRun) ecsDryRun(true);
      if (!data) {
        instances(tx).put({ ...inst, systemDiskName: p.DiskName ?? inst.systemDiskName, systemDiskDescription: p.Description ?? inst.systemDiskDescription });
        return;
      }
      const changed: DataDiskRecord = {
        ...data,
        name: p.DiskName ?? data.name,
        description: p.Description ?? data.description,
        deleteWithInstance: p.DeleteWithInstance ?? data.deleteWithInstance,
      };
      instances(tx).put({ ...inst, dataDisks: (inst.dataDisks ?? []).map((d) => (d.diskId === data.diskId ? changed : d)) });
    });
    return {};
  },
});

export const storedOptionActions = [describeUserData, modifyDiskAttribute];
