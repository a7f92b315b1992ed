/**
 * Prefix lists end to end with the real Terraform binary: alicloud_vpc_prefix_list with its
 * `entrys` set (one entry without a description) and alicloud_vpc_prefix_lists filtered by name;
 * alicloud_ecs_prefix_list with its `entry` set, the peer (prefix_list_id) of an ingress and an
 * egress alicloud_security_group_rule, as on the real cloud: apply → empty plan → entries added and
 * removed, names changed in place → import → empty plan; alicloud_ecs_prefix_lists filtered by
 * name and address family, with details → a rule naming the VPC list refused → an
 * ECS list delete refused while rules use it → destroy, nothing left.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { createTerraformDir, ensureProviderBuilt, explain, flex, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

function blocks(name: string, entries: Array<[string, string | null]>): string {
  return entries
    .map(([cidr, description]) => `  ${name} {\n    cidr = "${cidr}"\n${description === null ? '' : `    description = "${description}"\n`}  }`)
    .join('\n');
}

function hcl(url: string, v: { name: string; max: number; entries: Array<[string, string | null]>; ruleOnVpcList?: boolean }): string {
  const entrys = blocks('entrys', v.entries);
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "default" {
  vpc_name   = "prefix-lists"
  cidr_block = "10.6.0.0/16"
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_vpc_prefix_list" "office" {
  prefix_list_name        = "${v.name}"
  prefix_list_description = "offices"
  ip_version              = "IPV4"
  max_entries             = ${v.max}
${entrys}
  tags = {
    team = "net"
  }
}

resource "alicloud_ecs_prefix_list" "office" {
  prefix_list_name = "${v.name}"
  description      = "offices"
  address_family   = "IPv4"
  max_entries      = 5
${blocks('entry', v.entries)}
}

resource "alicloud_security_group_rule" "ssh_from_offices" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  security_group_id = alicloud_security_group.default.id
  prefix_list_id    = alicloud_ecs_prefix_list.office.id
}

resource "alicloud_security_group_rule" "https_to_offices" {
  type              = "egress"
  ip_protocol       = "tcp"
  port_range        = "443/443"
  security_group_id = alicloud_security_group.default.id
  prefix_list_id    = alicloud_ecs_prefix_list.office.id
}

${v.ruleOnVpcList ? `resource "alicloud_security_group_rule" "on_vpc_list" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "3389/3389"
  security_group_id = alicloud_security_group.default.id
  prefix_list_id    = alicloud_vpc_prefix_list.office.id
}
` : ''}
data "alicloud_vpc_prefix_lists" "named" {
  name_regex = "^${v.name}$"
  depends_on = [alicloud_vpc_prefix_list.office]
}

output "found" {
  value = data.alicloud_vpc_prefix_lists.named.lists
}

data "alicloud_ecs_prefix_lists" "named" {
  name_regex     = "^${v.name}$"
  address_family = "IPv4"
  enable_details = true
  depends_on     = [alicloud_ecs_prefix_list.office, alicloud_security_group_rule.ssh_from_offices, alicloud_security_group_rule.https_to_offices]
}

data "alicloud_ecs_prefix_lists" "ipv6_only" {
  address_family = "IPv6"
  depends_on     = [alicloud_ecs_prefix_list.office]
}

output "ecs_found" {
  value = data.alicloud_ecs_prefix_lists.named
}

output "ecs_ipv6" {
  value = data.alicloud_ecs_prefix_lists.ipv6_only.ids
}
`;
}

describe('Prefix lists through Terraform: a VPC list and its data source, an ECS list and the security-group rules that reference it', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let tf: TerraformDir;

  const apply = async () => ok(await tf.run('apply', '-auto-approve', '-no-color', '-input=false'));
  const emptyPlan = async () => {
    const r = await tf.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
    assert.equal(r.code, 0, `expected an empty plan:\n${explain(r)}`);
  };
  const attrs = (type: string, name: string) => tf.state().resources.find((x: any) => x.type === type && x.name === name && x.mode === 'managed').instances[0].attributes;
  const entries = async (id: string) => (await api.call('vpc', 'GetVpcPrefixListEntries', { PrefixListId: id })).PrefixListEntry.map((e: any) => [e.Cidr, e.Description]);
  const ecsEntries = async (id: string) => (await api.call('ecs', 'DescribePrefixListAttributes', { PrefixListId: id })).Entries.Entry.map((e: any) => [e.Cidr, e.Description]);

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    tf = createTerraformDir(hcl(sandbox.url, { name: 'offices', max: 10, entries: [['192.168.0.0/16', 'head'], ['172.16.0.0/12', null]] }), { prefix: 'tf-prefix-list-' });
    ok(await tf.run('init', '-no-color', '-input=false'));
  });

  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  it('applies: each list holds both blocks, both rules name the ECS list as their peer, and the data source finds the VPC list', async () => {
    await apply();
    const p = attrs('alicloud_vpc_prefix_list', 'office');
    assert.match(p.id, /^pl-/);
    assert.deepEqual([p.prefix_list_id, p.ip_version, p.max_entries, p.status, p.share_type], [p.id, 'IPV4', 10, 'Created', '']);
    assert.deepEqual((await entries(p.id)).sort(), [['172.16.0.0/12', ''], ['192.168.0.0/16', 'head']]);
    const e = attrs('alicloud_ecs_prefix_list', 'office');
    assert.match(e.id, /^pl-/);
    assert.deepEqual([e.address_family, e.max_entries, e.prefix_list_name, e.description], ['IPv4', 5, 'offices', 'offices']);
    assert.deepEqual((await ecsEntries(e.id)).sort(), [['172.16.0.0/12', ''], ['192.168.0.0/16', 'head']]);
    const sg = attrs('alicloud_security_group', 'default').id;
    const perms = (await api.call('ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: sg, Direction: 'all' })).Permissions.Permission;
    assert.deepEqual(perms.map((x: any) => [x.Direction, x.SourcePrefixListId || x.DestPrefixListId, x.SourcePrefixListName || x.DestPrefixListName]).sort(), [['egress', e.id, 'offices'], ['ingress', e.id, 'offices']]);
    assert.equal(attrs('alicloud_security_group_rule', 'ssh_from_offices').id, `${sg}:ingress:tcp:22/22:intranet:${e.id}:accept:1`);
    const assoc = (await api.call('ecs', 'DescribePrefixListAssociations', { PrefixListId: e.id })).PrefixListAssociations.PrefixListAssociation;
    assert.deepEqual(assoc, [{ ResourceId: sg, ResourceType: 'securitygroup' }]);
    // Nothing the sandbox serves uses a VPC prefix list.
    ok(await tf.run('apply', '-refresh-only', '-auto-approve', '-no-color', '-input=false'));
    assert.deepEqual(attrs('alicloud_vpc_prefix_list', 'office').prefix_list_association, []);
    const found = tf.state().outputs.found.value;
    assert.deepEqual(found.map((l: any) => [l.id, l.prefix_list_name, l.max_entries, l.entrys.length]), [[p.id, 'offices', 10, 2]]);
    const ecsFound = tf.state().outputs.ecs_found.value;
    assert.deepEqual([ecsFound.ids, ecsFound.names], [[e.id], ['offices']]);
    const [l] = ecsFound.lists;
    assert.deepEqual(
      [l.id, l.prefix_list_id, l.prefix_list_name, l.description, l.address_family, l.max_entries, l.association_count],
      [e.id, e.id, 'offices', 'offices', 'IPv4', 5, 1],
    );
    assert.match(l.create_time, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(l.entry.map((x: any) => [x.cidr, x.description]).sort(), [['172.16.0.0/12', ''], ['192.168.0.0/16', 'head']]);
    assert.deepEqual(tf.state().outputs.ecs_ipv6.value, [], 'an IPv4 list is not among the IPv6 ones');
    await emptyPlan();
  });

  it('changes entries, max_entries and the names in place, and imports both lists by their IDs', async () => {
    const id = attrs('alicloud_vpc_prefix_list', 'office').id;
    const ecsId = attrs('alicloud_ecs_prefix_list', 'office').id;
    tf.writeConfig(hcl(sandbox.url, { name: 'branches', max: 20, entries: [['192.168.0.0/16', 'headquarters'], ['10.0.0.0/8', 'branch']] }));
    const p = await tf.run('plan', '-no-color', '-input=false');
    assert.match(p.stdout, flex('2 to change, 0 to destroy'), explain(p));
    await apply();
    assert.equal(attrs('alicloud_vpc_prefix_list', 'office').id, id);
    assert.equal(attrs('alicloud_ecs_prefix_list', 'office').id, ecsId);
    assert.deepEqual((await entries(id)).sort(), [['10.0.0.0/8', 'branch'], ['192.168.0.0/16', 'headquarters']]);
    assert.deepEqual((await ecsEntries(ecsId)).sort(), [['10.0.0.0/8', 'branch'], ['192.168.0.0/16', 'headquarters']]);
    const live = (await api.call('vpc', 'ListPrefixLists', { 'PrefixListIds.1': id })).PrefixLists[0];
    assert.deepEqual([live.PrefixListName, live.MaxEntries], ['branches', 20]);
    assert.equal((await api.call('ecs', 'DescribePrefixListAttributes', { PrefixListId: ecsId })).PrefixListName, 'branches');
    ok(await tf.run('state', 'rm', '-no-color', 'alicloud_vpc_prefix_list.office', 'alicloud_ecs_prefix_list.office'));
    ok(await tf.run('import', '-no-color', '-input=false', 'alicloud_vpc_prefix_list.office', id));
    ok(await tf.run('import', '-no-color', '-input=false', 'alicloud_ecs_prefix_list.office', ecsId));
    await emptyPlan();
  });

  it('refuses a rule that names the VPC list, refuses to delete the ECS list behind Terraform\'s back while rules use it, then destroys everything', async () => {
    const current = { name: 'branches', max: 20, entries: [['192.168.0.0/16', 'headquarters'], ['10.0.0.0/8', 'branch']] as Array<[string, string | null]> };
    tf.writeConfig(hcl(sandbox.url, { ...current, ruleOnVpcList: true }));
    const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false');
    assert.notEqual(r.code, 0, explain(r));
    assert.match(r.stderr + r.stdout, /InvalidPrefixListId\.NotFound/, explain(r));
    assert.equal(tf.state().resources.some((x: any) => x.name === 'on_vpc_list'), false, 'the refused rule is not in the state');
    tf.writeConfig(hcl(sandbox.url, current));
    const ecsId = attrs('alicloud_ecs_prefix_list', 'office').id;
    const refused = await api.call('ecs', 'DeletePrefixList', { PrefixListId: ecsId }, { noRetryCodes: ['NotAllowed.AssociationExist'] }).then(() => 'deleted', (e: any) => e.code);
    assert.equal(refused, 'NotAllowed.AssociationExist');
    ok(await tf.run('destroy', '-auto-approve', '-no-color', '-input=false'));
    assert.equal((await api.call('vpc', 'ListPrefixLists', {})).PrefixLists.length, 0);
    assert.equal((await api.call('ecs', 'DescribePrefixLists', {})).PrefixLists.PrefixList.length, 0);
    assert.equal((await api.call('ecs', 'DescribeSecurityGroups', {})).SecurityGroups.SecurityGroup.length, 0);
  });
});
