/** The VPC product's DescribeRegions and DescribeZones, from the shared region catalogue. */
import { defineAction } from '../../actions/registry';
import { allRegions, requireRegion, vpcRegionEndpoint, vpcZones } from '../../domain/region-catalog';
import { string } from '../../wire/params';

const describeVpcRegionsAction = defineAction({
  name: 'DescribeRegions',
  products: ['vpc'],
  // The SDK's request has no RegionId; the list is the same whatever region is asked.
  regional: false,
  params: {
    // Every sandbox region offers every VPC product type: accepted, nothing to filter.
    ProductType: string({ maxLength: 64 }),
  },
  handle() {
    return {
      // Local names are English whatever AcceptLanguage says.
      Regions: { Region: allRegions().map((r) => ({ RegionId: r.regionId, LocalName: r.localName, RegionEndpoint: vpcRegionEndpoint(r.regionId) })) },
    };
  },
});

const describeVpcZonesAction = defineAction({
  name: 'DescribeZones',
  products: ['vpc'],
  params: { ZoneType: string({ maxLength: 64 }) },
  handle(ctx, p) {
    return { Zones: { Zone: vpcZones(requireRegion(ctx.region), p.ZoneType) } };
  },
});

export const vpcRegionActions = [describeVpcRegionsAction, describeVpcZonesAction];
