/**
 * What a transaction reads through and writes into: a partition's rows (store.ts gives writers the
 * partition with staged transactions applied, readers the published one) under the transaction's
 * own overlay, which reaches the store only if the transaction function returns.
 */
import type { Change, Row } from './state-backend';

export type Table = Map<string, Row>;
export type Partition = Map<string, Table>;

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * A secondary index: the rows of `table` grouped by `key(row)` (undefined: in no group). The store
 * keeps each index up to date on every commit, so a lookup costs the size of one group, not of the
 * table: "the instances in this VSwitch" stays cheap with 10,000 instances in the region, where a
 * scan made every launch slower as the region filled up. Declare one per module, at load time.
 */
export interface IndexDef<T extends Row = Row> {
  readonly table: string;
  readonly name: string;
  key(row: T): string | undefined;
}

export function defineIndex<T extends Row>(table: string, name: string, key: (row: T) => string | undefined): IndexDef<T> {
  return { table, name, key: key as (row: T) => string | undefined };
}

export interface RowSource {
  get(table: string, id: string): Row | undefined;
  /** All rows, in insertion order. */
  list(table: string): Row[];
  /** The rows whose index key is `key`, in insertion order. */
  group(index: IndexDef, key: string): Row[];
}

type Groups = Map<string, Map<string, Row>>;

/**
 * The rows of one partition (store.ts keeps two: with staged transactions, and published), with
 * the indexes asked of it. An index is built from the table on its first lookup, then kept up to
 * date by apply(); setTable() (a rollback or a reload) drops the table's indexes, to be rebuilt.
 */
export class PartitionSource implements RowSource {
  private readonly indexes = new Map<string, { def: IndexDef; groups: Groups }>();

  constructor(readonly partition: Partition) {}

  get(table: string, id: string): Row | undefined {
    return this.partition.get(table)?.get(id);
  }

  list(table: string): Row[] {
    const t = this.partition.get(table);
    return t ? [...t.values()] : [];
  }

  group(index: IndexDef, key: string): Row[] {
    const g = this.groups(index).get(key);
    return g ? [...g.values()] : [];
  }

  /** Applies committed changes to the rows and to the built indexes. */
  apply(changes: readonly Change[]): void {
    for (const c of changes) {
      let table = this.partition.get(c.table);
      if (!table) this.partition.set(c.table, (table = new Map()));
      const before = table.get(c.id);
      if (c.row) table.set(c.id, c.row);
      else table.delete(c.id);
      for (const ix of this.indexes.values()) {
        if (ix.def.table !== c.table) continue;
        const was = before ? ix.def.key(before) : undefined;
        const now = c.row ? ix.def.key(c.row) : undefined;
        if (was !== undefined && was !== now) {
          const g = ix.groups.get(was);
          g?.delete(c.id);
          if (g?.size === 0) ix.groups.delete(was);
        }
        if (now !== undefined && c.row) {
          let g = ix.groups.get(now);
          if (!g) ix.groups.set(now, (g = new Map()));
          g.set(c.id, c.row);
        }
      }
    }
  }

  /** Replaces (or, with undefined, removes) a whole table; its indexes are rebuilt when next used. */
  setTable(name: string, table: Table | undefined): void {
    if (table) this.partition.set(name, table);
    else this.partition.delete(name);
    for (const [n, ix] of this.indexes) if (ix.def.table === name) this.indexes.delete(n);
  }

  private groups(index: IndexDef): Groups {
    const built = this.indexes.get(index.name);
    if (built) return built.groups;
    const groups: Groups = new Map();
    for (const row of this.partition.get(index.table)?.values() ?? []) {
      const k = index.key(row);
      if (k === undefined) continue;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = new Map()));
      g.set(row.id, row);
    }
    this.indexes.set(index.name, { def: index, groups });
    return groups;
  }
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
