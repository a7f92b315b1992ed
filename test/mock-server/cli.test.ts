import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import request from 'supertest';
import { KEEP_ALIVE_TIMEOUT_MS, startSandbox } from '../../mock-server/app';
import { parseCli, UsageError } from '../../mock-server/cli';
import { assertErrorShape } from '../helpers/assertions';
import { ensureStopped, LISTENING, REPO_ROOT, runCli, startCli, type SandboxProcess } from '../helpers/process';
import { rpc } from '../helpers/rpc';

describe('cli', () => {
  describe('parseCli', () => {
    it('has the documented defaults', () => {
      assert.deepEqual(parseCli([], {}), { host: '127.0.0.1', port: 4590, dataFile: '.sandbox/db.json', accountsFile: undefined, asyncDelayMs: 300, admin: false, faultsFile: undefined });
    });

    it('reads every flag, in both --flag value and --flag=value forms', () => {
      assert.deepEqual(parseCli(['--host', '0.0.0.0', '--port=0', '--data', 'x.json', '--accounts=a.json', '--async-delay', '25', '--admin', '--faults', 'f.json'], {}), {
        host: '0.0.0.0', port: 0, dataFile: 'x.json', accountsFile: 'a.json', asyncDelayMs: 25, admin: true, faultsFile: 'f.json',
      });
    });

    it('reads the environment-variable equivalents, and lets flags win over them', () => {
      const env = { ALICLOUD_SANDBOX_HOST: '::1', ALICLOUD_SANDBOX_PORT: '1234', ALICLOUD_SANDBOX_DATA: 'e.json', ALICLOUD_SANDBOX_ACCOUNTS: 'acc.json', ALICLOUD_SANDBOX_ASYNC_DELAY: '0', ALICLOUD_SANDBOX_ADMIN: '1', ALICLOUD_SANDBOX_FAULTS: 'ef.json' };
      assert.deepEqual(parseCli([], env), { host: '::1', port: 1234, dataFile: 'e.json', accountsFile: 'acc.json', asyncDelayMs: 0, admin: true, faultsFile: 'ef.json' });
      assert.equal((parseCli(['--port', '99'], env) as any).port, 99);
      assert.equal((parseCli([], { ALICLOUD_SANDBOX_ADMIN: 'true' }) as any).admin, true);
      assert.equal((parseCli([], { ALICLOUD_SANDBOX_ADMIN: '0' }) as any).admin, false);
    });

    it('answers --help and -h', () => {
      assert.equal(parseCli(['--help'], {}), 'help');
      assert.equal(parseCli(['--port', '1', '-h'], {}), 'help');
    });

    const bad: Array<[string[], RegExp]> = [
      [['--nope'], /Unknown option "--nope"/],
      [['stray'], /Unknown option "stray"/],
      [['--port'], /--port needs a value/],
      [['--port', 'abc'], /--port must be an integer from 0 to 65535/],
      [['--port', '70000'], /--port must be an integer/],
      [['--port', '-1'], /--port must be an integer/],
      [['--async-delay', '1.5'], /--async-delay must be an integer/],
      [['--admin=yes'], /Option --admin takes no value/],
      [['--data', '--admin'], /--data needs a value/],
    ];
    for (const [argv, message] of bad) {
      it(`refuses ${argv.join(' ')} with a usage error`, () => {
        assert.throws(() => parseCli(argv, {}), (e: Error) => e instanceof UsageError && message.test(e.message));
      });
    }

    it('refuses a bad value from the environment too', () => {
      assert.throws(() => parseCli([], { ALICLOUD_SANDBOX_PORT: 'eighty' }), /--port must be an integer/);
    });
  });

  describe('the real process', () => {
    let dir: string;
    let proc: SandboxProcess | undefined;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'sandbox-cli-'));
    });
    afterEach(() => ensureStopped(proc));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('prints the usage with --help and exits 0', async () => {
      const r = await runCli(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: alicloud-sandbox start \[options\]\n\s+\(in a clone of the repo: npm start --silent -- \[options\]\)/);
      for (const flag of ['--host', '--port', '--data', '--accounts', '--async-delay', '--admin', 'ALICLOUD_SANDBOX_PORT', 'SANDBOXACCESSKEY']) assert.ok(r.stdout.includes(flag), flag);
    });

    it('exits 2 with a message on a bad flag, printing nothing on stdout', async () => {
      for (const args of [['--bogus'], ['--port', 'x']]) {
        const r = await runCli(args);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^alicloud-sandbox: /);
      }
    });

    it('exits 1 with a clear message when the state file is corrupt, leaving it untouched', async () => {
      const file = path.join(dir, 'corrupt.json');
      writeFileSync(file, '{ not json');
      const r = await runCli(['--port', '0', '--data', file]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /cannot start: The state file .*corrupt\.json is not valid JSON/);
      assert.equal(readFileSync(file, 'utf8'), '{ not json');
    });

    it('listens on a free port with --port 0 and prints exactly the listening line first', async () => {
      proc = await startCli(['--port', '0', '--data', ':memory:']);
      assert.equal(proc.firstLine, `alicloud-sandbox listening on http://127.0.0.1:${proc.port}`);
      assert.ok(proc.port > 0);
      const health = await request(proc.url).get('/health');
      assert.equal(health.status, 200);
    });

    it('takes its settings from the environment', async () => {
      const data = path.join(dir, 'env.json');
      proc = await startCli([], { ALICLOUD_SANDBOX_PORT: '0', ALICLOUD_SANDBOX_DATA: data, ALICLOUD_SANDBOX_ADMIN: '1', ALICLOUD_SANDBOX_ASYNC_DELAY: '0' });
      const r = await rpc(proc.url, 'vpc', 'SandboxExportState', { RegionId: undefined });
      assert.equal(r.status, 200, r.text);
      proc.child.kill('SIGTERM');
      assert.equal(await proc.exited, 0);
      assert.ok(existsSync(data), 'the state file was written on shutdown');
    });

    it('keeps the admin surface off unless asked', async () => {
      proc = await startCli(['--port', '0', '--data', ':memory:']);
      const r = await rpc(proc.url, 'vpc', 'SandboxExportState', { RegionId: undefined });
      assert.equal(r.status, 403);
      assertErrorShape(r.body, 'Forbidden.SandboxAdminDisabled');
    });

    it('loads extra accounts from --accounts', async () => {
      const f = path.join(dir, 'acc.json');
      writeFileSync(f, JSON.stringify([{ accessKeyId: 'CLIKEY', accessKeySecret: 'cli-secret' }]));
      proc = await startCli(['--port', '0', '--data', ':memory:', '--accounts', f]);
      const r = await rpc(proc.url, 'vpc', 'DescribeVpcs', {}, { creds: { accessKeyId: 'CLIKEY', accessKeySecret: 'cli-secret' } });
      assert.notEqual(r.body?.Code, 'InvalidAccessKeyId.NotFound', r.text);
    });

    it('applies --async-delay: a new VPC is Pending first, then Available', async function () {
      proc = await startCli(['--port', '0', '--data', ':memory:', '--async-delay', '1500']);
      const created = await rpc(proc.url, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' });
      assert.equal(created.status, 200, created.text);
      const first = await rpc(proc.url, 'vpc', 'DescribeVpcAttribute', { VpcId: created.body.VpcId });
      assert.equal(first.body.Status, 'Pending');
      await new Promise((r) => setTimeout(r, 1600));
      const later = await rpc(proc.url, 'vpc', 'DescribeVpcAttribute', { VpcId: created.body.VpcId });
      assert.equal(later.body.Status, 'Available');
    });
    it('stops, flushes and exits 0 on SIGINT too', async () => {
      const data = path.join(dir, 'sigint.json');
      proc = await startCli(['--port', '0', '--data', data]);
      const created = await rpc(proc.url, 'vpc', 'CreateVpc', { CidrBlock: '10.9.0.0/16' });
      assert.equal(created.status, 200, created.text);
      proc.child.kill('SIGINT');
      assert.equal(await proc.exited, 0);
      assert.match(proc.stderr(), /SIGINT: finishing in-flight requests and flushing state/);
      assert.ok(readFileSync(data, 'utf8').includes(created.body.VpcId), 'the VPC is in the flushed state file');
    });

    it('says the port is in use, naming it, and exits 1 when another server holds it; the first server keeps serving', async () => {
      proc = await startCli(['--port', '0', '--data', ':memory:']);
      const r = await runCli(['--port', String(proc.port), '--data', ':memory:']);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.includes(`port ${proc.port} is already in use on 127.0.0.1`), r.stderr);
      assert.match(r.stderr, /--port 0 picks a free one/);
      assert.doesNotMatch(r.stderr, /Cannot read properties/);
      assert.equal((await request(proc.url).get('/health')).status, 200);
    });
  });

  describe('started by npm', function () {
    this.timeout(60_000);
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'sandbox-npm-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    /** Spawns a command whose (grand)child prints the listening line; resolves with its URL. */
    function launch(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
      const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
      const listening = new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c) => {
          stdout += c;
          const first = stdout.split('\n')[0];
          if (stdout.includes('\n')) {
            const m = LISTENING.exec(first);
            if (m) resolve(m[1]);
            else reject(new Error(`first stdout line is ${JSON.stringify(first)}; stderr: ${stderr}`));
          }
        });
        void exited.then((code) => reject(new Error(`exited ${code} before listening; stderr: ${stderr}`)));
      });
      return { child, listening, exited, stderr: () => stderr };
    }

    async function portClosed(url: string, withinMs: number): Promise<boolean> {
      const { port } = new URL(url);
      for (const end = Date.now() + withinMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
        const open = await new Promise<boolean>((resolve) => {
          const s = net.connect(Number(port), '127.0.0.1', () => (s.destroy(), resolve(true)));
          s.on('error', () => resolve(false));
        });
        if (!open) return true;
      }
      return false;
    }

    it('npm start --silent prints the listening line first, and SIGTERM to npm stops the server and flushes its state', async () => {
      const data = path.join(dir, 'npm-start.json');
      const npm = launch('npm', ['start', '--silent', '--', '--port', '0', '--data', data]);
      const url = await npm.listening;
      const created = await rpc(url, 'vpc', 'CreateVpc', { CidrBlock: '10.7.0.0/16' });
      assert.equal(created.status, 200, created.text);
      npm.child.kill('SIGTERM');
      await npm.exited;
      assert.ok(await portClosed(url, 5000), 'nothing listens on the port any more');
      assert.ok(readFileSync(data, 'utf8').includes(created.body.VpcId), 'the VPC is in the flushed state file');
    });

    it('under an npm shell that goes away (npx), the server stops and flushes instead of lingering', async () => {
      const data = path.join(dir, 'npx.json');
      // What npx leaves: npm -> sh -c '<bin> start' -> node. Killing the shell orphans the node.
      const sh = launch('sh', ['-c', `"${process.execPath}" --import tsx mock-server/cli.ts --port 0 --data "${data}"; true`], { npm_command: 'exec' });
      const url = await sh.listening;
      const created = await rpc(url, 'vpc', 'CreateVpc', { CidrBlock: '10.8.0.0/16' });
      assert.equal(created.status, 200, created.text);
      sh.child.kill('SIGKILL');
      assert.ok(await portClosed(url, 5000), 'the orphaned server stopped');
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(readFileSync(data, 'utf8').includes(created.body.VpcId), 'the VPC is in the flushed state file');
    });
  });

  describe('keep-alive', function () {
    this.timeout(30_000);

    it('keeps an idle keep-alive connection open past 5 s (60 s or more), and still closes promptly', async () => {
      assert.ok(KEEP_ALIVE_TIMEOUT_MS >= 60_000);
      const sandbox = await startSandbox({ port: 0, log: () => {} });
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const get = () =>
        new Promise<{ port: number; reused: boolean }>((resolve, reject) => {
          const req = http.get(`${sandbox.url}/health`, { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve({ port: req.socket!.localPort!, reused: req.reusedSocket }));
          });
          req.on('error', reject);
        });
      try {
        const first = await get();
        let closedByServer = false;
        for (const sockets of Object.values(agent.freeSockets)) sockets?.forEach((s) => s.once('close', () => (closedByServer = true)));
        await new Promise((r) => setTimeout(r, 5500));
        assert.equal(closedByServer, false, 'the idle socket is still open after 5.5 s');
        const second = await get();
        assert.equal(second.reused, true);
        assert.equal(second.port, first.port, 'the same connection served both requests');
        // The connection is idle and open now: close() must not wait out the keep-alive timeout.
        const started = Date.now();
        await sandbox.close();
        assert.ok(Date.now() - started < 1000, `close took ${Date.now() - started} ms`);
      } finally {
        agent.destroy();
        await sandbox.close();
      }
    });
  });
});
