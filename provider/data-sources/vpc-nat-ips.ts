/**
 * alicloud_vpc_nat_ips and alicloud_vpc_nat_ip_cidrs — the NAT IPs and NAT IP CIDR blocks of one
 * VPC NAT gateway: VPC ListNatIps / ListNatIpCidrs, paged with NextToken (MaxResults 100) as the
 * real provider pages them, filtered on the server by the real arguments (NatIpCidr, NatIpName.N,
 * NatIpIds.N, NatIpStatus; NatIpCidrs.N, NatIpCidrName.N, NatIpCidrStatus) and locally by `ids`
 * and `name_regex`. An item's id is "<nat_gateway_id>:<nat_ip_id>" (NAT IPs) or
 * "<nat_gateway_id>:<nat_ip_cidr>" (blocks), the IDs of the matching resources; `ids` filters on
 * those. The gateway's default NAT IP and default block are listed too, as the real API lists them.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { oneOf } from '../shared/validators';
import { str, strList } from '../shared/values';
import { LIST_BASICS, textOf, tokenPages } from './common';
import { finishListing, localFilter } from './listing';

/** `Name.1`, `Name.2` … for a list argument. */
function numbered(name: string, values: string[] | undefined): Record<string, string> {
  return Object.fromEntries((values ?? []).map((v, i) => [`${name}.${i + 1}`, v]));
}

const GATEWAY: AttributeSchema = { type: 'string', required: true, description: 'The VPC NAT gateway (network_type intranet) whose items are listed.' };
const strings = (description: string): AttributeSchema => ({ type: ['list', 'string'], optional: true, description });

const NAT_IP_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  is_default: 'bool',
  nat_gateway_id: 'string',
  nat_ip: 'string',
  nat_ip_cidr: 'string',
  nat_ip_description: 'string',
  nat_ip_id: 'string',
  nat_ip_name: 'string',
  status: 'string',
};

export const vpcNatIpsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  nat_gateway_id: GATEWAY,
  nat_ip_cidr: { type: 'string', optional: true, description: 'Only the NAT IPs of this NAT IP CIDR block.' },
  nat_ip_name: strings('Only the NAT IPs with one of these names.'),
  nat_ip_ids: strings('Only the NAT IPs with one of these IDs (vpcnatip-…).'),
  status: { type: 'string', optional: true, description: 'Only NAT IPs in this status: Available, Creating or Deleting.', validators: [oneOf(['Available', 'Creating', 'Deleting'])] },
  ips: { type: ['list', ['object', NAT_IP_OBJECT]], computed: true, description: 'The NAT IPs found.' },
};

export const vpcNatIpsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpc_nat_ips',
  schema: { description: 'Lists the NAT IPs of a VPC NAT gateway.', attributes: vpcNatIpsAttributes },

  async read(ctx, config) {
    const gw = str(config.nat_gateway_id)!;
    const raw = await tokenPages(ctx, 'vpc', 'ListNatIps', {
      NatGatewayId: gw,
      NatIpCidr: str(config.nat_ip_cidr),
      NatIpStatus: str(config.status),
      ...numbered('NatIpName', strList(config.nat_ip_name)),
      ...numbered('NatIpIds', strList(config.nat_ip_ids)),
    }, 'NatIps');
    const rows = localFilter(config, raw.map((n) => ({ id: `${n.NatGatewayId}:${n.NatIpId}`, name: textOf(n.NatIpName), raw: n })));
    const items: ObjectValue[] = rows.map(({ id, raw: n }) => ({
      id,
      is_default: Boolean(n.IsDefault),
      nat_gateway_id: textOf(n.NatGatewayId),
      nat_ip: textOf(n.NatIp),
      nat_ip_cidr: textOf(n.NatIpCidr),
      nat_ip_description: textOf(n.NatIpDescription),
      nat_ip_id: textOf(n.NatIpId),
      nat_ip_name: textOf(n.NatIpName),
      status: textOf(n.NatIpStatus),
    }));
    return finishListing(vpcNatIpsAttributes, config, 'ips', items, rows);
  },
};

const NAT_IP_CIDR_OBJECT: { [name: string]: AttrType } = {
  create_time: 'string',
  id: 'string',
  is_default: 'bool',
  nat_gateway_id: 'string',
  nat_ip_cidr: 'string',
  nat_ip_cidr_description: 'string',
  nat_ip_cidr_id: 'string',
  nat_ip_cidr_name: 'string',
  status: 'string',
};

export const vpcNatIpCidrsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  nat_gateway_id: GATEWAY,
  nat_ip_cidrs: strings('Only these NAT IP CIDR blocks (up to 20).'),
  nat_ip_cidr_name: strings('Only the blocks with one of these names (up to 20).'),
  status: { type: 'string', optional: true, description: 'Only blocks in this status: Available.', validators: [oneOf(['Available'])] },
  cidrs: { type: ['list', ['object', NAT_IP_CIDR_OBJECT]], computed: true, description: 'The NAT IP CIDR blocks found.' },
};

export const vpcNatIpCidrsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_vpc_nat_ip_cidrs',
  schema: { description: 'Lists the NAT IP CIDR blocks of a VPC NAT gateway.', attributes: vpcNatIpCidrsAttributes },

  async read(ctx, config) {
    const gw = str(config.nat_gateway_id)!;
    const raw = await tokenPages(ctx, 'vpc', 'ListNatIpCidrs', {
      NatGatewayId: gw,
      NatIpCidrStatus: str(config.status),
      ...numbered('NatIpCidrs', strList(config.nat_ip_cidrs)),
      ...numbered('NatIpCidrName', strList(config.nat_ip_cidr_name)),
    }, 'NatIpCidrs');
    const rows = localFilter(config, raw.map((c) => ({ id: `${c.NatGatewayId}:${c.NatIpCidr}`, name: textOf(c.NatIpCidrName), raw: c })));
    const items: ObjectValue[] = rows.map(({ id, raw: c }) => ({
      create_time: textOf(c.CreationTime),
      id,
      is_default: Boolean(c.IsDefault),
      nat_gateway_id: textOf(c.NatGatewayId),
      nat_ip_cidr: textOf(c.NatIpCidr),
      nat_ip_cidr_description: textOf(c.NatIpCidrDescription),
      nat_ip_cidr_id: textOf(c.NatIpCidrId),
      nat_ip_cidr_name: textOf(c.NatIpCidrName),
      status: textOf(c.NatIpCidrStatus),
    }));
    return finishListing(vpcNatIpCidrsAttributes, config, 'cidrs', items, rows);
  },
};
