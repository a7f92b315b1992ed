/**
 * Hostile input: a few thousand random and hostile requests (random actions including real ones,
 * random, oversized, wrong-typed, unicode and injection parameters, duplicate keys, weird methods,
 * bad encodings, huge repeated-list indexes, broken signatures and correctly signed garbage) each
 * get a 4xx with a real code — never a 5xx, a crash or a hang — and never change the store.
 * Deterministic: one seed, a bounded number of requests and a time cap.
 */
import { strict as assert } from 'node:assert';
import { createHmac, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import * as net from 'node:net';
import { declaredErrorCodes } from '../../../mock-server/errors';
import type { Sandbox } from '../../../mock-server/app';
import { sandboxRegistry } from '../../../mock-server/families';
import { percentEncode } from '../../../mock-server/wire/signature';
import { DEFAULT_CREDENTIALS, VERSIONS, eventually, rpc, startTestSandbox } from '../../helpers/rpc';

const SEED = 0x5eed2026;
const REQUESTS = 2500;
const TIME_CAP_MS = 25_000;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every wire code the sandbox defines: the shared ones and every family's (the families' errors.ts
 * files are loaded by the registry import above).
 */
const KNOWN_CODES = declaredErrorCodes();

const HOSTILE_STRINGS = [
  '', ' ', '0', '-1', '1e9', 'NaN', 'null', 'undefined', 'true', '[]', '{}', '["a"]', '[1,2]', '{"a":1}',
  "' OR 1=1 --", '"; DROP TABLE vpcs; --', '<script>alert(1)</script>', ']]><x/>', '../../../../etc/passwd', '${jndi:ldap://x/a}',
  '{{7*7}}', '%00', '\u0000', '\r\nX-Injected: 1', '💥🔥', 'ＶＰＣ', '\u202etxt.exe', 'é'.repeat(300), 'a'.repeat(5000),
  '10.0.0.0/8', '10.0.0.0/33', '256.0.0.0/16', '10.0.0.1/24', '0.0.0.0/0', '::/0', 'cn-hangzhou', 'cn-hangzhou-h', 'vpc-nonexistent',
  '__proto__', 'constructor', 'toString', 'i-', 'sg-', '9'.repeat(40), '-0', '0x10', '1.0', ' 5', '5 ',
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'Tag.0.Key', 'Tag.99999999.Key', 'Tag.1e5.Key', 'Tag.-1.Key', 'Tag..Key', 'Tag.1', 'Tag.1.Key.Extra', 'Zone.1.2.3', 'X'.repeat(300), '', '💥', 'Action ', 'regionid'];
const RANDOM_ACTIONS = ['', 'x', 'CreateVpcs', 'createvpc', 'CREATEVPC', 'DescribeVpcs ', 'Describe', 'DeleteEverything', 'Sandbox', '../CreateVpc', 'CreateVpc;DeleteVpc', '__proto__', 'constructor', 'A'.repeat(500), 'RunInstances\u0000'];
const VERSIONS_FUZZ = ['2016-04-28', '2014-05-26', '2016-04-27', '', '2016-4-28', 'latest', '2014-05-26 ', '1.0'];
const METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'MKCOL'];

interface Outcome {
  status: number;
  text: string;
  kind: string;
}

function sendRaw(url: string, opts: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<Outcome & { headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${opts.path}`, { method: opts.method, headers: opts.headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, text, kind: '', headers: res.headers }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`hang: ${opts.method} ${opts.path.slice(0, 200)}`)));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** v1-signs exactly the decoded parameters the server will see; `raw` lets the encoding itself be hostile. */
function signDecoded(method: string, rawQuery: string, creds = DEFAULT_CREDENTIALS): string {
  const decoded: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(rawQuery)) decoded[k] = v;
  delete decoded.Signature;
  const canonical = Object.keys(decoded).sort().map((k) => `${percentEncode(k)}=${percentEncode(decoded[k])}`).join('&');
  const sig = createHmac('sha1', `${creds.accessKeySecret}&`).update(`${method}&%2F&${percentEncode(canonical)}`).digest('base64');
  return `${rawQuery}&Signature=${percentEncode(sig)}`;
}

function commonParams(action: string, version: string): string {
  return [
    `Action=${percentEncode(action)}`,
    `Version=${percentEncode(version)}`,
    'Format=JSON',
    `AccessKeyId=${DEFAULT_CREDENTIALS.accessKeyId}`,
    'SignatureMethod=HMAC-SHA1',
    'SignatureVersion=1.0',
    `SignatureNonce=${randomUUID()}`,
    `Timestamp=${percentEncode(new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))}`,
  ].join('&');
}

describe('reliability: hostile input fuzz', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  const registry = sandboxRegistry();
  const realActions: Array<{ product: 'vpc' | 'ecs'; name: string; params: string[] }> = [];
  for (const product of ['vpc', 'ecs'] as const) {
    for (const name of registry.names(product)) realActions.push({ product, name, params: Object.keys(registry.find(product, name)!.params) });
  }

  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0, admin: false });
    // Some real resources, so that ids in the fuzz can hit something.
    const vpc = await rpc(sandbox, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16', VpcName: 'fuzz-target' });
    assert.equal(vpc.status, 200, vpc.text);
    await eventually(async () => (await rpc(sandbox, 'vpc', 'DescribeVpcAttribute', { VpcId: vpc.body.VpcId })).body?.Status === 'Available');
    const vsw = await rpc(sandbox, 'vpc', 'CreateVSwitch', { VpcId: vpc.body.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24' });
    assert.equal(vsw.status, 200, vsw.text);
    HOSTILE_STRINGS.push(vpc.body.VpcId, vsw.body.VSwitchId, vpc.body.RouteTableId, vpc.body.VRouterId);
  });
  after(() => sandbox.close());

  it(`answers ${REQUESTS} random and hostile requests with a real 4xx code, never a 5xx or a hang, and changes nothing they fail on`, async () => {
    const random = prng(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const randomString = (): string => {
      const r = random();
      if (r < 0.6) return pick(HOSTILE_STRINGS);
      if (r < 0.8) return Array.from({ length: Math.floor(random() * 40) }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
      if (r < 0.9) return Array.from({ length: Math.floor(random() * 10) }, () => String.fromCodePoint(0xa0 + Math.floor(random() * 0x2000))).join('');
      return String(Math.floor(random() * 1e6) - 5e5);
    };
    const randomParams = (known: string[]): string[] => {
      const out: string[] = [];
      const n = Math.floor(random() * 6);
      for (let i = 0; i < n; i++) {
        const r = random();
        const key = r < 0.6 && known.length > 0 ? pick(known) : r < 0.8 ? pick(HOSTILE_KEYS) : `${pick(known.length ? known : ['Tag'])}.${pick(['1', '2', '0', '101', '99999', 'a'])}.${pick(['Key', 'Value', 'Port', 'X'])}`;
        out.push(`${percentEncode(key)}=${percentEncode(randomString())}`);
      }
      if (random() < 0.15) out.push(`RegionId=${percentEncode(pick(['cn-hangzhou', 'cn-hangzhou', 'mars-1', '', 'CN-HANGZHOU', 'cn-hangzhou\u0000']))}`);
      else out.push('RegionId=cn-hangzhou');
      return out;
    };

    const codes = new Map<string, number>();
    const kinds = new Map<string, number>();
    const timing = new Map<string, number>();
    let successes = 0;
    let baseline = JSON.stringify(sandbox.store.exportState());
    const started = Date.now();
    let sent = 0;
    for (; sent < REQUESTS && Date.now() - started < TIME_CAP_MS; sent++) {
      const r = random();
      const t0 = Date.now();
      let outcome: Outcome;
      let kind: string;
      if (r < 0.3) {
        // Correctly signed garbage for a real action.
        kind = 'signed-real';
        const action = pick(realActions);
        const q = [commonParams(action.name, VERSIONS[action.product]), ...randomParams(action.params)].join('&');
        const method = random() < 0.5 ? 'GET' : 'POST';
        const signed = signDecoded(method, q);
        outcome = { ...(method === 'GET' ? await sendRaw(sandbox.url, { method, path: `/?${signed}` }) : await sendRaw(sandbox.url, { method, path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: signed })), kind };
      } else if (r < 0.4) {
        kind = 'signed-random-action';
        const q = [commonParams(random() < 0.5 ? pick(RANDOM_ACTIONS) : randomString(), pick(VERSIONS_FUZZ)), ...randomParams([])].join('&');
        outcome = { ...(await sendRaw(sandbox.url, { method: 'GET', path: `/?${signDecoded('GET', q)}` })), kind };
      } else if (r < 0.55) {
        // A valid request, broken after signing.
        kind = 'broken-signature';
        const action = pick(realActions);
        const base = [commonParams(action.name, VERSIONS[action.product]), ...randomParams(action.params)].join('&');
        let signed = signDecoded('GET', base);
        const m = random();
        if (m < 0.25) signed = signed.replace(/Signature=([^&]*)$/, (_s, v) => `Signature=${v.length > 3 ? v.slice(0, -3) + 'AAA' : 'x'}`);
        else if (m < 0.5) signed = signed.replace('RegionId=cn-hangzhou', 'RegionId=cn-beijing') + '&Extra=1';
        else if (m < 0.65) signed = signed.replace(/&SignatureNonce=[^&]*/, '');
        else if (m < 0.8) signed = signed.replace(/AccessKeyId=[^&]*/, `AccessKeyId=${percentEncode(randomString())}`);
        else signed = signDecoded('GET', base, { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: randomString() });
        outcome = { ...(await sendRaw(sandbox.url, { method: 'GET', path: `/?${signed}` })), kind };
      } else if (r < 0.65) {
        // Bad encodings and duplicate keys, correctly signed over what the server decodes.
        kind = 'encoding';
        const action = pick(realActions);
        const junk = pick(['%', '%zz', '%C3%28', '%E2%82', '%F0%9F%92', '%C0%AF', '%00', '%FF%FE', 'a%2', '+%2B+', '%25%32%35']);
        const dup = random() < 0.5 ? `&RegionId=${pick(['cn-beijing', 'mars', ''])}` : `&${pick(action.params.length ? action.params : ['X'])}=1&${pick(action.params.length ? action.params : ['X'])}=2`;
        const q = `${commonParams(action.name, VERSIONS[action.product])}&RegionId=cn-hangzhou&${pick(action.params.length ? action.params : ['Junk'])}=${junk}${dup}`;
        const method = random() < 0.5 ? 'GET' : 'POST';
        const signed = signDecoded(method, q);
        outcome = { ...(method === 'GET' ? await sendRaw(sandbox.url, { method, path: `/?${signed}` }) : await sendRaw(sandbox.url, { method, path: `/?Action=${percentEncode(action.name)}`, headers: { 'content-type': pick(['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=latin1', 'application/json', 'text/plain', 'multipart/form-data; boundary=x']) }, body: signed })), kind };
      } else if (r < 0.72) {
        kind = 'method';
        const method = pick(METHODS);
        const q = signDecoded('GET', `${commonParams('DescribeVpcs', VERSIONS.vpc)}&RegionId=cn-hangzhou`);
        outcome = { ...(await sendRaw(sandbox.url, { method, path: `/?${q}` })), kind };
      } else if (r < 0.8) {
        // Huge repeated-list indexes and too many parameters.
        kind = 'sizes';
        const action = pick(realActions);
        const m = random();
        let extra: string;
        if (m < 0.3) extra = `Tag.${pick(['4294967297', '99999999999999999999', '1000', '21', '0', '00001', '1.5'])}.Key=k`;
        else if (m < 0.6) extra = Array.from({ length: 1001 + Math.floor(random() * 500) }, (_, i) => `P${i}=v`).join('&');
        else if (m < 0.8) extra = `${pick(action.params.length ? action.params : ['X'])}=${'z'.repeat(5000 + Math.floor(random() * 60000))}`;
        else extra = Array.from({ length: 120 }, (_, i) => `Tag.${i + 1}.Key=k${i}&Tag.${i + 1}.Value=v`).join('&');
        const q = `${commonParams(action.name, VERSIONS[action.product])}&RegionId=cn-hangzhou&${extra}`;
        outcome = { ...(await sendRaw(sandbox.url, { method: 'POST', path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: signDecoded('POST', q) })), kind };
      } else if (r < 0.86) {
        kind = 'unsigned';
        const action = pick(realActions);
        const q = [`Action=${action.name}`, `Version=${VERSIONS[action.product]}`, 'Format=JSON', ...randomParams(action.params)].join('&');
        outcome = { ...(await sendRaw(sandbox.url, { method: pick(['GET', 'POST']), path: `/?${q}` })), kind };
      } else if (r < 0.92) {
        // ACS3 with hostile headers.
        kind = 'acs3';
        const action = pick(realActions);
        const headers: Record<string, string> = {
          authorization: pick([
            'ACS3-HMAC-SHA256 Credential=SANDBOXACCESSKEY,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00',
            'ACS3-HMAC-SHA256',
            'ACS3-HMAC-SM3 Credential=SANDBOXACCESSKEY,SignedHeaders=host,Signature=ab',
            `ACS3-HMAC-SHA256 Credential=${'K'.repeat(2000)},SignedHeaders=x,Signature=ff`,
            'acs3-hmac-sha256 Credential=,SignedHeaders=;;;,Signature=zz',
          ]),
          'x-acs-action': random() < 0.7 ? action.name : 'Nope',
          'x-acs-version': VERSIONS[action.product],
          'x-acs-date': pick([new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), 'now', '2000-01-01T00:00:00Z']),
          'x-acs-signature-nonce': randomUUID(),
          'x-acs-content-sha256': pick(['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'zz', '']),
        };
        outcome = { ...(await sendRaw(sandbox.url, { method: 'GET', path: `/?${randomParams(action.params).join('&')}`, headers })), kind };
      } else if (r < 0.96) {
        kind = 'oversized';
        const size = pick([1024 * 1024 + 1, 3 * 1024 * 1024]);
        outcome = { ...(await sendRaw(sandbox.url, { method: 'POST', path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.alloc(size, 'a') })), kind };
      } else {
        kind = 'paths';
        outcome = { ...(await sendRaw(sandbox.url, { method: 'GET', path: pick(['/', '/%', '/..%2f..%2fetc', '/?%', '/?&&&=&==', '/?Action', '/?=x', `/?${'a=b&'.repeat(3000)}`, '/health?x=1', '//', '/?Action=DescribeVpcs&Action=CreateVpc']) })), kind };
      }

      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (process.env.FUZZ_PROFILE) timing.set(kind, (timing.get(kind) ?? 0) + Date.now() - t0);
      assert.ok(outcome.status < 500, `${kind} got ${outcome.status}: ${outcome.text.slice(0, 500)}`);
      if (outcome.status === 200) {
        // Some signed garbage is a valid call of a real action (a Describe with odd filters, say).
        successes++;
        baseline = JSON.stringify(sandbox.store.exportState());
        continue;
      }
      assert.ok(outcome.status >= 400, `${kind} got ${outcome.status}`);
      if (kind !== 'method' || outcome.text !== '') {
        if (outcome.text) {
          const code = /^\s*</.test(outcome.text) ? /<Code>([^<]*)<\/Code>/.exec(outcome.text)?.[1] : JSON.parse(outcome.text).Code;
          assert.ok(code && KNOWN_CODES.has(code) && code !== 'InternalError', `${kind} got an unknown code ${code}: ${outcome.text.slice(0, 300)}`);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
      }
      const now = JSON.stringify(sandbox.store.exportState());
      assert.equal(now, baseline, `a failed ${kind} request changed the store: ${outcome.text.slice(0, 300)}`);
    }
    if (process.env.FUZZ_PROFILE) console.log(sent, [...kinds], [...timing], [...codes]);
    assert.ok(sent >= 1000, `only ${sent} requests within the time cap`);
    // The mix did exercise the paths it claims to.
    assert.ok(codes.size >= 12, `only ${codes.size} distinct codes: ${[...codes.keys()].join(', ')}`);
    assert.ok(successes < sent / 4, `${successes} of ${sent} succeeded`);
    const health = await sendRaw(sandbox.url, { method: 'GET', path: '/health' });
    assert.equal(health.status, 200);
  });

  it('answers malformed HTTP at the socket level without crashing, and keeps serving', async () => {
    const port = Number(new URL(sandbox.url).port);
    const garbage = [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nzzz\r\n',
      `GET /?${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
      '\x00\x01\x02\x03\r\n\r\n',
    ];
    for (const g of garbage) {
      const reply = await new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.end(g));
        let data = '';
        socket.on('data', (c) => (data += c));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
        socket.setTimeout(5000, () => socket.destroy());
      });
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 400);
      assert.ok(status >= 400 && status < 500, `${JSON.stringify(g.slice(0, 40))} → ${reply.slice(0, 100)}`);
    }
    const ok = await rpc(sandbox, 'vpc', 'DescribeVpcs', {});
    assert.equal(ok.status, 200);
  });

  it('stays consistent under 300 parallel hostile requests', async () => {
    const before = JSON.stringify(sandbox.store.exportState());
    const random = prng(SEED + 1);
    const requests = Array.from({ length: 300 }, (_, i) => {
      const action = realActions[Math.floor(random() * realActions.length)];
      const q = `${commonParams(action.name, VERSIONS[action.product])}&RegionId=cn-hangzhou&${action.params[0] ?? 'X'}=${percentEncode(HOSTILE_STRINGS[i % HOSTILE_STRINGS.length])}&Bogus${i}=1`;
      return sendRaw(sandbox.url, { method: 'POST', path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: signDecoded('POST', q) });
    });
    const results = await Promise.all(requests);
    for (const r of results) {
      assert.equal(r.status >= 400 && r.status < 500, true, r.text.slice(0, 300));
    }
    assert.equal(JSON.stringify(sandbox.store.exportState()), before);
  });
});

describe('reliability: every parameter of every real action with edge values', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
  });
  after(() => sandbox.close());

  it('never answers a 5xx, with the other ids of the request pointing at real resources', async () => {
    const ok = async (product: 'vpc' | 'ecs', action: string, params: Record<string, string | number>) => {
      const r = await rpc(sandbox, product, action, params);
      assert.equal(r.status, 200, r.text);
      return r.body;
    };
    const vpc = await ok('vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' });
    const vsw = await ok('vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24' });
    const sg = await ok('ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId });
    const run = await ok('ecs', 'RunInstances', { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId, SecurityGroupId: sg.SecurityGroupId });
    const instanceId = run.InstanceIdSets.InstanceIdSet[0];
    const ids = [vpc.VpcId, vsw.VSwitchId, sg.SecurityGroupId, instanceId, vpc.RouteTableId, vpc.VRouterId];
    const values = ['', '0', '-1', 'true', '["x"]', JSON.stringify(ids), ids.join(','), vpc.VpcId, instanceId, '10.0.1.0/24', '0.0.0.0/0', 'ä'.repeat(300), '1/65535'];
    const idFor = (name: string): string | undefined =>
      name.startsWith('VSwitch') ? vsw.VSwitchId : name.startsWith('Vpc') ? vpc.VpcId : name.startsWith('SecurityGroup') ? sg.SecurityGroupId : name.startsWith('Instance') ? instanceId : name.startsWith('RouteTable') ? vpc.RouteTableId : name === 'ZoneId' ? 'cn-hangzhou-h' : undefined;
    const registry = sandboxRegistry();
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();
    for (const product of ['vpc', 'ecs'] as const) {
      for (const action of registry.names(product)) {
        // Leave the fixtures alive and the admin surface alone.
        if (/^(Delete|Stop|Sandbox(Reset|Import|Export))/.test(action)) continue;
        const names = Object.keys(registry.find(product, action)!.params);
        for (const name of names) {
          for (const value of values) {
            if (Date.now() - started > 20_000) break;
            const base: Record<string, string> = {};
            for (const other of names) {
              const id = other !== name && /Id$/.test(other) ? idFor(other) : undefined;
              if (id) base[other] = id;
            }
            const r = await rpc(sandbox, product, action, { ...base, [name]: value });
            sent++;
            if (r.status >= 500 || r.status < 200 || (r.status !== 200 && !KNOWN_CODES.has(r.body?.Code))) failures.push(`${product} ${action} ${name}=${JSON.stringify(value).slice(0, 40)} → ${r.status} ${r.text.slice(0, 200)}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(sent > 1000, `${sent} requests`);
  });
});
