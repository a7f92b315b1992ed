/** How access points and physical connections appear in responses. */
import { isoTime } from '../../domain/ids';
import type { AccessPoint } from './access-points';
import type { PhysicalConnectionRecord } from './records';

export function accessPointShape(ap: AccessPoint, regionId: string) {
  return {
    AccessPointId: ap.id,
    Name: ap.name,
    Description: '',
    Location: ap.location,
    HostOperator: ap.hostOperator,
    Status: 'recommended',
    Type: 'VPC',
    AttachedRegionNo: regionId,
  };
}

export function physicalConnectionShape(pc: PhysicalConnectionRecord) {
  return {
    PhysicalConnectionId: pc.id,
    AccessPointId: pc.accessPointId,
    Type: pc.type,
    Status: pc.status,
    BusinessStatus: 'Normal',
    LineOperator: pc.lineOperator,
    PeerLocation: pc.peerLocation,
    PortType: pc.portType,
    Bandwidth: pc.bandwidth,
    Spec: pc.bandwidth >= 1000 ? `${pc.bandwidth / 1000}G` : `${pc.bandwidth}M`,
    CircuitCode: pc.circuitCode,
    RedundantPhysicalConnectionId: pc.redundantPhysicalConnectionId,
    Name: pc.name,
    Description: pc.description,
    CreationTime: isoTime(pc.createdAt),
    EnabledTime: pc.enabledAt ? isoTime(pc.enabledAt) : '',
    ChargeType: 'Prepaid',
    LoaStatus: 'Available',
    ProductType: 'VirtualPhysicalConnection',
    AdLocation: '',
    PortNumber: '',
  };
}
