/** How VPN gateways appear in DescribeVpnGateway(s). Times are epoch milliseconds, as the real API sends them. */
import { vpcTagsShape } from '../../actions/tags';
import type { Transaction } from '../../store/store';
import { vpnGatewayStatus } from './domain';
import type { VpnGatewayRecord } from './records';

export function vpnGatewayShape(tx: Transaction, g: VpnGatewayRecord) {
  return {
    VpnGatewayId: g.id,
    VpcId: g.vpcId,
    VSwitchId: g.vswitchId,
    InternetIp: g.internetIp,
    DisasterRecoveryInternetIp: '',
    DisasterRecoveryVSwitchId: g.disasterRecoveryVSwitchId ?? '',
    SslVpnInternetIp: g.enableSsl ? g.internetIp : '',
    Status: vpnGatewayStatus(g, tx.now),
    BusinessStatus: 'Normal',
    Spec: `${g.bandwidth}M`,
    Name: g.name,
    Description: g.description,
    ChargeType: g.chargeType,
    CreateTime: g.createdAt,
    // Pay-as-you-go gateways never expire; the real API sends a far-future end time.
    EndTime: g.chargeType === 'Prepay' ? g.createdAt + 30 * 24 * 3600 * 1000 : 0,
    IpsecVpn: g.enableIpsec ? 'enable' : 'disable',
    SslVpn: g.enableSsl ? 'enable' : 'disable',
    SslMaxConnections: g.sslConnections,
    AutoPropagate: g.autoPropagate,
    EnableBgp: false,
    NetworkType: g.networkType,
    VpnType: g.vpnType,
    ResourceGroupId: g.resourceGroupId,
    Tag: '',
    Tags: vpcTagsShape(g.tags),
    ReservationData: {},
  };
}
