/** How the disks the sandbox has (each instance's system disk) appear in DescribeDisks. */
import type { Transaction } from '../../store/store';
import { DEFAULT_SYSTEM_DISK_CATEGORY, DEFAULT_SYSTEM_DISK_SIZE } from '../instance/domain';
import type { InstanceRecord } from '../instance/records';
import { ecsTagsShape } from '../../actions/tags';
import { diskTags } from './records';

/**
 * The instance's system disk as DescribeDisks shows it. The disk is not a row of its own: it lives
 * and dies with the instance (DeleteWithInstance), and its ID is derived from the instance ID.
 */
export function systemDiskResponse(tx: Transaction, inst: InstanceRecord) {
  return {
    DiskId: `d-${inst.id.slice(2)}`,
    DiskName: inst.systemDiskName ?? '',
    Description: inst.systemDiskDescription ?? '',
    Type: 'system',
    Category: inst.systemDiskCategory ?? DEFAULT_SYSTEM_DISK_CATEGORY,
    Size: inst.systemDiskSize ?? DEFAULT_SYSTEM_DISK_SIZE,
    InstanceId: inst.id,
    RegionId: tx.region,
    ZoneId: inst.zoneId,
    Status: 'In_use',
    Device: '/dev/xvda',
    ImageId: inst.imageId,
    Portable: false,
    DeleteWithInstance: true,
    DeleteAutoSnapshot: true,
    EnableAutoSnapshot: false,
    Encrypted: false,
    // PL1 is the API's default for an ESSD; other categories have no performance level (a level
    // sent for one at launch is ignored).
    PerformanceLevel: (inst.systemDiskCategory ?? DEFAULT_SYSTEM_DISK_CATEGORY) === 'cloud_essd' ? (inst.systemDiskPerformanceLevel ?? 'PL1') : '',
    DiskChargeType: inst.instanceChargeType,
    ResourceGroupId: inst.resourceGroupId ?? '',
    // DescribeDisks shows seconds, unlike DescribeInstances.
    CreationTime: new Date(inst.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    AttachedTime: new Date(inst.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Tags: ecsTagsShape(diskTags(tx, `d-${inst.id.slice(2)}`)),
  };
}
