/**
 * DescribeImages over the catalogue's public (system) images (domain/catalog/images-data.ts). The
 * sandbox has no custom, shared or marketplace images: asking for those owners lists nothing.
 * Images are the same in every region, and always Available.
 */
import { pageByNumber } from '../../actions/paging';
import { DRY_RUN, TAG, ecsDryRun, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { PUBLIC_IMAGES, type ImageFact } from '../../domain/catalog';
import { instanceTypeFact } from '../../domain/region-catalog';
import { boolean, integer, objects, string } from '../../wire/params';

function imageShape(i: ImageFact) {
  return {
    ImageId: i.imageId,
    // Public images' names equal their ids, as on the real cloud.
    ImageName: i.imageId,
    ImageVersion: '',
    ImageFamily: '',
    Description: '',
    Size: i.size,
    ImageOwnerAlias: 'system',
    ImageOwnerId: 0,
    OSType: i.osType,
    OSName: i.osName,
    OSNameEn: i.osName,
    Platform: i.platform,
    Architecture: i.architecture,
    BootMode: i.bootMode,
    Status: 'Available',
    Progress: '100%',
    CreationTime: i.creationTime,
    Usage: 'instance',
    IsSubscribed: false,
    IsSupportIoOptimized: true,
    IsSupportCloudinit: true,
    IsSelfShared: '',
    IsCopied: false,
    IsPublic: true,
    ProductCode: '',
    ResourceGroupId: '',
    LoginAsNonRootSupported: i.osType === 'linux',
    DiskDeviceMappings: { DiskDeviceMapping: [{ Device: '/dev/xvda', Size: String(i.size), SnapshotId: '', Type: 'system', Format: '', ImportOSSBucket: '', ImportOSSObject: '', Progress: '100%', RemainTime: 0 }] },
    Tags: { Tag: [] as unknown[] },
    Features: { NvmeSupport: 'supported' },
    DetectionOptions: { Status: '', Items: { Item: [] as unknown[] } },
  };
}

const describeImages = defineAction({
  name: 'DescribeImages',
  products: ['ecs'],
  params: {
    ImageId: string({ maxLength: 4096 }),
    ImageName: string({ maxLength: 256 }),
    ImageOwnerAlias: string({ enum: ['system', 'self', 'others', 'marketplace'] }),
    ImageOwnerId: integer({ min: 0 }),
    OSType: string({ maxLength: 16 }),
    Architecture: string({ maxLength: 16 }),
    Status: string({ maxLength: 128 }),
    InstanceType: string({ maxLength: 128 }),
    IsPublic: boolean(),
    Usage: string({ enum: ['instance', 'none'] }),
    ImageFamily: string({ maxLength: 128 }),
    SnapshotId: string({ maxLength: 64 }),
    ResourceGroupId: string({ maxLength: 64 }),
    Tag: TAG,
    DryRun: DRY_RUN,
    PageNumber: integer({ min: 1 }),
    PageSize: integer({ min: 1, max: 100 }),
    Filter: objects({ Key: string({ maxLength: 64 }), Value: string({ maxLength: 256 }) }, { maxItems: 10 }),
    // Support filters every public image passes (all support I/O optimisation and cloud-init).
    ...ignored('ActionType', 'IsSupportCloudinit', 'IsSupportIoOptimized', 'ShowExpired', 'Usable'),
  },
  handle(_ctx, p) {
    ecsDryRun(p.DryRun);
    const ids = p.ImageId ? new Set(p.ImageId.split(',').map((s) => s.trim()).filter(Boolean)) : undefined;
    const statuses = (p.Status || 'Available').split(',').map((s) => s.trim());
    const onlyPublicOwners = !p.ImageOwnerAlias || p.ImageOwnerAlias === 'system';
    const arm = p.InstanceType ? instanceTypeFact(p.InstanceType)?.architecture === 'ARM' : undefined;
    const rows = PUBLIC_IMAGES.filter(
      (i) =>
        onlyPublicOwners &&
        p.IsPublic !== false &&
        !p.SnapshotId &&
        !p.ImageFamily &&
        !p.ResourceGroupId &&
        (p.ImageOwnerId === undefined || p.ImageOwnerId === 0) &&
        (p.Tag ?? []).length === 0 &&
        statuses.includes('Available') &&
        (p.Usage === undefined || p.Usage === 'none') &&
        (!ids || ids.has(i.imageId)) &&
        (!p.ImageName || i.imageId === p.ImageName) &&
        (!p.OSType || i.osType === p.OSType.toLowerCase()) &&
        (!p.Architecture || i.architecture === p.Architecture) &&
        // An instance type runs images of its own architecture.
        (arm === undefined || (i.architecture === 'arm64') === arm),
    ).sort((a, b) => b.creationTime.localeCompare(a.creationTime) || a.imageId.localeCompare(b.imageId));
    const pg = pageByNumber(rows, p.PageNumber ?? 1, p.PageSize ?? 10);
    return { RegionId: _ctx.region, TotalCount: pg.TotalCount, PageNumber: pg.PageNumber, PageSize: pg.PageSize, Images: { Image: pg.items.map(imageShape) } };
  },
});

export const imageActions = [describeImages];
