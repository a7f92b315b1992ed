/**
 * alicloud_network_acl: an entry's ip_version as the docs write it ("Ipv4") against the API's
 * spelling (IPV4), which is all an import can read. The API takes either, so a difference in case
 * alone plans no change (with the legacy type system flag Terraform needs for such a plan); a
 * different version still does. Driven through the planner, without Terraform.
 */
import * as assert from 'node:assert/strict';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import type { ObjectValue } from '../../provider/framework/types';
import { networkAclResource as def } from '../../provider/resources/network-acl';

const schema = effectiveResourceSchema(def);

function fill(attributes: object, given: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(attributes)) out[name] = given[name] ?? null;
  return out;
}

function entry(dir: 'ingress' | 'egress', given: ObjectValue): ObjectValue {
  return fill(schema.blocks![`${dir}_acl_entries`].block.attributes, given);
}

const INGRESS = { network_acl_entry_name: 'web', policy: 'accept', port: '20/80', protocol: 'tcp', source_cidr_ip: '10.0.0.0/24' };

/** A full object: attributes null unless given, blocks empty unless given. */
function full(given: ObjectValue): ObjectValue {
  const out = fill(schema.attributes, given);
  for (const name of Object.keys(schema.blocks ?? {})) out[name] = given[name] ?? (name === 'timeouts' ? null : []);
  return out;
}

const BASE = { vpc_id: 'vpc-a', network_acl_name: 'acl', description: 'acl' };

/** The state an import reads: the API's spelling, IPV4. */
function imported(): ObjectValue {
  return full({
    ...BASE,
    id: 'nacl-a',
    name: 'acl',
    status: 'Available',
    create_time: '2026-12-07T12:00:00Z',
    ingress_acl_entries: [entry('ingress', { ...INGRESS, entry_type: 'custom', ip_version: 'IPV4' })],
  });
}

function plan(config: ObjectValue, prior: ObjectValue) {
  const proposed: ObjectValue = { ...config };
  for (const [k, a] of Object.entries(schema.attributes)) if (a.computed && config[k] === null) proposed[k] = prior[k];
  proposed.ingress_acl_entries = (config.ingress_acl_entries as ObjectValue[]).map((e, i) => {
    const before = (prior.ingress_acl_entries as ObjectValue[])[i] ?? {};
    return { ...e, entry_type: e.entry_type ?? before.entry_type ?? null };
  });
  return planResourceChange(schema, prior, proposed, config, def);
}

describe('alicloud_network_acl: an entry\'s ip_version differing only in case plans no change', () => {
  it('plans nothing after an import when the configuration writes Ipv4, as the docs do', () => {
    const prior = imported();
    const result = plan(full({ ...BASE, ingress_acl_entries: [entry('ingress', { ...INGRESS, ip_version: 'Ipv4' })] }), prior);
    assert.deepEqual(result.planned, prior);
    assert.equal(result.legacyTypeSystem, true);
  });

  it('still plans a change to another IP version', () => {
    const prior = imported();
    const result = plan(full({ ...BASE, ingress_acl_entries: [entry('ingress', { ...INGRESS, ip_version: 'IPV6' })] }), prior);
    assert.equal((result.planned!.ingress_acl_entries as ObjectValue[])[0].ip_version, 'IPV6');
    assert.notEqual(result.legacyTypeSystem, true);
  });
});
