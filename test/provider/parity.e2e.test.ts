/**
 * Argument surface parity with real Terraform: a configuration written for the real aliyun/alicloud
 * provider, with its deprecated aliases (`name` on VPCs, VSwitches and security groups,
 * `availability_zone` on VSwitches, `inner_access`) and instance arguments outside the sandbox's
 * model (user data, data disks, system disk name and description, KMS and spot options, and the
 * many arguments the ECS instance community module sets to null), plans, applies, plans empty,
 * updates, shows out-of-band drift, imports and destroys. The steps share one working directory and
 * run in order.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock as providerBlock, type TerraformDir } from '../helpers/terraform';

interface Knobs {
  vpcNameArg: 'name' | 'vpc_name';
  vpcName: string;
  userData: string;
  systemDiskName: string;
  extra: string;
}

/** Arguments the ECS instance community module passes through, most of them null by default. */
const MODULE_NULLS = [
  'kms_encrypted_password', 'kms_encryption_context', 'period', 'renewal_status', 'auto_renew_period', 'volume_tags', 'role_name',
  'spot_price_limit', 'deployment_set_id', 'hpc_cluster_id', 'dedicated_host_id', 'launch_template_id', 'credit_specification',
  'security_enhancement_strategy', 'secondary_private_ips', 'secondary_private_ip_address_count', 'system_disk_performance_level',
  'system_disk_auto_snapshot_policy_id', 'operator_type', 'stopped_mode', 'http_tokens', 'http_endpoint', 'http_put_response_hop_limit',
  'auto_release_time', 'ipv6_address_count', 'ipv6_addresses', 'private_ip', 'host_name', 'description', 'internet_max_bandwidth_in',
];

function config(url: string, k: Knobs): string {
  return `${providerBlock(url)}
data "alicloud_zones" "default" {
  available_disk_category     = "cloud_efficiency"
  available_resource_creation = "VSwitch"
  available_slb_address_type  = "vpc"
}

resource "alicloud_vpc" "vpc" {
  ${k.vpcNameArg}          = "${k.vpcName}"
  cidr_block               = "172.16.0.0/16"
  dns_hostname_status      = "ENABLED"
  classic_link_enabled     = false
  system_route_table_name  = "main-table"
  dry_run                  = false
}

resource "alicloud_vswitch" "vsw" {
  name              = "parity-vsw"
  vpc_id            = alicloud_vpc.vpc.id
  cidr_block        = "172.16.0.0/24"
  availability_zone = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_security_group" "sg" {
  name         = "parity-sg"
  inner_access = true
  vpc_id       = alicloud_vpc.vpc.id
}

resource "alicloud_instance" "vm" {
  image_id                   = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type              = "ecs.g7.large"
  vswitch_id                 = alicloud_vswitch.vsw.id
  security_groups            = [alicloud_security_group.sg.id]
  instance_name              = "parity-vm"
  user_data                  = ${JSON.stringify(k.userData)}
  key_name                   = "my-key"
  system_disk_category       = "cloud_essd"
  system_disk_name           = "${k.systemDiskName}"
  system_disk_description    = "the system disk"
  system_disk_encrypted      = true
  system_disk_kms_key_id     = "key-sandbox-0001"
  spot_strategy              = "NoSpot"
  allocate_public_ip         = false
  internet_max_bandwidth_out = 0
${MODULE_NULLS.map((a) => `  ${a} = null`).join('\n')}
${k.extra}
  data_disks {
    name        = "data-1"
    size        = 40
    category    = "cloud_essd"
    description = "first data disk"
  }
  data_disks {
    size = 20
  }
  maintenance_time {
    start_time = "02:00:00Z"
    end_time   = "03:00:00Z"
  }
}

data "alicloud_vpcs" "mine" {
  ids               = [alicloud_vpc.vpc.id]
  resource_group_id = alicloud_vpc.vpc.resource_group_id
  dry_run           = false
}
`;
}

describe('argument surface parity: a configuration for the real provider, aliases and unmodelled arguments included (e2e)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  let knobs: Knobs = { vpcNameArg: 'name', vpcName: 'parity-vpc', userData: '#!/bin/sh\necho hello\n', systemDiskName: 'sys-1', extra: '' };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const plan = () => tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
  const emptyPlan = async () => {
    const r = await plan();
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const change = (k: Partial<Knobs>) => {
    knobs = { ...knobs, ...k };
    tf.writeConfig(config(sandbox.url, knobs));
  };
  const attrs = (address: string) => {
    const [type, name] = address.split('.');
    const r = tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed');
    assert.ok(r, `${address} not in state`);
    return r.instances[0].attributes;
  };
  const disks = async (id: string) => (await api.call('ecs', 'DescribeDisks', { InstanceId: id })).Disks.Disk as any[];

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 200, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(config(sandbox.url, knobs), { prefix: 'tf-parity-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies; aliases show the same value under both names, and a second plan is empty', async () => {
    await apply();
    const vpc = attrs('alicloud_vpc.vpc');
    assert.equal(vpc.name, 'parity-vpc');
    assert.equal(vpc.vpc_name, 'parity-vpc');
    assert.equal(vpc.dns_hostname_status, 'ENABLED');
    assert.equal(vpc.system_route_table_name, 'main-table', 'an accepted-only argument is kept');
    assert.equal(vpc.router_table_id, vpc.route_table_id);
    const vsw = attrs('alicloud_vswitch.vsw');
    assert.equal(vsw.vswitch_name, 'parity-vsw');
    assert.equal(vsw.zone_id, vsw.availability_zone);
    const sg = attrs('alicloud_security_group.sg');
    assert.equal(sg.security_group_name, 'parity-sg');
    assert.equal(sg.inner_access_policy, 'Accept');
    const live = await api.call('vpc', 'DescribeVpcs', { VpcId: vpc.id });
    assert.equal(live.Vpcs.Vpc[0].VpcName, 'parity-vpc', 'the deprecated name reached the API');
    assert.equal(live.Vpcs.Vpc[0].DnsHostnameStatus, 'ENABLED');
    await emptyPlan();
  });

  it('keeps user data, the key pair, the system disk name and the data disks in the sandbox, and the accepted-only arguments in state', async () => {
    const vm = attrs('alicloud_instance.vm');
    const ud = await api.call('ecs', 'DescribeUserData', { InstanceId: vm.id });
    assert.equal(Buffer.from(ud.UserData, 'base64').toString('utf8'), knobs.userData, 'plain text is sent Base64-encoded');
    assert.equal(vm.user_data, knobs.userData, 'the configured spelling stays in state');
    assert.equal(vm.key_name, 'my-key');
    const all = await disks(vm.id);
    const sys = all.find((d) => d.Type === 'system');
    assert.equal(sys.DiskName, 'sys-1');
    assert.equal(sys.Description, 'the system disk');
    assert.equal(vm.system_disk_id, sys.DiskId);
    const data = all.filter((d) => d.Type === 'data');
    assert.deepEqual(data.map((d) => [d.DiskName, d.Size, d.Category]), [['data-1', 40, 'cloud_essd'], ['', 20, 'cloud_efficiency']]);
    assert.equal(vm.data_disks.length, 2);
    assert.equal(vm.data_disks[1].name, null, 'a name the configuration left out stays null');
    assert.equal(vm.data_disks[1].delete_with_instance, true, 'the real default');
    assert.equal(vm.system_disk_kms_key_id, 'key-sandbox-0001');
    assert.equal(vm.period_unit, 'Month', 'the real provider\'s schema default');
    assert.equal(vm.maintenance_time.length, 1);
    assert.match(vm.network_interface_id, /^eni-/);
  });

  it('updates in place: the canonical name replaces the alias without a diff, then user data and the system disk name change', async () => {
    change({ vpcNameArg: 'vpc_name' });
    await emptyPlan();
    const id = attrs('alicloud_instance.vm').id;
    change({ vpcName: 'parity-vpc-2', userData: 'echo changed', systemDiskName: 'sys-2', extra: '  spot_duration = 1' });
    await apply();
    assert.equal(attrs('alicloud_instance.vm').id, id, 'updated in place, not replaced');
    assert.equal(attrs('alicloud_vpc.vpc').name, 'parity-vpc-2', 'the alias follows the canonical name');
    const ud = await api.call('ecs', 'DescribeUserData', { InstanceId: id });
    assert.equal(Buffer.from(ud.UserData, 'base64').toString('utf8'), 'echo changed');
    assert.equal((await disks(id)).find((d) => d.Type === 'system').DiskName, 'sys-2');
    await emptyPlan();
  });

  it('shows user data changed outside Terraform as drift', async () => {
    const id = attrs('alicloud_instance.vm').id;
    await api.call('ecs', 'ModifyInstanceAttribute', { InstanceId: id, UserData: Buffer.from('echo tampered').toString('base64') });
    const r = await plan();
    assert.equal(r.code, 2, explain(r));
    assert.match(r.stdout, /user_data/);
    await apply();
    await emptyPlan();
  });

  it('refuses an alias and its replacement set to different values, naming both', async () => {
    const good = config(sandbox.url, knobs);
    tf.writeConfig(good.replace('vpc_name          = "parity-vpc-2"', 'vpc_name = "parity-vpc-2"\n  name = "other"'));
    const r = await plan();
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr.replace(/\s+/g, ' '), /name and vpc_name disagree/);
    tf.writeConfig(good);
  });

  it('imports the instance with its user data and data disks read from the sandbox', async () => {
    const id = attrs('alicloud_instance.vm').id;
    ok(await tf.run('state', 'rm', '-no-color', 'alicloud_instance.vm'));
    ok(await tf.run('import', '-no-color', '-input=false', 'alicloud_instance.vm', id));
    const vm = attrs('alicloud_instance.vm');
    assert.equal(vm.user_data, 'echo changed');
    assert.equal(vm.system_disk_name, 'sys-2');
    assert.deepEqual(vm.data_disks.map((d: any) => d.size), [40, 20]);
  });

  it('destroys everything', async () => {
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    const left = await api.call('ecs', 'DescribeInstances', {});
    assert.equal(left.Instances.Instance.length, 0);
  });
});
