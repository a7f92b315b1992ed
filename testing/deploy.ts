/**
 * `deploy(stack, { endpoint })` applies a cdktf TerraformStack with the real Terraform CLI:
 *
 *   1. synth the stack (validations included) into a fresh temporary directory, with the
 *      provider's `endpoint` filled in and any backend dropped, so state is local to that directory;
 *   2. `terraform init`, with the CLI config and plugin cache the helpers share across tests;
 *   3. `terraform apply`, with the sandbox/alicloud provider served from this process and attached
 *      through TF_REATTACH_PROVIDERS, so no provider process starts for any command.
 *
 * It returns the outputs and state, `plan()` (is a fresh plan empty? for "no drift after apply"),
 * and `destroy()`. A failing command raises a TerraformError with Terraform's diagnostics.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing, type TerraformStack } from 'cdktf';
import { checkSandbox } from '../cli/sandbox-health';
import { DEFAULT_ENDPOINT } from '../cli/terraform-env';
import type { InProcessProvider } from '../provider/serve-in-process';
import { attachedProvider, stopAttachedProvider } from './attached-provider';
import { TerraformError, diagnosticsOf, runTerraform, terraformCliEnv, type TerraformDiagnostic, type TerraformRun } from './terraform-run';

export interface DeployOptions {
  /**
   * The sandbox endpoint (TestSandbox.endpoint). Set on every `alicloud` provider block that does
   * not set its own endpoint. @default the provider's own default (ALICLOUD_SANDBOX_ENDPOINT, then http://127.0.0.1:4590)
   */
  readonly endpoint?: string;
  /**
   * When apply fails, destroy what it created before raising the error, so a failed test leaves
   * the sandbox as it found it. @default true
   */
  readonly destroyOnFailure?: boolean;
  /** Keep the temporary working directory after destroy(), e.g. to look at the plan files. @default false */
  readonly keepWorkingDirectory?: boolean;
}

export interface PlannedChange {
  /** e.g. alicloud_vswitch.app_vsw_1A2B3C4D */
  address: string;
  /** Terraform's action: create, update, delete, replace, read, … */
  action: string;
}

export interface PlanResult {
  /** True when Terraform found nothing to change (`plan -detailed-exitcode` exited 0). */
  empty: boolean;
  /** The resource changes the plan would make (planned_change messages). */
  changes: PlannedChange[];
  /** Differences between state and the sandbox that refresh found (resource_drift messages). */
  drift: PlannedChange[];
}

export interface Deployment {
  /** Output values by Terraform output name (cdktf's TerraformOutput ids for outputs of the stack itself). */
  readonly outputs: Record<string, unknown>;
  /** terraform.tfstate after apply, parsed. */
  readonly state: TerraformStateFile;
  /** The temporary directory holding main.tf.json and the state. */
  readonly workingDirectory: string;
  /** Runs a fresh `terraform plan` (with refresh) against the deployed state. */
  plan(): Promise<PlanResult>;
  /** `terraform destroy`, then removes the working directory. Calling it again does nothing. */
  destroy(): Promise<void>;
}

export interface TerraformStateFile {
  version: number;
  serial: number;
  outputs: Record<string, { value: unknown; type: unknown; sensitive?: boolean }>;
  resources: Array<{ mode: string; type: string; name: string; provider: string; instances: Array<{ attributes: Record<string, any>; index_key?: unknown }> }>;
  [key: string]: unknown;
}

const PROVIDER_TYPE = 'alicloud';

/** The stack's Terraform JSON, ready for the sandbox: endpoint filled in, no backend. */
export function synthForSandbox(stack: TerraformStack, endpoint: string | undefined): any {
  // Testing.synth runs aspects and the stack's validations (throwing on errors), as `cdktf synth` does.
  const config = JSON.parse(Testing.synth(stack, true));
  // State belongs in the temporary directory, whatever backend the stack uses elsewhere.
  if (config.terraform) delete config.terraform.backend;
  if (endpoint !== undefined) {
    const blocks = config.provider?.[PROVIDER_TYPE];
    const list: any[] = Array.isArray(blocks) ? blocks : blocks ? [blocks] : [];
    for (const block of list) if (block.endpoint === undefined) block.endpoint = endpoint;
  }
  return config;
}

/**
 * The endpoints the stack's `alicloud` provider blocks will call, where known at synth time: a
 * literal `endpoint`, or the provider's default for a block without one. Token endpoints are skipped.
 */
function sandboxEndpointsOf(config: any): string[] {
  const blocks = config.provider?.[PROVIDER_TYPE];
  const list: any[] = Array.isArray(blocks) ? blocks : blocks ? [blocks] : [];
  const endpoints = list.map((b) => (b.endpoint === undefined ? process.env.ALICLOUD_SANDBOX_ENDPOINT || DEFAULT_ENDPOINT : b.endpoint));
  return [...new Set(endpoints.filter((e): e is string => typeof e === 'string' && !e.includes('${')))];
}

/**
 * Fails at once, naming the endpoint and how to get a sandbox, when nothing answers there: the
 * provider would otherwise retry the first API call with backoff for its whole operation timeout
 * (about 15 s) before Terraform reports a connection error.
 */
async function requireSandbox(config: any): Promise<void> {
  for (const endpoint of sandboxEndpointsOf(config)) {
    const problem = await checkSandbox(endpoint);
    if (problem) {
      throw new Error(
        `deploy(): ${problem} Start one in the test with \`const sandbox = await startSandbox()\` and pass ` +
          `\`deploy(stack, { endpoint: sandbox.endpoint })\`, or run \`npx alicloud-sandbox start\` beside the tests.`,
      );
    }
  }
}

let liveDeployments = 0;

async function acquireProvider(): Promise<InProcessProvider> {
  liveDeployments++;
  try {
    return await attachedProvider();
  } catch (err) {
    liveDeployments--;
    throw err;
  }
}

/** The provider server stops with the last live deployment, so nothing keeps the test process alive. */
async function releaseProvider(): Promise<void> {
  liveDeployments--;
  if (liveDeployments === 0) await stopAttachedProvider();
}

function terraform(dir: string, provider: InProcessProvider, command: string, args: string[]): Promise<TerraformRun> {
  return runTerraform(dir, [command, ...args], { ...terraformCliEnv(), TF_REATTACH_PROVIDERS: provider.reattachEnv });
}

function check(run: TerraformRun, command: string, dir: string, okCodes: number[] = [0]): TerraformRun {
  if (!okCodes.includes(run.code)) throw new TerraformError(command, run.code, diagnosticsOf(run), dir, `${run.stdout}\n${run.stderr}`);
  return run;
}

function readState(dir: string): TerraformStateFile {
  const file = path.join(dir, 'terraform.tfstate');
  if (!fs.existsSync(file)) return { version: 4, serial: 0, outputs: {}, resources: [] };
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function changesOf(run: TerraformRun, type: string): PlannedChange[] {
  return run.messages
    .filter((m) => m.type === type && m.change?.resource?.addr)
    .map((m) => ({ address: String(m.change.resource.addr), action: String(m.change.action) }));
}

export async function deploy(stack: TerraformStack, options: DeployOptions = {}): Promise<Deployment> {
  const config = synthForSandbox(stack, options.endpoint);
  await requireSandbox(config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-sandbox-deploy-'));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config, null, 2));
  const provider = await acquireProvider();
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await releaseProvider();
  };

  const destroyRun = async () => check(await terraform(dir, provider, 'destroy', ['-json', '-auto-approve', '-input=false']), 'destroy', dir);
  // The directory stays only while it holds state worth looking at (or when asked to keep it).
  let keep = options.keepWorkingDirectory ?? false;
  try {
    check(await terraform(dir, provider, 'init', ['-json', '-input=false', '-backend=true']), 'init', dir);
    const apply = await terraform(dir, provider, 'apply', ['-json', '-auto-approve', '-input=false']);
    if (apply.code !== 0) {
      const error = new TerraformError('apply', apply.code, diagnosticsOf(apply), dir, `${apply.stdout}\n${apply.stderr}`);
      if (options.destroyOnFailure ?? true) {
        try {
          await destroyRun();
        } catch (cleanup) {
          keep = true;
          error.message += `\nDestroying what apply created failed too; the state is in ${dir}:\n${(cleanup as Error).message}`;
        }
      } else {
        keep = true;
        error.message += `\nWhat apply created is still there; the state is in ${dir}.`;
      }
      throw error;
    }
  } catch (err) {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    await release();
    throw err;
  }

  const state = readState(dir);
  const outputs: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(state.outputs ?? {})) outputs[name] = o.value;
  let destroyed: Promise<void> | undefined;
  return {
    outputs,
    state,
    workingDirectory: dir,
    async plan() {
      if (released) throw new Error(`plan() was called after destroy(); the deployment in ${dir} is gone.`);
      const run = check(await terraform(dir, provider, 'plan', ['-json', '-input=false', '-detailed-exitcode', '-lock=false']), 'plan', dir, [0, 2]);
      return { empty: run.code === 0, changes: changesOf(run, 'planned_change'), drift: changesOf(run, 'resource_drift') };
    },
    destroy() {
      destroyed ??= (async () => {
        try {
          await destroyRun();
          if (!options.keepWorkingDirectory) fs.rmSync(dir, { recursive: true, force: true });
        } finally {
          await release();
        }
      })();
      return destroyed;
    },
  };
}
