/**
 * "No acknowledged write is lost, and no refused write survives." The sandbox runs in-process on a
 * real state file whose disk fails on demand (faulty-disk.ts): a journal write or fdatasync that
 * fails must answer 503 ServiceUnavailable, leave nothing in memory or on disk, refuse whatever
 * was staged on top of it, and let the sandbox serve again once the disk recovers.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_ACCOUNT } from '../../../mock-server/accounts';
import { startSandbox, type Sandbox } from '../../../mock-server/app';
import { LowdbBackend } from '../../../mock-server/store/lowdb-backend';
import { rpc } from '../../helpers/rpc';
import { FaultyDisk } from './faulty-disk';

const REGION = 'cn-hangzhou';
const ZONE = 'cn-hangzhou-h';
const JOURNAL = /\.journal$/;

describe('store: a write the disk refuses is never acknowledged and never survives', function () {
  this.timeout(30_000);
  let dir: string;
  let file: string;
  let disk: FaultyDisk;
  let sandbox: Sandbox | undefined;
  let backend: LowdbBackend | undefined;
  const logs: string[] = [];

  async function start(): Promise<Sandbox> {
    backend = new LowdbBackend(file, { disk, log: (m) => logs.push(m) });
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, admin: true, backend, log: (m) => logs.push(m) });
    return sandbox;
  }

  /** A crash: the server stops and the files are released, with no final snapshot. */
  async function crash(): Promise<void> {
    sandbox!.server.closeAllConnections();
    await new Promise((r) => sandbox!.server.close(r));
    await backend!.close();
    sandbox = undefined;
  }

  /** The state a restart would load, read straight from the files. */
  async function onDisk() {
    const b = new LowdbBackend(file);
    const state = await b.load();
    await b.close();
    return state.accounts[DEFAULT_ACCOUNT.accountId]?.[REGION] ?? {};
  }

  async function vpcIds(sb: Sandbox): Promise<string[]> {
    const r = await rpc(sb, 'vpc', 'DescribeVpcs', { RegionId: REGION, PageSize: 50 });
    assert.equal(r.status, 200, r.text);
    return r.body.Vpcs.Vpc.map((v: any) => v.VpcId).sort();
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-faults-'));
    file = path.join(dir, 'db.json');
    disk = new FaultyDisk();
    logs.length = 0;
  });
  afterEach(async () => {
    if (sandbox) await crash();
    rmSync(dir, { recursive: true, force: true });
  });

  function assertUnavailable(r: { status: number; body: any; text: string }): void {
    assert.equal(r.status, 503, r.text);
    assert.equal(r.body.Code, 'ServiceUnavailable', r.text);
  }

  it('answers 503 when the journal write fails, keeps the VPC out of memory and off disk, and serves again once the disk recovers', async () => {
    const sb = await start();
    const kept = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/16', VpcName: 'kept' });
    assert.equal(kept.status, 200, kept.text);
    disk.fail('write', JOURNAL, 'ENOSPC');
    assertUnavailable(await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.1.0.0/16', VpcName: 'refused-1' }));
    assertUnavailable(await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.2.0.0/16', VpcName: 'refused-2' }));
    assert.deepEqual(await vpcIds(sb), [kept.body.VpcId], 'a refused create is visible');
    disk.heal();
    const later = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.3.0.0/16', VpcName: 'after-recovery' });
    assert.equal(later.status, 200, later.text);
    await crash();
    assert.deepEqual(Object.keys((await onDisk()).vpcs ?? {}).sort(), [kept.body.VpcId, later.body.VpcId].sort());
    assert.doesNotMatch(readFileSync(`${file}.journal`, 'utf8'), /refused-/);
  });

  it('answers 503 when the fdatasync fails, and cuts the unsynced batch out of the journal', async () => {
    const sb = await start();
    disk.fail('datasync', JOURNAL, 'EIO', 1);
    assertUnavailable(await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.1.0.0/16', VpcName: 'not-synced' }));
    assert.ok(disk.written.some((w) => w.data.includes('not-synced')), 'the batch did reach the file before its fsync failed');
    const ok = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.2.0.0/16', VpcName: 'synced' });
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(await vpcIds(sb), [ok.body.VpcId]);
    await crash();
    assert.deepEqual(Object.keys((await onDisk()).vpcs ?? {}), [ok.body.VpcId]);
    assert.doesNotMatch(readFileSync(`${file}.journal`, 'utf8'), /not-synced/);
  });

  it('refuses a VSwitch staged into a VPC whose create then fails, and a ClientToken retry never answers with an id that does not exist', async () => {
    const sb = await start();
    const release = disk.hold('datasync', JOURNAL);
    disk.fail('datasync', JOURNAL, 'EIO', 1);
    const token = 'retry-token-1';
    const create = rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/16', VpcName: 'doomed', ClientToken: token });
    // The VPC is staged and its batch is being synced: read its id from the bytes being written.
    let doomedId: string | undefined;
    for (let i = 0; i < 200 && !doomedId; i++) {
      doomedId = /"id":"(vpc-[^"]+)"/.exec(disk.written.find((w) => JOURNAL.test(w.file))?.data ?? '')?.[1];
      if (!doomedId) await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(doomedId, 'the create reached the journal');
    const vswitch = rpc(sb, 'vpc', 'CreateVSwitch', { RegionId: REGION, VpcId: doomedId, ZoneId: ZONE, CidrBlock: '10.0.1.0/24' });
    const retry = rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/16', VpcName: 'doomed', ClientToken: token });
    await new Promise((r) => setTimeout(r, 50));
    release();
    assertUnavailable(await create);
    assertUnavailable(await vswitch);
    assertUnavailable(await retry);

    // Nothing of it is left: the VPC is unknown, so a VSwitch into it is refused outright.
    assert.deepEqual(await vpcIds(sb), []);
    const late = await rpc(sb, 'vpc', 'CreateVSwitch', { RegionId: REGION, VpcId: doomedId, ZoneId: ZONE, CidrBlock: '10.0.1.0/24' });
    assert.equal(late.status, 404, late.text);
    assert.equal(late.body.Code, 'InvalidVpcId.NotFound');

    // The provider's retry with the same ClientToken creates the VPC afresh, with an id that exists.
    const again = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/16', VpcName: 'doomed', ClientToken: token });
    assert.equal(again.status, 200, again.text);
    assert.notEqual(again.body.VpcId, doomedId);
    const attr = await rpc(sb, 'vpc', 'DescribeVpcAttribute', { RegionId: REGION, VpcId: again.body.VpcId });
    assert.equal(attr.status, 200, attr.text);
    const repeat = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/16', VpcName: 'doomed', ClientToken: token });
    assert.equal(repeat.body.VpcId, again.body.VpcId, 'a later retry answers with the stored VPC');
    await crash();
    const state = await onDisk();
    assert.deepEqual(Object.keys(state.vpcs ?? {}), [again.body.VpcId]);
    assert.deepEqual(Object.keys(state.vswitches ?? {}), []);
  });

  it('makes a reset and an import all or nothing when the snapshot cannot be written', async () => {
    const sb = await start();
    const vpc = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/16' });
    assert.equal(vpc.status, 200, vpc.text);
    const exported = (await rpc(sb, 'vpc', 'SandboxExportState', { RegionId: undefined })).body.Snapshot;
    disk.fail('datasync', /\.db\.json\.tmp$/, 'EIO');
    assertUnavailable(await rpc(sb, 'vpc', 'SandboxResetState', { RegionId: undefined }));
    disk.heal();
    disk.fail('rename', /db\.json$/, 'EIO');
    assertUnavailable(await rpc(sb, 'vpc', 'SandboxImportState', { RegionId: undefined, Snapshot: JSON.stringify({ formatVersion: 1, seq: 0, accounts: {} }) }));
    assert.equal((await rpc(sb, 'vpc', 'SandboxExportState', { RegionId: undefined })).body.Snapshot, exported, 'a failed reset or import changed memory');
    disk.heal();
    const more = await rpc(sb, 'vpc', 'CreateVpc', { RegionId: REGION, CidrBlock: '10.1.0.0/16' });
    assert.equal(more.status, 200, more.text);
    await crash();
    assert.deepEqual(Object.keys((await onDisk()).vpcs ?? {}).sort(), [vpc.body.VpcId, more.body.VpcId].sort());
  });
});
