import { strict as assert } from 'node:assert';
import request from 'supertest';
import type { Sandbox } from '../../../mock-server/app';
import { createHmac } from 'node:crypto';
import { NonceRegistry, percentEncode, verifySignatureV1 } from '../../../mock-server/wire/signature';
import { Accounts } from '../../../mock-server/accounts';
import { acs3, signAcs3 } from '../../helpers/acs3';
import { assertErrorShape } from '../../helpers/assertions';
import { DEFAULT_CREDENTIALS, VERSIONS, rpc, signV1, startTestSandbox, toQuery } from '../../helpers/rpc';

describe('wire: request signatures', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ admin: true });
  });
  after(async () => {
    await sandbox.close();
  });

  describe('RPC signature v1', () => {
    for (const method of ['GET', 'POST'] as const) {
      for (const format of ['JSON', 'XML'] as const) {
        it(`accepts a correctly signed ${method} request with Format=${format}`, async () => {
          const r = await rpc(sandbox, 'vpc', 'SandboxExportState', { RegionId: undefined }, { method, format });
          assert.equal(r.status, 200, r.text);
          if (format === 'JSON') {
            assert.ok(r.body.RequestId);
            assert.equal(typeof r.body.Snapshot, 'string');
          } else {
            assert.match(r.text, /^<\?xml version="1.0" encoding="UTF-8"\?><SandboxExportStateResponse><RequestId>[0-9A-F-]+<\/RequestId><Snapshot>/);
          }
        });
      }
    }

    it('splits the parameters between the query and the form body, as the Terraform provider does', async () => {
      const signed = signV1('POST', { Action: 'SandboxExportState', Version: VERSIONS.vpc });
      const inQuery: Record<string, string> = {};
      const inBody: Record<string, string> = {};
      for (const [k, v] of Object.entries(signed)) (['Action', 'Version', 'Signature'].includes(k) ? inQuery : inBody)[k] = v;
      const res = await request(sandbox.url).post(`/?${toQuery(inQuery)}`).type('form').send(toQuery(inBody));
      assert.equal(res.status, 200, res.text);
    });

    it('defaults to XML when Format is absent, as the real gateway does', async () => {
      const signed = resignWithout(signV1('GET', { Action: 'SandboxExportState', Version: VERSIONS.vpc }), 'Format');
      const res = await request(sandbox.url).get(`/?${toQuery(signed)}`);
      assert.equal(res.status, 200, res.text);
      assert.match(res.text, /^<\?xml/);
      assert.match(String(res.headers['content-type']), /text\/xml/);
    });

    it('verifies with the account secret: a wrong secret gets SignatureDoesNotMatch (400)', async () => {
      const r = await rpc(sandbox, 'vpc', 'SandboxExportState', {}, { creds: { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'not-the-secret' } });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'SignatureDoesNotMatch');
      assert.match(r.body.Message, /server string to sign is:GET|server string to sign is:POST/);
    });

    it('rejects a parameter changed after signing with SignatureDoesNotMatch', async () => {
      const signed = signV1('POST', { Action: 'SandboxExportState', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou' });
      signed.RegionId = 'cn-beijing';
      const res = await request(sandbox.url).post('/').type('form').send(toQuery(signed));
      assert.equal(res.status, 400);
      assertErrorShape(res.body, 'SignatureDoesNotMatch');
    });

    it('rejects a GET signature replayed as a POST', async () => {
      const signed = signV1('GET', { Action: 'SandboxExportState', Version: VERSIONS.vpc });
      const res = await request(sandbox.url).post('/').type('form').send(toQuery(signed));
      assert.equal(res.status, 400);
      assertErrorShape(res.body, 'SignatureDoesNotMatch');
    });

    it('answers an unknown AccessKeyId with InvalidAccessKeyId.NotFound (404)', async () => {
      const r = await rpc(sandbox, 'vpc', 'SandboxExportState', {}, { creds: { accessKeyId: 'NOSUCHKEY', accessKeySecret: 'x' } });
      assert.equal(r.status, 404);
      assertErrorShape(r.body, 'InvalidAccessKeyId.NotFound');
    });

    it('answers a timestamp more than 15 minutes old with InvalidTimeStamp.Expired (400)', async () => {
      const stale = new Date(Date.now() - 16 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const r = await rpc(sandbox, 'vpc', 'SandboxExportState', { Timestamp: stale });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'InvalidTimeStamp.Expired');
    });

    it('answers a timestamp from the future beyond the window with InvalidTimeStamp.Expired', async () => {
      const future = new Date(Date.now() + 16 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const r = await rpc(sandbox, 'vpc', 'SandboxExportState', { Timestamp: future });
      assert.equal(r.status, 400);
      assert.equal(r.body.Code, 'InvalidTimeStamp.Expired');
    });

    it('answers a malformed timestamp with IllegalTimestamp (400)', async () => {
      const r = await rpc(sandbox, 'vpc', 'SandboxExportState', { Timestamp: 'yesterday' });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'IllegalTimestamp');
    });

    it('refuses a reused SignatureNonce with SignatureNonceUsed (400), even with a fresh signature', async () => {
      const first = await rpc(sandbox, 'vpc', 'SandboxExportState', { SignatureNonce: 'nonce-used-twice' });
      assert.equal(first.status, 200, first.text);
      const second = await rpc(sandbox, 'vpc', 'SandboxExportState', { SignatureNonce: 'nonce-used-twice' });
      assert.equal(second.status, 400);
      assertErrorShape(second.body, 'SignatureNonceUsed');
    });

    it('does not burn a nonce on a request whose signature is wrong', async () => {
      const bad = await rpc(sandbox, 'vpc', 'SandboxExportState', { SignatureNonce: 'nonce-after-bad' }, { creds: { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'wrong' } });
      assert.equal(bad.body.Code, 'SignatureDoesNotMatch');
      const good = await rpc(sandbox, 'vpc', 'SandboxExportState', { SignatureNonce: 'nonce-after-bad' });
      assert.equal(good.status, 200, good.text);
    });

    for (const missing of ['AccessKeyId', 'Signature', 'SignatureNonce', 'Timestamp', 'SignatureMethod']) {
      it(`answers a request without ${missing} with MissingParameter (400)`, async () => {
        const signed = signV1('GET', { Action: 'SandboxExportState', Version: VERSIONS.vpc });
        delete signed[missing];
        const res = await request(sandbox.url).get(`/?${toQuery(signed)}`);
        assert.equal(res.status, 400);
        assertErrorShape(res.body, 'MissingParameter');
        assert.match(res.body.Message, new RegExp(missing));
      });
    }

    it('refuses an unsupported SignatureMethod with InvalidSignatureMethod', async () => {
      const r = await rpc(sandbox, 'vpc', 'SandboxExportState', { SignatureMethod: 'HMAC-MD5' });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'InvalidSignatureMethod');
    });

    it('remembers a nonce for the whole window, then forgets it and sweeps expired ones', () => {
      const registry = new NonceRegistry(1000);
      registry.use('K', 'n1', 0);
      registry.use('K', 'n2', 500);
      assert.throws(() => registry.use('K', 'n1', 999), /has been used already/);
      registry.use('OTHER', 'n1', 999); // nonces are per AccessKeyId
      registry.use('K', 'n1', 1000); // expired: usable again, and moved to the end
      assert.throws(() => registry.use('K', 'n1', 1500), /has been used already/);
      registry.use('K', 'n3', 20_000); // sweeps everything older than the window
      assert.equal(registry.size, 1);
    });

    it('verifies a unit-level v1 signature against the account directory', () => {
      const params = signV1('GET', { Action: 'X', Version: VERSIONS.vpc });
      const account = verifySignatureV1('GET', params, Accounts.fromFile(undefined), new NonceRegistry(), Date.now());
      assert.equal(account.accessKeyId, DEFAULT_CREDENTIALS.accessKeyId);
    });
  });

  describe('ACS3-HMAC-SHA256', () => {
    it('accepts a request signed by hand per the ACS3 rules, parameters in the query (GET)', async () => {
      const r = await acs3(sandbox.url, { method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, query: {} });
      assert.equal(r.status, 200, r.text);
      assert.equal(typeof r.body.Snapshot, 'string');
    });

    it('accepts a POST with parameters in the query and a form body covered by x-acs-content-sha256', async () => {
      const r = await acs3(sandbox.url, { method: 'POST', action: 'SandboxResetState', version: VERSIONS.ecs, query: { RegionId: 'cn-hangzhou' }, form: { Scope: 'Account' } });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.Scope, 'Account');
    });

    it('rejects a query parameter changed after signing with SignatureDoesNotMatch', async () => {
      const signed = signAcs3({ method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, query: { RegionId: 'cn-hangzhou' }, host: new URL(sandbox.url).host });
      let req = request(sandbox.url).get('/?RegionId=cn-beijing');
      for (const [k, v] of Object.entries(signed.headers)) if (k !== 'host') req = req.set(k, v);
      const res = await req;
      assert.equal(res.status, 400);
      assertErrorShape(res.body, 'SignatureDoesNotMatch');
    });

    it('rejects a body that does not match x-acs-content-sha256', async () => {
      const signed = signAcs3({ method: 'POST', action: 'SandboxResetState', version: VERSIONS.vpc, form: { Scope: 'Account' }, host: new URL(sandbox.url).host });
      let req = request(sandbox.url).post('/');
      for (const [k, v] of Object.entries(signed.headers)) if (k !== 'host') req = req.set(k, v);
      const res = await req.send('Scope=All');
      assert.equal(res.status, 400);
      assertErrorShape(res.body, 'SignatureDoesNotMatch');
    });

    it('verifies with the account secret: a wrong secret gets SignatureDoesNotMatch', async () => {
      const r = await acs3(sandbox.url, { method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, creds: { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'nope' } });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'SignatureDoesNotMatch');
    });

    it('answers an unknown AccessKeyId with InvalidAccessKeyId.NotFound (404)', async () => {
      const r = await acs3(sandbox.url, { method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, creds: { accessKeyId: 'NOSUCHKEY', accessKeySecret: 'x' } });
      assert.equal(r.status, 404);
      assertErrorShape(r.body, 'InvalidAccessKeyId.NotFound');
    });

    it('answers a stale x-acs-date with InvalidTimeStamp.Expired', async () => {
      const stale = new Date(Date.now() - 20 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const r = await acs3(sandbox.url, { method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, date: stale });
      assert.equal(r.status, 400);
      assertErrorShape(r.body, 'InvalidTimeStamp.Expired');
    });

    it('refuses a reused x-acs-signature-nonce with SignatureNonceUsed', async () => {
      const first = await acs3(sandbox.url, { method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, nonce: 'acs3-nonce-twice' });
      assert.equal(first.status, 200, first.text);
      const second = await acs3(sandbox.url, { method: 'GET', action: 'SandboxExportState', version: VERSIONS.vpc, nonce: 'acs3-nonce-twice' });
      assert.equal(second.status, 400);
      assertErrorShape(second.body, 'SignatureNonceUsed');
    });

    it('answers a malformed Authorization header with IncompleteSignature', async () => {
      const res = await request(sandbox.url).get('/').set('Authorization', 'ACS3-HMAC-SHA256 garbage').set('x-acs-action', 'SandboxExportState').set('x-acs-version', VERSIONS.vpc);
      assert.equal(res.status, 400);
      assertErrorShape(res.body, 'IncompleteSignature');
    });

    it('accepts requests from the official SDK (@alicloud/openapi-core generic callApi)', async () => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { default: OpenApi, $OpenApiUtil } = require('@alicloud/openapi-core');
      const client = new OpenApi(new $OpenApiUtil.Config({ ...DEFAULT_CREDENTIALS, endpoint: new URL(sandbox.url).host, protocol: 'http', regionId: 'cn-hangzhou' }));
      const params = new $OpenApiUtil.Params({ action: 'SandboxExportState', version: VERSIONS.vpc, protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
      const res = await client.callApi(params, new $OpenApiUtil.OpenApiRequest({ query: {} }), {});
      assert.equal(res.statusCode, 200);
      assert.equal(typeof res.body.Snapshot, 'string');
      const wrong = new OpenApi(new $OpenApiUtil.Config({ accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'bad', endpoint: new URL(sandbox.url).host, protocol: 'http', regionId: 'cn-hangzhou' }));
      await assert.rejects(wrong.callApi(params, new $OpenApiUtil.OpenApiRequest({ query: {} }), {}), (e: any) => e.code === 'SignatureDoesNotMatch' && e.statusCode === 400);
    });
  });
});

/** Signs v1 parameters by hand without one key (signV1 always adds Format). */
function resignWithout(params: Record<string, string>, drop: string): Record<string, string> {
  const all = { ...params };
  delete all[drop];
  delete all.Signature;
  const canonical = Object.keys(all).sort().map((k) => `${percentEncode(k)}=${percentEncode(all[k])}`).join('&');
  all.Signature = createHmac('sha1', `${DEFAULT_CREDENTIALS.accessKeySecret}&`).update(`GET&%2F&${percentEncode(canonical)}`).digest('base64');
  return all;
}

