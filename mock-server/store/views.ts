/**
 * The committed rows of one partition and what the store derives from them as they change:
 * secondary indexes (rows grouped by a key) and derived views (any structure a family keeps up to
 * date row by row, such as the addresses taken in each VSwitch). store.ts keeps two of these per
 * partition, with staged transactions and published; transaction.ts reads through them.
 *
 * Why: a rule that scans a table on every write (the addresses used in the VSwitch, on every
 * launch) makes writes slower as the region fills up. A derived view costs O(1) per committed
 * change instead, and is built from the table on its first use, so a view nobody asks for costs
 * nothing and one declared late (module load order) still starts from the right rows.
 */
import type { Change, Row } from './state-backend';

export type Table = Map<string, Row>;
export type Partition = Map<string, Table>;

/**
 * A structure derived from the rows of `table`, kept up to date by `add` / `remove` as rows are
 * committed (a changed row is removed in its old form, then added in its new one). It must depend
 * on the rows alone; lookups through a transaction combine it with the transaction's own changes.
 */
export interface DerivedDef<T extends Row = Row, D = unknown> {
  readonly table: string;
  readonly name: string;
  create(): D;
  add(view: D, row: T): void;
  remove(view: D, row: T): void;
  /** A changed row, when it can be done better than remove + add (an index keeps its order). */
  replace?(view: D, before: T, after: T): void;
}

export function defineDerived<T extends Row, D>(def: DerivedDef<T, D>): DerivedDef<T, D> {
  return def;
}

type Groups = Map<string, Map<string, Row>>;

/** A secondary index: the rows of `table` grouped by `key(row)` (undefined: in no group). */
export interface IndexDef<T extends Row = Row> {
  readonly table: string;
  readonly name: string;
  key(row: T): string | undefined;
  /** How the store keeps it: a derived view of groups. */
  readonly view: DerivedDef<Row, Groups>;
}

/** Declares an index, once per module at load time; TableView.where(index, key) reads it. */
export function defineIndex<T extends Row>(table: string, name: string, key: (row: T) => string | undefined): IndexDef<T> {
  const k = key as (row: Row) => string | undefined;
  return {
    table,
    name,
    key,
    view: {
      table,
      name,
      create: () => new Map(),
      add(groups, row) {
        const g = k(row);
        if (g === undefined) return;
        let rows = groups.get(g);
        if (!rows) groups.set(g, (rows = new Map()));
        rows.set(row.id, row);
      },
      remove(groups, row) {
        const g = k(row);
        const rows = g === undefined ? undefined : groups.get(g);
        if (!rows) return;
        rows.delete(row.id);
        if (rows.size === 0) groups.delete(g!);
      },
      replace(groups, before, after) {
        const g = k(after);
        const rows = g === undefined ? undefined : groups.get(g);
        if (g !== k(before) || !rows) {
          this.remove(groups, before);
          this.add(groups, after);
        } else rows.set(after.id, after); // same group: it keeps its place
      },
    },
  };
}

export interface RowSource {
  get(table: string, id: string): Row | undefined;
  /** All rows, in insertion order. */
  list(table: string): Row[];
  /** The rows whose index key is `key`, in insertion order. */
  group(index: IndexDef, key: string): Row[];
  /** The derived view over the committed rows (built on first use). */
  derived<D>(def: DerivedDef<Row, D>): D;
}

/**
 * One partition's rows with the derived views asked of it. apply() keeps the built ones up to
 * date; setTable() (a rollback or a reload) drops the table's views, to be rebuilt when next used.
 */
export class PartitionSource implements RowSource {
  private readonly views = new Map<string, { def: DerivedDef<Row, unknown>; value: unknown }>();

  constructor(readonly partition: Partition) {}

  get(table: string, id: string): Row | undefined {
    return this.partition.get(table)?.get(id);
  }

  list(table: string): Row[] {
    const t = this.partition.get(table);
    return t ? [...t.values()] : [];
  }

  group(index: IndexDef, key: string): Row[] {
    const g = this.derived(index.view).get(key);
    return g ? [...g.values()] : [];
  }

  derived<D>(def: DerivedDef<Row, D>): D {
    const built = this.views.get(def.name);
    if (built) return built.value as D;
    const value = def.create();
    for (const row of this.partition.get(def.table)?.values() ?? []) def.add(value, row);
    this.views.set(def.name, { def: def as DerivedDef<Row, unknown>, value });
    return value;
  }

  /** Applies committed changes to the rows and to the built views. */
  apply(changes: readonly Change[]): void {
    for (const c of changes) {
      let table = this.partition.get(c.table);
      if (!table) this.partition.set(c.table, (table = new Map()));
      const before = table.get(c.id);
      if (c.row) table.set(c.id, c.row);
      else table.delete(c.id);
      for (const v of this.views.values()) {
        if (v.def.table !== c.table) continue;
        if (before && c.row && v.def.replace) v.def.replace(v.value, before, c.row);
        else {
          if (before) v.def.remove(v.value, before);
          if (c.row) v.def.add(v.value, c.row);
        }
      }
    }
  }

  /** Replaces (or, with undefined, removes) a whole table; its views are rebuilt when next used. */
  setTable(name: string, table: Table | undefined): void {
    if (table) this.partition.set(name, table);
    else this.partition.delete(name);
    for (const [n, v] of this.views) if (v.def.table === name) this.views.delete(n);
  }
}

/**
 * The view of an ordered index (see defineOrderedIndex): each group's rows in the table's own
 * order, and each row's place in that order.
 */
export interface OrderedGroups<T extends Row = Row> {
  /**
   * The rows whose key is `key`, in the order list() gives them. The array is frozen and shared
   * by every reader until the group next changes: copy it before changing it, and do not keep it
   * past the transaction.
   */
  rows(key: string): readonly T[];
  /** The row's place in the table's order (smaller comes first); undefined for an unknown ID. */
  place(id: string): number | undefined;
}

interface OrderedGroup {
  rows: Map<string, Row>;
  /** A row joined from another group (or from none), so join order may not be table order. */
  moved: boolean;
  /** The rows as last handed out, until the group changes. */
  array: readonly Row[] | undefined;
}

const NO_ROWS: readonly Row[] = Object.freeze([]);

class OrderedGroupsView implements OrderedGroups {
  /** Each row's place: a table keeps a changed row where it was and appends a new one. */
  readonly places = new Map<string, number>();
  next = 0;
  readonly groups = new Map<string, OrderedGroup>();

  constructor(private readonly key: (row: Row) => string | undefined) {}

  rows(key: string): readonly Row[] {
    const g = this.groups.get(key);
    if (!g) return NO_ROWS;
    if (!g.array) {
      const rows = [...g.rows.values()];
      if (g.moved) {
        rows.sort((a, b) => this.places.get(a.id)! - this.places.get(b.id)!);
        g.rows = new Map(rows.map((r) => [r.id, r]));
        g.moved = false;
      }
      g.array = Object.freeze(rows);
    }
    return g.array;
  }

  place(id: string): number | undefined {
    return this.places.get(id);
  }

  join(row: Row, moved: boolean): void {
    const k = this.key(row);
    if (k === undefined) return;
    let g = this.groups.get(k);
    if (!g) this.groups.set(k, (g = { rows: new Map(), moved: false, array: undefined }));
    g.rows.set(row.id, row);
    g.moved ||= moved;
    g.array = undefined;
  }

  leave(row: Row): void {
    const k = this.key(row);
    const g = k === undefined ? undefined : this.groups.get(k);
    if (!g) return;
    g.rows.delete(row.id);
    g.array = undefined;
    if (g.rows.size === 0) this.groups.delete(k!);
  }
}

/**
 * An index whose groups keep the table's order, as a frozen array per group that is rebuilt only
 * after the group changed, and which knows each row's place in the table. A read that filters on
 * the key then costs the page it returns instead of a pass over the table, and lists its rows
 * exactly as a scan of the table would (a row that changes group keeps its place among the rows,
 * which a plain index, in join order, does not). Lookups see committed rows only: a transaction
 * that changed the table must combine them with its changes (Transaction.derived gives both).
 */
export function defineOrderedIndex<T extends Row>(table: string, name: string, key: (row: T) => string | undefined): DerivedDef<T, OrderedGroups<T>> {
  const k = key as (row: Row) => string | undefined;
  return defineDerived<T, OrderedGroups<T>>({
    table,
    name,
    create: () => new OrderedGroupsView(k) as unknown as OrderedGroups<T>,
    add(view, row) {
      const v = view as unknown as OrderedGroupsView;
      if (!v.places.has(row.id)) v.places.set(row.id, v.next++);
      v.join(row, false);
    },
    remove(view, row) {
      const v = view as unknown as OrderedGroupsView;
      v.places.delete(row.id);
      v.leave(row);
    },
    replace(view, before, after) {
      const v = view as unknown as OrderedGroupsView;
      if (k(before) === k(after)) v.join(after, false); // same group: Map.set keeps its place
      else {
        v.leave(before);
        v.join(after, true);
      }
    },
  });
}
