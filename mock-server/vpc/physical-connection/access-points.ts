/**
 * Access points: where a leased line meets Alibaba Cloud. The real list is a changing catalogue
 * of data-centre sites; the sandbox offers a fixed, documented pair per region
 * (`ap-<region>-sandbox-a` and `-b`), which is all its physical connections need.
 */
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
  }));
}

export function findAccessPoint(regionId: string, id: string): AccessPoint | undefined {
  return accessPointsOf(regionId).find((a) => a.id === id);
}
