/**
 * End to end with the real Terraform binary: a configuration written the way the community
 * modules write theirs (every unused optional variable passed through with its default "") for a
 * VPC, VSwitch, NAT gateway with its EIP, SNAT entry, VPN gateway and security group rules. The
 * real provider applies it (SDKv2 treats "" as "not set" where its schema has no validator), so
 * the sandbox must too: apply, read back what the API chose, plan empty, destroy. And the negative
 * side: "" where the real API needs the value is refused at plan, and nothing is created.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function hcl(url: string): string {
  return `${sandboxProviderBlock(url)}
variable "empty" {
  type    = string
  default = ""
}

# cidr_block = "": the API's default block, as CreateVpc without CidrBlock.
resource "alicloud_vpc" "defaulted" {
  vpc_name   = "empty-default-cidr"
  cidr_block = var.empty
}

resource "alicloud_vpc" "this" {
  vpc_name    = "empty-vpc"
  cidr_block  = "10.30.0.0/16"
  description = var.empty
}

resource "alicloud_vswitch" "this" {
  vpc_id       = alicloud_vpc.this.id
  cidr_block   = "10.30.1.0/24"
  zone_id      = "cn-hangzhou-h"
  vswitch_name = var.empty
  description  = var.empty
}

resource "alicloud_nat_gateway" "this" {
  vpc_id           = alicloud_vpc.this.id
  vswitch_id       = alicloud_vswitch.this.id
  nat_type         = "Enhanced"
  nat_gateway_name = "empty-nat"
  description      = var.empty
}

# bandwidth = "" and ip_address = "": the API's default bandwidth and a free address.
resource "alicloud_eip_address" "this" {
  address_name = "empty-eip"
  bandwidth    = var.empty
  ip_address   = var.empty
}

resource "alicloud_eip_association" "this" {
  allocation_id      = alicloud_eip_address.this.id
  instance_id        = alicloud_nat_gateway.this.id
  instance_type      = var.empty
  private_ip_address = var.empty
}

# The SNAT module passes both sources through; the unused one is "".
resource "alicloud_snat_entry" "this" {
  depends_on        = [alicloud_eip_association.this]
  snat_table_id     = alicloud_nat_gateway.this.snat_table_ids
  snat_ip           = alicloud_eip_address.this.ip_address
  source_vswitch_id = alicloud_vswitch.this.id
  source_cidr       = var.empty
}

# vswitch_id = "" and disaster_recovery_vswitch_id = "": not sent; the API decides.
resource "alicloud_vpn_gateway" "this" {
  vpn_gateway_name             = "empty-vpn"
  vpc_id                       = alicloud_vpc.this.id
  bandwidth                    = 10
  vswitch_id                   = var.empty
  disaster_recovery_vswitch_id = var.empty
  description                  = var.empty
}

resource "alicloud_security_group" "this" {
  security_group_name = "empty-sg"
  vpc_id              = alicloud_vpc.this.id
}

resource "alicloud_security_group_rule" "ssh" {
  security_group_id        = alicloud_security_group.this.id
  type                     = "ingress"
  ip_protocol              = "tcp"
  port_range               = "22/22"
  cidr_ip                  = "0.0.0.0/0"
  ipv6_cidr_ip             = var.empty
  source_security_group_id = var.empty
  prefix_list_id           = var.empty
  description              = var.empty
}

# port_range = "" on a portless protocol: -1/-1, the real schema default.
resource "alicloud_security_group_rule" "all" {
  security_group_id = alicloud_security_group.this.id
  type              = "egress"
  ip_protocol       = "all"
  port_range        = var.empty
  cidr_ip           = "10.0.0.0/8"
  description       = var.empty
}
`;
}

describe('provider: "" on the arguments the real provider accepts it on, module style (real Terraform)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const attrs = (type: string, name = 'this') => tf.state().resources.find((r: any) => r.type === type && r.name === name).instances[0].attributes;
  const plan = () => tf.run('plan', '-no-color', '-detailed-exitcode');

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, dataFile: ':memory:', asyncDelayMs: 10 });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    tf = createTerraformDir(hcl(sandbox.url));
    ok(await tf.run('init', '-no-color'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies, and state holds what the API chose where "" was passed for an optional+computed argument', async () => {
    const a = await tf.run('apply', '-auto-approve', '-no-color');
    assert.equal(a.code, 0, explain(a));

    const defaulted = (await api.call('vpc', 'DescribeVpcs', { VpcId: attrs('alicloud_vpc', 'defaulted').id })).Vpcs.Vpc[0];
    assert.equal(defaulted.CidrBlock, '172.16.0.0/12', 'CreateVpc without CidrBlock takes the default block');
    assert.equal(attrs('alicloud_vpc', 'defaulted').cidr_block, '172.16.0.0/12');

    const eip = (await api.call('vpc', 'DescribeEipAddresses', { AllocationId: attrs('alicloud_eip_address').id })).EipAddresses.EipAddress[0];
    assert.equal(attrs('alicloud_eip_address').bandwidth, String(eip.Bandwidth));
    assert.match(attrs('alicloud_eip_address').ip_address, /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(attrs('alicloud_eip_association').instance_type, 'Nat');

    const vsw = attrs('alicloud_vswitch');
    assert.equal(attrs('alicloud_snat_entry').source_cidr, vsw.cidr_block, 'source_cidr shows the VSwitch\'s block');

    const vpn = (await api.call('vpc', 'DescribeVpnGateways', { VpnGatewayId: attrs('alicloud_vpn_gateway').id })).VpnGateways.VpnGateway[0];
    // The real API picks a VSwitch when none is given; the sandbox's CreateVpnGateway leaves it
    // empty. Either way state shows what the API holds, not a refusal.
    assert.equal(attrs('alicloud_vpn_gateway').vswitch_id, vpn.VSwitchId ?? '');
    assert.equal(attrs('alicloud_vpn_gateway').status, 'active');

    assert.equal(attrs('alicloud_security_group_rule', 'all').port_range, '-1/-1');
  });

  // (That "" is not sent at all is checked against the API calls in empty-strings.test.ts.)
  it('keeps a non-computed "" as "" in state, and the rule has its one source only', async () => {
    const group = attrs('alicloud_security_group').id;
    const ingress = (await api.call('ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: group, Direction: 'ingress' })).Permissions.Permission;
    const ssh = ingress.find((p: any) => p.PortRange === '22/22');
    assert.ok(ssh, JSON.stringify(ingress));
    assert.equal(ssh.SourceCidrIp, '0.0.0.0/0');
    assert.ok(!ssh.SourceGroupId, `unexpected source group ${ssh.SourceGroupId}`);
    assert.equal(attrs('alicloud_security_group_rule', 'ssh').description, '', 'a non-computed "" stays "" in state, as configured');
  });

  it('plans no changes after the apply', async () => {
    const p = await plan();
    assert.equal(p.code, 0, `expected an empty plan:\n${explain(p)}`);
  });

  it('refuses zone_id = "" on a VSwitch at plan (the real API needs a zone), naming "", and creates nothing', async () => {
    tf.writeConfig(`${hcl(sandbox.url)}
resource "alicloud_vswitch" "bad" {
  vpc_id     = alicloud_vpc.this.id
  cidr_block = "10.30.2.0/24"
  zone_id    = var.empty
}
`);
    const before = (await api.call('vpc', 'DescribeVSwitches', {})).TotalCount;
    const r = await plan();
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr.replace(/\s+/g, ' '), /zone_id is "": set zone_id/);
    assert.equal((await api.call('vpc', 'DescribeVSwitches', {})).TotalCount, before);
    tf.writeConfig(hcl(sandbox.url));
  });

  it('refuses network_type = "" on a VPN gateway at plan, as the real validator does', async () => {
    tf.writeConfig(`${hcl(sandbox.url)}
resource "alicloud_vpn_gateway" "bad" {
  vpc_id       = alicloud_vpc.this.id
  bandwidth    = 10
  network_type = var.empty
}
`);
    const r = await plan();
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr.replace(/\s+/g, ' '), /"" is not an accepted value; use one of: public, private/);
    tf.writeConfig(hcl(sandbox.url));
  });

  it('destroys everything', async () => {
    const d = await tf.run('destroy', '-auto-approve', '-no-color');
    assert.equal(d.code, 0, explain(d));
    assert.equal((await api.call('vpc', 'DescribeVpnGateways', {})).TotalCount, 0);
    assert.equal((await api.call('vpc', 'DescribeNatGateways', {})).TotalCount, 0);
    assert.equal((await api.call('vpc', 'DescribeEipAddresses', {})).TotalCount, 0);
    assert.equal((await api.call('vpc', 'DescribeVpcs', {})).TotalCount, 0);
  });
});
