/**
 * `npm run demo`: the whole thing, end to end, in about half a minute.
 *
 *   1. builds the provider if needed;
 *   2. starts the sandbox in-process on a free port with a temporary data file;
 *   3. deploys the quickstart stack (examples/quickstart.ts) with `cdktf deploy`;
 *   4. reads the created resources back from the sandbox and prints them as tables;
 *   5. destroys the stack and checks the sandbox is empty again;
 *   6. stops the sandbox and removes the temporary files.
 *
 * Exits 0 on success. On any failure it prints the reason, still stops the sandbox, and exits 1.
 * Environment: DEMO_KEEP=1 keeps the temporary directory; DEMO_ASYNC_DELAY_MS sets the sandbox's
 * transitional-state delay (default 100).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../mock-server/app';
import { deployStack, destroyStack, ensureProvider, failureSummary, stripAnsi } from './cdktf';
import { isEmpty, readInventory, renderInventory, sandboxClient } from './sandbox-inventory';

const STACK = 'quickstart';
const started = Date.now();
let stepNo = 0;
const TOTAL = 6;

function elapsed(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function step<T>(title: string, fn: () => Promise<T>): Promise<T> {
  stepNo++;
  const t = Date.now();
  process.stdout.write(`[${stepNo}/${TOTAL}] ${title} ...\n`);
  const result = await fn();
  process.stdout.write(`      done in ${elapsed(Date.now() - t)}\n`);
  return result;
}

/** Shows Terraform's per-resource progress lines while cdktf runs. */
function progress(line: string): void {
  const clean = stripAnsi(line).trim();
  const m = /(\S+\.\S+)( \([^)]*\))?: (Creating\.\.\.|Creation complete.*|Destroying\.\.\..*|Destruction complete.*|Still \w+\.\.\..*)$/.exec(clean);
  if (m) process.stdout.write(`      ${m[1]}${m[2] ?? ''}: ${m[3]}\n`);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-sandbox-demo-'));
  let sandbox: Sandbox | undefined;
  try {
    await step('Checking the Terraform provider build', async () => {
      const built = await ensureProvider((m) => process.stdout.write(`      ${m}\n`));
      if (!built) process.stdout.write('      provider is up to date\n');
    });

    sandbox = await step('Starting the sandbox on a free port', async () => {
      const s = await startSandbox({
        port: 0,
        dataFile: path.join(tmp, 'sandbox.json'),
        asyncDelayMs: Number(process.env.DEMO_ASYNC_DELAY_MS ?? 100),
        log: () => {},
      });
      process.stdout.write(`      listening on ${s.url} (data file ${path.join(tmp, 'sandbox.json')})\n`);
      return s;
    });
    const endpoint = sandbox.url;
    const env = { ALICLOUD_SANDBOX_ENDPOINT: endpoint, ALICLOUD_SANDBOX_STATE_DIR: path.join(tmp, 'state') };
    const outdir = path.join(tmp, 'cdktf.out');
    const client = sandboxClient(endpoint);

    await step(`Deploying the "${STACK}" stack with cdktf deploy`, async () => {
      const r = await deployStack(STACK, { env, outdir, outputsFile: path.join(tmp, 'outputs.json'), onLine: progress });
      if (r.code !== 0) throw new Error(`cdktf deploy ${STACK} exited with ${r.code}:\n${failureSummary(r.output)}`);
    });

    await step('Reading the resources back from the sandbox', async () => {
      const inv = await readInventory(client);
      process.stdout.write(`\n${renderInventory(inv).replace(/^/gm, '  ')}\n`);
      if (inv.vpcs.length !== 1 || inv.vswitches.length !== 2) {
        throw new Error(`expected 1 VPC and 2 VSwitches after the deploy, found ${inv.vpcs.length} and ${inv.vswitches.length}`);
      }
    });

    await step(`Destroying the "${STACK}" stack with cdktf destroy`, async () => {
      const r = await destroyStack(STACK, { env, outdir, onLine: progress });
      if (r.code !== 0) throw new Error(`cdktf destroy ${STACK} exited with ${r.code}:\n${failureSummary(r.output)}`);
      const inv = await readInventory(client);
      if (!isEmpty(inv)) throw new Error(`the sandbox still holds resources after the destroy:\n${renderInventory(inv)}`);
      process.stdout.write('      the sandbox is empty again\n');
    });

    await step('Stopping the sandbox', async () => {
      const s = sandbox!;
      sandbox = undefined;
      await s.close();
    });
    process.stdout.write(`\nDemo finished in ${elapsed(Date.now() - started)}.\n`);
  } finally {
    if (sandbox) {
      process.stdout.write('      stopping the sandbox after the failure ...\n');
      await sandbox.close().catch((err) => process.stderr.write(`could not stop the sandbox cleanly: ${(err as Error).message}\n`));
    }
    if (process.env.DEMO_KEEP === '1') process.stdout.write(`kept ${tmp}\n`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`\nDemo failed after ${elapsed(Date.now() - started)} (step ${stepNo}/${TOTAL}): ${(err as Error).message}\n`);
    process.exit(1);
  },
);
