/**
 * Regression tests for what a new Terraform user ran into, driven through real Terraform against a
 * sandbox started in this process: provider settings that come from the environment, and the
 * diagnostics for credentials and regions the endpoint refuses (which only the provider block can
 * fix, so the diagnostic must say so).
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient } from '../../provider/client/api-client';
import { resolveProviderConfig } from '../../provider/framework/provider-config';
import { providerConfigHint } from '../../provider/framework/diagnostics';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, type TerraformDir } from '../helpers/terraform';

describe('provider settings from the environment (no Terraform)', () => {
  it('treats an empty ALICLOUD_REGION / ALICLOUD_SANDBOX_ENDPOINT / key variable as unset, as the real provider does', () => {
    const { resolved } = resolveProviderConfig(null, {
      ALICLOUD_REGION: '',
      ALICLOUD_SANDBOX_ENDPOINT: ' ',
      ALICLOUD_ACCESS_KEY: '',
      ALICLOUD_SECRET_KEY: '',
    });
    assert.equal(resolved.region, 'cn-beijing');
    assert.equal(resolved.endpoint, 'http://127.0.0.1:4590');
    assert.equal(resolved.accessKey, 'SANDBOXACCESSKEY');
    assert.equal(resolved.secretKey, 'sandbox-secret');
  });

  it('names the provider argument and the environment variable to fix for credential and region errors', () => {
    assert.match(providerConfigHint('SignatureDoesNotMatch')!, /secret_key.*ALICLOUD_SECRET_KEY/);
    assert.match(providerConfigHint('InvalidAccessKeyId.NotFound')!, /access_key.*ALICLOUD_ACCESS_KEY/);
    assert.match(providerConfigHint('InvalidRegionId.NotFound')!, /region.*ALICLOUD_REGION/);
    assert.equal(providerConfigHint('InvalidVpcName.Malformed'), undefined);
  });
});

describe('a new user\'s provider mistakes with real Terraform (e2e)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;

  const config = (url: string) => `
variable "secret" {
  type    = string
  default = "sandbox-secret"
}
provider "alicloud" {
  endpoint   = "${url}"
  secret_key = var.secret
}
resource "alicloud_vpc" "v" {
  cidr_block = "10.30.0.0/16"
}
`;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, log: () => {} });
    tf = createTerraformDir(config(sandbox.url), { prefix: 'tf-user-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('an empty ALICLOUD_REGION falls back to the default region instead of sending an empty RegionId', async () => {
    const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false', { env: { ALICLOUD_REGION: '' } });
    ok(r);
    assert.equal(tf.state().resources[0].instances[0].attributes.region_id, 'cn-beijing');
    const again = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false', { env: { ALICLOUD_REGION: '' } });
    assert.equal(again.code, 0, explain(again));
  });

  it('a wrong secret_key fails the refresh with a diagnostic that names the resource and the provider argument to fix', async () => {
    const r = await tf.run('plan', '-no-color', '-input=false', '-var', 'secret=not-the-secret');
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, flex('alicloud_vpc: DescribeVpcs failed: SignatureDoesNotMatch'), explain(r));
    assert.match(r.stderr, flex('Fix secret_key in the provider "alicloud" block (or ALICLOUD_SECRET_KEY)'), explain(r));
    assert.ok(!r.stderr.includes('not-the-secret'), 'the secret must never be printed');
  });

  it('a region the endpoint does not serve names the region argument to fix', async () => {
    const r = await tf.run('plan', '-no-color', '-input=false', { env: { ALICLOUD_REGION: 'cn-nowhere' } });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, flex('InvalidRegionId.NotFound'), explain(r));
    assert.match(r.stderr, flex('Fix region in the provider "alicloud" block (or ALICLOUD_REGION)'), explain(r));
  });

  it('destroy leaves nothing behind', async () => {
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
  });
});

describe('a create that fails after the object exists keeps it in state as tainted (e2e)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  const config = (url: string, timeout: string) => `
provider "alicloud" {
  endpoint = "${url}"
}
resource "alicloud_vpc" "v" {
  cidr_block = "10.31.0.0/16"
  timeouts {
    create = "${timeout}"
  }
}
`;
  const vpcCount = async () => {
    // The provider block names no region: the provider's fallback, cn-beijing, as the real one's.
    const api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-beijing' });
    const out = await api.call('vpc', 'DescribeVpcs', { PageSize: 50 });
    return (out?.Vpcs?.Vpc ?? []).length;
  };

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    // The VPC stays Pending for 4 s, and the create's timeout is 1 s: CreateVpc is sent (the
    // operation's deadline has not passed yet) but the wait for Available runs out.
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 4000, log: () => {} });
    tf = createTerraformDir(config(sandbox.url, '1s'), { prefix: 'tf-user-taint-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('a create timeout reports the wait and records the VPC (tainted) instead of leaking it; the next apply replaces it', async () => {
    const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false');
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, flex('alicloud_vpc: create failed (WaitTimeoutError)'), explain(r));
    assert.match(r.stderr, /raise the timeout in the resource's\s+`timeouts`\s+block/, explain(r));
    const inst = tf.state().resources[0].instances[0];
    assert.match(inst.attributes.id, /^vpc-/);
    assert.equal(inst.status, 'tainted');
    tf.writeConfig(config(sandbox.url, '5m'));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('alicloud_vpc.v is tainted, so must be replaced'), explain(p));
    ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
    assert.equal(await vpcCount(), 1, 'the VPC of the failed create was destroyed, not leaked');
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal(await vpcCount(), 0);
  });
});
