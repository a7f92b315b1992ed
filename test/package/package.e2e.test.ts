/**
 * The npm package as a new user gets it, from outside the repo: `npm pack`, install the tarball
 * into a fresh project with cdktf, cdktf-cli, constructs (and mocha), then
 *
 *   the tarball: no tests, sources or maps, no path of this machine, every declaration its types import
 *   TypeScript finds each entry point's declarations (node10 and node16 module resolution)
 *   npx alicloud-sandbox start --port 0            the first stdout line is the listening line
 *   eval "$(npx alicloud-sandbox env --endpoint …)" && npx cdktf deploy / destroy   plain cdktf
 *   npx alicloud-sandbox inventory                  the deployed VPC shows up
 *   a mocha file of the user's that uses alicloud-sandbox/testing
 *   SIGTERM to the server                           exits 0
 *
 * Installs from the npm registry (--prefer-offline: the local cache answers when it can). Takes
 * about two minutes, most of it `npm install` and the cdktf runs; phase times are logged.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

/** The environment without this machine's sandbox/terraform settings (a new user has none). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', CI: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('ALICLOUD_SANDBOX_') || k.startsWith('TF_CLI_') || k.startsWith('npm_')) delete env[k];
  return env;
}

function sh(script: string, cwd: string, timeout = 300_000) {
  const r = spawnSync('sh', ['-c', script], { cwd, env: cleanEnv(), encoding: 'utf8', timeout });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

/** The modules a declaration file names: import/export … from, import x = require(), import("…") types. */
function moduleSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    const spec =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)
          ? node.moduleReference.expression
          : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
            ? node.argument.literal
            : undefined;
    if (spec && ts.isStringLiteral(spec)) specs.push(spec.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

const timings: Array<[string, number]> = [];
async function timed<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([label, Date.now() - t]);
  }
}

const STACK_JS = `const { App, TerraformStack, TerraformOutput } = require('cdktf');
const { provider, Network } = require('alicloud-sandbox');

class MyStack extends TerraformStack {
  constructor(scope, id) {
    super(scope, id);
    new provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });
    const net = new Network(this, 'net', {
      cidrBlock: '10.20.0.0/16',
      vpcName: 'from-the-package',
      vswitches: { a: { zoneId: 'cn-hangzhou-b', maskLength: 24 } },
    });
    new TerraformOutput(this, 'vpc_id', { value: net.vpc.id });
  }
}
const app = new App();
new MyStack(app, 'mine');
app.synth();
`;

const MOCHA_TEST_JS = `const assert = require('node:assert/strict');
const { App, TerraformStack } = require('cdktf');
const { provider, vpc } = require('alicloud-sandbox');
const { startSandbox, deploy } = require('alicloud-sandbox/testing');

describe('my stack against alicloud-sandbox/testing', function () {
  this.timeout(120000);
  let sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(() => sandbox.stop());

  it('deploys a VPC and destroys it', async () => {
    const stack = new TerraformStack(new App(), 'unit');
    new provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new vpc.Vpc(stack, 'v', { cidrBlock: '10.30.0.0/16', vpcName: 'unit' });
    const d = await deploy(stack, { endpoint: sandbox.endpoint });
    const vpcs = d.state.resources.filter((r) => r.type === 'alicloud_vpc');
    assert.equal(vpcs.length, 1);
    assert.match(vpcs[0].instances[0].attributes.id, /^vpc-/);
    await d.destroy();
  });
});
`;

describe('the npm package, installed into a fresh project', function () {
  this.timeout(15 * 60_000);
  let tmp: string;
  let project: string;
  let tarball: string;
  let server: ChildProcess | undefined;
  let endpoint: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-sandbox-pkg-'));
    project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    // npm pack runs prepack (the provider bundle and mirror) and prepare (tsc).
    await timed('npm pack', () => {
      const r = spawnSync('npm', ['pack', '--pack-destination', tmp, '--silent'], { cwd: REPO_ROOT, env: cleanEnv(), encoding: 'utf8', timeout: 300_000 });
      assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
    });
    tarball = path.join(tmp, `${PKG.name}-${PKG.version}.tgz`);
    assert.ok(fs.existsSync(tarball), `${tarball} was not written`);
  });

  after(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    process.stderr.write(`      package e2e timings: ${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)} s`).join(', ')}\n`);
    if (process.env.KEEP_PACKAGE_E2E !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('holds compiled JS, declarations, the provider bundle and its mirror, and no tests, sources or maps', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const f of [
      'package.json',
      'README.md',
      'bin/alicloud-sandbox.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/cli/terraform-env.d.ts',
      'dist/mock-server/app.js',
      'dist/testing/index.js',
      'dist/testing/index.d.ts',
      'dist/provider/provider.js',
      'dist/provider/start.js',
      'dist/provider/proto/tfplugin6.proto',
      'provider/mirror/registry.terraform.io/sandbox/alicloud/0.1.0/linux_amd64/terraform-provider-alicloud_v0.1.0',
      'provider/mirror/registry.terraform.io/aliyun/alicloud/1.999.0/linux_amd64/terraform-provider-alicloud_v1.999.0',
    ]) {
      assert.ok(files.includes(f), `${f} is in the tarball`);
    }
    const unwanted = files.filter((f) => /^(test|examples|scripts)\//.test(f) || (/\.ts$/.test(f) && !f.endsWith('.d.ts')) || f.endsWith('.map') || f === 'terraform.rc');
    assert.deepEqual(unwanted, []);
  });

  it('holds no absolute path of the machine that built it', () => {
    const unpacked = path.join(tmp, 'unpacked');
    fs.mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (fs.readFileSync(full).includes(REPO_ROOT)) offenders.push(path.relative(unpacked, full));
      }
    };
    walk(unpacked);
    assert.deepEqual(offenders, []);
  });

  it('carries every declaration file that the entry points\' declarations import', () => {
    // The tarball leaves out declarations that no public type reaches (the endpoint's internals);
    // this catches a public type that starts to reach one.
    const root = path.join(tmp, 'unpacked', 'package');
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of moduleSpecifiers(file)) {
        if (!spec.startsWith('.')) continue; // a dependency's own declarations
        const base = path.resolve(path.dirname(file), spec);
        const found = [`${base}.d.ts`, path.join(base, 'index.d.ts')].find((f) => fs.existsSync(f));
        if (found) visit(found);
        else missing.push(`${path.relative(root, file)} imports ${spec}`);
      }
    };
    for (const types of [PKG.types, ...Object.values<{ types?: string }>(PKG.exports).map((e) => e.types)]) if (types) visit(path.join(root, types));
    assert.ok(seen.size > 40, `only ${seen.size} declaration files reached`);
    assert.deepEqual(missing, []);
  });

  it('installs with cdktf, cdktf-cli and constructs, with no build step', async () => {
    await timed('npm install', () => {
      const r = sh(
        `npm init -y >/dev/null && npm install --prefer-offline --no-audit --no-fund --loglevel=error "${tarball}" cdktf@^0.21 cdktf-cli@^0.21 constructs@^10 mocha@^11`,
        project,
      );
      assert.equal(r.code, 0, r.out);
    });
    assert.ok(fs.existsSync(path.join(project, 'node_modules', '.bin', 'alicloud-sandbox')));
    // One constructs in the project: the package takes the user's (a peer dependency).
    assert.ok(!fs.existsSync(path.join(project, 'node_modules', 'alicloud-sandbox', 'node_modules', 'constructs')));
  });

  it("TypeScript finds each entry point's declarations, also with cdktf init's tsconfig (module CommonJS, node10 resolution)", () => {
    // node10 resolution ignores "exports"; package.json's typesVersions maps the subpaths for it.
    const containing = path.join(project, 'main.ts');
    for (const moduleResolution of [ts.ModuleResolutionKind.Node10, ts.ModuleResolutionKind.Node16]) {
      const options: ts.CompilerOptions = { module: moduleResolution === ts.ModuleResolutionKind.Node16 ? ts.ModuleKind.Node16 : ts.ModuleKind.CommonJS, moduleResolution };
      for (const [specifier, expected] of [
        ['alicloud-sandbox', 'dist/index.d.ts'],
        ['alicloud-sandbox/testing', 'dist/testing/index.d.ts'],
        ['alicloud-sandbox/terraform-env', 'dist/cli/terraform-env.d.ts'],
      ]) {
        const resolved = ts.resolveModuleName(specifier, containing, options, ts.sys).resolvedModule?.resolvedFileName;
        assert.equal(resolved && path.relative(path.join(project, 'node_modules', 'alicloud-sandbox'), fs.realpathSync(resolved)), expected, `${specifier} (${ts.ModuleResolutionKind[moduleResolution]})`);
      }
    }
  });

  it('npx alicloud-sandbox start prints the listening line first', async () => {
    endpoint = await timed('start', () => {
      server = spawn(path.join(project, 'node_modules', '.bin', 'alicloud-sandbox'), ['start', '--port', '0', '--data', path.join(tmp, 'state.json')], {
        cwd: project,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      server.stderr!.on('data', (c) => (err += c));
      return new Promise<string>((resolve, reject) => {
        server!.stdout!.on('data', (c) => {
          out += c;
          if (!out.includes('\n')) return;
          const m = /^alicloud-sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(out.split('\n')[0]);
          if (m) resolve(m[1]);
          else reject(new Error(`first line ${JSON.stringify(out.split('\n')[0])}; stderr ${err}`));
        });
        server!.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
    });
  });

  it('deploys and destroys a stack with plain cdktf after eval "$(npx alicloud-sandbox env)"', async () => {
    fs.writeFileSync(path.join(project, 'main.js'), STACK_JS);
    fs.writeFileSync(path.join(project, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: 'node main.js', terraformProviders: [], terraformModules: [] }));
    const env = `eval "$(npx alicloud-sandbox env --endpoint ${endpoint})"`;
    const deploy = await timed('cdktf deploy', () => sh(`${env} && npx cdktf deploy --auto-approve`, project));
    assert.equal(deploy.code, 0, deploy.out);
    assert.match(deploy.out, /vpc_id = vpc-/);
    const inv = sh(`npx alicloud-sandbox inventory --endpoint ${endpoint}`, project);
    assert.equal(inv.code, 0, inv.out);
    assert.match(inv.stdout, /from-the-package\s+10\.20\.0\.0\/16\s+Available/);
    const destroy = await timed('cdktf destroy', () => sh(`${env} && npx cdktf destroy --auto-approve`, project));
    assert.equal(destroy.code, 0, destroy.out);
    const after = sh(`npx alicloud-sandbox inventory --endpoint ${endpoint}`, project);
    assert.match(after.stdout, /^VPCs: none$/m);
  });

  it("runs the user's mocha file that uses alicloud-sandbox/testing", async () => {
    fs.mkdirSync(path.join(project, 'test'), { recursive: true });
    fs.writeFileSync(path.join(project, 'test', 'stack.test.js'), MOCHA_TEST_JS);
    const r = await timed('mocha with alicloud-sandbox/testing', () => sh('npx mocha test/stack.test.js', project));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /1 passing/);
  });

  it('the started server stops, flushing its state, on SIGTERM', async () => {
    assert.ok(server);
    const exited = new Promise<number | null>((res) => server!.on('exit', (code) => res(code)));
    server.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.ok(fs.existsSync(path.join(tmp, 'state.json')), 'the state file was written');
  });
});
