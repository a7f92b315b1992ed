/**
 * Custom route tables: created in a VPC next to its system table, associated with VSwitches.
 *
 * A VSwitch uses at most one custom table; without one it uses the VPC's system table. Which table
 * routes a VSwitch's packets is `routeTableOfVSwitch`, the one answer SandboxLookupRoute, the
 * egress decision and SandboxTraceRoute all take. Like the real cloud, a custom table holds the
 * same system routes as the system table (100.64.0.0/10 for cloud services and one local route
 * per VSwitch of the VPC), so traffic between VSwitches keeps flowing whichever table a VSwitch
 * uses; custom entries are then added with CreateRouteEntry exactly as in the system table.
 *
 * Gateway tables (AssociateType=Gateway, bound to an IPv4 gateway or a VPN gateway) are refused:
 * the sandbox does not simulate inbound gateway routing.
 */
import { InvalidDescriptionMalformed, InvalidParameter, OperationConflict } from '../../errors';
import { CLOUD_SERVICE_BLOCK, CUSTOM_ROUTE_TABLES_PER_VPC } from '../../../network-rules/limits';
import type { DomainConfig } from '../../domain/config';
import { newId } from '../../domain/ids';
import { currentStatus, transition, type Lifecycle } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import type { VpcRecord } from '../vpc/records';
import { getVSwitch, requireAvailableVSwitch } from '../vswitch/domain';
import { DependencyViolationVSwitch } from '../vswitch/errors';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { entriesOf, getRouteTable } from './domain';
import {
  IncorrectRouteTableStatus,
  IncorrectRouteTableStatusRouteEntryExist,
  IncorrectRouteTableType,
  InvalidRouteTableNameMalformed,
  InvalidVSwitchIdNotAssociated,
  QuotaExceededRouteTable,
} from './errors';
import { ROUTE_ENTRIES, ROUTE_TABLES, type RouteEntryRecord, type RouteTableRecord } from './records';

/** The VPC's custom tables. */
export function customTablesOfVpc(tx: Transaction, vpcId: string): RouteTableRecord[] {
  return tx.table<RouteTableRecord>(ROUTE_TABLES).filter((t) => t.vpcId === vpcId && t.type === 'Custom');
}

/** The custom table a VSwitch is associated with, if any. */
export function customTableOfVSwitch(tx: Transaction, vswitchId: string): RouteTableRecord | undefined {
  return tx.table<RouteTableRecord>(ROUTE_TABLES).find((t) => t.type === 'Custom' && !!t.vswitchIds?.includes(vswitchId));
}

/** The table that routes packets leaving the VSwitch: its custom table, else its VPC's system table. */
export function routeTableOfVSwitch(tx: Transaction, vsw: VSwitchRecord, vpc: VpcRecord = getVpc(tx, vsw.vpcId)): string {
  return customTableOfVSwitch(tx, vsw.id)?.id ?? vpc.routeTableId;
}

function putSystemCopy(tx: Transaction, table: RouteTableRecord, destination: string, lifecycle: Lifecycle, vswitchId?: string): void {
  tx.table<RouteEntryRecord>(ROUTE_ENTRIES).put({
    id: newId('rte'),
    routeTableId: table.id,
    destinationCidrBlock: destination,
    type: 'System',
    nextHopType: vswitchId ? 'local' : 'service',
    nextHopId: '',
    name: '',
    description: '',
    createdAt: tx.now,
    lifecycle,
    ...(vswitchId ? { vswitchId } : {}),
  });
}

/** A new VSwitch's local route goes into every custom table of its VPC too (VSWITCH_HOOKS.created). */
export function addVSwitchEntryToCustomTables(tx: Transaction, vswitch: VSwitchRecord, vpc: VpcRecord): void {
  for (const t of customTablesOfVpc(tx, vpc.id)) putSystemCopy(tx, t, vswitch.cidrBlock, vswitch.lifecycle, vswitch.id);
}

export interface CreateRouteTableInput {
  vpcId: string;
  name?: string;
  description?: string;
  associateType?: string;
  tags: Tags;
}

export function createRouteTable(tx: Transaction, config: DomainConfig, input: CreateRouteTableInput): RouteTableRecord {
  if (input.associateType && input.associateType.toLowerCase() === 'gateway') {
    throw new InvalidParameter('AssociateType=Gateway (a gateway route table, bound to an IPv4 gateway or a VPN gateway) is not simulated by the sandbox. Use AssociateType=VSwitch (the default) and associate the table with VSwitches.');
  }
  const name = checkResourceName(input.name, 'RouteTableName', InvalidRouteTableNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  const vpc = getVpc(tx, input.vpcId);
  requireAvailableVpc(tx, vpc, 'CreateRouteTable');
  const count = customTablesOfVpc(tx, vpc.id).length;
  if (count >= CUSTOM_ROUTE_TABLES_PER_VPC) {
    throw new QuotaExceededRouteTable(`The VPC ${vpc.id} already has ${count} custom route tables, the most a VPC may have (${CUSTOM_ROUTE_TABLES_PER_VPC}, besides its system table). Delete a custom table you no longer need first.`);
  }
  const table: RouteTableRecord = {
    id: newId('vtb'),
    vpcId: vpc.id,
    vrouterId: vpc.vrouterId,
    type: 'Custom',
    vswitchIds: [],
    name,
    description,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
    tags: input.tags,
  };
  tx.table<RouteTableRecord>(ROUTE_TABLES).put(table);
  putSystemCopy(tx, table, CLOUD_SERVICE_BLOCK.text, { status: 'Available' });
  for (const s of tx.table<VSwitchRecord>(VSWITCHES).filter((x) => x.vpcId === vpc.id)) putSystemCopy(tx, table, s.cidrBlock, s.lifecycle, s.id);
  return table;
}

/** A custom table that exists and is Available (the state every change needs). */
function availableCustomTable(tx: Transaction, routeTableId: string, doing: string): RouteTableRecord {
  const table = getRouteTable(tx, routeTableId);
  if (table.type !== 'Custom') {
    throw new IncorrectRouteTableType(`The route table ${table.id} is a ${table.routerType === 'VBR' ? "VBR's" : "VPC's system"} table: ${doing} works on custom route tables only (CreateRouteTable makes one).`);
  }
  const status = currentStatus(table.lifecycle, tx.now);
  if (status !== 'Available') {
    throw new IncorrectRouteTableStatus(`The route table ${table.id} is ${status}: ${doing} needs it Available. Poll DescribeRouteTableList until its Status is Available and retry.`);
  }
  return table;
}

export function deleteRouteTable(tx: Transaction, routeTableId: string): RouteTableRecord {
  const table = availableCustomTable(tx, routeTableId, 'DeleteRouteTable');
  if (table.vswitchIds?.length) {
    throw new DependencyViolationVSwitch(`The route table ${table.id} is still associated with VSwitch${table.vswitchIds.length > 1 ? 'es' : ''} ${table.vswitchIds.join(', ')}. Disassociate them with UnassociateRouteTable first.`);
  }
  const entries = entriesOf(tx, table.id);
  const custom = entries.find((e) => e.type === 'Custom');
  if (custom) {
    throw new IncorrectRouteTableStatusRouteEntryExist(`The route table ${table.id} still has custom route entries (such as ${custom.destinationCidrBlock} → ${custom.nextHopType} ${custom.nextHopId}). Delete them with DeleteRouteEntry first.`);
  }
  for (const e of entries) tx.table(ROUTE_ENTRIES).delete(e.id);
  tx.table(ROUTE_TABLES).delete(table.id);
  return table;
}

/** ModifyRouteTableAttributes: name and description, of a custom or a system table. */
export function modifyRouteTable(tx: Transaction, routeTableId: string, input: { name?: string; description?: string }): RouteTableRecord {
  const table = getRouteTable(tx, routeTableId);
  const name = checkResourceName(input.name, 'RouteTableName', InvalidRouteTableNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  const updated: RouteTableRecord = { ...table, name: name ?? table.name, description: description ?? table.description };
  tx.table<RouteTableRecord>(ROUTE_TABLES).put(updated);
  return updated;
}

/**
 * AssociateRouteTable: the VSwitch must be in the table's VPC and have no other custom table.
 * Associating it again with the same table changes nothing (a retried request succeeds).
 */
export function associateRouteTable(tx: Transaction, routeTableId: string, vswitchId: string): RouteTableRecord {
  const table = availableCustomTable(tx, routeTableId, 'AssociateRouteTable');
  const vsw = getVSwitch(tx, vswitchId);
  if (vsw.vpcId !== table.vpcId) {
    throw new InvalidParameter(`The VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, but route table ${table.id} belongs to VPC ${table.vpcId}: a route table can only be associated with VSwitches of its own VPC.`);
  }
  const current = customTableOfVSwitch(tx, vsw.id);
  if (current?.id === table.id) return table;
  if (current) {
    throw new OperationConflict(`The VSwitch ${vsw.id} is already associated with custom route table ${current.id}; a VSwitch has one route table. Disassociate it from ${current.id} with UnassociateRouteTable first.`);
  }
  requireAvailableVSwitch(tx, vsw, 'AssociateRouteTable');
  const updated: RouteTableRecord = { ...table, vswitchIds: [...(table.vswitchIds ?? []), vsw.id] };
  tx.table<RouteTableRecord>(ROUTE_TABLES).put(updated);
  return updated;
}

/** UnassociateRouteTable: the VSwitch goes back to its VPC's system table. */
export function unassociateRouteTable(tx: Transaction, routeTableId: string, vswitchId: string): RouteTableRecord {
  const table = availableCustomTable(tx, routeTableId, 'UnassociateRouteTable');
  if (!table.vswitchIds?.includes(vswitchId)) {
    throw new InvalidVSwitchIdNotAssociated(`The VSwitch ${vswitchId} is not associated with route table ${table.id}${table.vswitchIds?.length ? ` (its VSwitches: ${table.vswitchIds.join(', ')})` : ''}. DescribeRouteTableList shows each table's VSwitchIds.`);
  }
  const updated: RouteTableRecord = { ...table, vswitchIds: table.vswitchIds.filter((id) => id !== vswitchId) };
  tx.table<RouteTableRecord>(ROUTE_TABLES).put(updated);
  return updated;
}
