/**
 * The provider block (provider/framework/provider-config.ts): the real provider's arguments are
 * accepted, real credentials are never used, sandbox accounts are.
 */
import { strict as assert } from 'node:assert';
import { looksLikeRealAccessKey, providerConfigSchema, resolveProviderConfig } from '../../provider/framework/provider-config';
import { REAL_ENDPOINT_KEYS } from '../../provider/framework/provider-real-arguments';
import { validateBlock } from '../../provider/framework/validate';

describe('provider block (provider-config.ts)', () => {
  it('accepts the real provider\'s arguments and blocks, as a docs configuration writes them', () => {
    const config = {
      region: 'cn-hangzhou',
      profile: 'default',
      shared_credentials_file: '~/.aliyun/config.json',
      skip_region_validation: true,
      configuration_source: 'terraform-alicloud-modules/terraform-alicloud-vpc',
      protocol: 'HTTPS',
      client_read_timeout: 60000,
      assume_role: [{ role_arn: 'acs:ram::123456:role/terraform', session_name: 'tf', session_expiration: 999 }],
      endpoints: [{ ecs: 'ecs.aliyuncs.com', vpc: 'vpc.aliyuncs.com' }],
      features: [{ ecs_instance: [{ replace_on_image_update: true }] }],
      sign_version: [{ oss: 'v4' }],
    };
    assert.deepEqual(validateBlock(providerConfigSchema, config).filter((d) => d.severity === 'error'), []);
    for (const k of ['ecs', 'vpc', 'slb', 'rds', 'oss', 'kms', 'ram', 'sts', 'resourcemanager']) assert.ok(REAL_ENDPOINT_KEYS.includes(k), k);
    assert.ok(providerConfigSchema.blocks!.endpoints.block.attributes.vpc.optional);
  });

  it('never uses a real-looking access key from the block: the default sandbox account signs, with a warning', () => {
    const { resolved, diagnostics } = resolveProviderConfig({ access_key: 'LTAI5tAbCdEfGhIjKlMnOpQr', secret_key: 'realsecret' }, {});
    assert.equal(resolved.accessKey, 'SANDBOXACCESSKEY');
    assert.equal(resolved.secretKey, 'sandbox-secret');
    const w = diagnostics.find((d) => d.summary === 'Real Alibaba Cloud credentials ignored');
    assert.ok(w && w.severity === 'warning');
    assert.deepEqual(w.attribute, ['access_key']);
    assert.ok(!w.detail!.includes('AbCdEfGh'), 'the warning must not repeat the key');
  });

  it('prefers ALICLOUD_SANDBOX_ACCESS_KEY, skips a real key in ALICLOUD_ACCESS_KEY, and keeps a sandbox account key from the block', () => {
    const env = { ALICLOUD_SANDBOX_ACCESS_KEY: 'ACCOUNTB', ALICLOUD_SANDBOX_SECRET_KEY: 'b-secret', ALICLOUD_ACCESS_KEY: 'LTAIabcdefghijkl', ALICLOUD_SECRET_KEY: 'real' };
    assert.deepEqual(pick(resolveProviderConfig({}, env).resolved), ['ACCOUNTB', 'b-secret']);
    assert.deepEqual(pick(resolveProviderConfig({}, { ALICLOUD_ACCESS_KEY: 'STS.NUabc', ALICLOUD_SECRET_KEY: 'real' }).resolved), ['SANDBOXACCESSKEY', 'sandbox-secret']);
    assert.deepEqual(pick(resolveProviderConfig({ access_key: 'ACCOUNTC', secret_key: 'c' }, env).resolved), ['ACCOUNTC', 'c']);
    // A block key with the secret in the environment still works, as with the real provider.
    assert.deepEqual(pick(resolveProviderConfig({ access_key: 'ACCOUNTC' }, { ALICLOUD_SECRET_KEY: 'c-env' }).resolved), ['ACCOUNTC', 'c-env']);
    assert.ok(looksLikeRealAccessKey('LTAI4FmQx9sdfkjh') && !looksLikeRealAccessKey('SANDBOXACCESSKEY') && !looksLikeRealAccessKey('LTAI'));
  });

  it('warns that assume_role, profile and endpoints are not used, and says nothing for plain arguments', () => {
    const loud = resolveProviderConfig({ profile: 'x', assume_role: [{ role_arn: 'arn' }], endpoints: [{ ecs: 'e' }] }, {}).diagnostics.map((d) => d.summary);
    assert.deepEqual(loud.sort(), ['Credential settings of the real provider are not used', 'Custom endpoints are not used']);
    assert.deepEqual(resolveProviderConfig({ region: 'cn-beijing', configuration_source: 'x', skip_region_validation: true }, {}).diagnostics, []);
  });

  it('falls back to cn-beijing, as the real provider does, when neither the block nor the environment names a region', () => {
    assert.equal(resolveProviderConfig({}, {}).resolved.region, 'cn-beijing');
    assert.equal(resolveProviderConfig({ region: '' }, {}).resolved.region, 'cn-beijing');
    assert.equal(resolveProviderConfig({}, { ALICLOUD_REGION: 'cn-hangzhou' }).resolved.region, 'cn-hangzhou');
  });

  it('takes the region from ALIBABA_CLOUD_REGION when ALICLOUD_REGION is unset', () => {
    assert.equal(resolveProviderConfig({}, { ALIBABA_CLOUD_REGION: 'cn-shanghai' }).resolved.region, 'cn-shanghai');
  });
});

function pick(r: { accessKey: string; secretKey: string }): [string, string] {
  return [r.accessKey, r.secretKey];
}
