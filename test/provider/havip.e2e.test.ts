/**
 * HaVips end to end with the real Terraform binary: alicloud_vpc_ha_vip and alicloud_havip (its
 * older name, with the deprecated havip_name), two alicloud_havip_attachment instances, a route
 * whose next hop is the HaVip, an EIP bound to it (instance_type "HaVip") and alicloud_havips
 * filtered by name and status: apply → empty plan → rename in place → import → empty plan →
 * destroy, nothing left behind.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, name: string): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "default" {
  available_instance_type = "ecs.g7.large"
}

resource "alicloud_vpc" "default" {
  vpc_name   = "havip"
  cidr_block = "10.4.0.0/16"
}

resource "alicloud_vswitch" "default" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "10.4.0.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_instance" "pair" {
  count           = 2
  instance_name   = "keepalived-\${count.index}"
  image_id        = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type   = "ecs.g7.large"
  vswitch_id      = alicloud_vswitch.default.id
  security_groups = [alicloud_security_group.default.id]
}

resource "alicloud_vpc_ha_vip" "default" {
  vswitch_id  = alicloud_vswitch.default.id
  ha_vip_name = "${name}"
  description = "floating address"
}

resource "alicloud_havip" "old" {
  vswitch_id = alicloud_vswitch.default.id
  ip_address = "10.4.0.100"
  havip_name = "old-name"
}

resource "alicloud_havip_attachment" "pair" {
  count       = 2
  ha_vip_id   = alicloud_vpc_ha_vip.default.id
  instance_id = alicloud_instance.pair[count.index].id
}

resource "alicloud_route_entry" "to_havip" {
  route_table_id        = alicloud_vpc.default.route_table_id
  destination_cidrblock = "192.168.0.0/16"
  nexthop_type          = "HaVip"
  nexthop_id            = alicloud_vpc_ha_vip.default.id
  depends_on            = [alicloud_havip_attachment.pair]
}

resource "alicloud_eip_address" "default" {
  address_name = "havip-eip"
}

resource "alicloud_eip_association" "default" {
  allocation_id = alicloud_eip_address.default.id
  instance_id   = alicloud_vpc_ha_vip.default.id
  instance_type = "HaVip"
}

data "alicloud_havips" "named" {
  name_regex = "^${name}$"
  depends_on = [alicloud_havip_attachment.pair]
}

output "found" {
  value = data.alicloud_havips.named.havips
}
`;
}

describe('HaVips through Terraform: the resource under both names, attachments, a route and an EIP', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string, i = 0) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[i].attributes;
  const haVip = async (id: string) => (await api.call('vpc', 'DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': id })).HaVips.HaVip[0];

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, 'web-vip'), { prefix: 'tf-havip-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies: both instances hold the HaVip, the route and the EIP point at it, and the data source finds it', async () => {
    await apply();
    const v = attrs('alicloud_vpc_ha_vip', 'default');
    assert.match(v.id, /^havip-/);
    assert.match(v.ip_address, /^10\.4\.0\.\d+$/);
    const instances = [attrs('alicloud_instance', 'pair', 0).id, attrs('alicloud_instance', 'pair', 1).id];
    const live = await haVip(v.id);
    assert.equal(live.Status, 'InUse');
    assert.deepEqual([...live.AssociatedInstances.associatedInstance].sort(), [...instances].sort());
    assert.ok(instances.includes(live.MasterInstanceId), 'the master is one of the two');
    assert.equal(attrs('alicloud_havip_attachment', 'pair', 0).id, `${v.id}:${instances[0]}`);
    assert.equal(attrs('alicloud_havip_attachment', 'pair', 0).instance_type, 'EcsInstance');
    assert.deepEqual(live.AssociatedEipAddresses.associatedEipAddresse, [attrs('alicloud_eip_address', 'default').ip_address]);
    const old = attrs('alicloud_havip', 'old');
    assert.deepEqual([old.ip_address, old.havip_name, old.ha_vip_name, old.status], ['10.4.0.100', 'old-name', 'old-name', 'Available']);
    const found = tf.state().outputs.found.value;
    assert.deepEqual(found.map((h: any) => [h.id, h.havip_name, h.status, h.ip_address]), [[v.id, 'web-vip', 'InUse', v.ip_address]]);
    assert.equal(attrs('alicloud_route_entry', 'to_havip').nexthop_type, 'HaVip');
    await emptyPlan();
  });

  it('renames the HaVip in place and imports all three types by their IDs', async () => {
    const id = attrs('alicloud_vpc_ha_vip', 'default').id;
    tf.writeConfig(hcl(sandbox.url, 'db-vip'));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('0 to add, 1 to change, 0 to destroy'), explain(p));
    await apply();
    assert.equal(attrs('alicloud_vpc_ha_vip', 'default').id, id);
    assert.equal((await haVip(id)).Name, 'db-vip');
    for (const [address, type, name] of [
      ['alicloud_vpc_ha_vip.default', 'alicloud_vpc_ha_vip', 'default'],
      ['alicloud_havip.old', 'alicloud_havip', 'old'],
      ['alicloud_havip_attachment.pair[1]', 'alicloud_havip_attachment', 'pair'],
    ] as const) {
      const rid = attrs(type, name, address.endsWith('[1]') ? 1 : 0).id;
      ok(await tf.run('state', 'rm', '-no-color', address));
      ok(await tf.run('import', '-no-color', '-input=false', address, rid));
    }
    await emptyPlan();
  });

  it('refuses to delete the HaVip behind Terraform\'s back while it is in use, then destroys everything', async () => {
    const id = attrs('alicloud_vpc_ha_vip', 'default').id;
    const refused = await api.call('vpc', 'DeleteHaVip', { HaVipId: id }, { noRetryCodes: ['IncorrectStatus'] }).then(() => 'deleted', (e: any) => e.code);
    assert.equal(refused, 'IncorrectStatus');
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('vpc', 'DescribeHaVips', {})).HaVips.HaVip.length, 0);
    assert.equal((await api.call('vpc', 'DescribeVpcs', {})).Vpcs.Vpc.length, 0);
  });
});
