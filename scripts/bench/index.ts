/**
 * `npm run bench`: the sandbox endpoint benchmark (issue #2 §7) and, when the provider is in the
 * tree, its start-up benchmark, then the terraform apply/plan (terraform-apply.ts) and cdktf
 * (cdktf.ts) benchmarks. Prints tables and ratios; `BENCH_SECONDS` sets seconds per phase.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { formatMockServerBench, runMockServerBench } from './mock-server';

async function main(): Promise<void> {
  const mock = await runMockServerBench();
  process.stdout.write(`${formatMockServerBench(mock)}\n`);

  // The provider engineer's start-up benchmark, if present.
  const providerBench = path.join(__dirname, 'provider-startup.ts');
  if (existsSync(providerBench)) {
    try {
      const mod = (await import(providerBench)) as { measureProviderStartup?: (runs: number) => Promise<{ median: number; p90: number; min: number; max: number; runs: number }> };
      if (typeof mod.measureProviderStartup === 'function') {
        const runs = Number(process.env.BENCH_PROVIDER_RUNS ?? 20);
        const s = await mod.measureProviderStartup(runs);
        process.stdout.write(`\nProvider start-up (${s.runs} runs): median ${s.median.toFixed(0)} ms, p90 ${s.p90.toFixed(0)} ms, min ${s.min.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (target: median ≤ 400 ms)\n`);
      }
    } catch (err) {
      process.stdout.write(`\nProvider start-up benchmark skipped: ${(err as Error).message.split('\n')[0]}\n`);
    }
  }

  // terraform apply/plan of 20 resources vs terraform_data (issue #3 §4), at async delay 0 and the
  // sandbox's default 300 ms. BENCH_ASYNC_DELAYS overrides the list; BENCH_SKIP_TERRAFORM=1 skips.
  if (!process.env.BENCH_SKIP_TERRAFORM && existsSync(path.join(__dirname, 'terraform-apply.ts'))) {
    try {
      const tf = (await import(path.join(__dirname, 'terraform-apply.ts'))) as typeof import('./terraform-apply');
      for (const delay of (process.env.BENCH_ASYNC_DELAYS ?? '0,300').split(',').map(Number)) {
        process.stdout.write(`\n${tf.formatTerraformApplyBench(await tf.runTerraformApplyBench(delay))}\n`);
      }
    } catch (err) {
      process.stdout.write(`\nterraform apply benchmark failed: ${(err as Error).message.split('\n').slice(0, 8).join('\n')}\n`);
      process.exitCode = 1;
    }
  }

  // cdktf synth of 1,000 resources and cdktf deploy of 50 vs terraform_data (issue #4 §5).
  // BENCH_SKIP_CDKTF=1 skips.
  if (!process.env.BENCH_SKIP_CDKTF && existsSync(path.join(__dirname, 'cdktf.ts'))) {
    try {
      const cd = (await import(path.join(__dirname, 'cdktf.ts'))) as typeof import('./cdktf');
      process.stdout.write(`\n${cd.formatCdktfBench(await cd.runCdktfBench())}\n`);
    } catch (err) {
      process.stdout.write(`\ncdktf benchmark failed: ${(err as Error).message.split('\n').slice(0, 8).join('\n')}\n`);
      process.exitCode = 1;
    }
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
