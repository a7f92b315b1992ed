/**
 * Running the Terraform CLI for the test helpers: its environment (CLI config, plugin cache),
 * and its `-json` diagnostics turned into a TerraformError.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { terraformEnv } from '../cli/terraform-env';

/** Where the helpers keep what outlives one test: the CLI config and the plugin cache. */
export const CACHE_DIR = path.join(os.tmpdir(), 'alicloud-sandbox-testing');
export const PLUGIN_CACHE_DIR = path.join(CACHE_DIR, 'plugin-cache');

/**
 * The environment every Terraform command of the helpers gets: cli/terraform-env.ts's (the CLI
 * config naming the package's provider mirror, so Terraform never reads the machine's own
 * TF_CLI_CONFIG_FILE) plus a plugin cache shared by every test, so other providers a stack uses
 * are unpacked once. The sandbox provider itself is attached and never installed by `init`.
 */
export function terraformCliEnv(endpoint?: string): Record<string, string> {
  fs.mkdirSync(PLUGIN_CACHE_DIR, { recursive: true });
  return {
    ...terraformEnv(endpoint ? { endpoint } : {}),
    TF_PLUGIN_CACHE_DIR: PLUGIN_CACHE_DIR,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
  };
}

export interface TerraformDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  /** The resource instance the diagnostic is about, e.g. alicloud_vswitch.a, when Terraform says. */
  address?: string;
  /** Where in the synthesized configuration, when Terraform says. */
  range?: { filename: string; start: { line: number; column: number } };
}

/** A failed Terraform command, with Terraform's own diagnostics. */
export class TerraformError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly diagnostics: TerraformDiagnostic[],
    readonly workingDirectory: string,
    readonly output: string,
  ) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const shown = (errors.length ? errors : diagnostics).map((d) => `  - ${d.summary}${d.address ? ` (${d.address})` : ''}${d.detail ? `: ${d.detail.replace(/\s*\n\s*/g, ' ')}` : ''}`);
    super(
      `terraform ${command} failed (exit ${exitCode})` +
        (shown.length ? `:\n${shown.join('\n')}` : `; its output ends:\n${output.trim().split('\n').slice(-15).join('\n')}`),
    );
    this.name = 'TerraformError';
  }
}

export interface TerraformRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The `-json` UI messages on stdout (lines that are not JSON are skipped). */
  messages: any[];
  ms: number;
}

/** Runs terraform asynchronously: the sandbox and the provider live in this process, so a synchronous spawn would block them. */
export function runTerraform(dir: string, args: string[], env: Record<string, string>): Promise<TerraformRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => reject(new Error(`could not start terraform (is Terraform 1.5 or later on PATH?): ${err.message}`)));
    child.on('close', (code, signal) => {
      const messages: any[] = [];
      for (const line of stdout.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          messages.push(JSON.parse(line));
        } catch {
          /* not a JSON UI line */
        }
      }
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, messages, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    });
  });
}

/**
 * The diagnostics of a run: from the `-json` UI messages when there are any, else from the
 * human-readable "Error: <summary>" blocks on stderr (errors Terraform reports before its JSON UI
 * starts, such as a broken CLI config).
 */
export function diagnosticsOf(run: Pick<TerraformRun, 'messages' | 'stderr'>): TerraformDiagnostic[] {
  const out: TerraformDiagnostic[] = [];
  for (const m of run.messages) {
    // `terraform init -json` reports some failures as plain error-level log lines.
    const d = m.type === 'diagnostic' ? m.diagnostic : m['@level'] === 'error' && m.type === 'log' ? { severity: 'error', summary: m['@message'], detail: '' } : undefined;
    if (!d) continue;
    out.push({
      severity: d.severity === 'warning' ? 'warning' : 'error',
      summary: String(d.summary ?? ''),
      detail: String(d.detail ?? ''),
      ...(d.address ? { address: String(d.address) } : {}),
      ...(d.range ? { range: { filename: d.range.filename, start: { line: d.range.start.line, column: d.range.start.column } } } : {}),
    });
  }
  if (out.some((d) => d.severity === 'error')) return out;
  // eslint-disable-next-line no-control-regex
  const text = run.stderr.replace(/\u001b\[[0-9;]*m/g, '').replace(/^[│╷╵]\s?/gm, '');
  const blocks = text.split(/^(?=(?:Error|Warning): )/m).filter((b) => /^(Error|Warning): /.test(b));
  for (const b of blocks) {
    const [first, ...rest] = b.trim().split('\n');
    const severity = first.startsWith('Warning') ? 'warning' : 'error';
    const detail = rest.join('\n').replace(/^\s*with (\S+),\s*$/m, '').trim();
    const address = /^\s*with ([^,\s]+),/m.exec(b)?.[1];
    out.push({ severity, summary: first.replace(/^(Error|Warning): /, ''), detail, ...(address ? { address } : {}) });
  }
  return out;
}
