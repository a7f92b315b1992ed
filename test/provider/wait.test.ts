import { strict as assert } from 'node:assert';
import { StoppedError, WaitTimeoutError, isRetryableApiError, parseDuration, retry, waitFor } from '../../provider/framework/wait';
import type { ProviderContext } from '../../provider/framework/types';

function ctx(timeoutMs?: number, signal = new AbortController().signal): ProviderContext & { timeoutMs?: number } {
  return { client: { call: async () => ({}) }, region: 'cn-hangzhou', stopped: signal, log: () => undefined, timeoutMs };
}

describe('waiters and retries (framework/wait.ts)', () => {
  it('waitFor polls until isDone and returns that value', async () => {
    let n = 0;
    const v = await waitFor(ctx(5000), async () => ++n, (x) => x >= 3, { intervalMs: 5 });
    assert.equal(v, 3);
  });

  it('waitFor gives up after the timeout with a message naming what it waited for', async () => {
    await assert.rejects(
      waitFor(ctx(), async () => 'Pending', (s) => s === 'Available', { timeoutMs: 60, intervalMs: 10, what: 'VPC vpc-1 to become Available' }),
      (err: unknown) => err instanceof WaitTimeoutError && /VPC vpc-1 to become Available/.test(err.message) && /"Pending"/.test(err.message),
    );
  });

  it('waitFor stops promptly when StopProvider aborts the context', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const started = Date.now();
    await assert.rejects(waitFor(ctx(60_000, ac.signal), async () => 0, () => false, { intervalMs: 1000 }), StoppedError);
    assert.ok(Date.now() - started < 1000);
  });

  it('retry retries throttling and conflict codes, and rethrows others at once', async () => {
    let calls = 0;
    const v = await retry(ctx(5000), async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error('busy'), { code: calls === 1 ? 'Throttling.User' : 'OperationConflict' });
      return 'ok';
    }, { intervalMs: 5 });
    assert.equal(v, 'ok');
    assert.equal(calls, 3);
    await assert.rejects(retry(ctx(5000), async () => { throw Object.assign(new Error('bad'), { code: 'InvalidCidrBlock.Malformed' }); }), /bad/);
    assert.ok(isRetryableApiError({ code: 'IncorrectStatus.Vpc' }));
    assert.ok(isRetryableApiError({ code: 'ServiceUnavailable' }));
    assert.ok(!isRetryableApiError({ code: 'Forbidden' }));
  });

  it('parses Terraform durations', () => {
    assert.equal(parseDuration('30s'), 30_000);
    assert.equal(parseDuration('10m'), 600_000);
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('soon'), undefined);
  });
});
