/**
 * Soak: a mixed load (creates, deletes, describes) for SOAK_SECONDS (default 60; CI runs 60)
 * against a real sandbox process whose disk fails a journal fdatasync every few seconds
 * (test/mock-server/store/faulty-sandbox.ts injects the faults at the backend's disk seam; the
 * sandbox has no fault-injection action). Checks:
 * - no request gets a 5xx other than the 503 ServiceUnavailable of an injected fault;
 * - a write refused with 503 left nothing behind (a refused create is absent, a refused delete did
 *   not happen);
 * - resident memory does not keep growing (the last quarter's median against the second quarter's);
 * - after kill -9 at the end, the files reload to exactly the state the client saw acknowledged.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_ACCOUNT } from '../../../mock-server/accounts';
import { LowdbBackend } from '../../../mock-server/store/lowdb-backend';
import { ensureStopped, REPO_ROOT, startCli, type SandboxProcess } from '../../helpers/process';
import { rpc } from '../../helpers/rpc';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const FAULT_EVERY_MS = 4000;
const REGION = 'cn-hangzhou';
const ZONE = 'cn-hangzhou-h';
const VPCS = 4;
const MAX_LIVE_PER_VPC = 100;

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

describe('reliability: soak with a real process', function () {
  this.timeout(SECONDS * 1000 + 90_000);
  let dir: string;
  let proc: SandboxProcess | undefined;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-soak-'));
  });
  after(async () => {
    await ensureStopped(proc);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`serves a mixed load for ${SECONDS} s with injected disk faults: no unexpected 5xx, flat memory, and exactly the acknowledged state after kill -9`, async () => {
    const file = path.join(dir, 'db.json');
    proc = await startCli([path.join(REPO_ROOT, 'test', 'mock-server', 'store', 'faulty-sandbox.ts'), file], { FAULT_EVERY_MS: String(FAULT_EVERY_MS) });
    const p = proc;
    const pid = p.child.pid!;

    const vpcs: string[] = [];
    for (let i = 0; i < VPCS; i++) {
      // A create can meet an injected fault too: retry it, as a client would.
      for (;;) {
        const r = await rpc(p.url, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: `10.${i}.0.0/16`, VpcName: `soak-${i}` });
        if (r.status === 503 && r.body.Code === 'ServiceUnavailable') continue;
        assert.equal(r.status, 200, r.text);
        vpcs.push(r.body.VpcId);
        break;
      }
    }

    /** VSwitches the client saw created and not yet deleted, per VPC: id → third octet. */
    const live = vpcs.map(() => new Map<string, number>());
    const free = vpcs.map(() => Array.from({ length: 256 }, (_, i) => i));
    const unexpected: string[] = [];
    const counts = { requests: 0, ok: 0, clientErrors: 0, unavailable: 0 };
    let seq = 0;

    const samples: number[] = [];
    const rssStart = rssKb(pid);
    const sampler = setInterval(() => samples.push(rssKb(pid)), 250);

    const deadline = Date.now() + SECONDS * 1000;
    const worker = async (w: number) => {
      let n = 0;
      while (Date.now() < deadline) {
        const v = (w + n++) % vpcs.length;
        const roll = Math.random();
        counts.requests++;
        let r;
        if (roll < 0.35 && live[v].size < MAX_LIVE_PER_VPC && free[v].length > 0) {
          const octet = free[v].splice(Math.floor(Math.random() * free[v].length), 1)[0];
          const name = `s-${seq++}`;
          r = await rpc(p.url, 'vpc', 'CreateVSwitch', { RegionId: REGION, VpcId: vpcs[v], ZoneId: ZONE, CidrBlock: `10.${v}.${octet}.0/24`, VSwitchName: name });
          if (r.status === 200) live[v].set(r.body.VSwitchId, octet);
          else free[v].push(octet);
        } else if (roll < 0.6 && live[v].size > 0) {
          const ids = [...live[v].keys()];
          const id = ids[Math.floor(Math.random() * ids.length)];
          const octet = live[v].get(id)!;
          live[v].delete(id); // not reused while the delete is in flight
          r = await rpc(p.url, 'vpc', 'DeleteVSwitch', { RegionId: REGION, VSwitchId: id });
          if (r.status === 200) free[v].push(octet);
          else live[v].set(id, octet);
        } else if (roll < 0.8) {
          r = await rpc(p.url, 'vpc', 'DescribeVSwitches', { RegionId: REGION, VpcId: vpcs[v], PageSize: 50 });
        } else {
          r = await rpc(p.url, 'vpc', 'DescribeVpcs', { RegionId: REGION, PageSize: 10 });
        }
        if (r.status === 200) counts.ok++;
        else if (r.status === 503 && r.body?.Code === 'ServiceUnavailable') counts.unavailable++;
        else if (r.status >= 500) unexpected.push(`${r.status} ${r.text}`);
        else counts.clientErrors++;
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    clearInterval(sampler);
    const rssEnd = rssKb(pid);
    const faults = (p.stderr().match(/fault injected/g) ?? []).length;
    process.stdout.write(
      `      soak: ${SECONDS} s, ${counts.requests} requests (${counts.ok} ok, ${counts.clientErrors} 4xx, ${counts.unavailable} 503 from ${faults} injected faults); ` +
        `RSS start ${(rssStart / 1024).toFixed(1)} MB, end ${(rssEnd / 1024).toFixed(1)} MB\n`,
    );

    assert.deepEqual(unexpected.slice(0, 5), [], `${unexpected.length} unexpected 5xx`);
    if (SECONDS * 1000 > 2 * FAULT_EVERY_MS) assert.ok(counts.unavailable > 0, 'the injected faults never reached a request');

    // Memory: compare the last quarter with the second (the first holds start-up and JIT warm-up).
    const q = Math.floor(samples.length / 4);
    if (q >= 2) {
      const second = median(samples.slice(q, 2 * q));
      const last = median(samples.slice(3 * q));
      process.stdout.write(`      soak: RSS median, second quarter ${(second / 1024).toFixed(1)} MB, last quarter ${(last / 1024).toFixed(1)} MB\n`);
      assert.ok(last <= second * 1.25 + 16 * 1024, `RSS kept growing: second quarter ${(second / 1024).toFixed(1)} MB, last quarter ${(last / 1024).toFixed(1)} MB`);
    }

    // Nothing is in flight now: kill -9, then the files must hold exactly what was acknowledged.
    p.child.kill('SIGKILL');
    assert.equal(await p.exited, 'SIGKILL');
    const backend = new LowdbBackend(file);
    const state = await backend.load();
    await backend.close();
    const stored = state.accounts[DEFAULT_ACCOUNT.accountId]?.[REGION] ?? {};
    const storedVpcs = Object.keys(stored.vpcs ?? {}).sort();
    assert.deepEqual(storedVpcs, [...vpcs].sort());
    // Exact equality also covers refused writes: a create answered 503 that was stored would be an
    // extra id here, a delete answered 503 that happened a missing one.
    const storedVsw = Object.keys(stored.vswitches ?? {}).sort();
    const expected = live.flatMap((m) => [...m.keys()]).sort();
    assert.deepEqual(storedVsw, expected, 'the reloaded VSwitches differ from the acknowledged ones');
  });
});
