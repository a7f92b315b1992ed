/** alicloud_enhanced_nat_available_zones — VPC ListEnhanhcedNatGatewayAvailableZones (the real action's name has that typo). */
import type { AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { OUTPUT_FILE_ATTR } from './common';
import { finishListing } from './listing';

export const enhancedNatZonesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the zone IDs found.' },
  output_file: OUTPUT_FILE_ATTR,
  ids: { type: ['list', 'string'], computed: true, description: 'The IDs of the zones where NAT gateways can be created.' },
  zones: { type: ['list', ['object', { zone_id: 'string', local_name: 'string' }]], computed: true, description: 'The zones found.' },
};

export const enhancedNatZonesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_enhanced_nat_available_zones',
  schema: { description: 'Lists the zones where NAT gateways can be created.', attributes: enhancedNatZonesAttributes },

  async read(ctx, config) {
    const out = await api(ctx, 'vpc', 'ListEnhanhcedNatGatewayAvailableZones', {});
    const zones = (Array.isArray(out?.Zones) ? out.Zones : (out?.Zones?.Zone ?? [])) as any[];
    const items: ObjectValue[] = zones.map((z) => ({ zone_id: String(z.ZoneId), local_name: String(z.LocalName ?? '') }));
    return finishListing(enhancedNatZonesAttributes, config, 'zones', items, items.map((z) => ({ id: z.zone_id as string })));
  },
};
