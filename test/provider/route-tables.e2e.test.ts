/**
 * End to end with the real Terraform binary: a custom route table (alicloud_route_table) bound to
 * one of two VSwitches (alicloud_route_table_attachment), with a route (alicloud_route_entry) in
 * the custom table through an instance. Apply; the sandbox routes the bound VSwitch by the custom
 * table and the other by the system table; an empty second plan; a rename in place with tags; an
 * attachment to a VSwitch of another VPC refused with nothing left behind; import of both types;
 * destroy.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string, o: { name?: string; tags?: boolean; foreign?: boolean } = {}): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = "rt-example"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "app" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "172.16.1.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_vswitch" "db" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "172.16.2.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_instance" "appliance" {
  image_id        = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"
  instance_type   = "ecs.g7.large"
  security_groups = [alicloud_security_group.default.id]
  vswitch_id      = alicloud_vswitch.db.id
}

resource "alicloud_route_table" "app" {
  vpc_id      = alicloud_vpc.default.id
  name        = "${o.name ?? 'app-routes'}"
  description = "routes of the app tier"${o.tags ? '\n  tags = { tier = "app" }' : ''}
}

resource "alicloud_route_table_attachment" "app" {
  vswitch_id     = alicloud_vswitch.app.id
  route_table_id = alicloud_route_table.app.id
}

resource "alicloud_route_entry" "through_appliance" {
  route_table_id        = alicloud_route_table.app.id
  destination_cidrblock = "10.0.0.0/8"
  nexthop_type          = "Instance"
  nexthop_id            = alicloud_instance.appliance.id
}
${
  o.foreign
    ? `
resource "alicloud_vpc" "other" {
  cidr_block = "192.168.0.0/16"
}

resource "alicloud_vswitch" "other" {
  vpc_id     = alicloud_vpc.other.id
  cidr_block = "192.168.1.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_route_table_attachment" "foreign" {
  vswitch_id     = alicloud_vswitch.other.id
  route_table_id = alicloud_route_table.app.id
}
`
    : ''
}`;
}

describe('Custom route tables with real Terraform', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let tf: TerraformDir;
  const attrs = (type: string, name: string) => tf.state().resources.find((r: any) => r.type === type && r.name === name)?.instances[0].attributes;

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

  it('applies: a Custom table bound to the app VSwitch, with the route in it, the deprecated name filled both ways', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    const table = attrs('alicloud_route_table', 'app');
    assert.match(table.id, /^vtb-/);
    assert.deepEqual([table.name, table.route_table_name, table.associate_type, table.status, table.route_propagation_enable], ['app-routes', 'app-routes', 'VSwitch', 'Available', true]);
    assert.match(table.resource_group_id, /^rg-/);
    const att = attrs('alicloud_route_table_attachment', 'app');
    assert.equal(att.id, `${table.id}:${attrs('alicloud_vswitch', 'app').id}`);
    const list = await client.call('vpc', 'DescribeRouteTableList', { RouteTableId: table.id });
    assert.deepEqual(list.RouterTableList.RouterTableListType[0].VSwitchIds.VSwitchId, [attrs('alicloud_vswitch', 'app').id]);
    assert.equal(attrs('alicloud_route_entry', 'through_appliance').route_table_id, table.id);
  });

  it('routes the bound VSwitch by the custom table and the other by the system table', async () => {
    const table = attrs('alicloud_route_table', 'app');
    const appliance = attrs('alicloud_instance', 'appliance').id;
    const fromApp = await client.call('vpc', 'SandboxTraceRoute', { SourceVSwitchId: attrs('alicloud_vswitch', 'app').id, DestinationIp: '10.1.1.1' });
    const hop = fromApp.Hops.Hop.find((h: any) => h.Type === 'RouteTable');
    assert.deepEqual([hop.ResourceId, hop.NextHopId], [table.id, appliance]);
    const fromDb = await client.call('vpc', 'SandboxTraceRoute', { SourceVSwitchId: attrs('alicloud_vswitch', 'db').id, DestinationIp: '10.1.1.1' });
    assert.equal(fromDb.Hops.Hop.find((h: any) => h.Type === 'RouteTable').ResourceId, attrs('alicloud_vpc', 'default').route_table_id);
    assert.equal(fromDb.Result, 'Dropped');
  });

  it('plans no changes right after the apply', async () => {
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('renames the table and tags it in place', async () => {
    const before = attrs('alicloud_route_table', 'app').id;
    tf.writeConfig(hcl(sandbox.url, { name: 'app-routes-v2', tags: true }));
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    assert.match(a.stdout, /0 added, 1 changed, 0 destroyed/);
    const t = attrs('alicloud_route_table', 'app');
    assert.deepEqual([t.id, t.route_table_name, t.tags], [before, 'app-routes-v2', { tier: 'app' }]);
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('refuses binding the table to a VSwitch of another VPC, and keeps no such attachment', async () => {
    tf.writeConfig(hcl(sandbox.url, { name: 'app-routes-v2', tags: true, foreign: true }));
    const r = await tf.run('apply', '-auto-approve', '-no-color');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /its own VPC/);
    assert.equal(attrs('alicloud_route_table_attachment', 'foreign'), undefined);
    const list = await client.call('vpc', 'DescribeRouteTableList', { RouteTableId: attrs('alicloud_route_table', 'app').id });
    assert.deepEqual(list.RouterTableList.RouterTableListType[0].VSwitchIds.VSwitchId, [attrs('alicloud_vswitch', 'app').id]);
    tf.writeConfig(hcl(sandbox.url, { name: 'app-routes-v2', tags: true }));
    ok(await tf.run('apply', '-auto-approve', '-no-color'));
  });

  it('imports both types by their IDs with an empty plan afterwards', async () => {
    const tableId = attrs('alicloud_route_table', 'app').id;
    const attId = attrs('alicloud_route_table_attachment', 'app').id;
    ok(await tf.run('state', 'rm', 'alicloud_route_table_attachment.app', 'alicloud_route_table.app'));
    ok(await tf.run('import', '-no-color', 'alicloud_route_table.app', tableId));
    ok(await tf.run('import', '-no-color', 'alicloud_route_table_attachment.app', attId));
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('destroys everything: route, attachment, table, VSwitches and VPC', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    const tables = await client.call('vpc', 'DescribeRouteTableList', { PageSize: 50 });
    assert.deepEqual(tables.RouterTableList.RouterTableListType, []);
    const vpcs = await client.call('vpc', 'DescribeVpcs', { PageSize: 50 });
    assert.deepEqual(vpcs.Vpcs.Vpc, []);
  });
});
