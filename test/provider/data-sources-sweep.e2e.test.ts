/**
 * End to end with the real Terraform binary: data-source arguments and results a new user writes
 * from the real aliyun/alicloud docs and Go schema, checked in one apply against objects the same
 * configuration creates. Each check here failed before the sweep that added it:
 * - page_number / page_size / total_count on alicloud_vpcs, alicloud_security_groups and
 *   alicloud_route_tables were refused; total_count of alicloud_instances was missing;
 * - enable_details on alicloud_security_groups was refused, and inner_access ignored the group's
 *   inner_access_policy;
 * - alicloud_zones with available_resource_creation = "Rds" (or another product outside ECS) found
 *   no zone, so zones[0] failed; "PolarDB", "MongoDB", … were refused;
 * - kubernetes_node_role did not narrow alicloud_instance_types;
 * - gateway_type = "Traditional" on alicloud_vpn_gateways and status = "Deleting" on
 *   alicloud_resource_manager_resource_groups were refused;
 * - alicloud_vpcs' results lacked resource_group_id.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "rds" {
  available_resource_creation = "Rds"
}

data "alicloud_zones" "polardb" {
  available_resource_creation = "PolarDB"
}

resource "alicloud_vpc" "a" {
  vpc_name   = "sweep-a"
  cidr_block = "10.8.0.0/16"
}

resource "alicloud_vpc" "b" {
  vpc_name   = "sweep-b"
  cidr_block = "10.9.0.0/16"
}

resource "alicloud_vswitch" "a" {
  vswitch_name = "sweep-a"
  vpc_id       = alicloud_vpc.a.id
  cidr_block   = "10.8.1.0/24"
  zone_id      = data.alicloud_zones.rds.zones[0].id
}

resource "alicloud_security_group" "open" {
  security_group_name = "sweep-open"
  vpc_id              = alicloud_vpc.a.id
}

resource "alicloud_security_group" "closed" {
  security_group_name = "sweep-closed"
  vpc_id              = alicloud_vpc.a.id
  inner_access_policy = "Drop"
}

resource "alicloud_route_table" "custom" {
  vpc_id           = alicloud_vpc.a.id
  route_table_name = "sweep-custom"
  associate_type   = "VSwitch"
}

data "alicloud_vpcs" "one_page" {
  # A paged read keeps the API's page as it is: the real provider skips name_regex then.
  name_regex  = "^no-such-vpc$"
  page_number = 1
  page_size   = 1
  depends_on  = [alicloud_vpc.a, alicloud_vpc.b]
}

data "alicloud_vpcs" "all_pages" {
  name_regex = "^sweep-"
  page_size  = 1
  depends_on = [alicloud_vpc.a, alicloud_vpc.b]
}

data "alicloud_security_groups" "details" {
  vpc_id    = alicloud_vpc.a.id
  page_size = 1
  depends_on = [alicloud_security_group.open, alicloud_security_group.closed]
}

data "alicloud_security_groups" "no_details" {
  vpc_id         = alicloud_vpc.a.id
  enable_details = false
  depends_on     = [alicloud_security_group.open, alicloud_security_group.closed]
}

data "alicloud_route_tables" "page" {
  vpc_id      = alicloud_route_table.custom.vpc_id
  page_number = 1
  page_size   = 1
}

data "alicloud_route_tables" "custom" {
  vpc_id     = alicloud_route_table.custom.vpc_id
  name_regex = "^sweep-"
}

data "alicloud_instances" "none" {
  vpc_id = alicloud_vswitch.a.vpc_id
}

data "alicloud_instance_types" "worker_small" {
  cpu_core_count       = 2
  memory_size          = 2
  kubernetes_node_role = "Worker"
}

data "alicloud_instance_types" "worker_t5" {
  instance_type_family = "ecs.t5"
  kubernetes_node_role = "Worker"
}

data "alicloud_instance_types" "master_gpu" {
  instance_type_family = "ecs.gn6v"
  kubernetes_node_role = "Master"
}

data "alicloud_instance_types" "worker_gpu" {
  instance_type_family = "ecs.gn6v"
  kubernetes_node_role = "Worker"
}

data "alicloud_instance_types" "plain_small" {
  cpu_core_count = 2
  memory_size    = 2
}

data "alicloud_vpn_gateways" "traditional" {
  vpc_id       = alicloud_vpc.a.id
  gateway_type = "Traditional"
}

data "alicloud_resource_manager_resource_groups" "deleting" {
  status = "Deleting"
}

output "rds_zones" { value = data.alicloud_zones.rds.ids }
output "polardb_zones" { value = data.alicloud_zones.polardb.ids }
output "one_page" { value = { names = data.alicloud_vpcs.one_page.names, total = data.alicloud_vpcs.one_page.total_count } }
output "all_pages" { value = { names = data.alicloud_vpcs.all_pages.names, total = data.alicloud_vpcs.all_pages.total_count, rg = data.alicloud_vpcs.all_pages.vpcs[*].resource_group_id } }
output "groups" { value = { for g in data.alicloud_security_groups.details.groups : g.name => g.inner_access } }
output "groups_total" { value = data.alicloud_security_groups.details.total_count }
output "groups_no_details" { value = data.alicloud_security_groups.no_details.groups[*].inner_access }
output "route_page" { value = { n = length(data.alicloud_route_tables.page.tables), total = data.alicloud_route_tables.page.total_count } }
output "route_custom" { value = { names = data.alicloud_route_tables.custom.names, total = data.alicloud_route_tables.custom.total_count } }
output "instances" { value = { list = data.alicloud_instances.none.instances, total = data.alicloud_instances.none.total_count } }
output "k8s" {
  value = {
    worker_small = data.alicloud_instance_types.worker_small.ids
    worker_t5    = data.alicloud_instance_types.worker_t5.ids
    master_gpu   = data.alicloud_instance_types.master_gpu.ids
    worker_gpu   = length(data.alicloud_instance_types.worker_gpu.ids)
    plain_small  = length(data.alicloud_instance_types.plain_small.ids)
  }
}
output "vpn" { value = data.alicloud_vpn_gateways.traditional.ids }
output "deleting_groups" { value = data.alicloud_resource_manager_resource_groups.deleting.groups }
`;
}

describe('Data sources as a new user writes them from the real docs and schema (sweep)', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  let out: Record<string, { value: any }>;
  const v = (k: string) => out[k].value;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, log: () => {} });
    tf = createTerraformDir(hcl(sandbox.url));
    ok(await tf.run('init', '-no-color'));
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    out = JSON.parse(ok(await tf.run('output', '-json')).stdout);
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('finds zones for products outside ECS (Rds, PolarDB), so zones[0] places a VSwitch', () => {
    assert.ok(v('rds_zones').length > 0);
    assert.deepEqual(v('polardb_zones'), v('rds_zones'));
  });

  it('lists one page as the API returns it when page_number is set, with the server-side total_count', () => {
    assert.equal(v('one_page').names.length, 1);
    assert.equal(v('one_page').total, 2);
  });

  it('pages through everything at page_size otherwise, filtering locally, with total_count and resource_group_id', () => {
    assert.deepEqual([...v('all_pages').names].sort(), ['sweep-a', 'sweep-b']);
    assert.equal(v('all_pages').total, 2);
    for (const rg of v('all_pages').rg) assert.match(rg, /^rg-/);
  });

  it('reads inner_access from each group\'s policy with enable_details (the default), and leaves it false without', () => {
    assert.deepEqual(v('groups'), { 'sweep-open': true, 'sweep-closed': false });
    assert.equal(v('groups_total'), 2);
    assert.deepEqual(v('groups_no_details'), [false, false]);
  });

  it('pages route tables and counts them', () => {
    assert.deepEqual(v('route_page'), { n: 1, total: 2 });
    assert.deepEqual(v('route_custom'), { names: ['sweep-custom'], total: 2 });
  });

  it('answers an empty instance list as [] with total_count 0', () => {
    assert.deepEqual(v('instances'), { list: [], total: 0 });
  });

  it('narrows instance types by kubernetes_node_role as the real provider does', () => {
    const k = v('k8s');
    assert.ok(k.plain_small > 0, 'the 2 vCPU / 2 GiB types exist');
    assert.deepEqual(k.worker_small, [], 'a node needs 4 GiB');
    assert.deepEqual(k.worker_t5, [], 'no ecs.t5 for Kubernetes');
    assert.deepEqual(k.master_gpu, [], 'no GPU type for a master');
    assert.ok(k.worker_gpu > 0, 'a worker may be a GPU type');
  });

  it('accepts the real spellings gateway_type = "Traditional" and status = "Deleting"', () => {
    assert.deepEqual(v('vpn'), []);
    assert.deepEqual(v('deleting_groups'), []);
  });

  it('plans no changes after the apply, and destroys cleanly', async () => {
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    assert.ok(!JSON.stringify(sandbox.store.exportState()).includes('sweep-'));
  });
});
