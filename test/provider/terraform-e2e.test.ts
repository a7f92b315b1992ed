/**
 * Real Terraform (the binary on PATH) driving the built provider through a filesystem mirror.
 * The lifecycle cases use the test-only resource `alicloud_test_thing` (stored in a local file
 * named by ALICLOUD_SANDBOX_TEST_RESOURCES) so they exercise the framework's planning and apply
 * contract independently of the sandbox endpoint; the real resources have their own e2e tests.
 * That resource lives only in the test provider (test-provider-main.ts, installed in its own mirror
 * by ensureTestProviderBuilt); the shipped provider does not contain it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTerraformDir, ensureProviderBuilt, ensureTestProviderBuilt, TEST_TERRAFORM_RC, type TerraformDir } from '../helpers/terraform';

const PROVIDER_ONLY = `
provider "alicloud" {
  endpoint = "http://127.0.0.1:1"
  region   = "cn-hangzhou"
}
`;

function thing(name: string, cidr: string, extra = ''): string {
  return `
resource "alicloud_test_thing" "t" {
  name       = "${name}"
  cidr_block = "${cidr}"
  ratio      = 0.1
  tags       = { env = "test" }
  labels     = ["b", "a"]
  rule { port = 22 }
  rule { port = 443 }
${extra}
}
`;
}

describe('real Terraform with the provider', function () {
  this.timeout(120_000);
  const dirs: TerraformDir[] = [];
  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    await ensureTestProviderBuilt();
  });
  after(() => dirs.forEach((d) => d.cleanup()));

  for (const mode of ['mTLS (the default)', 'TF_DISABLE_PLUGIN_TLS=1'] as const) {
    it(`runs terraform init offline and plans through the provider over ${mode}`, async () => {
      const tf = createTerraformDir(PROVIDER_ONLY + thing('one', '10.0.0.0/16'));
      dirs.push(tf);
      const env = {
        TF_DISABLE_PLUGIN_TLS: mode === 'TF_DISABLE_PLUGIN_TLS=1' ? '1' : undefined,
        ALICLOUD_SANDBOX_TEST_RESOURCES: path.join(tf.dir, 'things.json'),
        TF_CLI_CONFIG_FILE: TEST_TERRAFORM_RC,
        TF_LOG: 'debug',
      };
      const init = await tf.run('init', '-no-color', { env });
      assert.equal(init.code, 0, init.stderr + init.stdout);
      assert.match(init.stdout, /Installed sandbox\/alicloud v0\.1\.0/);
      const plan = await tf.run('plan', '-no-color', '-detailed-exitcode', { env });
      assert.equal(plan.code, 2, plan.stdout);
      assert.match(plan.stdout, /1 to add/);
      assert.match(plan.stdout, /id\s+= \(known after apply\)/);
      // go-plugin logs what it negotiated; our hclog lines are re-logged under the plugin's name.
      assert.match(plan.stderr, /plugin server started/);
      assert.match(plan.stderr, mode === 'TF_DISABLE_PLUGIN_TLS=1' ? /tls=false/ : /tls=true/);
      assert.doesNotMatch(plan.stderr, /plugin failed to exit gracefully/);
    });
  }

  it('reports an invalid argument of a real resource from ValidateResourceConfig with its attribute path', async () => {
    const tf = createTerraformDir(`
resource "alicloud_vpc" "bad" {
  cidr_block = "10.0.0.0/33"
}
`);
    dirs.push(tf);
    assert.equal((await tf.run('init', '-no-color')).code, 0);
    const r = await tf.run('validate', '-no-color');
    assert.notEqual(r.code, 0);
    const out = r.stdout + r.stderr;
    assert.match(out, /Error: /);
    assert.match(out, /cidr_block\s*=\s*"10\.0\.0\.0\/33"/, 'the diagnostic points at the cidr_block line');
  });

  describe('the planning and apply contract (alicloud_test_thing)', () => {
    let tf: TerraformDir;
    let store: string;
    let env: Record<string, string>;
    const apply = () => tf.run('apply', '-auto-approve', '-no-color', { env });
    const plan = () => tf.run('plan', '-no-color', '-detailed-exitcode', { env });

    before(async () => {
      tf = createTerraformDir(thing('one', '10.0.0.0/16', '  timeouts { create = "5m" }'));
      dirs.push(tf);
      store = path.join(tf.dir, 'things.json');
      env = { ALICLOUD_SANDBOX_TEST_RESOURCES: store, TF_CLI_CONFIG_FILE: TEST_TERRAFORM_RC };
      const init = await tf.run('init', '-no-color', { env });
      assert.equal(init.code, 0, init.stderr);
    });

    it('creates, then plans no changes (decimal 0.1, sets, maps, list blocks and timeouts round-trip)', async () => {
      const a = await apply();
      assert.equal(a.code, 0, a.stderr + a.stdout);
      assert.match(a.stdout, /1 added/);
      const p = await plan();
      assert.equal(p.code, 0, p.stderr + p.stdout);
    });

    it('updates in place, keeping useStateForUnknown values, then plans no changes', async () => {
      const before = tf.state().resources[0].instances[0].attributes;
      tf.writeConfig(thing('two', '10.0.0.0/16', '  timeouts { create = "5m" }'));
      const p = await tf.run('plan', '-no-color', { env });
      assert.match(p.stdout, /update in-place/);
      assert.match(p.stdout, /status\s+= "Available" -> \(known after apply\)/);
      const a = await apply();
      assert.equal(a.code, 0, a.stderr);
      assert.match(a.stdout, /1 changed/);
      const after = tf.state().resources[0].instances[0].attributes;
      assert.equal(after.id, before.id);
      assert.equal(after.create_time, before.create_time);
      assert.equal(after.status, 'Updated');
      assert.equal((await plan()).code, 0);
    });

    it('replaces when a forceNew attribute changes, then plans no changes', async () => {
      const before = tf.state().resources[0].instances[0].attributes;
      tf.writeConfig(thing('two', '10.1.0.0/16', '  timeouts { create = "5m" }'));
      const p = await tf.run('plan', '-no-color', { env });
      assert.match(p.stdout, /must be replaced/);
      assert.match(p.stdout, /cidr_block\s+= "10\.0\.0\.0\/16" -> "10\.1\.0\.0\/16" # forces replacement/);
      const a = await apply();
      assert.equal(a.code, 0, a.stderr);
      assert.match(a.stdout, /1 added, 0 changed, 1 destroyed/);
      assert.notEqual(tf.state().resources[0].instances[0].attributes.id, before.id);
      assert.equal((await plan()).code, 0);
    });

    it('notices an object deleted out of band and recreates it', async () => {
      fs.writeFileSync(store, '{}');
      const p = await tf.run('plan', '-no-color', { env });
      assert.match(p.stdout, /1 to add/);
      assert.equal((await apply()).code, 0);
      assert.equal((await plan()).code, 0);
    });

    it('imports an existing object, after which the plan is empty', async () => {
      tf.writeConfig(thing('two', '10.1.0.0/16'));
      assert.equal((await apply()).code, 0); // drop the timeouts block, which import cannot know
      const id = tf.state().resources[0].instances[0].attributes.id;
      assert.equal((await tf.run('state', 'rm', 'alicloud_test_thing.t', { env })).code, 0);
      const imp = await tf.run('import', '-no-color', 'alicloud_test_thing.t', id, { env });
      assert.equal(imp.code, 0, imp.stderr + imp.stdout);
      const p = await plan();
      assert.equal(p.code, 0, p.stdout);
    });

    it('turns an API error into a non-zero exit with "<type>: <Action> failed: <Code>" and the message', async () => {
      tf.writeConfig(thing('three', '10.1.0.0/16', '  fail_on_update = true'));
      const a = await apply();
      assert.notEqual(a.code, 0);
      assert.match(a.stderr, /alicloud_test_thing: ModifyThing failed: Forbidden\.Test/);
      assert.match(a.stderr, /the thing refuses updates/);
    });

    it('destroys, leaving nothing behind', async () => {
      tf.writeConfig(thing('two', '10.1.0.0/16'));
      const d = await tf.run('destroy', '-auto-approve', '-no-color', { env });
      assert.equal(d.code, 0, d.stderr);
      assert.deepEqual(JSON.parse(fs.readFileSync(store, 'utf8')), {});
    });
  });
});
