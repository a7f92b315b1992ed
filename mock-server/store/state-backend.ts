/**
 * The small interface the domain's store persists through. The domain never imports lowdb:
 * lowdb (with a write-ahead journal) is the default adapter, and an in-memory adapter serves tests.
 */

/** One stored object. Rows are plain JSON data, treated as immutable once stored. */
export interface Row {
  id: string;
  [field: string]: unknown;
}

/** tables → id → row */
export type PartitionData = Record<string, Record<string, Row>>;

/** The whole durable state: account → region → partition. */
export interface PersistedState {
  formatVersion: 1;
  /** Sequence number of the last change included. */
  seq: number;
  accounts: Record<string, Record<string, PartitionData>>;
}

/** A put (row set) or a delete (row null) of one row. */
export interface Change {
  account: string;
  region: string;
  table: string;
  id: string;
  row: Row | null;
}

export interface StateBackend {
  /** The last durable state: the latest snapshot with every later journalled change applied. */
  load(): Promise<PersistedState>;
  /**
   * Makes one committed transaction durable. Resolves only once it is on disk. Calls are applied
   * in the order they are made, so a later transaction is never durable without the earlier ones.
   */
  append(seq: number, changes: Change[]): Promise<void>;
  /** True when the journal has grown enough that a snapshot should replace it. */
  wantsSnapshot(): boolean;
  /** Durably replaces everything with this state (compaction, reset, import). */
  snapshot(state: PersistedState): Promise<void>;
  /** Waits for pending writes and releases files. */
  close(): Promise<void>;
}

export function emptyState(): PersistedState {
  return { formatVersion: 1, seq: 0, accounts: {} };
}

/** Applies one change to a state in place (used by replay and by the in-memory store). */
export function applyChange(state: PersistedState, change: Change): void {
  const regions = (state.accounts[change.account] ??= {});
  const partition = (regions[change.region] ??= {});
  const table = (partition[change.table] ??= {});
  if (change.row) table[change.id] = change.row;
  else delete table[change.id];
}
