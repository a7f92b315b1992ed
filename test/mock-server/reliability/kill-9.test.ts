/**
 * "A write is acknowledged only once it is on disk. A kill -9 at any moment leaves a readable file
 * that holds every acknowledged write." Tested with a real process, killed at random moments while
 * creates are streaming in, then restarted on the same file.
 *
 * What this can catch: a write acknowledged before it was handed to the kernel (answered before the
 * journal write), a journal or snapshot left unreadable by a kill mid-write, a torn tail that
 * recovery does not cut off, a snapshot that drops commits made while it was written, and a stale
 * lock that a restart does not take over.
 *
 * What it cannot catch: a missing fsync. The kernel's page cache outlives a killed process, so a
 * write that reached the cache but never the disk still looks durable here; only a power loss (or a
 * VM reset) would show it. Nor does a kill make a write fail. Those are covered at the backend's
 * disk seam with injected faults: test/mock-server/store/failed-writes.test.ts (a failed write or
 * fdatasync is refused and absent after a restart) and lowdb-backend.test.ts (the order of data
 * sync, rename and folder fsync; a torn batch that ends in a newline).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_ACCOUNT } from '../../../mock-server/accounts';
import { LowdbBackend } from '../../../mock-server/store/lowdb-backend';
import { ensureStopped, REPO_ROOT, startCli, type SandboxProcess } from '../../helpers/process';
import { eventually, rpc } from '../../helpers/rpc';

/** A seeded PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['cn-hangzhou', 'cn-beijing', 'cn-shanghai', 'cn-shenzhen', 'cn-qingdao', 'cn-hongkong'];
const ZONES: Record<string, string> = { 'cn-hangzhou': 'cn-hangzhou-h', 'cn-beijing': 'cn-beijing-a', 'cn-shanghai': 'cn-shanghai-b', 'cn-shenzhen': 'cn-shenzhen-a', 'cn-qingdao': 'cn-qingdao-b', 'cn-hongkong': 'cn-hongkong-b' };

/** VSwitches whose delete was sent (acknowledged or not). */
const attempted = new Set<string>();

interface Acked {
  region: string;
  table: 'vpcs' | 'vswitches';
  id: string;
}

/** Reads the state files exactly as a restart would, without writing a snapshot. */
async function loadState(file: string) {
  const backend = new LowdbBackend(file);
  const state = await backend.load();
  await backend.close();
  return state;
}

describe('reliability: kill -9 with a real process', function () {
  this.timeout(60_000);
  let dir: string;
  let proc: SandboxProcess | undefined;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-kill9-'));
  });
  afterEach(() => ensureStopped(proc));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Streams writes into one VPC from 8 parallel writers until the process dies: creates of /24
   * VSwitches while the VPC has room, and deletes of acknowledged ones otherwise, so the stream
   * never runs dry. Records which creates and deletes were acknowledged.
   */
  async function streamWrites(p: SandboxProcess, region: string, vpcId: string, round: number, acked: Acked[], deleted: Acked[], random: () => number): Promise<void> {
    const free = Array.from({ length: 256 }, (_, i) => i);
    const live: Array<{ id: string; index: number }> = [];
    let dead = false;
    const giveUp = Date.now() + 20_000;
    const writer = async () => {
      while (!dead && Date.now() < giveUp) {
        try {
          if (live.length < 140 && free.length > 0) {
            const index = free.splice(Math.floor(random() * free.length), 1)[0];
            const r = await rpc(p.url, 'vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpcId, ZoneId: ZONES[region], CidrBlock: `10.0.${index}.0/24`, VSwitchName: `r${round}-${index}` });
            if (r.status >= 500) throw new Error(`5xx from the sandbox: ${r.text}`);
            if (r.status === 200) {
              acked.push({ region, table: 'vswitches', id: r.body.VSwitchId });
              live.push({ id: r.body.VSwitchId, index });
            } else free.push(index);
          } else if (live.length > 0) {
            const victim = live.splice(Math.floor(random() * live.length), 1)[0];
            // Once a delete is sent, the VSwitch may or may not exist after a kill, until the
            // delete is acknowledged: then it must be gone.
            attempted.add(victim.id);
            const r = await rpc(p.url, 'vpc', 'DeleteVSwitch', { RegionId: region, VSwitchId: victim.id });
            if (r.status >= 500) throw new Error(`5xx from the sandbox: ${r.text}`);
            if (r.status === 200) {
              deleted.push({ region, table: 'vswitches', id: victim.id });
              free.push(victim.index);
            } else {
              attempted.delete(victim.id);
              live.push(victim);
            }
          } else await new Promise((r) => setTimeout(r, 1));
        } catch (err) {
          if ((err as Error).message.startsWith('5xx')) throw err;
          dead = true; // connection refused or reset: the process is gone
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
  }

  async function killRound(script: string[], file: string, round: number, random: () => number, acked: Acked[], deleted: Acked[]): Promise<void> {
    proc = await startCli([...script, ...(script.length ? [file] : ['--port', '0', '--data', file, '--async-delay', '0'])]);
    const region = REGIONS[round % REGIONS.length];
    const vpc = await rpc(proc.url, 'vpc', 'CreateVpc', { RegionId: region, CidrBlock: '10.0.0.0/16', VpcName: `round-${round}` });
    assert.equal(vpc.status, 200, vpc.text);
    acked.push({ region, table: 'vpcs', id: vpc.body.VpcId });
    await eventually(async () => (await rpc(proc!.url, 'vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: vpc.body.VpcId })).body?.Status === 'Available');
    // The kill lands a random time after the first create is acknowledged, so every round has
    // acknowledged writes to check however loaded the machine is.
    const killAfter = Math.floor(random() * 400);
    const victim = proc;
    const before = acked.length;
    const killer = (async () => {
      while (acked.length === before && victim.child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, killAfter));
      victim.child.kill('SIGKILL');
    })();
    await Promise.all([streamWrites(victim, region, vpc.body.VpcId, round, acked, deleted, random), killer]);
    assert.equal(await victim.exited, 'SIGKILL');
    // Some writes should have been acknowledged before the kill, or the round proves little.
    assert.ok(acked.length > before, `round ${round}: no write was acknowledged before the kill`);
  }

  async function verify(file: string, acked: Acked[], deleted: Acked[]): Promise<void> {
    const state = await loadState(file);
    const mine = state.accounts[DEFAULT_ACCOUNT.accountId];
    const missing = acked.filter((a) => !attempted.has(a.id) && !mine?.[a.region]?.[a.table]?.[a.id]);
    assert.deepEqual(missing, [], `${missing.length} acknowledged creates are missing after kill -9`);
    const back = deleted.filter((d) => mine?.[d.region]?.[d.table]?.[d.id]);
    assert.deepEqual(back, [], `${back.length} acknowledged deletes came back after kill -9`);
  }

  async function verifyThroughApi(file: string, acked: Acked[], deleted: Acked[]): Promise<void> {
    proc = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    for (const region of new Set(acked.map((a) => a.region))) {
      const vpcs = await rpc(proc.url, 'vpc', 'DescribeVpcs', { RegionId: region, PageSize: 50 });
      assert.equal(vpcs.status, 200, vpcs.text);
      const seen = new Set<string>(vpcs.body.Vpcs.Vpc.map((v: any) => v.VpcId));
      for (let page = 1; ; page++) {
        const r = await rpc(proc.url, 'vpc', 'DescribeVSwitches', { RegionId: region, PageSize: 50, PageNumber: page });
        assert.equal(r.status, 200, r.text);
        for (const s of r.body.VSwitches.VSwitch) seen.add(s.VSwitchId);
        if (r.body.VSwitches.VSwitch.length < 50) break;
      }
      const missing = acked.filter((a) => a.region === region && !attempted.has(a.id) && !seen.has(a.id));
      assert.deepEqual(missing, [], `the restarted sandbox does not list ${missing.length} acknowledged resources in ${region}`);
      const back = deleted.filter((d) => d.region === region && seen.has(d.id));
      assert.deepEqual(back, [], `the restarted sandbox lists ${back.length} resources whose delete was acknowledged`);
    }
    proc.child.kill('SIGTERM');
    assert.equal(await proc.exited, 0);
  }

  it('keeps every acknowledged write across repeated kill -9 at random moments (the CLI, on one file)', async () => {
    const file = path.join(dir, 'cli', 'db.json');
    const random = prng(20261128);
    const acked: Acked[] = [];
    const deleted: Acked[] = [];
    for (let round = 0; round < 4; round++) {
      await killRound([], file, round, random, acked, deleted);
      await verify(file, acked, deleted);
    }
    await verifyThroughApi(file, acked, deleted);
  });

  it('keeps every acknowledged write when kill -9 lands while journal snapshots are being written', async () => {
    const file = path.join(dir, 'snap', 'db.json');
    const random = prng(7);
    const acked: Acked[] = [];
    const deleted: Acked[] = [];
    for (let round = 0; round < 3; round++) {
      await killRound([path.join(REPO_ROOT, 'test', 'helpers', 'low-snapshot-sandbox.ts')], file, round, random, acked, deleted);
      await verify(file, acked, deleted);
    }
    await verifyThroughApi(file, acked, deleted);
  });
});
