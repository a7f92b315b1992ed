/**
 * VRouters, route tables and route entries.
 *
 * Every VPC has exactly one VRouter and one system route table, created and deleted with it (they
 * cannot be created or deleted on their own). The table holds system entries — 100.64.0.0/10 for
 * cloud services and one local route per VSwitch CIDR — which cannot be deleted, and up to 40
 * custom entries (the product guide's limit; today's cloud allows 200).
 */
import {
  IncorrectInstanceStatusForRoute,
  IncorrectRouteEntryStatus,
  InvalidCidrBlock,
  InvalidCidrBlockDuplicate,
  InvalidCidrBlockMalformed,
  InvalidInstanIdNotFound,
  InvalidNextHopIdNotFound,
  InvalidNextHopType,
  InvalidParameter,
  InvalidRouteEntryNameMalformed,
  InvalidRouteEntryNotFound,
  InvalidRouteTableIdNotFound,
  InvalidVSwitchDescriptionMalformed,
  MissingParameter,
  OperationDenied,
  RouteEntryQuotaExceeded,
} from '../errors';
import { CLOUD_SERVICE_BLOCK, containsCidr, parseCidr, type Cidr } from './cidr';
import { cidrOf } from './cidr-cache';
import { newId } from './ids';
import { currentStatus, transition, type Lifecycle } from './lifecycle';
import {
  TABLES,
  type InstanceRecord,
  type RouteEntryRecord,
  type RouteTableRecord,
  type VRouterRecord,
  type VSwitchRecord,
} from './records';
import { checkDescription, checkName, requireAvailableVpc, getVpc, type NetworkEnv } from './vpc';
import type { Transaction } from '../store/store';

/** Custom entries per route table (the product guide's figure). */
export const MAX_CUSTOM_ROUTE_ENTRIES = 40;

// ---- VRouter and system table, created and removed with their VPC ---------------------------

export function createRouterAndSystemTable(tx: Transaction, vpcId: string, lifecycle: Lifecycle): { vrouterId: string; routeTableId: string } {
  const vrouterId = newId('vrt');
  const routeTableId = newId('vtb');
  tx.table<VRouterRecord>(TABLES.vrouters).put({ id: vrouterId, vpcId, name: '', description: '', createdAt: tx.now });
  tx.table<RouteTableRecord>(TABLES.routeTables).put({
    id: routeTableId,
    vpcId,
    vrouterId,
    type: 'System',
    name: '',
    description: '',
    createdAt: tx.now,
    lifecycle,
    tags: {},
  });
  putSystemEntry(tx, routeTableId, CLOUD_SERVICE_BLOCK.text, lifecycle);
  return { vrouterId, routeTableId };
}

/** Removes a deleted VPC's VRouter, route tables and (system) entries. */
export function removeRoutingOf(tx: Transaction, vpcId: string): void {
  const tables = tx.table<RouteTableRecord>(TABLES.routeTables).filter((t) => t.vpcId === vpcId);
  const tableIds = new Set(tables.map((t) => t.id));
  const entries = tx.table<RouteEntryRecord>(TABLES.routeEntries);
  for (const e of entries.filter((x) => tableIds.has(x.routeTableId))) entries.delete(e.id);
  for (const t of tables) tx.table(TABLES.routeTables).delete(t.id);
  const routers = tx.table<VRouterRecord>(TABLES.vrouters);
  for (const r of routers.filter((x) => x.vpcId === vpcId)) routers.delete(r.id);
}

function putSystemEntry(tx: Transaction, routeTableId: string, destination: string, lifecycle: Lifecycle, vswitchId?: string): RouteEntryRecord {
  const entry: RouteEntryRecord = {
    id: newId('rte'),
    routeTableId,
    destinationCidrBlock: destination,
    type: 'System',
    // The cloud-service route has no next hop of its own; a VSwitch's route is delivered locally.
    nextHopType: vswitchId ? 'local' : 'service',
    nextHopId: '',
    name: '',
    description: '',
    createdAt: tx.now,
    lifecycle,
    ...(vswitchId ? { vswitchId } : {}),
  };
  tx.table<RouteEntryRecord>(TABLES.routeEntries).put(entry);
  return entry;
}

/** A VSwitch's local route, which appears and disappears with it. */
export function addVSwitchSystemEntry(tx: Transaction, vswitch: VSwitchRecord, routeTableId: string): void {
  putSystemEntry(tx, routeTableId, vswitch.cidrBlock, vswitch.lifecycle, vswitch.id);
}

export function removeVSwitchSystemEntries(tx: Transaction, vswitchId: string): void {
  const entries = tx.table<RouteEntryRecord>(TABLES.routeEntries);
  for (const e of entries.filter((x) => x.vswitchId === vswitchId)) entries.delete(e.id);
}

// ---- lookups --------------------------------------------------------------------------------

export function routeEntryStatus(entry: RouteEntryRecord, now: number): string {
  return currentStatus(entry.lifecycle, now);
}

export function getRouteTable(tx: Transaction, routeTableId: string): RouteTableRecord {
  const table = tx.table<RouteTableRecord>(TABLES.routeTables).get(routeTableId);
  if (!table) {
    throw new InvalidRouteTableIdNotFound(`The route table "${routeTableId}" does not exist in this region. DescribeRouteTableList lists the route tables of your VPCs.`);
  }
  return table;
}

export function entriesOf(tx: Transaction, routeTableId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(TABLES.routeEntries).filter((e) => e.routeTableId === routeTableId);
}

/** Destinations of a VPC's custom routes (a new VSwitch may not equal one). */
export function customDestinationsOfVpc(tx: Transaction, vpcId: string): RouteEntryRecord[] {
  const tableIds = new Set(tx.table<RouteTableRecord>(TABLES.routeTables).filter((t) => t.vpcId === vpcId).map((t) => t.id));
  return tx.table<RouteEntryRecord>(TABLES.routeEntries).filter((e) => e.type === 'Custom' && tableIds.has(e.routeTableId));
}

/**
 * Route entries change one at a time per table: while a custom entry is still Pending the real API
 * refuses the next change with IncorrectRouteEntryStatus (clients, the Terraform provider
 * included, wait and retry). System entries follow their VSwitch and do not block. Creating or
 * deleting a VSwitch adds or removes a system entry, so it waits for the same thing (`doing`
 * names that action in the message).
 */
export function requireNoPendingEntry(tx: Transaction, routeTableId: string, doing = 'changing a route entry'): void {
  const pending = entriesOf(tx, routeTableId).find((e) => e.type === 'Custom' && routeEntryStatus(e, tx.now) !== 'Available');
  if (pending) {
    throw new IncorrectRouteEntryStatus(`The route entry ${pending.id} (${pending.destinationCidrBlock}) in ${routeTableId} is still ${routeEntryStatus(pending, tx.now)}, and ${doing} waits for it: poll DescribeRouteEntryList until every entry in the table is Available, then retry.`);
  }
}

// ---- next hops: one row per type, so adding a type later is one entry ------------------------

type NextHopCheck = (tx: Transaction, table: RouteTableRecord, nextHopId: string) => void;

function comesLater(what: string): NextHopCheck {
  return () => {
    throw new InvalidNextHopType(`Next hops of this type (${what}) are not available in the sandbox yet; they come with a later release. Use NextHopType=Instance with an ECS instance in the same VPC.`);
  };
}

/** An ECS instance in the same VPC, Running or Stopped. */
const instanceHop: NextHopCheck = (tx, table, nextHopId) => {
  const instance = tx.table<InstanceRecord>(TABLES.instances).get(nextHopId);
  if (!instance) {
    throw new InvalidInstanIdNotFound(`The ECS instance "${nextHopId}" given as NextHopId does not exist in this region. DescribeInstances lists your instances.`);
  }
  if (instance.vpcId !== table.vpcId) {
    throw new InvalidNextHopIdNotFound(`The ECS instance "${nextHopId}" is in VPC ${instance.vpcId}, not in ${table.vpcId} that owns route table ${table.id}: a next hop must be in the same VPC.`);
  }
  const status = currentStatus(instance.lifecycle, tx.now);
  if (status !== 'Running' && status !== 'Stopped') {
    throw new IncorrectInstanceStatusForRoute(`The ECS instance "${nextHopId}" is ${status}: a route can point to it once it is Running or Stopped. Wait and retry.`);
  }
};

export const NEXT_HOP_TYPES: Readonly<Record<string, NextHopCheck>> = {
  Instance: instanceHop,
  RouterInterface: comesLater('RouterInterface'),
  VpnGateway: comesLater('VpnGateway'),
  NatGateway: comesLater('NatGateway'),
  HaVip: comesLater('HaVip'),
};

function checkNextHop(tx: Transaction, table: RouteTableRecord, nextHopType: string, nextHopId: string | undefined, prefix = ''): void {
  const check = NEXT_HOP_TYPES[nextHopType];
  if (!check) {
    throw new InvalidNextHopType(`The ${prefix}NextHopType "${nextHopType}" is not supported: use one of ${Object.keys(NEXT_HOP_TYPES).join(', ')} (only Instance is available in the sandbox today).`);
  }
  if (!nextHopId) {
    throw new MissingParameter(`The input parameter "${prefix}NextHopId" that is mandatory for a ${nextHopType} route is not supplied: give the id of the next hop.`);
  }
  check(tx, table, nextHopId);
}

// ---- destinations ---------------------------------------------------------------------------

/** Parses a route destination; a bare address means a /32, as the console and API treat it. */
export function parseDestination(text: string): Cidr {
  const c = parseCidr(text, true);
  if (!c) {
    throw new InvalidCidrBlockMalformed(`The DestinationCidrBlock "${text}" is malformed: give an IPv4 block such as 10.0.0.0/24 (no host bits set) or a single address such as 10.0.0.1.`);
  }
  return c;
}

function checkCustomDestination(tx: Transaction, table: RouteTableRecord, dest: Cidr): void {
  if (containsCidr(CLOUD_SERVICE_BLOCK, dest)) {
    throw new InvalidCidrBlock(`The DestinationCidrBlock "${dest.text}" lies in ${CLOUD_SERVICE_BLOCK.text}, which is reserved for cloud services: choose a destination outside it.`);
  }
  const inside = tx.table<VSwitchRecord>(TABLES.vswitches).find((s) => s.vpcId === table.vpcId && containsCidr(cidrOf(s.cidrBlock)!, dest));
  if (inside) {
    throw new InvalidCidrBlock(`The DestinationCidrBlock "${dest.text}" is equal to or inside VSwitch ${inside.id} (${inside.cidrBlock}), which its system route already covers. A custom route may contain a VSwitch's block but not lie inside it.`);
  }
  const duplicate = entriesOf(tx, table.id).find((e) => e.destinationCidrBlock === dest.text);
  if (duplicate) {
    throw new InvalidCidrBlockDuplicate(`The route table ${table.id} already has an entry for ${dest.text} (${duplicate.id}). Delete or modify that entry instead of adding another.`);
  }
}

// ---- custom entries -------------------------------------------------------------------------

export interface CreateRouteEntryInput {
  routeTableId: string;
  destinationCidrBlock: string;
  nextHopType?: string;
  nextHopId?: string;
  /** ECMP hops; the sandbox has no next-hop type ECMP may use yet. */
  nextHopList?: Array<{ NextHopId?: string; NextHopType?: string }>;
  name?: string;
  description?: string;
}

export function createRouteEntry(tx: Transaction, env: NetworkEnv, input: CreateRouteEntryInput): RouteEntryRecord {
  const table = getRouteTable(tx, input.routeTableId);
  const name = checkName(input.name, 'RouteEntryName', InvalidRouteEntryNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidVSwitchDescriptionMalformed) ?? '';
  const dest = parseDestination(input.destinationCidrBlock);
  if (input.nextHopList && input.nextHopList.length > 0) {
    if (input.nextHopId || input.nextHopType) {
      throw new InvalidParameter('Give either NextHopList (an ECMP route) or NextHopType and NextHopId, not both.');
    }
    throw new InvalidNextHopType('ECMP routes (NextHopList) need RouterInterface next hops, which come with a later release of the sandbox. Give NextHopType=Instance and NextHopId instead.');
  }
  const vpc = getVpc(tx, table.vpcId);
  requireAvailableVpc(tx, vpc, 'CreateRouteEntry');
  checkCustomDestination(tx, table, dest);
  const nextHopType = input.nextHopType || 'Instance';
  checkNextHop(tx, table, nextHopType, input.nextHopId);
  const custom = entriesOf(tx, table.id).filter((e) => e.type === 'Custom').length;
  if (custom >= MAX_CUSTOM_ROUTE_ENTRIES) {
    throw new RouteEntryQuotaExceeded(`The route table ${table.id} already has ${custom} custom entries, the most a table may hold (${MAX_CUSTOM_ROUTE_ENTRIES}). Delete an entry you no longer need first.`);
  }
  requireNoPendingEntry(tx, table.id, 'CreateRouteEntry');
  const entry: RouteEntryRecord = {
    id: newId('rte'),
    routeTableId: table.id,
    destinationCidrBlock: dest.text,
    type: 'Custom',
    nextHopType,
    nextHopId: input.nextHopId!,
    name,
    description,
    createdAt: tx.now,
    lifecycle: transition(tx.now, env.asyncDelayMs, ['Pending'], 'Available'),
  };
  tx.table<RouteEntryRecord>(TABLES.routeEntries).put(entry);
  return entry;
}

export interface FindEntryInput {
  routeEntryId?: string;
  routeTableId?: string;
  destinationCidrBlock?: string;
  nextHopId?: string;
}

/**
 * Finds the entry a Delete/ModifyRouteEntry means: by RouteEntryId, or by RouteTableId plus
 * DestinationCidrBlock (and NextHopId when given), as the Terraform provider identifies routes.
 */
export function findEntry(tx: Transaction, input: FindEntryInput): RouteEntryRecord {
  if (input.routeEntryId) {
    const entry = tx.table<RouteEntryRecord>(TABLES.routeEntries).get(input.routeEntryId);
    if (!entry || (input.routeTableId && entry.routeTableId !== input.routeTableId)) {
      throw new InvalidRouteEntryNotFound(`The route entry "${input.routeEntryId}" does not exist${input.routeTableId ? ` in route table ${input.routeTableId}` : ''}. DescribeRouteEntryList lists the entries of a table.`);
    }
    return entry;
  }
  if (!input.routeTableId || !input.destinationCidrBlock) {
    throw new MissingParameter('Identify the route entry with RouteEntryId, or with RouteTableId and DestinationCidrBlock.');
  }
  getRouteTable(tx, input.routeTableId);
  const dest = parseDestination(input.destinationCidrBlock);
  const entry = entriesOf(tx, input.routeTableId).find(
    (e) => e.destinationCidrBlock === dest.text && (!input.nextHopId || e.nextHopId === input.nextHopId),
  );
  if (!entry) {
    throw new InvalidRouteEntryNotFound(`The route table ${input.routeTableId} has no entry for ${dest.text}${input.nextHopId ? ` with next hop ${input.nextHopId}` : ''}. DescribeRouteEntryList lists its entries.`);
  }
  return entry;
}

/**
 * Deletes at once. (The real entry passes through Deleting first; clients poll until it is gone,
 * which an immediate delete also satisfies.)
 */
export function deleteRouteEntry(tx: Transaction, input: FindEntryInput): RouteEntryRecord {
  const entry = findEntry(tx, input);
  if (entry.type === 'System') {
    throw new OperationDenied(`The route entry ${entry.id} (${entry.destinationCidrBlock}) is a system route and cannot be deleted; it goes away with its ${entry.vswitchId ? `VSwitch ${entry.vswitchId}` : 'VPC'}.`);
  }
  requireNoPendingEntry(tx, entry.routeTableId, 'DeleteRouteEntry');
  tx.table<RouteEntryRecord>(TABLES.routeEntries).delete(entry.id);
  return entry;
}

export interface ModifyRouteEntryInput extends FindEntryInput {
  name?: string;
  description?: string;
  newNextHopId?: string;
  newNextHopType?: string;
}

export function modifyRouteEntry(tx: Transaction, input: ModifyRouteEntryInput): RouteEntryRecord {
  const entry = findEntry(tx, { ...input, nextHopId: undefined });
  const name = checkName(input.name, 'RouteEntryName', InvalidRouteEntryNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidVSwitchDescriptionMalformed);
  const changesHop = input.newNextHopId !== undefined || input.newNextHopType !== undefined;
  if (changesHop && entry.type === 'System') {
    throw new OperationDenied(`The route entry ${entry.id} (${entry.destinationCidrBlock}) is a system route: its next hop cannot be changed. Only its name and description can.`);
  }
  requireNoPendingEntry(tx, entry.routeTableId, 'ModifyRouteEntry');
  let { nextHopType, nextHopId } = entry;
  if (changesHop) {
    nextHopType = input.newNextHopType || entry.nextHopType;
    nextHopId = input.newNextHopId || '';
    checkNextHop(tx, getRouteTable(tx, entry.routeTableId), nextHopType, nextHopId, 'New');
  }
  const updated: RouteEntryRecord = {
    ...entry,
    name: name ?? entry.name,
    description: description ?? entry.description,
    nextHopType,
    nextHopId,
  };
  tx.table<RouteEntryRecord>(TABLES.routeEntries).put(updated);
  return updated;
}
