/**
 * cdktf benchmarks (issue #4 §5):
 *   1. synth time of a generated stack of 1,000 resources (20 networks of 50: VPC, 40 VSwitches,
 *      a security group, 4 instances, 4 routes), validations included;
 *   2. the deploy of a 50-resource stack of our resources against the sandbox, and of the same
 *      graph made of terraform_data, in the same run, split into the three steps `cdktf deploy`
 *      runs: synth (`cdktf synth`: the app under tsx), init (`terraform init` of the synthesized
 *      stack) and apply (`terraform apply`). Each step is timed to the command's real exit, and
 *      what was created is counted from the state file, not from captured output.
 *
 *   npm run bench:cdktf        (BENCH_ASYNC_DELAY_MS sets the sandbox's async delay, default 0)
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'cdktf';
import { startSandbox } from '../../mock-server/app';
import { cdktfEnv, ensureProvider, failureSummary, runCdktf } from '../cdktf';
import { addThousandStack } from './cdktf-app';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface CdktfBenchResult {
  asyncDelayMs: number;
  synthRunsMs: number[];
  synthResources: number;
  /** `cdktf synth` of the same stack through cdktf-cli (node + tsx start-up included). */
  cliSynthMs: number;
  /** Each side's deploy, step by step (best of the rounds per step), and its destroy. */
  deploy: Record<'alicloud' | 'terraform_data', DeploySteps>;
  /** alicloud total ÷ terraform_data total. */
  ratio: number;
}

export interface DeploySteps {
  synthMs: number;
  initMs: number;
  applyMs: number;
  totalMs: number;
  destroyMs: number;
  /** Managed resource instances in the state file after apply. */
  created: number;
}

/** Runs terraform to its real exit (not to a line of output) and returns code, output and time. */
function terraform(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', [...args, '-no-color', '-input=false'], { cwd, env: cdktfEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output, ms: Date.now() - started }));
  });
}

/** Managed resource instances recorded in a local state file (0 when there is none). */
function countInState(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const state = JSON.parse(fs.readFileSync(file, 'utf8'));
  return (state.resources ?? []).filter((r: any) => r.mode === 'managed').reduce((n: number, r: any) => n + r.instances.length, 0);
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
      const best: Partial<Record<'alicloud' | 'terraform_data', DeploySteps>> = {};
      const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
      // Alternate the kinds over rounds and keep each step's best, so warm-up and caches favour
      // neither side.
      for (let round = 0; round < rounds; round++) for (const kind of ['terraform_data', 'alicloud'] as const) {
        const project = path.join(tmp, `${kind}-${round}`);
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'cdktf.json'), JSON.stringify({ language: 'typescript', app, terraformProviders: [], output: 'cdktf.out', sendCrashReports: 'false' }));
        const state = path.join(project, 'bench.tfstate');
        const env = { BENCH_KIND: kind, BENCH_ENDPOINT: sandbox.url, BENCH_STATE: state };
        const synth = await runCdktf(['synth', '--no-color'], { cwd: project, env });
        if (synth.code !== 0) throw new Error(`cdktf synth (${kind}) failed:\n${failureSummary(synth.output, 40)}`);
        const stackDir = path.join(project, 'cdktf.out', 'stacks', 'bench');
        const init = await terraform(['init'], stackDir, env);
        if (init.code !== 0) throw new Error(`terraform init (${kind}) failed:\n${failureSummary(init.output, 40)}`);
        const apply = await terraform(['apply', '-auto-approve'], stackDir, env);
        if (apply.code !== 0) throw new Error(`terraform apply (${kind}) failed:\n${failureSummary(apply.output, 40)}`);
        const created = countInState(state);
        if (created !== 50) throw new Error(`the ${kind} deploy recorded ${created} resources in its state file, not 50`);
        const destroy = await terraform(['destroy', '-auto-approve'], stackDir, env);
        if (destroy.code !== 0) throw new Error(`terraform destroy (${kind}) failed:\n${failureSummary(destroy.output, 40)}`);
        if (countInState(state) !== 0) throw new Error(`the ${kind} destroy left ${countInState(state)} resources in its state file`);
        const prev = best[kind];
        const min = (a: number | undefined, b: number) => Math.min(a ?? Infinity, b);
        const steps = { synthMs: min(prev?.synthMs, synth.ms), initMs: min(prev?.initMs, init.ms), applyMs: min(prev?.applyMs, apply.ms), destroyMs: min(prev?.destroyMs, destroy.ms), created };
        best[kind] = { ...steps, totalMs: steps.synthMs + steps.initMs + steps.applyMs };
      }
      const deploy = best as Record<'alicloud' | 'terraform_data', DeploySteps>;
      return {
        asyncDelayMs,
        synthRunsMs,
        synthResources,
        cliSynthMs,
        deploy,
        ratio: deploy.alicloud.totalMs / deploy.terraform_data.totalMs,
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
    `  deploy of 50 resources as cdktf deploy runs it, sandbox async delay ${r.asyncDelayMs} ms (best of ${process.env.BENCH_ROUNDS ?? 2} alternating rounds per step; counted from the state file):`,
    ...(['alicloud', 'terraform_data'] as const).map((k) => {
      const d = r.deploy[k];
      return `    ${k.padEnd(15)} synth ${s(d.synthMs)} + init ${s(d.initMs)} + apply ${s(d.applyMs)} = ${s(d.totalMs)}; ${d.created} created; destroy ${s(d.destroyMs)}`;
    }),
    `  ratio alicloud ÷ terraform_data: ${r.ratio.toFixed(2)} (apply alone: ${(r.deploy.alicloud.applyMs / r.deploy.terraform_data.applyMs).toFixed(2)})`,
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
