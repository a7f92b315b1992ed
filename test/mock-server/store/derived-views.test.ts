/**
 * Indexes and derived views (mock-server/store/views.ts): the store keeps them up to date commit by
 * commit, a transaction sees its own changes through them, readers see only durable rows, and a
 * refused batch leaves them exactly as before. Also the instance family's use of one: the lowest
 * free private address, found without scanning the region.
 */
import { strict as assert } from 'node:assert';
import { ServiceUnavailable } from '../../../mock-server/errors';
import { MemoryBackend } from '../../../mock-server/store/memory-backend';
import type { Change, Row } from '../../../mock-server/store/state-backend';
import { defineDerived, defineIndex, Store } from '../../../mock-server/store/store';
import { allocateAddress, allocatePublicIp, publicAddressesInUse, usedAddresses } from '../../../mock-server/ecs/instance/addresses';
import { INSTANCES } from '../../../mock-server/ecs/instance/records';
import { intToIp } from '../../../network-rules/cidr';
import type { VSwitchRecord } from '../../../mock-server/vpc/vswitch/records';

const A = '1000000000000001';
const R = 'cn-hangzhou';

interface Pet extends Row {
  kind: string;
}

const BY_KIND = defineIndex<Pet>('pets', 'test.pets.kind', (p) => p.kind || undefined);
/** Rows per kind, as a plain count: the simplest derived view. */
const COUNTS = defineDerived<Pet, Map<string, number>>({
  table: 'pets',
  name: 'test.pets.counts',
  create: () => new Map(),
  add: (m, p) => void m.set(p.kind, (m.get(p.kind) ?? 0) + 1),
  remove: (m, p) => void m.set(p.kind, (m.get(p.kind) ?? 0) - 1),
});

/** A backend whose appends can be made to fail. */
class FailingBackend extends MemoryBackend {
  failing: Error | undefined;
  override async append(seq: number, changes: Change[]): Promise<void> {
    if (this.failing) throw this.failing;
    return super.append(seq, changes);
  }
}

const ids = (rows: Row[]) => rows.map((r) => r.id);

describe('store: indexes and derived views', () => {
  it('groups rows by key, follows changes of key and deletes, and keeps a changed row in its place', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      for (const [id, kind] of [['p1', 'cat'], ['p2', 'dog'], ['p3', 'cat'], ['p4', '']]) tx.table<Pet>('pets').put({ id, kind });
    });
    const cats = () => store.read(A, R, (tx) => ids(tx.table<Pet>('pets').where(BY_KIND, 'cat')));
    assert.deepEqual(cats(), ['p1', 'p3']);
    await store.transact(A, R, (tx) => {
      tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat', name: 'renamed' } as Pet);
      tx.table<Pet>('pets').put({ id: 'p2', kind: 'cat' });
    });
    assert.deepEqual(cats(), ['p1', 'p3', 'p2']);
    await store.transact(A, R, (tx) => {
      tx.table<Pet>('pets').put({ id: 'p3', kind: 'dog' });
      tx.table('pets').delete('p1');
    });
    assert.deepEqual(cats(), ['p2']);
    assert.deepEqual(store.read(A, R, (tx) => ids(tx.table<Pet>('pets').where(BY_KIND, 'dog'))), ['p3']);
    assert.deepEqual(store.read(A, R, (tx) => tx.table<Pet>('pets').where(BY_KIND, 'fish')), []);
  });

  it('shows a transaction its own uncommitted changes through an index, and nobody else', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat' });
      tx.table<Pet>('pets').put({ id: 'p2', kind: 'cat' });
    });
    const seen = await store.transact(A, R, (tx) => {
      const pets = tx.table<Pet>('pets');
      pets.put({ id: 'p3', kind: 'cat' });
      pets.put({ id: 'p1', kind: 'dog' });
      pets.delete('p2');
      return { cats: ids(pets.where(BY_KIND, 'cat')), dogs: ids(pets.where(BY_KIND, 'dog')), view: tx.derived(COUNTS) };
    });
    assert.deepEqual(seen.cats, ['p3']);
    assert.deepEqual(seen.dogs, ['p1']);
    // The derived view holds the committed rows; the transaction's changes come beside it.
    assert.equal(seen.view.changes.length, 3);
    assert.deepEqual(
      seen.view.changes.map((c) => [c.before?.kind ?? null, c.after?.kind ?? null]),
      [[null, 'cat'], ['cat', 'dog'], ['cat', null]],
    );
    assert.deepEqual(store.read(A, R, (tx) => ids(tx.table<Pet>('pets').where(BY_KIND, 'cat'))), ['p3']);
  });

  it('keeps a derived view in step with every commit, for writers and readers alike', async () => {
    const store = await Store.open(new MemoryBackend());
    const counts = () => store.read(A, R, (tx) => Object.fromEntries(tx.derived(COUNTS).committed));
    assert.deepEqual(counts(), {});
    await store.transact(A, R, (tx) => {
      for (let i = 0; i < 5; i++) tx.table<Pet>('pets').put({ id: `p${i}`, kind: i % 2 ? 'dog' : 'cat' });
    });
    assert.deepEqual(counts(), { cat: 3, dog: 2 });
    await store.transact(A, R, (tx) => tx.table('pets').delete('p0'));
    assert.deepEqual(counts(), { cat: 2, dog: 2 });
    assert.deepEqual(await store.transact(A, R, (tx) => Object.fromEntries(tx.derived(COUNTS).committed)), { cat: 2, dog: 2 });
  });

  it('leaves indexes and views exactly as before when a batch cannot be made durable', async () => {
    const backend = new FailingBackend();
    const store = await Store.open(backend);
    await store.transact(A, R, (tx) => tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat' }));
    // Build both views in the writers' partition before the failure.
    await store.transact(A, R, (tx) => void (tx.table<Pet>('pets').where(BY_KIND, 'cat'), tx.derived(COUNTS)));
    backend.failing = new Error('EIO: i/o error');
    await assert.rejects(
      store.transact(A, R, (tx) => {
        tx.table<Pet>('pets').put({ id: 'p2', kind: 'cat' });
        tx.table<Pet>('pets').put({ id: 'p1', kind: 'dog' });
      }),
      ServiceUnavailable,
    );
    backend.failing = undefined;
    const after = await store.transact(A, R, (tx) => ({
      cats: ids(tx.table<Pet>('pets').where(BY_KIND, 'cat')),
      dogs: ids(tx.table<Pet>('pets').where(BY_KIND, 'dog')),
      counts: Object.fromEntries(tx.derived(COUNTS).committed),
    }));
    assert.deepEqual(after, { cats: ['p1'], dogs: [], counts: { cat: 1 } });
  });

  it('builds a view declared after the rows were loaded from the rows already there', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => tx.table<Pet>('pets').put({ id: 'p1', kind: 'cat' }));
    const late = defineIndex<Pet>('pets', 'test.pets.late', (p) => p.kind);
    assert.deepEqual(store.read(A, R, (tx) => ids(tx.table<Pet>('pets').where(late, 'cat'))), ['p1']);
  });
});

describe('instances: the lowest free private address comes from a derived view', () => {
  const vsw = { id: 'vsw-1', cidrBlock: '10.1.0.0/24' } as VSwitchRecord;
  const put = (tx: Parameters<Parameters<Store['transact']>[2]>[0], id: string, ip: string, vswitchId = 'vsw-1') =>
    tx.table(INSTANCES).put({ id, vswitchId, privateIp: ip } as Row);
  const next = (store: Store) => store.transact(A, R, (tx) => intToIp(allocateAddress(vsw, usedAddresses(tx, 'vsw-1'))));

  it('hands out the lowest free address, skipping the held ones and the reserved first address', async () => {
    const store = await Store.open(new MemoryBackend());
    assert.equal(await next(store), '10.1.0.1');
    await store.transact(A, R, (tx) => {
      for (let i = 1; i <= 70; i++) put(tx, `i-${i}`, `10.1.0.${i}`);
      put(tx, 'i-other', '10.1.0.71', 'vsw-2');
    });
    assert.equal(await next(store), '10.1.0.71', 'another VSwitch holding .71 does not matter');
    await store.transact(A, R, (tx) => tx.table(INSTANCES).delete('i-40'));
    assert.equal(await next(store), '10.1.0.40', 'a freed address below the others is found again');
    await store.transact(A, R, (tx) => put(tx, 'i-40b', '10.1.0.40'));
    assert.equal(await next(store), '10.1.0.71');
  });

  it('counts the transaction\'s own launches, moves and deletes, and the instance left out', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      for (let i = 1; i <= 40; i++) put(tx, `i-${i}`, `10.1.0.${i}`);
    });
    const got = await store.transact(A, R, (tx) => {
      tx.table(INSTANCES).delete('i-7');
      put(tx, 'i-9', '10.1.0.9', 'vsw-2'); // moved out
      put(tx, 'i-new', '10.1.0.41');
      const used = usedAddresses(tx, 'vsw-1');
      const first = allocateAddress(vsw, used);
      used.add(first);
      const second = allocateAddress(vsw, used);
      used.add(second);
      const third = allocateAddress(vsw, used);
      return [first, second, third].map(intToIp);
    });
    assert.deepEqual(got, ['10.1.0.7', '10.1.0.9', '10.1.0.42']);
    const without = await store.transact(A, R, (tx) => intToIp(allocateAddress(vsw, usedAddresses(tx, 'vsw-1', 'i-3'))));
    assert.equal(without, '10.1.0.3', 'the instance left out (a move) frees its address for the search');
  });

  it('refuses a full VSwitch with QuotaExceeded.PrivateIpAddress', async () => {
    const small = { id: 'vsw-1', cidrBlock: '10.1.0.0/29' } as VSwitchRecord; // .1 to .4 usable
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      for (let i = 1; i <= 4; i++) put(tx, `i-${i}`, `10.1.0.${i}`);
    });
    await assert.rejects(
      store.transact(A, R, (tx) => allocateAddress(small, usedAddresses(tx, 'vsw-1'))),
      (err: Error) => err.constructor.name === 'QuotaExceededPrivateIpAddress',
    );
  });
});

describe('instances: public addresses come from a derived view, with the transaction\'s own changes', () => {
  const put = (tx: Parameters<Parameters<Store['transact']>[2]>[0], id: string, publicIp: string) => tx.table(INSTANCES).put({ id, publicIp } as Row);

  it('sees committed holders, and the transaction\'s own launches, changes and deletes', async () => {
    const store = await Store.open(new MemoryBackend());
    await store.transact(A, R, (tx) => {
      for (let i = 1; i <= 5; i++) put(tx, `i-${i}`, `203.0.113.${i}`);
      put(tx, 'i-none', '');
    });
    assert.equal(await store.transact(A, R, (tx) => allocatePublicIp(tx, new Set())), '203.0.113.6');
    const got = await store.transact(A, R, (tx) => {
      put(tx, 'i-new', '203.0.113.6'); // launched in this transaction, outside `taken`
      tx.table(INSTANCES).delete('i-2');
      put(tx, 'i-4', ''); // lost its address (bandwidth set to 0)
      const inUse = publicAddressesInUse(tx);
      const taken = new Set<string>();
      return {
        seen: ['203.0.113.1', '203.0.113.2', '203.0.113.4', '203.0.113.6', 'not-an-ip'].map((ip) => inUse.has(ip)),
        handed: [allocatePublicIp(tx, taken), allocatePublicIp(tx, taken), allocatePublicIp(tx, taken)],
      };
    });
    assert.deepEqual(got.seen, [true, false, false, true, false]);
    assert.deepEqual(got.handed, ['203.0.113.2', '203.0.113.4', '203.0.113.7']);
    // Committed, the view agrees with what the transaction saw (the handed-out addresses were not stored).
    assert.deepEqual(store.read(A, R, (tx) => ['203.0.113.2', '203.0.113.6'].map((ip) => publicAddressesInUse(tx).has(ip))), [false, true]);
    assert.equal(await store.transact(A, R, (tx) => allocatePublicIp(tx, new Set())), '203.0.113.2');
  });
});
