/**
 * "A write is acknowledged only once it is on disk. A kill -9 at any moment leaves a readable file
 * that holds every acknowledged write." Tested with a real process, killed at random moments while
 * creates are streaming in, then restarted on the same file.
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

  async function streamCreates(p: SandboxProcess, region: string, vpcId: string, round: number, acked: Acked[], stopAfterMs: number): Promise<{ sent: number }> {
    // Distinct /24s in the VPC's 10.0.0.0/16; 8 writers in parallel until the process dies.
    let next = 0;
    let sent = 0;
    let dead = false;
    const deadline = Date.now() + stopAfterMs;
    const writer = async () => {
      while (!dead && next < 150 && Date.now() < deadline + 2000) {
        const n = next++;
        sent++;
        try {
          const r = await rpc(p.url, 'vpc', 'CreateVSwitch', { RegionId: region, VpcId: vpcId, ZoneId: ZONES[region], CidrBlock: `10.0.${n}.0/24`, VSwitchName: `r${round}-${n}` });
          if (r.status === 200) acked.push({ region, table: 'vswitches', id: r.body.VSwitchId });
          else if (r.status >= 500) throw new Error(`5xx from the sandbox: ${r.text}`);
        } catch (err) {
          if ((err as Error).message.startsWith('5xx')) throw err;
          dead = true; // connection refused/reset: the process is gone
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    return { sent };
  }

  async function killRound(script: string[], file: string, round: number, random: () => number, acked: Acked[]): Promise<void> {
    proc = await startCli([...script, ...(script.length ? [file] : ['--port', '0', '--data', file, '--async-delay', '0'])]);
    const region = REGIONS[round % REGIONS.length];
    const vpc = await rpc(proc.url, 'vpc', 'CreateVpc', { RegionId: region, CidrBlock: '10.0.0.0/16', VpcName: `round-${round}` });
    assert.equal(vpc.status, 200, vpc.text);
    acked.push({ region, table: 'vpcs', id: vpc.body.VpcId });
    await eventually(async () => (await rpc(proc!.url, 'vpc', 'DescribeVpcAttribute', { RegionId: region, VpcId: vpc.body.VpcId })).body?.Status === 'Available');
    const killAfter = 20 + Math.floor(random() * 250);
    const victim = proc;
    const killer = new Promise<void>((resolve) =>
      setTimeout(() => {
        victim.child.kill('SIGKILL');
        resolve();
      }, killAfter),
    );
    const before = acked.length;
    await Promise.all([streamCreates(victim, region, vpc.body.VpcId, round, acked, killAfter), killer]);
    assert.equal(await victim.exited, 'SIGKILL');
    // Some writes should have been acknowledged before the kill, or the round proves little.
    assert.ok(acked.length > before, `round ${round}: no write was acknowledged before the kill at ${killAfter} ms`);
  }

  async function verify(file: string, acked: Acked[]): Promise<void> {
    const state = await loadState(file);
    const mine = state.accounts[DEFAULT_ACCOUNT.accountId];
    const missing = acked.filter((a) => !mine?.[a.region]?.[a.table]?.[a.id]);
    assert.deepEqual(missing, [], `${missing.length} acknowledged writes are missing after kill -9`);
  }

  async function verifyThroughApi(file: string, acked: Acked[]): Promise<void> {
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
      const missing = acked.filter((a) => a.region === region && !seen.has(a.id));
      assert.deepEqual(missing, [], `the restarted sandbox does not list ${missing.length} acknowledged resources in ${region}`);
    }
    proc.child.kill('SIGTERM');
    assert.equal(await proc.exited, 0);
  }

  it('keeps every acknowledged write across repeated kill -9 at random moments (the CLI, on one file)', async () => {
    const file = path.join(dir, 'cli', 'db.json');
    const random = prng(20261128);
    const acked: Acked[] = [];
    for (let round = 0; round < 4; round++) {
      await killRound([], file, round, random, acked);
      await verify(file, acked);
    }
    await verifyThroughApi(file, acked);
  });

  it('keeps every acknowledged write when kill -9 lands while journal snapshots are being written', async () => {
    const file = path.join(dir, 'snap', 'db.json');
    const random = prng(7);
    const acked: Acked[] = [];
    for (let round = 0; round < 3; round++) {
      await killRound([path.join(REPO_ROOT, 'test', 'helpers', 'low-snapshot-sandbox.ts')], file, round, random, acked);
      await verify(file, acked);
    }
    await verifyThroughApi(file, acked);
  });
});
