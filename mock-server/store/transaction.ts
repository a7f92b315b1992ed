/**
 * What a transaction reads through and writes into: a partition's rows (store.ts gives writers the
 * partition with staged transactions applied, readers the published one) under the transaction's
 * own overlay, which reaches the store only if the transaction function returns.
 */
import type { Change, Row } from './state-backend';
import type { DerivedDef, IndexDef, RowSource } from './views';

export { PartitionSource, defineDerived, defineIndex, type DerivedDef, type IndexDef, type Partition, type RowSource, type Table } from './views';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Changes (a row, or null for a delete) over another source. */
export class Layer implements RowSource {
  readonly tables = new Map<string, Map<string, Row | null>>();

  constructor(readonly below: RowSource) {}

  get(table: string, id: string): Row | undefined {
    const t = this.tables.get(table);
    if (t?.has(id)) return t.get(id) ?? undefined;
    return this.below.get(table, id);
  }

  list(table: string): Row[] {
    const changes = this.tables.get(table);
    const base = this.below.list(table);
    if (!changes || changes.size === 0) return base;
    const out: Row[] = [];
    for (const row of base) {
      const c = changes.get(row.id);
      if (c === undefined) out.push(row);
      else if (c) out.push(c);
    }
    for (const [id, c] of changes) {
      if (c && this.below.get(table, id) === undefined) out.push(c);
    }
    return out;
  }

  group(index: IndexDef, key: string): Row[] {
    const changes = this.tables.get(index.table);
    const base = this.below.group(index, key);
    if (!changes || changes.size === 0) return base;
    const out: Row[] = [];
    for (const row of base) {
      const c = changes.get(row.id);
      if (c === undefined) out.push(row);
      else if (c && index.key(c) === key) out.push(c);
    }
    const inBase = new Set(base.map((r) => r.id));
    for (const [id, c] of changes) {
      if (c && !inBase.has(id) && index.key(c) === key) out.push(c);
    }
    return out;
  }

  /** The view over the rows below; this layer's own changes are Transaction.derived's to add. */
  derived<D>(def: DerivedDef<Row, D>): D {
    return this.below.derived(def);
  }

  set(table: string, id: string, row: Row | null): void {
    let t = this.tables.get(table);
    if (!t) this.tables.set(table, (t = new Map()));
    t.set(id, row);
  }
}

/** A typed view of one table inside a transaction. */
export class TableView<T extends Row> {
  constructor(private readonly tx: Transaction, private readonly name: string) {}

  get(id: string): T | undefined {
    return this.tx.getRow(this.name, id) as T | undefined;
  }

  /** All rows, in insertion order. */
  all(): T[] {
    return this.tx.listRows(this.name) as T[];
  }

  /** The rows whose `index` key is `key` (see IndexDef), without scanning the table. */
  where(index: IndexDef<T>, key: string): T[] {
    return this.tx.groupRows(index as unknown as IndexDef, key) as T[];
  }

  find(predicate: (row: T) => boolean): T | undefined {
    return this.all().find(predicate);
  }

  filter(predicate: (row: T) => boolean): T[] {
    return this.all().filter(predicate);
  }

  count(predicate?: (row: T) => boolean): number {
    return predicate ? this.filter(predicate).length : this.all().length;
  }

  /** Stores a row (insert or replace). The row is frozen: later changes must put a new object. */
  put(row: T): T {
    this.tx.putRow(this.name, row);
    return row;
  }

  delete(id: string): void {
    this.tx.deleteRow(this.name, id);
  }
}

export class Transaction {
  private readonly overlay: Layer;
  readonly changes: Change[] = [];

  constructor(
    base: RowSource,
    readonly account: string,
    readonly region: string,
    /** Milliseconds since the epoch, fixed for the whole transaction. */
    readonly now: number,
  ) {
    this.overlay = new Layer(base);
  }

  table<T extends Row>(name: string): TableView<T> {
    return new TableView<T>(this, name);
  }

  getRow(table: string, id: string): Row | undefined {
    return this.overlay.get(table, id);
  }

  listRows(table: string): Row[] {
    return this.overlay.list(table);
  }

  /**
   * A derived view (see views.ts) over the committed rows, and this transaction's own changes to
   * its table, which the view does not hold yet: the caller combines the two.
   */
  derived<T extends Row, D>(def: DerivedDef<T, D>): { committed: D; changes: Array<{ before: T | undefined; after: T | undefined }> } {
    const committed = this.overlay.derived(def as unknown as DerivedDef<Row, D>);
    const changes: Array<{ before: T | undefined; after: T | undefined }> = [];
    for (const [id, row] of this.overlay.tables.get(def.table) ?? []) {
      changes.push({ before: this.overlay.below.get(def.table, id) as T | undefined, after: (row ?? undefined) as T | undefined });
    }
    return { committed, changes };
  }

  groupRows(index: IndexDef, key: string): Row[] {
    return this.overlay.group(index, key);
  }

  putRow(table: string, row: Row): void {
    deepFreeze(row);
    this.overlay.set(table, row.id, row);
    this.changes.push({ account: this.account, region: this.region, table, id: row.id, row });
  }

  deleteRow(table: string, id: string): void {
    this.overlay.set(table, id, null);
    this.changes.push({ account: this.account, region: this.region, table, id, row: null });
  }
}
