/**
 * alicloud-sandbox/testing startSandbox(): the endpoint inside the test process, as users' own
 * suites start it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox, type TestSandbox } from '../../testing';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const RPCClient = require('@alicloud/pop-core');

function vpcClient(s: TestSandbox) {
  return new RPCClient({ endpoint: s.endpoint, apiVersion: '2016-04-28', accessKeyId: s.accessKeyId, accessKeySecret: s.accessKeySecret });
}

async function vpcCount(s: TestSandbox): Promise<number> {
  const r = await vpcClient(s).request('DescribeVpcs', { RegionId: 'cn-hangzhou' }, { method: 'POST' });
  return r.TotalCount;
}

async function createVpc(s: TestSandbox, cidr = '10.0.0.0/16'): Promise<string> {
  const r = await vpcClient(s).request('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: cidr }, { method: 'POST' });
  return r.VpcId;
}

describe('testing: startSandbox()', () => {
  const started: TestSandbox[] = [];
  const start = async (...args: Parameters<typeof startSandbox>) => {
    const s = await startSandbox(...args);
    started.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
  });

  it('listens on a free local port and answers signed API calls with the credentials it returns', async () => {
    const s = await start();
    assert.match(s.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(Number(new URL(s.endpoint).port) > 0);
    assert.equal(await vpcCount(s), 0);
    await createVpc(s);
    assert.equal(await vpcCount(s), 1);
  });

  it('refuses calls signed with another secret, so the returned credentials are the ones that matter', async () => {
    const s = await start();
    const wrong = new RPCClient({ endpoint: s.endpoint, apiVersion: '2016-04-28', accessKeyId: s.accessKeyId, accessKeySecret: 'not-the-secret' });
    let code: string | undefined;
    try {
      await wrong.request('DescribeVpcs', { RegionId: 'cn-hangzhou' }, { method: 'POST' });
    } catch (err) {
      code = (err as { code?: string }).code;
    }
    assert.equal(code, 'SignatureDoesNotMatch');
  });

  it('gives two sandboxes separate ports and separate in-memory state', async () => {
    const a = await start();
    const b = await start();
    assert.notEqual(a.endpoint, b.endpoint);
    await createVpc(a);
    assert.equal(await vpcCount(a), 1);
    assert.equal(await vpcCount(b), 0);
  });

  it('reset() deletes every resource, and the sandbox keeps serving afterwards', async () => {
    const s = await start();
    await createVpc(s, '10.0.0.0/16');
    await createVpc(s, '10.1.0.0/16');
    assert.equal(await vpcCount(s), 2);
    await s.reset();
    assert.equal(await vpcCount(s), 0);
    await createVpc(s);
    assert.equal(await vpcCount(s), 1);
  });

  it('call() makes signed API calls as the default account, in any region, and rejects with the API\'s code', async () => {
    const s = await start();
    const vpcId = await createVpc(s, '10.7.0.0/16');
    const listed = await s.call('vpc', 'DescribeVpcs', {});
    assert.deepEqual(listed.Vpcs.Vpc.map((v: any) => v.VpcId), [vpcId]);
    assert.equal((await s.call('vpc', 'DescribeVpcs', {}, { region: 'cn-beijing' })).TotalCount, 0);
    const made = await s.call('vpc', 'CreateVpc', { CidrBlock: '192.168.0.0/16' }, { region: 'cn-beijing' });
    assert.match(made.VpcId, /^vpc-/);
    assert.equal((await s.call('vpc', 'DescribeVpcs', {}, { region: 'cn-beijing' })).TotalCount, 1);
    // A refused request: the code and the message come back, and nothing was created.
    await assert.rejects(s.call('vpc', 'CreateVpc', { CidrBlock: '8.8.0.0/16' }), (err: any) => {
      assert.match(err.code, /^Invalid/); // the sandbox's own code for a public primary block
      assert.equal(err.httpStatus, 400);
      assert.match(err.message, /8\.8\.0\.0\/16/);
      return true;
    });
    assert.equal(await vpcCount(s), 1);
    await s.stop();
    await assert.rejects(s.call('vpc', 'DescribeVpcs', {}), /after stop\(\)/);
  });

  it('stop() closes the port', async () => {
    const s = await startSandbox();
    await s.stop();
    let failed = false;
    try {
      await fetch(new URL('/health', s.endpoint), { signal: AbortSignal.timeout(2000) });
    } catch {
      failed = true;
    }
    assert.equal(failed, true, `${s.endpoint} still answers after stop()`);
  });

  it('keeps state in the `data` file across restarts, and only there', async function () {
    this.timeout(20_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'testing-sandbox-'));
    try {
      const file = path.join(dir, 'state.json');
      const first = await startSandbox({ data: file });
      const id = await createVpc(first);
      await first.stop();
      assert.equal(fs.existsSync(file), true);

      const second = await start({ data: file });
      const r = await vpcClient(second).request('DescribeVpcs', { RegionId: 'cn-hangzhou' }, { method: 'POST' });
      assert.deepEqual(r.Vpcs.Vpc.map((v: { VpcId: string }) => v.VpcId), [id]);

      const inMemory = await start();
      assert.equal(await vpcCount(inMemory), 0);
    } finally {
      await Promise.all(started.splice(0).map((s) => s.stop()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a port that is not a TCP port, saying what to pass', async () => {
    let message = '';
    try {
      await startSandbox({ port: 70000 });
    } catch (err) {
      message = (err as Error).message;
    }
    assert.match(message, /port 70000 is not a TCP port; pass 0/);
  });

  it('reset() after stop() says what to do instead of failing obscurely', async () => {
    const s = await startSandbox();
    await s.stop();
    let message = '';
    try {
      await s.reset();
    } catch (err) {
      message = (err as Error).message;
    }
    assert.match(message, /after stop\(\); start a new sandbox/);
  });
});
