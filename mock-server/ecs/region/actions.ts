/** The ECS product's DescribeRegions, DescribeZones and DescribeAvailableResource, from the shared region catalogue. */
import { ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { DESTINATION_RESOURCES, allRegions, availableResources, requireRegion, zoneOffering } from '../../domain/region-catalog';
import { boolean, integer, required, string } from '../../wire/params';

const describeRegions = defineAction({
  name: 'DescribeRegions',
  products: ['ecs'],
  // The real action takes an optional RegionId and answers the same list whatever it is.
  regional: false,
  params: {
    // Filters on what may be bought where; every sandbox region offers everything: ignored.
    ...ignored('InstanceChargeType', 'ResourceType'),
  },
  handle() {
    return {
      Regions: {
        // Local names are English whatever AcceptLanguage says (the real default is zh-CN).
        Region: allRegions().map((r) => ({ RegionId: r.regionId, LocalName: r.localName, RegionEndpoint: `ecs.${r.regionId}.aliyuncs.com`, Status: 'available' })),
      },
    };
  },
});

const describeZones = defineAction({
  name: 'DescribeZones',
  products: ['ecs'],
  params: {
    InstanceChargeType: string({ enum: ['PrePaid', 'PostPaid'] }),
    SpotStrategy: string({ enum: ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] }),
    // The details are always included (as with the real default Verbose=true).
    Verbose: boolean(),
  },
  handle(ctx) {
    const region = requireRegion(ctx.region);
    return { Zones: { Zone: region.zones.map(zoneOffering) } };
  },
});

const describeAvailableResource = defineAction({
  name: 'DescribeAvailableResource',
  products: ['ecs'],
  params: {
    DestinationResource: required(string({ enum: DESTINATION_RESOURCES })),
    ZoneId: string({ maxLength: 64 }),
    InstanceType: string({ maxLength: 128 }),
    Cores: integer({ min: 1, max: 1024 }),
    Memory: string({ pattern: /^\d{1,5}(\.\d{1,3})?$/ }),
    SystemDiskCategory: string({ maxLength: 64 }),
    DataDiskCategory: string({ maxLength: 64 }),
    NetworkCategory: string({ maxLength: 32 }),
    InstanceChargeType: string({ enum: ['PrePaid', 'PostPaid'] }),
    SpotStrategy: string({ enum: ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] }),
    // Every sandbox zone has everything in stock, for any billing, scope or host: ignored.
    ...ignored('DedicatedHostId', 'IoOptimized', 'ResourceType', 'Scope', 'SpotDuration'),
  },
  handle(ctx, p) {
    const region = requireRegion(ctx.region);
    const zones = availableResources(region, {
      destination: p.DestinationResource as (typeof DESTINATION_RESOURCES)[number],
      zoneId: p.ZoneId,
      instanceType: p.InstanceType,
      cores: p.Cores,
      memoryGiB: p.Memory !== undefined ? Number(p.Memory) : undefined,
      systemDiskCategory: p.SystemDiskCategory,
      dataDiskCategory: p.DataDiskCategory,
      networkCategory: p.NetworkCategory,
    });
    return { AvailableZones: { AvailableZone: zones } };
  },
});

export const ecsRegionActions = [describeRegions, describeZones, describeAvailableResource];
