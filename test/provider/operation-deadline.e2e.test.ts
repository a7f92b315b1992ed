/**
 * One deadline per operation: a resource operation's timeout (`timeouts { create = … }`, or the
 * default) is counted once, from the operation's start, and shared by all its API calls, their
 * retries and its waiters. Before, each call got the whole timeout, so a create of several calls
 * could run for several times its timeout. Checked on the API client and the waiters directly, and
 * through real Terraform with fault injection: a create whose first call is slow and whose second
 * call is always throttled fails within its timeout, with a diagnostic naming that time limit.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { ApiCallError, createApiClient } from '../../provider/client/api-client';
import type { ProviderContext } from '../../provider/framework/types';
import { WaitTimeoutError, waitFor } from '../../provider/framework/wait';
import { ok as rpcOk, rpc } from '../helpers/rpc';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock } from '../helpers/terraform';

async function setFaults(sandbox: Sandbox, rules: unknown[]): Promise<void> {
  await rpcOk(sandbox, 'vpc', 'SandboxSetFaults', { Faults: JSON.stringify(rules), RegionId: undefined });
}

async function faultHits(sandbox: Sandbox): Promise<number[]> {
  return (await rpcOk(sandbox, 'vpc', 'SandboxGetFaults', { RegionId: undefined })).Faults.map((f: any) => f.Hits);
}

async function vpcIds(sandbox: Sandbox): Promise<string[]> {
  return (await rpcOk(sandbox, 'vpc', 'DescribeVpcs', { PageSize: 50 })).Vpcs.Vpc.map((v: any) => v.VpcId).sort();
}

describe('one deadline per operation, shared by its calls and waiters', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, admin: true, log: () => {} });
  });
  after(() => sandbox?.close());
  afterEach(() => rpc(sandbox, 'vpc', 'SandboxClearFaults', { RegionId: undefined }));

  it('an API call retries only until the operation\'s deadline, and says which time limit stopped it', async () => {
    await setFaults(sandbox, [{ Action: 'DescribeVpcs', Probability: 1, Code: 'Throttling.User' }]);
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    const t0 = Date.now();
    // 1.5 s of the operation's 4 s are gone; the call may use what is left, not a fresh 4 s.
    await assert.rejects(
      client.call('vpc', 'DescribeVpcs', {}, { maxElapsedMs: 4000, deadline: t0 + 2500, operationTimeoutMs: 4000 }),
      (err: unknown) => {
        assert.ok(err instanceof ApiCallError);
        assert.equal(err.code, 'Throttling.User');
        assert.match(err.message, /gave up because the next attempt would pass the operation's time limit of 4\.0 s/);
        return true;
      },
    );
    const took = Date.now() - t0;
    assert.ok(took < 3500, `the call retried for ${took} ms, past the deadline 2500 ms after its start`);
    const [attempts] = await faultHits(sandbox);
    assert.ok(attempts >= 2, `the call did retry (${attempts} attempts in ${took} ms)`);
  });

  it('a call made after the deadline is not sent at all', async () => {
    await setFaults(sandbox, [{ Action: 'DescribeVpcs', LatencyMs: 0 }]); // counts the calls
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    await assert.rejects(client.call('vpc', 'DescribeVpcs', {}, { deadline: Date.now() - 1, operationTimeoutMs: 5000 }), /time limit of 5\.0 s ran out before this call/);
    assert.deepEqual(await faultHits(sandbox), [0]);
  });

  it('a slow answer is cut off at the deadline rather than at the per-request timeout', async () => {
    await setFaults(sandbox, [{ Action: 'DescribeVpcs', LatencyMs: 5000 }]);
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    const t0 = Date.now();
    await assert.rejects(client.call('vpc', 'DescribeVpcs', {}, { deadline: t0 + 800, operationTimeoutMs: 800 }));
    assert.ok(Date.now() - t0 < 2500, `took ${Date.now() - t0} ms`);
  });

  it('a waiter ends at the operation\'s deadline, naming the operation\'s timeout', async () => {
    const ctx: ProviderContext & { timeoutMs: number } = {
      client: { call: async () => ({}) },
      region: 'cn-hangzhou',
      stopped: new AbortController().signal,
      log: () => undefined,
      timeoutMs: 10_000,
      deadline: Date.now() + 300, // most of the 10 s went to earlier calls
    };
    const t0 = Date.now();
    await assert.rejects(
      waitFor(ctx, async () => 'Pending', (s) => s === 'Available', { intervalMs: 20, what: 'VPC vpc-1 to become Available' }),
      (err: unknown) => err instanceof WaitTimeoutError && /timed out after 10s waiting for VPC vpc-1/.test(err.message),
    );
    assert.ok(Date.now() - t0 < 1500, `waited ${Date.now() - t0} ms`);
    // Without an operation deadline, the wait's own timeout still applies.
    const own = { ...ctx, deadline: undefined };
    await assert.rejects(waitFor(own, async () => 0, () => false, { timeoutMs: 100, intervalMs: 20 }), WaitTimeoutError);
  });

  it('terraform apply: a create whose first call is slow and whose second is always throttled fails within timeouts { create }', async function () {
    this.timeout(300_000);
    ensureProviderBuilt();
    const hcl = (timeouts: boolean) => `${sandboxProviderBlock(sandbox.url)}
resource "alicloud_vpc" "slow" {
  vpc_name   = "deadline"
  cidr_block = "10.7.0.0/16"${timeouts ? `
  timeouts {
    create = "8s"
  }` : ''}
}
`;
    // The same apply without faults: Terraform's and the provider's own start-up, for comparison.
    const clean = createTerraformDir(hcl(true), { prefix: 'tf-deadline-clean-' });
    const tf = createTerraformDir(hcl(true), { prefix: 'tf-deadline-' });
    try {
      ok(await clean.run('init', '-no-color', '-input=false'));
      ok(await tf.run('init', '-no-color', '-input=false'));
      const c0 = Date.now();
      ok(await clean.run('apply', '-auto-approve', '-no-color', '-input=false'));
      const baseline = Date.now() - c0;
      ok(await clean.run('destroy', '-auto-approve', '-no-color', '-input=false'));

      const before = await vpcIds(sandbox);
      // CreateVpc answers after 6 s; then every DescribeVpcs (the wait for Available) is throttled.
      // With a timeout per call the wait would retry for another 8 s (14 s in all); with one
      // deadline it has the 2 s left.
      await setFaults(sandbox, [
        { Action: 'CreateVpc', LatencyMs: 6000 },
        { Action: 'DescribeVpcs', Probability: 1, Code: 'Throttling.User' },
      ]);
      const t0 = Date.now();
      const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false');
      const elapsed = Date.now() - t0;
      assert.notEqual(r.code, 0, explain(r));
      const text = r.stderr.replace(/\s+/g, ' ');
      assert.match(text, /DescribeVpcs returned Throttling\.User/);
      assert.match(text, /gave up because the next attempt would pass the operation's time limit of 8\.0 s/);
      const [slow, throttled] = await faultHits(sandbox);
      assert.equal(slow, 1, 'CreateVpc was called once');
      assert.ok(throttled >= 2, `the wait retried DescribeVpcs (${throttled} attempts)`);
      // The create took at most its 8 s (plus slack for a busy machine), not 6 s + 8 s.
      assert.ok(elapsed - baseline < 8000 + 3000, `the failing apply took ${elapsed} ms against ${baseline} ms for a clean one`);
      process.stdout.write(`      failing apply ${(elapsed / 1000).toFixed(1)} s, clean apply ${(baseline / 1000).toFixed(1)} s, create timeout 8 s\n`);

      // The VPC was created before the wait failed: the state keeps it (tainted), and a destroy
      // once the faults are gone leaves the sandbox as it was.
      await rpcOk(sandbox, 'vpc', 'SandboxClearFaults', { RegionId: undefined });
      assert.equal((tf.state()?.resources ?? []).filter((x: any) => x.type === 'alicloud_vpc').length, 1, 'the created VPC is in the state');
      ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
      assert.deepEqual(await vpcIds(sandbox), before);
    } finally {
      clean.cleanup();
      tf.cleanup();
    }
  });
});
