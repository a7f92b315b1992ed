/**
 * A sandbox process like `mock-server/cli.ts`, but with a LowdbBackend that compacts its journal
 * every few commits, so reliability tests can kill -9 it while snapshots are being written.
 * Usage: node --import tsx test/helpers/low-snapshot-sandbox.ts DATA_FILE
 */
import { startSandbox } from '../../mock-server/app';
import { LowdbBackend } from '../../mock-server/store/lowdb-backend';

async function main(): Promise<void> {
  const file = process.argv[2];
  const backend = new LowdbBackend(file, { snapshotEveryLines: 7 });
  const sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, backend, log: () => {} });
  process.stdout.write(`alicloud-sandbox listening on ${sandbox.url}\n`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
