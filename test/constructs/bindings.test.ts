/**
 * The generated bindings: regenerated from provider/schema.json they equal the committed
 * constructs/generated/ (drift check), and the package exports them the way @cdktf/provider-aws does.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BINDINGS_DIR, generateBindings, listFiles, PROVIDER_VERSION, SCHEMA_FILE } from '../../scripts/generate-bindings';
import * as lib from '../../index';

describe('the generated bindings', () => {
  let tmp: string;
  before(function () {
    if (!fs.existsSync(SCHEMA_FILE)) this.skip();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-drift-'));
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('match a fresh generation from provider/schema.json (run `npm run bindings` after a schema change)', async function () {
    this.timeout(60_000);
    const out = path.join(tmp, 'generated');
    await generateBindings(SCHEMA_FILE, out);
    const fresh = listFiles(out);
    const committed = listFiles(BINDINGS_DIR);
    assert.deepEqual(committed, fresh, 'the set of generated files differs: run `npm run bindings`');
    const differing = fresh.filter((f) => fs.readFileSync(path.join(out, f), 'utf8') !== fs.readFileSync(path.join(BINDINGS_DIR, f), 'utf8'));
    assert.deepEqual(differing, [], `constructs/generated/ drifted from provider/schema.json in ${differing.join(', ')}: run \`npm run bindings\``);
  });

  it('carry the provider version the mirror installs', () => {
    const build = fs.readFileSync(path.join(__dirname, '..', '..', 'scripts', 'build-provider.ts'), 'utf8');
    assert.match(build, new RegExp(`PROVIDER_VERSION = '${PROVIDER_VERSION.replace(/\./g, '\\.')}'`));
  });

  it('cover every resource and data source of the schema, one namespace each', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')).provider_schemas['registry.terraform.io/sandbox/alicloud'];
    const exported = Object.values(lib)
      .flatMap((ns) => (ns && typeof ns === 'object' ? Object.values(ns) : []))
      .map((cls: any) => cls?.tfResourceType)
      .filter(Boolean);
    for (const type of Object.keys(schema.resource_schemas)) assert.ok(exported.includes(type), `no binding for ${type}`);
    for (const type of Object.keys(schema.data_source_schemas ?? {})) assert.ok(exported.includes(type), `no binding for data source ${type}`);
  });
});

describe('the package entry point', () => {
  it('exports the binding namespaces and the L2 constructs', () => {
    for (const ns of ['provider', 'vpc', 'vswitch', 'routeEntry', 'instance', 'securityGroup', 'securityGroupRule', 'dataAlicloudZones', 'dataAlicloudVpcs', 'dataAlicloudVswitches']) {
      assert.equal(typeof (lib as any)[ns], 'object', `namespace ${ns}`);
    }
    assert.equal(typeof lib.provider.AlicloudProvider, 'function');
    assert.equal(typeof lib.vpc.Vpc, 'function');
    for (const cls of ['Network', 'NetworkVSwitch', 'NetworkInstance', 'RouteTableRoutes', 'DefaultNetwork']) assert.equal(typeof (lib as any)[cls], 'function', cls);
  });

  it('resolves as "alicloud-sandbox" once built (package.json main/types/exports point at dist/)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.equal(pkg.main, 'dist/index.js');
    assert.equal(pkg.types, 'dist/index.d.ts');
    // Plain Node, not tsx: tsconfig's "paths" maps the name to the sources for the repo's own tests
    // (so the README examples run as written), which is not what an installed package resolves to.
    const root = path.resolve(__dirname, '..', '..');
    const resolved = execFileSync(process.execPath, ['-p', "require.resolve('alicloud-sandbox')"], { cwd: root, encoding: 'utf8' }).trim();
    assert.equal(resolved, path.join(root, 'dist', 'index.js'));
  });
});
