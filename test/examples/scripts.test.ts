/**
 * The command-line entry points: `npm run deploy/destroy` (scripts/cdktf.ts) and `npm run demo`.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { failureSummary, stripAnsi } from '../../scripts/cdktf';
import { renderTable } from '../../scripts/sandbox-inventory';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** A port nothing listens on (bound, then released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(REPO_ROOT, 'scripts', script), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, out });
    });
  });
}

describe('the deploy and destroy scripts', () => {
  it('print the usage and exit 2 without a stack name', async function () {
    this.timeout(60_000);
    const r = await runScript('cdktf.ts', ['deploy']);
    assert.equal(r.code, 2);
    assert.match(r.out, /usage: .*deploy\|destroy/);
    assert.match(r.out, /stacks: quickstart, route-table, move-instance, default-network/);
  });

  it('refuse to run, naming the endpoint, when no sandbox answers there', async function () {
    this.timeout(120_000);
    const port = await freePort();
    const r = await runScript('cdktf.ts', ['deploy', 'quickstart'], { ALICLOUD_SANDBOX_ENDPOINT: `http://127.0.0.1:${port}` });
    assert.equal(r.code, 1);
    assert.ok(r.out.includes(`No sandbox answers at http://127.0.0.1:${port} (ECONNREFUSED)`), r.out);
    assert.match(r.out, /Start it first \(npm start/);
  });

  it('summarise a failed cdktf run from its first error, without colour codes', () => {
    const out = 'noise\n\u001b[31mError: \u001b[0mboom\nmore\n';
    assert.equal(stripAnsi(out), 'noise\nError: boom\nmore\n');
    assert.equal(failureSummary(out, 2), 'Error: boom\nmore');
  });

  it('render tables with padded columns', () => {
    assert.equal(renderTable('Things', ['ID', 'Name'], [['a-1', 'long name'], ['b', 'x']]), 'Things (2)\n  ID   Name\n  ---  ---------\n  a-1  long name\n  b    x\n');
    assert.equal(renderTable('Things', ['ID'], []), 'Things: none\n');
  });
});

describe('npm run demo', () => {
  it('deploys the quickstart against its own sandbox, shows what was created, destroys it and exits 0', async function () {
    this.timeout(180_000);
    const r = await runScript('demo.ts', [], { DEMO_ASYNC_DELAY_MS: '30' }, 170_000);
    assert.equal(r.code, 0, r.out);
    for (let n = 1; n <= 6; n++) assert.match(r.out, new RegExp(`\\[${n}/6\\] `));
    assert.match(r.out, /alicloud_vpc\.\S+ \(network\/Vpc\): Creation complete/);
    assert.match(r.out, /VPCs \(1\)[\s\S]*quickstart\s+172\.16\.0\.0\/12\s+Available/);
    assert.match(r.out, /VSwitches \(2\)[\s\S]*cn-hangzhou-b\s+172\.16\.0\.0\/24\s+252/);
    assert.match(r.out, /the sandbox is empty again/);
    assert.match(r.out, /Demo finished in \d+\.\d s\./);
  });

  it('exits non-zero with the reason, and still stops the sandbox, when the deploy fails', async function () {
    this.timeout(180_000);
    const r = await runScript('demo.ts', [], { ALICLOUD_REGION: 'xx-nowhere-1', DEMO_ASYNC_DELAY_MS: '0' }, 170_000);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /stopping the sandbox after the failure/);
    assert.match(r.out, /Demo failed after .* \(step 3\/6\): cdktf deploy quickstart exited with 1:[\s\S]*InvalidRegionId\.NotFound/);
  });
});
