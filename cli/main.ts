/**
 * The `alicloud-sandbox` command (the package's bin):
 *
 *   alicloud-sandbox start [--port --host --data --accounts --async-delay --admin --faults]
 *   alicloud-sandbox env [--endpoint URL] [--shell sh|fish|powershell]
 *   alicloud-sandbox terraform …     alicloud-sandbox cdktf …
 *   alicloud-sandbox inventory [--endpoint URL] [--region ID]
 *
 * Exit codes: 0 done, 1 failed (e.g. no sandbox at the endpoint), 2 usage error; the terraform and
 * cdktf commands exit with the tool's own code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFlags, runStart, START_HELP, UsageError } from '../mock-server/cli';
import { DEFAULT_REGION, otherRegionsHolding, readInventory, renderInventory, sandboxClient } from './inventory';
import { foreignLockNotice } from './lock-file';
import { ignoredCredentialsNotice, realCredentialsIn } from './real-credentials';
import { runTool, type Tool } from './run-tool';
import { checkSandbox, howToStart } from './sandbox-health';
import { renderExports, SHELLS, type Shell } from './shell-exports';
import { DEFAULT_ENDPOINT, packageRoot, providerStartScript, terraformEnv } from './terraform-env';

export const MAIN_HELP = `Usage: alicloud-sandbox <command> [options]

A local Alibaba Cloud VPC/ECS endpoint with a Terraform provider and cdktf bindings for it.

Commands:
  start        serve the sandbox endpoint (first stdout line: "alicloud-sandbox listening on URL")
  env          print the exports that point plain terraform/cdktf at the sandbox:
                 eval "$(npx alicloud-sandbox env)"
  terraform    run your terraform with that environment, e.g. alicloud-sandbox terraform apply
  cdktf        run your project's cdktf with that environment, e.g. alicloud-sandbox cdktf deploy
  inventory    print what a running sandbox holds (VPCs, VSwitches, routes, instances, groups, ENIs, NAT, EIPs)

Run alicloud-sandbox <command> --help for a command's options. --version prints the version.`;

export const ENV_HELP = `Usage: alicloud-sandbox env [--endpoint URL] [--shell sh|fish|powershell]

Prints the environment that makes plain terraform and cdktf deploy/destroy/diff use the sandbox's
provider (from this package's filesystem mirror; other providers install as usual) and endpoint,
offline, in any directory:

  sh, bash, zsh:   eval "$(npx alicloud-sandbox env)"
  fish:            npx alicloud-sandbox env --shell fish | source
  PowerShell:      npx alicloud-sandbox env --shell powershell | Invoke-Expression

Variables: TF_CLI_CONFIG_FILE, TF_CLI_ARGS_providers_lock, ALICLOUD_SANDBOX_ENDPOINT,
CHECKPOINT_DISABLE, ALICLOUD_SANDBOX_NODE (the node the provider runs on). Real Alibaba Cloud
credentials set in the environment (ALICLOUD_ACCESS_KEY, ALIBABA_CLOUD_ACCESS_KEY_ID, …) get
unset lines, named on stderr; sandbox accounts use ALICLOUD_SANDBOX_ACCESS_KEY/_SECRET_KEY.

Options:
  --endpoint URL   the sandbox endpoint (default $ALICLOUD_SANDBOX_ENDPOINT, else ${DEFAULT_ENDPOINT})
  --shell NAME     sh (default; also bash, zsh, dash, ksh), fish or powershell
  --help           show this help`;

const toolHelp = (tool: Tool) => `Usage: alicloud-sandbox ${tool} [--endpoint URL] [--] <${tool} arguments>

Runs ${tool === 'cdktf' ? "your project's cdktf (node_modules/.bin/cdktf here or above)" : 'the terraform on your PATH'} with the environment of
\`alicloud-sandbox env\`; arguments, output and exit code pass through unchanged. Commands that
talk to the sandbox (${tool === 'cdktf' ? 'deploy, destroy, diff' : 'plan, apply, destroy, refresh, import'}) first check that it answers.
Real Alibaba Cloud credentials in the environment are not passed on (named on stderr).${
  tool === 'terraform'
    ? `
A .terraform.lock.hcl that locks the real provider is replaced by a sandbox copy
(.terraform/alicloud-sandbox/) for the run and put back unchanged afterwards.`
    : ''
}

Options (before the ${tool} arguments):
  --endpoint URL   the sandbox endpoint (default $ALICLOUD_SANDBOX_ENDPOINT, else ${DEFAULT_ENDPOINT})
  --help           show this help, then ${tool}'s own`;

export const INVENTORY_HELP = `Usage: alicloud-sandbox inventory [--endpoint URL] [--region ID]

Prints what a running sandbox holds in one region as tables: VPCs, VSwitches, route tables, custom
routes, instances, security groups, network interfaces, NAT gateways, NAT IPs and EIPs; then names
the other regions that hold resources (a provider block without a region deploys to cn-beijing).

Options:
  --endpoint URL   the sandbox endpoint (default $ALICLOUD_SANDBOX_ENDPOINT, else ${DEFAULT_ENDPOINT})
  --region ID      the region to list (default $ALICLOUD_REGION, else ${DEFAULT_REGION})
  --help           show this help`;

function version(): string {
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}

function envCommand(argv: string[]): number {
  const flags = parseFlags(argv, { endpoint: { type: 'string' }, shell: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (flags.help) {
    process.stdout.write(`${ENV_HELP}\n`);
    return 0;
  }
  // bash, zsh, dash and ksh read the same export lines as sh.
  const shell = (['bash', 'zsh', 'dash', 'ksh'].includes(flags.shell ?? '') ? 'sh' : (flags.shell ?? 'sh')) as Shell;
  if (!SHELLS.includes(shell)) throw new UsageError(`--shell must be one of ${SHELLS.join(', ')}, got "${flags.shell}".`);
  if (flags.endpoint !== undefined) endpointFlag(flags.endpoint);
  const env = terraformEnv({ endpoint: flags.endpoint });
  if (!fs.existsSync(providerStartScript())) {
    process.stderr.write(`alicloud-sandbox: warning: the provider bundle ${providerStartScript()} is missing; in a clone, run npm run build:provider.\n`);
  }
  const ignored = realCredentialsIn(process.env);
  if (ignored.length) process.stderr.write(ignoredCredentialsNotice(ignored, 'unset'));
  const lockWarning = foreignLockNotice();
  if (lockWarning) process.stderr.write(lockWarning);
  process.stdout.write(renderExports(env, shell, ignored));
  return 0;
}

function endpointFlag(value: string): string {
  if (!/^https?:\/\/[^/\s]+\/?$/.test(value)) throw new UsageError(`--endpoint must be an http(s)://HOST:PORT URL, got "${value}".`);
  return value.replace(/\/$/, '');
}

async function toolCommand(tool: Tool, argv: string[]): Promise<number> {
  let endpoint: string | undefined;
  let rest = argv;
  if (rest[0] === '--endpoint' || rest[0]?.startsWith('--endpoint=')) {
    const value = rest[0] === '--endpoint' ? rest[1] : rest[0].slice('--endpoint='.length);
    if (value === undefined) throw new UsageError('Option --endpoint needs a value.');
    endpoint = endpointFlag(value);
    rest = rest.slice(rest[0] === '--endpoint' ? 2 : 1);
  }
  if (rest[0] === '--') rest = rest.slice(1);
  const env = terraformEnv({ endpoint });
  if (rest[0] === '--help' || rest[0] === '-h') {
    process.stdout.write(`${toolHelp(tool)}\n\n`);
    return runTool(tool, ['--help'], env);
  }
  return runTool(tool, rest, env);
}

async function inventoryCommand(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, { endpoint: { type: 'string' }, region: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (flags.help) {
    process.stdout.write(`${INVENTORY_HELP}\n`);
    return 0;
  }
  const endpoint = flags.endpoint !== undefined ? endpointFlag(flags.endpoint) : process.env.ALICLOUD_SANDBOX_ENDPOINT || DEFAULT_ENDPOINT;
  const problem = await checkSandbox(endpoint);
  if (problem) {
    process.stderr.write(`alicloud-sandbox: ${problem}\n${howToStart(endpoint)}\n`);
    return 1;
  }
  const region = flags.region ?? process.env.ALICLOUD_REGION ?? DEFAULT_REGION;
  const client = sandboxClient(endpoint, region);
  const [inv, others] = await Promise.all([readInventory(client), otherRegionsHolding(endpoint, region)]);
  // A stack whose provider block names no region lands in cn-beijing (the real provider's
  // fallback), not in this command's default region: say where else things are.
  const elsewhere = others.length ? `\nOther regions holding resources: ${others.join(', ')} (show one with --region ${others[0]}).\n` : '';
  process.stdout.write(`Sandbox at ${endpoint}, region ${region}:\n\n${renderInventory(inv)}${elsewhere}`);
  return 0;
}

/** Runs one command line; resolves with the exit code, or undefined when `start` keeps serving. */
export async function main(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        await runStart(rest);
        return undefined;
      case 'env':
        return envCommand(rest);
      case 'terraform':
      case 'cdktf':
        return await toolCommand(command, rest);
      case 'inventory':
        return await inventoryCommand(rest);
      case undefined:
        process.stderr.write(`${MAIN_HELP}\n`);
        return 2;
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${MAIN_HELP}\n`);
        return 0;
      case '--version':
      case '-v':
        process.stdout.write(`${version()}\n`);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}". Commands: start, env, terraform, cdktf, inventory (see --help).`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`alicloud-sandbox: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`alicloud-sandbox: ${(err as Error).message ?? err}\n`);
    return 1;
  }
}

export function run(argv = process.argv.slice(2)): void {
  // Exit explicitly: keep-alive sockets of the inventory's HTTP client would otherwise hold the
  // process open for a few seconds after the work is done.
  void main(argv).then((code) => {
    if (code !== undefined) process.exit(code);
  });
}

if (require.main === module) run();
