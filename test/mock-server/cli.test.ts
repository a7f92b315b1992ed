import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { parseCli, UsageError } from '../../mock-server/cli';
import { assertErrorShape } from '../helpers/assertions';
import { ensureStopped, runCli, startCli, type SandboxProcess } from '../helpers/process';
import { rpc } from '../helpers/rpc';

describe('cli', () => {
  describe('parseCli', () => {
    it('has the documented defaults', () => {
      assert.deepEqual(parseCli([], {}), { host: '127.0.0.1', port: 4590, dataFile: '.sandbox/db.json', accountsFile: undefined, asyncDelayMs: 300, admin: false });
    });

    it('reads every flag, in both --flag value and --flag=value forms', () => {
      assert.deepEqual(parseCli(['--host', '0.0.0.0', '--port=0', '--data', 'x.json', '--accounts=a.json', '--async-delay', '25', '--admin'], {}), {
        host: '0.0.0.0', port: 0, dataFile: 'x.json', accountsFile: 'a.json', asyncDelayMs: 25, admin: true,
      });
    });

    it('reads the environment-variable equivalents, and lets flags win over them', () => {
      const env = { ALICLOUD_SANDBOX_HOST: '::1', ALICLOUD_SANDBOX_PORT: '1234', ALICLOUD_SANDBOX_DATA: 'e.json', ALICLOUD_SANDBOX_ACCOUNTS: 'acc.json', ALICLOUD_SANDBOX_ASYNC_DELAY: '0', ALICLOUD_SANDBOX_ADMIN: '1' };
      assert.deepEqual(parseCli([], env), { host: '::1', port: 1234, dataFile: 'e.json', accountsFile: 'acc.json', asyncDelayMs: 0, admin: true });
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
      assert.match(r.stdout, /^Usage: npm start -- \[options\]/);
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
  });
});
