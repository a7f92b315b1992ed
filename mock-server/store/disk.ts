/**
 * The file-system calls the state backend makes, behind one small interface, so that tests can
 * make a write, an fsync or a rename fail at exactly the moment they choose (a full disk, an I/O
 * error) and check that no acknowledged write is lost and no refused write survives. A killed
 * process cannot show a missing fsync (the page cache outlives it); an injected fault can.
 */
import { promises as fs } from 'node:fs';

/** A state file the sandbox cannot use as it is (unreadable, corrupt, or held by another process). */
export class StateFileError extends Error {}

/** The part of a FileHandle the backend uses. */
export interface DiskFile {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  /** fdatasync: the file's data (and its size) is on disk when this resolves. */
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface Disk {
  /** Resolves undefined when the file does not exist. */
  readFile(file: string): Promise<Buffer | undefined>;
  /** Node's flags: 'a' appends (creating), 'w' truncates (creating), 'r' reads, 'wx' creates only. */
  open(file: string, flags: string): Promise<DiskFile>;
  rename(from: string, to: string): Promise<void>;
  /** Creates `to` as a second name for `existing`; fails with EEXIST if `to` exists (atomic). */
  link(existing: string, to: string): Promise<void>;
  /** Removes a file; a missing file is not an error. */
  unlink(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  /** fsyncs a folder, so that a file created, renamed or removed in it stays so after a crash. */
  syncDir(dir: string): Promise<void>;
}

export const realDisk: Disk = {
  async readFile(file) {
    try {
      return await fs.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  },
  open: (file, flags) => fs.open(file, flags),
  rename: (from, to) => fs.rename(from, to),
  link: (existing, to) => fs.link(existing, to),
  async unlink(file) {
    try {
      await fs.unlink(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  },
  async mkdir(dir) {
    await fs.mkdir(dir, { recursive: true });
  },
  async syncDir(dir) {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
