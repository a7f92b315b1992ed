/**
 * Network ACLs end to end with the real Terraform binary: alicloud_network_acl with inline entries
 * and a bound VSwitch, a second ACL binding a VSwitch through alicloud_vpc_network_acl_attachment, and
 * alicloud_network_acls filtered by VPC and name: apply → empty plan → entries, name and binding changed in
 * place → import → empty plan → a refused out-of-band delete → destroy, nothing left behind.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

interface Knobs {
  name: string;
  port: string;
  boundByAcl: 'a' | 'b';
}

function hcl(url: string, k: Knobs): string {
  return `${sandboxProviderBlock(url)}
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = "acl"
  cidr_block = "10.4.0.0/16"
}

resource "alicloud_vswitch" "a" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "10.4.0.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_vswitch" "b" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "10.4.1.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_vswitch" "c" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "10.4.2.0/24"
  zone_id    = data.alicloud_zones.default.zones.0.id
}

resource "alicloud_network_acl" "default" {
  vpc_id           = alicloud_vpc.default.id
  network_acl_name = "${k.name}"
  description      = "edge rules"

  ingress_acl_entries {
    network_acl_entry_name = "web"
    source_cidr_ip         = "0.0.0.0/0"
    policy                 = "accept"
    port                   = "${k.port}"
    protocol               = "tcp"
  }

  ingress_acl_entries {
    source_cidr_ip = "2408:4002::/64"
    policy         = "drop"
    port           = "-1/-1"
    protocol       = "all"
  }

  egress_acl_entries {
    destination_cidr_ip = "0.0.0.0/0"
    policy              = "accept"
    port                = "-1/-1"
    protocol            = "all"
  }

  resources {
    resource_id   = alicloud_vswitch.${k.boundByAcl}.id
    resource_type = "VSwitch"
  }
}

# A second ACL whose VSwitch is bound by an attachment resource (the real docs warn against mixing
# both ways on one ACL: its resources block would then read the attachment's VSwitch back too).
resource "alicloud_network_acl" "other" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_vpc_network_acl_attachment" "c" {
  network_acl_id = alicloud_network_acl.other.id
  resource_id    = alicloud_vswitch.c.id
  resource_type  = "VSwitch"
}

data "alicloud_network_acls" "in_vpc" {
  vpc_id     = alicloud_vpc.default.id
  depends_on = [alicloud_network_acl.default, alicloud_vpc_network_acl_attachment.c]
  name_regex = "^edge"
}

output "found" {
  value = data.alicloud_network_acls.in_vpc.acls
}
`;
}

describe('network ACLs through Terraform: inline entries, bindings both ways, the data source', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;
  const knobs: Knobs = { name: 'edge', port: '80/80', boundByAcl: 'a' };

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;
  const live = async (id: string) => (await api.call('vpc', 'DescribeNetworkAclAttributes', { NetworkAclId: id })).NetworkAclAttribute;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, knobs), { prefix: 'tf-nacl-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies: the entries in order ahead of the system entry, two VSwitches bound, the data source lists them', async () => {
    await apply();
    const acl = attrs('alicloud_network_acl', 'default');
    assert.match(acl.id, /^nacl-/);
    const a = await live(acl.id);
    assert.deepEqual(a.IngressAclEntries.IngressAclEntry.map((e: any) => [e.EntryType, e.Policy, e.Port, e.SourceCidrIp, e.IpVersion]), [
      ['custom', 'accept', '80/80', '0.0.0.0/0', 'IPV4'],
      ['custom', 'drop', '-1/-1', '2408:4002::/64', 'IPV6'],
      ['system', 'drop', '-1/-1', '0.0.0.0/0', 'IPV4'],
    ]);
    assert.deepEqual(acl.ingress_acl_entries.map((e: any) => [e.entry_type, e.ip_version]), [['custom', 'IPV4'], ['custom', 'IPV6']], 'state holds the custom entries only');
    assert.deepEqual(a.Resources.Resource.map((r: any) => r.ResourceId), [attrs('alicloud_vswitch', 'a').id]);
    const other = await live(attrs('alicloud_network_acl', 'other').id);
    assert.deepEqual(other.Resources.Resource.map((r: any) => r.ResourceId), [attrs('alicloud_vswitch', 'c').id]);
    assert.equal(attrs('alicloud_vpc_network_acl_attachment', 'c').status, 'BINDED');
    const found = tf.state().outputs.found.value;
    assert.deepEqual(found.map((x: any) => [x.id, x.network_acl_name, x.ingress_acl_entries.length, x.resources.length]), [[acl.id, 'edge', 2, 1]]);
    await emptyPlan();
  });

  it('changes the port, the name and the bound VSwitch in place, then imports both resources', async () => {
    const id = attrs('alicloud_network_acl', 'default').id;
    Object.assign(knobs, { name: 'edge-2', port: '443/443', boundByAcl: 'b' });
    tf.writeConfig(hcl(sandbox.url, knobs));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('0 to add, 1 to change, 0 to destroy'), explain(p));
    await apply();
    const a = await live(id);
    assert.equal(a.NetworkAclName, 'edge-2');
    assert.equal(a.IngressAclEntries.IngressAclEntry[0].Port, '443/443');
    assert.deepEqual(a.Resources.Resource.map((r: any) => r.ResourceId), [attrs('alicloud_vswitch', 'b').id]);
    for (const [address, type, name] of [
      ['alicloud_network_acl.default', 'alicloud_network_acl', 'default'],
      ['alicloud_vpc_network_acl_attachment.c', 'alicloud_vpc_network_acl_attachment', 'c'],
    ] as const) {
      const rid = attrs(type, name).id;
      ok(await tf.run('state', 'rm', '-no-color', address));
      ok(await tf.run('import', '-no-color', '-input=false', address, rid));
    }
    await emptyPlan();
  });

  it('refuses to delete a bound VSwitch or the bound ACL behind Terraform\'s back, then destroys everything', async () => {
    const id = attrs('alicloud_network_acl', 'default').id;
    const vsw = attrs('alicloud_vswitch', 'b').id;
    const code = (p: Promise<unknown>) => p.then(() => 'done', (e: any) => e.code);
    assert.equal(await code(api.call('vpc', 'DeleteVSwitch', { VSwitchId: vsw }, { noRetryCodes: ['DependencyViolation.NetworkAcl'] })), 'DependencyViolation.NetworkAcl');
    assert.equal(await code(api.call('vpc', 'DeleteNetworkAcl', { NetworkAclId: id }, { noRetryCodes: ['NetworkAclExistBinding'] })), 'NetworkAclExistBinding');
    assert.deepEqual((await live(id)).Resources.Resource.map((r: any) => r.ResourceId), [vsw], 'the refused calls changed nothing');
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('vpc', 'DescribeNetworkAcls', {})).NetworkAcls.NetworkAcl.length, 0);
    assert.equal((await api.call('vpc', 'DescribeVpcs', {})).Vpcs.Vpc.length, 0);
  });
});
