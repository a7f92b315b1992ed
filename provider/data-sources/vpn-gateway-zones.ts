/**
 * alicloud_vpn_gateway_zones — VPC DescribeVpnGatewayAvailableZones(Spec): the zones where a VPN
 * gateway of a bandwidth specification can be placed. ids narrows the result locally.
 */
import type { AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { str } from '../shared/values';
import { IDS_ATTR, OUTPUT_FILE_ATTR } from './common';
import { finishListing, localFilter } from './listing';

const SPECS = ['5M', '10M', '20M', '50M', '100M', '200M', '500M', '1000M'];

export const vpnGatewayZonesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the zone IDs found.' },
  // Checked by the endpoint, as the real provider leaves it to the API.
  spec: { type: 'string', required: true, description: `The bandwidth specification of the VPN gateway: ${SPECS.join(', ')}.` },
  ids: IDS_ATTR,
  output_file: OUTPUT_FILE_ATTR,
  zones: { type: ['list', ['object', { zone_id: 'string', zone_name: 'string' }]], computed: true, description: 'The zones found.' },
};

export const vpnGatewayZonesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpn_gateway_zones',
  schema: { description: 'Lists the zones where a VPN gateway of a bandwidth specification can be created.', attributes: vpnGatewayZonesAttributes },

  async read(ctx, config) {
    const out = await api(ctx, 'vpc', 'DescribeVpnGatewayAvailableZones', { Spec: str(config.spec) });
    const raw = (Array.isArray(out?.AvailableZoneIdList) ? out.AvailableZoneIdList : (out?.AvailableZoneIdList?.AvailableZoneIdList ?? [])) as any[];
    const rows = localFilter(config, raw.map((z) => ({ id: String(z.ZoneId), name: String(z.ZoneName ?? ''), raw: z })));
    const items: ObjectValue[] = rows.map(({ id, name }) => ({ zone_id: id, zone_name: name }));
    return finishListing(vpnGatewayZonesAttributes, config, 'zones', items, rows.map(({ id }) => ({ id })));
  },
};
