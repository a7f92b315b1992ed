/**
 * The real aliyun/alicloud provider's canonical alicloud_instance example (its documentation's
 * "Example Usage": zones data source, VPC, VSwitch, security group, an instance with
 * system_disk_category and internet_charge_type) applied with real Terraform through our provider,
 * against a sandbox started in this process. The steps share one working directory and run in
 * order: apply → empty plan → stop in place → deletion protection on (destroy fails with the API's
 * code) → off (destroy succeeds).
 *
 * The example is trimmed to the arguments the sandbox models: its KMS key, data disks and system
 * disk name/description are left out, and the security group uses security_group_name instead of
 * the deprecated `name`.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { instanceResource } from '../../provider/resources/instance';
import { AttributeError, UNKNOWN, type ResourceContext } from '../../provider/framework/types';
import { resources } from '../../provider/resources';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock as providerBlock, type TerraformDir, type TerraformResult } from '../helpers/terraform';

interface Knobs {
  status: 'Running' | 'Stopped';
  deletionProtection: boolean;
  internetChargeType: 'PayByTraffic' | 'PayByBandwidth';
}

function example(url: string, k: Knobs): string {
  return `${providerBlock(url)}
variable "name" {
  default = "terraform-example"
}

resource "alicloud_security_group" "group" {
  security_group_name = var.name
  description         = "foo"
  vpc_id              = alicloud_vpc.vpc.id
}

data "alicloud_zones" "default" {
  available_disk_category     = "cloud_efficiency"
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "vpc" {
  vpc_name   = var.name
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "vswitch" {
  vpc_id       = alicloud_vpc.vpc.id
  cidr_block   = "172.16.0.0/24"
  zone_id      = data.alicloud_zones.default.zones.0.id
  vswitch_name = var.name
}

resource "alicloud_instance" "instance" {
  availability_zone          = data.alicloud_zones.default.zones.0.id
  security_groups            = alicloud_security_group.group.*.id
  instance_type              = "ecs.n4.large"
  system_disk_category       = "cloud_efficiency"
  image_id                   = "ubuntu_18_04_64_20G_alibase_20190624.vhd"
  instance_name              = var.name
  vswitch_id                 = alicloud_vswitch.vswitch.id
  internet_max_bandwidth_out = 10
  internet_charge_type       = "${k.internetChargeType}"
  password                   = "Sandbox-Passw0rd"
  status                     = "${k.status}"
  deletion_protection        = ${k.deletionProtection}
  # Modelled since the import sweep: assigned on the primary NIC, and read back on import.
  secondary_private_ip_address_count = 2
  http_tokens                        = "required"
  # A secondary ENI created with the instance (ecs.n4.large takes one besides the primary).
  network_interfaces {
    security_group_ids = [alicloud_security_group.group.id]
  }
}
`;
}

describe('alicloud_instance: the real provider\'s canonical example with real Terraform (e2e)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  let knobs: Knobs = { status: 'Running', deletionProtection: false, internetChargeType: 'PayByTraffic' };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const plan = () => tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
  const emptyPlan = async () => {
    const r = await plan();
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const change = async (k: Partial<Knobs>) => {
    knobs = { ...knobs, ...k };
    tf.writeConfig(example(sandbox.url, knobs));
  };
  const attrs = (address: string) => {
    const [type, name] = address.split('.');
    const r = tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed');
    assert.ok(r, `${address} not in state`);
    return r.instances[0].attributes;
  };
  const live = async (id: string) => (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0];

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 300, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(example(sandbox.url, knobs), { prefix: 'tf-instance-args-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies the example; the new arguments are stored, read back, and a second plan is empty', async () => {
    await apply();
    const vm = attrs('alicloud_instance.instance');
    assert.equal(vm.status, 'Running');
    assert.equal(vm.system_disk_category, 'cloud_efficiency');
    assert.equal(vm.system_disk_size, 40, 'the API default, max{40, image size}');
    assert.equal(vm.internet_charge_type, 'PayByTraffic');
    assert.equal(vm.instance_charge_type, 'PostPaid');
    assert.equal(vm.deletion_protection, false);
    assert.equal(vm.resource_group_id, 'rg-acfmsandboxdefault');
    assert.equal(vm.primary_ip_address, vm.private_ip);
    assert.equal(vm.cpu, 2);
    assert.equal(typeof vm.memory, 'number');
    assert.equal(vm.os_type, 'linux');
    assert.ok(vm.os_name);
    assert.ok(vm.start_time);
    assert.equal(vm.availability_zone, attrs('alicloud_vswitch.vswitch').zone_id);
    assert.match(vm.public_ip, /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(vm.network_interfaces.length, 1);
    assert.equal(vm.network_interfaces[0].vswitch_id, vm.vswitch_id, 'an ENI without vswitch_id takes the instance\'s');
    const [eni] = (await api.call('ecs', 'DescribeNetworkInterfaces', { InstanceId: vm.id, Type: 'Secondary' })).NetworkInterfaceSets.NetworkInterfaceSet;
    assert.equal(eni.NetworkInterfaceId, vm.network_interfaces[0].network_interface_id);
    // The password is kept from the configuration (never read back) and marked sensitive.
    const stateEntry = tf.state().resources.find((x: any) => x.type === 'alicloud_instance').instances[0];
    assert.ok(stateEntry.sensitive_attributes.some((p: any) => JSON.stringify(p).includes('password')), JSON.stringify(stateEntry.sensitive_attributes));

    const inst = await live(vm.id);
    assert.equal(inst.InternetChargeType, 'PayByTraffic');
    const disks = await api.call('ecs', 'DescribeDisks', { InstanceId: vm.id, DiskType: 'system' });
    assert.equal(disks.Disks.Disk[0].Category, 'cloud_efficiency');
    assert.equal(disks.Disks.Disk[0].Size, 40);
    // Security groups created without a group show "" today (the security group code is not ours
    // to change here); any string read back is fine for an optional+computed attribute.
    assert.equal(typeof attrs('alicloud_security_group.group').resource_group_id, 'string');
    assert.equal(attrs('alicloud_vpc.vpc').resource_group_id, 'rg-acfmsandboxdefault');
    await emptyPlan();
  });

  it('status = "Stopped" stops the instance in place, waiting for Stopped', async () => {
    const before = attrs('alicloud_instance.instance');
    await change({ status: 'Stopped' });
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /alicloud_instance\.instance will be updated in-place/);
    assert.match(p.stdout, /status\s+= "Running" -> "Stopped"/);
    assert.match(p.stdout, /0 to add, 1 to change, 0 to destroy/);
    await apply();
    const vm = attrs('alicloud_instance.instance');
    assert.equal(vm.id, before.id, 'the instance was replaced instead of stopped');
    assert.equal(vm.status, 'Stopped');
    assert.equal((await live(vm.id)).Status, 'Stopped');
    await emptyPlan();
  });

  it('internet_charge_type changes in place (ModifyInstanceNetworkSpec)', async () => {
    const before = attrs('alicloud_instance.instance');
    await change({ internetChargeType: 'PayByBandwidth' });
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /internet_charge_type\s+= "PayByTraffic" -> "PayByBandwidth"/);
    assert.match(p.stdout, /0 to add, 1 to change, 0 to destroy/);
    await apply();
    assert.equal(attrs('alicloud_instance.instance').id, before.id);
    assert.equal((await live(before.id)).InternetChargeType, 'PayByBandwidth');
    await emptyPlan();
  });

  it('import reads every new argument back; only the write-only password differs until the next apply', async () => {
    const before = attrs('alicloud_instance.instance');
    ok(await tf.run('state', 'rm', '-no-color', 'alicloud_instance.instance'));
    ok(await tf.run('import', '-no-color', '-input=false', 'alicloud_instance.instance', before.id));
    const imported = attrs('alicloud_instance.instance');
    for (const k of ['system_disk_category', 'system_disk_size', 'internet_charge_type', 'instance_charge_type', 'deletion_protection', 'status', 'resource_group_id', 'primary_ip_address', 'start_time', 'secondary_private_ips', 'secondary_private_ip_address_count', 'http_tokens', 'http_endpoint', 'network_interfaces']) {
      assert.deepEqual(imported[k], before[k], k);
    }
    assert.equal(imported.password, null, 'the API never returns the password');
    assert.equal((imported.secondary_private_ips as string[]).length, 2);
    assert.equal(imported.http_tokens, 'required');
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /alicloud_instance\.instance will be updated in-place/);
    assert.match(p.stdout, /\+ password\s+= \(sensitive value\)/);
    assert.match(p.stdout, /0 to add, 1 to change, 0 to destroy/);
    await apply();
    await emptyPlan();
  });

  it('deletion_protection = true is set in place, and destroy then fails with the API\'s InvalidOperation.DeletionProtection', async () => {
    const id = attrs('alicloud_instance.instance').id;
    await change({ deletionProtection: true });
    const p = await plan();
    assert.equal(p.code, 2, explain(p));
    assert.match(p.stdout, /deletion_protection\s+= false -> true/);
    assert.match(p.stdout, /0 to add, 1 to change, 0 to destroy/);
    await apply();
    assert.equal((await live(id)).DeletionProtection, true);
    await emptyPlan();

    const r = await tf.run('destroy', '-auto-approve', '-no-color', '-input=false');
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, flex(`alicloud_instance ${id}: deleting the instance failed: DeleteInstance returned InvalidOperation.DeletionProtection`));
    assert.ok(await live(id), 'the protected instance was deleted');
    assert.ok(tf.state().resources.some((x: any) => x.type === 'alicloud_instance'), 'the instance left the state');
  });

  it('deletion_protection = false lets destroy through; the sandbox holds nothing afterwards', async () => {
    await change({ deletionProtection: false });
    await apply();
    assert.equal(attrs('alicloud_instance.instance').deletion_protection, false);
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('ecs', 'DescribeInstances', {})).TotalCount, 0);
    assert.equal((await api.call('vpc', 'DescribeVpcs', {})).TotalCount, 0);
    // The launch-time ENI went with its instance (DeleteOnRelease), so its group and VSwitch could go too.
    assert.equal((await api.call('ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary' })).TotalCount, 0);
    assert.deepEqual(tf.state().resources.filter((r: any) => r.mode === 'managed'), []);
  });

  it('terraform validate catches a bad system_disk_category and an out-of-range system_disk_size, naming the attribute, the value and the allowed values', async () => {
    const bad = createTerraformDir(`${providerBlock(sandbox.url)}
resource "alicloud_instance" "bad" {
  image_id             = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type        = "ecs.g7.large"
  vswitch_id           = "vsw-doesnotmatter"
  system_disk_category = "cloud_magnetic"
  system_disk_size     = 10
  internet_charge_type = "PayByMood"
}
`);
    try {
      ok(await bad.run('init', '-no-color', '-input=false'));
      const r = await bad.run('validate', '-no-color');
      assert.equal(r.code, 1, explain(r));
      assert.match(r.stderr, /Invalid value for "system_disk_category"/);
      assert.match(r.stderr, /in resource "alicloud_instance" "bad":\s+\d+:\s+system_disk_category = "cloud_magnetic"/);
      assert.match(r.stderr, flex('"cloud_magnetic" is not an accepted value; use one of: cloud, cloud_efficiency, cloud_ssd, cloud_essd, cloud_auto, cloud_essd_entry'));
      assert.match(r.stderr, /Invalid value for "system_disk_size"/);
      assert.match(r.stderr, /in resource "alicloud_instance" "bad":\s+\d+:\s+system_disk_size\s+= 10/);
      assert.match(r.stderr, flex('system_disk_size 10 is out of range; use a whole number from 20 to 2048'));
      assert.match(r.stderr, /internet_charge_type = "PayByMood"/);
      // Nothing reached the API.
      assert.equal((await api.call('ecs', 'DescribeInstances', {})).TotalCount, 0);
    } finally {
      bad.cleanup();
    }
  });
});

describe('alicloud_instance: force_delete guards PrePaid instances', () => {
  it('refuses to destroy a PrePaid instance without force_delete, before any API call, pointing at force_delete', async () => {
    const calls: string[] = [];
    const ctx: ResourceContext = {
      client: { call: async (_p, action) => (calls.push(action), {}) },
      region: 'cn-hangzhou',
      stopped: new AbortController().signal,
      log: () => {},
      timeoutMs: 5_000,
      warn: () => {},
    };
    await assert.rejects(
      instanceResource.delete(ctx, { id: 'i-prepaid', instance_charge_type: 'PrePaid', force_delete: null }),
      (err: unknown) => err instanceof AttributeError && err.attribute[0] === 'force_delete' && /force_delete = true/.test(err.message),
    );
    assert.equal(calls.length, 0, calls.join(", "));
    // With force_delete the instance is released (the fake API reports it gone at once).
    const gone: ResourceContext = {
      ...ctx,
      client: {
        call: async (_p, action) => {
          calls.push(action);
          return action === 'DescribeInstances' ? { Instances: { Instance: [] } } : {};
        },
      },
    };
    await instanceResource.delete(gone, { id: 'i-prepaid', instance_charge_type: 'PrePaid', force_delete: true });
    assert.deepEqual(calls.slice(0, 1), ['DeleteInstance']);
  });
});

describe('resource_group_id is sent on create and read back (no Terraform)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let ctx: ResourceContext;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 50, log: () => {} });
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 20 });
    ctx = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 30_000, warn: () => {} };
  });
  after(async () => sandbox?.close());

  /** A create-time plan: config values, defaults, unknown computed values. */
  function planned(name: string, config: Record<string, any>) {
    const def = resources.find((r) => r.typeName === name)!;
    const out: Record<string, any> = {};
    for (const [k, a] of Object.entries(def.schema.attributes)) out[k] = config[k] ?? a.default ?? (a.computed ? UNKNOWN : null);
    return { def, planned: out };
  }

  it('alicloud_vpc, alicloud_security_group and alicloud_instance keep the group they were created in', async () => {
    const v = planned('alicloud_vpc', { cidr_block: '10.30.0.0/16', resource_group_id: 'rg-team' });
    const vpc = await v.def.create(ctx, v.planned);
    assert.equal(vpc.resource_group_id, 'rg-team');
    assert.deepEqual(await v.def.read(ctx, vpc), vpc);
    const g = planned('alicloud_security_group', { vpc_id: vpc.id, resource_group_id: 'rg-team' });
    const sg = await g.def.create(ctx, g.planned);
    assert.equal(sg.resource_group_id, 'rg-team');
    const w = planned('alicloud_vswitch', { vpc_id: vpc.id, cidr_block: '10.30.1.0/24', zone_id: 'cn-hangzhou-h' });
    const vsw = await w.def.create(ctx, w.planned);
    const i = planned('alicloud_instance', {
      image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.large', vswitch_id: vsw.id, security_groups: [sg.id],
      resource_group_id: 'rg-team', system_disk_category: 'cloud_essd', system_disk_size: 100,
    });
    const vm = await i.def.create(ctx, i.planned);
    assert.equal(vm.resource_group_id, 'rg-team');
    assert.equal(vm.system_disk_category, 'cloud_essd');
    assert.equal(vm.system_disk_size, 100);
    assert.deepEqual(await i.def.read(ctx, vm), vm);
  });
});
