/**
 * The `alicloud-sandbox` command (cli/main.ts), run as a real process: help, usage errors, `env`,
 * `inventory`, and the terraform/cdktf pass-throughs.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { isEmpty, readInventory, sandboxClient } from '../../cli/inventory';
import { findCdktf } from '../../cli/run-tool';
import { terraformEnv } from '../../cli/terraform-env';
import { ensureProviderBuilt } from '../helpers/terraform';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(REPO_ROOT, 'cli', 'main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `alicloud-sandbox <args>` from the sources (tsx by absolute path: cwd may be anywhere), without the outer shell's sandbox settings. */
function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('ALICLOUD_SANDBOX_')) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), MAIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env: { ...env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** An endpoint where nothing listens. */
const DEAD = 'http://127.0.0.1:1';

describe('alicloud-sandbox (cli/main.ts)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-cli-main-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('help and usage errors', () => {
    it('lists every command with --help and exits 0; with no command it prints the same on stderr and exits 2', async () => {
      const help = await cli(['--help']);
      assert.equal(help.code, 0);
      for (const c of ['start', 'env', 'terraform', 'cdktf', 'inventory', 'eval "$(npx alicloud-sandbox env)"']) assert.ok(help.stdout.includes(c), c);
      const none = await cli([]);
      assert.equal(none.code, 2);
      assert.equal(none.stdout, '');
      assert.match(none.stderr, /^Usage: alicloud-sandbox <command>/);
    });

    for (const [command, expected] of [
      ['start', /--port PORT[\s\S]*--async-delay MS[\s\S]*--admin/],
      ['env', /--endpoint URL[\s\S]*--shell NAME/],
      ['inventory', /--endpoint URL[\s\S]*--region ID/],
    ] as const) {
      it(`answers ${command} --help with its options, exit 0`, async () => {
        const r = await cli([command, '--help']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^Usage: alicloud-sandbox ${command}`));
        assert.match(r.stdout, expected);
      });
    }

    it('answers terraform --help with the wrapper usage followed by terraform\'s own help', async () => {
      const r = await cli(['terraform', '--help']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Usage: alicloud-sandbox terraform/);
      assert.match(r.stdout, /Usage: terraform \[global options\]/);
    });

    for (const args of [['start', '--prot', '1'], ['env', '--shel', 'sh'], ['inventory', '--verbose'], ['env', 'stray']]) {
      it(`refuses ${args.join(' ')}: exit 2, naming the flag, nothing on stdout`, async () => {
        const r = await cli(args);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.ok(r.stderr.includes(`Unknown option "${args[1]}"`), r.stderr);
      });
    }

    it('refuses an unknown command and an unknown shell by name', async () => {
      const cmd = await cli(['deploy']);
      assert.equal(cmd.code, 2);
      assert.match(cmd.stderr, /Unknown command "deploy"/);
      const shell = await cli(['env', '--shell', 'tcsh']);
      assert.equal(shell.code, 2);
      assert.match(shell.stderr, /--shell must be one of sh, fish, powershell, got "tcsh"/);
      const endpoint = await cli(['env', '--endpoint', 'localhost:4590']);
      assert.equal(endpoint.code, 2);
      assert.match(endpoint.stderr, /--endpoint must be an http\(s\):\/\/HOST:PORT URL, got "localhost:4590"/);
    });
  });

  describe('env', () => {
    it('prints sh exports of terraformEnv() by default, which a shell can evaluate', async () => {
      const r = await cli(['env', '--endpoint', 'http://127.0.0.1:4777']);
      assert.equal(r.code, 0, r.stderr);
      const expected = terraformEnv({ endpoint: 'http://127.0.0.1:4777' });
      assert.deepEqual(
        r.stdout.trim().split('\n'),
        Object.entries(expected).map(([k, v]) => `export ${k}=${v}`),
      );
      // What `eval "$(alicloud-sandbox env)"` leaves in a real shell.
      const sh = await new Promise<string>((resolve) => {
        const child = spawn('sh', ['-c', `${r.stdout}\nprintf '%s|%s' "$TF_CLI_CONFIG_FILE" "$ALICLOUD_SANDBOX_ENDPOINT"`], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (c) => (out += c));
        child.on('close', () => resolve(out));
      });
      assert.equal(sh, `${expected.TF_CLI_CONFIG_FILE}|http://127.0.0.1:4777`);
    });

    it('takes the endpoint from ALICLOUD_SANDBOX_ENDPOINT when no flag is given', async () => {
      const r = await cli(['env'], { env: { ALICLOUD_SANDBOX_ENDPOINT: 'http://127.0.0.1:4888' } });
      assert.match(r.stdout, /^export ALICLOUD_SANDBOX_ENDPOINT=http:\/\/127\.0\.0\.1:4888$/m);
    });

    it('speaks fish and PowerShell when asked', async () => {
      const fish = await cli(['env', '--shell', 'fish']);
      assert.match(fish.stdout, /^set -gx TF_CLI_CONFIG_FILE \S+;$/m);
      assert.match(fish.stdout, /^set -gx CHECKPOINT_DISABLE 1;$/m);
      const ps = await cli(['env', '--shell=powershell']);
      assert.match(ps.stdout, /^\$env:TF_CLI_CONFIG_FILE = '.+'$/m);
      assert.match(ps.stdout, /^\$env:ALICLOUD_SANDBOX_ENDPOINT = 'http:\/\/127\.0\.0\.1:4590'$/m);
    });

    it('takes bash and zsh as names for the sh output', async () => {
      const sh = await cli(['env']);
      for (const name of ['bash', 'zsh']) {
        const r = await cli(['env', '--shell', name]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, sh.stdout);
      }
    });
  });

  describe('inventory', () => {
    let sandbox: Sandbox;
    before(async () => {
      sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, log: () => {} });
    });
    after(() => sandbox.close());

    it('prints the tables of what the sandbox holds', async () => {
      const client = sandboxClient(sandbox.url);
      const vpc = await client.call('vpc', 'CreateVpc', { CidrBlock: '10.42.0.0/16', VpcName: 'inventoried' });
      const r = await cli(['inventory', '--endpoint', sandbox.url]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^Sandbox at ${sandbox.url}, region cn-hangzhou:`));
      assert.match(r.stdout, /^VPCs \(1\)$/m);
      assert.match(r.stdout, new RegExp(`${vpc.VpcId}\\s+inventoried\\s+10\\.42\\.0\\.0/16`));
      assert.match(r.stdout, /^VSwitches: none$/m);
    });

    it('lists another region with --region', async () => {
      const r = await cli(['inventory', '--endpoint', sandbox.url, '--region', 'cn-beijing']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /region cn-beijing:\n\nVPCs: none/);
    });

    it('lists ENIs, a VPC NAT gateway with its NAT IPs, and EIPs, which count against isEmpty', async () => {
      const client = sandboxClient(sandbox.url);
      const { VpcId } = await client.call('vpc', 'CreateVpc', { CidrBlock: '172.16.0.0/12' });
      const { VSwitchId } = await client.call('vpc', 'CreateVSwitch', { VpcId, CidrBlock: '172.16.0.0/21', ZoneId: 'cn-hangzhou-h' });
      const { SecurityGroupId } = await client.call('ecs', 'CreateSecurityGroup', { VpcId });
      const eni = await client.call('ecs', 'CreateNetworkInterface', { VSwitchId, SecurityGroupId, NetworkInterfaceName: 'second-nic', PrimaryIpAddress: '172.16.1.10' });
      const nat = await client.call('vpc', 'CreateNatGateway', { VpcId, VSwitchId, NatType: 'Enhanced', NetworkType: 'intranet', Name: 'vpc-nat' });
      await client.call('vpc', 'CreateNatIpCidr', { NatGatewayId: nat.NatGatewayId, NatIpCidr: '192.168.0.0/16', NatIpCidrName: 'pool' });
      const ip = await client.call('vpc', 'CreateNatIp', { NatGatewayId: nat.NatGatewayId, NatIpCidr: '192.168.0.0/16', NatIp: '192.168.0.37', NatIpName: 'dnat' });
      const eip = await client.call('vpc', 'AllocateEipAddress', {});
      const inv = await readInventory(client);
      assert.equal(isEmpty(inv), false);
      // A VPC NAT gateway also holds its default NAT IP, taken from its VSwitch.
      assert.deepEqual(inv.natIps.map((n) => n.ip).sort(), ['172.16.0.1', '192.168.0.37']);
      const r = await cli(['inventory', '--endpoint', sandbox.url]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`${eni.NetworkInterfaceId}\\s+second-nic\\s+Secondary\\s+\\S+\\s+172\\.16\\.1\\.10\\s+${VSwitchId}`));
      assert.match(r.stdout, new RegExp(`${nat.NatGatewayId}\\s+vpc-nat\\s+intranet\\s+\\S+\\s+${VpcId}\\s+${VSwitchId}`));
      assert.match(r.stdout, new RegExp(`${ip.NatIpId}\\s+192\\.168\\.0\\.37\\s+192\\.168\\.0\\.0/16`));
      assert.match(r.stdout, new RegExp(`${eip.AllocationId}\\s+${eip.EipAddress.replace(/\./g, '\\.')}`));
      assert.doesNotMatch(r.stdout, /Other regions/);
    });

    it('names the other regions that hold resources, where a stack without a region lands', async () => {
      // Everything so far is in cn-hangzhou; cn-beijing is the provider's fallback region.
      const r = await cli(['inventory', '--endpoint', sandbox.url, '--region', 'cn-beijing']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Other regions holding resources: cn-hangzhou \(show one with --region cn-hangzhou\)\.$/m);
      assert.equal(isEmpty(await readInventory(sandboxClient(sandbox.url, 'cn-beijing'))), true);
    });

    it('names the endpoint and how to start a sandbox when none answers, exit 1', async () => {
      const r = await cli(['inventory', '--endpoint', DEAD]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /No sandbox answers at http:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)/);
      assert.match(r.stderr, /npx alicloud-sandbox start --port 1/);
    });
  });

  describe('terraform and cdktf', () => {
    before(() => ensureProviderBuilt());

    it('runs terraform with the sandbox environment, passing output and exit codes through', async () => {
      const work = path.join(dir, 'tf');
      fs.mkdirSync(work);
      fs.writeFileSync(path.join(work, 'main.tf'), 'terraform {\n  required_providers {\n    alicloud = { source = "sandbox/alicloud" }\n  }\n}\n');
      const init = await cli(['terraform', 'init', '-no-color'], { cwd: work });
      assert.equal(init.code, 0, init.stderr);
      assert.match(init.stdout, /Installing sandbox\/alicloud v0\.1\.0/);
      fs.writeFileSync(path.join(work, 'bad.tf'), 'resource "alicloud_vpc" "v" {\n  no_such_argument = 1\n}\n');
      const invalid = await cli(['terraform', 'validate', '-no-color'], { cwd: work });
      assert.equal(invalid.code, 1);
      assert.match(invalid.stderr, /Unsupported argument/);
    });

    it('checks the sandbox before a command that needs it, naming the endpoint', async () => {
      const r = await cli(['terraform', '--endpoint', DEAD, 'plan'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /No sandbox answers at http:\/\/127\.0\.0\.1:1/);
      assert.match(r.stderr, /alicloud-sandbox start --port 1/);
    });

    it("runs the project's own cdktf with the arguments, environment and exit code passed through", async () => {
      const project = path.join(dir, 'project');
      const bin = path.join(project, 'node_modules', '.bin');
      fs.mkdirSync(path.join(project, 'sub'), { recursive: true });
      fs.mkdirSync(bin, { recursive: true });
      fs.writeFileSync(
        path.join(bin, 'cdktf'),
        '#!/bin/sh\necho "args:$*"\necho "endpoint:$ALICLOUD_SANDBOX_ENDPOINT"\necho "config:$TF_CLI_CONFIG_FILE"\nexit 3\n',
        { mode: 0o755 },
      );
      assert.equal(findCdktf(path.join(project, 'sub'))?.command, path.join(bin, 'cdktf'));
      const r = await cli(['cdktf', '--endpoint', 'http://127.0.0.1:4999', 'synth', '--output', 'x y'], { cwd: path.join(project, 'sub') });
      assert.equal(r.code, 3);
      assert.match(r.stdout, /^args:synth --output x y$/m);
      assert.match(r.stdout, /^endpoint:http:\/\/127\.0\.0\.1:4999$/m);
      assert.match(r.stdout, new RegExp(`^config:${terraformEnv().TF_CLI_CONFIG_FILE}$`, 'm'));
    });

    it('exits as a shell would when the tool is killed by a signal: 128 + its number (SIGPIPE gives 141)', async () => {
      const project = path.join(dir, 'signalled');
      const bin = path.join(project, 'node_modules', '.bin');
      fs.mkdirSync(bin, { recursive: true });
      // What `alicloud-sandbox terraform --help | head -1` does to the tool: it dies of SIGPIPE.
      fs.writeFileSync(path.join(bin, 'cdktf'), '#!/bin/sh\nkill -PIPE $$\n', { mode: 0o755 });
      const piped = await cli(['cdktf', 'synth'], { cwd: project });
      assert.equal(piped.code, 141, piped.stderr);
      fs.writeFileSync(path.join(bin, 'cdktf'), '#!/bin/sh\nkill -USR1 $$\n', { mode: 0o755 });
      const usr1 = await cli(['cdktf', 'synth'], { cwd: project });
      assert.equal(usr1.code, 128 + os.constants.signals.SIGUSR1, usr1.stderr);
    });

    it('falls back to the cdktf installed beside the package when the project has none', () => {
      const found = findCdktf(os.tmpdir());
      assert.ok(found, 'this repo has cdktf-cli as a devDependency');
      assert.equal(found.command, process.execPath);
      assert.match(found.args[0], /cdktf-cli[/\\]bundle[/\\]bin[/\\]cdktf$/);
    });
  });
});
