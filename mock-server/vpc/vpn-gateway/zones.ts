/**
 * DescribeVpnGatewayAvailableZones: the zones where a VPN gateway of a bandwidth specification can
 * be placed (the real provider's alicloud_vpn_gateway_zones reads it). The sandbox places VPN
 * gateways in any zone of the region whatever their bandwidth, so every zone is listed for every
 * specification; the real cloud may leave out zones for some specifications.
 */
import { ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { requireRegion } from '../../domain/region-catalog';
import { required, string } from '../../wire/params';

/** The bandwidth specifications the real action documents. */
export const VPN_GATEWAY_SPECS = ['5M', '10M', '20M', '50M', '100M', '200M', '500M', '1000M'];

const describeVpnGatewayAvailableZones = defineAction({
  name: 'DescribeVpnGatewayAvailableZones',
  products: ['vpc'],
  params: {
    Spec: required(string({ enum: VPN_GATEWAY_SPECS, ignoreCase: true })),
    AcceptLanguage: string({ enum: ['zh-CN', 'en-US'] }),
    // Accepted and not modelled: every sandbox zone offers every kind of VPN gateway.
    ...ignored('GatewayType'),
  },
  handle(ctx) {
    // Zone names are English whatever AcceptLanguage says, as elsewhere in the sandbox.
    return {
      RegionId: ctx.region,
      AvailableZoneIdList: requireRegion(ctx.region).zones.map((z) => ({ ZoneId: z.zoneId, ZoneName: z.localName })),
    };
  },
});

export const vpnGatewayZoneActions = [describeVpnGatewayAvailableZones];
