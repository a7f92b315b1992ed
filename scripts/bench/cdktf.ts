/**
 * cdktf benchmarks (issue #4 §5):
 *   1. synth time of a generated stack of 1,000 resources (20 networks of 50: VPC, 40 VSwitches,
 *      a security group, 4 instances, 4 routes), validations included;
 *   2. `cdktf deploy` of a 50-resource stack of our resources against the sandbox, and of the same
 *      graph made of terraform_data, in the same run; prints the ratio.
 *
 *   npm run bench:cdktf        (BENCH_ASYNC_DELAY_MS sets the sandbox's async delay, default 0)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'cdktf';
import { startSandbox } from '../../mock-server/app';
import { deployStack, destroyStack, ensureProvider, failureSummary, runCdktf, stripAnsi } from '../cdktf';
import { addThousandStack } from './cdktf-app';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface CdktfBenchResult {
  asyncDelayMs: number;
  synthRunsMs: number[];
  synthResources: number;
  /** `cdktf synth` of the same stack through cdktf-cli (node + tsx start-up included). */
  cliSynthMs: number;
  alicloudDeployMs: number;
  terraformDataDeployMs: number;
  alicloudDestroyMs: number;
  terraformDataDestroyMs: number;
  ratio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Builds and synthesizes the 1,000-resource stack; returns [ms, resource count]. */
export function synthThousand(outdir: string): [number, number] {
  const started = process.hrtime.bigint();
  const app = new App({ outdir });
  addThousandStack(app);
  app.synth();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'thousand', 'cdk.tf.json'), 'utf8'));
  const count = Object.values<any>(json.resource).reduce((a, items) => a + Object.keys(items).length, 0);
  return [ms, count];
}

export async function runCdktfBench(asyncDelayMs = Number(process.env.BENCH_ASYNC_DELAY_MS ?? 0)): Promise<CdktfBenchResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-bench-'));
  try {
    const synthRunsMs: number[] = [];
    let synthResources = 0;
    for (let i = 0; i < 3; i++) {
      const [ms, count] = synthThousand(path.join(tmp, `synth${i}`));
      synthRunsMs.push(ms);
      synthResources = count;
    }

    // The same stack through `cdktf synth` (the CLI spawns the app with tsx).
    const synthProject = path.join(tmp, 'cli-synth');
    fs.mkdirSync(synthProject);
    const synthApp = `${process.execPath} ${require.resolve('tsx/cli')} ${path.join(REPO_ROOT, 'scripts', 'bench', 'cdktf-app.ts')}`;
    fs.writeFileSync(path.join(synthProject, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: synthApp, terraformProviders: [], output: 'cdktf.out', sendCrashReports: 'false' }));
    const cli = await runCdktf(['synth', '--no-color'], { cwd: synthProject, env: { BENCH_KIND: 'thousand' } });
    if (cli.code !== 0) throw new Error(`cdktf synth of the 1,000-resource stack failed:\n${failureSummary(cli.output, 40)}`);
    const cliSynthMs = cli.ms;

    await ensureProvider();
    const sandbox = await startSandbox({ port: 0, dataFile: path.join(tmp, 'sandbox.json'), asyncDelayMs, log: () => {} });
    try {
      const app = `${process.execPath} ${require.resolve('tsx/cli')} ${path.join(REPO_ROOT, 'scripts', 'bench', 'cdktf-app.ts')}`;
      const times: Record<string, { deploy: number; destroy: number }> = {};
      const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
      // Alternate the kinds over rounds and keep each kind's best, so warm-up and caches favour
      // neither side.
      for (let round = 0; round < rounds; round++) for (const kind of ['terraform_data', 'alicloud']) {
        const project = path.join(tmp, `${kind}-${round}`);
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'cdktf.json'), JSON.stringify({ language: 'typescript', app, terraformProviders: [], output: 'cdktf.out', sendCrashReports: 'false' }));
        const env = { BENCH_KIND: kind, BENCH_ENDPOINT: sandbox.url, BENCH_STATE: path.join(project, 'bench.tfstate') };
        const d = await deployStack('bench', { cwd: project, env });
        if (d.code !== 0) throw new Error(`cdktf deploy (${kind}) failed:\n${failureSummary(d.output, 40)}`);
        if (!/Resources: 50 added/.test(stripAnsi(d.output))) throw new Error(`cdktf deploy (${kind}) did not add 50 resources:\n${failureSummary(d.output, 40)}`);
        const x = await destroyStack('bench', { cwd: project, env });
        if (x.code !== 0) throw new Error(`cdktf destroy (${kind}) failed:\n${failureSummary(x.output, 40)}`);
        const prev = times[kind];
        times[kind] = { deploy: Math.min(prev?.deploy ?? Infinity, d.ms), destroy: Math.min(prev?.destroy ?? Infinity, x.ms) };
      }
      return {
        asyncDelayMs,
        synthRunsMs,
        synthResources,
        cliSynthMs,
        alicloudDeployMs: times.alicloud.deploy,
        terraformDataDeployMs: times.terraform_data.deploy,
        alicloudDestroyMs: times.alicloud.destroy,
        terraformDataDestroyMs: times.terraform_data.destroy,
        ratio: times.alicloud.deploy / times.terraform_data.deploy,
      };
    } finally {
      await sandbox.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function formatCdktfBench(r: CdktfBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    'cdktf benchmarks',
    `  synth of a ${r.synthResources}-resource stack (validations on): first ${s(r.synthRunsMs[0])}, median of ${r.synthRunsMs.length} ${s(median(r.synthRunsMs))}`,
    `  cdktf synth (cli, same stack, tsx app start-up included): ${s(r.cliSynthMs)}`,
    `  cdktf deploy, 50 resources, sandbox async delay ${r.asyncDelayMs} ms (best of ${process.env.BENCH_ROUNDS ?? 2} alternating rounds): alicloud ${s(r.alicloudDeployMs)} vs terraform_data ${s(r.terraformDataDeployMs)}: ratio ${r.ratio.toFixed(2)}`,
    `  cdktf destroy, 50 resources: alicloud ${s(r.alicloudDestroyMs)} vs terraform_data ${s(r.terraformDataDestroyMs)}`,
  ].join('\n');
}

if (require.main === module) {
  runCdktfBench().then(
    (r) => process.stdout.write(`${formatCdktfBench(r)}\n`),
    (err) => {
      process.stderr.write(`cdktf bench failed: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
