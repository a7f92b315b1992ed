/**
 * The Internet-access resources' pure parts (alicloud_eip_address, alicloud_eip_association,
 * alicloud_nat_gateway, alicloud_snat_entry, alicloud_forward_entry): names and flags against the
 * real provider's documented arguments (provider/facts), import-ID parsers, cross-attribute checks
 * and the deprecated aliases the real provider still accepts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { isUnknown, UNKNOWN, type ObjectValue, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';
import { inferInstanceType, parseAssociationId } from '../../provider/resources/eip-association';
import { checkMapping, parseForwardEntryId, portSpan } from '../../provider/resources/forward-entry';
import { parseSnatEntryId } from '../../provider/resources/snat-entry';
import { runValidators } from '../../provider/shared/validators';

const TYPES = ['alicloud_eip_address', 'alicloud_eip_association', 'alicloud_nat_gateway', 'alicloud_snat_entry', 'alicloud_forward_entry'] as const;

function res(name: string): ResourceDefinition {
  const r = resources.find((x) => x.typeName === name);
  assert.ok(r, `resource ${name} is not served`);
  return r;
}

function facts(type: string): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '../../provider/facts', `${type}.json`), 'utf8'));
}

/** A config with every attribute null, then the given values. */
function config(type: string, values: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const k of Object.keys(res(type).schema.attributes)) out[k] = null;
  return { ...out, ...values };
}

/** Plans a create as Terraform would (config → proposed = config), through the framework's planner. */
function planCreate(type: string, values: ObjectValue): ObjectValue {
  const def = res(type);
  const schema = effectiveResourceSchema(def);
  const cfg = config(type, values);
  if (schema.blocks?.timeouts) cfg.timeouts = null;
  return planResourceChange(schema, null, cfg, cfg, def).planned!;
}

describe('Internet-access resources: names and flags of the real provider', () => {
  for (const type of TYPES) {
    it(`${type} uses only argument and attribute names the real provider documents`, () => {
      const f = facts(type);
      const known = new Set<string>(['id', ...f.arguments.map((a: any) => a.name), ...f.attributes.map((a: any) => a.name)]);
      for (const name of Object.keys(res(type).schema.attributes)) assert.ok(known.has(name), `${type}.${name} is not in the real provider's docs`);
    });

    it(`${type} agrees with the real provider on required arguments and the default timeouts`, () => {
      const f = facts(type);
      const attrs = res(type).schema.attributes;
      for (const a of f.arguments.filter((x: any) => x.required)) {
        assert.ok(attrs[a.name]?.required, `${type}.${a.name} is required in the real provider`);
      }
      for (const [name, a] of Object.entries(attrs)) {
        if (a.required) assert.ok(f.arguments.some((x: any) => x.name === name && x.required), `${type}.${name} is required here only`);
      }
      const minutes = (s: string) => Number(/^(\d+)/.exec(s)![1]) * 60_000;
      const want = Object.fromEntries(Object.entries<string>(f.timeouts).map(([k, v]) => [k, minutes(v)]));
      assert.deepEqual(res(type).timeouts, want);
    });
  }

  it('marks the deprecated aliases deprecated, as the real provider does', () => {
    for (const type of TYPES) {
      const f = facts(type);
      for (const [name, a] of Object.entries(res(type).schema.attributes)) {
        const fact = f.arguments.find((x: any) => x.name === name);
        if (fact) assert.equal(!!a.deprecated, !!fact.deprecated, `${type}.${name}`);
      }
    }
    assert.ok(res('alicloud_eip_address').schema.attributes.name.deprecated);
    assert.ok(res('alicloud_nat_gateway').schema.attributes.name.deprecated);
    assert.ok(res('alicloud_forward_entry').schema.attributes.name.deprecated);
  });

  it('exposes the NAT gateway\'s table IDs as strings, not lists', () => {
    const a = res('alicloud_nat_gateway').schema.attributes;
    assert.equal(a.snat_table_ids.type, 'string');
    assert.equal(a.forward_table_ids.type, 'string');
    assert.ok(a.snat_table_ids.computed && !a.snat_table_ids.optional);
  });

  it('declares the NAT gateway\'s removed `spec` as the real provider does: readable (null), refused when set', () => {
    // The alibabacloud-automation NAT-gateway module outputs alicloud_nat_gateway.this[*].spec;
    // Terraform refuses that reference outright if the schema lacks the name.
    const spec = res('alicloud_nat_gateway').schema.attributes.spec;
    assert.ok(spec?.optional && !spec.computed && !spec.required);
    assert.match(runValidators(spec, 'Small')[0], /removed in provider 1\.121\.0; use specification/);
    assert.equal(planCreate('alicloud_nat_gateway', { vpc_id: 'vpc-1', vswitch_id: 'vsw-1' }).spec, null);
  });

  it('forces replacement where the real provider does, plus where the sandbox has no in-place API', () => {
    const fn = (r: string) => Object.entries(res(r).schema.attributes).filter(([, a]) => a.forceNew).map(([n]) => n).sort();
    assert.deepEqual(fn('alicloud_eip_association'), ['allocation_id', 'instance_id', 'instance_type', 'private_ip_address', 'vpc_id']);
    assert.deepEqual(fn('alicloud_snat_entry'), ['snat_table_id', 'source_cidr', 'source_vswitch_id']);
    assert.deepEqual(fn('alicloud_forward_entry'), ['forward_table_id']);
    // snat_ip and the DNAT mapping change in place (ModifySnatEntry / ModifyForwardEntry).
    assert.ok(!res('alicloud_snat_entry').schema.attributes.snat_ip.forceNew);
    assert.ok(!res('alicloud_forward_entry').schema.attributes.external_port.forceNew);
    assert.ok(!res('alicloud_eip_address').schema.attributes.bandwidth.forceNew);
    assert.ok(res('alicloud_eip_address').schema.attributes.ip_address.forceNew);
  });
});

describe('Internet-access resources: import IDs', () => {
  it('parses <allocation_id>:<instance_id>', () => {
    assert.deepEqual(parseAssociationId('eip-bp1abc:i-bp1def'), { allocationId: 'eip-bp1abc', instanceId: 'i-bp1def' });
    assert.deepEqual(parseAssociationId('eip-1:ngw-2'), { allocationId: 'eip-1', instanceId: 'ngw-2' });
    assert.throws(() => parseAssociationId('eip-1'), /<allocation_id>:<instance_id>, e\.g\. eip-bp1abc:i-bp1def/);
    assert.throws(() => parseAssociationId('i-1:eip-1'), /parts start with "eip-"/);
  });

  it('parses <snat_table_id>:<snat_entry_id> and <forward_table_id>:<forward_entry_id>', () => {
    assert.deepEqual(parseSnatEntryId('stb-1:snat-2'), { tableId: 'stb-1', entryId: 'snat-2' });
    assert.deepEqual(parseForwardEntryId('ftb-1:fwd-2'), { tableId: 'ftb-1', entryId: 'fwd-2' });
    // The pre-1.37 form (the entry ID alone) cannot be read: the table is needed to find the entry.
    assert.throws(() => parseSnatEntryId('snat-2'), /<snat_table_id>:<snat_entry_id>/);
    assert.throws(() => parseForwardEntryId('stb-1:snat-2'), /"ftb-" and "fwd-"/);
  });

  it('imports into states the read step can complete', async () => {
    const ctx = {} as never;
    const a = await res('alicloud_eip_association').importState!(ctx, 'eip-1:i-2');
    assert.equal(a.allocation_id, 'eip-1');
    assert.equal(a.instance_id, 'i-2');
    const s = await res('alicloud_snat_entry').importState!(ctx, 'stb-1:snat-2');
    assert.equal(s.snat_entry_id, 'snat-2');
    assert.equal(s.snat_table_id, 'stb-1');
    const f = await res('alicloud_forward_entry').importState!(ctx, 'ftb-1:fwd-2');
    assert.equal(f.forward_entry_id, 'fwd-2');
    await assert.rejects(res('alicloud_eip_address').importState!(ctx, 'ngw-1'), /not an EIP allocation ID/);
    await assert.rejects(res('alicloud_nat_gateway').importState!(ctx, 'eip-1'), /not a NAT gateway ID/);
  });

  it('infers the binding target type from its ID, as the real provider does', () => {
    assert.equal(inferInstanceType('ngw-bp1'), 'Nat');
    assert.equal(inferInstanceType('i-bp1'), 'EcsInstance');
    assert.equal(inferInstanceType('lb-bp1'), 'SlbInstance');
  });
});

describe('Internet-access resources: checks before any API call', () => {
  it('a SNAT entry needs exactly one source', () => {
    const v = res('alicloud_snat_entry').validateConfig!;
    const base = { snat_table_id: 'stb-1', snat_ip: '47.96.0.10' };
    assert.deepEqual(v(config('alicloud_snat_entry', { ...base, source_vswitch_id: 'vsw-1' })), []);
    assert.deepEqual(v(config('alicloud_snat_entry', { ...base, source_cidr: '10.0.0.0/24' })), []);
    assert.deepEqual(v(config('alicloud_snat_entry', { ...base, source_vswitch_id: UNKNOWN })), []);
    assert.match(v(config('alicloud_snat_entry', base))[0].summary, /missing source/);
    const both = v(config('alicloud_snat_entry', { ...base, source_vswitch_id: 'vsw-1', source_cidr: '10.0.0.0/24' }));
    assert.equal(both[0].attribute?.[0], 'source_cidr');
    assert.match(runValidators(res('alicloud_snat_entry').schema.attributes.snat_ip, '47.96.0.10,nope')[0], /"nope", which is not an IPv4 address/);
  });

  it('DNAT: IP mapping takes "any" everywhere, port mapping takes ranges of the same size', () => {
    const c = (p: string, e: string, i: string) => checkMapping({ ip_protocol: p, external_port: e, internal_port: i });
    assert.deepEqual(c('tcp', '80', '8080'), []);
    assert.deepEqual(c('any', 'any', 'Any'), []);
    assert.deepEqual(c('udp', '8000/8009', '9000/9009'), []);
    assert.match(c('any', '80', 'any')[0].detail!, /set external_port and internal_port to "any"/);
    assert.match(c('tcp', 'any', 'any')[0].detail!, /ip_protocol = "any"/);
    assert.match(c('tcp', '8000/8009', '9000/9010')[0].detail!, /spans 10 port\(s\) and internal_port "9000\/9010" spans 11/);
    assert.deepEqual(checkMapping({ ip_protocol: 'tcp', external_port: UNKNOWN, internal_port: '80' }), []);
    assert.equal(portSpan('0'), undefined);
    assert.equal(portSpan('65536'), undefined);
    assert.equal(portSpan('90/80'), undefined);
    assert.match(runValidators(res('alicloud_forward_entry').schema.attributes.external_port, '70000')[0], /external_port "70000" is not a port/);
    assert.match(runValidators(res('alicloud_forward_entry').schema.attributes.ip_protocol, 'icmp')[0], /tcp, udp, any/);
  });

  it('an Enhanced NAT gateway needs a VSwitch, and only Enhanced is accepted', () => {
    const v = res('alicloud_nat_gateway').validateConfig!;
    assert.deepEqual(v(config('alicloud_nat_gateway', { vpc_id: 'vpc-1', vswitch_id: 'vsw-1' })), []);
    assert.equal(v(config('alicloud_nat_gateway', { vpc_id: 'vpc-1' }))[0].attribute?.[0], 'vswitch_id');
    assert.match(runValidators(res('alicloud_nat_gateway').schema.attributes.nat_type, 'Normal')[0], /use one of: Enhanced/);
  });

  it('refuses a deprecated alias that disagrees with its replacement, and accepts one that agrees', () => {
    const v = res('alicloud_eip_address').validateConfig!;
    assert.deepEqual(v(config('alicloud_eip_address', { name: 'a', address_name: 'a' })), []);
    assert.deepEqual(v(config('alicloud_eip_address', { instance_charge_type: 'PostPaid', payment_type: 'PayAsYouGo' })), []);
    const clash = v(config('alicloud_eip_address', { name: 'a', address_name: 'b' }));
    assert.equal(clash[0].attribute?.[0], 'name');
    assert.match(clash[0].detail!, /set only address_name \("b"\)/);
    assert.equal(v(config('alicloud_eip_address', { instance_charge_type: 'PrePaid', payment_type: 'PayAsYouGo' }))[0].attribute?.[0], 'instance_charge_type');
    assert.equal(res('alicloud_nat_gateway').validateConfig!(config('alicloud_nat_gateway', { vpc_id: 'vpc-1', vswitch_id: 'vsw-1', name: 'x', nat_gateway_name: 'y' }))[0].attribute?.[0], 'name');
  });

  it('plans the replacement from a deprecated alias (and the alias from its replacement)', () => {
    const fromOld = planCreate('alicloud_eip_address', { name: 'web-eip', instance_charge_type: 'PostPaid' });
    assert.equal(fromOld.address_name, 'web-eip');
    assert.equal(fromOld.payment_type, 'PayAsYouGo');
    const fromNew = planCreate('alicloud_nat_gateway', { vpc_id: 'vpc-1', vswitch_id: 'vsw-1', nat_gateway_name: 'gw', payment_type: 'Subscription' });
    assert.equal(fromNew.name, 'gw');
    assert.equal(fromNew.instance_charge_type, 'PrePaid');
    const neither = planCreate('alicloud_forward_entry', { forward_table_id: 'ftb-1', external_ip: '1.2.3.4', external_port: '80', ip_protocol: 'tcp', internal_ip: '10.0.0.1', internal_port: '80' });
    assert.ok(isUnknown(neither.forward_entry_name));
    assert.ok(isUnknown(neither.name));
  });
});
