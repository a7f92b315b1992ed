import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LowdbBackend, StateFileError } from '../../../mock-server/store/lowdb-backend';
import { Store } from '../../../mock-server/store/store';
import { encodeRecord } from '../../../mock-server/store/journal';
import { FaultyDisk } from './faulty-disk';

const ACCOUNT = '1000000000000001';
const REGION = 'cn-hangzhou';
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function put(store: Store, id: string, extra: Record<string, unknown> = {}): Promise<void> {
  return store.transact(ACCOUNT, REGION, (tx) => {
    tx.table('vpcs').put({ id, ...extra });
  });
}

function ids(store: Store, table = 'vpcs'): string[] {
  return store.read(ACCOUNT, REGION, (tx) => tx.table(table).all().map((r) => r.id)).sort();
}

/** Simulates a crash: the journal handle is released but no final snapshot is written. */
async function crash(backend: LowdbBackend): Promise<void> {
  await backend.close();
}

describe('store: LowdbBackend (lowdb file + write-ahead journal)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-lowdb-'));
    file = path.join(dir, 'nested', 'db.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a commit durable before its promise resolves', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    const journal = (backend as any).journal;
    const realSync = journal.datasync.bind(journal);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let synced = false;
    journal.datasync = async () => {
      await gate;
      await realSync();
      synced = true;
    };
    let resolved = false;
    const commit = put(store, 'vpc-durable').then(() => (resolved = true));
    await delay(30);
    assert.equal(resolved, false, 'the commit resolved before its fdatasync finished');
    release();
    await commit;
    assert.equal(synced, true);
    assert.match(readFileSync(backend.journalPath, 'utf8'), /vpc-durable/);
    journal.datasync = realSync;
    await crash(backend);
  });

  it('shares one fdatasync between concurrent commits (group commit)', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    const journal = (backend as any).journal;
    const realSync = journal.datasync.bind(journal);
    let syncs = 0;
    journal.datasync = async () => {
      syncs++;
      await realSync();
    };
    await Promise.all(Array.from({ length: 50 }, (_, i) => put(store, `vpc-${i}`)));
    assert.ok(syncs < 50, `expected fewer fdatasyncs than commits, got ${syncs}`);
    journal.datasync = realSync;
    await crash(backend);
  });

  it('replays the journal after reopening, without a snapshot ever written', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    for (let i = 0; i < 20; i++) await put(store, `vpc-${String(i).padStart(2, '0')}`, { n: i });
    await store.transact(ACCOUNT, REGION, (tx) => tx.table('vpcs').delete('vpc-03'));
    await store.transact(ACCOUNT, 'cn-beijing', (tx) => tx.table('vswitches').put({ id: 'vsw-1' }));
    await crash(backend);
    assert.equal(existsSync(file), false, 'no snapshot should have been written yet');

    const reopened = await Store.open(new LowdbBackend(file));
    assert.equal(ids(reopened).length, 19);
    assert.ok(!ids(reopened).includes('vpc-03'));
    assert.deepEqual(reopened.read(ACCOUNT, 'cn-beijing', (tx) => tx.table('vswitches').get('vsw-1')), { id: 'vsw-1' });
    assert.equal(reopened.exportState().seq, 22);
    await reopened.close();
  });

  it('compacts the journal into a snapshot at low thresholds and keeps everything', async () => {
    const backend = new LowdbBackend(file, { snapshotEveryLines: 5 });
    const store = await Store.open(backend);
    for (let i = 0; i < 53; i++) await put(store, `vpc-${i}`, { payload: 'x'.repeat(100) });
    await (store as any).snapshotInFlight;
    assert.ok(existsSync(file), 'a snapshot was written');
    const snap = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(snap.seq >= 50, `snapshot seq ${snap.seq}`);
    const journalLines = readFileSync(backend.journalPath, 'utf8').split('\n').filter(Boolean).length;
    assert.ok(journalLines < 10, `journal was compacted (${journalLines} lines left)`);
    await crash(backend);

    const reopened = await Store.open(new LowdbBackend(file));
    assert.equal(ids(reopened).length, 53);
    await reopened.close();
  });

  it('compacts by journal size too', async () => {
    const backend = new LowdbBackend(file, { snapshotEveryBytes: 2048 });
    const store = await Store.open(backend);
    for (let i = 0; i < 30; i++) await put(store, `vpc-${i}`, { payload: 'y'.repeat(200) });
    await (store as any).snapshotInFlight;
    assert.ok(statSync(backend.journalPath).size < 2048 + 400);
    await crash(backend);
    const reopened = await Store.open(new LowdbBackend(file));
    assert.equal(ids(reopened).length, 30);
    await reopened.close();
  });

  it('keeps commits made while a snapshot is pending after a reopen', async () => {
    const disk = new FaultyDisk();
    const backend = new LowdbBackend(file, { snapshotEveryLines: 1, disk });
    const store = await Store.open(backend);
    // The first commit asks for a snapshot; hold its rename so commits keep arriving meanwhile.
    const release = disk.hold('rename', /db\.json$/);
    await put(store, 'vpc-first');
    const during = Array.from({ length: 25 }, (_, i) => put(store, `vpc-during-${i}`));
    await delay(40);
    assert.ok(disk.calls.includes('rename .db.json.tmp>db.json'), 'a snapshot is pending');
    release();
    await Promise.all(during);
    await put(store, 'vpc-after');
    await crash(backend);

    const reopened = await Store.open(new LowdbBackend(file));
    assert.equal(ids(reopened).length, 27);
    await reopened.close();
  });

  it('keeps an append made right after a snapshot call, at the backend level', async () => {
    const backend = new LowdbBackend(file);
    const state = await backend.load();
    const change = (id: string) => ({ account: ACCOUNT, region: REGION, table: 't', id, row: { id } });
    await backend.append(1, [change('a')]);
    const snap = { formatVersion: 1 as const, seq: 2, accounts: { [ACCOUNT]: { [REGION]: { t: { a: { id: 'a' }, b: { id: 'b' } } } } } };
    const pending = [backend.append(2, [change('b')]), backend.snapshot(snap), backend.append(3, [change('c')]), backend.append(4, [change('d')])];
    await Promise.all(pending);
    void state;
    await backend.close();
    const again = new LowdbBackend(file);
    const reopened = await again.load();
    await again.close();
    assert.deepEqual(Object.keys(reopened.accounts[ACCOUNT][REGION].t).sort(), ['a', 'b', 'c', 'd']);
    assert.equal(reopened.seq, 4);
  });

  it('drops a torn journal tail (an unacknowledged write) and loads the rest', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-1');
    await put(store, 'vpc-2');
    await crash(backend);
    const good = statSync(backend.journalPath).size;
    appendFileSync(backend.journalPath, '{"s":3,"c":[{"account":"1000000000000001","region":"cn-hang');
    const notes: string[] = [];
    const reopenedBackend = new LowdbBackend(file, { log: (m) => notes.push(m) });
    const reopened = await Store.open(reopenedBackend);
    assert.deepEqual(ids(reopened), ['vpc-1', 'vpc-2']);
    assert.equal(statSync(reopenedBackend.journalPath).size, good, 'the torn tail was cut off');
    assert.ok(notes.some((n) => /dropping \d+ bytes/.test(n)), notes.join('\n'));
    await put(reopened, 'vpc-3');
    await crash(reopenedBackend);
    const again = await Store.open(new LowdbBackend(file));
    assert.deepEqual(ids(again), ['vpc-1', 'vpc-2', 'vpc-3']);
    await again.close();
  });

  it('refuses a state file that is not JSON with a clear error and leaves it untouched', async () => {
    mkdirFor(file);
    writeFileSync(file, '{"formatVersion": 1, "seq": 3, "accounts": {');
    writeFileSync(`${file}.journal`, '{"s":4,"c":[]}\n');
    await assert.rejects(Store.open(new LowdbBackend(file)), (e: Error) => e instanceof StateFileError && /not valid JSON/.test(e.message) && /left untouched/.test(e.message) && e.message.includes(file));
    assert.equal(readFileSync(file, 'utf8'), '{"formatVersion": 1, "seq": 3, "accounts": {');
    assert.equal(readFileSync(`${file}.journal`, 'utf8'), '{"s":4,"c":[]}\n');
  });

  it('refuses a JSON file that is not a sandbox state file and leaves it untouched', async () => {
    mkdirFor(file);
    for (const text of ['{"hello": "world"}', '[]', 'null', 'false', '0', '""', '{"formatVersion": 2, "accounts": {}}', '{"formatVersion": 1, "seq": 0, "accounts": null}']) {
      writeFileSync(file, text);
      await assert.rejects(Store.open(new LowdbBackend(file)), (e: Error) => e instanceof StateFileError && /formatVersion 1/.test(e.message));
      assert.equal(readFileSync(file, 'utf8'), text);
    }
  });

  it('refuses a journal with a corrupt record followed by good ones, instead of dropping the writes after it', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-1');
    await crash(backend);
    const good = encodeRecord(2, [{ account: ACCOUNT, region: REGION, table: 'vpcs', id: 'vpc-2', row: { id: 'vpc-2' } }]);
    appendFileSync(backend.journalPath, Buffer.concat([Buffer.from('garbage that is not JSON\n'), good]));
    const before = readFileSync(backend.journalPath);
    const store2 = await Store.open(new LowdbBackend(file)).catch((e) => e);
    assert.ok(store2 instanceof StateFileError, String(store2));
    assert.match(store2.message, /unreadable record at byte \d+ followed by good ones/);
    assert.deepEqual(readFileSync(backend.journalPath), before, 'the journal was left untouched');
  });

  it('drops a torn last batch even when it ends in a newline (its checksum does not match)', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-1');
    await put(store, 'vpc-2');
    await crash(backend);
    const good = statSync(backend.journalPath).size;
    // What a power loss can leave: the batch's length on disk, with a block of it never written.
    const torn = encodeRecord(3, [{ account: ACCOUNT, region: REGION, table: 'vpcs', id: 'vpc-torn', row: { id: 'vpc-torn' } }]);
    torn.fill(0, 20, 40);
    assert.equal(torn.at(-1), 0x0a, 'the torn batch ends in a newline');
    appendFileSync(backend.journalPath, torn);
    const notes: string[] = [];
    const reopenedBackend = new LowdbBackend(file, { log: (m) => notes.push(m) });
    const reopened = await Store.open(reopenedBackend);
    assert.deepEqual(ids(reopened), ['vpc-1', 'vpc-2']);
    assert.equal(statSync(reopenedBackend.journalPath).size, good, 'the torn batch was cut off');
    assert.ok(notes.some((n) => /dropping \d+ bytes/.test(n)), notes.join('\n'));
    await put(reopened, 'vpc-3');
    await crash(reopenedBackend);
    const again = await Store.open(new LowdbBackend(file));
    assert.deepEqual(ids(again), ['vpc-1', 'vpc-2', 'vpc-3']);
    await again.close();
  });

  it('drops a torn tail of zeros (a file extended but never written) after a newline', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-1');
    await crash(backend);
    appendFileSync(backend.journalPath, Buffer.concat([Buffer.alloc(300), Buffer.from('\n'), Buffer.alloc(50)]));
    const reopened = await Store.open(new LowdbBackend(file));
    assert.deepEqual(ids(reopened), ['vpc-1']);
    await reopened.close();
  });

  it('still reads a journal written before records had checksums', async () => {
    mkdirFor(file);
    const legacy = (s: number, id: string) => `${JSON.stringify({ s, c: [{ account: ACCOUNT, region: REGION, table: 'vpcs', id, row: { id } }] })}\n`;
    writeFileSync(`${file}.journal`, legacy(1, 'vpc-old-1') + legacy(2, 'vpc-old-2'));
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-new');
    await crash(backend);
    const reopened = await Store.open(new LowdbBackend(file));
    assert.deepEqual(ids(reopened), ['vpc-new', 'vpc-old-1', 'vpc-old-2']);
    await reopened.close();
  });

  it('fsyncs the folder after creating the journal and after renaming a snapshot into place, before emptying the journal', async () => {
    const disk = new FaultyDisk();
    const backend = new LowdbBackend(file, { disk });
    const store = await Store.open(backend);
    const openAt = disk.calls.indexOf('open db.json.journal');
    assert.ok(openAt >= 0 && disk.calls.indexOf('syncDir nested', openAt) > openAt, disk.calls.join('\n'));
    await put(store, 'vpc-1');
    disk.calls.length = 0;
    await store.close();
    const rename = disk.calls.indexOf('rename .db.json.tmp>db.json');
    const tmpSync = disk.calls.indexOf('datasync .db.json.tmp');
    const dirSync = disk.calls.indexOf('syncDir nested', rename);
    const emptied = disk.calls.indexOf('truncate db.json.journal');
    assert.ok(tmpSync >= 0 && tmpSync < rename, `the snapshot's data is synced before its rename: ${disk.calls.join(', ')}`);
    assert.ok(rename < dirSync && dirSync < emptied, `rename, then folder fsync, then the journal is emptied: ${disk.calls.join(', ')}`);
  });

  it('keeps the old snapshot and the journal when writing a snapshot fails before its rename', async () => {
    const disk = new FaultyDisk();
    const backend = new LowdbBackend(file, { disk });
    const store = await Store.open(backend);
    await put(store, 'vpc-1');
    await store.close();
    const backend2 = new LowdbBackend(file, { disk });
    const store2 = await Store.open(backend2);
    await put(store2, 'vpc-2');
    const snapshotBefore = readFileSync(file, 'utf8');
    disk.fail('datasync', /\.tmp$/, 'EIO');
    await assert.rejects(store2.close(), /EIO/);
    assert.equal(readFileSync(file, 'utf8'), snapshotBefore);
    assert.equal(existsSync(path.join(path.dirname(file), '.db.json.tmp')), false, 'the temporary file was removed');
    const reopened = await Store.open(new LowdbBackend(file));
    assert.deepEqual(ids(reopened), ['vpc-1', 'vpc-2']);
    await reopened.close();
  });

  it('recovers from a failed journal write: the next commit and a reopen still work', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-ok-1');
    const journal = (backend as any).journal;
    const realWrite = journal.write.bind(journal);
    journal.write = async (buf: Buffer, offset: number, length: number) => {
      await realWrite(buf, offset, Math.floor(length / 2)); // half a line reaches the disk
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    await assert.rejects(put(store, 'vpc-failed'), /ENOSPC/);
    journal.write = realWrite;
    await put(store, 'vpc-ok-2');
    await crash(backend);
    const reopened = await Store.open(new LowdbBackend(file));
    assert.ok(ids(reopened).includes('vpc-ok-1'));
    assert.ok(ids(reopened).includes('vpc-ok-2'));
    await reopened.close();
  });

  it('replays a long journal in time linear in its size', async () => {
    mkdirFor(file);
    const lines: string[] = [];
    for (let s = 1; s <= 20_000; s++) {
      lines.push(JSON.stringify({ s, c: [{ account: ACCOUNT, region: REGION, table: 'vpcs', id: `vpc-${s}`, row: { id: `vpc-${s}`, pad: 'p'.repeat(60) } }] }));
    }
    writeFileSync(`${file}.journal`, `${lines.join('\n')}\n`);
    const started = Date.now();
    const backend = new LowdbBackend(file);
    const state = await backend.load();
    await backend.close();
    assert.equal(Object.keys(state.accounts[ACCOUNT][REGION].vpcs).length, 20_000);
    assert.equal(state.seq, 20_000);
    assert.ok(Date.now() - started < 5000, `recovery took ${Date.now() - started} ms`);
  });

  it('writes a final snapshot and empties the journal on close', async () => {
    const backend = new LowdbBackend(file);
    const store = await Store.open(backend);
    await put(store, 'vpc-1');
    await store.close();
    assert.equal(readFileSync(backend.journalPath, 'utf8'), '');
    const snap = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(snap.accounts[ACCOUNT][REGION].vpcs['vpc-1'], { id: 'vpc-1' });
  });
});

function mkdirFor(file: string): void {
  require('node:fs').mkdirSync(path.dirname(file), { recursive: true });
}
