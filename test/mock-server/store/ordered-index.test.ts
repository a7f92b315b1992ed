/**
 * Ordered indexes (mock-server/store/views.ts, defineOrderedIndex): each group lists its rows in
 * the table's own order, the order a full scan gives, whatever moves, deletes and re-inserts
 * happened; the array is shared until the group changes; and a refused batch leaves them as before.
 * DescribeInstances answers its VpcId / VSwitchId / InstanceIds filters from these, so any drift
 * from the scan would change its pages and TotalCount.
 */
import { strict as assert } from 'node:assert';
import { ServiceUnavailable } from '../../../mock-server/errors';
import { MemoryBackend } from '../../../mock-server/store/memory-backend';
import type { Change, Row } from '../../../mock-server/store/state-backend';
import { Store } from '../../../mock-server/store/store';
import { defineOrderedIndex } from '../../../mock-server/store/views';

const A = '1000000000000001';
const R = 'cn-hangzhou';

interface Pet extends Row {
  kind: string;
  n?: number;
}

const IN_ORDER = defineOrderedIndex<Pet>('pets', 'test.pets.ordered', (p) => p.kind || undefined);

class FailingBackend extends MemoryBackend {
  failing: Error | undefined;
  override async append(seq: number, changes: Change[]): Promise<void> {
    if (this.failing) throw this.failing;
    return super.append(seq, changes);
  }
}

const ids = (rows: readonly Row[]) => rows.map((r) => r.id);
/** What a scan of the table gives for `kind`: the order the index must match. */
const scanned = (store: Store, kind: string) => store.read(A, R, (tx) => ids(tx.table<Pet>('pets').filter((p) => p.kind === kind)));
const indexed = (store: Store, kind: string) => store.read(A, R, (tx) => ids(tx.derived(IN_ORDER).committed.rows(kind)));

describe('store: ordered indexes list each group in the order a scan of the table gives', () => {
  it('keeps a row that moves to another group in its table place, where join order would put it last', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      for (const [id, kind] of [['p1', 'cat'], ['p2', 'dog'], ['p3', 'cat'], ['p4', 'dog']]) tx.table<Pet>('pets').put({ id, kind });
    });
    assert.deepEqual(indexed(store, 'dog'), ['p2', 'p4']);
    await store.transact(A, R, (tx) => void tx.table<Pet>('pets').put({ id: 'p1', kind: 'dog' }));
    assert.deepEqual(indexed(store, 'dog'), ['p1', 'p2', 'p4'], 'p1 was stored first, so it comes first');
    assert.deepEqual(indexed(store, 'cat'), ['p3']);
    // A delete and a re-insert of the same ID puts the row at the end of the table, as a Map does.
    await store.transact(A, R, (tx) => tx.table('pets').delete('p1'));
    await store.transact(A, R, (tx) => void tx.table<Pet>('pets').put({ id: 'p1', kind: 'dog' }));
    assert.deepEqual(indexed(store, 'dog'), scanned(store, 'dog'));
    assert.deepEqual(indexed(store, 'dog'), ['p2', 'p4', 'p1']);
    assert.deepEqual(indexed(store, 'fish'), []);
  });

  it('matches a scan after hundreds of random puts, moves and deletes, for every group', async () => {
    const store = await Store.open(new MemoryBackend());
    const kinds = ['cat', 'dog', 'eel', ''];
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 60; round++) {
      await store.transact(A, R, (tx) => {
        for (let k = 0; k < 8; k++) {
          const id = `p${rand(40)}`;
          if (rand(5) === 0) tx.table('pets').delete(id);
          else tx.table<Pet>('pets').put({ id, kind: kinds[rand(kinds.length)], n: round });
        }
      });
      // Read some groups between commits too, so both cached and rebuilt arrays are compared.
      if (round % 3 === 0) for (const kind of kinds.slice(0, 3)) assert.deepEqual(indexed(store, kind), scanned(store, kind), `round ${round}, ${kind}`);
    }
    for (const kind of kinds.slice(0, 3)) assert.deepEqual(indexed(store, kind), scanned(store, kind), kind);
    assert.deepEqual(indexed(store, ''), [], 'a row whose key is undefined is in no group');
  });

  it('knows each row\'s place in the table, and forgets a deleted row', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      for (const id of ['b', 'a', 'c']) tx.table<Pet>('pets').put({ id, kind: '' });
    });
    await store.transact(A, R, (tx) => tx.table('pets').delete('a'));
    const places = store.read(A, R, (tx) => {
      const view = tx.derived(IN_ORDER).committed;
      return ['a', 'b', 'c'].map((id) => view.place(id));
    });
    assert.equal(places[0], undefined);
    assert.ok(places[1]! < places[2]!, `b was stored before c: ${places}`);
  });

  it('hands every reader the same frozen array until the group changes', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => void tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat' }));
    const rows = () => store.read(A, R, (tx) => tx.derived(IN_ORDER).committed.rows('cat'));
    const first = rows();
    assert.equal(rows(), first, 'no change: the same array, not a copy');
    assert.ok(Object.isFrozen(first));
    assert.throws(() => (first as unknown as Row[]).push({ id: 'x' }));
    await store.transact(A, R, (tx) => void tx.table<Pet>('pets').put({ id: 'p2', kind: 'dog' }));
    assert.equal(rows(), first, 'a change to another group leaves this one alone');
    await store.transact(A, R, (tx) => void tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat', n: 2 }));
    const second = rows();
    assert.notEqual(second, first);
    assert.equal((second[0] as Pet).n, 2, 'the changed row, not the old one');
  });

  it('leaves the index exactly as before when a batch cannot be made durable', async () => {
    const backend = new FailingBackend();
    const store = await Store.open(backend);
    await store.transact(A, R, (tx) => {
      tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat' });
      tx.table<Pet>('pets').put({ id: 'p2', kind: 'dog' });
    });
    // Build the view in the writers' partition and in the readers' before the failure.
    await store.transact(A, R, (tx) => void tx.derived(IN_ORDER).committed.rows('cat'));
    assert.deepEqual(indexed(store, 'cat'), ['p1']);
    backend.failing = new Error('EIO: i/o error');
    await assert.rejects(
      store.transact(A, R, (tx) => {
        tx.table<Pet>('pets').put({ id: 'p3', kind: 'cat' });
        tx.table<Pet>('pets').put({ id: 'p2', kind: 'cat' });
      }),
      ServiceUnavailable,
    );
    backend.failing = undefined;
    const after = await store.transact(A, R, (tx) => ({ cats: ids(tx.derived(IN_ORDER).committed.rows('cat')), dogs: ids(tx.derived(IN_ORDER).committed.rows('dog')) }));
    assert.deepEqual(after, { cats: ['p1'], dogs: ['p2'] });
    assert.deepEqual(indexed(store, 'cat'), ['p1']);
  });
});
