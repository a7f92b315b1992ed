import { strict as assert } from 'node:assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Accounts } from '../../../mock-server/accounts';
import { createDispatcher } from '../../../mock-server/actions/dispatcher';
import { defineAction, type ActionRegistry } from '../../../mock-server/actions/registry';
import { sandboxRegistry } from '../../../mock-server/families';
import { MemoryBackend } from '../../../mock-server/store/memory-backend';
import { Store } from '../../../mock-server/store/store';
import { createWireApp } from '../../../mock-server/wire/http-app';
import { boolean, integer, jsonStringArray, list, objects, required, string } from '../../../mock-server/wire/params';
import { assertErrorShape } from '../../helpers/assertions';
import type { Sandbox } from '../../../mock-server/app';
import { VERSIONS, rpc, signV1, startTestSandbox, toQuery } from '../../helpers/rpc';

/** A regional test action with one parameter of every kind, so the wire rules can be tested on their own. */
const probe = defineAction({
  name: 'SandboxTestProbe',
  products: ['vpc', 'ecs'],
  params: {
    Name: required(string({ maxLength: 16 })),
    Count: integer({ min: 1, max: 50 }),
    Enabled: boolean(),
    Ids: jsonStringArray({ maxItems: 3 }),
    Zone: list(string(), { maxItems: 5 }),
    Rule: objects({ Port: required(integer({ min: 1, max: 65535 })), Proto: string({ enum: ['tcp', 'udp'] }) }, { maxItems: 4 }),
    ClientToken: string({ maxLength: 64 }),
  },
  handle(ctx, p) {
    return ctx.transact((tx) => {
      const t = tx.table<{ id: string; n: number }>('probes');
      const id = `probe-${t.count() + 1}`;
      t.put({ id, n: p.Count ?? 0 });
      return { Id: id, Echo: { Name: p.Name, Count: p.Count ?? null, Enabled: p.Enabled ?? null, Ids: p.Ids ?? [], Zone: p.Zone ?? [], Rule: p.Rule ?? [] } };
    });
  },
});

describe('wire: the HTTP app', () => {
  let store: Store;
  let registry: ActionRegistry;
  let app: ReturnType<typeof createWireApp>;
  let server: http.Server;
  let url: string;

  before(async () => {
    store = await Store.open(new MemoryBackend());
    registry = sandboxRegistry().register(probe);
    app = createWireApp({
      dispatcher: createDispatcher({ registry, store, config: { asyncDelayMs: 0 }, admin: { enabled: false, store } }),
      accounts: Accounts.fromFile(undefined),
      maxBodyBytes: 64 * 1024,
      logError: () => {},
    });
    server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  async function call(params: Record<string, string>, opts: { method?: 'GET' | 'POST'; version?: string } = {}) {
    const method = opts.method ?? 'POST';
    const all: Record<string, string> = { Action: 'SandboxTestProbe', Version: opts.version ?? VERSIONS.vpc, RegionId: 'cn-hangzhou', ...params };
    for (const [k, v] of Object.entries(params)) if (v === '\u0000drop') delete all[k];
    const signed = signV1(method, all);
    const res = method === 'GET' ? await request(url).get(`/?${toQuery(signed)}`) : await request(url).post('/').type('form').send(toQuery(signed));
    return res;
  }

  it('parses every parameter kind and answers with RequestId and the action fields', async () => {
    const res = await call({ Name: 'n', Count: '7', Enabled: 'TRUE', Ids: '["a","b"]', 'Zone.1': 'z1', 'Zone.2': 'z2', 'Rule.1.Port': '22', 'Rule.1.Proto': 'tcp', 'Rule.2.Port': '80' });
    assert.equal(res.status, 200, res.text);
    assert.ok(res.body.RequestId);
    assert.deepEqual(res.body.Echo, { Name: 'n', Count: 7, Enabled: true, Ids: ['a', 'b'], Zone: ['z1', 'z2'], Rule: [{ Port: 22, Proto: 'tcp' }, { Port: 80 }] });
  });

  it('answers a missing required parameter with MissingParameter (400) naming it', async () => {
    const res = await call({});
    assert.equal(res.status, 400);
    assertErrorShape(res.body, 'MissingParameter', 'vpc.aliyuncs.com');
    assert.match(res.body.Message, /"Name"/);
  });

  it('answers a missing field inside a repeated object with MissingParameter', async () => {
    const res = await call({ Name: 'n', 'Rule.1.Proto': 'tcp' });
    assert.equal(res.status, 400);
    assertErrorShape(res.body, 'MissingParameter');
    assert.match(res.body.Message, /Rule\.1\.Port/);
  });

  const wrong: Array<[string, Record<string, string>]> = [
    ['a non-integer', { Count: 'seven' }],
    ['an integer out of range', { Count: '51' }],
    ['a float', { Count: '1.5' }],
    ['a huge integer', { Count: '99999999999999999999' }],
    ['a non-boolean', { Enabled: 'yes' }],
    ['malformed JSON', { Ids: '["a",' }],
    ['JSON that is not an array of strings', { Ids: '[1,2]' }],
    ['a JSON array with too many items', { Ids: '["a","b","c","d"]' }],
    ['a value outside the enum', { 'Rule.1.Port': '1', 'Rule.1.Proto': 'icmp' }],
    ['a string over its maximum length', { Name: 'x'.repeat(17) }],
    ['a repeated index of 0', { 'Zone.0': 'z' }],
    ['a repeated index that is not a number', { 'Zone.one': 'z' }],
    ['a repeated index above the maximum', { 'Zone.6': 'z' }],
    ['a huge repeated index', { 'Zone.99999999': 'z' }],
  ];
  for (const [what, params] of wrong) {
    it(`answers ${what} with InvalidParameter (400)`, async () => {
      const res = await call({ Name: 'n', ...params });
      assert.equal(res.status, 400, res.text);
      assertErrorShape(res.body, 'InvalidParameter');
    });
  }

  it('refuses more than 1000 parameters with InvalidParameter, quickly', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) many[`P${i}`] = 'v';
    const started = Date.now();
    const res = await call({ Name: 'n', ...many });
    assert.equal(res.status, 400);
    assertErrorShape(res.body, 'InvalidParameter');
    assert.match(res.body.Message, /more than 1000 parameters/);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });

  it('answers an unknown parameter with UnsupportedParameter (400) instead of ignoring it', async () => {
    const res = await call({ Name: 'n', Nmae: 'typo' });
    assert.equal(res.status, 400);
    assertErrorShape(res.body, 'UnsupportedParameter');
    assert.match(res.body.Message, /Nmae/);
  });

  it('answers an unknown action with InvalidAction.NotFound (404)', async () => {
    const signed = signV1('GET', { Action: 'CreateUnicorn', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou' });
    const res = await request(url).get(`/?${toQuery(signed)}`);
    assert.equal(res.status, 404);
    assertErrorShape(res.body, 'InvalidAction.NotFound', 'vpc.aliyuncs.com');
  });

  it('answers an unknown action on the ECS version with the ECS HostId', async () => {
    const signed = signV1('GET', { Action: 'CreateUnicorn', Version: VERSIONS.ecs, RegionId: 'cn-hangzhou' });
    const res = await request(url).get(`/?${toQuery(signed)}`);
    assert.equal(res.status, 404);
    assertErrorShape(res.body, 'InvalidAction.NotFound', 'ecs.aliyuncs.com');
  });

  it('answers an unknown version with InvalidVersion (400)', async () => {
    const res = await call({ Name: 'n' }, { version: '2099-01-01' });
    assert.equal(res.status, 400);
    assertErrorShape(res.body, 'InvalidVersion');
  });

  it('answers a missing Action or Version with MissingParameter', async () => {
    for (const drop of ['Action', 'Version']) {
      const signed = signV1('GET', { Action: 'SandboxTestProbe', Version: VERSIONS.vpc, RegionId: 'cn-hangzhou', Name: 'n' });
      delete signed[drop];
      const res = await request(url).get(`/?${toQuery(signed)}`);
      assert.equal(res.status, 400);
      assertErrorShape(res.body, 'MissingParameter');
      assert.match(res.body.Message, new RegExp(drop));
    }
  });

  it('answers a regional action without RegionId with MissingParameter', async () => {
    const res = await call({ Name: 'n', RegionId: '\u0000drop' });
    assert.equal(res.status, 400);
    assertErrorShape(res.body, 'MissingParameter');
    assert.match(res.body.Message, /RegionId/);
  });

  it('answers an unknown region with InvalidRegionId.NotFound (404)', async () => {
    const res = await call({ Name: 'n', RegionId: 'mars-north-1' });
    assert.equal(res.status, 404);
    assertErrorShape(res.body, 'InvalidRegionId.NotFound');
  });

  it('answers with an XML <Error> body when Format=XML', async () => {
    const res = await call({ Format: 'XML' });
    assert.equal(res.status, 400);
    assert.match(String(res.headers['content-type']), /text\/xml/);
    assert.match(res.text, /^<\?xml version="1.0" encoding="UTF-8"\?><Error><RequestId>[0-9A-F-]{36}<\/RequestId><HostId>vpc\.aliyuncs\.com<\/HostId><Code>MissingParameter<\/Code><Message>[^<]+<\/Message><Recommend>[^<]+<\/Recommend><\/Error>$/);
  });

  it('escapes user text in XML responses', async () => {
    const res = await call({ Name: '<a&b>"\'', Format: 'XML' });
    assert.equal(res.status, 200, res.text);
    assert.match(res.text, /<Name>&lt;a&amp;b&gt;&quot;&apos;<\/Name>/);
  });

  it('answers a body larger than the limit with RequestEntityTooLarge (413), declared up front', async () => {
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(10 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    assert.equal(status.status, 413);
    assertErrorShape(JSON.parse(status.body), 'RequestEntityTooLarge');
  });

  it('answers a chunked body that grows past the limit with 413 and keeps serving', async () => {
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', () => {});
      const chunk = 'a'.repeat(16 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 20) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
      setTimeout(() => reject(new Error('no response within 5 s')), 5000).unref();
    });
    assert.equal(result.status, 413);
    assertErrorShape(JSON.parse(result.body), 'RequestEntityTooLarge');
    const after = await call({ Name: 'still-up' });
    assert.equal(after.status, 200);
  });

  it('answers other HTTP methods with UnsupportedHTTPMethod (400)', async () => {
    for (const method of ['put', 'delete', 'patch', 'options'] as const) {
      const res = await request(url)[method]('/');
      assert.equal(res.status, 400, `${method}: ${res.text}`);
      assertErrorShape(res.body, 'UnsupportedHTTPMethod');
    }
  });

  it('serves the health endpoint without a signature', async () => {
    for (const path of ['/health', '/_sandbox/health']) {
      const res = await request(url).get(path);
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'ok');
      assert.deepEqual(res.body.products, { '2016-04-28': 'vpc', '2014-05-26': 'ecs', '2020-03-31': 'resourcemanager', '2015-04-01': 'sts' });
    }
  });

  it('answers nothing else without a valid signature: every registered action, unsigned, gets a 4xx and changes nothing', async () => {
    const before = JSON.stringify(store.exportState());
    for (const product of ['vpc', 'ecs'] as const) {
      for (const action of registry.names(product)) {
        const q = toQuery({ Action: action, Version: VERSIONS[product], RegionId: 'cn-hangzhou', Format: 'JSON', Name: 'n' });
        for (const res of [await request(url).get(`/?${q}`), await request(url).post('/').type('form').send(q)]) {
          assert.equal(res.status, 400, `${product} ${action}: ${res.text}`);
          assertErrorShape(res.body, 'MissingParameter');
        }
        const half = signV1('GET', { Action: action, Version: VERSIONS[product], RegionId: 'cn-hangzhou', Name: 'n' });
        half.Signature = 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=';
        const forged = await request(url).get(`/?${toQuery(half)}`);
        assert.equal(forged.status, 400);
        assertErrorShape(forged.body, 'SignatureDoesNotMatch');
      }
      assert.ok(registry.names(product).length > 0);
    }
    assert.equal(JSON.stringify(store.exportState()), before);
  });

  it('answers other paths the same way: a signature is needed everywhere but health', async () => {
    for (const path of ['/', '/admin', '/_sandbox/export', '/health/x', '/favicon.ico']) {
      const res = await request(url).get(path);
      assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status}`);
      // No Format parameter: the real gateway then answers in XML.
      assert.match(res.text, /<Error>.*<Code>MissingParameter<\/Code>/, `${path}: ${res.text}`);
    }
  });

  it('makes a create idempotent with ClientToken, and refuses the same token with other parameters', async () => {
    const a = await call({ Name: 'idem', Count: '3', ClientToken: 'tok-1' });
    const b = await call({ Name: 'idem', Count: '3', ClientToken: 'tok-1' });
    assert.equal(a.status, 200);
    assert.equal(b.body.Id, a.body.Id);
    assert.notEqual(b.body.RequestId, a.body.RequestId);
    const c = await call({ Name: 'idem', Count: '4', ClientToken: 'tok-1' });
    assert.equal(c.status, 400);
    assertErrorShape(c.body, 'IdempotentParameterMismatch');
  });
});

describe('wire: the same rules on the real actions', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  const cases: Array<[string, 'vpc' | 'ecs', string, Record<string, string | undefined>, number, string]> = [
    ['CreateVpc without RegionId', 'vpc', 'CreateVpc', { RegionId: undefined, CidrBlock: '10.0.0.0/16' }, 400, 'MissingParameter'],
    ['CreateVpc in an unknown region', 'vpc', 'CreateVpc', { RegionId: 'xx-nowhere-1', CidrBlock: '10.0.0.0/16' }, 404, 'InvalidRegionId.NotFound'],
    ['DescribeVpcs with a non-integer PageSize', 'vpc', 'DescribeVpcs', { PageSize: 'ten' }, 400, 'InvalidParameter'],
    ['DescribeVpcs with PageSize above the maximum of 50', 'vpc', 'DescribeVpcs', { PageSize: '51' }, 400, 'InvalidParameter'],
    ['DescribeVpcs with a non-boolean IsDefault', 'vpc', 'DescribeVpcs', { IsDefault: 'maybe' }, 400, 'InvalidParameter'],
    ['DescribeVpcs with an unknown parameter', 'vpc', 'DescribeVpcs', { VpcIds: 'vpc-1' }, 400, 'UnsupportedParameter'],
    ['CreateVSwitch without VpcId', 'vpc', 'CreateVSwitch', { ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.0.0/24' }, 400, 'MissingParameter'],
    ['DescribeInstances with InstanceIds that are not a JSON array', 'ecs', 'DescribeInstances', { InstanceIds: 'i-1,i-2' }, 400, 'InvalidParameter'],
    ['an ECS action on the VPC version', 'vpc', 'RunInstances', {}, 404, 'InvalidAction.NotFound'],
    ['a VPC action on the ECS version', 'ecs', 'CreateVSwitch', {}, 404, 'InvalidAction.NotFound'],
  ];
  for (const [what, product, action, params, status, code] of cases) {
    it(`answers ${what} with ${code} (${status})`, async () => {
      const r = await rpc(sandbox, product, action, params);
      assert.equal(r.status, status, r.text);
      assertErrorShape(r.body, code, `${product}.aliyuncs.com`);
    });
  }

  it('renders a real list response as XML with repeated elements when Format=XML', async () => {
    for (const cidr of ['10.0.0.0/16', '10.1.0.0/16']) assert.equal((await rpc(sandbox, 'vpc', 'CreateVpc', { CidrBlock: cidr })).status, 200);
    const r = await rpc(sandbox, 'vpc', 'DescribeVpcs', {}, { format: 'XML' });
    assert.equal(r.status, 200, r.text);
    assert.match(r.text, /^<\?xml version="1.0" encoding="UTF-8"\?><DescribeVpcsResponse><RequestId>/);
    assert.equal((r.text.match(/<Vpcs><Vpc>|<\/Vpc><Vpc>/g) ?? []).length, 2);
    assert.match(r.text, /<TotalCount>2<\/TotalCount>/);
  });
});
