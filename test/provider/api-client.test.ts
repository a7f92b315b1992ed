/**
 * The API client against a tiny fake endpoint: signature compatibility with the official
 * @alicloud/pop-core SDK, error parsing, retries and idempotency tokens.
 */
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApiCallError,
  canonicalize,
  createApiClient,
  formatTimestamp,
  hasCode,
  isNotFound,
  percentEncode,
  signParams,
} from '../../provider/client/api-client';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const RPCClient = require('@alicloud/pop-core').RPCClient;

interface Captured {
  method: string;
  params: Record<string, string>;
}

type Responder = (req: Captured, n: number) => { status: number; body: unknown };

async function fakeEndpoint(respond: Responder) {
  const seen: Captured[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const params: Record<string, string> = {};
      for (const [k, v] of u.searchParams) params[k] = v;
      for (const [k, v] of new URLSearchParams(body)) params[k] = v;
      const cap = { method: req.method ?? 'GET', params };
      seen.push(cap);
      const out = respond(cap, seen.length);
      res.writeHead(out.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(out.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('api client: signing', () => {
  it('percent-encodes the RFC 3986 way', () => {
    assert.equal(percentEncode("a b*c~d!e'(f)/"), "a%20b%2Ac~d%21e%27%28f%29%2F");
    assert.equal(percentEncode('é'), '%C3%A9');
  });

  it('formats timestamps without milliseconds', () => {
    assert.equal(formatTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678))), '2026-01-02T03:04:05Z');
  });

  it('matches an independently computed HMAC-SHA1 vector', () => {
    // String-to-sign assembled by hand from the documented rule, not through canonicalize().
    const params = {
      Action: 'DescribeVpcs',
      Version: '2016-04-28',
      AccessKeyId: 'testid',
      Format: 'JSON',
      RegionId: 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
    };
    const canon =
      'AccessKeyId=testid&Action=DescribeVpcs&Format=JSON&RegionId=cn-hangzhou&SignatureMethod=HMAC-SHA1' +
      '&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2016-04-28';
    assert.equal(canonicalize(params), canon);
    const sts = 'GET&%2F&' + encodeURIComponent(canon);
    const expected = crypto.createHmac('sha1', 'testsecret&').update(sts).digest('base64');
    assert.equal(signParams('GET', params, 'testsecret'), expected);
    // Signature itself never takes part in signing.
    assert.equal(signParams('GET', { ...params, Signature: 'x' }, 'testsecret'), expected);
  });

  it('produces the same signature as @alicloud/pop-core for the same parameters', async () => {
    const ep = await fakeEndpoint(() => ({ status: 200, body: { RequestId: 'R1' } }));
    try {
      const client = createApiClient({ endpoint: ep.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
      await client.call('vpc', 'CreateVpc', {
        CidrBlock: '10.0.0.0/16',
        VpcName: "my vpc*(with) 'odd' chars!~ 中文",
        'Tag.1.Key': 'env',
        'Tag.1.Value': 'a=b&c',
        DryRun: false,
      });
      const mine = ep.seen[0];
      assert.equal(mine.method, 'POST');
      for (const k of ['Action', 'Version', 'Format', 'RegionId', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature']) {
        assert.ok(mine.params[k], `common parameter ${k} missing`);
      }
      assert.equal(mine.params.Version, '2016-04-28');
      assert.match(mine.params.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

      // Ask pop-core to send the very same parameters (nonce and timestamp included).
      const { Signature: mySig, Action, ...rest } = mine.params;
      const pop = new RPCClient({ endpoint: ep.url, apiVersion: '2016-04-28', accessKeyId: 'SANDBOXACCESSKEY', accessKeySecret: 'sandbox-secret' });
      await pop.request(Action, rest, { method: 'POST', formatParams: false });
      const theirs = ep.seen[1];
      assert.equal(theirs.params.SignatureNonce, mine.params.SignatureNonce);
      assert.equal(theirs.params.Signature, mySig);

      // And for GET, where the signature covers "GET".
      const get = createApiClient({ endpoint: ep.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', method: 'GET' });
      await get.call('ecs', 'DescribeInstances', { InstanceIds: '["i-1","i-2"]' });
      const g = ep.seen[2];
      assert.equal(g.method, 'GET');
      assert.equal(g.params.Version, '2014-05-26');
      const { Signature: gSig, Action: gAction, ...gRest } = g.params;
      const popEcs = new RPCClient({ endpoint: ep.url, apiVersion: '2014-05-26', accessKeyId: 'SANDBOXACCESSKEY', accessKeySecret: 'sandbox-secret' });
      await popEcs.request(gAction, gRest, { method: 'GET', formatParams: false });
      assert.equal(ep.seen[3].params.Signature, gSig);
    } finally {
      await ep.close();
    }
  });
});

describe('api client: errors and retries', () => {
  it('parses an error body into ApiCallError', async () => {
    const ep = await fakeEndpoint(() => ({
      status: 404,
      body: { RequestId: 'REQ-1', HostId: 'vpc.aliyuncs.com', Code: 'InvalidVpcId.NotFound', Message: 'The specified VPC does not exist.', Recommend: 'https://x' },
    }));
    try {
      const client = createApiClient({ endpoint: ep.url, accessKey: 'a', secretKey: 'b', region: 'cn-hangzhou' });
      await assert.rejects(client.call('vpc', 'DescribeVpcAttribute', { VpcId: 'vpc-x' }), (err: unknown) => {
        assert.ok(err instanceof ApiCallError);
        assert.equal(err.code, 'InvalidVpcId.NotFound');
        assert.equal(err.httpStatus, 404);
        assert.equal(err.requestId, 'REQ-1');
        assert.equal(err.action, 'DescribeVpcAttribute');
        assert.equal(err.apiMessage, 'The specified VPC does not exist.');
        assert.match(err.message, /InvalidVpcId\.NotFound/);
        assert.ok(isNotFound(err));
        assert.ok(hasCode(err, 'InvalidVpcId.*'));
        return true;
      });
      assert.equal(ep.seen.length, 1, 'a not-found answer is not retried');
    } finally {
      await ep.close();
    }
  });

  it('does not treat a wrong region or key as "object not found"', () => {
    assert.equal(isNotFound(new ApiCallError('X', 'InvalidRegionId.NotFound', 'm', 404)), false);
    assert.equal(isNotFound(new ApiCallError('X', 'InvalidAccessKeyId.NotFound', 'm', 404)), false);
    assert.equal(isNotFound(new ApiCallError('X', 'InvalidInstanceId.NotFound', 'm', 403)), true);
    assert.equal(isNotFound(new Error('x')), false);
  });

  it('retries throttling and status conflicts with one ClientToken and fresh nonces', async () => {
    const codes = ['Throttling.User', 'IncorrectVSwitchStatus', 'ServiceUnavailable'];
    const ep = await fakeEndpoint((_req, n) =>
      n <= codes.length
        ? { status: n === 3 ? 503 : 400, body: { RequestId: `R${n}`, Code: codes[n - 1], Message: 'busy' } }
        : { status: 200, body: { RequestId: 'OK', VpcId: 'vpc-1' } },
    );
    try {
      const client = createApiClient({ endpoint: ep.url, accessKey: 'a', secretKey: 'b', region: 'cn-hangzhou', initialBackoffMs: 5 });
      const out = await client.call('vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/8' }, { idempotent: true });
      assert.equal(out.VpcId, 'vpc-1');
      assert.equal(ep.seen.length, 4);
      const tokens = new Set(ep.seen.map((s) => s.params.ClientToken));
      assert.equal(tokens.size, 1);
      assert.ok([...tokens][0]);
      assert.equal(new Set(ep.seen.map((s) => s.params.SignatureNonce)).size, 4);
    } finally {
      await ep.close();
    }
  });

  it('retries DependencyViolation only when the call asks for it, and gives up after maxElapsedMs', async () => {
    const ep = await fakeEndpoint(() => ({ status: 400, body: { RequestId: 'R', Code: 'DependencyViolation.VSwitch', Message: 'has vswitches' } }));
    try {
      const client = createApiClient({ endpoint: ep.url, accessKey: 'a', secretKey: 'b', region: 'cn-hangzhou', initialBackoffMs: 5, maxBackoffMs: 20 });
      await assert.rejects(client.call('vpc', 'DeleteVpc', { VpcId: 'vpc-1' }), /DependencyViolation/);
      assert.equal(ep.seen.length, 1);
      const started = Date.now();
      await assert.rejects(client.call('vpc', 'DeleteVpc', { VpcId: 'vpc-1' }, { retryCodes: ['DependencyViolation*'], maxElapsedMs: 300 }), /DependencyViolation/);
      assert.ok(ep.seen.length > 3, `expected several attempts, saw ${ep.seen.length - 1}`);
      assert.ok(Date.now() - started < 1500);
    } finally {
      await ep.close();
    }
  });

  it('reports the API\'s last answer, not a timeout, when the operation\'s time limit cuts the last attempt short', async () => {
    // The first answer is a retryable code; later attempts get no answer in time (a slow endpoint).
    let calls = 0;
    const server = http.createServer((req, res) => {
      req.resume();
      calls++;
      const answer = () => {
        res.writeHead(400, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ Code: 'IncorrectStatus.NatGateway', Message: 'The gateway is being configured.', RequestId: 'R-1' }));
      };
      if (calls === 1) answer();
      else setTimeout(answer, 2_000).unref();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = createApiClient({ endpoint: url, accessKey: 'a', secretKey: 'b', region: 'cn-hangzhou', initialBackoffMs: 5, maxBackoffMs: 20, requestTimeoutMs: 5_000 });
      const err: any = await client.call('vpc', 'CreateForwardEntry', {}, { maxElapsedMs: 600 }).then(() => null, (e) => e);
      assert.ok(err instanceof ApiCallError, String(err));
      assert.equal(err.code, 'IncorrectStatus.NatGateway', err.message);
      assert.match(err.message, /The gateway is being configured/);
      assert.match(err.message, /gave up because the next attempt would pass the operation's time limit/);
      assert.doesNotMatch(err.message, /no answer within/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('reports an unreachable endpoint with the address and a hint', async () => {
    const client = createApiClient({ endpoint: 'http://127.0.0.1:1', accessKey: 'a', secretKey: 'b', region: 'cn-hangzhou', initialBackoffMs: 5, maxElapsedMs: 100 });
    await assert.rejects(client.call('vpc', 'DescribeVpcs', {}), (err: unknown) => {
      assert.ok(err instanceof ApiCallError);
      assert.equal(err.code, 'ECONNREFUSED');
      assert.match(err.message, /127\.0\.0\.1:1/);
      assert.match(err.message, /npx alicloud-sandbox start/);
      return true;
    });
  });

  it('gives up on a refused connection after a few seconds, not the whole operation timeout', async () => {
    const client = createApiClient({ endpoint: 'http://127.0.0.1:1', accessKey: 'a', secretKey: 'b', region: 'cn-hangzhou', initialBackoffMs: 50, maxElapsedMs: 60_000 });
    const started = Date.now();
    await assert.rejects(client.call('vpc', 'DescribeVpcs', {}), /ECONNREFUSED|cannot reach/);
    const took = Date.now() - started;
    assert.ok(took < 6_000, `took ${took} ms`);
  });
});
