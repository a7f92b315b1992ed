/** What the route-table family stores: VRouters, route tables and route entries. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const VROUTERS = 'vrouters';
export const ROUTE_TABLES = 'routeTables';
export const ROUTE_ENTRIES = 'routeEntries';

export interface VRouterRecord extends Row {
  id: string;
  vpcId: string;
  name: string;
  description: string;
  createdAt: number;
}

export interface RouteTableRecord extends Row {
  id: string;
  /** '' for a VBR's table. */
  vpcId: string;
  /** The router that owns the table: the VPC's VRouter (vrt-…) or a VBR (vbr-…). */
  vrouterId: string;
  /** Absent on VPC tables (VRouter); 'VBR' on a virtual border router's table. */
  routerType?: 'VRouter' | 'VBR';
  type: 'System' | 'Custom';
  /**
   * Custom tables: the VSwitches associated with the table (each VSwitch with one custom table at
   * most; a VSwitch without one uses its VPC's system table). Absent on system and VBR tables.
   */
  vswitchIds?: string[];
  name: string;
  description: string;
  createdAt: number;
  lifecycle: Lifecycle;
  tags: Tags;
}

export interface RouteEntryRecord extends Row {
  /** RouteEntryId (`rte-…`). */
  id: string;
  routeTableId: string;
  destinationCidrBlock: string;
  type: 'System' | 'Custom';
  /**
   * For system entries the real API shows 'local' (a VSwitch's route) or 'service'
   * (100.64.0.0/10, cloud services), with nextHopId ''.
   */
  nextHopType: string;
  nextHopId: string;
  name: string;
  description: string;
  /** An ECMP route's hops (NextHopList); nextHopType is then theirs and nextHopId ''. */
  nextHops?: EcmpHop[];
  /** For a VSwitch's system entry: the VSwitch it routes (removed with it). */
  vswitchId?: string;
  createdAt: number;
  lifecycle: Lifecycle;
}

/** One hop of an ECMP route. */
export interface EcmpHop {
  type: string;
  id: string;
  weight: number;
}
