/**
 * `npm run bench`: one run of every benchmark, each printed with its target and whether it was met.
 *
 *   1. the sandbox endpoint: throughput and latency at 100 and 10,000 resources (mock-server.ts),
 *      and DescribeInstances/RunInstances at 100 and 10,000 instances in ONE account and region
 *      (instances-at-scale.ts);
 *   2. provider start-up: exec to handshake line, median and p90 (provider-startup.ts);
 *   3. `terraform apply` of 20 resources and an empty `terraform plan`, against terraform_data
 *      (terraform-apply.ts), at async delay 0 and the sandbox's default 300 ms;
 *   4. cdktf: synth of 1,000 resources and `cdktf deploy` of 50 against terraform_data (cdktf.ts);
 *   5. the Internet actions: CreateForwardEntry at 90 entries, DescribeEipAddresses at 1,000 EIPs
 *      (internet.ts), and SandboxTraceRoute across 50 peered VPCs and 1,000 routes (trace.ts);
 *   6. the test helpers: deploy()+destroy() against cdktf deploy+destroy, and an attached plan()
 *      against terraform_data (testing-helpers.ts).
 *
 * `BENCH_SECONDS` sets seconds per endpoint phase; `BENCH_ASYNC_DELAYS` the delays of part 3;
 * `BENCH_SKIP_TERRAFORM=1`, `BENCH_SKIP_CDKTF=1` and `BENCH_SKIP_HELPERS=1` skip the slow parts. A part that fails is
 * reported and the run exits non-zero, but the other parts still run.
 */
import { formatCdktfBench, runCdktfBench } from './cdktf';
import { formatInstanceScaleBench, runInstanceScaleBench } from './instances-at-scale';
import { formatInternetBench, runInternetBench } from './internet';
import { formatMockServerBench, runMockServerBench } from './mock-server';
import { measureProviderStartup } from './provider-startup';
import { formatTerraformApplyBench, runTerraformApplyBench } from './terraform-apply';
import { formatTraceBench, runTraceBench } from './trace';
import { formatHelperBench, runHelperBench } from './testing-helpers';

async function part(title: string, run: () => Promise<string>): Promise<void> {
  process.stderr.write(`[bench] ${title} ...\n`);
  const started = Date.now();
  try {
    process.stdout.write(`\n${await run()}\n`);
  } catch (err) {
    process.stdout.write(`\n${title} failed: ${(err as Error).message.split('\n').slice(0, 8).join('\n')}\n`);
    process.exitCode = 1;
  }
  process.stderr.write(`[bench] ${title} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

async function main(): Promise<void> {
  await part('sandbox endpoint', async () => formatMockServerBench(await runMockServerBench({ log: (m) => process.stderr.write(`[bench]   ${m}\n`) })));
  await part('instances at scale in one account and region', async () => formatInstanceScaleBench(await runInstanceScaleBench({ log: (m) => process.stderr.write(`[bench]   ${m}\n`) })));
  await part('Internet actions (DNAT at 90 entries, EIPs at 1,000)', async () => formatInternetBench(await runInternetBench({ log: (m) => process.stderr.write(`[bench]   ${m}\n`) })));
  await part('SandboxTraceRoute across 50 peered VPCs and 1,000 routes', async () => formatTraceBench(await runTraceBench()));

  await part('provider start-up', async () => {
    const s = await measureProviderStartup(Number(process.env.BENCH_PROVIDER_RUNS ?? 20));
    return `Provider start-up, exec to handshake line with mTLS (${s.runs} runs): median ${s.median.toFixed(0)} ms, p90 ${s.p90.toFixed(0)} ms, min ${s.min.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (target median <= 400 ms: ${s.median <= 400 ? 'met' : 'MISSED'})`;
  });

  if (!process.env.BENCH_SKIP_TERRAFORM) {
    for (const delay of (process.env.BENCH_ASYNC_DELAYS ?? '0,300').split(',').map(Number)) {
      await part(`terraform apply/plan at async delay ${delay} ms`, async () => formatTerraformApplyBench(await runTerraformApplyBench(delay)));
    }
  }

  if (!process.env.BENCH_SKIP_CDKTF) {
    await part('cdktf synth and deploy', async () => formatCdktfBench(await runCdktfBench()));
  }

  if (!process.env.BENCH_SKIP_HELPERS) {
    await part('test helpers', async () => formatHelperBench(await runHelperBench((m) => process.stderr.write(`[bench]   ${m}\n`))));
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
