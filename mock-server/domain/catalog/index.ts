/**
 * Lookups over the catalogue's data (regions-data, instance-types-data, images-data). Pure: no
 * state, no errors thrown on a miss (callers decide which wire error a miss is).
 */
import { PUBLIC_IMAGES, type ImageFact } from './images-data';
import { INSTANCE_FAMILIES, tiersOfEra, type Accelerator, type FamilyTier, type InstanceFamilyFact, type LocalDisks } from './instance-types-data';
import { REGION_FACTS, ZONES_WITH_LATEST_FAMILIES, zoneIdOf, type ZoneEra } from './regions-data';

export type { Accelerator, FamilyTier, ImageFact, InstanceFamilyFact, LocalDisks, ZoneEra };
export { INSTANCE_FAMILIES, PUBLIC_IMAGES, REGION_FACTS };

export interface CatalogZone {
  zoneId: string;
  regionId: string;
  /** English local name, such as "Hangzhou Zone H". */
  localName: string;
  era: ZoneEra;
}

export interface CatalogRegion {
  regionId: string;
  localName: string;
  zones: CatalogZone[];
}

export interface InstanceTypeFact {
  instanceType: string;
  family: string;
  generation: string;
  tier: FamilyTier;
  cpu: number;
  memoryGiB: number;
  architecture: 'X86' | 'ARM';
  burstable: boolean;
  /** InstanceCategory of a specialised family ("Big data", "Compute-optimized with GPU" …); undefined otherwise. */
  category?: string;
  /** GPUs (or virtual GPUs) per instance and their card; 0 and "" for CPU-only types. */
  gpuAmount: number;
  gpuSpec: string;
  /** FPGA cards per instance (f3); 0 otherwise. */
  fpgaAmount: number;
  /** Local disks per instance, GiB per disk and their category; 0, 0 and "" without local disks. */
  localStorage: { amount: number; capacityGiB: number; category: string };
}

export const CATALOG_REGIONS: readonly CatalogRegion[] = REGION_FACTS.map((r) => ({
  regionId: r.regionId,
  localName: r.localName,
  zones: r.zones.map(([letter, era]) => ({ zoneId: zoneIdOf(r.regionId, letter), regionId: r.regionId, localName: `${r.city} Zone ${letter.toUpperCase()}`, era })),
}));

const REGION_BY_ID = new Map(CATALOG_REGIONS.map((r) => [r.regionId, r]));
const ZONE_BY_ID = new Map(CATALOG_REGIONS.flatMap((r) => r.zones.map((z) => [z.zoneId, z] as const)));

export const INSTANCE_TYPE_FACTS: readonly InstanceTypeFact[] = INSTANCE_FAMILIES.flatMap((f) =>
  Object.entries(f.types).map(([instanceType, [cpu, memoryGiB]]) => ({
    instanceType,
    family: f.family,
    generation: f.generation,
    tier: f.tier,
    cpu,
    memoryGiB,
    architecture: f.architecture ?? 'X86',
    burstable: f.burstable ?? false,
    ...(f.category ? { category: f.category } : {}),
    ...extrasOf(f, instanceType),
  })),
);

function extrasOf(f: InstanceFamilyFact, instanceType: string): Pick<InstanceTypeFact, 'gpuAmount' | 'gpuSpec' | 'fpgaAmount' | 'localStorage'> {
  const x = f.extra;
  const gpu = x?.kind === 'GPU' ? { gpuAmount: x.per[instanceType] ?? 0, gpuSpec: x.spec } : { gpuAmount: 0, gpuSpec: '' };
  const disks = x?.kind === 'LocalDisk' ? x.per[instanceType] : undefined;
  return {
    ...gpu,
    fpgaAmount: x?.kind === 'FPGA' ? x.per[instanceType] ?? 0 : 0,
    localStorage: disks && x?.kind === 'LocalDisk' ? { amount: disks[0], capacityGiB: disks[1], category: x.category } : { amount: 0, capacityGiB: 0, category: '' },
  };
}

const TYPE_BY_ID = new Map(INSTANCE_TYPE_FACTS.map((t) => [t.instanceType, t]));
const IMAGE_BY_ID = new Map(PUBLIC_IMAGES.map((i) => [i.imageId, i]));

export function catalogRegion(regionId: string): CatalogRegion | undefined {
  return REGION_BY_ID.get(regionId);
}

/** A zone by id, whatever its region. */
export function catalogZone(zoneId: string): CatalogZone | undefined {
  return ZONE_BY_ID.get(zoneId);
}

export function instanceTypeFact(instanceType: string): InstanceTypeFact | undefined {
  return TYPE_BY_ID.get(instanceType);
}

/** The family tiers a zone offers: its era's (instance-types-data.ts), plus the exceptions of regions-data.ts. */
function tiersOfZone(zone: Pick<CatalogZone, 'era'> & { zoneId?: string }): readonly FamilyTier[] {
  const tiers = tiersOfEra(zone.era);
  return zone.zoneId && ZONES_WITH_LATEST_FAMILIES.has(zone.zoneId) && !tiers.includes('latest') ? [...tiers, 'latest'] : tiers;
}

/** The types a zone offers, in catalogue order (see the rule in instance-types-data.ts). */
export function instanceTypesOfZone(zone: Pick<CatalogZone, 'era'> & { zoneId?: string }): InstanceTypeFact[] {
  const tiers = tiersOfZone(zone);
  return INSTANCE_TYPE_FACTS.filter((t) => tiers.includes(t.tier));
}

/** Whether the zone offers the type; false for an unknown zone or type. */
export function zoneOffersInstanceType(zoneId: string, instanceType: string): boolean {
  const zone = ZONE_BY_ID.get(zoneId);
  const type = TYPE_BY_ID.get(instanceType);
  return !!zone && !!type && tiersOfZone(zone).includes(type.tier);
}

/** The region's zones that offer the type. */
export function zonesOfferingInstanceType(regionId: string, instanceType: string): CatalogZone[] {
  return (REGION_BY_ID.get(regionId)?.zones ?? []).filter((z) => zoneOffersInstanceType(z.zoneId, instanceType));
}

export function imageFact(imageId: string): ImageFact | undefined {
  return IMAGE_BY_ID.get(imageId);
}

export interface ImageQuery {
  /** A regular expression matched against the image id (the provider's name_regex; image names equal ids for public images). */
  nameRegex?: string;
  osType?: string;
  architecture?: string;
  /** Newest first, and only the newest one. */
  mostRecent?: boolean;
}

/**
 * The public images matching the query, newest first. With mostRecent only the newest is left,
 * as the alicloud_images data source does with `most_recent = true`.
 */
export function findImages(q: ImageQuery = {}): ImageFact[] {
  const re = q.nameRegex ? new RegExp(q.nameRegex) : undefined;
  const out = PUBLIC_IMAGES.filter(
    (i) => (!re || re.test(i.imageId)) && (!q.osType || i.osType === q.osType.toLowerCase()) && (!q.architecture || i.architecture === q.architecture),
  ).sort((a, b) => b.creationTime.localeCompare(a.creationTime) || a.imageId.localeCompare(b.imageId));
  return q.mostRecent ? out.slice(0, 1) : out;
}
