/**
 * Instances at scale inside ONE account and region (issue 12): DescribeInstances (a page of 10,
 * with and without a VpcId filter) and RunInstances (one instance per call, without and with a
 * public address, InternetMaxBandwidthOut > 0), with 100 and with 10,000 instances stored in
 * cn-hangzhou of the default account, against each other.
 *
 *   npx tsx scripts/bench/instances-at-scale.ts [seconds-per-phase]   (default 5)
 *   BENCH_CPU_PROF=DIR …   also writes a V8 CPU profile of each sandbox process into DIR
 *
 * The quotas hold, with no bypass: each of 2 VPCs (10.0.0.0/8 and 172.16.0.0/12) has 2 VSwitches
 * of /16 (65,532 usable addresses each, so the instances-per-VSwitch quota, which is the address
 * count, leaves room), and the instances join enterprise security groups (65,536 instances each;
 * a basic group takes 2,000). The store is seeded through the API itself, RunInstances with Amount
 * 100, so the rows are exactly what the sandbox writes; every other call asks for bandwidth, so
 * half the instances hold a public address from the shared pool, as EIPs and NAT gateways do. Targets: reads at 10k ≥ 0.5 × reads at 100
 * and writes at 10k ≥ 0.5 × writes at 100. The explanation printed with the result is computed
 * from the run (server CPU per request), never fixed text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as http from 'node:http';
import * as path from 'node:path';
import { DEFAULT_ACCOUNT } from '../../mock-server/accounts';
import { drive, processCpuUs, signedQuery, startChild, stopChild } from './mock-server';

const ROOT = path.resolve(__dirname, '..', '..');
const ECS = '2014-05-26';
const VPC = '2016-04-28';
const REGION = 'cn-hangzhou';
const ZONE = 'cn-hangzhou-i';
const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';

export interface ScalePhase {
  operation: 'DescribeInstances' | 'DescribeInstances VpcId' | 'RunInstances' | 'RunInstances bandwidth';
  /** Instances stored when the phase started (writes add more as they go). */
  storedAtStart: number;
  requests: number;
  errors: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  serverCpuUsPerRequest: number;
  firstError?: string;
}

export interface InstanceScaleResult {
  cores: number;
  loadBefore: number;
  concurrency: number;
  secondsPerPhase: number;
  sizes: [number, number];
  phases: ScalePhase[];
  ratios: { reads: number; readsVpc: number; writes: number; writesBandwidth: number };
  /**
   * The same ratios from server CPU per request (at the small size ÷ at the large size): the
   * capacity each size leaves, less sensitive than req/s to other work on a shared machine.
   */
  ratiosByCpu: { reads: number; readsVpc: number; writes: number; writesBandwidth: number };
  targetsMet: { reads: boolean; writes: boolean };
}

export interface Net {
  vpcId: string;
  vswitchIds: string[];
  groupId: string;
}

async function call(url: string, version: string, params: Record<string, string>): Promise<any> {
  const agent = new http.Agent({ keepAlive: false });
  const query = signedQuery('POST', { Version: version, RegionId: REGION, ...params }, DEFAULT_ACCOUNT);
  const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${url}/`, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => resolve({ status: r.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(query);
  });
  agent.destroy();
  if (res.status !== 200) throw new Error(`${params.Action} failed: ${res.status} ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body);
}

async function waitAvailable(url: string, vpcId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const v = await call(url, VPC, { Action: 'DescribeVpcs', VpcId: vpcId });
    if (v.Vpcs.Vpc[0]?.Status === 'Available') return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Two VPCs with two /16 VSwitches and an enterprise security group each. */
export async function network(url: string): Promise<Net[]> {
  const nets: Net[] = [];
  for (const [cidr, prefix] of [['10.0.0.0/8', '10'], ['172.16.0.0/12', '172.16']] as const) {
    const vpcId = (await call(url, VPC, { Action: 'CreateVpc', CidrBlock: cidr })).VpcId;
    await waitAvailable(url, vpcId);
    const vswitchIds: string[] = [];
    for (const third of prefix === '10' ? ['10.1', '10.2'] : ['172.16', '172.17']) {
      vswitchIds.push((await call(url, VPC, { Action: 'CreateVSwitch', VpcId: vpcId, ZoneId: ZONE, CidrBlock: `${third}.0.0/16` })).VSwitchId);
    }
    const groupId = (await call(url, ECS, { Action: 'CreateSecurityGroup', VpcId: vpcId, SecurityGroupType: 'enterprise' })).SecurityGroupId;
    nets.push({ vpcId, vswitchIds, groupId });
  }
  return nets;
}

/** A RunInstances request; with `bandwidth`, each instance also gets a public address. */
export function launch(net: Net, vswitch: number, amount: number, bandwidth = 0): Record<string, string> {
  return {
    ...(bandwidth > 0 ? { InternetMaxBandwidthOut: String(bandwidth) } : {}),
    Action: 'RunInstances',
    ImageId: IMAGE,
    InstanceType: 'ecs.g7.large',
    VSwitchId: net.vswitchIds[vswitch % net.vswitchIds.length],
    SecurityGroupId: net.groupId,
    Amount: String(amount),
  };
}

/** Seeds `total` instances, spread evenly over the VPCs and VSwitches, 100 per call, every other call with a public address each. */
export async function seed(url: string, nets: Net[], total: number): Promise<void> {
  for (let done = 0, n = 0; done < total; n++) {
    const amount = Math.min(100, total - done);
    await call(url, ECS, launch(nets[n % nets.length], Math.floor(n / nets.length), amount, n % 2 ? 5 : 0));
    done += amount;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

export async function runInstanceScaleBench(options: { seconds?: number; concurrency?: number; sizes?: [number, number]; log?: (m: string) => void } = {}): Promise<InstanceScaleResult> {
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 5);
  const concurrency = options.concurrency ?? 16;
  const sizes = options.sizes ?? [100, 10_000];
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const warmup = Math.min(3, Math.max(0.5, seconds / 2));
  const loadBefore = Number(loadavg()[0].toFixed(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-bench-instances-'));
  const phases: ScalePhase[] = [];
  try {
    for (const size of sizes) {
      const cli = process.env.BENCH_SANDBOX_CLI || path.join(ROOT, 'mock-server', 'cli.ts');
      const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF)] : [];
      const child = await startChild([...prof, '--import', 'tsx', cli, '--port', '0', '--data', path.join(dir, `db-${size}.json`), '--async-delay', '0']);
      try {
        const nets = await network(child.url);
        const t0 = Date.now();
        await seed(child.url, nets, size);
        log(`${size} instances in one account and region (${nets.length} VPCs, /16 VSwitches), seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        let stored = size;
        const maxPage = Math.max(1, Math.floor(size / 10));
        const read = (vpc: boolean) => () => {
          const net = nets[Math.floor(Math.random() * nets.length)];
          const page = 1 + Math.floor(Math.random() * (vpc ? Math.max(1, Math.floor(maxPage / nets.length)) : maxPage));
          const params: Record<string, string> = { Action: 'DescribeInstances', Version: ECS, RegionId: REGION, PageSize: '10', PageNumber: String(page) };
          if (vpc) params.VpcId = net.vpcId;
          return { method: 'GET' as const, query: signedQuery('GET', params, DEFAULT_ACCOUNT) };
        };
        let n = 0;
        const launched: string[] = [];
        const write = (bandwidth: number) => () => {
          const net = nets[n % nets.length];
          const params = { ...launch(net, Math.floor(n++ / nets.length), 1, bandwidth), Version: ECS, RegionId: REGION };
          const onOk = (body: string) => {
            stored++;
            launched.push(...(JSON.parse(body).InstanceIdSets?.InstanceIdSet ?? []));
          };
          return { method: 'POST' as const, query: signedQuery('POST', params, DEFAULT_ACCOUNT), onOk };
        };
        // After a write phase (not measured): delete what it launched, so that the next phase
        // starts from `size` instances again instead of the thousands a phase adds at 100.
        const cleanUp = async () => {
          const next = () => {
            const id = launched.pop();
            if (!id) return undefined;
            const params = { Action: 'DeleteInstance', Version: ECS, RegionId: REGION, InstanceId: id, Force: 'true' };
            return { method: 'POST' as const, query: signedQuery('POST', params, DEFAULT_ACCOUNT), onOk: () => void stored-- };
          };
          const r = await drive(child.url, concurrency, 600, next);
          if (r.errors > 0) throw new Error(`deleting the instances a write phase launched failed: ${r.firstError}`);
        };
        // Warm both kinds of read up (the JIT), or the first measured phase pays for it: at 100
        // instances that made a page of 10 look twice as dear as the same page with VpcId.
        await drive(child.url, concurrency, warmup, read(false));
        await drive(child.url, concurrency, warmup, read(true));
        const runs = [['DescribeInstances', read(false)], ['DescribeInstances VpcId', read(true)], ['RunInstances', write(0)], ['RunInstances bandwidth', write(5)]] as const;
        for (const [operation, next] of runs) {
          const before = processCpuUs(child.proc.pid);
          const storedAtStart = stored;
          const r = await drive(child.url, concurrency, seconds, next);
          const cpu = processCpuUs(child.proc.pid) - before;
          phases.push({
            operation,
            storedAtStart,
            requests: r.requests,
            errors: r.errors,
            rps: Math.round((r.requests - r.errors) / r.seconds),
            p50ms: Number(percentile(r.latencies, 50).toFixed(2)),
            p99ms: Number(percentile(r.latencies, 99).toFixed(2)),
            serverCpuUsPerRequest: Math.round(cpu / Math.max(1, r.requests)),
            ...(r.firstError ? { firstError: r.firstError } : {}),
          });
          if (launched.length > 0) await cleanUp();
        }
      } finally {
        await stopChild(child);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const at = (op: ScalePhase['operation'], i: number) => phases.filter((p) => p.operation === op)[i];
  const ratio = (op: ScalePhase['operation']) => Number((at(op, 1).rps / at(op, 0).rps).toFixed(3));
  const byCpu = (op: ScalePhase['operation']) => Number((at(op, 0).serverCpuUsPerRequest / Math.max(1, at(op, 1).serverCpuUsPerRequest)).toFixed(3));
  const ratiosByCpu = { reads: byCpu('DescribeInstances'), readsVpc: byCpu('DescribeInstances VpcId'), writes: byCpu('RunInstances'), writesBandwidth: byCpu('RunInstances bandwidth') };
  const ratios = { reads: ratio('DescribeInstances'), readsVpc: ratio('DescribeInstances VpcId'), writes: ratio('RunInstances'), writesBandwidth: ratio('RunInstances bandwidth') };
  return {
    cores: cpus().length,
    loadBefore,
    concurrency,
    secondsPerPhase: seconds,
    sizes,
    phases,
    ratios,
    ratiosByCpu,
    targetsMet: { reads: Math.min(ratios.reads, ratios.readsVpc) >= 0.5, writes: Math.min(ratios.writes, ratios.writesBandwidth) >= 0.5 },
  };
}

export function formatInstanceScaleBench(r: InstanceScaleResult): string {
  const lines = [
    `Instances at scale in ONE account and region — concurrency ${r.concurrency}, ${r.secondsPerPhase} s per phase, ${r.sizes[0]} vs ${r.sizes[1]} instances`,
    `${r.cores} CPU cores shared by the client and the server process; load average ${r.loadBefore} before the run`,
    'quotas as the cloud has them: /16 VSwitches (65,532 addresses each), enterprise security groups (65,536 instances each); no bypass',
    '',
    `${'operation'.padEnd(26)}${'stored'.padStart(8)}${'requests'.padStart(10)}${'errors'.padStart(8)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'server CPU µs/req'.padStart(19)}`,
  ];
  for (const p of r.phases) {
    lines.push(`${p.operation.padEnd(26)}${String(p.storedAtStart).padStart(8)}${String(p.requests).padStart(10)}${String(p.errors).padStart(8)}${String(p.rps).padStart(9)}${p.p50ms.toFixed(2).padStart(9)}${p.p99ms.toFixed(2).padStart(9)}${String(p.serverCpuUsPerRequest).padStart(19)}${p.firstError ? `  (first error: ${p.firstError})` : ''}`);
  }
  lines.push('');
  lines.push(`reads at ${r.sizes[1]} ÷ reads at ${r.sizes[0]}: ${r.ratios.reads.toFixed(3)} (page of 10), ${r.ratios.readsVpc.toFixed(3)} (VpcId filter)  (target ≥ 0.5: ${r.targetsMet.reads ? 'met' : 'MISSED'})`);
  lines.push(`writes at ${r.sizes[1]} ÷ writes at ${r.sizes[0]}: ${r.ratios.writes.toFixed(3)}, ${r.ratios.writesBandwidth.toFixed(3)} (with a public address)  (target ≥ 0.5: ${r.targetsMet.writes ? 'met' : 'MISSED'})`);
  const c = r.ratiosByCpu;
  lines.push(`by server CPU per request (${r.sizes[0]} ÷ ${r.sizes[1]}): reads ${c.reads.toFixed(3)}, reads with VpcId ${c.readsVpc.toFixed(3)}, writes ${c.writes.toFixed(3)}, writes with a public address ${c.writesBandwidth.toFixed(3)}`);
  // Only what this run measured: how much more server CPU a request took at the larger size.
  for (const op of ['DescribeInstances', 'DescribeInstances VpcId', 'RunInstances', 'RunInstances bandwidth'] as const) {
    const [small, large] = r.phases.filter((p) => p.operation === op);
    const ratio = large.rps / small.rps;
    if (ratio >= 0.5) continue;
    lines.push(
      `${op} missed: in this run a request at ${large.storedAtStart} instances took ${large.serverCpuUsPerRequest} µs of server CPU against ${small.serverCpuUsPerRequest} µs at ${small.storedAtStart} ` +
        `(${(large.serverCpuUsPerRequest / Math.max(1, small.serverCpuUsPerRequest)).toFixed(1)}×), p50 ${large.p50ms} ms against ${small.p50ms} ms.`,
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const seconds = process.argv[2] ? Number(process.argv[2]) : undefined;
  runInstanceScaleBench({ seconds }).then(
    (r) => process.stdout.write(`${formatInstanceScaleBench(r)}\n`),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
