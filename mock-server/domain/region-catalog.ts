/**
 * What ECS offers in each zone of the sandbox's regions (domain/regions.ts): the instance types,
 * disk categories and resource kinds that DescribeZones and DescribeAvailableResource report.
 * The instance types, their sizes and the rule deciding which zone offers which family are data
 * in ./catalog/instance-types-data.ts (older zones offer the old families such as ecs.n4, newer
 * zones the newer ones such as ecs.g9i, every zone the common ones such as ecs.g7). Every zone
 * offers at least one type and one disk category, which the Terraform provider's alicloud_zones
 * data source needs to keep a zone.
 */
import { InvalidRegionIdNotFound } from '../errors';
import {
  INSTANCE_TYPE_FACTS,
  findImages,
  imageFact,
  instanceTypeFact,
  instanceTypesOfZone,
  zoneOffersInstanceType,
  zonesOfferingInstanceType,
  type ImageFact,
  type ImageQuery,
  type InstanceTypeFact,
} from './catalog';
import { REGIONS, findRegion, type RegionInfo, type ZoneInfo } from './regions';

export { findImages, imageFact, instanceTypeFact, zoneOffersInstanceType, zonesOfferingInstanceType };
export type { ImageFact, ImageQuery, InstanceTypeFact };

/** Instance types every sandbox zone offers (the catalogue's `common` families). */
export const INSTANCE_TYPES: readonly string[] = INSTANCE_TYPE_FACTS.filter((t) => t.tier === 'common').map((t) => t.instanceType);

/** Every instance type the catalogue knows, whichever zones offer it. */
export const ALL_INSTANCE_TYPES: readonly string[] = INSTANCE_TYPE_FACTS.map((t) => t.instanceType);

/** The instance types a zone offers. */
export function zoneInstanceTypes(zone: ZoneInfo): string[] {
  return instanceTypesOfZone(zone).map((t) => t.instanceType);
}

/** Cloud disk categories every zone offers; RunInstances accepts exactly these for a system disk. */
export const DISK_CATEGORIES = ['cloud', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'cloud_auto', 'cloud_essd_entry'] as const;
export const VOLUME_CATEGORIES: readonly string[] = ['ephemeral_ssd', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd'];
export const RESOURCE_TYPES: readonly string[] = ['Instance', 'Disk', 'VSwitch', 'IoOptimized', 'DedicatedHost'];

function family(type: string): string {
  // ecs.g7.large → ecs.g7; ecs.t6-c1m1.large → ecs.t6
  const parts = type.split('.');
  return `${parts[0]}.${parts[1].split('-')[0]}`;
}

/**
 * vCPUs and memory (MiB) of an instance type: the catalogue's real figures when it knows the
 * type; otherwise read from its name the way the real families are sized (large = 2 vCPUs,
 * xlarge = 4, Nxlarge = 4N; g = 4 GiB per vCPU, c = 2, r = 8; t and e burstable types carry their
 * ratio as cXmY), and 2 vCPUs / 4 GiB for shapes it cannot read. The sandbox does not bill, so
 * these figures are informative only.
 */
export function instanceTypeShape(type: string): { cpu: number; memoryMiB: number; family: string } {
  const known = instanceTypeFact(type);
  if (known) return { cpu: known.cpu, memoryMiB: Math.round(known.memoryGiB * 1024), family: known.family };
  const parts = type.split('.');
  const size = parts[parts.length - 1] ?? '';
  let cpu = 2;
  if (size === 'small') cpu = 1;
  else if (size === 'medium') cpu = 1;
  else if (size === 'large') cpu = 2;
  else if (size === 'xlarge') cpu = 4;
  else {
    const m = /^(\d+)xlarge$/.exec(size);
    if (m) cpu = 4 * Number(m[1]);
  }
  const name = parts[1] ?? '';
  let perCpu = 4;
  const ratio = /c(\d+)m(\d+)/.exec(name);
  if (ratio) perCpu = Number(ratio[2]) / Number(ratio[1]);
  else if (/^c\d/.test(name)) perCpu = 2;
  else if (/^r\d/.test(name)) perCpu = 8;
  return { cpu, memoryMiB: Math.round(cpu * perCpu * 1024), family: parts.length >= 2 ? family(type) : type };
}

/** The region, or InvalidRegionId.NotFound. */
export function requireRegion(regionId: string): RegionInfo {
  const r = findRegion(regionId);
  if (!r) {
    throw new InvalidRegionIdNotFound(`The specified RegionId "${regionId}" does not exist. Call DescribeRegions for the regions the sandbox serves, such as cn-hangzhou.`);
  }
  return r;
}

export function allRegions(): readonly RegionInfo[] {
  return REGIONS;
}

/** The VPC product's endpoint of a region, as VPC DescribeRegions shows it. */
export function vpcRegionEndpoint(regionId: string): string {
  return `vpc.${regionId}.aliyuncs.com`;
}

/** VPC DescribeZones' only zone type here: every sandbox zone is an ordinary availability zone. */
export const VPC_ZONE_TYPE = 'AvailabilityZone';

/**
 * The zones VPC DescribeZones lists (where VSwitches can be created): all the region's zones for
 * ZoneType AvailabilityZone (the default); none for other types (the sandbox has no local or edge
 * zones).
 */
export function vpcZones(region: RegionInfo, zoneType: string | undefined): Array<{ ZoneId: string; LocalName: string; ZoneType: string }> {
  if (zoneType !== undefined && zoneType !== '' && zoneType.toLowerCase() !== VPC_ZONE_TYPE.toLowerCase()) return [];
  return region.zones.map((z) => ({ ZoneId: z.zoneId, LocalName: z.localName, ZoneType: VPC_ZONE_TYPE }));
}

/** The DescribeZones entry of one zone. */
export function zoneOffering(zone: ZoneInfo) {
  const offered = instanceTypesOfZone(zone);
  const types = offered.map((t) => t.instanceType);
  const families = [...new Set(offered.map((t) => t.family))];
  const generations = [...new Set(offered.map((t) => t.generation))].sort();
  return {
    ZoneId: zone.zoneId,
    LocalName: zone.localName,
    ZoneType: 'AvZone',
    AvailableResourceCreation: { ResourceTypes: [...RESOURCE_TYPES] },
    AvailableInstanceTypes: { InstanceTypes: types },
    AvailableDiskCategories: { DiskCategories: [...DISK_CATEGORIES] },
    AvailableVolumeCategories: { VolumeCategories: [...VOLUME_CATEGORIES] },
    AvailableDedicatedHostTypes: { DedicatedHostType: [] as string[] },
    DedicatedHostGenerations: { DedicatedHostGeneration: [] as string[] },
    AvailableResources: {
      ResourcesInfo: [
        {
          IoOptimized: true,
          SystemDiskCategories: { supportedSystemDiskCategory: [...DISK_CATEGORIES] },
          DataDiskCategories: { supportedDataDiskCategory: [...DISK_CATEGORIES] },
          NetworkTypes: { supportedNetworkCategory: ['vpc'] },
          InstanceTypes: { supportedInstanceType: [...types] },
          InstanceTypeFamilies: { supportedInstanceTypeFamily: families },
          InstanceGenerations: { supportedInstanceGeneration: generations },
        },
      ],
    },
  };
}

/** DescribeAvailableResource's DestinationResource values the sandbox answers. */
export const DESTINATION_RESOURCES = ['Zone', 'IoOptimized', 'InstanceType', 'SystemDisk', 'DataDisk', 'Network'] as const;

export interface AvailabilityQuery {
  destination: (typeof DESTINATION_RESOURCES)[number];
  zoneId?: string;
  instanceType?: string;
  cores?: number;
  memoryGiB?: number;
  systemDiskCategory?: string;
  dataDiskCategory?: string;
  networkCategory?: string;
}

function supported(value: string, extra: Record<string, unknown> = {}) {
  return { Value: value, Status: 'Available', StatusCategory: 'WithStock', ...extra };
}

/**
 * DescribeAvailableResource: what can be created in each zone of the region. Each zone offers its
 * own instance types (see zoneInstanceTypes) and never runs out of stock; the filters narrow it as
 * the real ones do (a zone that offers nothing matching is left out).
 */
export function availableResources(region: RegionInfo, q: AvailabilityQuery) {
  const diskOk = (c: string | undefined) => !c || (DISK_CATEGORIES as readonly string[]).includes(c);
  const networkOk = !q.networkCategory || q.networkCategory.toLowerCase() === 'vpc';
  const typesOf = (zone: ZoneInfo) =>
    zoneInstanceTypes(zone).filter((t) => {
      if (q.instanceType && t !== q.instanceType) return false;
      const shape = instanceTypeShape(t);
      if (q.cores !== undefined && shape.cpu !== q.cores) return false;
      if (q.memoryGiB !== undefined && shape.memoryMiB !== Math.round(q.memoryGiB * 1024)) return false;
      return true;
    });
  const usable = (zone: ZoneInfo) => typesOf(zone).length > 0 && diskOk(q.systemDiskCategory) && diskOk(q.dataDiskCategory) && networkOk;
  const zones = region.zones.filter((z) => (!q.zoneId || z.zoneId === q.zoneId) && usable(z));
  const resources = (zone: ZoneInfo) => {
    switch (q.destination) {
      case 'Zone':
        return [supported(zone.zoneId)];
      case 'IoOptimized':
        return [supported('optimized')];
      case 'InstanceType':
        return typesOf(zone).map((t) => supported(t));
      case 'SystemDisk':
        return DISK_CATEGORIES.filter((c) => !q.systemDiskCategory || c === q.systemDiskCategory).map((c) => supported(c, { Min: 20, Max: 2048, Unit: 'GiB' }));
      case 'DataDisk':
        return DISK_CATEGORIES.filter((c) => !q.dataDiskCategory || c === q.dataDiskCategory).map((c) => supported(c, { Min: 20, Max: 32768, Unit: 'GiB' }));
      case 'Network':
        return [supported('vpc')];
    }
  };
  return zones.map((z) => ({
    ZoneId: z.zoneId,
    RegionId: region.regionId,
    Status: 'Available',
    StatusCategory: 'WithStock',
    AvailableResources: { AvailableResource: [{ Type: q.destination, SupportedResources: { SupportedResource: resources(z) } }] },
  }));
}
