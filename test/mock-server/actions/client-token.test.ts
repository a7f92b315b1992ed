/**
 * ClientToken idempotency (actions/client-token.ts) on a real store: a retry gets the first answer
 * back for 24 hours, after which the token is forgotten and swept, so the table stays bounded.
 */
import * as assert from 'node:assert/strict';
import { CLIENT_TOKEN_TTL_MS, CLIENT_TOKENS_TABLE, idempotent } from '../../../mock-server/actions/client-token';
import { IdempotentParameterMismatch } from '../../../mock-server/errors';
import { MemoryBackend } from '../../../mock-server/store/memory-backend';
import { Store } from '../../../mock-server/store/store';

describe('ClientToken', () => {
  let store: Store;
  let now = Date.now();
  let created = 0;
  before(async () => {
    store = await Store.open(new MemoryBackend(), () => now);
  });
  after(() => store.close());

  /** A create that returns a new id each time it really runs. */
  const create = (token: string, digest: string) =>
    store.transact('acct', 'cn-hangzhou', idempotent('vpc', 'CreateVpc', token, digest, () => ({ VpcId: `vpc-${++created}` })));
  const tokens = () => store.read('acct', 'cn-hangzhou', (tx) => tx.table<{ id: string }>(CLIENT_TOKENS_TABLE).all().map((r) => r.id.split(':').pop()!)).sort();

  it('returns the first answer to a retry within 24 hours, and refuses other parameters with IdempotentParameterMismatch', async () => {
    const a = await create('tok-a', 'params-1');
    now += CLIENT_TOKEN_TTL_MS - 60_000;
    assert.deepEqual(await create('tok-a', 'params-1'), a);
    await assert.rejects(create('tok-a', 'params-2'), IdempotentParameterMismatch);
  });

  it('forgets a token after 24 hours: the same token then makes a new request', async () => {
    const first = await create('tok-b', 'params-1');
    now += CLIENT_TOKEN_TTL_MS + 1;
    const again = await create('tok-b', 'params-2');
    assert.notDeepEqual(again, first);
  });

  it('sweeps expired tokens from the store, so the table does not grow without bound', async () => {
    assert.ok(tokens().includes('tok-a'), 'the expired token is still stored before a sweep');
    // A sweep runs on about one tokened write in 64; pin the dice so this write sweeps.
    const random = Math.random;
    Math.random = () => 0;
    try {
      await create('tok-c', 'params-1');
    } finally {
      Math.random = random;
    }
    assert.deepEqual(tokens(), ['tok-b', 'tok-c']);
  });
});
