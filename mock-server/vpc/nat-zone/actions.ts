/**
 * ListEnhanhcedNatGatewayAvailableZones (the real action's name has that typo): the zones where
 * NAT gateways (enhanced, the only kind sold today) can be created. The sandbox's NAT gateways may
 * go in any zone of the region, so every zone is listed.
 */
import { defineAction } from '../../actions/registry';
import { requireRegion } from '../../domain/region-catalog';
import { objects, string } from '../../wire/params';

const listEnhancedNatZones = defineAction({
  name: 'ListEnhanhcedNatGatewayAvailableZones',
  products: ['vpc'],
  params: {
    AcceptLanguage: string({ enum: ['zh-CN', 'en-US'] }),
    // The only documented key is PrivateLinkEnabled; every sandbox zone supports PrivateLink.
    Filter: objects({ Key: string({ maxLength: 64 }), Value: string({ maxLength: 64 }) }, { maxItems: 10 }),
  },
  handle(ctx) {
    // Local names are English whatever AcceptLanguage says, as elsewhere in the sandbox.
    return { Zones: requireRegion(ctx.region).zones.map((z) => ({ ZoneId: z.zoneId, LocalName: z.localName })) };
  },
});

export const natZoneActions = [listEnhancedNatZones];
