/**
 * One sandbox process per state file, tested with real processes: a second sandbox on the same
 * --data file refuses to start (naming the file and the PID holding it) and leaves the first one's
 * data alone; a lock left by a killed process is taken over.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureStopped, runCli, startCli, type SandboxProcess } from '../../helpers/process';
import { rpc } from '../../helpers/rpc';

describe('store: one sandbox process per state file', function () {
  this.timeout(60_000);
  let dir: string;
  let first: SandboxProcess | undefined;
  let third: SandboxProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-lock-'));
  });
  afterEach(async () => {
    await ensureStopped(first);
    await ensureStopped(third);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second sandbox on the same --data file, naming the file and the PID, and exits non-zero', async () => {
    const file = path.join(dir, 'db.json');
    first = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    const vpc = await rpc(first.url, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16', VpcName: 'owned-by-first' });
    assert.equal(vpc.status, 200, vpc.text);

    const second = await runCli(['--port', '0', '--data', file, '--async-delay', '0']);
    assert.equal(second.code, 1, second.stderr);
    assert.ok(second.stderr.includes(file), `the error names the file: ${second.stderr}`);
    assert.match(second.stderr, new RegExp(`PID ${first.child.pid}\\b`), `the error names the PID holding it: ${second.stderr}`);
    assert.equal(second.stdout, '', 'the second sandbox never listened');

    // The refused process wrote nothing: the first one's data survives its own shutdown and a restart.
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.equal(existsSync(`${file}.lock`), false, 'a clean shutdown releases the lock');
    assert.match(readFileSync(file, 'utf8'), /owned-by-first/);
    third = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    const attr = await rpc(third.url, 'vpc', 'DescribeVpcAttribute', { VpcId: vpc.body.VpcId });
    assert.equal(attr.status, 200, attr.text);
  });

  it('takes over the lock of a sandbox that was killed with -9', async () => {
    const file = path.join(dir, 'db.json');
    first = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    const vpc = await rpc(first.url, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' });
    assert.equal(vpc.status, 200, vpc.text);
    const pid = first.child.pid;
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    assert.ok(existsSync(`${file}.lock`), 'the killed process left its lock behind');
    assert.match(readFileSync(`${file}.lock`, 'utf8'), new RegExp(`"pid":${pid}\\b`));

    third = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    // stderr is a separate pipe from the listening line: give it a moment.
    for (let i = 0; i < 50 && !/stale lock/.test(third.stderr()); i++) await new Promise((r) => setTimeout(r, 20));
    assert.match(third.stderr(), new RegExp(`stale lock of PID ${pid}`));
    const attr = await rpc(third.url, 'vpc', 'DescribeVpcAttribute', { VpcId: vpc.body.VpcId });
    assert.equal(attr.status, 200, attr.text);
    assert.match(readFileSync(`${file}.lock`, 'utf8'), new RegExp(`"pid":${third.child.pid}\\b`), 'the lock now names the new process');
  });
});
