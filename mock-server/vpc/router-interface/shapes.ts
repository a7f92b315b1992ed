/** How router interfaces appear in DescribeRouterInterfaces. */
import { vpcTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { riStatus, specBandwidth } from './domain';
import type { RouterInterfaceRecord } from './records';

export function routerInterfaceShape(tx: Transaction, ri: RouterInterfaceRecord, oppositeStatus: string, oppositeSpec: string) {
  const initiatorSpec = ri.role === 'InitiatingSide' ? ri.spec : oppositeSpec;
  return {
    RouterInterfaceId: ri.id,
    RouterId: ri.routerId,
    RouterType: ri.routerType,
    Role: ri.role,
    Spec: ri.spec,
    Bandwidth: specBandwidth(initiatorSpec),
    Status: riStatus(ri, tx.now),
    BusinessStatus: 'Normal',
    Name: ri.name,
    Description: ri.description,
    AccessPointId: ri.accessPointId,
    OppositeRegionId: ri.oppositeRegionId,
    OppositeRouterType: ri.oppositeRouterType,
    OppositeRouterId: ri.oppositeRouterId,
    OppositeInterfaceId: ri.oppositeInterfaceId,
    OppositeInterfaceOwnerId: ri.oppositeInterfaceOwnerId,
    OppositeInterfaceStatus: oppositeStatus,
    OppositeInterfaceSpec: oppositeSpec,
    OppositeAccessPointId: ri.oppositeAccessPointId,
    OppositeBandwidth: specBandwidth(initiatorSpec),
    HealthCheckSourceIp: ri.healthCheckSourceIp,
    HealthCheckTargetIp: ri.healthCheckTargetIp,
    ChargeType: ri.chargeType === 'PrePaid' ? 'PrePaid' : 'AfterPay',
    CreationTime: isoTime(ri.createdAt),
    ConnectedTime: ri.connectedAt ? isoTime(ri.connectedAt) : '',
    EndTime: '',
    VpcInstanceId: ri.vpcId,
    CrossBorder: false,
    HasReservationData: 'false',
    ResourceGroupId: '',
    Tags: { Tags: Object.entries(ri.tags).map(([Key, Value]) => ({ Key, Value })) },
    TagSet: vpcTagsShape(ri.tags),
  };
}
