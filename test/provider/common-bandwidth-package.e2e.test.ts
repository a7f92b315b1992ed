/**
 * alicloud_common_bandwidth_package, its attachment and alicloud_common_bandwidth_packages, end to
 * end with the real Terraform binary: apply (two EIPs in a plan, one capped, the deprecated `name`)
 * → empty plan (the EIPs keep their own bandwidth) → resize, rename, re-cap and cancel a cap in
 * place → import → empty plan → a failed release leaves the EIP in place → destroy.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

interface Knobs {
  bandwidth: string;
  name: string;
  capA: string;
  capB: string;
}

function hcl(url: string, k: Knobs): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_common_bandwidth_package" "plan" {
  bandwidth            = "${k.bandwidth}"
  name                 = "${k.name}"
  description          = "shared by the web tier"
  internet_charge_type = "PayByBandwidth"
  tags = {
    team = "web"
  }
}

resource "alicloud_eip_address" "a" {
  bandwidth            = "3"
  internet_charge_type = "PayByTraffic"
}

resource "alicloud_eip_address" "b" {
  bandwidth            = "4"
  internet_charge_type = "PayByTraffic"
}

resource "alicloud_common_bandwidth_package_attachment" "a" {
  bandwidth_package_id        = alicloud_common_bandwidth_package.plan.id
  instance_id                 = alicloud_eip_address.a.id
  bandwidth_package_bandwidth = "${k.capA}"
}

resource "alicloud_common_bandwidth_package_attachment" "b" {
  bandwidth_package_id        = alicloud_common_bandwidth_package.plan.id
  instance_id                 = alicloud_eip_address.b.id
  bandwidth_package_bandwidth = "${k.capB}"
  ip_type                     = "EIP"
}

data "alicloud_common_bandwidth_packages" "found" {
  ids        = [alicloud_common_bandwidth_package.plan.id]
  name_regex = "^web"
  depends_on = [alicloud_common_bandwidth_package_attachment.a, alicloud_common_bandwidth_package_attachment.b]
}

output "found_ips" {
  value = length(data.alicloud_common_bandwidth_packages.found.packages[0].public_ip_addresses)
}
`;
}

describe('EIP bandwidth plans (common bandwidth packages) through Terraform', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const knobs: Knobs = { bandwidth: '10', name: 'web-shared', capA: '2', capB: 'Cancelled' };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;
  const eip = async (id: string) => (await api.call('vpc', 'DescribeEipAddresses', { AllocationId: id })).EipAddresses.EipAddress[0];

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, knobs), { prefix: 'tf-cbwp-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies: both EIPs join the plan, one capped; the EIPs keep their own bandwidth; the data source finds both', async () => {
    const r = await apply();
    const plan = attrs('alicloud_common_bandwidth_package', 'plan');
    assert.match(plan.id, /^cbwp-/);
    assert.deepEqual([plan.bandwidth_package_name, plan.name, plan.status, plan.payment_type, plan.isp, plan.ratio], ['web-shared', 'web-shared', 'Available', 'PayAsYouGo', 'BGP', 100]);
    const a = attrs('alicloud_eip_address', 'a');
    assert.equal(attrs('alicloud_common_bandwidth_package_attachment', 'a').id, `${plan.id}:${a.id}`);
    assert.equal(attrs('alicloud_common_bandwidth_package_attachment', 'a').bandwidth_package_bandwidth, '2');
    assert.equal(attrs('alicloud_common_bandwidth_package_attachment', 'b').bandwidth_package_bandwidth, 'Cancelled');
    const e = await eip(a.id);
    assert.deepEqual([e.BandwidthPackageId, e.Bandwidth, e.EipBandwidth], [plan.id, '2', '3']);
    assert.equal(a.bandwidth, '3');
    assert.match(r.stdout, /found_ips = 2/);
    await emptyPlan();
  });

  it('resizes and renames the plan and changes the caps in place', async () => {
    const before = attrs('alicloud_common_bandwidth_package', 'plan').id;
    Object.assign(knobs, { bandwidth: '20', name: 'web-shared-2', capA: 'Cancelled', capB: '5' });
    tf.writeConfig(hcl(sandbox.url, knobs));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('0 to add, 3 to change, 0 to destroy'), explain(p));
    await apply();
    assert.equal(attrs('alicloud_common_bandwidth_package', 'plan').id, before);
    const pkg = (await api.call('vpc', 'DescribeCommonBandwidthPackages', { BandwidthPackageId: before })).CommonBandwidthPackages.CommonBandwidthPackage[0];
    assert.deepEqual([pkg.Bandwidth, pkg.Name], ['20', 'web-shared-2']);
    assert.equal((await eip(attrs('alicloud_eip_address', 'a').id)).Bandwidth, '20');
    assert.equal((await eip(attrs('alicloud_eip_address', 'b').id)).Bandwidth, '5');
    await emptyPlan();
  });

  // Attachment "a": ip_type (set on "b") is never read back, by the real provider either, so an
  // imported "b" would plan ip_type = "EIP" once.
  it('imports the plan and an attachment by their IDs and plans nothing afterwards', async () => {
    for (const [address, type, name] of [['alicloud_common_bandwidth_package.plan', 'alicloud_common_bandwidth_package', 'plan'], ['alicloud_common_bandwidth_package_attachment.a', 'alicloud_common_bandwidth_package_attachment', 'a']] as const) {
      const id = attrs(type, name).id;
      ok(await tf.run('state', 'rm', '-no-color', address));
      ok(await tf.run('import', '-no-color', '-input=false', address, id));
    }
    await emptyPlan();
  });

  it('cannot release an EIP that is in the plan, and the refusal changes nothing', async () => {
    const a = attrs('alicloud_eip_address', 'a').id;
    const refused = await api.call('vpc', 'ReleaseEipAddress', { AllocationId: a }, { noRetryCodes: ['IncorrectEipStatus'] }).then(() => 'released', (e: any) => e.code);
    assert.equal(refused, 'IncorrectEipStatus');
    assert.equal((await eip(a)).BandwidthPackageId, attrs('alicloud_common_bandwidth_package', 'plan').id);
  });

  it('destroys everything: attachments before the plan and the EIPs', async () => {
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('vpc', 'DescribeCommonBandwidthPackages', {})).TotalCount, 0);
    assert.equal((await api.call('vpc', 'DescribeEipAddresses', {})).TotalCount, 0);
  });
});
