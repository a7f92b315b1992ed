/**
 * Connecting a pair, and its Active/Inactive switch, as the real status machine runs it:
 *
 *   initiator  Idle → Connecting → Active ⇄ (Deactivating →) Inactive (→ Activating →) Active
 *   acceptor   Idle → AcceptingConnecting → Active ⇄ Inactive …
 *
 * Only the initiator connects, and only once both sides name each other (ModifyRouterInterface-
 * Attribute sets the opposite details). Transitional statuses last the async delay.
 *
 * The two interfaces may live in two regions, which the store keeps in separate partitions: an
 * action then runs one transaction per region. The initiator's transaction decides (two
 * concurrent connects of one pair: the second finds the initiator Connecting and fails), and if
 * the acceptor's then fails the initiator is put back as it was.
 */
import { InvalidParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { transition } from '../../domain/lifecycle';
import type { Transaction } from '../../store/store';
import { getRouterInterface, requireStatus, riStatus } from './domain';
import {
  ForbiddenOnlyOneConnection,
  IncorrectOppositeInterfaceInfo,
  IncorrectOppositeInterfaceInfoNotSet,
  IncorrectRoleNotInitiatingSide,
  IncorrectStatus,
  InvalidInstanceIdNotFound,
} from './errors';
import { ROUTER_INTERFACES, type RouterInterfaceRecord } from './records';

function put(tx: Transaction, ri: RouterInterfaceRecord): RouterInterfaceRecord {
  return tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).put(ri);
}

/** Checks the initiator and its opposite details; returns the acceptor's id and region. */
export function connectTarget(tx: Transaction, id: string): { acceptorId: string; region: string } {
  const ri = getRouterInterface(tx, id);
  if (ri.role !== 'InitiatingSide') {
    throw new IncorrectRoleNotInitiatingSide(`The router interface ${ri.id} is the accepting side: only the initiating side connects. Call ConnectRouterInterface on the initiator (its opposite, ${ri.oppositeInterfaceId || 'not set yet'}).`);
  }
  if (!ri.oppositeInterfaceId || !ri.oppositeRouterId) {
    throw new IncorrectOppositeInterfaceInfoNotSet(`The router interface ${ri.id} does not name its opposite yet: set OppositeInterfaceId and OppositeRouterId with ModifyRouterInterfaceAttribute (on both sides), then connect.`);
  }
  if (ri.oppositeRouterId === ri.routerId) {
    throw new IncorrectOppositeInterfaceInfo(`The router interface ${ri.id} names its own router ${ri.routerId} as the opposite router: a connection joins two different routers. Correct OppositeRouterId with ModifyRouterInterfaceAttribute.`);
  }
  return { acceptorId: ri.oppositeInterfaceId, region: ri.oppositeRegionId };
}

/** The acceptor must exist, accept, name the initiator back, and be Idle. */
export function checkAcceptor(tx: Transaction, initiator: RouterInterfaceRecord, acceptor: RouterInterfaceRecord | undefined): RouterInterfaceRecord {
  if (!acceptor) {
    throw new InvalidInstanceIdNotFound(`The opposite interface ${initiator.oppositeInterfaceId} does not exist in region ${initiator.oppositeRegionId}. Check OppositeInterfaceId and OppositeRegionId.`);
  }
  if (acceptor.role !== 'AcceptingSide') {
    throw new InvalidParameter(`The opposite interface ${acceptor.id} is an initiator too: a connection joins an InitiatingSide interface to an AcceptingSide one.`);
  }
  if (acceptor.routerId !== initiator.oppositeRouterId) {
    throw new InvalidParameter(`The opposite interface ${acceptor.id} sits on router ${acceptor.routerId}, but ${initiator.id} names OppositeRouterId ${initiator.oppositeRouterId}. Correct it with ModifyRouterInterfaceAttribute.`);
  }
  if (!acceptor.oppositeInterfaceId || !acceptor.oppositeRouterId) {
    throw new IncorrectOppositeInterfaceInfoNotSet(`The accepting interface ${acceptor.id} does not name its opposite yet: set OppositeInterfaceId=${initiator.id} and OppositeRouterId=${initiator.routerId} on it with ModifyRouterInterfaceAttribute, then connect.`);
  }
  if (acceptor.oppositeInterfaceId !== initiator.id || acceptor.oppositeRouterId !== initiator.routerId) {
    throw new InvalidParameter(`The accepting interface ${acceptor.id} names ${acceptor.oppositeInterfaceId} on ${acceptor.oppositeRouterId} as its opposite, not ${initiator.id} on ${initiator.routerId}. Correct it with ModifyRouterInterfaceAttribute.`);
  }
  const status = riStatus(acceptor, tx.now);
  if (status !== 'Idle') {
    throw new IncorrectStatus(`The accepting interface ${acceptor.id} is ${status}: it can be connected once, from Idle.`);
  }
  return acceptor;
}

/**
 * The real rule "one connected pair per two routers": no other interface of `ri`'s router, with
 * `ri`'s opposite router as its opposite, may be connected (or connecting). Checked on each side's
 * router in its own region's transaction, so a pair between the same routers started from either
 * end is caught; of two racing connects at most one wins.
 */
function requireOnlyConnection(tx: Transaction, ri: RouterInterfaceRecord): void {
  const other = tx
    .table<RouterInterfaceRecord>(ROUTER_INTERFACES)
    .find((x) => x.id !== ri.id && x.routerId === ri.routerId && x.oppositeRouterId === ri.oppositeRouterId && !!x.connectedAt && riStatus(x, tx.now) !== 'Idle');
  if (other) {
    throw new ForbiddenOnlyOneConnection(
      `The routers ${ri.routerId} and ${ri.oppositeRouterId} already have a connection (router interface ${other.id}, ${riStatus(other, tx.now)}, with ${other.oppositeInterfaceId}): two routers take one connected pair. Use that pair (ActivateRouterInterface if it is Inactive), or delete it first.`,
    );
  }
}

/** The initiator's half: Idle → Connecting → Active. Returns the record as it was, to undo. */
export function connectInitiator(tx: Transaction, config: DomainConfig, id: string, acceptor: RouterInterfaceRecord | undefined): RouterInterfaceRecord {
  const ri = getRouterInterface(tx, id);
  connectTarget(tx, id);
  requireStatus(tx, ri, ['Idle'], 'ConnectRouterInterface');
  checkAcceptor(tx, ri, acceptor);
  requireOnlyConnection(tx, ri);
  put(tx, { ...ri, connectedAt: tx.now, lifecycle: transition(tx.now, config.asyncDelayMs, ['Connecting'], 'Active') });
  return ri;
}

/** The acceptor's half: Idle → AcceptingConnecting → Active. */
export function connectAcceptor(tx: Transaction, config: DomainConfig, initiator: RouterInterfaceRecord, acceptorId: string): void {
  const acceptor = checkAcceptor(tx, initiator, tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(acceptorId));
  requireOnlyConnection(tx, acceptor);
  put(tx, { ...acceptor, connectedAt: tx.now, lifecycle: transition(tx.now, config.asyncDelayMs, ['AcceptingConnecting'], 'Active') });
}

/** Puts a record back (undoing an initiator's half whose acceptor half failed). */
export function restore(tx: Transaction, previous: RouterInterfaceRecord): void {
  put(tx, previous);
}

export type Switch = 'activate' | 'deactivate';

const SWITCHES: Record<Switch, { from: string; via: string; to: string; action: string }> = {
  activate: { from: 'Inactive', via: 'Activating', to: 'Active', action: 'ActivateRouterInterface' },
  deactivate: { from: 'Active', via: 'Deactivating', to: 'Inactive', action: 'DeactivateRouterInterface' },
};

/**
 * Activate (Inactive → Activating → Active) or deactivate (Active → Deactivating → Inactive) one
 * interface; the action applies the same to its peer, since a connection runs only with both.
 */
export function switchInterface(tx: Transaction, config: DomainConfig, id: string, which: Switch, requireFrom = true): RouterInterfaceRecord | undefined {
  const s = SWITCHES[which];
  const ri = tx.table<RouterInterfaceRecord>(ROUTER_INTERFACES).get(id);
  if (!ri) {
    if (requireFrom) getRouterInterface(tx, id);
    return undefined;
  }
  if (requireFrom) requireStatus(tx, ri, [s.from], s.action);
  else if (riStatus(ri, tx.now) !== s.from) return undefined;
  return put(tx, { ...ri, lifecycle: transition(tx.now, config.asyncDelayMs, [s.via], s.to) });
}
