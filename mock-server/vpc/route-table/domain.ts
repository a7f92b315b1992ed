/**
 * VRouters, route tables and route entries.
 *
 * Every VPC has exactly one VRouter and one system route table, created and deleted with it (they
 * cannot be created or deleted on their own): this family joins the VPC's creation through
 * VPC_HOOKS and its deletion through the dependency table. The table holds system entries —
 * 100.64.0.0/10 for cloud services and one local route per VSwitch CIDR — which cannot be deleted,
 * and up to 40 custom entries (the product guide's limit; today's cloud allows 200).
 */
import { InvalidDescriptionMalformed, InvalidParameter, MissingParameter, OperationDenied } from '../../errors';
import { containsCidr, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { cidrOf } from '../../../network-rules/cidr-cache';
import { CLOUD_SERVICE_BLOCK, ECMP_MAX_HOPS, ECMP_MIN_HOPS, MAX_CUSTOM_ROUTE_ENTRIES } from '../../../network-rules/limits';
import type { DomainConfig } from '../../domain/config';
import type { HookBinding } from '../../domain/hooks';
import { newId } from '../../domain/ids';
import { currentStatus, transition, type Lifecycle } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import type { Transaction } from '../../store/store';
import { INSTANCES, type InstanceRecord } from '../../ecs/instance/records';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import { InvalidCidrBlockMalformed } from '../vpc/errors';
import type { VpcRecord } from '../vpc/records';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import {
  IncorrectInstanceStatusForRoute,
  IncorrectRouteEntryStatus,
  InvalidCidrBlock,
  InvalidCidrBlockDuplicate,
  InvalidInstanIdNotFound,
  InvalidNextHopIdNotFound,
  InvalidNextHopType,
  InvalidNexthopListSize,
  InvalidNexthopTypeAndListBothNotNull,
  InvalidRouteEntryNameMalformed,
  InvalidRouteEntryNotFound,
  InvalidRouteTableIdNotFound,
  RouteEntryQuotaExceeded,
} from './errors';
import { ROUTE_ENTRIES, ROUTE_TABLES, VROUTERS, type EcmpHop, type RouteEntryRecord, type RouteTableRecord, type VRouterRecord } from './records';

// ---- VRouter and system table, created with their VPC (VPC_HOOKS.created) ------------------

export function createRouterAndSystemTable(tx: Transaction, vpc: VpcRecord): Pick<VpcRecord, 'vrouterId' | 'routeTableId'> {
  const vrouterId = newId('vrt');
  const routeTableId = newId('vtb');
  tx.table<VRouterRecord>(VROUTERS).put({ id: vrouterId, vpcId: vpc.id, name: '', description: '', createdAt: tx.now });
  tx.table<RouteTableRecord>(ROUTE_TABLES).put({
    id: routeTableId,
    vpcId: vpc.id,
    vrouterId,
    type: 'System',
    name: '',
    description: '',
    createdAt: tx.now,
    lifecycle: vpc.lifecycle,
    tags: {},
  });
  putSystemEntry(tx, routeTableId, CLOUD_SERVICE_BLOCK.text, vpc.lifecycle);
  return { vrouterId, routeTableId };
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
  tx.table<RouteEntryRecord>(ROUTE_ENTRIES).put(entry);
  return entry;
}

/** A VSwitch's local route, which appears with it (VSWITCH_HOOKS.created) and goes with it (a cascade). */
export function addVSwitchSystemEntry(tx: Transaction, vswitch: VSwitchRecord, vpc: VpcRecord): void {
  putSystemEntry(tx, vpc.routeTableId, vswitch.cidrBlock, vswitch.lifecycle, vswitch.id);
}

// ---- lookups --------------------------------------------------------------------------------

export function routeEntryStatus(entry: RouteEntryRecord, now: number): string {
  return currentStatus(entry.lifecycle, now);
}

export function getRouteTable(tx: Transaction, routeTableId: string): RouteTableRecord {
  const table = tx.table<RouteTableRecord>(ROUTE_TABLES).get(routeTableId);
  if (!table) {
    throw new InvalidRouteTableIdNotFound(`The route table "${routeTableId}" does not exist in this region. DescribeRouteTableList lists the route tables of your VPCs.`);
  }
  return table;
}

export function entriesOf(tx: Transaction, routeTableId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.routeTableId === routeTableId);
}

/** Destinations of a VPC's custom routes (a new VSwitch may not equal one). */
export function customDestinationsOfVpc(tx: Transaction, vpcId: string): RouteEntryRecord[] {
  const tableIds = new Set(tx.table<RouteTableRecord>(ROUTE_TABLES).filter((t) => t.vpcId === vpcId).map((t) => t.id));
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.type === 'Custom' && tableIds.has(e.routeTableId));
}

/**
 * Route entries change one at a time per table: while a custom entry is still Pending the real API
 * refuses the next change with IncorrectRouteEntryStatus (clients, the Terraform provider
 * included, wait and retry). System entries follow their VSwitch and do not block. Creating or
 * deleting a VSwitch adds or removes a system entry, so it waits for the same thing (`doing`
 * names that action in the message).
 */
export function requireNoPendingEntry(tx: Transaction, routeTableId: string, doing = 'changing a route entry'): void {
  const pending = pendingEntry(tx, routeTableId);
  if (pending) throw pendingEntryError(pending, tx.now, doing);
}

/** The table's custom entry that is not yet Available, if any. */
export function pendingEntry(tx: Transaction, routeTableId: string): RouteEntryRecord | undefined {
  return entriesOf(tx, routeTableId).find((e) => e.type === 'Custom' && routeEntryStatus(e, tx.now) !== 'Available');
}

export function pendingEntryError(pending: RouteEntryRecord, now: number, doing: string): IncorrectRouteEntryStatus {
  return new IncorrectRouteEntryStatus(`The route entry ${pending.id} (${pending.destinationCidrBlock}) in ${pending.routeTableId} is still ${routeEntryStatus(pending, now)}, and ${doing} waits for it: poll DescribeRouteEntryList until every entry in the table is Available, then retry.`);
}

// ---- next hops: one row per type, so adding a type later is one entry ------------------------

export type NextHopCheck = (tx: Transaction, table: RouteTableRecord, nextHopId: string) => void;

/**
 * Next-hop types contributed by other families (VpnGateway by the VPN gateway family,
 * RouterInterface by the router-interface family …), so this family never imports them. A
 * registered check wins over the built-in table below. `ecmp`, when given, checks a whole
 * NextHopList of this type (the ECMP rule).
 */
export interface NextHopTypeBinding {
  check: NextHopCheck;
  ecmp?: (tx: Transaction, table: RouteTableRecord, nextHopIds: string[]) => void;
  /**
   * Whether a single next hop of this type may share its destination with other entries (ECMP
   * expressed as several same-destination routes, as the real provider's alicloud_route_entry
   * does): for RouterInterface, an interface of the table's router whose peer is a VBR.
   */
  ecmpMember?: (tx: Transaction, table: RouteTableRecord, nextHopId: string) => boolean;
}

const registeredHops = new Map<string, NextHopTypeBinding>();

/** For a family's `hooks`: installs its next-hop type when the registry is built. */
export function nextHopType(type: string, binding: NextHopTypeBinding): HookBinding {
  return { point: `route.nextHopType.${type}`, install: () => registeredHops.set(type, binding) };
}

/** The next-hop types routes may use today: Instance and the registered ones. */
export function availableNextHopTypes(): string[] {
  return ['Instance', ...[...registeredHops.keys()].filter((t) => t !== 'Instance')];
}

function comesLater(what: string): NextHopCheck {
  return () => {
    throw new InvalidNextHopType(`Next hops of this type (${what}) are not available in the sandbox yet; they come with a later release. Use NextHopType=Instance with an ECS instance in the same VPC.`);
  };
}

/** An ECS instance in the same VPC, Running or Stopped. */
const instanceHop: NextHopCheck = (tx, table, nextHopId) => {
  const instance = tx.table<InstanceRecord>(INSTANCES).get(nextHopId);
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
};

function checkNextHop(tx: Transaction, table: RouteTableRecord, nextHopType: string, nextHopId: string | undefined, prefix = ''): void {
  const check = registeredHops.get(nextHopType)?.check ?? NEXT_HOP_TYPES[nextHopType];
  if (!check) {
    throw new InvalidNextHopType(`The ${prefix}NextHopType "${nextHopType}" is not supported: use one of ${availableNextHopTypes().join(', ')}.`);
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

/**
 * A second (third, fourth) entry for a destination is an ECMP member: allowed only when the new
 * next hop and every existing one of that destination are single hops of a type whose
 * `ecmpMember` accepts them (router interfaces peered with VBRs, the guide's ECMP rule), on a VPC
 * table, up to ECMP_MAX_HOPS; otherwise the destination is a duplicate, as before.
 */
function checkSameDestination(tx: Transaction, table: RouteTableRecord, dest: Cidr, same: RouteEntryRecord[], hop?: { type: string; id?: string }): void {
  const member = hop?.id ? registeredHops.get(hop.type)?.ecmpMember : undefined;
  const joinable =
    !!member &&
    table.routerType !== 'VBR' &&
    member(tx, table, hop!.id!) &&
    same.every((e) => e.type === 'Custom' && !e.nextHops && e.nextHopType === hop!.type && e.nextHopId !== hop!.id && member(tx, table, e.nextHopId));
  if (!joinable) {
    const ecmpHint = hop?.type === 'RouterInterface' ? ` Several entries for one destination are allowed only as ECMP: every next hop a RouterInterface whose peer is a VBR (at least ${ECMP_MIN_HOPS}, at most ${ECMP_MAX_HOPS}), each interface once.` : '';
    throw new InvalidCidrBlockDuplicate(`The route table ${table.id} already has an entry for ${dest.text} (${same[0].id}). Delete or modify that entry instead of adding another.${ecmpHint}`);
  }
  if (same.length >= ECMP_MAX_HOPS) {
    throw new InvalidNexthopListSize(`The ECMP route to ${dest.text} in ${table.id} already has ${same.length} next hops, the most an ECMP route may have (${ECMP_MAX_HOPS}).`);
  }
}

function checkCustomDestination(tx: Transaction, table: RouteTableRecord, dest: Cidr, hop?: { type: string; id?: string }): void {
  if (containsCidr(CLOUD_SERVICE_BLOCK, dest)) {
    throw new InvalidCidrBlock(`The DestinationCidrBlock "${dest.text}" lies in ${CLOUD_SERVICE_BLOCK.text}, which is reserved for cloud services: choose a destination outside it.`);
  }
  const inside = tx.table<VSwitchRecord>(VSWITCHES).find((s) => s.vpcId === table.vpcId && containsCidr(cidrOf(s.cidrBlock)!, dest));
  if (inside) {
    throw new InvalidCidrBlock(`The DestinationCidrBlock "${dest.text}" is equal to or inside VSwitch ${inside.id} (${inside.cidrBlock}), which its system route already covers. A custom route may contain a VSwitch's block but not lie inside it.`);
  }
  const same = entriesOf(tx, table.id).filter((e) => e.destinationCidrBlock === dest.text);
  if (same.length) checkSameDestination(tx, table, dest, same, hop);
}

// ---- custom entries -------------------------------------------------------------------------

export interface CreateRouteEntryInput {
  routeTableId: string;
  destinationCidrBlock: string;
  nextHopType?: string;
  nextHopId?: string;
  /** ECMP hops (NextHopList). */
  nextHopList?: Array<{ NextHopId?: string; NextHopType?: string; Weight?: number }>;
  name?: string;
  description?: string;
}

/**
 * An ECMP route (NextHopList): the guide's rule is at least two router interfaces whose peers are
 * VBRs; the hop type's registered `ecmp` check decides what qualifies. Not on VBR tables. The
 * bounds (2 to 4 hops) are network-rules/limits' ECMP_MIN_HOPS and ECMP_MAX_HOPS.
 */
function checkEcmpHops(tx: Transaction, table: RouteTableRecord, input: CreateRouteEntryInput): EcmpHop[] {
  const list = input.nextHopList!;
  if (input.nextHopId || input.nextHopType) {
    throw new InvalidNexthopTypeAndListBothNotNull('Give either NextHopList (an ECMP route) or NextHopType and NextHopId, not both.');
  }
  if (table.routerType === 'VBR') {
    throw new InvalidParameter(`The route table ${table.id} belongs to a VBR, whose routes take no NextHopList: give NextHopType=RouterInterface and NextHopId.`);
  }
  if (list.length < ECMP_MIN_HOPS || list.length > ECMP_MAX_HOPS) {
    throw new InvalidNexthopListSize(`An ECMP route needs ${ECMP_MIN_HOPS} to ${ECMP_MAX_HOPS} next hops in NextHopList; ${list.length} ${list.length === 1 ? 'was' : 'were'} given. For one next hop give NextHopType and NextHopId instead.`);
  }
  const hops = list.map((h, i): EcmpHop => {
    if (!h.NextHopId) throw new MissingParameter(`The input parameter "NextHopList.${i + 1}.NextHopId" that is mandatory for an ECMP route is not supplied.`);
    return { type: h.NextHopType || 'RouterInterface', id: h.NextHopId, weight: h.Weight ?? 100 };
  });
  const ids = hops.map((h) => h.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new InvalidParameter(`The next hop ${dup} appears twice in NextHopList; list each router interface once.`);
  const types = new Set(hops.map((h) => h.type));
  const ecmpCheck = types.size === 1 ? registeredHops.get(hops[0].type)?.ecmp : undefined;
  if (!ecmpCheck) {
    throw new InvalidNextHopType(`An ECMP route's next hops must all be RouterInterface (router interfaces whose peers are VBRs, the guide's rule); got ${[...types].join(', ')}.`);
  }
  ecmpCheck(tx, table, ids);
  return hops;
}

export function createRouteEntry(tx: Transaction, config: DomainConfig, input: CreateRouteEntryInput): RouteEntryRecord {
  const table = getRouteTable(tx, input.routeTableId);
  const name = checkResourceName(input.name, 'RouteEntryName', InvalidRouteEntryNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  const dest = parseDestination(input.destinationCidrBlock);
  const ecmp = input.nextHopList && input.nextHopList.length > 0 ? checkEcmpHops(tx, table, input) : undefined;
  // A VBR's table belongs to no VPC; its owner is checked by its next hops (the VBR family's rule).
  if (table.routerType !== 'VBR') requireAvailableVpc(tx, getVpc(tx, table.vpcId), 'CreateRouteEntry');
  const nextHopType = ecmp ? ecmp[0].type : input.nextHopType || 'Instance';
  checkCustomDestination(tx, table, dest, ecmp ? undefined : { type: nextHopType, id: input.nextHopId });
  if (!ecmp) checkNextHop(tx, table, nextHopType, input.nextHopId);
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
    nextHopId: ecmp ? '' : input.nextHopId!,
    name,
    description,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
    ...(ecmp ? { nextHops: ecmp } : {}),
  };
  tx.table<RouteEntryRecord>(ROUTE_ENTRIES).put(entry);
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
    const entry = tx.table<RouteEntryRecord>(ROUTE_ENTRIES).get(input.routeEntryId);
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
  const found = entriesOf(tx, input.routeTableId).filter(
    (e) => e.destinationCidrBlock === dest.text && (!input.nextHopId || e.nextHopId === input.nextHopId),
  );
  // ECMP members share a destination: which one is meant needs its next hop.
  if (found.length > 1) {
    throw new MissingParameter(`The route table ${input.routeTableId} has ${found.length} ECMP entries for ${dest.text} (next hops ${found.map((e) => e.nextHopId).join(', ')}): give NextHopId or RouteEntryId to say which one.`);
  }
  const entry = found[0];
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
  tx.table<RouteEntryRecord>(ROUTE_ENTRIES).delete(entry.id);
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
  const name = checkResourceName(input.name, 'RouteEntryName', InvalidRouteEntryNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
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
  // A new single next hop replaces an ECMP route's list.
  if (changesHop) delete updated.nextHops;
  tx.table<RouteEntryRecord>(ROUTE_ENTRIES).put(updated);
  return updated;
}
