/**
 * The default state backend: a lowdb JSON file plus a write-ahead journal beside it.
 *
 * Why a journal: lowdb rewrites the whole file on every write, so a write would cost time in
 * proportion to everything stored. Instead each batch of committed transactions (the Store groups
 * concurrent ones: group commit) is appended as one checksummed line to `<file>.journal` and
 * fdatasync'ed before any of them is acknowledged. Every few thousand changes, and on shutdown, the
 * full state is written through lowdb to `<file>` and the journal is emptied.
 *
 * A snapshot is written to a temporary file, fdatasync'ed, renamed over `<file>`, and then the
 * folder is fsync'ed, so the rename itself survives a power loss; only then is the journal emptied.
 * The rename is the commit point: a failure before it leaves everything as it was.
 *
 * Recovery: read `<file>` (its `seq` says which change it includes), then replay journal records
 * with a higher seq. A torn tail can only belong to a batch that was never acknowledged, so it is
 * cut off (journal.ts says how a torn batch is recognised).
 *
 * A failed append (a full disk, an I/O error) rejects that batch and leaves the journal marked for
 * repair: the next append first cuts the file back to its last good record. There is no
 * permanently broken mode; once the disk accepts writes again, so does the sandbox.
 *
 * `<file>.lock` keeps a second process off the same file (file-lock.ts).
 */
import * as path from 'node:path';
import { realDisk, StateFileError, type Disk, type DiskFile } from './disk';
import { FileLock } from './file-lock';
import { encodeRecord, scanJournal } from './journal';
import { applyChange, emptyState, type Change, type PersistedState, type StateBackend } from './state-backend';

export { StateFileError } from './disk';

export interface LowdbBackendOptions {
  /** Journal records after which a snapshot is taken. */
  snapshotEveryLines?: number;
  /** Journal bytes after which a snapshot is taken. */
  snapshotEveryBytes?: number;
  /** Where recovery notes go (a torn journal tail, a stale lock, say). */
  log?: (message: string) => void;
  /** The file-system calls (tests inject failures here). */
  disk?: Disk;
}

/**
 * A snapshot whose rename happened but whose folder fsync failed: the new state is what the file
 * system shows, but a power loss might still bring the old one back.
 */
export class SnapshotNotDurable extends Error {
  readonly committed = true;
}

async function writeAll(handle: DiskFile, data: Buffer, what: string): Promise<void> {
  // FileHandle.write may write less than asked (a full disk, say): keep going until all is out.
  for (let done = 0; done < data.length; ) {
    const { bytesWritten } = await handle.write(data, done, data.length - done);
    if (bytesWritten <= 0) throw new Error(`${what} accepted no bytes; is the disk full?`);
    done += bytesWritten;
  }
}

/** A lowdb adapter (read/write) for the snapshot file, writing it crash-safely. */
class DurableJsonFile {
  constructor(private readonly file: string, private readonly disk: Disk) {}

  async read(): Promise<PersistedState | null> {
    const buf = await this.disk.readFile(this.file);
    return buf === undefined ? null : (JSON.parse(buf.toString('utf8')) as PersistedState);
  }

  async write(data: PersistedState): Promise<void> {
    const dir = path.dirname(this.file);
    const tmp = path.join(dir, `.${path.basename(this.file)}.tmp`);
    try {
      const handle = await this.disk.open(tmp, 'w');
      try {
        // The same layout lowdb's JSONFile writes.
        await writeAll(handle, Buffer.from(JSON.stringify(data, null, 2)), `The snapshot ${tmp}`);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await this.disk.rename(tmp, this.file);
    } catch (err) {
      await this.disk.unlink(tmp).catch(() => {});
      throw err;
    }
    try {
      await this.disk.syncDir(dir);
    } catch (err) {
      throw new SnapshotNotDurable(`The snapshot ${this.file} was renamed into place but its folder could not be fsync'ed (${(err as Error).message}).`);
    }
  }
}

export class LowdbBackend implements StateBackend {
  readonly journalPath: string;
  private readonly disk: Disk;
  private db: { data: PersistedState; write(): Promise<void> } | undefined;
  private journal: DiskFile | undefined;
  private lock: FileLock | undefined;
  /** Serialises journal appends and snapshots so they reach the disk in call order. */
  private chain: Promise<void> = Promise.resolve();
  private journalLines = 0;
  private journalBytes = 0;
  /** The journal's size on disk: the end of its last good record. */
  private journalSize = 0;
  /** Set after a failed append: the journal may hold part of it past journalSize. */
  private needsRepair = false;
  private readonly snapshotEveryLines: number;
  private readonly snapshotEveryBytes: number;
  private readonly log: (message: string) => void;

  constructor(readonly file: string, options: LowdbBackendOptions = {}) {
    this.journalPath = `${file}.journal`;
    this.snapshotEveryLines = options.snapshotEveryLines ?? 5000;
    this.snapshotEveryBytes = options.snapshotEveryBytes ?? 8 * 1024 * 1024;
    this.log = options.log ?? (() => {});
    this.disk = options.disk ?? realDisk;
  }

  async load(): Promise<PersistedState> {
    const dir = path.dirname(path.resolve(this.file));
    await this.disk.mkdir(dir);
    this.lock = await FileLock.acquire(this.file, this.disk, this.log);
    try {
      return await this.loadLocked(dir);
    } catch (err) {
      await this.lock.release().catch(() => {});
      this.lock = undefined;
      throw err;
    }
  }

  private async loadLocked(dir: string): Promise<PersistedState> {
    // lowdb 7 is ESM-only; a dynamic import keeps this CommonJS package loading it lazily.
    const { Low } = await import('lowdb');
    const db = new Low<PersistedState>(new DurableJsonFile(this.file, this.disk), emptyState());
    // Read the file ourselves rather than with db.read(): lowdb silently keeps the default data
    // when the file holds a falsy JSON value (null, false, 0, ""), and that would later overwrite it.
    const text = (await this.disk.readFile(this.file))?.toString('utf8');
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
    const tornAt = await this.replayJournal(state);
    this.journal = await this.disk.open(this.journalPath, 'a');
    if (tornAt !== undefined) {
      await this.journal.truncate(tornAt);
      await this.journal.datasync();
    }
    // The journal may have just been created: make its folder entry durable before the first
    // acknowledged write lands in it.
    await this.disk.syncDir(dir);
    return state;
  }

  /** Replays the journal into `state`; returns where a torn tail starts, if there is one. */
  private async replayJournal(state: PersistedState): Promise<number | undefined> {
    const buf = await this.disk.readFile(this.journalPath);
    if (buf === undefined) return undefined;
    const scan = scanJournal(buf, (record) => {
      if (record.s > state.seq) {
        for (const change of record.c) applyChange(state, change);
        state.seq = record.s;
      }
    });
    if (scan.corruptAt !== undefined) {
      throw new StateFileError(
        `The journal ${this.journalPath} has an unreadable record at byte ${scan.corruptAt} followed by good ones. The state and journal were left ` +
          `untouched: inspect or move them aside, or pass another --data file to start with an empty sandbox.`,
      );
    }
    this.journalLines = scan.records;
    this.journalBytes = scan.validEnd;
    this.journalSize = scan.validEnd;
    if (scan.validEnd < buf.length) {
      this.log(`journal ${this.journalPath}: dropping ${buf.length - scan.validEnd} bytes of an unacknowledged write`);
      return scan.validEnd;
    }
    return undefined;
  }

  append(seq: number, changes: Change[]): Promise<void> {
    if (!this.journal) return Promise.reject(new Error('LowdbBackend.append called before load()'));
    const record = encodeRecord(seq, changes);
    const run = this.chain.then(() => this.writeRecord(record));
    this.chain = run.catch(() => {});
    return run;
  }

  /** One write and one fdatasync for the whole batch. */
  private async writeRecord(record: Buffer): Promise<void> {
    const journal = this.journal!;
    if (this.needsRepair) await this.repair();
    try {
      await writeAll(journal, record, `The journal ${this.journalPath}`);
      await journal.datasync();
    } catch (err) {
      // Part of the record may be in the file (or in the page cache, of unknown fate after a failed
      // fsync). Cut it off now if the disk lets us, and before the next append in any case, so
      // that the next record does not follow a torn one.
      this.needsRepair = true;
      await this.repair().catch(() => {});
      throw err;
    }
    this.journalLines++;
    this.journalBytes += record.length;
    this.journalSize += record.length;
  }

  private async repair(): Promise<void> {
    await this.journal!.truncate(this.journalSize);
    await this.journal!.datasync();
    this.needsRepair = false;
  }

  wantsSnapshot(): boolean {
    return this.journalLines >= this.snapshotEveryLines || this.journalBytes >= this.snapshotEveryBytes;
  }

  snapshot(state: PersistedState): Promise<void> {
    // Reset the counters now so that commits arriving meanwhile do not ask for another snapshot.
    this.journalLines = 0;
    this.journalBytes = 0;
    const run = this.chain.then(() => this.writeSnapshot(state));
    this.chain = run.catch(() => {});
    return run;
  }

  private async writeSnapshot(state: PersistedState): Promise<void> {
    const db = this.db!;
    const previous = db.data;
    db.data = state;
    try {
      await db.write();
    } catch (err) {
      // Before the rename nothing changed on disk; after it (SnapshotNotDurable) the journal is
      // kept, so that a power loss which undoes the rename still finds every change.
      if (!(err instanceof SnapshotNotDurable)) db.data = previous;
      throw err;
    }
    // Everything up to state.seq is now in the snapshot; the journal can start afresh. Records
    // appended after this point carry higher sequence numbers. If emptying it fails, no harm: its
    // records are at or below the snapshot's seq and replay skips them.
    try {
      await this.journal!.truncate(0);
      this.journalSize = 0;
      this.needsRepair = false;
      await this.journal!.datasync();
    } catch (err) {
      this.log(`journal ${this.journalPath}: could not be emptied after a snapshot (${(err as Error).message}); replay skips its records`);
      if (this.journalSize !== 0) this.needsRepair = true;
    }
  }

  async close(): Promise<void> {
    await this.chain;
    await this.journal?.close();
    this.journal = undefined;
    await this.lock?.release();
    this.lock = undefined;
  }
}
