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
  /** The journal's size on disk: the end of its last complete line. */
  private journalSize = 0;
  /** Set when a failed write could not be cleaned up; every later write fails with it. */
  private broken: Error | undefined;
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
    // Read the file ourselves rather than with db.read(): lowdb silently keeps the default data
    // when the file holds a falsy JSON value (null, false, 0, ""), and that would later overwrite it.
    let text: string | undefined;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (text !== undefined) {
      try {
        db.data = JSON.parse(text) as PersistedState;
      } catch (err) {
        throw new StateFileError(
          `The state file ${this.file} is not valid JSON (${(err as Error).message}). It was left untouched: ` +
            `move it aside or pass another --data file to start with an empty sandbox.`,
        );
      }
    }
    if (!db.data || typeof db.data !== 'object' || db.data.formatVersion !== 1 || typeof db.data.accounts !== 'object' || db.data.accounts === null || typeof db.data.seq !== 'number') {
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
    // Byte length of the lines replayed so far (counted per line: re-measuring the whole prefix for
    // every line would make recovery quadratic in the journal's size).
    let validEnd = 0;
    while (offset < text.length) {
      const nl = text.indexOf('\n', offset);
      if (nl < 0) break; // torn tail: never acknowledged
      const lineText = text.slice(offset, nl);
      let line: JournalLine | undefined;
      try {
        line = JSON.parse(lineText) as JournalLine;
      } catch {
        line = undefined;
      }
      if (!line || typeof line.s !== 'number' || !Array.isArray(line.c)) {
        // A complete line (it ends in a newline) cannot be torn by a crash: every batch is written
        // with its newlines in one write. This is corruption, and cutting it off could drop
        // acknowledged writes after it, so refuse to load and leave the files as they are.
        throw new StateFileError(
          `The journal ${this.journalPath} has an unreadable line at byte ${validEnd}. The state and journal were left ` +
            `untouched: inspect or move them aside, or pass another --data file to start with an empty sandbox.`,
        );
      }
      if (line.s > state.seq) {
        for (const change of line.c) applyChange(state, change);
        state.seq = line.s;
      }
      offset = nl + 1;
      validEnd += Buffer.byteLength(lineText) + 1;
      this.journalLines++;
    }
    const size = Buffer.byteLength(text);
    if (validEnd < size) {
      this.log(`journal ${this.journalPath}: dropping ${size - validEnd} bytes of an unacknowledged write`);
      await fs.truncate(this.journalPath, validEnd);
    }
    this.journalBytes = validEnd;
    this.journalSize = validEnd;
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
    const data = Buffer.from(batch.map((b) => b.line).join(''));
    try {
      if (this.broken) throw this.broken;
      // FileHandle.write may write less than asked (a full disk, say): keep going until all is out.
      for (let done = 0; done < data.length; ) {
        const { bytesWritten } = await this.journal!.write(data, done, data.length - done);
        if (bytesWritten <= 0) throw new Error(`The journal ${this.journalPath} accepted no bytes; is the disk full?`);
        done += bytesWritten;
      }
      await this.journal!.datasync();
      this.journalLines += batch.length;
      this.journalBytes += data.length;
      this.journalSize += data.length;
      for (const b of batch) b.resolve();
    } catch (err) {
      // Cut off whatever part of the batch reached the file, so that the next batch does not
      // start in the middle of a line. If even that fails, refuse further writes.
      if (!this.broken) {
        try {
          await this.journal!.truncate(this.journalSize);
        } catch (truncateErr) {
          this.broken = new Error(`The journal ${this.journalPath} could not be repaired after a failed write (${(truncateErr as Error).message}); restart the sandbox.`);
        }
      }
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
      this.journalSize = 0;
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
