/**
 * alicloud_vpc_nat_ip and alicloud_vpc_nat_ip_cidr on a VPC NAT gateway, end to end with the real
 * Terraform binary: apply (a NAT IP the API chooses, one chosen from an added block, a SNAT entry
 * on the one and a DNAT entry on the other) → empty plan → rename in place → import → empty plan →
 * a block the rules refuse is refused at plan time → a NAT IP in use cannot be destroyed alone →
 * destroy.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

interface Knobs {
  ipName: string;
  cidrName: string;
  extraCidr: string;
}

function hcl(url: string, k: Knobs): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = "vpc-nat"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "172.16.0.0/21"
  zone_id      = data.alicloud_zones.default.zones.0.id
  vswitch_name = "vpc-nat"
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  vswitch_id       = alicloud_vswitch.default.id
  nat_gateway_name = "vpc-nat"
  nat_type         = "Enhanced"
  network_type     = "intranet"
}

resource "alicloud_vpc_nat_ip_cidr" "extra" {
  nat_gateway_id   = alicloud_nat_gateway.default.id
  nat_ip_cidr      = "${k.extraCidr}"
  nat_ip_cidr_name = "${k.cidrName}"
}

resource "alicloud_vpc_nat_ip" "auto" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidr    = alicloud_vswitch.default.cidr_block
  nat_ip_name    = "${k.ipName}"
}

resource "alicloud_vpc_nat_ip" "chosen" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidr    = alicloud_vpc_nat_ip_cidr.extra.nat_ip_cidr
  nat_ip         = "192.168.0.37"
}

resource "alicloud_snat_entry" "default" {
  snat_table_id = alicloud_nat_gateway.default.snat_table_ids
  source_cidr   = "10.10.0.0/24"
  snat_ip       = alicloud_vpc_nat_ip.auto.nat_ip
}

resource "alicloud_forward_entry" "default" {
  forward_table_id = alicloud_nat_gateway.default.forward_table_ids
  external_ip      = alicloud_vpc_nat_ip.chosen.nat_ip
  external_port    = "443"
  ip_protocol      = "tcp"
  internal_ip      = "172.16.0.20"
  internal_port    = "8443"
}
`;
}

describe('VPC NAT gateways, NAT IPs and NAT IP CIDR blocks through Terraform', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const knobs: Knobs = { ipName: 'auto-ip', cidrName: 'extra-block', extraCidr: '192.168.0.0/16' };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;
  const listIps = async (natId: string) => (await api.call('vpc', 'ListNatIps', { NatGatewayId: natId })).NatIps as any[];

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, knobs), { prefix: 'tf-vpc-nat-ip-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies: the API chooses a free VSwitch address for one NAT IP, the other takes the one asked for; entries use both', async () => {
    await apply();
    const gw = attrs('alicloud_nat_gateway', 'default');
    assert.equal(gw.network_type, 'intranet');
    const auto = attrs('alicloud_vpc_nat_ip', 'auto');
    assert.equal(auto.id, `${gw.id}:${auto.nat_ip_id}`);
    assert.equal(auto.status, 'Available');
    const nat = (await api.call('vpc', 'DescribeNatGateways', { NatGatewayId: gw.id })).NatGateways.NatGateway[0];
    assert.notEqual(auto.nat_ip, nat.NatGatewayPrivateInfo.PrivateIpAddress, 'not the default NAT IP (the gateway\'s own address)');
    assert.match(auto.nat_ip, /^172\.16\.[0-7]\./);
    assert.equal(attrs('alicloud_vpc_nat_ip', 'chosen').nat_ip, '192.168.0.37');
    const cidr = attrs('alicloud_vpc_nat_ip_cidr', 'extra');
    assert.equal(cidr.id, `${gw.id}:192.168.0.0/16`);
    assert.equal(cidr.status, 'Available');
    assert.deepEqual((await listIps(gw.id)).map((i) => i.IsDefault).sort(), [false, false, true]);
    assert.equal(attrs('alicloud_snat_entry', 'default').snat_ip, auto.nat_ip);
    await emptyPlan();
  });

  it('renames the NAT IP and the block in place', async () => {
    const before = { ip: attrs('alicloud_vpc_nat_ip', 'auto').id, cidr: attrs('alicloud_vpc_nat_ip_cidr', 'extra').id };
    Object.assign(knobs, { ipName: 'renamed-ip', cidrName: 'renamed-block' });
    tf.writeConfig(hcl(sandbox.url, knobs));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('0 to add, 2 to change, 0 to destroy'), explain(p));
    await apply();
    assert.equal(attrs('alicloud_vpc_nat_ip', 'auto').id, before.ip);
    const natId = attrs('alicloud_nat_gateway', 'default').id;
    assert.ok((await listIps(natId)).some((i) => i.NatIpName === 'renamed-ip'));
    const blocks = (await api.call('vpc', 'ListNatIpCidrs', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/16' })).NatIpCidrs;
    assert.equal(blocks[0].NatIpCidrName, 'renamed-block');
    await emptyPlan();
  });

  it('imports both types by their composite IDs and plans nothing afterwards', async () => {
    for (const [address, type, name] of [['alicloud_vpc_nat_ip.auto', 'alicloud_vpc_nat_ip', 'auto'], ['alicloud_vpc_nat_ip_cidr.extra', 'alicloud_vpc_nat_ip_cidr', 'extra']] as const) {
      const id = attrs(type, name).id;
      ok(await tf.run('state', 'rm', '-no-color', address));
      ok(await tf.run('import', '-no-color', '-input=false', address, id));
    }
    await emptyPlan();
  });

  it('refuses a block outside the rules at plan time, before any API call', async () => {
    tf.writeConfig(hcl(sandbox.url, { ...knobs, extraCidr: '192.168.0.0/8' }));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.notEqual(p.code, 0);
    assert.match(p.stdout + p.stderr, /\/16 to \/32|not an IPv4 CIDR block/, explain(p));
    tf.writeConfig(hcl(sandbox.url, knobs));
  });

  it('destroys everything, entries before the NAT IPs that they use', async () => {
    const natId = attrs('alicloud_nat_gateway', 'default').id;
    const chosen = attrs('alicloud_vpc_nat_ip', 'chosen').nat_ip_id;
    const refused = await api.call('vpc', 'DeleteNatIp', { NatIpId: chosen }).then(() => 'deleted', (e: any) => e.code);
    assert.equal(refused, 'DependencyViolation.NatIp', 'a NAT IP in use by a DNAT entry stays (DeleteNatIp\'s documented code)');
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('vpc', 'DescribeNatGateways', { NatGatewayId: natId })).NatGateways.NatGateway.length, 0);
    assert.equal((await api.call('vpc', 'DescribeVpcs', {})).Vpcs.Vpc.length, 0);
  });
});
