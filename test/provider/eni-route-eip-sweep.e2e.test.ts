/**
 * Found in the argument sweep of the VPC and Internet types (HCL written from the real docs pages):
 * a route whose next hop is an ENI (`nexthop_type = "NetworkInterface"`) was refused, and an EIP
 * binding to an ENI's secondary address (`private_ip_address`) planned a replacement right after
 * `terraform import` because the address was not read back. One apply covers both; then import,
 * an empty plan, a destroy and an empty sandbox.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string): string {
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "default" {
  vpc_name   = "tf-eni-route"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "172.16.0.0/21"
  zone_id      = "cn-hangzhou-b"
  vswitch_name = "tf-eni-route"
}

resource "alicloud_security_group" "default" {
  security_group_name = "tf-eni-route"
  vpc_id              = alicloud_vpc.default.id
}

resource "alicloud_ecs_network_interface" "default" {
  network_interface_name = "tf-eni-route"
  vswitch_id             = alicloud_vswitch.default.id
  security_group_ids     = [alicloud_security_group.default.id]
  private_ip_addresses   = ["172.16.0.100"]
}

resource "alicloud_route_entry" "to_eni" {
  route_table_id        = alicloud_vpc.default.route_table_id
  destination_cidrblock = "10.2.0.0/16"
  nexthop_type          = "NetworkInterface"
  nexthop_id            = alicloud_ecs_network_interface.default.id
  name                  = "to-eni"
}

resource "alicloud_eip_address" "default" {
  address_name = "tf-eni-route"
}

resource "alicloud_eip_association" "default" {
  allocation_id      = alicloud_eip_address.default.id
  instance_id        = alicloud_ecs_network_interface.default.id
  instance_type      = "NetworkInterface"
  private_ip_address = "172.16.0.100"
}
`;
}

describe('Sweep: a route to an ENI and an EIP bound to an ENI\'s secondary address, with real Terraform', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;
  const attrs = (type: string) => tf.state().resources.find((r: any) => r.type === type).instances[0].attributes;

  before(async function () {
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, log: () => {} });
    tf = createTerraformDir(hcl(sandbox.url));
    ok(await tf.run('init', '-no-color'));
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies a NetworkInterface route and an ENI-secondary-IP binding, then plans nothing', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));
    const eni = attrs('alicloud_ecs_network_interface').id;
    const route = attrs('alicloud_route_entry');
    assert.equal(route.nexthop_type, 'NetworkInterface');
    assert.equal(route.nexthop_id, eni);
    assert.match(route.id, new RegExp(`:10\\.2\\.0\\.0/16:NetworkInterface:${eni}$`));
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('imports both by their real import ids and plans no change (no replacement of the binding)', async () => {
    const routeId = attrs('alicloud_route_entry').id;
    const bindingId = attrs('alicloud_eip_association').id;
    ok(await tf.run('state', 'rm', 'alicloud_route_entry.to_eni', 'alicloud_eip_association.default'));
    ok(await tf.run('import', '-no-color', 'alicloud_route_entry.to_eni', routeId));
    ok(await tf.run('import', '-no-color', 'alicloud_eip_association.default', bindingId));
    assert.equal(attrs('alicloud_eip_association').private_ip_address, '172.16.0.100');
    const p = await tf.run('plan', '-no-color', '-detailed-exitcode');
    assert.equal(p.code, 0, explain(p));
  });

  it('destroys everything and leaves no route, binding, ENI or EIP behind', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    const left = sandbox.store.exportState() as any;
    const tables = Object.values<any>(left.accounts ?? {}).flatMap((regions) => Object.values<any>(regions)).flatMap((t) =>
      Object.entries<any>(t).filter(([name, rows]) => name !== 'clientTokens' && rows && typeof rows === 'object' && Object.keys(rows).length > 0).map(([name]) => name),
    );
    assert.deepEqual(tables, []);
  });
});
