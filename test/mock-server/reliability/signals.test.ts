/**
 * On SIGINT or SIGTERM the sandbox finishes in-flight requests, flushes the store and exits 0.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_ACCOUNT } from '../../../mock-server/accounts';
import { ensureStopped, startCli, type SandboxProcess } from '../../helpers/process';
import { VERSIONS, rpc, signV1, toQuery } from '../../helpers/rpc';

/** Sends a signed POST whose body arrives in two parts; resolves the response once `finish` is called. */
function slowRequest(url: string, params: Record<string, string>): { started: Promise<void>; finish: () => void; response: Promise<{ status: number; body: any }> } {
  const body = Buffer.from(toQuery(signV1('POST', params)));
  const half = Math.floor(body.length / 2);
  let finish!: () => void;
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = http.request(`${url}/`, { method: 'POST', agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.write(body.subarray(0, half), () => started());
    finish = () => req.end(body.subarray(half));
  });
  return { started: startedP, finish, response };
}

describe('reliability: shutting down on SIGINT and SIGTERM', function () {
  this.timeout(30_000);
  let dir: string;
  let proc: SandboxProcess | undefined;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-signals-'));
  });
  afterEach(() => ensureStopped(proc));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`finishes an in-flight request, flushes the state file and exits 0 on ${signal}`, async () => {
      const file = path.join(dir, `${signal}.json`);
      proc = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
      const created: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await rpc(proc.url, 'vpc', 'CreateVpc', { CidrBlock: `10.${i}.0.0/16` });
        assert.equal(r.status, 200, r.text);
        created.push(r.body.VpcId);
      }
      // A create whose body is only half sent when the signal arrives.
      const slow = slowRequest(proc.url, { Action: 'CreateVpc', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou', CidrBlock: '192.168.0.0/16', VpcName: 'in-flight' });
      await slow.started;
      await new Promise((r) => setTimeout(r, 300)); // let the server accept the connection and read the first half
      proc.child.kill(signal);
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(proc.child.exitCode, null, 'the process must wait for the in-flight request');
      slow.finish();
      const res = await slow.response;
      assert.equal(res.status, 200, JSON.stringify(res.body));
      created.push(res.body.VpcId);
      const code = await Promise.race([proc.exited, new Promise((r) => setTimeout(() => r('timeout'), 10_000))]);
      assert.equal(code, 0, `exit ${code}; stderr: ${proc.stderr()}`);
      assert.match(proc.stderr(), new RegExp(`${signal}: finishing in-flight requests and flushing state`));

      // Flushed: the snapshot holds everything and the journal is empty.
      const state = JSON.parse(readFileSync(file, 'utf8'));
      const vpcs = state.accounts[DEFAULT_ACCOUNT.accountId]['cn-hangzhou'].vpcs;
      for (const id of created) assert.ok(vpcs[id], `${id} is in the flushed state file`);
      assert.equal(readFileSync(`${file}.journal`, 'utf8'), '');
    });
  }

  it('refuses new connections once shutting down but still exits 0', async () => {
    const file = path.join(dir, 'refuse.json');
    proc = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    const slow = slowRequest(proc.url, { Action: 'DescribeVpcs', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou' });
    await slow.started;
    await new Promise((r) => setTimeout(r, 300));
    proc.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await assert.rejects(rpc(proc.url, 'vpc', 'DescribeVpcs', {}), /ECONNREFUSED|ECONNRESET|socket hang up/);
    slow.finish();
    assert.equal((await slow.response).status, 200);
    assert.equal(await proc.exited, 0);
  });

  it('exits promptly after an in-flight request on a keep-alive connection finishes, without waiting out keep-alive', async () => {
    proc = await startCli(['--port', '0', '--data', path.join(dir, 'ka-inflight.json'), '--async-delay', '0']);
    const agent = new http.Agent({ keepAlive: true });
    const body = Buffer.from(toQuery(signV1('POST', { Action: 'DescribeVpcs', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou' })));
    let status = 0;
    const req = http.request(`${proc.url}/`, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) } }, (res) => {
      status = res.statusCode!;
      res.resume();
    });
    req.on('error', () => {});
    req.write(body.subarray(0, 10));
    await new Promise((r) => setTimeout(r, 300));
    proc.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    req.end(body.subarray(10));
    assert.equal(await proc.exited, 0);
    assert.equal(status, 200);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms to exit (keep-alive timeout is 5 s)`);
    agent.destroy();
  });

  it('exits 0 promptly on SIGTERM even with an idle keep-alive connection open', async () => {
    const file = path.join(dir, 'keepalive.json');
    proc = await startCli(['--port', '0', '--data', file, '--async-delay', '0']);
    const agent = new http.Agent({ keepAlive: true });
    const body = toQuery(signV1('POST', { Action: 'DescribeVpcs', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou' }));
    await new Promise<void>((resolve, reject) => {
      const req = http.request(`${proc!.url}/`, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end(body);
    });
    const t0 = Date.now();
    proc.child.kill('SIGTERM');
    assert.equal(await proc.exited, 0);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
    agent.destroy();
  });
});
