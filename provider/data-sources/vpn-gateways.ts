/**
 * alicloud_vpn_gateways — VPC DescribeVpnGateways (PageSize 50 loop), filtered on the server by
 * VPC, status, business status and gateway type, and locally by ids, name_regex, enable_ipsec and
 * ssl_vpn, as aliyun/alicloud lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { bool, str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { tagsFromApi } from '../shared/tags';
import { IDS_ATTR, NAME_REGEX_ATTR, NAMES_ATTR, OUTPUT_FILE_ATTR, pages } from './common';
import { finishListing, localFilter } from './listing';

const S = 'string' as const;
const GATEWAY_OBJECT: { [name: string]: AttrType } = {
  id: S, vpc_id: S, internet_ip: S, create_time: S, end_time: S, specification: S, name: S, description: S, status: S, business_status: S,
  instance_charge_type: S, enable_ipsec: S, enable_ssl: S, ssl_vpn: S, ssl_connections: 'number', network_type: S, auto_propagate: 'bool',
  disaster_recovery_vswitch_id: S, disaster_recovery_internet_ip: S, vpn_type: S, ssl_vpn_internet_ip: S, vswitch_id: S, resource_group_id: S,
  tags: ['map', 'string'],
};

const opt = (type: AttrType, description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type, optional: true, description, ...extra });

export const vpnGatewaysAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  ids: IDS_ATTR,
  name_regex: NAME_REGEX_ATTR,
  vpc_id: opt('string', 'Only the VPN gateways of this VPC.'),
  status: opt('string', 'Init, Provisioning, Active, Updating or Deleting.', { validators: [oneOf(['Init', 'Provisioning', 'Active', 'Updating', 'Deleting'])] }),
  business_status: opt('string', 'Normal or FinancialLocked.', { validators: [oneOf(['Normal', 'FinancialLocked'])] }),
  enable_ipsec: opt('bool', 'Only gateways with (true) or without (false) IPsec-VPN.', { deprecated: true }),
  ssl_vpn: opt('string', 'enable or disable: only gateways with or without SSL-VPN.', { validators: [oneOf(['enable', 'disable'])] }),
  // The real data source's values are Traditional and Enhanced.SiteToSite (a gateway generation, not
  // vpn_type). The sandbox models one generation and does not record it, so the filter is accepted
  // and every gateway is listed whichever value is given.
  gateway_type: opt('string', 'Traditional or Enhanced.SiteToSite. Accepted: the sandbox lists every gateway either way.', {
    validators: [oneOf(['Traditional', 'Enhanced.SiteToSite'])],
    acceptedOnly: 'Filters by gateway generation, which the sandbox does not model.',
  }),
  include_reservation_data: opt('bool', 'Also return pending reservation data (there is none).'),
  output_file: OUTPUT_FILE_ATTR,
  names: NAMES_ATTR,
  gateways: { type: ['list', ['object', GATEWAY_OBJECT]], computed: true, description: 'The VPN gateways found.' },
};

export const vpnGatewaysDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpn_gateways',
  schema: { description: 'Lists VPN gateways in the region.', attributes: vpnGatewaysAttributes },

  async read(ctx, config) {
    const params = {
      VpcId: str(config.vpc_id),
      // The API spells statuses in lower case (init, active …); the data source in capitals.
      Status: str(config.status)?.toLowerCase(),
      BusinessStatus: str(config.business_status),
      IncludeReservationData: bool(config.include_reservation_data),
    };
    const raw = await pages(ctx, 'vpc', 'DescribeVpnGateways', params, (out) => unwrapList(out?.VpnGateways, 'VpnGateway'));
    const ipsec = bool(config.enable_ipsec);
    const rows = localFilter(
      config,
      raw
        .filter((g: any) => (ipsec === undefined || (g.IpsecVpn === 'enable') === ipsec) && (!str(config.ssl_vpn) || g.SslVpn === str(config.ssl_vpn)))
        .map((g: any) => ({ id: String(g.VpnGatewayId), name: String(g.Name ?? ''), raw: g })),
    );
    const cap = (s: unknown) => (typeof s === 'string' && s ? s[0].toUpperCase() + s.slice(1) : '');
    const items: ObjectValue[] = rows.map(({ raw: g }) => ({
      id: g.VpnGatewayId,
      vpc_id: g.VpcId ?? '',
      internet_ip: g.InternetIp ?? '',
      create_time: g.CreateTime !== undefined ? String(g.CreateTime) : '',
      end_time: g.EndTime !== undefined ? String(g.EndTime) : '',
      specification: g.Spec ?? '',
      name: g.Name ?? '',
      description: g.Description ?? '',
      status: cap(g.Status),
      business_status: g.BusinessStatus ?? '',
      instance_charge_type: g.ChargeType ?? '',
      enable_ipsec: g.IpsecVpn ?? '',
      enable_ssl: g.SslVpn ?? '',
      ssl_vpn: g.SslVpn ?? '',
      ssl_connections: Number(g.SslMaxConnections ?? 0),
      network_type: g.NetworkType ?? 'public',
      auto_propagate: g.AutoPropagate === true,
      disaster_recovery_vswitch_id: g.DisasterRecoveryVSwitchId ?? '',
      disaster_recovery_internet_ip: g.DisasterRecoveryInternetIp ?? '',
      vpn_type: g.VpnType ?? 'Normal',
      ssl_vpn_internet_ip: g.SslVpnInternetIp ?? '',
      vswitch_id: g.VSwitchId ?? '',
      resource_group_id: g.ResourceGroupId ?? '',
      tags: tagsFromApi(g.Tags),
    }));
    return finishListing(vpnGatewaysAttributes, config, 'gateways', items, rows);
  },
};
