import { strict as assert } from 'node:assert';
import { MemoryBackend } from '../../../mock-server/store/memory-backend';
import type { Change, PersistedState } from '../../../mock-server/store/state-backend';
import { ServiceUnavailable } from '../../../mock-server/errors';
import { Store, describeStateProblem } from '../../../mock-server/store/store';

const A = '1000000000000001';
const B = '2000000000000002';
const R = 'cn-hangzhou';

/** A backend that records what it is asked to persist. */
/**
 * A backend whose appends can be held and made to fail, the way a disk can. The held append
 * resolves or rejects when the test says so.
 */
class GatedBackend extends MemoryBackend {
  appended: Array<{ seq: number; changes: Change[] }> = [];
  failing: Error | undefined;
  snapshotFailing: Error | undefined;
  private gate: { promise: Promise<void>; open: () => void } | undefined;
  hold(): void {
    let open!: () => void;
    this.gate = { promise: new Promise<void>((r) => (open = r)), open };
  }
  release(): void {
    this.gate?.open();
    this.gate = undefined;
  }
  override async append(seq: number, changes: Change[]): Promise<void> {
    await this.gate?.promise;
    if (this.failing) throw this.failing;
    this.appended.push({ seq, changes });
  }
  override async snapshot(_state: PersistedState): Promise<void> {
    if (this.snapshotFailing) throw this.snapshotFailing;
  }
}

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

describe('store: nothing is visible before it is durable', () => {
  const tick = () => new Promise((r) => setTimeout(r, 5));

  it('shows a committed write to readers only once its journal batch is on disk', async () => {
    const backend = new GatedBackend();
    const store = await Store.open(backend);
    backend.hold();
    const commit = store.transact(A, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-1' }));
    await tick();
    assert.equal(store.read(A, R, (tx) => tx.table('vpcs').get('vpc-1')), undefined, 'a reader saw a write that is not durable');
    assert.deepEqual(store.exportState().accounts, {}, 'the export holds a write that is not durable');
    backend.release();
    await commit;
    assert.deepEqual(store.read(A, R, (tx) => tx.table('vpcs').get('vpc-1')), { id: 'vpc-1' });
  });

  it('serialises a later writer after a staged one, so rules checked against it still hold', async () => {
    const backend = new GatedBackend();
    const store = await Store.open(backend);
    backend.hold();
    const first = store.transact(A, R, (tx) => void tx.table('limited').put({ id: 'only' }));
    const second = store.transact(A, R, (tx) => {
      if (tx.table('limited').count() >= 1) throw new Error('quota');
      tx.table('limited').put({ id: 'second' });
    });
    await assert.rejects(second, /quota/);
    backend.release();
    await first;
    assert.equal(store.read(A, R, (tx) => tx.table('limited').count()), 1);
  });

  it('refuses a failed batch and every transaction staged behind it, leaving memory exactly as before', async () => {
    const backend = new GatedBackend();
    const store = await Store.open(backend);
    await store.transact(A, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-keep' }));
    const before = JSON.stringify(store.exportState());
    backend.hold();
    const vpc = store.transact(A, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-doomed' }));
    await tick();
    // A dependent write: it sees the staged VPC, so it must not outlive it.
    const vsw = store.transact(A, R, (tx) => {
      if (!tx.table('vpcs').get('vpc-doomed')) throw new Error('no such VPC');
      tx.table('vswitches').put({ id: 'vsw-1', vpcId: 'vpc-doomed' });
    });
    // A read-only transaction that saw the staged VPC (a ClientToken lookup, say) must not answer with it.
    const lookup = store.transact(A, R, (tx) => tx.table('vpcs').get('vpc-doomed')?.id);
    backend.failing = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    backend.release();
    for (const p of [vpc, vsw, lookup]) await assert.rejects(p, (e: Error) => e instanceof ServiceUnavailable && /ENOSPC/.test(e.message) && /Nothing was changed/.test(e.message));
    assert.equal(JSON.stringify(store.exportState()), before);
    assert.equal(store.read(A, R, (tx) => tx.table('vswitches').count()), 0);
    // The disk recovers: the store serves again, and sequence numbers carry on from the durable ones.
    backend.failing = undefined;
    await store.transact(A, R, (tx) => void tx.table('vpcs').put({ id: 'vpc-later' }));
    assert.deepEqual(store.read(A, R, (tx) => tx.table('vpcs').all().map((r) => r.id)), ['vpc-keep', 'vpc-later']);
    assert.deepEqual(backend.appended.map((a) => a.seq), [1, 2]);
  });

  it('groups transactions that arrive during a flush into one append', async () => {
    const backend = new GatedBackend();
    const store = await Store.open(backend);
    backend.hold();
    const first = store.transact(A, R, (tx) => void tx.table('t').put({ id: 'a' }));
    await tick();
    const rest = Array.from({ length: 20 }, (_, i) => store.transact(A, R, (tx) => void tx.table('t').put({ id: `r-${i}` })));
    backend.release();
    await Promise.all([first, ...rest]);
    assert.equal(backend.appended.length, 2, 'one append for the first, one for the twenty behind it');
    assert.equal(backend.appended[1].changes.length, 20);
    assert.equal(backend.appended[1].seq, 21);
  });

  it('makes a reset all or nothing: a failed snapshot leaves memory as it was', async () => {
    const backend = new GatedBackend();
    const store = await Store.open(backend);
    await store.transact(A, R, (tx) => void tx.table('t').put({ id: 'a' }));
    const before = JSON.stringify(store.exportState());
    backend.snapshotFailing = new Error('EIO: i/o error');
    await assert.rejects(store.replaceAll({ formatVersion: 1, seq: 0, accounts: {} }), ServiceUnavailable);
    await assert.rejects(store.resetAccount(A), ServiceUnavailable);
    assert.equal(JSON.stringify(store.exportState()), before);
    backend.snapshotFailing = undefined;
    await store.resetAccount(A);
    assert.deepEqual(store.exportState().accounts, {});
  });

  it('lets a reset wait for staged transactions, and transactions behind it wait for the reset', async () => {
    const backend = new GatedBackend();
    const store = await Store.open(backend);
    backend.hold();
    const staged = store.transact(A, R, (tx) => void tx.table('t').put({ id: 'before-reset' }));
    await tick();
    const reset = store.resetAccount(A);
    const after = store.transact(A, R, (tx) => {
      tx.table('t').put({ id: 'after-reset' });
      return tx.table('t').all().map((r) => r.id);
    });
    backend.release();
    await staged;
    await reset;
    assert.deepEqual(await after, ['after-reset'], 'the transaction behind the reset ran on the reset state');
  });
});
