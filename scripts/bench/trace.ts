/**
 * SandboxTraceRoute benchmark (issue 11 §5): a trace across 50 VPCs peered in a chain, with 1,000
 * custom route entries in their tables, p50 and p99 over signed HTTP requests (goal: p99 < 10 ms).
 *
 *   npx tsx scripts/bench/trace.ts [traces]     (default 500)
 *
 * `runTraceBench()` is exported for `npm run bench`.
 *
 * The network is built through the API, as a user would: the quota is 10 VPCs per region, so the
 * chain runs through five regions (VPC i is 10.i.0.0/16, with a VSwitch 10.i.0.0/24), and each
 * link is a connected router-interface pair (cross-region where the chain changes region). Every
 * VPC's table holds 20 custom routes: the chain route (VPC 49's block → the interface towards the
 * next VPC) and 19 other /24s towards it, so 50 × 20 = 1,000. Each trace goes from the VSwitch of
 * VPC 0 to an address in VPC 49: 50 route tables and 98 router interfaces, delivered. The client
 * shares the process with the sandbox but sends one request at a time, so the figures are the
 * endpoint's latency, signing and JSON included.
 */
import { createHmac, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { DEFAULT_ACCOUNT } from '../../mock-server/accounts';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { traceRoute } from '../../mock-server/vpc/trace/trace';
import { World } from '../../mock-server/vpc/trace/world';
import { percentEncode } from '../../mock-server/wire/signature';

const CREDS = { id: 'SANDBOXACCESSKEY', secret: 'sandbox-secret' };
const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'cn-qingdao'];
const ZONES: Record<string, string> = { 'cn-hangzhou': 'cn-hangzhou-h', 'cn-shanghai': 'cn-shanghai-b', 'cn-beijing': 'cn-beijing-a', 'cn-shenzhen': 'cn-shenzhen-a', 'cn-qingdao': 'cn-qingdao-b' };
const VPCS = 50;
const ROUTES_PER_TABLE = 20;

export interface TraceBenchResult {
  vpcs: number;
  routeEntries: number;
  hops: number;
  result: string;
  traces: number;
  p50ms: number;
  p99ms: number;
  /** The walk alone, in process (no HTTP, signing or JSON): what the trace itself costs. */
  walkP50ms: number;
  walkP99ms: number;
  /** CPU time per walk (user + system): immune to the process being descheduled on a busy machine. */
  walkCpuP50ms: number;
  walkCpuP99ms: number;
  buildSeconds: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function call(url: string, action: string, params: Record<string, string | number>): Promise<any> {
  const all: Record<string, string> = {
    Action: action,
    Version: '2016-04-28',
    Format: 'JSON',
    AccessKeyId: CREDS.id,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    RegionId: 'cn-hangzhou',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  };
  const canonical = Object.keys(all).sort().map((k) => `${percentEncode(k)}=${percentEncode(all[k])}`).join('&');
  all.Signature = createHmac('sha1', `${CREDS.secret}&`).update(`POST&%2F&${percentEncode(canonical)}`).digest('base64');
  const body = Object.entries(all).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${action}: ${res.statusCode} ${text.slice(0, 300)}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function buildChain(url: string): Promise<{ sourceVSwitch: string; destination: string }> {
  const vpcs: Array<{ id: string; vrouter: string; table: string; region: string; vsw: string }> = [];
  for (let i = 0; i < VPCS; i++) {
    const region = REGIONS[Math.floor(i / 10)];
    const v = await call(url, 'CreateVpc', { RegionId: region, CidrBlock: `10.${i}.0.0/16` });
    const s = await call(url, 'CreateVSwitch', { RegionId: region, VpcId: v.VpcId, ZoneId: ZONES[region], CidrBlock: `10.${i}.0.0/24` });
    vpcs.push({ id: v.VpcId, vrouter: v.VRouterId, table: v.RouteTableId, region, vsw: s.VSwitchId });
  }
  for (let i = 0; i + 1 < VPCS; i++) {
    const a = vpcs[i];
    const b = vpcs[i + 1];
    const ri = await call(url, 'CreateRouterInterface', { RegionId: a.region, Role: 'InitiatingSide', RouterType: 'VRouter', RouterId: a.vrouter, OppositeRegionId: b.region, Spec: 'Large.1' });
    const ra = await call(url, 'CreateRouterInterface', { RegionId: b.region, Role: 'AcceptingSide', RouterType: 'VRouter', RouterId: b.vrouter, OppositeRegionId: a.region });
    await call(url, 'ModifyRouterInterfaceAttribute', { RegionId: a.region, RouterInterfaceId: ri.RouterInterfaceId, OppositeInterfaceId: ra.RouterInterfaceId, OppositeRouterId: b.vrouter });
    await call(url, 'ModifyRouterInterfaceAttribute', { RegionId: b.region, RouterInterfaceId: ra.RouterInterfaceId, OppositeInterfaceId: ri.RouterInterfaceId, OppositeRouterId: a.vrouter });
    await call(url, 'ConnectRouterInterface', { RegionId: a.region, RouterInterfaceId: ri.RouterInterfaceId });
    await call(url, 'CreateRouteEntry', { RegionId: a.region, RouteTableId: a.table, DestinationCidrBlock: `10.${VPCS - 1}.0.0/16`, NextHopType: 'RouterInterface', NextHopId: ri.RouterInterfaceId });
    for (let k = 1; k < ROUTES_PER_TABLE; k++) {
      await call(url, 'CreateRouteEntry', { RegionId: a.region, RouteTableId: a.table, DestinationCidrBlock: `172.${16 + (k % 16)}.${k}.0/24`, NextHopType: 'RouterInterface', NextHopId: ri.RouterInterfaceId });
    }
  }
  // The last VPC's table gets its 20 too (routes back, so the total is 50 × 20), none of them for VPC 49's own block.
  const last = vpcs[VPCS - 1];
  const back = await call(url, 'DescribeRouterInterfaces', { RegionId: last.region, 'Filter.1.Key': 'RouterId', 'Filter.1.Value.1': last.vrouter });
  const backRi = back.RouterInterfaceSet.RouterInterfaceType[0].RouterInterfaceId;
  for (let k = 0; k < ROUTES_PER_TABLE; k++) {
    await call(url, 'CreateRouteEntry', { RegionId: last.region, RouteTableId: last.table, DestinationCidrBlock: `192.168.${k}.0/24`, NextHopType: 'RouterInterface', NextHopId: backRi });
  }
  return { sourceVSwitch: vpcs[0].vsw, destination: `10.${VPCS - 1}.0.5` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function runTraceBench(traces = 500): Promise<TraceBenchResult> {
  const sandbox: Sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, log: () => {} });
  try {
    const t0 = Date.now();
    const { sourceVSwitch, destination } = await buildChain(sandbox.url);
    const buildSeconds = (Date.now() - t0) / 1000;
    const params = { RegionId: 'cn-hangzhou', SourceVSwitchId: sourceVSwitch, DestinationIp: destination };
    const first = await call(sandbox.url, 'SandboxTraceRoute', params);
    for (let i = 0; i < 20; i++) await call(sandbox.url, 'SandboxTraceRoute', params);
    const times: number[] = [];
    for (let i = 0; i < traces; i++) {
      const s = process.hrtime.bigint();
      await call(sandbox.url, 'SandboxTraceRoute', params);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    times.sort((a, b) => a - b);
    const walks: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < traces; i++) {
      const c = process.cpuUsage();
      const s = process.hrtime.bigint();
      const world = new World((region) => sandbox.store.read(DEFAULT_ACCOUNT.accountId, region, (tx) => tx));
      traceRoute(world, 'cn-hangzhou', { sourceVSwitchId: sourceVSwitch, destinationIp: destination });
      walks.push(Number(process.hrtime.bigint() - s) / 1e6);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    walks.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    return {
      vpcs: VPCS,
      routeEntries: VPCS * ROUTES_PER_TABLE,
      hops: first.Hops.Hop.length,
      result: first.Result,
      traces,
      p50ms: percentile(times, 50),
      p99ms: percentile(times, 99),
      walkP50ms: percentile(walks, 50),
      walkP99ms: percentile(walks, 99),
      walkCpuP50ms: percentile(cpu, 50),
      walkCpuP99ms: percentile(cpu, 99),
      buildSeconds,
    };
  } finally {
    agent.destroy();
    await sandbox.close();
  }
}

export function formatTraceBench(r: TraceBenchResult): string {
  return [
    `SandboxTraceRoute across ${r.vpcs} VPCs peered in a chain (5 regions), ${r.routeEntries} custom route entries: ${r.hops} hops, Result ${r.result}`,
    `  ${r.traces} signed HTTP traces: p50 ${r.p50ms.toFixed(2)} ms, p99 ${r.p99ms.toFixed(2)} ms (target p99 < 10 ms: ${r.p99ms < 10 ? 'met' : 'MISSED'}); network built in ${r.buildSeconds.toFixed(1)} s`,
    `  the walk alone, in process: p50 ${r.walkP50ms.toFixed(2)} ms, p99 ${r.walkP99ms.toFixed(2)} ms wall; CPU time p50 ${r.walkCpuP50ms.toFixed(2)} ms, p99 ${r.walkCpuP99ms.toFixed(2)} ms`,
  ].join('\n');
}

if (require.main === module) {
  runTraceBench(Number(process.argv[2] ?? 500))
    .then((r) => process.stdout.write(`${formatTraceBench(r)}\n`))
    .catch((err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`);
      process.exit(1);
    });
}
