/**
 * End to end with the real Terraform binary: the data sources real configurations query, in HCL
 * laid out like the real aliyun/alicloud provider's documentation examples (written for this test,
 * not copied): an instance whose type comes from alicloud_instance_types (cpu_core_count,
 * memory_size, availability_zone) and whose image from alicloud_images (owners, name_regex,
 * most_recent); a resource group from alicloud_resource_manager_resource_groups; listings by
 * alicloud_security_groups, alicloud_instances, alicloud_route_tables, alicloud_eip_addresses,
 * alicloud_nat_gateways, alicloud_enhanced_nat_available_zones and alicloud_vpn_gateways, one of
 * them with output_file. Apply, an empty second plan, destroy.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, outputFile: string): string {
  return `${sandboxProviderBlock(url)}
variable "name" {
  default = "tf-data-sources"
}

data "alicloud_resource_manager_resource_groups" "default" {
  status = "OK"
}

data "alicloud_zones" "default" {
  available_disk_category     = "cloud_efficiency"
  available_resource_creation = "VSwitch"
}

data "alicloud_instance_types" "default" {
  availability_zone = data.alicloud_zones.default.zones.0.id
  cpu_core_count    = 2
  memory_size       = 8
}

data "alicloud_images" "default" {
  name_regex  = "^ubuntu_[0-9]+_[0-9]+_x64*"
  most_recent = true
  owners      = "system"
}

data "alicloud_enhanced_nat_available_zones" "default" {
}

resource "alicloud_vpc" "default" {
  vpc_name          = var.name
  cidr_block        = "10.4.0.0/16"
  resource_group_id = data.alicloud_resource_manager_resource_groups.default.groups.0.id
}

resource "alicloud_vswitch" "default" {
  vswitch_name = var.name
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "10.4.0.0/24"
  zone_id      = data.alicloud_enhanced_nat_available_zones.default.zones.0.zone_id
}

resource "alicloud_security_group" "default" {
  name   = var.name
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_instance" "default" {
  availability_zone = alicloud_vswitch.default.zone_id
  instance_name     = var.name
  image_id          = data.alicloud_images.default.images.0.id
  instance_type     = data.alicloud_instance_types.default.instance_types.0.id
  security_groups   = [alicloud_security_group.default.id]
  vswitch_id        = alicloud_vswitch.default.id
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  nat_gateway_name = var.name
  payment_type     = "PayAsYouGo"
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
}

resource "alicloud_eip_address" "default" {
  address_name = var.name
}

data "alicloud_security_groups" "default" {
  name_regex = "^tf-data"
  vpc_id     = alicloud_security_group.default.vpc_id
}

data "alicloud_instances" "default" {
  ids        = [alicloud_instance.default.id]
  name_regex = var.name
  status     = "Running"
}

data "alicloud_route_tables" "default" {
  vpc_id = alicloud_vpc.default.id
}

data "alicloud_eip_addresses" "default" {
  ids         = [alicloud_eip_address.default.id]
  output_file = "${outputFile}"
}

data "alicloud_nat_gateways" "default" {
  vpc_id     = alicloud_nat_gateway.default.vpc_id
  name_regex = alicloud_nat_gateway.default.nat_gateway_name
}

data "alicloud_vpn_gateways" "default" {
  vpc_id = alicloud_vpc.default.id
}

output "instance_type" {
  value = data.alicloud_instance_types.default.instance_types.0.id
}
output "instance_type_cpu" {
  value = data.alicloud_instance_types.default.instance_types.0.cpu_core_count
}
output "image_id" {
  value = data.alicloud_images.default.images.0.id
}
output "image_count" {
  value = length(data.alicloud_images.default.images)
}
output "resource_group_name" {
  value = data.alicloud_resource_manager_resource_groups.default.groups.0.name
}
output "group_ids" {
  value = data.alicloud_security_groups.default.ids
}
output "instance_private_ip" {
  value = data.alicloud_instances.default.instances.0.private_ip
}
output "route_table_types" {
  value = data.alicloud_route_tables.default.tables.*.route_table_type
}
output "system_route_table" {
  value = data.alicloud_route_tables.default.tables.0.id
}
output "eip" {
  value = data.alicloud_eip_addresses.default.addresses.0.ip_address
}
output "nat_ids" {
  value = data.alicloud_nat_gateways.default.ids
}
output "vpn_count" {
  value = length(data.alicloud_vpn_gateways.default.gateways)
}
`;
}

describe('Data sources with real Terraform: HCL in the real provider docs\' layout', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  let outputFile: string;
  const attrs = (type: string, name: string) => tf.state().resources.find((r: any) => r.type === type && r.name === name).instances[0].attributes;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    tf = createTerraformDir('');
    outputFile = path.join(tf.dir, 'eips.json');
    tf.writeConfig(hcl(sandbox.url, outputFile));
    ok(await tf.run('init', '-no-color'));
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies unchanged, and every data source answers what the sandbox holds', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    const out = JSON.parse((await tf.run('output', '-json')).stdout);
    const v = (k: string) => out[k].value;
    assert.match(v('instance_type'), /^ecs\./);
    assert.equal(v('instance_type_cpu'), 2);
    assert.equal(attrs('alicloud_instance', 'default').instance_type, v('instance_type'));
    assert.match(v('image_id'), /^ubuntu_\d+_\d+_x64_20G_alibase_\d{8}\.vhd$/);
    assert.equal(v('image_count'), 1);
    // most_recent picks the newest matching image.
    assert.equal(v('image_id'), 'ubuntu_24_04_x64_20G_alibase_20250113.vhd');
    assert.equal(v('resource_group_name'), 'default');
    assert.equal(attrs('alicloud_vpc', 'default').resource_group_id, attrs('alicloud_security_group', 'default').resource_group_id);
    assert.deepEqual(v('group_ids'), [attrs('alicloud_security_group', 'default').id]);
    assert.equal(v('instance_private_ip'), attrs('alicloud_instance', 'default').private_ip);
    assert.deepEqual(v('route_table_types'), ['System']);
    assert.equal(v('system_route_table'), attrs('alicloud_vpc', 'default').route_table_id);
    assert.equal(v('eip'), attrs('alicloud_eip_address', 'default').ip_address);
    assert.deepEqual(v('nat_ids'), [attrs('alicloud_nat_gateway', 'default').id]);
    assert.equal(v('vpn_count'), 0);
    const written = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
    assert.equal(written[0].ip_address, v('eip'));
  });

  it('plans no changes right after the apply', async () => {
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('destroys everything, leaving the sandbox without VPCs', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    // Every object of the configuration carried the name; none is left.
    assert.ok(!JSON.stringify(sandbox.store.exportState()).includes('tf-data-sources'));
  });
});
