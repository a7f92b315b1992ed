/**
 * A sandbox process like `mock-server/cli.ts`, whose state file's disk fails an fdatasync of the
 * journal every FAULT_EVERY_MS milliseconds (0: never), for soak tests against a real process.
 * Each injected fault is announced on stderr as "fault injected". Usage:
 *   FAULT_EVERY_MS=5000 node --import tsx test/mock-server/store/faulty-sandbox.ts DATA_FILE
 *
 * ADMIN=1 enables the admin actions (SandboxSetFaults, for request-level fault injection).
 *
 * Memory reports (stderr, one line each, so a test can tell a leak from a bounded cache):
 * - MEMORY_SAMPLE_MS=N: every N ms, "memory {json}" with process.memoryUsage() as it is;
 * - on SIGUSR2: a full garbage collection, then "memory-gc {json}" with process.memoryUsage() and
 *   the number of stored rows per table. Only the post-GC heap says what is still reachable: RSS
 *   and the heap between collections follow V8's heuristics, which let garbage pile up under load.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startSandbox } from '../../../mock-server/app';
import { LowdbBackend } from '../../../mock-server/store/lowdb-backend';
import { FaultyDisk } from './faulty-disk';

function usage(): Record<string, number> {
  const m = process.memoryUsage();
  return { t: Date.now(), rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
}

/** A full, synchronous collection: --expose-gc turned on at run time, so the spawn needs no flag. */
function fullGc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const every = Number(process.env.FAULT_EVERY_MS ?? 0);
  const disk = new FaultyDisk(false);
  const backend = new LowdbBackend(file, { disk });
  const sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, backend, admin: process.env.ADMIN === '1', log: () => {} });
  process.stdout.write(`alicloud-sandbox listening on ${sandbox.url}\n`);
  if (every > 0) {
    setInterval(() => {
      disk.fail('datasync', /\.journal$/, 'EIO', 1);
      process.stderr.write('fault injected\n');
    }, every).unref();
  }
  const sampleMs = Number(process.env.MEMORY_SAMPLE_MS ?? 0);
  if (sampleMs > 0) setInterval(() => process.stderr.write(`memory ${JSON.stringify(usage())}\n`), sampleMs).unref();
  process.on('SIGUSR2', () => {
    fullGc();
    const rows: Record<string, number> = {};
    for (const regions of Object.values(sandbox.store.exportState().accounts)) {
      for (const tables of Object.values(regions)) {
        for (const [table, byId] of Object.entries(tables)) rows[table] = (rows[table] ?? 0) + Object.keys(byId).length;
      }
    }
    process.stderr.write(`memory-gc ${JSON.stringify({ ...usage(), rows })}\n`);
  });
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
