/** What the router-interface family stores. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const ROUTER_INTERFACES = 'routerInterfaces';

export type RouterInterfaceRole = 'InitiatingSide' | 'AcceptingSide';
export type RouterType = 'VRouter' | 'VBR';

export interface RouterInterfaceRecord extends Row {
  id: string;
  role: RouterInterfaceRole;
  routerType: RouterType;
  /** vrt-… (a VPC's VRouter) or vbr-…, in this interface's region. */
  routerId: string;
  /** The VPC of a VRouter interface ('' for a VBR's). */
  vpcId: string;
  spec: string;
  name: string;
  description: string;
  accessPointId: string;
  oppositeRegionId: string;
  oppositeRouterType: RouterType | '';
  oppositeRouterId: string;
  oppositeInterfaceId: string;
  oppositeInterfaceOwnerId: string;
  oppositeAccessPointId: string;
  healthCheckSourceIp: string;
  healthCheckTargetIp: string;
  chargeType: 'PostPaid' | 'PrePaid';
  createdAt: number;
  connectedAt?: number;
  /** Idle; Connecting/AcceptingConnecting → Active; Deactivating → Inactive; Activating → Active. */
  lifecycle: Lifecycle;
  tags: Tags;
}
