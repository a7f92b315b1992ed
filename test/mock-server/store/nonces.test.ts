/**
 * Signature nonces outlive a restart (they are kept in `<state file>.nonces`), so a request
 * captured before a restart is refused as a replay after it; and the registry stays bounded in
 * memory (and the file on disk) however many requests arrive.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { NonceFile } from '../../../mock-server/store/nonce-file';
import { NonceRegistry } from '../../../mock-server/wire/signature';
import { ensureStopped, startCli, type SandboxProcess } from '../../helpers/process';
import { signV1, toQuery, VERSIONS } from '../../helpers/rpc';

describe('store: signature nonces outlive a restart and stay bounded', function () {
  this.timeout(60_000);
  let dir: string;
  let proc: SandboxProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-nonces-'));
  });
  afterEach(async () => {
    await ensureStopped(proc);
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(url: string, query: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${url}/?${query}`);
    return { status: res.status, body: await res.json() };
  }

  for (const stop of ['SIGTERM', 'SIGKILL'] as const) {
    it(`refuses a replay after the sandbox restarts on the same data file (stopped with ${stop})`, async () => {
      const file = path.join(dir, 'db.json');
      const args = ['--port', '0', '--data', file, '--async-delay', '0'];
      proc = await startCli(args);
      const captured = toQuery(signV1('GET', { Action: 'DescribeVpcs', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou', Format: 'JSON' }));
      const first = await send(proc.url, captured);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      proc.child.kill(stop);
      await proc.exited;

      proc = await startCli(args);
      const replay = await send(proc.url, captured);
      assert.equal(replay.status, 400, JSON.stringify(replay.body));
      assert.equal(replay.body.Code, 'SignatureNonceUsed');
      // A fresh request still works.
      const fresh = await send(proc.url, toQuery(signV1('GET', { Action: 'DescribeVpcs', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou', Format: 'JSON' })));
      assert.equal(fresh.status, 200, JSON.stringify(fresh.body));
    });
  }

  it('keeps at most maxEntries nonces in memory, forgetting the oldest first', () => {
    const registry = new NonceRegistry({ maxEntries: 1000 });
    for (let i = 0; i < 50_000; i++) registry.use('AK', `n-${i}`, 1_000);
    assert.equal(registry.size, 1000);
    assert.throws(() => registry.use('AK', 'n-49999', 1_001), /has been used already/);
    // The oldest were forgotten: only a registry this full lets one through again.
    assert.doesNotThrow(() => registry.use('AK', 'n-0', 1_001));
  });

  it('remembers a nonce without the request it arrived in: memory per nonce stays small however large the request', () => {
    // A full collection on demand (--expose-gc turned on at run time), so the heap measures only
    // what is still reachable.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const registry = new NonceRegistry({ maxEntries: 10_000 });
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i++) {
      // As the wire hands it over: the nonce is a slice of the decoded request, here one padded to 64 KB.
      const body = `SignatureNonce=${randomUUID()}&Padding=${'x'.repeat(64 * 1024)}${i}`;
      registry.use('AK', body.slice('SignatureNonce='.length, 'SignatureNonce='.length + 36), 1_000);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.equal(registry.size, 1000);
    // A remembered nonce costs about 150 bytes; keeping its request alive would cost 64 MB here.
    assert.ok(grown < 1000 * 1024, `1000 nonces hold ${(grown / 1048576).toFixed(1)} MB of heap: they keep the requests they came in alive`);
  });

  it('keeps the nonce file within twice the cap, and reloads only nonces still inside their window', () => {
    const file = path.join(dir, 'db.json.nonces');
    const registry = new NonceRegistry({ maxEntries: 500, windowMs: 60_000, log: new NonceFile(file), now: 0 });
    for (let i = 0; i < 5_000; i++) registry.use('AK', `n-${i}`, i);
    registry.close();
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    assert.ok(lines <= 1000, `the nonce file holds ${lines} lines`);

    const reloaded = new NonceRegistry({ maxEntries: 500, windowMs: 60_000, log: new NonceFile(file), now: 5_000 });
    assert.equal(reloaded.size, 500);
    assert.throws(() => reloaded.use('AK', 'n-4999', 5_000), /has been used already/);
    reloaded.close();

    // Past every nonce's window, nothing is loaded back.
    const later = new NonceRegistry({ maxEntries: 500, windowMs: 60_000, log: new NonceFile(file), now: 5_000 + 60_000 });
    assert.equal(later.size, 0);
    assert.doesNotThrow(() => later.use('AK', 'n-4999', 65_000));
    later.close();
  });

  it('sweeps expired nonces by their timestamp window', () => {
    const registry = new NonceRegistry({ windowMs: 1_000 });
    for (let i = 0; i < 1_000; i++) registry.use('AK', `n-${i}`, 0);
    registry.use('AK', 'late', 20_000);
    assert.equal(registry.size, 1);
  });
});
