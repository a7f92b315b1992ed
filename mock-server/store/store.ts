/**
 * The in-memory store the domain works on, partitioned by account and region (like LocalStack's
 * stores), with all-or-nothing transactions persisted through a StateBackend.
 *
 * A transaction runs synchronously: its reads, rule checks and writes happen without yielding to
 * the event loop, so two concurrent requests can never both pass a rule the other breaks (50
 * parallel CreateVSwitch calls with overlapping CIDRs leave no overlap). Writes go to an overlay
 * and reach the shared state only if the transaction function returns; if it throws, nothing
 * changes. The caller's response waits until the backend says the change is on disk.
 */
import { emptyState, type Change, type PersistedState, type Row, type StateBackend } from './state-backend';

type Table = Map<string, Row>;
type Partition = Map<string, Table>;

const DELETED = Symbol('deleted');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
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
  private readonly overlay = new Map<string, Map<string, Row | typeof DELETED>>();
  readonly changes: Change[] = [];

  constructor(
    private readonly base: Partition,
    readonly account: string,
    readonly region: string,
    /** Milliseconds since the epoch, fixed for the whole transaction. */
    readonly now: number,
  ) {}

  table<T extends Row>(name: string): TableView<T> {
    return new TableView<T>(this, name);
  }

  getRow(table: string, id: string): Row | undefined {
    const o = this.overlay.get(table)?.get(id);
    if (o === DELETED) return undefined;
    return o ?? this.base.get(table)?.get(id);
  }

  listRows(table: string): Row[] {
    const base = this.base.get(table);
    const overlay = this.overlay.get(table);
    if (!overlay || overlay.size === 0) return base ? [...base.values()] : [];
    const out: Row[] = [];
    if (base) {
      for (const [id, row] of base) {
        const o = overlay.get(id);
        if (o === DELETED) continue;
        out.push(o ?? row);
      }
    }
    for (const [id, o] of overlay) {
      if (o !== DELETED && !base?.has(id)) out.push(o);
    }
    return out;
  }

  putRow(table: string, row: Row): void {
    deepFreeze(row);
    let o = this.overlay.get(table);
    if (!o) this.overlay.set(table, (o = new Map()));
    o.set(row.id, row);
    this.changes.push({ account: this.account, region: this.region, table, id: row.id, row });
  }

  deleteRow(table: string, id: string): void {
    let o = this.overlay.get(table);
    if (!o) this.overlay.set(table, (o = new Map()));
    o.set(id, DELETED);
    this.changes.push({ account: this.account, region: this.region, table, id, row: null });
  }
}

export class Store {
  private readonly accounts = new Map<string, Map<string, Partition>>();
  private seq = 0;
  private snapshotInFlight: Promise<void> | null = null;

  private constructor(private readonly backend: StateBackend, private readonly clock: () => number) {}

  static async open(backend: StateBackend, clock: () => number = Date.now): Promise<Store> {
    const store = new Store(backend, clock);
    store.replaceInMemory(await backend.load());
    return store;
  }

  private partition(account: string, region: string): Partition {
    let regions = this.accounts.get(account);
    if (!regions) this.accounts.set(account, (regions = new Map()));
    let p = regions.get(region);
    if (!p) regions.set(region, (p = new Map()));
    return p;
  }

  /**
   * Runs `fn` as one transaction on the account's region. `fn` must be synchronous: that is what
   * makes rule checks and writes atomic. Resolves with fn's result once the changes are durable.
   */
  async transact<R>(account: string, region: string, fn: (tx: Transaction) => R): Promise<R> {
    const tx = new Transaction(this.partition(account, region), account, region, this.clock());
    const result = fn(tx);
    if (result instanceof Promise) {
      throw new Error('Store.transact: the transaction function must be synchronous');
    }
    if (tx.changes.length === 0) return result;
    const partition = this.partition(account, region);
    for (const c of tx.changes) {
      let table = partition.get(c.table);
      if (!table) partition.set(c.table, (table = new Map()));
      if (c.row) table.set(c.id, c.row);
      else table.delete(c.id);
    }
    const seq = ++this.seq;
    await this.backend.append(seq, tx.changes);
    this.maybeSnapshot();
    return result;
  }

  /** Read-only access without a transaction's bookkeeping. */
  read<R>(account: string, region: string, fn: (tx: Transaction) => R): R {
    const tx = new Transaction(this.partition(account, region), account, region, this.clock());
    const result = fn(tx);
    if (tx.changes.length > 0) throw new Error('Store.read: the function tried to write');
    return result;
  }

  /** Regions of an account that hold any data (for account-wide listings). */
  regionsOf(account: string): string[] {
    return [...(this.accounts.get(account)?.keys() ?? [])];
  }

  private maybeSnapshot(): void {
    if (this.snapshotInFlight || !this.backend.wantsSnapshot()) return;
    this.snapshotInFlight = this.backend.snapshot(this.exportState()).finally(() => {
      this.snapshotInFlight = null;
    });
    // A failed background snapshot is not fatal: the journal still holds everything.
    this.snapshotInFlight.catch(() => {});
  }

  /**
   * A consistent copy of everything, as of now. Rows are immutable and shared; only the
   * containers are copied, which keeps this cheap.
   */
  exportState(): PersistedState {
    const state = emptyState();
    state.seq = this.seq;
    for (const [account, regions] of this.accounts) {
      for (const [region, partition] of regions) {
        for (const [tableName, table] of partition) {
          if (table.size === 0) continue;
          const rows: Record<string, Row> = {};
          for (const [id, row] of table) rows[id] = row;
          ((state.accounts[account] ??= {})[region] ??= {})[tableName] = rows;
        }
      }
    }
    return state;
  }

  private replaceInMemory(state: PersistedState): void {
    this.accounts.clear();
    this.seq = state.seq;
    for (const [account, regions] of Object.entries(state.accounts)) {
      for (const [region, partition] of Object.entries(regions)) {
        const p = this.partition(account, region);
        for (const [tableName, rows] of Object.entries(partition)) {
          const table: Table = new Map();
          for (const [id, row] of Object.entries(rows)) table.set(id, deepFreeze(row));
          p.set(tableName, table);
        }
      }
    }
  }

  /** Replaces all state (admin import / reset) and makes it durable. */
  async replaceAll(state: PersistedState): Promise<void> {
    const copy: PersistedState = JSON.parse(JSON.stringify(state));
    copy.seq = this.seq + 1;
    this.replaceInMemory(copy);
    await this.backend.snapshot(this.exportState());
  }

  /** Removes one account's data, durably. */
  async resetAccount(account: string): Promise<void> {
    const state = this.exportState();
    delete state.accounts[account];
    await this.replaceAll(state);
  }

  /** Writes a final snapshot and closes the backend. */
  async close(): Promise<void> {
    await this.snapshotInFlight;
    await this.backend.snapshot(this.exportState());
    await this.backend.close();
  }
}


const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Checks that a value read from outside (an imported snapshot) has the PersistedState shape:
 * `{formatVersion: 1, seq, accounts: {account: {region: {table: {id: row}}}}}`, where every row is
 * an object whose `id` equals its key. Returns a description of the first problem, or undefined.
 * `isRegion` says which region keys are acceptable ('' holds non-regional data).
 */
export function describeStateProblem(value: unknown, isRegion: (region: string) => boolean = () => true): string | undefined {
  if (!isPlainObject(value)) return 'the snapshot is not a JSON object';
  for (const key of Object.keys(value)) {
    if (!['formatVersion', 'seq', 'accounts'].includes(key)) return `unknown top-level field "${key}"`;
  }
  if (value.formatVersion !== 1) return '"formatVersion" must be 1';
  if (value.seq !== undefined && !(Number.isSafeInteger(value.seq) && (value.seq as number) >= 0)) return '"seq" must be a non-negative integer';
  if (!isPlainObject(value.accounts)) return '"accounts" must be an object';
  const badKey = (k: string) => k.length === 0 || k.length > 256 || RESERVED_KEYS.has(k);
  for (const [account, regions] of Object.entries(value.accounts)) {
    if (badKey(account)) return `account key "${account}" is not allowed`;
    if (!isPlainObject(regions)) return `accounts["${account}"] must be an object of regions`;
    for (const [region, tables] of Object.entries(regions)) {
      if (RESERVED_KEYS.has(region) || !isRegion(region)) return `accounts["${account}"]: "${region}" is not a region the sandbox serves`;
      if (!isPlainObject(tables)) return `accounts["${account}"]["${region}"] must be an object of tables`;
      for (const [table, rows] of Object.entries(tables)) {
        if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(table)) return `table name "${table}" is not allowed`;
        if (!isPlainObject(rows)) return `table ${account}/${region}/${table} must be an object of rows keyed by id`;
        for (const [id, row] of Object.entries(rows)) {
          if (badKey(id)) return `row key "${id}" in ${account}/${region}/${table} is not allowed`;
          if (!isPlainObject(row)) return `row "${id}" in ${account}/${region}/${table} is not an object`;
          if (row.id !== id) return `row "${id}" in ${account}/${region}/${table} has id ${JSON.stringify(row.id)}; a row's id must equal its key`;
        }
      }
    }
  }
  return undefined;
}
