/**
 * alicloud_images — images from ECS DescribeImages (PageSize 100 loop), as aliyun/alicloud lists
 * them: filtered on the server by owner (`owners`), OS, architecture, id, instance type …, and
 * locally by `name_regex` (against the image name; public images are named by their id).
 * `most_recent` keeps only the newest. The sandbox has public (system) images only.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { bool, str, strMap } from '../shared/values';
import { unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { NAME_REGEX_ATTR, OUTPUT_FILE_ATTR } from './common';
import { finishListing, localFilter } from './listing';

const IMAGE_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  image_id: 'string',
  architecture: 'string',
  creation_time: 'string',
  description: 'string',
  image_owner_alias: 'string',
  os_type: 'string',
  os_name: 'string',
  os_name_en: 'string',
  name: 'string',
  image_name: 'string',
  platform: 'string',
  status: 'string',
  state: 'string',
  size: 'number',
  is_subscribed: 'bool',
  is_support_io_optimized: 'bool',
  is_self_shared: 'string',
  is_copied: 'bool',
  image_version: 'string',
  image_family: 'string',
  progress: 'string',
  usage: 'string',
  product_code: 'string',
  boot_mode: 'string',
  disk_device_mappings: ['list', ['object', { device: 'string', size: 'string', snapshot_id: 'string' }]],
  tags: ['map', 'string'],
};

const opt = (type: AttrType, description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type, optional: true, description, ...extra });

export const imagesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  name_regex: NAME_REGEX_ATTR,
  most_recent: opt('bool', 'Keep only the newest image found.'),
  // The real validator lists "" among the owners (meaning any); the image modules pass it.
  owners: opt('string', 'Whose images: system, self, others or marketplace ("" means any).', { emptyIsUnset: true, validators: [oneOf(['system', 'self', 'others', 'marketplace'])] }),
  status: opt('string', 'Image status, such as Available (the default).'),
  image_id: opt('string', 'Only this image.'),
  image_name: opt('string', 'Only the image with this name.'),
  snapshot_id: opt('string', 'Only images made from this snapshot (none in the sandbox).'),
  resource_group_id: opt('string', 'Only images in this resource group (public images have none).'),
  image_family: opt('string', 'Only images of this family (public images have none).'),
  instance_type: opt('string', 'Only images that run on this instance type (its architecture).'),
  is_support_io_optimized: opt('bool', 'Only images that support I/O-optimized instances (all do).'),
  is_support_cloud_init: opt('bool', 'Only images that support cloud-init (all do).'),
  os_type: opt('string', 'linux or windows.', { validators: [oneOf(['linux', 'windows'], { ignoreCase: true })] }),
  architecture: opt('string', 'i386, x86_64 or arm64.', { validators: [oneOf(['i386', 'x86_64', 'arm64'])] }),
  action_type: opt('string', 'The action the image is for (accepted, every image qualifies).'),
  usage: opt('string', 'instance or none.', { validators: [oneOf(['instance', 'none'])] }),
  dry_run: opt('bool', 'Only check the request.'),
  tags: { ...TAGS_ATTR, description: 'Only images carrying all these tags.' },
  image_owner_id: opt('string', 'Only images of this owner account.'),
  output_file: OUTPUT_FILE_ATTR,
  ids: { type: ['list', 'string'], computed: true, description: 'The IDs of the images found.' },
  images: { type: ['list', ['object', IMAGE_OBJECT]], computed: true, description: 'The images found, newest first.' },
};

export const imagesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_images',
  schema: {
    description: 'Lists ECS images.',
    attributes: imagesAttributes,
    // The real data source declares a read timeout (5 minutes); the sandbox answers at once, so the
    // block is accepted and kept.
    blocks: {
      timeouts: {
        nesting: 'single',
        acceptedOnly: 'How long the real provider waits for DescribeImages.',
        block: { description: 'Timeouts (accepted and kept; the sandbox answers at once).', attributes: { read: { type: 'string', optional: true, description: 'Default 5m.' } } },
      },
    },
  },

  async read(ctx, config) {
    const params = {
      ImageOwnerAlias: str(config.owners) || undefined,
      Status: str(config.status),
      ImageId: str(config.image_id),
      ImageName: str(config.image_name),
      SnapshotId: str(config.snapshot_id),
      ResourceGroupId: str(config.resource_group_id),
      ImageFamily: str(config.image_family),
      InstanceType: str(config.instance_type),
      OSType: str(config.os_type)?.toLowerCase(),
      Architecture: str(config.architecture),
      ActionType: str(config.action_type),
      Usage: str(config.usage),
      ImageOwnerId: str(config.image_owner_id),
      IsSupportIoOptimized: bool(config.is_support_io_optimized),
      IsSupportCloudinit: bool(config.is_support_cloud_init),
      DryRun: bool(config.dry_run),
      ...tagParams(strMap(config.tags)),
    };
    const all: any[] = [];
    for (let page = 1; page <= 100; page++) {
      const out = await api(ctx, 'ecs', 'DescribeImages', { ...params, PageNumber: page, PageSize: 100 });
      const rows = unwrapList(out?.Images, 'Image');
      all.push(...rows);
      if (rows.length < 100 || all.length >= Number(out?.TotalCount ?? 0)) break;
    }
    let rows = localFilter(
      config,
      all.map((i) => ({ id: String(i.ImageId), name: String(i.ImageName ?? ''), raw: i })),
    ).sort((a, b) => String(b.raw.CreationTime).localeCompare(String(a.raw.CreationTime)));
    if (bool(config.most_recent)) rows = rows.slice(0, 1);
    const items: ObjectValue[] = rows.map(({ raw: i }) => ({
      id: i.ImageId,
      image_id: i.ImageId,
      architecture: i.Architecture ?? '',
      creation_time: i.CreationTime ?? '',
      description: i.Description ?? '',
      image_owner_alias: i.ImageOwnerAlias ?? '',
      os_type: i.OSType ?? '',
      os_name: i.OSName ?? '',
      os_name_en: i.OSNameEn ?? '',
      name: i.ImageName ?? '',
      image_name: i.ImageName ?? '',
      platform: i.Platform ?? '',
      status: i.Status ?? '',
      state: i.Status ?? '',
      size: Number(i.Size ?? 0),
      is_subscribed: i.IsSubscribed === true,
      is_support_io_optimized: i.IsSupportIoOptimized !== false,
      is_self_shared: String(i.IsSelfShared ?? ''),
      is_copied: i.IsCopied === true,
      image_version: i.ImageVersion ?? '',
      image_family: i.ImageFamily ?? '',
      progress: i.Progress ?? '',
      usage: i.Usage ?? '',
      product_code: i.ProductCode ?? '',
      boot_mode: i.BootMode ?? '',
      disk_device_mappings: unwrapList(i.DiskDeviceMappings, 'DiskDeviceMapping').map((d: any) => ({ device: String(d.Device ?? ''), size: String(d.Size ?? ''), snapshot_id: String(d.SnapshotId ?? '') })),
      tags: tagsFromApi(i.Tags),
    }));
    return { ...finishListing(imagesAttributes, config, 'images', items, rows.map((r) => ({ id: r.id, name: r.name }))), timeouts: config.timeouts ?? null };
  },
};
