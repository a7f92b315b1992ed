/**
 * Test helper: the real file system behind the backend's Disk seam, with faults on demand. A test
 * can make the next journal write, fdatasync, snapshot rename or folder fsync fail (ENOSPC, EIO),
 * hold an operation until it says so, see every call in order, and read the bytes being written.
 * A kill -9 cannot show a missing fsync (the page cache survives the process); these faults can.
 */
import * as path from 'node:path';
import { realDisk, type Disk, type DiskFile } from '../../../mock-server/store/disk';

export type Op = 'open' | 'write' | 'datasync' | 'truncate' | 'rename' | 'link' | 'syncDir';

interface Fault {
  op: Op;
  file: RegExp;
  code: string;
  /** How many more calls fail; Infinity until heal(). */
  times: number;
}

interface Hold {
  op: Op;
  file: RegExp;
  gate: Promise<void>;
}

export class FaultyDisk implements Disk {
  private faults: Fault[] = [];
  private holds: Hold[] = [];
  /** Every call, in order, as "op basename" (rename: "rename from>to"). */
  readonly calls: string[] = [];
  /** Bytes handed to write(), per file. */
  readonly written: Array<{ file: string; data: string }> = [];

  /** `record: false` keeps no calls or bytes (long runs). */
  constructor(private readonly record = true) {}

  /** Makes matching calls fail with an errno-style error, `times` times (default: until heal()). */
  fail(op: Op, file: RegExp, code = 'EIO', times = Infinity): void {
    this.faults.push({ op, file, code, times });
  }

  /** Removes every fault: the disk has recovered. */
  heal(): void {
    this.faults = [];
  }

  /** Holds the next matching call until the returned function is called. */
  hold(op: Op, file: RegExp): () => void {
    let release!: () => void;
    this.holds.push({ op, file, gate: new Promise<void>((r) => (release = r)) });
    return release;
  }

  private async check(op: Op, file: string, label = path.basename(file)): Promise<void> {
    if (this.record) this.calls.push(`${op} ${label}`);
    const h = this.holds.findIndex((x) => x.op === op && x.file.test(file));
    if (h >= 0) {
      const [hold] = this.holds.splice(h, 1);
      await hold.gate;
    }
    const fault = this.faults.find((f) => f.op === op && f.file.test(file) && f.times > 0);
    if (fault) {
      fault.times--;
      const message = fault.code === 'ENOSPC' ? 'no space left on device' : 'i/o error';
      throw Object.assign(new Error(`${fault.code}: ${message}, ${op} '${file}'`), { code: fault.code });
    }
  }

  readFile(file: string): Promise<Buffer | undefined> {
    return realDisk.readFile(file);
  }

  async open(file: string, flags: string): Promise<DiskFile> {
    await this.check('open', file);
    const inner = await realDisk.open(file, flags);
    return {
      write: async (buffer, offset, length) => {
        await this.check('write', file);
        if (this.record) this.written.push({ file, data: buffer.subarray(offset, offset + length).toString('utf8') });
        return inner.write(buffer, offset, length);
      },
      datasync: async () => {
        await this.check('datasync', file);
        await inner.datasync();
      },
      truncate: async (length) => {
        await this.check('truncate', file);
        await inner.truncate(length);
      },
      close: () => inner.close(),
    };
  }

  async rename(from: string, to: string): Promise<void> {
    await this.check('rename', to, `${path.basename(from)}>${path.basename(to)}`);
    await realDisk.rename(from, to);
  }

  async link(existing: string, to: string): Promise<void> {
    await this.check('link', to);
    await realDisk.link(existing, to);
  }

  unlink(file: string): Promise<void> {
    return realDisk.unlink(file);
  }

  mkdir(dir: string): Promise<void> {
    return realDisk.mkdir(dir);
  }

  async syncDir(dir: string): Promise<void> {
    await this.check('syncDir', dir);
    await realDisk.syncDir(dir);
  }
}
