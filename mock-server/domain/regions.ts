/**
 * The regions the product guide names, each with a few zones. Real zone lists are longer and
 * change over time; the sandbox keeps a fixed, documented subset.
 */
export interface ZoneInfo {
  zoneId: string;
  localName: string;
}

export interface RegionInfo {
  regionId: string;
  localName: string;
  zones: ZoneInfo[];
}

function zones(regionId: string, name: string, letters: string[]): ZoneInfo[] {
  return letters.map((l) => ({ zoneId: `${regionId}-${l}`, localName: `${name} Zone ${l.toUpperCase()}` }));
}

function region(regionId: string, localName: string, letters: string[], zoneName = localName): RegionInfo {
  return { regionId, localName, zones: zones(regionId, zoneName, letters) };
}

export const REGIONS: readonly RegionInfo[] = [
  region('cn-qingdao', 'China (Qingdao)', ['b', 'c']),
  region('cn-beijing', 'China (Beijing)', ['a', 'b', 'c', 'h']),
  region('cn-zhangjiakou', 'China (Zhangjiakou)', ['a', 'b', 'c']),
  region('cn-hangzhou', 'China (Hangzhou)', ['b', 'g', 'h', 'i', 'j', 'k']),
  region('cn-shanghai', 'China (Shanghai)', ['b', 'e', 'f', 'g']),
  region('cn-shenzhen', 'China (Shenzhen)', ['a', 'd', 'e']),
  region('cn-hongkong', 'China (Hong Kong)', ['b', 'c', 'd']),
  region('ap-northeast-1', 'Japan (Tokyo)', ['a', 'b']),
  region('ap-southeast-1', 'Singapore', ['a', 'b', 'c']),
  region('ap-southeast-2', 'Australia (Sydney)', ['a', 'b']),
  region('us-east-1', 'US (Virginia)', ['a', 'b']),
  region('us-west-1', 'US (Silicon Valley)', ['a', 'b']),
  region('me-east-1', 'UAE (Dubai)', ['a', 'b']),
  region('eu-central-1', 'Germany (Frankfurt)', ['a', 'b']),
];

const BY_ID = new Map(REGIONS.map((r) => [r.regionId, r]));

export function findRegion(regionId: string): RegionInfo | undefined {
  return BY_ID.get(regionId);
}

export function findZone(regionId: string, zoneId: string): ZoneInfo | undefined {
  return BY_ID.get(regionId)?.zones.find((z) => z.zoneId === zoneId);
}
