/**
 * End to end with the real Terraform binary: an ENI (alicloud_ecs_network_interface) with two
 * secondary addresses, attached to an instance (alicloud_ecs_network_interface_attachment), an EIP
 * bound to it (alicloud_eip_association, instance_type NetworkInterface), and the ENI listed by
 * data "alicloud_ecs_network_interfaces". Apply; an empty second plan; renaming and growing the
 * secondary addresses in place; an attachment to an instance of another zone refused with nothing
 * left behind; import; destroy.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, o: { name?: string; count?: number; foreign?: boolean } = {}): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "default" {
  vpc_name   = "eni-example"
  cidr_block = "192.168.0.0/16"
}

resource "alicloud_vswitch" "a" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "192.168.1.0/24"
  zone_id    = "cn-hangzhou-h"
}

resource "alicloud_vswitch" "b" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "192.168.2.0/24"
  zone_id    = "cn-hangzhou-i"
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_instance" "web" {
  image_id        = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type   = "ecs.g7.xlarge"
  security_groups = [alicloud_security_group.default.id]
  vswitch_id      = alicloud_vswitch.a.id
}

resource "alicloud_ecs_network_interface" "eni" {
  vswitch_id                         = alicloud_vswitch.a.id
  security_group_ids                 = [alicloud_security_group.default.id]
  network_interface_name             = "${o.name ?? 'eni-one'}"
  secondary_private_ip_address_count = ${o.count ?? 2}
  tags = { tier = "web" }
}

resource "alicloud_ecs_network_interface_attachment" "eni" {
  network_interface_id = alicloud_ecs_network_interface.eni.id
  instance_id          = alicloud_instance.web.id
}

resource "alicloud_eip_address" "eip" {}

resource "alicloud_eip_association" "eni" {
  allocation_id = alicloud_eip_address.eip.id
  instance_id   = alicloud_ecs_network_interface.eni.id
}

data "alicloud_ecs_network_interfaces" "web" {
  ids  = [alicloud_ecs_network_interface_attachment.eni.network_interface_id]
  type = "Secondary"
}
${
  o.foreign
    ? `
resource "alicloud_ecs_network_interface" "far" {
  vswitch_id         = alicloud_vswitch.b.id
  security_group_ids = [alicloud_security_group.default.id]
}

resource "alicloud_ecs_network_interface_attachment" "far" {
  network_interface_id = alicloud_ecs_network_interface.far.id
  instance_id          = alicloud_instance.web.id
}
`
    : ''
}`;
}

describe('ENIs with real Terraform (alicloud_ecs_network_interface, its attachment, its data source, an EIP on it)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let tf: TerraformDir;
  const attrs = (type: string, name: string, mode = 'managed') =>
    tf.state().resources.find((r: any) => r.type === type && r.name === name && r.mode === mode)?.instances[0].attributes;
  const eniOnApi = async (id: string) => client.call('ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: id });

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    tf = createTerraformDir(hcl(sandbox.url));
    ok(await tf.run('init', '-no-color'));
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies: the ENI InUse on the instance with two secondary addresses, the EIP on it, the data source finding it', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    const eni = attrs('alicloud_ecs_network_interface', 'eni');
    assert.match(eni.id, /^eni-/);
    assert.equal(eni.private_ip_addresses.length, 2);
    assert.deepEqual(eni.private_ips.sort(), [...eni.private_ip_addresses].sort());
    assert.equal(eni.name, 'eni-one');
    const web = attrs('alicloud_instance', 'web');
    const api = await eniOnApi(eni.id);
    assert.deepEqual([api.Status, api.InstanceId], ['InUse', web.id]);
    assert.equal(attrs('alicloud_ecs_network_interface_attachment', 'eni').id, `${eni.id}:${web.id}`);
    assert.equal(api.AssociatedPublicIp.AllocationId, attrs('alicloud_eip_address', 'eip').id);
    assert.equal(attrs('alicloud_eip_association', 'eni').instance_type, 'NetworkInterface');
    const listed = attrs('alicloud_ecs_network_interfaces', 'web', 'data');
    assert.deepEqual(listed.ids, [eni.id]);
    assert.equal(listed.interfaces[0].instance_id, web.id);
    // No address is used twice in the VSwitch.
    const all = [web.private_ip, eni.primary_ip_address, ...eni.private_ip_addresses];
    assert.equal(new Set(all).size, all.length);
  });

  it('plans no changes right after the apply', async () => {
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('renames the ENI and grows its secondary addresses in place', async () => {
    const before = attrs('alicloud_ecs_network_interface', 'eni');
    tf.writeConfig(hcl(sandbox.url, { name: 'eni-renamed', count: 3 }));
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    assert.match(a.stdout, /0 added, \d+ changed, 0 destroyed/);
    const after = attrs('alicloud_ecs_network_interface', 'eni');
    assert.equal(after.id, before.id);
    assert.equal(after.network_interface_name, 'eni-renamed');
    assert.equal(after.private_ip_addresses.length, 3);
    for (const ip of before.private_ip_addresses) assert.ok(after.private_ip_addresses.includes(ip), `${ip} was kept`);
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('refuses attaching an ENI of another zone, and keeps no such attachment', async () => {
    tf.writeConfig(hcl(sandbox.url, { name: 'eni-renamed', count: 3, foreign: true }));
    const r = await tf.run('apply', '-auto-approve', '-no-color');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /InvalidOperation\.AvailabilityZoneMismatch/);
    assert.equal(attrs('alicloud_ecs_network_interface_attachment', 'far'), undefined);
    const far = attrs('alicloud_ecs_network_interface', 'far');
    assert.equal((await eniOnApi(far.id)).Status, 'Available');
    tf.writeConfig(hcl(sandbox.url, { name: 'eni-renamed', count: 3 }));
    ok(await tf.run('apply', '-auto-approve', '-no-color'));
  });

  it('imports the ENI and the attachment by their IDs with an empty plan afterwards', async () => {
    const eniId = attrs('alicloud_ecs_network_interface', 'eni').id;
    const attId = attrs('alicloud_ecs_network_interface_attachment', 'eni').id;
    ok(await tf.run('state', 'rm', 'alicloud_ecs_network_interface_attachment.eni', 'alicloud_ecs_network_interface.eni'));
    ok(await tf.run('import', '-no-color', 'alicloud_ecs_network_interface.eni', eniId));
    ok(await tf.run('import', '-no-color', 'alicloud_ecs_network_interface_attachment.eni', attId));
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('destroys everything: no ENI left but the instances\' primary ones', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    const left = await client.call('ecs', 'DescribeNetworkInterfaces', { PageSize: 100 });
    assert.deepEqual(left.NetworkInterfaceSets.NetworkInterfaceSet, []);
  });
});
