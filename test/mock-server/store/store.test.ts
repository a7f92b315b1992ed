import { strict as assert } from 'node:assert';
import { MemoryBackend } from '../../../mock-server/store/memory-backend';
import type { Change, PersistedState } from '../../../mock-server/store/state-backend';
import { Store, describeStateProblem } from '../../../mock-server/store/store';

const A = '1000000000000001';
const B = '2000000000000002';
const R = 'cn-hangzhou';

/** A backend that records what it is asked to persist. */
class RecordingBackend extends MemoryBackend {
  appended: Array<{ seq: number; changes: Change[] }> = [];
  snapshots: PersistedState[] = [];
  override async append(seq: number, changes: Change[]): Promise<void> {
    this.appended.push({ seq, changes });
  }
  override async snapshot(state: PersistedState): Promise<void> {
    this.snapshots.push(state);
  }
}

describe('store: Store transactions', () => {
  it('applies a transaction all at once and persists its changes as one append', async () => {
    const backend = new RecordingBackend();
    const store = await Store.open(backend);
    const result = await store.transact(A, R, (tx) => {
      tx.table('vpcs').put({ id: 'vpc-1', name: 'a' });
      tx.table('vpcs').put({ id: 'vpc-2', name: 'b' });
      tx.table('vswitches').put({ id: 'vsw-1' });
      return 'done';
    });
    assert.equal(result, 'done');
    assert.equal(backend.appended.length, 1);
    assert.equal(backend.appended[0].seq, 1);
    assert.equal(backend.appended[0].changes.length, 3);
    assert.deepEqual(store.read(A, R, (tx) => tx.table('vpcs').all().map((r) => r.id)), ['vpc-1', 'vpc-2']);
  });

  it('changes nothing when the transaction function throws', async () => {
    const backend = new RecordingBackend();
    const store = await Store.open(backend);
    await store.transact(A, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-keep', name: 'old' }));
    const before = JSON.stringify(store.exportState());
    await assert.rejects(
      store.transact(A, R, (tx) => {
        tx.table('vpcs').put({ id: 'vpc-new' });
        tx.table('vpcs').put({ id: 'vpc-keep', name: 'changed' });
        tx.table('vpcs').delete('vpc-keep');
        throw new Error('rule broken');
      }),
      /rule broken/,
    );
    assert.equal(JSON.stringify(store.exportState()), before);
    assert.equal(backend.appended.length, 1);
  });

  it('refuses an asynchronous transaction function', async () => {
    const store = await Store.open(new RecordingBackend());
    await assert.rejects(store.transact(A, R, (async () => 1) as any), /must be synchronous/);
  });

  it('sees its own writes and deletes inside the transaction, in insertion order', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      tx.table('t').put({ id: 'a' });
      tx.table('t').put({ id: 'b' });
    });
    await store.transact(A, R, (tx) => {
      const t = tx.table('t');
      t.delete('a');
      t.put({ id: 'c' });
      t.put({ id: 'b', v: 2 });
      assert.equal(t.get('a'), undefined);
      assert.deepEqual(t.all(), [{ id: 'b', v: 2 }, { id: 'c' }]);
      assert.equal(t.count(), 2);
      assert.deepEqual(t.find((r) => r.id === 'c'), { id: 'c' });
    });
    assert.deepEqual(store.read(A, R, (tx) => tx.table('t').all()), [{ id: 'b', v: 2 }, { id: 'c' }]);
  });

  it('freezes stored rows so that nobody changes them in place', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => void tx.table('t').put({ id: 'a', nested: { x: 1 } }));
    const row = store.read(A, R, (tx) => tx.table<any>('t').get('a'));
    assert.throws(() => {
      row.nested.x = 2;
    }, TypeError);
  });

  it('refuses writes in a read', async () => {
    const store = await Store.open(new MemoryBackend());
    assert.throws(() => store.read(A, R, (tx) => tx.table('t').put({ id: 'x' })), /tried to write/);
  });

  it('keeps accounts and regions apart', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-a' }));
    await store.transact(B, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-b' }));
    await store.transact(A, 'cn-beijing', (tx) => void tx.table('vpcs').put({ id: 'vpc-a-bj' }));
    assert.deepEqual(store.read(A, R, (tx) => tx.table('vpcs').all().map((r) => r.id)), ['vpc-a']);
    assert.deepEqual(store.read(B, R, (tx) => tx.table('vpcs').all().map((r) => r.id)), ['vpc-b']);
    assert.equal(store.read(B, R, (tx) => tx.table('vpcs').get('vpc-a')), undefined);
    assert.deepEqual(store.regionsOf(A).sort(), ['cn-beijing', R]);
  });

  it('runs concurrent transactions one at a time, so a checked rule holds', async () => {
    const store = await Store.open(new MemoryBackend());
    // At most 3 rows: each transaction checks and inserts without yielding.
    const attempts = Array.from({ length: 20 }, (_, i) =>
      store.transact(A, R, (tx) => {
        const t = tx.table('limited');
        if (t.count() >= 3) throw new Error('quota');
        t.put({ id: `r-${i}` });
      }),
    );
    const results = await Promise.allSettled(attempts);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 3);
    assert.equal(store.read(A, R, (tx) => tx.table('limited').count()), 3);
  });

  it('exports a consistent copy that later commits do not change', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => void tx.table('t').put({ id: 'a' }));
    const snap = store.exportState();
    await store.transact(A, R, (tx) => void tx.table('t').put({ id: 'b' }));
    assert.deepEqual(Object.keys(snap.accounts[A][R].t), ['a']);
    assert.equal(snap.seq, 1);
  });

  it('replaces all state durably and with a higher sequence number', async () => {
    const backend = new RecordingBackend();
    const store = await Store.open(backend);
    await store.transact(A, R, (tx) => void tx.table('t').put({ id: 'a' }));
    await store.replaceAll({ formatVersion: 1, seq: 0, accounts: { [B]: { [R]: { t: { z: { id: 'z' } } } } } });
    assert.equal(backend.snapshots.length, 1);
    assert.equal(backend.snapshots[0].seq, 2);
    assert.equal(store.read(A, R, (tx) => tx.table('t').count()), 0);
    assert.equal(store.read(B, R, (tx) => tx.table('t').count()), 1);
    await store.transact(A, R, (tx) => void tx.table('t').put({ id: 'n' }));
    assert.equal(backend.appended.at(-1)!.seq, 3);
  });

  it('describes what is wrong with a malformed snapshot, and accepts a well-formed one', () => {
    assert.equal(describeStateProblem({ formatVersion: 1, seq: 3, accounts: { [A]: { [R]: { t: { x: { id: 'x' } } } } } }), undefined);
    assert.match(describeStateProblem({ formatVersion: 1, seq: 0, accounts: { [A]: { [R]: { t: { x: { id: 'y' } } } } } })!, /id must equal its key/);
    assert.match(describeStateProblem({ formatVersion: 1, seq: 0, accounts: { [A]: { mars: {} } } }, (r) => r === R)!, /not a region/);
  });
});
