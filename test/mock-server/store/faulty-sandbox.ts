/**
 * A sandbox process like `mock-server/cli.ts`, whose state file's disk fails an fdatasync of the
 * journal every FAULT_EVERY_MS milliseconds (0: never), for soak tests against a real process.
 * Each injected fault is announced on stderr as "fault injected". Usage:
 *   FAULT_EVERY_MS=5000 node --import tsx test/mock-server/store/faulty-sandbox.ts DATA_FILE
 */
import { startSandbox } from '../../../mock-server/app';
import { LowdbBackend } from '../../../mock-server/store/lowdb-backend';
import { FaultyDisk } from './faulty-disk';

async function main(): Promise<void> {
  const file = process.argv[2];
  const every = Number(process.env.FAULT_EVERY_MS ?? 0);
  const disk = new FaultyDisk(false);
  const backend = new LowdbBackend(file, { disk });
  const sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, backend, log: () => {} });
  process.stdout.write(`alicloud-sandbox listening on ${sandbox.url}\n`);
  if (every > 0) {
    setInterval(() => {
      disk.fail('datasync', /\.journal$/, 'EIO', 1);
      process.stderr.write('fault injected\n');
    }, every).unref();
  }
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
