/** How NAT IP CIDR blocks and NAT IPs appear in ListNatIpCidrs and ListNatIps. */
import { isoTime } from '../../domain/ids';
import type { NatIpCidrView, NatIpView } from './records';

export function natIpCidrShape(c: NatIpCidrView) {
  return {
    NatIpCidrId: c.id,
    NatGatewayId: c.natGatewayId,
    NatIpCidr: c.cidr,
    NatIpCidrName: c.name,
    NatIpCidrDescription: c.description,
    // CreateNatIpCidr is synchronous: a block is Available once it exists.
    NatIpCidrStatus: 'Available',
    IsDefault: c.isDefault,
    CreationTime: isoTime(c.createdAt),
  };
}

export function natIpShape(n: NatIpView) {
  return {
    NatIpId: n.id,
    NatGatewayId: n.natGatewayId,
    NatIp: n.natIp,
    NatIpCidr: n.natIpCidr,
    NatIpName: n.name,
    NatIpDescription: n.description,
    NatIpStatus: n.status,
    IsDefault: n.isDefault,
    Ipv4Prefix: '',
  };
}
