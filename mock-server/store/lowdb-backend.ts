/**
 * The default state backend: a lowdb JSON file plus a write-ahead journal beside it.
 *
 * Why a journal: lowdb rewrites the whole file on every write, so a write would cost time in
 * proportion to everything stored. Instead each committed transaction is appended as one JSON line
 * to `<file>.journal` and fdatasync'ed before it is acknowledged (concurrent transactions share one
 * fsync: group commit). Every few thousand changes, and on shutdown, the full state is written
 * through lowdb to `<file>` (atomically: temp file + rename, then fsync) and the journal is emptied.
 *
 * Recovery: read `<file>` (its `seq` says which change it includes), then replay journal lines with
 * a higher seq. A torn last line can only belong to a write that was never acknowledged, so it is
 * cut off. A kill -9 at any moment therefore leaves a readable state holding every acknowledged write.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyChange, emptyState, type Change, type PersistedState, type StateBackend } from './state-backend';

interface PendingWrite {
  line: string;
  resolve: () => void;
  reject: (e: unknown) => void;
}

interface JournalLine {
  s: number;
  c: Change[];
}

export interface LowdbBackendOptions {
  /** Journal lines after which a snapshot is taken. */
  snapshotEveryLines?: number;
  /** Journal bytes after which a snapshot is taken. */
  snapshotEveryBytes?: number;
  /** Where recovery notes go (a torn journal tail, say). */
  log?: (message: string) => void;
}

export class StateFileError extends Error {}

export class LowdbBackend implements StateBackend {
  readonly journalPath: string;
  private db: { data: PersistedState; read(): Promise<void>; write(): Promise<void> } | undefined;
  private journal: fs.FileHandle | undefined;
  /**
   * The batch that new commits join. It closes when its flush starts, or when a snapshot is
   * requested, so that a batch never mixes commits from before and after a snapshot.
   */
  private openBatch: PendingWrite[] | null = null;
  /** Serialises journal flushes and snapshots so they reach the disk in commit order. */
  private chain: Promise<void> = Promise.resolve();
  private journalLines = 0;
  private journalBytes = 0;
  private readonly snapshotEveryLines: number;
  private readonly snapshotEveryBytes: number;
  private readonly log: (message: string) => void;

  constructor(readonly file: string, options: LowdbBackendOptions = {}) {
    this.journalPath = `${file}.journal`;
    this.snapshotEveryLines = options.snapshotEveryLines ?? 5000;
    this.snapshotEveryBytes = options.snapshotEveryBytes ?? 8 * 1024 * 1024;
    this.log = options.log ?? (() => {});
  }

  async load(): Promise<PersistedState> {
    await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    // lowdb 7 is ESM-only; a dynamic import keeps this CommonJS package loading it lazily.
    const { Low } = await import('lowdb');
    const { JSONFile } = await import('lowdb/node');
    const db = new Low<PersistedState>(new JSONFile<PersistedState>(this.file), emptyState());
    try {
      await db.read();
    } catch (err) {
      throw new StateFileError(
        `The state file ${this.file} is not valid JSON (${(err as Error).message}). It was left untouched: ` +
          `move it aside or pass another --data file to start with an empty sandbox.`,
      );
    }
    if (!db.data || db.data.formatVersion !== 1 || typeof db.data.accounts !== 'object') {
      throw new StateFileError(
        `The state file ${this.file} is not an alicloud-sandbox state file (formatVersion 1). It was left untouched: ` +
          `pass another --data file.`,
      );
    }
    this.db = db;
    const state = db.data;
    await this.replayJournal(state);
    this.journal = await fs.open(this.journalPath, 'a');
    return state;
  }

  private async replayJournal(state: PersistedState): Promise<void> {
    let text: string;
    try {
      text = await fs.readFile(this.journalPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    let offset = 0;
    let validEnd = 0;
    while (offset < text.length) {
      const nl = text.indexOf('\n', offset);
      if (nl < 0) break; // torn tail: never acknowledged
      const lineText = text.slice(offset, nl);
      let line: JournalLine;
      try {
        line = JSON.parse(lineText) as JournalLine;
      } catch {
        this.log(`journal ${this.journalPath}: unreadable line at byte ${offset}; replay stops there`);
        break;
      }
      if (line.s > state.seq) {
        for (const change of line.c) applyChange(state, change);
        state.seq = line.s;
      }
      offset = nl + 1;
      validEnd = Buffer.byteLength(text.slice(0, offset));
      this.journalLines++;
    }
    const size = Buffer.byteLength(text);
    if (validEnd < size) {
      this.log(`journal ${this.journalPath}: dropping ${size - validEnd} bytes of an unacknowledged write`);
      await fs.truncate(this.journalPath, validEnd);
    }
    this.journalBytes = validEnd;
  }

  append(seq: number, changes: Change[]): Promise<void> {
    if (!this.journal) return Promise.reject(new Error('LowdbBackend.append called before load()'));
    const line = `${JSON.stringify({ s: seq, c: changes } satisfies JournalLine)}\n`;
    return new Promise<void>((resolve, reject) => {
      if (!this.openBatch) {
        const batch: PendingWrite[] = [];
        this.openBatch = batch;
        this.chain = this.chain.then(() => {
          if (this.openBatch === batch) this.openBatch = null;
          return this.flush(batch);
        });
      }
      this.openBatch.push({ line, resolve, reject });
    });
  }

  /** Group commit: one write and one fdatasync for every transaction in the batch. */
  private async flush(batch: PendingWrite[]): Promise<void> {
    if (batch.length === 0) return;
    const data = batch.map((b) => b.line).join('');
    try {
      await this.journal!.write(data);
      await this.journal!.datasync();
      this.journalLines += batch.length;
      this.journalBytes += Buffer.byteLength(data);
      for (const b of batch) b.resolve();
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }

  wantsSnapshot(): boolean {
    return this.journalLines >= this.snapshotEveryLines || this.journalBytes >= this.snapshotEveryBytes;
  }

  snapshot(state: PersistedState): Promise<void> {
    // Reset the counters now so that commits arriving meanwhile do not ask for another snapshot.
    this.journalLines = 0;
    this.journalBytes = 0;
    // Commits made after this call belong after the snapshot: start them a new batch.
    this.openBatch = null;
    const run = this.chain.then(async () => {
      const db = this.db!;
      db.data = state;
      await db.write();
      const handle = await fs.open(this.file, 'r');
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
      // Everything up to state.seq is now in the snapshot; the journal can start afresh. Lines
      // appended after this point carry higher sequence numbers.
      await this.journal!.truncate(0);
      await this.journal!.datasync();
    });
    this.chain = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.journal?.close();
    this.journal = undefined;
  }
}
