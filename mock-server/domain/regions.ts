/**
 * The regions and zones the sandbox serves: every public Alibaba Cloud region with its real zone
 * ids, old zones included (the data and its sources are in ./catalog/regions-data.ts). Real zone
 * lists change over time; the sandbox keeps one fixed, documented list.
 */
import { CATALOG_REGIONS, type ZoneEra } from './catalog';

export interface ZoneInfo {
  zoneId: string;
  /** English local name, such as "Hangzhou Zone H". */
  localName: string;
  /** When the zone opened, roughly; decides the instance families it offers (a sandbox simplification). */
  era: ZoneEra;
}

export interface RegionInfo {
  regionId: string;
  localName: string;
  zones: ZoneInfo[];
}

export const REGIONS: readonly RegionInfo[] = CATALOG_REGIONS.map((r) => ({
  regionId: r.regionId,
  localName: r.localName,
  zones: r.zones.map((z) => ({ zoneId: z.zoneId, localName: z.localName, era: z.era })),
}));

const BY_ID = new Map(REGIONS.map((r) => [r.regionId, r]));

export function findRegion(regionId: string): RegionInfo | undefined {
  return BY_ID.get(regionId);
}

export function findZone(regionId: string, zoneId: string): ZoneInfo | undefined {
  return BY_ID.get(regionId)?.zones.find((z) => z.zoneId === zoneId);
}
