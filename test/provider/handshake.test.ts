import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { ensureProviderBuilt, launcherPath } from '../helpers/terraform';
import { makeClientCertificate } from '../../scripts/bench/provider-startup';
import { loadServices } from '../../provider/protocol/server';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../provider/protocol/handshake';

interface Started {
  child: ChildProcess;
  line: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startProvider(env: Record<string, string | undefined>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(launcherPath(), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const timer = setTimeout(() => reject(new Error(`no handshake in 10 s; stderr: ${err}`)), 10_000);
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      const first = !out.includes('\n');
      out += d;
      if (first && out.includes('\n')) {
        clearTimeout(timer);
        resolve({ child, line: out.split('\n')[0], stdout: () => out, stderr: () => err, exited });
      }
    });
    child.on('exit', (code) => {
      if (!out.includes('\n')) {
        clearTimeout(timer);
        reject(new Error(`exited ${code} before the handshake; stderr: ${err}`));
      }
    });
  });
}

function unary(client: grpc.Client, method: string, req: object): Promise<any> {
  return new Promise((resolve, reject) =>
    (client as any)[method](req, (err: Error | null, res: unknown) => (err ? reject(err) : resolve(res))),
  );
}

describe('provider handshake and AutoMTLS', function () {
  this.timeout(60_000);
  const services = loadServices();
  const Provider = grpc.makeGenericClientConstructor(services.provider, 'Provider');
  const Health = grpc.makeGenericClientConstructor(services.health, 'Health');
  const Controller = grpc.makeGenericClientConstructor(services.controller, 'Controller');
  let socketDir: string;
  let clientCert: { certPem: string; keyPem: string };
  const children: ChildProcess[] = [];

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    clientCert = await makeClientCertificate();
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-sock-'));
  });

  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    fs.rmSync(socketDir, { recursive: true, force: true });
  });

  const tlsEnv = () => ({
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_CLIENT_CERT: clientCert.certPem,
    PLUGIN_UNIX_SOCKET_DIR: socketDir,
    TF_DISABLE_PLUGIN_TLS: undefined,
  });

  it('prints one handshake line 1|6|unix|<socket>|grpc|<unpadded base64 DER> for a localhost certificate', async () => {
    const p = await startProvider(tlsEnv());
    children.push(p.child);
    const fields = p.line.split('|');
    assert.equal(fields.length, 6, `expected 6 fields in ${p.line}`);
    assert.deepEqual(fields.slice(0, 3), ['1', '6', 'unix']);
    assert.equal(path.dirname(fields[3]), socketDir, 'the socket lives in PLUGIN_UNIX_SOCKET_DIR');
    assert.equal(fields[4], 'grpc');
    assert.match(fields[5], /^[A-Za-z0-9+/]+$/, 'standard base64 without = padding');
    const cert = new X509Certificate(Buffer.from(fields[5], 'base64'));
    assert.match(cert.subjectAltName ?? '', /DNS:localhost/);
    assert.equal(cert.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
    assert.ok(new Date(cert.validFrom).getTime() < Date.now(), 'NotBefore lies in the past');
    p.child.kill('SIGKILL');
  });

  it('serves health, the provider schema and Shutdown over mTLS, then exits cleanly with nothing else on stdout', async () => {
    const p = await startProvider({ ...tlsEnv(), TF_LOG: 'debug' });
    children.push(p.child);
    const fields = p.line.split('|');
    const serverPem = new X509Certificate(Buffer.from(fields[5], 'base64')).toString();
    const creds = grpc.credentials.createSsl(Buffer.from(serverPem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
    const opts = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
    const target = `unix://${fields[3]}`;

    const health = new Health(target, creds, opts);
    assert.equal((await unary(health, 'Check', { service: 'plugin' })).status, 1, 'SERVING');

    const provider = new Provider(target, creds, opts);
    const schema = await unary(provider, 'GetProviderSchema', {});
    assert.ok(schema.provider?.block, 'the provider schema has a block');
    assert.ok(schema.provider.block.attributes.some((a: any) => a.name === 'endpoint'));
    assert.equal(schema.server_capabilities.plan_destroy, true);
    assert.equal(schema.server_capabilities.get_provider_schema_optional, true);
    for (const [name, s] of Object.entries<any>(schema.resource_schemas)) {
      assert.ok(s.block, `${name} has a block`);
      for (const a of s.block.attributes) JSON.parse(Buffer.from(a.type).toString()); // valid JSON type
    }

    // SIGINT is ignored: Terraform's Ctrl-C reaches the whole process group.
    p.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(p.child.exitCode, null, 'still running after SIGINT');

    const controller = new Controller(target, creds, opts);
    await unary(controller, 'Shutdown', {});
    const code = await Promise.race([p.exited, new Promise((r) => setTimeout(() => r('timeout'), 3000))]);
    assert.equal(code, 0, 'exits 0 right after Shutdown');
    assert.equal(p.stdout(), p.line + '\n', 'stdout holds exactly the handshake line');
    const logLines = p.stderr().split('\n').filter(Boolean);
    assert.ok(logLines.length > 0, 'TF_LOG=debug produces log lines');
    for (const line of logLines) {
      const j = JSON.parse(line);
      assert.match(j['@timestamp'], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/, 'hclog timestamps have 6 fractional digits');
      assert.ok(j['@level'] && j['@message'] && j['@module']);
    }
    for (const c of [health, provider, controller]) c.close();
  });

  it('refuses a client certificate other than the pinned PLUGIN_CLIENT_CERT', async () => {
    const p = await startProvider(tlsEnv());
    children.push(p.child);
    const fields = p.line.split('|');
    const serverPem = new X509Certificate(Buffer.from(fields[5], 'base64')).toString();
    const stranger = await makeClientCertificate();
    const creds = grpc.credentials.createSsl(Buffer.from(serverPem), Buffer.from(stranger.keyPem), Buffer.from(stranger.certPem));
    const health = new Health(`unix://${fields[3]}`, creds, { 'grpc.ssl_target_name_override': 'localhost' });
    const deadline = new Date(Date.now() + 3000);
    await assert.rejects(
      new Promise((resolve, reject) => (health as any).Check({ service: 'plugin' }, { deadline }, (e: Error | null, r: unknown) => (e ? reject(e) : resolve(r)))),
    );
    health.close();
    p.child.kill('SIGKILL');
  });

  it('serves plaintext with an empty certificate field when TF_DISABLE_PLUGIN_TLS=1', async () => {
    const p = await startProvider({ ...tlsEnv(), TF_DISABLE_PLUGIN_TLS: '1' });
    children.push(p.child);
    const fields = p.line.split('|');
    assert.equal(fields.length, 6);
    assert.equal(fields[5], '');
    const health = new Health(`unix://${fields[3]}`, grpc.credentials.createInsecure());
    assert.equal((await unary(health, 'Check', { service: 'plugin' })).status, 1);
    const controller = new Controller(`unix://${fields[3]}`, grpc.credentials.createInsecure());
    await unary(controller, 'Shutdown', {});
    assert.equal(await p.exited, 0);
    health.close();
    controller.close();
  });

  it('falls back to TCP on 127.0.0.1 within PLUGIN_MIN_PORT..PLUGIN_MAX_PORT when the unix socket cannot be created', async () => {
    const p = await startProvider({ ...tlsEnv(), TF_DISABLE_PLUGIN_TLS: '1', PLUGIN_UNIX_SOCKET_DIR: '/nonexistent/socket/dir', PLUGIN_MIN_PORT: '10000', PLUGIN_MAX_PORT: '25000' });
    children.push(p.child);
    const fields = p.line.split('|');
    assert.equal(fields[2], 'tcp');
    const [host, port] = fields[3].split(':');
    assert.equal(host, '127.0.0.1');
    assert.ok(Number(port) >= 10000 && Number(port) <= 25000);
    const controller = new Controller(fields[3], grpc.credentials.createInsecure());
    await unary(controller, 'Shutdown', {});
    assert.equal(await p.exited, 0);
    controller.close();
  });

  it('exits non-zero with a human message when started without the magic cookie', async () => {
    const child = spawn(launcherPath(), [], { env: { ...process.env, [MAGIC_COOKIE_KEY]: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    assert.notEqual(code, 0);
    assert.equal(out, '', 'nothing on stdout');
    assert.match(err, /This binary is a plugin/);
    assert.match(err, /terraform init/);
  });

  it('refuses to start when Terraform offers no protocol 6', async () => {
    const child = spawn(launcherPath(), [], { env: { ...process.env, ...tlsEnv(), PLUGIN_PROTOCOL_VERSIONS: '5' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    assert.equal(code, 1);
    assert.match(err, /speaks only protocol 6/);
  });
});
