/**
 * The in-memory store the domain works on, partitioned by account and region (like LocalStack's
 * stores), with all-or-nothing transactions persisted through a StateBackend.
 *
 * A transaction runs synchronously: its reads, rule checks and writes happen without yielding to
 * the event loop, so two concurrent requests can never both pass a rule the other breaks (50
 * parallel CreateVSwitch calls with overlapping CIDRs leave no overlap). Writes go to an overlay;
 * if the function throws, nothing changes.
 *
 * Nothing is visible before it is durable. A transaction that returns is staged: later writers
 * see it (so they are serialised after it), readers and the admin export do not. Staged
 * transactions are written to the journal in batches, one write and one fsync per batch (group
 * commit: while one batch is being flushed, the next one fills up), and published to readers only
 * once their batch is on disk. If a batch cannot be written, it and every transaction staged after
 * it (they may depend on it: a VSwitch in a VPC whose create failed) are refused with
 * ServiceUnavailable and memory is exactly as before they ran; the next batch tries the disk
 * again. ClientToken records are rows like any other, so a retry never finds a token whose
 * resource was not stored.
 */
import { ServiceUnavailable } from '../errors';
import { emptyState, type Change, type PersistedState, type Row, type StateBackend } from './state-backend';
import { deepFreeze, PartitionSource, Transaction, type Partition, type Table } from './transaction';

export { defineDerived, defineIndex, TableView, Transaction, type DerivedDef, type IndexDef } from './transaction';
export { describeStateProblem } from './state-check';

/**
 * Two views of one partition. Rows are immutable and shared; only the maps are doubled. `head`
 * holds every committed transaction, durable or staged, and is what writers read (as fast as a
 * plain map: no merging per read). `published` holds only durable ones and is what readers see.
 */
interface PartitionState {
  head: Partition;
  writer: PartitionSource;
  published: Partition;
  reader: PartitionSource;
}

interface Pending {
  /** 0 for a transaction that wrote nothing but read staged data: it waits for that to be durable. */
  seq: number;
  changes: Change[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

function unavailable(what: string, err: unknown): ServiceUnavailable {
  return new ServiceUnavailable(
    `The request has failed due to a temporary failure of the server: the sandbox could not make ${what} durable (${(err as Error)?.message ?? String(err)}). Nothing was changed; retry the request.`,
  );
}

export class Store {
  private readonly accounts = new Map<string, Map<string, PartitionState>>();
  /** The last sequence number given to a staged transaction. */
  private seq = 0;
  /** The last sequence number on disk and published. */
  private durableSeq = 0;
  /** Staged transactions waiting for the next batch. */
  private queue: Pending[] = [];
  /** The flush loop, while it runs. */
  private flushing: Promise<void> | null = null;
  /** Set while a reset or import runs: new transactions wait for it. */
  private barrier: Promise<void> | null = null;

  private constructor(
    private readonly backend: StateBackend,
    private readonly clock: () => number,
    private readonly log: (message: string) => void,
  ) {}

  static async open(backend: StateBackend, clock: () => number = Date.now, log: (message: string) => void = () => {}): Promise<Store> {
    const store = new Store(backend, clock, log);
    store.replaceInMemory(await backend.load());
    return store;
  }

  private partition(account: string, region: string): PartitionState {
    let regions = this.accounts.get(account);
    if (!regions) this.accounts.set(account, (regions = new Map()));
    let p = regions.get(region);
    if (!p) {
      const head: Partition = new Map();
      const published: Partition = new Map();
      regions.set(region, (p = { head, writer: new PartitionSource(head), published, reader: new PartitionSource(published) }));
    }
    return p;
  }

  /**
   * Runs `fn` as one transaction on the account's region. `fn` must be synchronous: that is what
   * makes rule checks and writes atomic. Resolves with fn's result once the changes are durable;
   * rejects with ServiceUnavailable, having changed nothing, if they cannot be made durable.
   */
  async transact<R>(account: string, region: string, fn: (tx: Transaction) => R): Promise<R> {
    while (this.barrier) await this.barrier;
    const p = this.partition(account, region);
    const tx = new Transaction(p.writer, account, region, this.clock());
    const result = fn(tx);
    if (result instanceof Promise) {
      throw new Error('Store.transact: the transaction function must be synchronous');
    }
    if (tx.changes.length === 0) {
      // It may have read staged data (a ClientToken whose create is still being flushed, say):
      // its answer must wait until that data is durable, and fail if that does.
      if (this.queue.length === 0 && !this.flushing) return result;
      await this.enqueue(0, []);
      return result;
    }
    const seq = ++this.seq;
    p.writer.apply(tx.changes);
    await this.enqueue(seq, tx.changes);
    return result;
  }

  private enqueue(seq: number, changes: Change[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ seq, changes, resolve, reject });
      // Start flushing on a later microtask, so commits made in the same turn share a batch.
      this.flushing ??= Promise.resolve().then(() => this.flushLoop());
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        let lastSeq = this.durableSeq;
        const changes: Change[] = [];
        for (const b of batch) {
          if (b.seq > lastSeq) lastSeq = b.seq;
          for (const c of b.changes) changes.push(c);
        }
        try {
          if (changes.length > 0) await this.backend.append(lastSeq, changes);
        } catch (err) {
          this.log(`alicloud-sandbox: a journal write failed; ${batch.length + this.queue.length} transactions refused: ${(err as Error)?.message ?? err}`);
          this.dropStaged(batch, unavailable('the change', err));
          continue;
        }
        this.publish(changes, lastSeq);
        for (const b of batch) b.resolve();
        if (this.backend.wantsSnapshot()) await this.compact();
      }
    } finally {
      this.flushing = null;
    }
  }

  private publish(changes: Change[], lastSeq: number): void {
    // Consecutive changes of one partition go in one call (a batch is mostly one partition's).
    for (let i = 0; i < changes.length; ) {
      const { account, region } = changes[i];
      let j = i + 1;
      while (j < changes.length && changes[j].account === account && changes[j].region === region) j++;
      this.partition(account, region).reader.apply(i === 0 && j === changes.length ? changes : changes.slice(i, j));
      i = j;
    }
    this.durableSeq = lastSeq;
  }

  /** Refuses a failed batch and everything staged after it; memory goes back to the durable state. */
  private dropStaged(batch: Pending[], err: ServiceUnavailable): void {
    const dropped = [...batch, ...this.queue];
    this.queue = [];
    // Rebuild every table a dropped transaction touched from its published copy, so that memory
    // (row order included) is exactly what it was before they ran.
    const touched = new Set<string>();
    for (const b of dropped) {
      for (const c of b.changes) {
        const key = `${c.account}\u0000${c.region}\u0000${c.table}`;
        if (touched.has(key)) continue;
        touched.add(key);
        const p = this.partition(c.account, c.region);
        const published = p.published.get(c.table);
        p.writer.setTable(c.table, published ? new Map(published) : undefined);
      }
    }
    this.seq = this.durableSeq;
    for (const b of dropped) b.reject(err);
  }

  /** Compaction: a snapshot of the published (= durable) state, between two batches. */
  private async compact(): Promise<void> {
    try {
      await this.backend.snapshot(this.exportState());
    } catch (err) {
      // Not fatal: the journal still holds everything.
      this.log(`alicloud-sandbox: a background snapshot failed (the journal keeps every change): ${(err as Error)?.message ?? err}`);
    }
  }

  /** Read-only access to the published (durable) data. */
  read<R>(account: string, region: string, fn: (tx: Transaction) => R): R {
    const tx = new Transaction(this.partition(account, region).reader, account, region, this.clock());
    const result = fn(tx);
    if (tx.changes.length > 0) throw new Error('Store.read: the function tried to write');
    return result;
  }

  /** Regions of an account that hold any data (for account-wide listings). */
  regionsOf(account: string): string[] {
    return [...(this.accounts.get(account)?.keys() ?? [])];
  }

  /**
   * A consistent copy of the published state. Rows are immutable and shared; only the containers
   * are copied, which keeps this cheap.
   */
  exportState(): PersistedState {
    const state = emptyState();
    state.seq = this.durableSeq;
    for (const [account, regions] of this.accounts) {
      for (const [region, p] of regions) {
        for (const [tableName, table] of p.published) {
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
    this.seq = this.durableSeq = state.seq;
    for (const [account, regions] of Object.entries(state.accounts)) {
      for (const [region, partition] of Object.entries(regions)) {
        const p = this.partition(account, region);
        for (const [tableName, rows] of Object.entries(partition)) {
          const table: Table = new Map();
          for (const [id, row] of Object.entries(rows)) table.set(id, deepFreeze(row));
          p.reader.setTable(tableName, table);
          p.writer.setTable(tableName, new Map(table));
        }
      }
    }
  }

  /**
   * Runs `fn` alone: new transactions wait, staged ones are flushed (or refused) first, and a
   * background snapshot is finished.
   */
  private async exclusive<R>(fn: () => Promise<R>): Promise<R> {
    while (this.barrier) await this.barrier;
    let release!: () => void;
    this.barrier = new Promise<void>((r) => (release = r));
    try {
      while (this.flushing) await this.flushing;
      return await fn();
    } finally {
      this.barrier = null;
      release();
    }
  }

  /**
   * Replaces all state (admin import / reset), all or nothing: memory changes only once the new
   * snapshot is on disk. A failure leaves both as they were and rejects with ServiceUnavailable.
   */
  async replaceAll(state: PersistedState): Promise<void> {
    const copy: PersistedState = JSON.parse(JSON.stringify(state));
    await this.exclusive(() => this.replaceDurably(copy));
  }

  /** Removes one account's data, durably (all or nothing, like replaceAll). */
  async resetAccount(account: string): Promise<void> {
    await this.exclusive(() => {
      const state = this.exportState();
      delete state.accounts[account];
      return this.replaceDurably(state);
    });
  }

  private async replaceDurably(state: PersistedState): Promise<void> {
    state.seq = this.durableSeq + 1;
    try {
      await this.backend.snapshot(state);
    } catch (err) {
      // After the rename (a folder fsync failed) the file already holds the new state: follow it,
      // so that memory and disk agree, but say the outcome is uncertain.
      if ((err as { committed?: boolean }).committed) this.replaceInMemory(state);
      throw unavailable('the new state', err);
    }
    this.replaceInMemory(state);
  }

  /** Flushes staged transactions, writes a final snapshot and closes the backend. */
  async close(): Promise<void> {
    try {
      await this.exclusive(() => this.backend.snapshot(this.exportState()));
    } finally {
      await this.backend.close();
    }
  }
}
