/**
 * The one declared dependency table: what must be gone before a resource can be deleted (or
 * changed in a way that would strand something), and what goes away with it.
 *
 * Rows are registered by the CHILD family (the one whose resources depend on the parent), through
 * its Family registration, so a parent's rules never import a child: `deleteVpc` asks
 * `requireNoDependants(tx, 'vpc', id)` and learns nothing about VSwitches, instances or security
 * groups. Each row carries the real error code and a message that names the fix.
 */
import type { ApiError } from '../errors';
import type { Row } from '../store/state-backend';
import type { Transaction } from '../store/store';

/** The kinds of parent a row may guard; a new family adds its kind when it has dependants. */
export type ParentKind = 'vpc' | 'vswitch' | 'securityGroup' | 'instance' | (string & {});

/** What the caller is doing to the parent; most rows only block deletion. */
export type GuardedOperation = 'delete' | 'move-vpc';

export interface DependantRow<D extends Row = Row> {
  parent: ParentKind;
  /** What depends on the parent, for humans (“VSwitches”, “custom route entries”). */
  what: string;
  /**
   * Checks run in the order a user has to clean up, lowest first (custom routes point at
   * instances, instances sit in VSwitches, VSwitches sit in VPCs), so each error names the next
   * step. Rows of equal order run in registration order.
   */
  order: number;
  /** Operations this row blocks (default: delete only). */
  blocks?: readonly GuardedOperation[];
  /** The dependants that block, or [] when there are none. */
  find(tx: Transaction, parentId: string): D[];
  /** The real error for them, with a message that names the fix (`now`: the transaction's clock). */
  error(parentId: string, found: D[], operation: GuardedOperation, now: number): ApiError;
}

/** Something deleted together with its parent (a VPC's system route table, its default group). */
export interface CascadeRow {
  parent: ParentKind;
  what: string;
  remove(tx: Transaction, parentId: string): void;
}

const rows: DependantRow[] = [];
const cascades: CascadeRow[] = [];

/** Adds rows (idempotent: registering the same row object twice keeps one). */
export function registerDependants(list: readonly DependantRow<any>[] = [], cascadeList: readonly CascadeRow[] = []): void {
  for (const r of list) if (!rows.includes(r)) rows.push(r);
  rows.sort((a, b) => a.order - b.order);
  for (const c of cascadeList) if (!cascades.includes(c)) cascades.push(c);
}

/** Throws the first registered row's error whose dependants still exist. */
export function requireNoDependants(tx: Transaction, parent: ParentKind, parentId: string, operation: GuardedOperation = 'delete'): void {
  for (const row of rows) {
    if (row.parent !== parent || !(row.blocks ?? ['delete']).includes(operation)) continue;
    const found = row.find(tx, parentId);
    if (found.length > 0) throw row.error(parentId, found, operation, tx.now);
  }
}

/** Removes what goes with the parent; call once requireNoDependants passed, in the same transaction. */
export function removeCascades(tx: Transaction, parent: ParentKind, parentId: string): void {
  for (const c of cascades) if (c.parent === parent) c.remove(tx, parentId);
}

/** The table as registered, for documentation and tests. */
export function dependencyTable(): ReadonlyArray<{ parent: string; what: string; order: number; blocks: readonly GuardedOperation[] }> {
  return rows.map((r) => ({ parent: r.parent, what: r.what, order: r.order, blocks: r.blocks ?? ['delete'] }));
}
