/**
 * provider/schema.json (written by `npm run schema`, the input of the cdktf bindings) must equal
 * what real Terraform prints for this provider.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { createTerraformDir, ensureProviderBuilt, type TerraformDir } from '../helpers/terraform';
import { SCHEMA_FILE, providerSchemaJson } from '../../scripts/write-schema';

describe('provider schema JSON (npm run schema)', function () {
  this.timeout(120_000);
  let tf: TerraformDir;
  let real: unknown;

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    tf = createTerraformDir('provider "alicloud" {}\n');
    // The variable that switches the test double on in the TEST provider (test-provider-main.ts) is
    // set on purpose: the shipped provider must ignore it.
    const env = { ALICLOUD_SANDBOX_TEST_RESOURCES: `${tf.dir}/things.json` };
    const init = await tf.run('init', '-no-color', { env });
    assert.equal(init.code, 0, init.stderr);
    const r = await tf.run('providers', 'schema', '-json', { env });
    assert.equal(r.code, 0, r.stderr);
    real = JSON.parse(r.stdout);
  });
  after(() => tf?.cleanup());

  it('generates exactly what `terraform providers schema -json` prints', () => {
    assert.deepStrictEqual(providerSchemaJson(), real);
  });

  it('serves no test double, whatever the environment says', () => {
    const schemas = (real as any).provider_schemas['registry.terraform.io/sandbox/alicloud'].resource_schemas;
    assert.ok(schemas.alicloud_vpc, 'the real resources are there');
    assert.equal(schemas.alicloud_test_thing, undefined);
  });

  it('has provider/schema.json up to date with the provider (run `npm run schema` if this fails)', () => {
    assert.ok(fs.existsSync(SCHEMA_FILE), `${SCHEMA_FILE} is missing; run npm run schema`);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')), real);
  });
});
