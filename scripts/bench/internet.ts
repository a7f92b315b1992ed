/**
 * Internet-action benchmarks (issue 10 §5), run by `npm run bench` after the endpoint benchmark:
 *
 *   1. CreateForwardEntry with 90 entries already in the DNAT table, against an empty table;
 *   2. DescribeEipAddresses (a default page of 10) with 1,000 EIPs in the region, against 10.
 *
 *   npx tsx scripts/bench/internet.ts [seconds-per-phase]     (default 5; BENCH_SECONDS also works)
 *
 * How: the sandbox runs as a child process (a real file-backed store, async delay 0), set up
 * through the API itself. A DNAT table holds at most 100 entries, so a create phase cannot simply
 * keep creating: each worker creates an entry (timed) and deletes it again (not timed), so the
 * table stays at its starting size plus at most the concurrency (8: 90–98 entries, or 0–8). The
 * reported rate is creates per second of that create+delete loop; p50/p99 are of the creates.
 * The 1,000 EIPs fit because the sandbox's EIP quota is 1,000 per region (the real default is
 * about 20); no admin knob is needed.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_ACCOUNT } from '../../mock-server/accounts';
import { percentEncode } from '../../mock-server/wire/signature';
import { drive, startChild, stopChild } from './mock-server';

const ROOT = path.resolve(__dirname, '..', '..');

export interface InternetPhase {
  operation: string;
  /** What the region or table held while the phase ran. */
  stored: string;
  requests: number;
  errors: number;
  rps: number;
  p50ms: number;
  p99ms: number;
}

function query(params: Record<string, string | number>, region: string): string {
  const all: Record<string, string> = {
    Format: 'JSON',
    Version: '2016-04-28',
    AccessKeyId: DEFAULT_ACCOUNT.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    RegionId: region,
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  };
  const canonical = Object.keys(all).sort().map((k) => `${percentEncode(k)}=${percentEncode(all[k])}`).join('&');
  const signature = createHmac('sha1', `${DEFAULT_ACCOUNT.accessKeySecret}&`).update(`POST&%2F&${percentEncode(canonical)}`).digest('base64');
  return `${canonical}&Signature=${percentEncode(signature)}`;
}

function post(agent: http.Agent, url: string, body: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/`, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, json: JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function call(agent: http.Agent, url: string, region: string, action: string, params: Record<string, string | number> = {}): Promise<any> {
  const r = await post(agent, url, query({ Action: action, ...params }, region));
  if (r.status !== 200) throw new Error(`${action} failed: ${JSON.stringify(r.json)}`);
  return r.json;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** A VPC, a VSwitch, a NAT gateway with one EIP, and `preload` DNAT entries on ports 10000+. */
async function dnatTable(agent: http.Agent, url: string, region: string, zone: string, preload: number): Promise<{ table: string; ip: string }> {
  const vpc = await call(agent, url, region, 'CreateVpc', { CidrBlock: '172.16.0.0/12' });
  const vsw = await call(agent, url, region, 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: zone, CidrBlock: '172.16.0.0/16' });
  const nat = await call(agent, url, region, 'CreateNatGateway', { VpcId: vpc.VpcId, VSwitchId: vsw.VSwitchId });
  const eip = await call(agent, url, region, 'AllocateEipAddress');
  await call(agent, url, region, 'AssociateEipAddress', { AllocationId: eip.AllocationId, InstanceId: nat.NatGatewayId, InstanceType: 'Nat' });
  const table = nat.ForwardTableIds.ForwardTableId[0];
  for (let i = 0; i < preload; i++) {
    await call(agent, url, region, 'CreateForwardEntry', { ForwardTableId: table, ExternalIp: eip.EipAddress, ExternalPort: 10000 + i, IpProtocol: 'tcp', InternalIp: '172.16.1.10', InternalPort: 10000 + i });
  }
  return { table, ip: eip.EipAddress };
}

/** Create (timed) + delete (untimed) loops on one table for `seconds`. */
async function createLoop(url: string, region: string, t: { table: string; ip: string }, seconds: number, concurrency: number): Promise<Omit<InternetPhase, 'operation' | 'stored'>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let port = 20000;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < end) {
      const p = port++;
      const q = query({ Action: 'CreateForwardEntry', ForwardTableId: t.table, ExternalIp: t.ip, ExternalPort: p, IpProtocol: 'tcp', InternalIp: '172.16.2.20', InternalPort: p }, region);
      const t0 = process.hrtime.bigint();
      const r = await post(agent, url, q);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 200) {
        errors++;
        continue;
      }
      await post(agent, url, query({ Action: 'DeleteForwardEntry', ForwardTableId: t.table, ForwardEntryId: r.json.ForwardEntryId }, region));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: Math.round(latencies.length / elapsed), p50ms: pct(latencies, 50), p99ms: pct(latencies, 99) };
}

export async function runInternetBench(options: { seconds?: number; log?: (m: string) => void } = {}): Promise<InternetPhase[]> {
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 5);
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-bench-internet-'));
  const phases: InternetPhase[] = [];
  const sandbox = await startChild(['--import', 'tsx', path.join(ROOT, 'mock-server', 'cli.ts'), '--port', '0', '--data', path.join(dir, 'db.json'), '--async-delay', '0']);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  try {
    log('DNAT tables: one empty (cn-hangzhou), one with 90 entries (cn-beijing)');
    const empty = await dnatTable(agent, sandbox.url, 'cn-hangzhou', 'cn-hangzhou-h', 0);
    const full = await dnatTable(agent, sandbox.url, 'cn-beijing', 'cn-beijing-a', 90);
    // Warm-up on a third table, so JIT costs are charged to neither phase.
    const warm = await dnatTable(agent, sandbox.url, 'cn-shanghai', 'cn-shanghai-b', 0);
    await createLoop(sandbox.url, 'cn-shanghai', warm, Math.min(2, seconds), 8);
    phases.push({ operation: 'CreateForwardEntry', stored: '0 entries in the table', ...(await createLoop(sandbox.url, 'cn-hangzhou', empty, seconds, 8)) });
    phases.push({ operation: 'CreateForwardEntry', stored: '90 entries in the table', ...(await createLoop(sandbox.url, 'cn-beijing', full, seconds, 8)) });

    log('EIPs: 10 in cn-qingdao, 1,000 in cn-shenzhen');
    for (let i = 0; i < 10; i++) await call(agent, sandbox.url, 'cn-qingdao', 'AllocateEipAddress');
    for (let i = 0; i < 1000; i++) await call(agent, sandbox.url, 'cn-shenzhen', 'AllocateEipAddress');
    for (const [region, n] of [['cn-qingdao', 10], ['cn-shenzhen', 1000]] as const) {
      const next = () => ({ method: 'POST' as const, query: query({ Action: 'DescribeEipAddresses' }, region) });
      await drive(sandbox.url, 8, Math.min(1, seconds), next);
      const r = await drive(sandbox.url, 8, seconds, next);
      phases.push({ operation: 'DescribeEipAddresses', stored: `${n} EIPs in the region`, requests: r.requests, errors: r.errors, rps: Math.round(r.requests / r.seconds), p50ms: pct(r.latencies, 50), p99ms: pct(r.latencies, 99) });
    }
  } finally {
    agent.destroy();
    await stopChild(sandbox);
    rmSync(dir, { recursive: true, force: true });
  }
  return phases;
}

export function formatInternetBench(phases: InternetPhase[]): string {
  const lines = [
    'Internet actions — concurrency 8, keep-alive, freshly signed; creates run in create+delete loops (a DNAT table holds 100)',
    `${'operation'.padEnd(22)}${'with'.padEnd(26)}${'requests'.padStart(10)}${'errors'.padStart(8)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
  ];
  for (const p of phases) lines.push(`${p.operation.padEnd(22)}${p.stored.padEnd(26)}${String(p.requests).padStart(10)}${String(p.errors).padStart(8)}${String(p.rps).padStart(8)}${p.p50ms.toFixed(2).padStart(9)}${p.p99ms.toFixed(2).padStart(9)}`);
  const ratio = (op: string) => {
    const [a, b] = phases.filter((p) => p.operation === op);
    return a && b ? (b.rps / a.rps).toFixed(2) : 'n/a';
  };
  lines.push(`CreateForwardEntry at 90 ÷ at 0: ${ratio('CreateForwardEntry')}; DescribeEipAddresses at 1,000 ÷ at 10: ${ratio('DescribeEipAddresses')}`);
  return lines.join('\n');
}

if (require.main === module) {
  const seconds = process.argv[2] ? Number(process.argv[2]) : undefined;
  runInternetBench({ seconds }).then(
    (r) => process.stdout.write(`${formatInternetBench(r)}\n`),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
