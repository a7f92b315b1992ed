import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Sandbox } from '../../../../mock-server/app';
import { DEFAULT_ACCOUNT } from '../../../../mock-server/accounts';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';

describe('STS GetCallerIdentity', () => {
  let sb: Sandbox;
  let dir: string;
  const other = { accessKeyId: 'SECONDACCOUNTKEY', accessKeySecret: 'second-secret', accountId: '1000000000000002' };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sts-'));
    const file = path.join(dir, 'accounts.json');
    fs.writeFileSync(file, JSON.stringify([other]));
    sb = await startTestSandbox({ accountsFile: file });
  });
  after(async () => {
    await sb?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers with the signing account as a root identity, with no RegionId needed', async () => {
    const r = await ok(sb, 'sts', 'GetCallerIdentity', { RegionId: undefined });
    assert.equal(r.AccountId, DEFAULT_ACCOUNT.accountId);
    assert.equal(r.PrincipalId, DEFAULT_ACCOUNT.accountId);
    assert.equal(r.IdentityType, 'Account');
    assert.equal(r.Arn, `acs:ram::${DEFAULT_ACCOUNT.accountId}:root`);
    assert.match(r.RequestId, /^[0-9A-F-]{36}$/);
  });

  it('answers each account with its own id, whichever key signed', async () => {
    const r = await rpc(sb, 'sts', 'GetCallerIdentity', {}, { creds: other });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.AccountId, other.accountId);
    assert.equal(r.body.Arn, `acs:ram::${other.accountId}:root`);
  });

  it('refuses an unknown AccessKey, as every product does', async () => {
    const r = await rpc(sb, 'sts', 'GetCallerIdentity', {}, { creds: { accessKeyId: 'NOSUCHKEY', accessKeySecret: 'x' } });
    assert.equal(r.status, 404);
    assert.equal(r.body.Code, 'InvalidAccessKeyId.NotFound');
  });
});
