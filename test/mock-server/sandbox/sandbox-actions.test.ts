import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Sandbox } from '../../../mock-server/app';
import { assertErrorShape } from '../../helpers/assertions';
import { rpc, startTestSandbox, type Credentials } from '../../helpers/rpc';

const OTHER: Credentials = { accessKeyId: 'OTHERACCESSKEY', accessKeySecret: 'other-secret' };

async function seed(sandbox: Sandbox, account: string, region: string, ids: string[]): Promise<void> {
  await sandbox.store.transact(account, region, (tx) => {
    for (const id of ids) tx.table('vpcs').put({ id, name: id, cidrBlock: '10.0.0.0/16' });
  });
}

function exportText(sandbox: Sandbox): string {
  const s = sandbox.store.exportState();
  return JSON.stringify(s.accounts);
}

describe('sandbox admin actions', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-admin-'));
    writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify([{ ...OTHER, accountId: '2000000000000002' }]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('with the admin surface off (the default)', () => {
    let sandbox: Sandbox;
    before(async () => {
      sandbox = await startTestSandbox();
    });
    after(() => sandbox.close());

    for (const product of ['vpc', 'ecs'] as const) {
      for (const [action, params] of [
        ['SandboxResetState', {}],
        ['SandboxExportState', {}],
        ['SandboxImportState', { Snapshot: '{"formatVersion":1,"seq":0,"accounts":{}}' }],
      ] as const) {
        it(`refuses ${action} on ${product} with Forbidden.SandboxAdminDisabled (403)`, async () => {
          await seed(sandbox, '1000000000000001', 'cn-hangzhou', ['vpc-keep']);
          const before = exportText(sandbox);
          const r = await rpc(sandbox, product, action, params);
          assert.equal(r.status, 403, r.text);
          assertErrorShape(r.body, 'Forbidden.SandboxAdminDisabled', `${product}.aliyuncs.com`);
          assert.equal(exportText(sandbox), before);
        });
      }
    }
  });

  describe('with admin: true', () => {
    let sandbox: Sandbox;
    const dataFile = () => path.join(dir, 'admin.json');
    before(async () => {
      sandbox = await startTestSandbox({ admin: true, dataFile: dataFile(), accountsFile: path.join(dir, 'accounts.json') });
    });
    after(() => sandbox.close());

    it('exports, resets and imports a snapshot that round-trips exactly', async () => {
      await seed(sandbox, '1000000000000001', 'cn-hangzhou', ['vpc-a', 'vpc-b']);
      await seed(sandbox, '1000000000000001', 'cn-beijing', ['vpc-c']);
      await seed(sandbox, '2000000000000002', 'cn-hangzhou', ['vpc-d']);
      const exported = await rpc(sandbox, 'vpc', 'SandboxExportState', { RegionId: undefined });
      assert.equal(exported.status, 200, exported.text);
      const snapshot = JSON.parse(exported.body.Snapshot);
      assert.equal(snapshot.formatVersion, 1);
      assert.deepEqual(Object.keys(snapshot.accounts).sort(), ['1000000000000001', '2000000000000002']);

      const reset = await rpc(sandbox, 'ecs', 'SandboxResetState', { RegionId: undefined });
      assert.equal(reset.status, 200, reset.text);
      assert.deepEqual(sandbox.store.exportState().accounts, {});

      const imported = await rpc(sandbox, 'vpc', 'SandboxImportState', { RegionId: undefined, Snapshot: exported.body.Snapshot });
      assert.equal(imported.status, 200, imported.text);
      assert.deepEqual(sandbox.store.exportState().accounts, snapshot.accounts);
    });

    it('resets only the caller\'s account with Scope=Account', async () => {
      await seed(sandbox, '1000000000000001', 'cn-hangzhou', ['vpc-mine']);
      await seed(sandbox, '2000000000000002', 'cn-hangzhou', ['vpc-theirs']);
      const r = await rpc(sandbox, 'vpc', 'SandboxResetState', { Scope: 'Account' }, { creds: OTHER });
      assert.equal(r.status, 200, r.text);
      const accounts = sandbox.store.exportState().accounts;
      assert.equal(accounts['2000000000000002'], undefined);
      assert.ok(accounts['1000000000000001']['cn-hangzhou'].vpcs['vpc-mine']);
    });

    it('makes an import durable: a reopened sandbox has it', async () => {
      const snapshot = { formatVersion: 1, seq: 5, accounts: { '1000000000000001': { 'cn-shanghai': { vpcs: { 'vpc-durable': { id: 'vpc-durable', name: 'x' } } } } } };
      const r = await rpc(sandbox, 'vpc', 'SandboxImportState', { Snapshot: JSON.stringify(snapshot) });
      assert.equal(r.status, 200, r.text);
      await sandbox.close();
      sandbox = await startTestSandbox({ admin: true, dataFile: dataFile(), accountsFile: path.join(dir, 'accounts.json') });
      assert.deepEqual(sandbox.store.exportState().accounts, snapshot.accounts);
    });

    const malformed: Array<[string, string]> = [
      ['text that is not JSON', 'not json'],
      ['JSON null', 'null'],
      ['an array', '[]'],
      ['a number', '42'],
      ['a wrong formatVersion', '{"formatVersion":2,"seq":0,"accounts":{}}'],
      ['a missing accounts object', '{"formatVersion":1,"seq":0}'],
      ['accounts as an array', '{"formatVersion":1,"seq":0,"accounts":[]}'],
      ['a negative seq', '{"formatVersion":1,"seq":-1,"accounts":{}}'],
      ['a string seq', '{"formatVersion":1,"seq":"1","accounts":{}}'],
      ['an unknown top-level field', '{"formatVersion":1,"seq":0,"accounts":{},"extra":true}'],
      ['an account that is not an object', '{"formatVersion":1,"seq":0,"accounts":{"1":5}}'],
      ['a region the sandbox does not serve', '{"formatVersion":1,"seq":0,"accounts":{"1":{"mars-1":{}}}}'],
      ['a region that is an array', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":[]}}}'],
      ['a table that is null', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":null}}}}'],
      ['a row that is a string', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":{"vpc-1":"x"}}}}}'],
      ['a row that is an array', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":{"vpc-1":[]}}}}}'],
      ['a row without an id', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":{"vpc-1":{"name":"x"}}}}}}'],
      ['a row whose id differs from its key', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":{"vpc-1":{"id":"vpc-2"}}}}}}'],
      ['a numeric row id', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":{"1":{"id":1}}}}}}'],
      ['a __proto__ row key', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"vpcs":{"__proto__":{"id":"__proto__"}}}}}}'],
      ['a __proto__ account key', '{"formatVersion":1,"seq":0,"accounts":{"__proto__":{}}}'],
      ['a table name with odd characters', '{"formatVersion":1,"seq":0,"accounts":{"1":{"cn-hangzhou":{"../x":{}}}}}'],
      ['an empty Snapshot', ''],
    ];
    for (const [what, text] of malformed) {
      it(`rejects a snapshot with ${what} with InvalidParameter and changes nothing`, async () => {
        await seed(sandbox, '1000000000000001', 'cn-hangzhou', ['vpc-untouched']);
        const before = JSON.stringify(sandbox.store.exportState());
        const r = await rpc(sandbox, 'vpc', 'SandboxImportState', { Snapshot: text });
        assert.equal(r.status, 400, r.text);
        assert.ok(['InvalidParameter', 'MissingParameter'].includes(r.body.Code), r.text);
        if (text !== '') assertErrorShape(r.body, 'InvalidParameter');
        assert.equal(JSON.stringify(sandbox.store.exportState()), before);
      });
    }

    it('answers SandboxImportState without a Snapshot with MissingParameter', async () => {
      const r = await rpc(sandbox, 'vpc', 'SandboxImportState', {});
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'MissingParameter');
    });

    it('answers a Scope outside All|Account with InvalidParameter and resets nothing', async () => {
      await seed(sandbox, '1000000000000001', 'cn-hangzhou', ['vpc-scope']);
      const before = JSON.stringify(sandbox.store.exportState());
      const r = await rpc(sandbox, 'vpc', 'SandboxResetState', { Scope: 'Everything' });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'InvalidParameter');
      assert.equal(JSON.stringify(sandbox.store.exportState()), before);
    });
  });
});
