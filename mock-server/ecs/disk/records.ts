/**
 * What a disk has of its own. A disk's size, category and attachment live on its instance's row
 * (the disk lives and dies with it); its tags are here, one row per disk, because TagResources /
 * UntagResources (ResourceType disk) work on a table keyed by resource ID. RunInstances' Tag.N
 * lands on the instance and on its disks, as on the real cloud; the real provider reads
 * volume_tags back from the system disk's Tags.
 */
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';
import type { Transaction } from '../../store/store';

export const DISKS = 'disks';

export interface DiskRecord extends Row {
  id: string;
  instanceId: string;
  tags: Tags;
}

export function diskRows(tx: Transaction) {
  return tx.table<DiskRecord>(DISKS);
}

/** The disk rows of a new instance (its system disk and data disks), tagged like it. */
export function addDisks(tx: Transaction, instanceId: string, diskIds: string[], tags: Tags): void {
  for (const id of diskIds) diskRows(tx).put({ id, instanceId, tags: { ...tags } });
}

/** A disk's tags ({} for disks stored before disks had rows). */
export function diskTags(tx: Transaction, diskId: string): Tags {
  return diskRows(tx).get(diskId)?.tags ?? {};
}

export function removeDisksOf(tx: Transaction, instanceId: string): void {
  for (const d of diskRows(tx).all().filter((r) => r.instanceId === instanceId)) diskRows(tx).delete(d.id);
}
