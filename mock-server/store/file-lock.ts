/**
 * One process per state file. Two sandboxes on the same `--data` file would each keep their own
 * memory and journal, and whichever shut down last would write its snapshot over everything the
 * other had stored. So the backend takes `<file>.lock` before it reads anything: the lock holds the
 * owner's PID (and, on Linux, the process start time, so a recycled PID is not mistaken for the
 * owner). A lock whose process is gone (a kill -9, a crash) is stale and is taken over.
 *
 * The lock file is created complete (written to a temporary name, then hard-linked into place,
 * which fails if the name exists), so nobody ever reads a half-written lock and thinks it stale.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { StateFileError, type Disk } from './disk';

interface LockOwner {
  pid: number;
  /** Kernel start time of the process (field 22 of /proc/PID/stat), when known. */
  start?: string;
  host: string;
}

/** The start time of a process, from /proc (Linux); undefined elsewhere or when it is gone. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine's process: we cannot tell, so assume it runs
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The PID exists. If it was recycled by an unrelated process, its start time differs.
  const start = startTimeOf(owner.pid);
  return !(owner.start && start && owner.start !== start);
}

function parseOwner(text: string | undefined): LockOwner | undefined {
  try {
    const v = JSON.parse(text ?? '');
    return Number.isSafeInteger(v?.pid) && v.pid > 0 ? { pid: v.pid, start: typeof v.start === 'string' ? v.start : undefined, host: String(v.host ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

export class FileLock {
  private constructor(readonly lockPath: string, private readonly content: string, private readonly disk: Disk) {}

  /**
   * Takes the lock for `file`, or throws a StateFileError naming the file and the PID that holds
   * it. `log` hears about stale locks taken over.
   */
  static async acquire(file: string, disk: Disk, log: (message: string) => void): Promise<FileLock> {
    const lockPath = `${file}.lock`;
    const me: LockOwner = { pid: process.pid, start: startTimeOf(process.pid), host: hostname() };
    const content = `${JSON.stringify(me)}\n`;
    const tmp = `${lockPath}.${process.pid}.tmp`;
    const handle = await disk.open(tmp, 'w');
    try {
      const buf = Buffer.from(content);
      await handle.write(buf, 0, buf.length);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          await disk.link(tmp, lockPath);
          await disk.syncDir(path.dirname(lockPath));
          return new FileLock(lockPath, content, disk);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
        const text = (await disk.readFile(lockPath))?.toString('utf8');
        const owner = parseOwner(text);
        if (owner && isAlive(owner)) {
          const where = owner.host === me.host ? `PID ${owner.pid}` : `PID ${owner.pid} on host ${owner.host}`;
          throw new StateFileError(
            `The state file ${file} is in use by another alicloud-sandbox process (${where}; lock file ${lockPath}). ` +
              `Stop that process first, or pass another --data file. Two processes on one file would overwrite each other's writes.`,
          );
        }
        // Stale: its process is gone (or the lock is unreadable, which a complete-on-create lock
        // never is unless someone edited it). Remove it only if it is still the same lock.
        if ((await disk.readFile(lockPath))?.toString('utf8') === text) {
          log(`state file ${file}: taking over a stale lock${owner ? ` of PID ${owner.pid}, which no longer runs` : ' that is unreadable'}`);
          await disk.unlink(lockPath);
        }
      }
      throw new StateFileError(`Could not take the lock ${lockPath} for the state file ${file}: other processes keep taking it. Stop them, or pass another --data file.`);
    } finally {
      await disk.unlink(tmp).catch(() => {});
    }
  }

  /** Releases the lock, if it is still ours. */
  async release(): Promise<void> {
    if ((await this.disk.readFile(this.lockPath).catch(() => undefined))?.toString('utf8') === this.content) await this.disk.unlink(this.lockPath);
  }
}
