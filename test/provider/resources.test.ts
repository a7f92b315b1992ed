/**
 * Unit tests for the resources' pure parts: import-ID parsers, attribute validators, cross-attribute
 * checks and the schemas' shape (names and flags mirrored from aliyun/alicloud).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dataSources } from '../../provider/data-sources';
import { UNKNOWN, type AttributeSchema, type ObjectValue, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';
import { intBetween, lengthBetween, maskBetween, oneOf, portRange, privateCidr, runValidators, validCidr, validCidrOrIp, zoneId } from '../../provider/shared/validators';
import { tagMap } from '../../provider/shared/tags';
import { formatRouteEntryId, parseRouteEntryId } from '../../provider/resources/route-entry';
import { formatRuleId, parseRuleId } from '../../provider/resources/security-group-rule';

function res(name: string): ResourceDefinition {
  const r = resources.find((x) => x.typeName === name);
  assert.ok(r, `resource ${name} missing`);
  return r;
}

function attr(resource: string, name: string): AttributeSchema {
  const a = res(resource).schema.attributes[name];
  assert.ok(a, `${resource}.${name} missing`);
  return a;
}

/** A config with every attribute null, then the given values. */
function config(resource: string, values: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const k of Object.keys(res(resource).schema.attributes)) out[k] = null;
  return { ...out, ...values };
}

describe('import ID parsers', () => {
  it('parses and formats route entry IDs', () => {
    const id = 'vtb-bp1abc:vrt-bp1def:10.1.0.0/16:Instance:i-bp1ghi';
    const p = parseRouteEntryId(id);
    assert.deepEqual(p, { routeTableId: 'vtb-bp1abc', routerId: 'vrt-bp1def', destination: '10.1.0.0/16', nexthopType: 'Instance', nexthopId: 'i-bp1ghi' });
    assert.equal(formatRouteEntryId(p), id);
  });

  it('turns "_" back into ":" for IPv6 destinations', () => {
    const p = parseRouteEntryId('vtb-1:vrt-1:2408_4004_cc__/56:IPv6Gateway:ipv6gw-1');
    assert.equal(p.destination, '2408:4004:cc::/56');
    assert.equal(formatRouteEntryId(p), 'vtb-1:vrt-1:2408_4004_cc__/56:IPv6Gateway:ipv6gw-1');
  });

  it('rejects malformed route entry IDs with the expected format', () => {
    assert.throws(() => parseRouteEntryId('vtb-1:10.0.0.0/16'), /<route_table_id>:<router_id>:<destination_cidrblock>:<nexthop_type>:<nexthop_id>/);
    assert.throws(() => parseRouteEntryId('vpc-1:vrt-1:10.0.0.0/16:Instance:i-1'), /route table ID/);
    assert.throws(() => parseRouteEntryId('vtb-1:vrt-1::Instance:i-1'), /not a route entry ID/);
  });

  it('parses and formats security group rule IDs', () => {
    const id = 'sg-bp1abc:ingress:tcp:22/22:intranet:0.0.0.0/0:accept:1';
    const k = parseRuleId(id);
    assert.deepEqual(k, {
      securityGroupId: 'sg-bp1abc',
      type: 'ingress',
      ipProtocol: 'tcp',
      portRange: '22/22',
      nicType: 'intranet',
      cidrIp: '0.0.0.0/0',
      policy: 'accept',
      priority: 1,
    });
    assert.equal(formatRuleId(k), id);
  });

  it('reads a source group, "<nil>" NIC types and IPv6 sources', () => {
    const g = parseRuleId('sg-1:egress:all:-1/-1:<nil>:sg-2:drop:100');
    assert.equal(g.sourceGroupId, 'sg-2');
    assert.equal(g.cidrIp, undefined);
    assert.equal(g.nicType, 'intranet');
    assert.equal(g.priority, 100);
    const v6 = parseRuleId('sg-1:ingress:icmpv6:-1/-1:intranet:2001_db8__/32:accept:5');
    assert.equal(v6.cidrIp, '2001:db8::/32');
    assert.equal(formatRuleId(v6), 'sg-1:ingress:icmpv6:-1/-1:intranet:2001_db8__/32:accept:5');
  });

  it('rejects malformed rule IDs, naming the part that is wrong', () => {
    assert.throws(() => parseRuleId('sg-1:ingress:tcp:22/22'), /4 colon-separated parts, not 8/);
    assert.throws(() => parseRuleId('sg-1:inbound:tcp:22/22:intranet:0.0.0.0/0:accept:1'), /type "inbound"/);
    assert.throws(() => parseRuleId('sg-1:ingress:tcp:22-22:intranet:0.0.0.0/0:accept:1'), /port range "22-22"/);
    assert.throws(() => parseRuleId('sg-1:ingress:tcp:22/22:intranet:0.0.0.0/0:allow:1'), /policy "allow"/);
    assert.throws(() => parseRuleId('sg-1:ingress:tcp:22/22:intranet:0.0.0.0/0:accept:101'), /priority "101"/);
    assert.throws(() => parseRuleId('x-1:ingress:tcp:22/22:intranet:0.0.0.0/0:accept:1'), /not a security group ID/);
  });

  it('checks plain-ID imports', async () => {
    const ctx = {} as never;
    await assert.rejects(res('alicloud_vpc').importState!(ctx, 'vsw-123'), /not a VPC ID/);
    const s = await res('alicloud_vpc').importState!(ctx, 'vpc-123');
    assert.equal(s.id, 'vpc-123');
    assert.equal(s.cidr_block, null);
    await assert.rejects(res('alicloud_instance').importState!(ctx, 'sg-1'), /not an instance ID/);
    const r = await res('alicloud_route_entry').importState!(ctx, 'vtb-1:vrt-1:10.0.0.0/8:Instance:i-1');
    assert.equal(r.destination_cidrblock, '10.0.0.0/8');
    assert.equal(r.router_id, 'vrt-1');
    const rule = await res('alicloud_security_group_rule').importState!(ctx, 'sg-1:ingress:tcp:80/80:intranet:10.0.0.0/8:accept:3');
    assert.equal(rule.priority, 3);
    assert.equal(rule.source_security_group_id, null);
  });
});

describe('validators', () => {
  it('parses CIDRs strictly (with network-rules/cidr.ts, as the sandbox does)', () => {
    assert.equal(validCidr('10.0.0.0/8'), undefined);
    for (const bad of ['10.0.0/8', '10.0.0.256/8', '10.0.0.0/33', '010.0.0.0/8', '10.0.0.0', 'abc']) {
      assert.match(validCidr(bad) ?? '', /is not a valid IPv4 CIDR block; write it as a\.b\.c\.d\/n/, bad);
    }
  });

  it('reports malformed CIDRs and host bits', () => {
    assert.equal(validCidr('10.0.0.0/16'), undefined);
    assert.match(validCidr('10.0.0/16')!, /not a valid IPv4 CIDR block.*10\.0\.0\.0\/16/);
    assert.match(validCidr('10.0.1.0/16')!, /host bits set; use the network address 10\.0\.0\.0\/16/);
    assert.equal(validCidrOrIp('192.168.1.7'), undefined);
  });

  it('bounds masks per resource', () => {
    const vpcMask = maskBetween(8, 28, 'VPC');
    assert.equal(vpcMask('10.0.0.0/8'), undefined);
    assert.match(vpcMask('10.0.0.0/29')!, /\/29.*between \/8 and \/28/);
    const vswMask = maskBetween(16, 29, 'VSwitch');
    assert.match(vswMask('10.0.0.0/12')!, /VSwitch CIDR block needs a mask between \/16 and \/29/);
    assert.equal(vswMask('10.0.0.0/29'), undefined);
  });

  it('requires private ranges for VPCs', () => {
    for (const ok of ['10.0.0.0/8', '172.16.0.0/12', '172.31.0.0/16', '192.168.0.0/16', '192.168.10.0/24']) assert.equal(privateCidr(ok), undefined, ok);
    for (const bad of ['8.8.0.0/16', '172.32.0.0/16', '192.169.0.0/16', '0.0.0.0/8']) assert.match(privateCidr(bad)!, /not a private range/, bad);
    assert.match(privateCidr('172.0.0.0/8')!, /not a private range/);
  });

  it('checks zone ids, lengths, enums, ranges and port ranges', () => {
    assert.equal(zoneId('cn-hangzhou-h'), undefined);
    assert.equal(zoneId('ap-southeast-1a'), undefined);
    assert.match(zoneId('Hangzhou H')!, /not a zone id.*cn-hangzhou-h/);
    assert.match(lengthBetween(2, 128, 'name')('x')!, /1 characters long; it must be 2 to 128/);
    assert.match(oneOf(['ingress', 'egress'])('inbound')!, /"inbound".*ingress, egress/);
    assert.match(intBetween(1, 100, 'priority')(0)!, /priority 0 is out of range/);
    assert.match(intBetween(1, 100, 'priority')(1.5)!, /whole number/);
    for (const ok of ['22/22', '1/65535', '-1/-1']) assert.equal(portRange(ok), undefined, ok);
    for (const bad of ['22', '22-80', '0/10', '80/22', '1/65536', '-1/22']) assert.ok(portRange(bad), bad);
    assert.match(tagMap({ 'aliyun:x': 'y' })!, /reserved/);
    assert.equal(tagMap({ env: 'prod' }), undefined);
  });

  it('wires the validators to the right attributes', () => {
    assert.deepEqual(runValidators(attr('alicloud_vpc', 'cidr_block'), '10.0.0.0/16'), []);
    assert.equal(runValidators(attr('alicloud_vpc', 'cidr_block'), '8.8.8.0/24').length, 1);
    assert.equal(runValidators(attr('alicloud_vpc', 'cidr_block'), '10.0.0.0/30').length, 1);
    assert.equal(runValidators(attr('alicloud_vpc', 'cidr_block'), 'nonsense').length, 1);
    assert.equal(runValidators(attr('alicloud_vswitch', 'cidr_block'), '10.0.0.0/15').length, 1);
    assert.equal(runValidators(attr('alicloud_vswitch', 'zone_id'), 'zone1').length, 1);
    assert.equal(runValidators(attr('alicloud_route_entry', 'nexthop_type'), 'Gateway').length, 1);
    assert.equal(runValidators(attr('alicloud_security_group_rule', 'ip_protocol'), 'tcp').length, 0);
    assert.equal(runValidators(attr('alicloud_security_group_rule', 'ip_protocol'), 'TCP').length, 1);
    assert.equal(runValidators(attr('alicloud_security_group_rule', 'priority'), 101).length, 1);
    assert.equal(runValidators(attr('alicloud_instance', 'status'), 'Paused').length, 1);
    assert.equal(runValidators(attr('alicloud_instance', 'private_ip'), '10.0.0.300').length, 1);
    assert.equal(runValidators(attr('alicloud_vpc', 'vpc_name'), 'http://x').length, 1);
    assert.equal(runValidators(attr('alicloud_vpc', 'cidr_block'), UNKNOWN).length, 0);
  });

  it('checks the instance\'s system disk, billing and password arguments, naming the value and the allowed ones', () => {
    assert.deepEqual(runValidators(attr('alicloud_instance', 'system_disk_category'), 'cloud_essd_entry'), []);
    const [category] = runValidators(attr('alicloud_instance', 'system_disk_category'), 'cloud_magnetic');
    assert.match(category, /"cloud_magnetic" is not an accepted value; use one of: cloud, cloud_efficiency, cloud_ssd, cloud_essd, cloud_auto, cloud_essd_entry/);
    for (const ok of [20, 40, 2048]) assert.deepEqual(runValidators(attr('alicloud_instance', 'system_disk_size'), ok), [], String(ok));
    for (const bad of [19, 2049, 40.5]) assert.match(runValidators(attr('alicloud_instance', 'system_disk_size'), bad)[0], new RegExp(`system_disk_size ${bad} is out of range; use a whole number from 20 to 2048`));
    assert.match(runValidators(attr('alicloud_instance', 'internet_charge_type'), 'PayByMood')[0], /"PayByMood".*PayByBandwidth, PayByTraffic/);
    assert.match(runValidators(attr('alicloud_instance', 'instance_charge_type'), 'Spot')[0], /"Spot".*PrePaid, PostPaid/);
    assert.deepEqual(runValidators(attr('alicloud_instance', 'password'), 'Sandbox-Passw0rd'), []);
    const [pw] = runValidators(attr('alicloud_instance', 'password'), 'secret');
    // A sensitive value is described, never repeated.
    assert.match(pw, /password is 6 characters long; it must be 8 to 30/);
    assert.doesNotMatch(pw, /secret/);
    assert.match(runValidators(attr('alicloud_instance', 'password'), 'alllowercase1')[0], /at least three of/);
    assert.ok(attr('alicloud_instance', 'password').sensitive);
    assert.match(runValidators(attr('alicloud_vpc', 'resource_group_id'), 'group-1')[0], /"group-1" is not a resource group id; it should start with "rg-"/);
  });
});

describe('cross-attribute checks', () => {
  it('security group rules need one source and ports that fit the protocol', () => {
    const v = res('alicloud_security_group_rule').validateConfig!;
    const base = { security_group_id: 'sg-1', type: 'ingress', ip_protocol: 'tcp', port_range: '22/22' };
    assert.deepEqual(v(config('alicloud_security_group_rule', { ...base, cidr_ip: '0.0.0.0/0' })), []);
    assert.match(v(config('alicloud_security_group_rule', base))[0].summary, /missing rule source/);
    assert.equal(v(config('alicloud_security_group_rule', { ...base, cidr_ip: '0.0.0.0/0', source_security_group_id: 'sg-2' }))[0].attribute?.[0], 'source_security_group_id');
    const noPorts = v(config('alicloud_security_group_rule', { ...base, port_range: null, cidr_ip: '0.0.0.0/0' }));
    assert.equal(noPorts[0].attribute?.[0], 'port_range');
    assert.match(noPorts[0].summary, /tcp needs a port range/);
    assert.match(v(config('alicloud_security_group_rule', { ...base, ip_protocol: 'icmp', cidr_ip: '0.0.0.0/0' }))[0].summary, /does not apply to icmp/);
    // Unknown values (references to resources not yet created) are never errors.
    assert.deepEqual(v(config('alicloud_security_group_rule', { ...base, cidr_ip: UNKNOWN, source_security_group_id: UNKNOWN })), []);
  });

  it('vswitches need vpc_id, cidr_block and zone_id unless they are default', () => {
    const v = res('alicloud_vswitch').validateConfig!;
    assert.deepEqual(v(config('alicloud_vswitch', { vpc_id: UNKNOWN, cidr_block: '10.0.1.0/24', zone_id: 'cn-hangzhou-h' })), []);
    assert.deepEqual(v(config('alicloud_vswitch', { cidr_block: '10.0.1.0/24' })).map((d) => d.attribute?.[0]), ['vpc_id', 'zone_id']);
    assert.deepEqual(v(config('alicloud_vswitch', { is_default: true, zone_id: 'cn-hangzhou-h' })), []);
    assert.equal(v(config('alicloud_vswitch', { is_default: true, zone_id: 'cn-hangzhou-h', cidr_block: '10.0.0.0/24' }))[0].attribute?.[0], 'cidr_block');
  });

  it('route entries plan without a destination or a next hop, as the real schema (Optional) lets them: the apply fails', () => {
    // test/provider/parity-leftovers.test.ts checks the apply side.
    const v = res('alicloud_route_entry').validateConfig ?? (() => []);
    assert.deepEqual(v(config('alicloud_route_entry', { route_table_id: 'vtb-1', destination_cidrblock: '0.0.0.0/0', nexthop_type: 'Instance', nexthop_id: UNKNOWN })), []);
    assert.deepEqual(v(config('alicloud_route_entry', { route_table_id: 'vtb-1' })), []);
  });
});

describe('schemas mirror aliyun/alicloud', () => {
  it('serves the core and Internet-access resources and the core data sources, each type once', () => {
    // Other families (VPN, Express Connect) add their types and check them in their own test files.
    const served = resources.map((r) => r.typeName);
    for (const t of [
      'alicloud_eip_address',
      'alicloud_eip_association',
      'alicloud_forward_entry',
      'alicloud_instance',
      'alicloud_nat_gateway',
      'alicloud_route_entry',
      'alicloud_security_group',
      'alicloud_security_group_rule',
      'alicloud_snat_entry',
      'alicloud_vpc',
      'alicloud_vswitch',
    ]) {
      assert.ok(served.includes(t), `${t} is not served`);
    }
    assert.equal(new Set(served).size, served.length, 'a type is registered twice');
    const data = dataSources.map((d) => d.typeName);
    for (const t of ['alicloud_vpcs', 'alicloud_vswitches', 'alicloud_zones']) assert.ok(data.includes(t), `${t} is not served`);
  });

  it('uses only names the real provider has', () => {
    // Argument and attribute names from the real provider's docs, kept in provider/facts (the
    // parity test, test/provider/facts.test.ts, checks the reverse: that none is missing).
    const dir = path.join(__dirname, '../../provider/facts');
    const allFacts = fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    for (const r of resources) {
      const facts = allFacts.find((f) => f.type === r.typeName);
      if (!facts) continue;
      // The real schema's arguments that its docs page leaves out (a deprecated type served by the
      // same code as its replacement documents only its old names) are real names too.
      const undocumented: string[] = [...(facts.undocumented_schema_arguments ?? [])];
      // A deprecated type whose real schema is another type's code (alicloud_network_interface is
      // resource_alicloud_ecs_network_interface.go) has that type's attributes too.
      for (const o of allFacts) {
        if (o.type !== facts.type && o.kind === facts.kind && o.source?.schema && o.source.schema === facts.source?.schema) {
          undocumented.push(...o.arguments.map((a: { name: string }) => a.name), ...o.attributes.map((a: { name: string }) => a.name));
        }
      }
      const real = new Set<string>(['id', ...facts.arguments.map((a: { name: string }) => a.name), ...facts.attributes.map((a: { name: string }) => a.name), ...undocumented]);
      for (const name of [...Object.keys(r.schema.attributes), ...Object.keys(r.schema.blocks ?? {})]) {
        assert.ok(real.has(name), `${r.typeName}.${name} is not a real provider name`);
      }
    }
  });

  it('forces replacement exactly where the API cannot change a field', () => {
    const fn = (r: string) => Object.entries(res(r).schema.attributes).filter(([, a]) => a.forceNew).map(([n]) => n).sort();
    // resource_group_id: the real provider moves resources between groups, which the sandbox cannot.
    // A VPC's CIDR block changes in place (ModifyVpcAttribute), as in the real provider.
    assert.deepEqual(fn('alicloud_vpc'), ['ipv6_cidr_block', 'is_default', 'resource_group_id', 'user_cidrs']);
    assert.deepEqual(fn('alicloud_vswitch'), ['availability_zone', 'cidr_block', 'is_default', 'vpc_id', 'zone_id']);
    assert.deepEqual(fn('alicloud_route_entry'), ['description', 'destination_cidrblock', 'name', 'nexthop_id', 'nexthop_type', 'route_table_id']);
    assert.ok(!attr('alicloud_instance', 'private_ip').forceNew);
    assert.ok(!attr('alicloud_instance', 'vswitch_id').forceNew);
    assert.ok(attr('alicloud_instance', 'availability_zone').forceNew);
    assert.ok(attr('alicloud_security_group', 'vpc_id').forceNew);
    assert.ok(attr('alicloud_security_group', 'resource_group_id').forceNew);
    // The instance's system disk size and billing: the real provider changes them in place (the
    // full split, with each difference's reason, is test/provider/facts.test.ts's).
    for (const n of ['availability_zone', 'image_id', 'instance_charge_type', 'instance_type', 'resource_group_id', 'system_disk_category', 'system_disk_size']) {
      assert.ok(attr('alicloud_instance', n).forceNew, n);
    }
    for (const n of ['status', 'deletion_protection', 'internet_charge_type', 'password']) assert.ok(!attr('alicloud_instance', n).forceNew, n);
    assert.ok(!attr('alicloud_security_group_rule', 'description').forceNew);
    assert.equal(res('alicloud_route_entry').update, undefined);
  });

  it('declares the real provider\'s default timeouts', () => {
    assert.deepEqual(res('alicloud_vpc').timeouts, { create: 600_000, update: 300_000, delete: 300_000 });
    assert.deepEqual(res('alicloud_vswitch').timeouts, { create: 300_000, update: 300_000, delete: 600_000 });
    assert.deepEqual(res('alicloud_instance').timeouts, { create: 600_000, update: 600_000, delete: 1_200_000 });
  });

  it('keeps every attribute well-formed', () => {
    for (const def of [...resources, ...dataSources]) {
      for (const [name, a] of Object.entries(def.schema.attributes)) {
        assert.match(name, /^[a-z0-9_]+$/);
        assert.ok(a.required || a.optional || a.computed, `${def.typeName}.${name} is neither required, optional nor computed`);
        assert.ok(!(a.required && (a.optional || a.computed)), `${def.typeName}.${name}: required excludes optional/computed`);
        if (a.default !== undefined) assert.ok(a.optional && a.computed, `${def.typeName}.${name}: a default needs optional+computed`);
        assert.ok(a.description.length > 0, `${def.typeName}.${name} has no description`);
      }
    }
  });
});
