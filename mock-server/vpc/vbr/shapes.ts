/** How VBRs appear in DescribeVirtualBorderRouters. */
import { isoTime } from '../../domain/ids';
import type { PhysicalConnectionRecord } from '../physical-connection/records';
import type { VbrRecord } from './records';
import { vpcTagsShape } from '../../actions/tags';

export function vbrShape(vbr: VbrRecord, pc: PhysicalConnectionRecord | undefined, accountId: string) {
  return {
    VbrId: vbr.id,
    Name: vbr.name,
    Description: vbr.description,
    Status: vbr.status,
    Type: 'pconnVBR',
    VlanId: vbr.vlanId,
    VlanInterfaceId: vbr.vlanInterfaceId,
    RouteTableId: vbr.routeTableId,
    AccessPointId: vbr.accessPointId,
    PhysicalConnectionId: vbr.physicalConnectionId,
    PhysicalConnectionStatus: pc?.status ?? '',
    PhysicalConnectionBusinessStatus: 'Normal',
    PhysicalConnectionOwnerUid: accountId,
    LocalGatewayIp: vbr.localGatewayIp,
    PeerGatewayIp: vbr.peerGatewayIp,
    PeeringSubnetMask: vbr.peeringSubnetMask,
    CircuitCode: vbr.circuitCode,
    CreationTime: isoTime(vbr.createdAt),
    ActivationTime: isoTime(vbr.createdAt),
    RecoveryTime: '',
    TerminationTime: '',
    EnableIpv6: vbr.enableIpv6 ?? false,
    LocalIpv6GatewayIp: vbr.localIpv6GatewayIp ?? '',
    PeerIpv6GatewayIp: vbr.peerIpv6GatewayIp ?? '',
    PeeringIpv6SubnetMask: vbr.peeringIpv6SubnetMask ?? '',
    // The real API's defaults when none were given: BFD 3 × 300 ms, MTU 1500.
    DetectMultiplier: vbr.detectMultiplier ?? 3,
    MinRxInterval: vbr.minRxInterval ?? 300,
    MinTxInterval: vbr.minTxInterval ?? 300,
    Mtu: vbr.mtu ?? 1500,
    SitelinkEnable: vbr.sitelinkEnable ?? false,
    ...(vbr.bandwidth !== undefined ? { Bandwidth: vbr.bandwidth } : {}),
    ResourceGroupId: vbr.resourceGroupId ?? '',
    Tags: vpcTagsShape(vbr.tags),
  };
}
