/**
 * Access points: where a leased line meets Alibaba Cloud. The real list is a changing catalogue
 * of data-centre sites; the sandbox offers a fixed, documented pair per region
 * (`ap-<region>-sandbox-a` and `-b`), plus the real ids that the real provider's docs hard-code
 * (catalog/access-points-data.ts).
 */
import { REAL_ACCESS_POINTS } from '../../domain/catalog/access-points-data';
import { findRegion } from '../../domain/regions';

export interface AccessPoint {
  id: string;
  name: string;
  location: string;
  hostOperator: string;
}

export function accessPointsOf(regionId: string): AccessPoint[] {
  const region = findRegion(regionId);
  if (!region) return [];
  return ['a', 'b'].map((suffix) => ({
    id: `ap-${regionId}-sandbox-${suffix}`,
    name: `${region.localName} sandbox access point ${suffix.toUpperCase()}`,
    location: `${region.localName}, sandbox site ${suffix.toUpperCase()}`,
    hostOperator: 'Alibaba Cloud (sandbox)',
  })).concat(
    // Real ids that the provider's docs hard-code (catalogue), so their examples run unchanged.
    (REAL_ACCESS_POINTS[regionId] ?? []).map((a) => ({
      id: a.id,
      name: `${region.localName} access point ${a.site}`,
      location: `${region.localName}, site ${a.site}`,
      hostOperator: 'Alibaba Cloud',
    })),
  );
}

export function findAccessPoint(regionId: string, id: string): AccessPoint | undefined {
  return accessPointsOf(regionId).find((a) => a.id === id);
}
