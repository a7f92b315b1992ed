/**
 * Benchmark of the test helpers (alicloud-sandbox/testing), in the same run as what they replace:
 *
 *   (a) deploy() + destroy() of a 10-resource stack through the helper (synth in-process,
 *       terraform init/apply/destroy with the provider attached) against `cdktf deploy` +
 *       `cdktf destroy` of the same stack (the CLI synthesizes through the app, Terraform starts
 *       a provider process per command). Target: the helper takes at most 1/3 of the time.
 *   (b) a no-change plan() of 20 resources with the attached provider against the same
 *       `terraform plan` of 20 terraform_data resources. Target: at most 2×.
 *
 *   BENCH_HELPER_ROUNDS (default 2) alternating rounds for (a), best of each side;
 *   BENCH_PLAN_RUNS (default 5) alternating plans for (b), median of each side.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deploy, startSandbox } from '../../testing';
import { runTerraform, terraformCliEnv } from '../../testing/terraform-run';
import { deployStack, destroyStack, ensureProvider, failureSummary, stripAnsi } from '../cdktf';
import { helperBenchStack } from './testing-stacks';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface HelperBenchResult {
  rounds: number;
  helperDeployMs: number;
  helperDestroyMs: number;
  cdktfDeployMs: number;
  cdktfDestroyMs: number;
  /** (helper deploy + destroy) / (cdktf deploy + destroy) */
  deployRatio: number;
  planRuns: number;
  attachedPlanMs: number;
  terraformDataPlanMs: number;
  planRatio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - started) / 1e6, value];
}

export async function runHelperBench(log: (m: string) => void = () => undefined): Promise<HelperBenchResult> {
  const rounds = Number(process.env.BENCH_HELPER_ROUNDS ?? 2);
  const planRuns = Number(process.env.BENCH_PLAN_RUNS ?? 5);
  await ensureProvider(log);
  const sandbox = await startSandbox();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-helpers-'));
  try {
    // (a) deploy + destroy, 10 resources, alternating sides.
    const best = { hd: Infinity, hx: Infinity, cd: Infinity, cx: Infinity };
    const app = `${process.execPath} ${require.resolve('tsx/cli')} ${path.join(REPO_ROOT, 'scripts', 'bench', 'testing-stacks.ts')}`;
    for (let round = 0; round < rounds; round++) {
      log(`deploy/destroy round ${round + 1} of ${rounds}`);
      const [hd, d] = await timed(() => deploy(helperBenchStack(10), { endpoint: sandbox.endpoint }));
      if (d.state.resources.length !== 10) throw new Error(`deploy() created ${d.state.resources.length} resources, not 10`);
      const [hx] = await timed(() => d.destroy());
      const project = path.join(tmp, `cdktf-${round}`);
      fs.mkdirSync(project);
      fs.writeFileSync(path.join(project, 'cdktf.json'), JSON.stringify({ language: 'typescript', app, terraformProviders: [], output: 'cdktf.out', sendCrashReports: 'false' }));
      const env = { BENCH_ENDPOINT: sandbox.endpoint, BENCH_STATE: path.join(project, 'bench.tfstate'), BENCH_RESOURCES: '10' };
      const cd = await deployStack('helperbench', { cwd: project, env });
      if (cd.code !== 0 || !/Resources: 10 added/.test(stripAnsi(cd.output))) throw new Error(`cdktf deploy failed or did not add 10 resources:\n${failureSummary(cd.output, 30)}`);
      const cx = await destroyStack('helperbench', { cwd: project, env });
      if (cx.code !== 0) throw new Error(`cdktf destroy failed:\n${failureSummary(cx.output, 30)}`);
      best.hd = Math.min(best.hd, hd);
      best.hx = Math.min(best.hx, hx);
      best.cd = Math.min(best.cd, cd.ms);
      best.cx = Math.min(best.cx, cx.ms);
    }

    // (b) no-change plans of 20 resources: attached provider vs terraform_data, same command line.
    log('no-change plans of 20 resources');
    const deployment = await deploy(helperBenchStack(20), { endpoint: sandbox.endpoint });
    const builtin = path.join(tmp, 'terraform-data');
    fs.mkdirSync(builtin);
    const resource: Record<string, unknown> = {};
    for (let i = 0; i < 20; i++) resource[`d${i}`] = { input: `item-${i}` };
    fs.writeFileSync(path.join(builtin, 'main.tf.json'), JSON.stringify({ resource: { terraform_data: resource } }));
    const env = terraformCliEnv();
    for (const args of [['init', '-input=false'], ['apply', '-auto-approve', '-input=false']]) {
      const r = await runTerraform(builtin, args, env);
      if (r.code !== 0) throw new Error(`terraform ${args[0]} of terraform_data failed:\n${r.stderr}`);
    }
    const attached: number[] = [];
    const builtinMs: number[] = [];
    try {
      for (let i = 0; i < planRuns; i++) {
        const [ms, plan] = await timed(() => deployment.plan());
        if (!plan.empty) throw new Error(`the plan after deploy() is not empty: ${JSON.stringify(plan.changes)}`);
        attached.push(ms);
        const r = await runTerraform(builtin, ['plan', '-json', '-input=false', '-detailed-exitcode', '-lock=false'], env);
        if (r.code !== 0) throw new Error(`terraform plan of terraform_data exited ${r.code}:\n${r.stderr}`);
        builtinMs.push(r.ms);
      }
    } finally {
      await deployment.destroy();
    }
    const helper = best.hd + best.hx;
    const cdktf = best.cd + best.cx;
    return {
      rounds,
      helperDeployMs: best.hd,
      helperDestroyMs: best.hx,
      cdktfDeployMs: best.cd,
      cdktfDestroyMs: best.cx,
      deployRatio: helper / cdktf,
      planRuns,
      attachedPlanMs: median(attached),
      terraformDataPlanMs: median(builtinMs),
      planRatio: median(attached) / median(builtinMs),
    };
  } finally {
    await sandbox.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function formatHelperBench(r: HelperBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const helper = r.helperDeployMs + r.helperDestroyMs;
  const cdktf = r.cdktfDeployMs + r.cdktfDestroyMs;
  const lines = [
    'test helpers (alicloud-sandbox/testing), sandbox async delay 0 ms',
    `  (a) 10 resources, deploy + destroy (best of ${r.rounds} alternating rounds): helper ${s(helper)} (deploy ${s(r.helperDeployMs)}, destroy ${s(r.helperDestroyMs)}) vs cdktf ${s(cdktf)} (deploy ${s(r.cdktfDeployMs)}, destroy ${s(r.cdktfDestroyMs)}): ratio ${r.deployRatio.toFixed(2)} (target <= 0.33: ${r.deployRatio <= 1 / 3 ? 'met' : 'MISSED'})`,
    `      the helper saved ${s(cdktf - helper)} of cdktf's ${s(cdktf)} in this run (${(100 * (1 - r.deployRatio)).toFixed(0)}%)`,
    `  (b) no-change plan of 20 resources (median of ${r.planRuns}): attached alicloud ${s(r.attachedPlanMs)} vs terraform_data ${s(r.terraformDataPlanMs)}: ratio ${r.planRatio.toFixed(2)} (target <= 2: ${r.planRatio <= 2 ? 'met' : 'MISSED'})`,
    `      the provider's share of the plan in this run: ${(r.attachedPlanMs - r.terraformDataPlanMs).toFixed(0)} ms over terraform_data's, ${((r.attachedPlanMs - r.terraformDataPlanMs) / 20).toFixed(1)} ms per resource`,
  ];
  return lines.join('\n');
}

if (require.main === module) {
  runHelperBench((m) => process.stderr.write(`[bench] ${m}\n`)).then(
    (r) => process.stdout.write(`${formatHelperBench(r)}\n`),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
