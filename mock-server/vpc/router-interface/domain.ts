/**
 * Express Connect router interfaces: one end of a connection between two routers (VPC VRouters
 * or VBRs), in the same region or in two regions. The real rules: the initiator has a Spec
 * (bandwidth), the acceptor's is Negative; a VBR only ever initiates (and an interface whose peer
 * is a VBR accepts); a VBR interface names its access point, a VRouter interface does not. A new
 * interface is Idle; connecting and (de)activating are in connect.ts.
 */
import { InvalidParameter, InvalidRegionIdNotFound } from '../../errors';
import { ROUTER_INTERFACES_PER_ROUTER } from '../../../network-rules/limits';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { currentStatus } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { findRegion } from '../../domain/regions';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { VROUTERS, type VRouterRecord } from '../route-table/records';
import { VBRS, type VbrRecord } from '../vbr/records';
import { getVpc, requireAvailableVpc } from '../vpc/domain';
import { InvalidDescription, InvalidName } from '../vpn-gateway/errors';
import { IncorrectStatus, InvalidInstanceIdNotFound, InvalidSpecValue, QuotaExceededRouterInterface } from './errors';
import { ROUTER_INTERFACES, type RouterInterfaceRecord, type RouterInterfaceRole, type RouterType } from './records';

/** Spec → bandwidth in Mbit/s; an acceptor's Spec is Negative (the initiator's decides). */
export const RI_SPECS: Readonly<Record<string, number>> = {
  'Mini.2': 2,
  'Mini.5': 5,
  'Small.1': 10,
  'Small.2': 20,
  'Small.5': 50,
  'Middle.1': 100,
  'Middle.2': 200,
  'Middle.5': 500,
  'Large.1': 1000,
  'Large.2': 2000,
  'Large.5': 5000,
  'Xlarge.1': 10000,
};

export function riStatus(ri: RouterInterfaceRecord, now: number): string {
  return currentStatus(ri.lifecycle, now);
}

export function getRouterInterface(tx: Transaction, id: string): RouterInterfaceRecord {
  const ri = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(id);
  if (!ri) throw new InvalidInstanceIdNotFound(`The router interface "${id}" does not exist in region ${tx.region}. DescribeRouterInterfaces lists the interfaces of a region.`);
  return ri;
}

export function requireStatus(tx: Transaction, ri: RouterInterfaceRecord, allowed: readonly string[], doing: string): string {
  const status = riStatus(ri, tx.now);
  if (!allowed.includes(status)) {
    throw new IncorrectStatus(`The router interface ${ri.id} is ${status}: ${doing} needs it ${allowed.join(' or ')}. Poll DescribeRouterInterfaces until its Status allows it.`);
  }
  return status;
}

/** The router an interface sits on: a VRouter of this region (→ its VPC) or a VBR of this region. */
function resolveRouter(tx: Transaction, type: RouterType, id: string): { vpcId: string; accessPointId: string } {
  if (type === 'VRouter') {
    const vr = tx.table<VRouterRecord>(VROUTERS).get(id);
    if (!vr) throw new InvalidParameter(`The RouterId "${id}" is not a VRouter of region ${tx.region}: give the VRouterId of a VPC (DescribeVpcs shows it).`);
    const vpc = getVpc(tx, vr.vpcId);
    requireAvailableVpc(tx, vpc, 'CreateRouterInterface');
    return { vpcId: vpc.id, accessPointId: '' };
  }
  const vbr = tx.table<VbrRecord>(VBRS).get(id);
  if (!vbr) throw new InvalidParameter(`The RouterId "${id}" is not a VBR of region ${tx.region}: DescribeVirtualBorderRouters lists your VBRs.`);
  return { vpcId: '', accessPointId: vbr.accessPointId };
}

export interface CreateRouterInterfaceInput {
  role: RouterInterfaceRole;
  routerType: RouterType;
  routerId: string;
  oppositeRegionId: string;
  spec?: string;
  oppositeRouterType?: RouterType;
  oppositeRouterId?: string;
  oppositeInterfaceId?: string;
  oppositeInterfaceOwnerId?: string;
  accessPointId?: string;
  oppositeAccessPointId?: string;
  healthCheckSourceIp?: string;
  healthCheckTargetIp?: string;
  name?: string;
  description?: string;
  chargeType?: string;
  tags: Tags;
}

export function createRouterInterface(tx: Transaction, input: CreateRouterInterfaceInput): RouterInterfaceRecord {
  if (!findRegion(input.oppositeRegionId)) {
    throw new InvalidRegionIdNotFound(`The OppositeRegionId "${input.oppositeRegionId}" does not exist. Call DescribeRegions for the regions the sandbox serves.`);
  }
  if (input.routerType === 'VBR' && input.role !== 'InitiatingSide') {
    throw new InvalidParameter('A VBR can only initiate: a router interface with RouterType=VBR must have Role=InitiatingSide. Create the accepting interface on the VPC\'s VRouter.');
  }
  if (input.oppositeRouterType === 'VBR' && input.role !== 'AcceptingSide') {
    throw new InvalidParameter('The peer is a VBR, and a VBR always initiates: this interface must have Role=AcceptingSide.');
  }
  if (input.routerType === 'VBR' && !input.accessPointId) {
    throw new InvalidParameter('A VBR\'s router interface needs AccessPointId: the access point of the VBR\'s physical connection (DescribeAccessPoints lists them).');
  }
  if (input.routerType === 'VRouter' && input.accessPointId) {
    throw new InvalidParameter('AccessPointId is only for a VBR\'s router interface; leave it out for RouterType=VRouter.');
  }
  let spec = 'Negative';
  if (input.role === 'InitiatingSide') {
    if (!input.spec || !(input.spec in RI_SPECS)) {
      throw new InvalidSpecValue(`The Spec "${input.spec ?? ''}" is invalid for an initiating interface: use one of ${Object.keys(RI_SPECS).join(', ')}.`);
    }
    spec = input.spec;
  } else if (input.spec && input.spec !== 'Negative') {
    throw new InvalidSpecValue(`The Spec "${input.spec}" is invalid for an accepting interface: its Spec is Negative (the initiator's Spec decides the bandwidth). Leave Spec out or give Negative.`);
  }
  const name = checkResourceName(input.name, 'Name', InvalidName) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescription) ?? '';
  const router = resolveRouter(tx, input.routerType, input.routerId);
  if (input.routerType === 'VBR' && router.accessPointId !== input.accessPointId) {
    throw new InvalidParameter(`The AccessPointId "${input.accessPointId}" is not the access point of VBR ${input.routerId} (${router.accessPointId}).`);
  }
  const onRouter = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).filter((ri) => ri.routerId === input.routerId);
  if (onRouter.length >= ROUTER_INTERFACES_PER_ROUTER) {
    throw new QuotaExceededRouterInterface(
      `The router ${input.routerId} already has ${onRouter.length} router interfaces (${onRouter.map((ri) => ri.id).join(', ')}), the most a router may have (${ROUTER_INTERFACES_PER_ROUTER}). Delete one you no longer use with DeleteRouterInterface first.`,
    );
  }
  const ri: RouterInterfaceRecord = {
    id: newId('ri'),
    role: input.role,
    routerType: input.routerType,
    routerId: input.routerId,
    vpcId: router.vpcId,
    spec,
    name,
    description,
    accessPointId: input.accessPointId ?? '',
    oppositeRegionId: input.oppositeRegionId,
    oppositeRouterType: input.oppositeRouterType ?? '',
    oppositeRouterId: input.oppositeRouterId ?? '',
    oppositeInterfaceId: input.oppositeInterfaceId ?? '',
    oppositeInterfaceOwnerId: input.oppositeInterfaceOwnerId ?? '',
    oppositeAccessPointId: input.oppositeAccessPointId ?? '',
    healthCheckSourceIp: input.healthCheckSourceIp ?? '',
    healthCheckTargetIp: input.healthCheckTargetIp ?? '',
    chargeType: input.chargeType === 'PrePaid' ? 'PrePaid' : 'PostPaid',
    createdAt: tx.now,
    lifecycle: { status: 'Idle' },
    tags: input.tags,
  };
  return tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).put(ri);
}

export interface ModifyRouterInterfaceInput {
  name?: string;
  description?: string;
  oppositeInterfaceId?: string;
  oppositeRouterId?: string;
  oppositeRouterType?: RouterType;
  oppositeInterfaceOwnerId?: string;
  healthCheckSourceIp?: string;
  healthCheckTargetIp?: string;
  deleteHealthCheckIp?: boolean;
}

/**
 * The opposite side is set while the interface is Idle, before it first connects; a connected pair
 * keeps it for life (the real provider says as much and activates again rather than re-point). So
 * when one end of a pair is deleted (a Terraform replacement), the survivor stays Inactive, naming
 * the deleted end, and cannot be re-pointed: the refusal says to replace it too.
 */
function requireOppositeChangeable(tx: Transaction, ri: RouterInterfaceRecord, newOpposite: string | undefined): void {
  const status = riStatus(ri, tx.now);
  const repoints = newOpposite !== undefined && newOpposite !== ri.oppositeInterfaceId;
  if (repoints && ri.oppositeInterfaceId && (status === 'Active' || status === 'Inactive')) {
    // The old opposite can be looked up only in this region's partition; elsewhere it is not said.
    const gone = ri.oppositeRegionId === tx.region && !tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(ri.oppositeInterfaceId);
    throw new IncorrectStatus(
      `The router interface ${ri.id} is ${status} and was connected to ${ri.oppositeInterfaceId}${gone ? ', which no longer exists' : ''}: ` +
        `an interface's opposite can be set only while it is Idle, before its first connection, so it cannot be re-pointed to ${newOpposite}. ` +
        `Delete ${ri.id}${status === 'Active' ? ' (DeactivateRouterInterface first)' : ''} and create a new interface to connect to ${newOpposite}.`,
    );
  }
  requireStatus(tx, ri, ['Idle'], 'changing the opposite interface');
}

/** The opposite side's details may change only before the pair is connected (Idle). */
export function modifyRouterInterface(tx: Transaction, id: string, input: ModifyRouterInterfaceInput): RouterInterfaceRecord {
  const ri = getRouterInterface(tx, id);
  const name = checkResourceName(input.name, 'Name', InvalidName);
  const description = checkDescription(input.description, 'Description', InvalidDescription);
  const changesOpposite = [input.oppositeInterfaceId, input.oppositeRouterId, input.oppositeRouterType, input.oppositeInterfaceOwnerId].some((v) => v !== undefined);
  if (changesOpposite) requireOppositeChangeable(tx, ri, input.oppositeInterfaceId);
  const oppositeRouterType = input.oppositeRouterType ?? ri.oppositeRouterType;
  if (oppositeRouterType === 'VBR' && ri.role !== 'AcceptingSide') {
    throw new InvalidParameter(`The router interface ${ri.id} is the initiator, and a VBR always initiates: its peer cannot be a VBR.`);
  }
  const clearHc = input.deleteHealthCheckIp === true;
  return tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).put({
    ...ri,
    name: name ?? ri.name,
    description: description ?? ri.description,
    oppositeInterfaceId: input.oppositeInterfaceId ?? ri.oppositeInterfaceId,
    oppositeRouterId: input.oppositeRouterId ?? ri.oppositeRouterId,
    oppositeRouterType,
    oppositeInterfaceOwnerId: input.oppositeInterfaceOwnerId ?? ri.oppositeInterfaceOwnerId,
    healthCheckSourceIp: clearHc ? '' : (input.healthCheckSourceIp ?? ri.healthCheckSourceIp),
    healthCheckTargetIp: clearHc ? '' : (input.healthCheckTargetIp ?? ri.healthCheckTargetIp),
  });
}

/** An interface goes once it is Idle or Inactive and no route uses it (the dependency table). */
export function deleteRouterInterface(tx: Transaction, id: string): RouterInterfaceRecord {
  const ri = getRouterInterface(tx, id);
  requireStatus(tx, ri, ['Idle', 'Inactive'], 'DeleteRouterInterface');
  requireNoDependants(tx, 'routerInterface', ri.id);
  tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).delete(ri.id);
  return ri;
}

/** The bandwidth a connected pair runs at (the initiator's Spec). */
export function specBandwidth(spec: string): number {
  return RI_SPECS[spec] ?? 0;
}
