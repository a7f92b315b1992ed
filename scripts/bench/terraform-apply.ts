/**
 * Benchmark: `terraform apply` of 20 core resources through our provider against the sandbox, and
 * then a `terraform plan` with no changes, each compared with the same number of Terraform's
 * built-in `terraform_data` resources in the same run. Target ratio: 2 or less.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startSandbox } from '../../mock-server/app';

const ROOT = path.resolve(__dirname, '../..');

function terraform(dir: string, args: string[], env: Record<string, string> = {}): number {
  const started = process.hrtime.bigint();
  const r = spawnSync('terraform', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: path.join(ROOT, 'terraform.rc'), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...env },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return ms;
}

/** 20 resources: 2 VPCs, 8 VSwitches, 2 security groups, 8 security group rules. */
export function coreResourcesConfig(endpoint: string): string {
  const lines = [
    `terraform {\n  required_providers {\n    alicloud = { source = "sandbox/alicloud" }\n  }\n}`,
    `provider "alicloud" {\n  endpoint = "${endpoint}"\n  region   = "cn-hangzhou"\n}`,
  ];
  for (let v = 0; v < 2; v++) {
    lines.push(`resource "alicloud_vpc" "v${v}" {\n  vpc_name   = "bench-${v}"\n  cidr_block = "10.${v}.0.0/16"\n}`);
    for (let s = 0; s < 4; s++) {
      lines.push(`resource "alicloud_vswitch" "v${v}s${s}" {\n  vpc_id     = alicloud_vpc.v${v}.id\n  cidr_block = "10.${v}.${s}.0/24"\n  zone_id    = "cn-hangzhou-${s % 2 === 0 ? 'h' : 'i'}"\n}`);
    }
    lines.push(`resource "alicloud_security_group" "g${v}" {\n  vpc_id = alicloud_vpc.v${v}.id\n  security_group_name = "bench-${v}"\n}`);
    for (let r = 0; r < 4; r++) {
      lines.push(`resource "alicloud_security_group_rule" "g${v}r${r}" {\n  security_group_id = alicloud_security_group.g${v}.id\n  type = "ingress"\n  ip_protocol = "tcp"\n  port_range = "${8000 + r}/${8000 + r}"\n  cidr_ip = "10.0.0.0/8"\n}`);
    }
  }
  return lines.join('\n\n') + '\n';
}

export function terraformDataConfig(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`resource "terraform_data" "d${i}" {\n  input = "item-${i}"\n}`);
  return lines.join('\n\n') + '\n';
}

export interface ApplyBenchResult {
  providerApplyMs: number;
  providerPlanMs: number;
  builtinApplyMs: number;
  builtinPlanMs: number;
  applyRatio: number;
  planRatio: number;
}

export async function runTerraformApplyBench(asyncDelayMs = 0): Promise<ApplyBenchResult> {
  const sandbox = await startSandbox({ port: 0, asyncDelayMs, log: () => {} });
  const ours = mkdtempSync(path.join(tmpdir(), 'bench-tf-ours-'));
  const builtin = mkdtempSync(path.join(tmpdir(), 'bench-tf-builtin-'));
  try {
    writeFileSync(path.join(ours, 'main.tf'), coreResourcesConfig(sandbox.url));
    writeFileSync(path.join(builtin, 'main.tf'), terraformDataConfig(20));
    terraform(ours, ['init', '-input=false']);
    terraform(builtin, ['init', '-input=false']);
    const builtinApplyMs = terraform(builtin, ['apply', '-auto-approve', '-input=false']);
    const builtinPlanMs = terraform(builtin, ['plan', '-detailed-exitcode', '-input=false']);
    const providerApplyMs = terraform(ours, ['apply', '-auto-approve', '-input=false']);
    const providerPlanMs = terraform(ours, ['plan', '-detailed-exitcode', '-input=false']);
    terraform(ours, ['destroy', '-auto-approve', '-input=false']);
    return {
      providerApplyMs,
      providerPlanMs,
      builtinApplyMs,
      builtinPlanMs,
      applyRatio: providerApplyMs / builtinApplyMs,
      planRatio: providerPlanMs / builtinPlanMs,
    };
  } finally {
    await sandbox.close();
    rmSync(ours, { recursive: true, force: true });
    rmSync(builtin, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runTerraformApplyBench().then((r) => {
    console.log(JSON.stringify(r, null, 2));
  });
}
