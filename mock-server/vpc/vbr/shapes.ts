/** How VBRs appear in DescribeVirtualBorderRouters. */
import { isoTime } from '../../domain/ids';
import type { PhysicalConnectionRecord } from '../physical-connection/records';
import type { VbrRecord } from './records';

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
    EnableIpv6: false,
    ResourceGroupId: '',
  };
}
