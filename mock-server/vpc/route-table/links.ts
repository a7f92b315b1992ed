/**
 * What the route-table family registers about the families it depends on: a new VPC's VRouter
 * and system table, a VSwitch's system route, the rows of the dependency table guarding VPCs,
 * VSwitches and instances, and what is removed with them. The parents never import this family.
 */
import { type Cidr } from '../../../network-rules/cidr';
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import { VPC_HOOKS } from '../vpc/domain';
import { VPCS, type VpcRecord } from '../vpc/records';
import { VSWITCH_HOOKS } from '../vswitch/domain';
import { VSWITCH_QUERIES } from '../vswitch/query';
import { InvalidCidrBlockOverlapped } from '../vswitch/errors';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { addVSwitchSystemEntry, createRouterAndSystemTable, customDestinationsOfVpc, pendingEntry, pendingEntryError, requireNoPendingEntry } from './domain';
import { addVSwitchEntryToCustomTables, customTableOfVSwitch, customTablesOfVpc } from './custom';
import { DependencyViolationRouteEntry, DependencyViolationRouteTable } from './errors';
import { ROUTE_ENTRIES, ROUTE_TABLES, VROUTERS, type RouteEntryRecord, type RouteTableRecord, type VRouterRecord } from './records';

/** A VSwitch may lie inside a custom route's destination but not equal it. */
function vswitchBlockIsNoRouteDestination(tx: Transaction, vpc: VpcRecord, cidr: Cidr, text: string): void {
  const route = customDestinationsOfVpc(tx, vpc.id).find((e) => e.destinationCidrBlock === cidr.text);
  if (route) {
    throw new InvalidCidrBlockOverlapped(`The CidrBlock "${text}" equals the destination of custom route ${route.id} in ${route.routeTableId}: a VSwitch may lie inside a custom route's destination but not equal it. Choose another block or delete the route.`);
  }
}

export const routeTableHooks: HookBinding[] = [
  bind(VPC_HOOKS.created, createRouterAndSystemTable),
  bind(VSWITCH_HOOKS.cidrChosen, vswitchBlockIsNoRouteDestination),
  // The new VSwitch's system route goes into the VPC's route table, which takes one change at a time.
  bind(VSWITCH_HOOKS.creating, (tx, vpc, doing) => requireNoPendingEntry(tx, vpc.routeTableId, doing)),
  bind(VSWITCH_HOOKS.created, addVSwitchSystemEntry),
  // Custom tables carry every VSwitch's local route too, so VSwitches keep reaching each other.
  bind(VSWITCH_HOOKS.created, addVSwitchEntryToCustomTables),
  // DescribeVSwitches shows the custom table a VSwitch is associated with, not its VPC's system one.
  bind(VSWITCH_QUERIES.customRouteTable, (tx, vsw) => {
    const table = customTableOfVSwitch(tx, vsw.id);
    return table ? { RouteTableId: table.id, RouteTableType: 'Custom' as const } : undefined;
  }),
];

/** Routes that send traffic to the instance. */
function routesTo(tx: Transaction, instanceId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.nextHopType === 'Instance' && e.nextHopId === instanceId);
}

export const routeTableDependants: DependantRow<any>[] = [
  {
    // Custom routes point at instances, so they go first.
    parent: 'vpc',
    what: 'custom route entries',
    order: 10,
    find: (tx, vpcId) => {
      const custom = customDestinationsOfVpc(tx, vpcId)[0];
      return custom ? [custom] : [];
    },
    error: (vpcId, [custom]) =>
      new DependencyViolationRouteEntry(`The VPC "${vpcId}" still has custom route entries (such as ${custom.destinationCidrBlock} in ${custom.routeTableId}). Delete them with DeleteRouteEntry first.`),
  },
  {
    // After the custom routes, before the VSwitches: a VSwitch cannot go while associated.
    parent: 'vpc',
    what: 'custom route tables',
    order: 20,
    find: (tx, vpcId) => customTablesOfVpc(tx, vpcId).slice(0, 1),
    error: (vpcId, [table]: RouteTableRecord[]) =>
      new DependencyViolationRouteTable(`The VPC "${vpcId}" still has custom route tables (such as ${table.id}). Disassociate their VSwitches with UnassociateRouteTable and delete them with DeleteRouteTable first.`),
  },
  {
    // The real DeleteVSwitch refuses a VSwitch that is associated with a custom route table.
    parent: 'vswitch',
    what: 'an association with a custom route table',
    order: 40,
    find: (tx, vswitchId) => {
      const table = customTableOfVSwitch(tx, vswitchId);
      return table ? [table] : [];
    },
    error: (vswitchId, [table]: RouteTableRecord[]) =>
      new DependencyViolationRouteTable(`The VSwitch ${vswitchId} is associated with custom route table ${table.id}. Disassociate it with UnassociateRouteTable first.`),
  },
  {
    parent: 'instance',
    what: 'route entries whose next hop is the instance',
    order: 10,
    blocks: ['delete', 'move-vpc'],
    find: routesTo,
    error: (id, routes, operation) =>
      operation === 'move-vpc'
        ? new DependencyViolationRouteEntry(`The instance ${id} is the next hop of route entries in its current VPC (${routes.map((r) => r.destinationCidrBlock).join(', ')}); delete them before moving it to another VPC.`)
        : new DependencyViolationRouteEntry(
          `The instance ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete those route entries first.`,
        ),
  },
  {
    // Deleting a VSwitch removes its system route from the VPC's table, which takes one change at a time.
    parent: 'vswitch',
    what: 'a Pending route entry in the VPC route table',
    order: 50,
    find: (tx, vswitchId) => {
      const vsw = tx.table<VSwitchRecord>(VSWITCHES).get(vswitchId);
      const vpc = vsw && tx.table<VpcRecord>(VPCS).get(vsw.vpcId);
      const pending = vpc ? pendingEntry(tx, vpc.routeTableId) : undefined;
      return pending ? [pending] : [];
    },
    error: (_id, [pending], _operation, now) => pendingEntryError(pending, now, 'DeleteVSwitch'),
  },
];

export const routeTableCascades: CascadeRow[] = [
  {
    parent: 'vpc',
    what: "the VPC's VRouter, route tables and their entries",
    remove(tx, vpcId) {
      const tables = tx.table<RouteTableRecord>(ROUTE_TABLES).filter((t) => t.vpcId === vpcId);
      const tableIds = new Set(tables.map((t) => t.id));
      const entries = tx.table<RouteEntryRecord>(ROUTE_ENTRIES);
      for (const e of entries.filter((x) => tableIds.has(x.routeTableId))) entries.delete(e.id);
      for (const t of tables) tx.table(ROUTE_TABLES).delete(t.id);
      const routers = tx.table<VRouterRecord>(VROUTERS);
      for (const r of routers.filter((x) => x.vpcId === vpcId)) routers.delete(r.id);
    },
  },
  {
    parent: 'vswitch',
    what: "the VSwitch's system route",
    remove(tx, vswitchId) {
      const entries = tx.table<RouteEntryRecord>(ROUTE_ENTRIES);
      for (const e of entries.filter((x) => x.vswitchId === vswitchId)) entries.delete(e.id);
    },
  },
];
