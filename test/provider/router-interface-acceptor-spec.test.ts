/**
 * alicloud_router_interface: an AcceptingSide interface's `specification` is never sent (its Spec
 * is Negative), and the real provider suppresses any difference in it. The docs' example sets
 * "Large.1" on the acceptor, so without the suppression the first plan after `terraform import`
 * (which reads no specification for an acceptor) showed an in-place update. Driven through the
 * planner, without Terraform.
 */
import * as assert from 'node:assert/strict';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import type { ObjectValue } from '../../provider/framework/types';
import { routerInterfaceResource as def } from '../../provider/resources/router-interface';

const schema = effectiveResourceSchema(def);

/** A full object of this schema: what is not given is null. */
function full(given: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) out[name] = given[name] ?? null;
  for (const name of Object.keys(schema.blocks ?? {})) out[name] = given[name] ?? null;
  return out;
}

const ARGS = { opposite_region: 'cn-hangzhou', router_type: 'VRouter', router_id: 'vrt-peer', name: 'peer', description: 'peer side' };
const COMPUTED = {
  id: 'ri-peer',
  instance_charge_type: 'PostPaid',
  opposite_router_type: 'VRouter',
  opposite_router_id: 'vrt-main',
  opposite_interface_id: 'ri-main',
  opposite_interface_owner_id: '1234567890',
  access_point_id: '',
};

/** The state an import reads: no specification for an acceptor (the API says Negative). */
function stateOf(role: string, specification: string | null): ObjectValue {
  return full({ ...ARGS, ...COMPUTED, role, specification });
}

/** Plans `config` against `prior` the way Terraform proposes it (computed values from the prior state). */
function plan(config: ObjectValue, prior: ObjectValue) {
  const proposed: ObjectValue = { ...config };
  for (const [k, a] of Object.entries(schema.attributes)) if (a.computed && config[k] === null) proposed[k] = prior[k];
  return planResourceChange(schema, prior, proposed, config, def);
}

describe('alicloud_router_interface: an acceptor\'s specification is suppressed as the real provider does', () => {
  it('plans no change after importing an AcceptingSide interface whose configuration sets a specification', () => {
    const prior = stateOf('AcceptingSide', null);
    const result = plan(full({ ...ARGS, role: 'AcceptingSide', specification: 'Large.1' }), prior);
    assert.deepEqual(result.planned, prior);
    assert.deepEqual(result.requiresReplace, []);
    // Terraform accepts a plan that departs from the configuration only with this flag.
    assert.equal(result.legacyTypeSystem, true);
  });

  it('plans no change when the specification of an AcceptingSide interface is edited', () => {
    const prior = stateOf('AcceptingSide', 'Large.1');
    const result = plan(full({ ...ARGS, role: 'AcceptingSide', specification: 'Large.2' }), prior);
    assert.deepEqual(result.planned, prior);
  });

  it('still plans the other in-place changes of an AcceptingSide interface, keeping its prior specification', () => {
    const prior = stateOf('AcceptingSide', null);
    const { planned } = plan(full({ ...ARGS, description: 'renamed', role: 'AcceptingSide', specification: 'Large.1' }), prior);
    assert.equal(planned?.description, 'renamed');
    assert.equal(planned?.specification, null);
  });

  it('plans a specification change of an InitiatingSide interface, which ModifyRouterInterfaceSpec applies', () => {
    const prior = stateOf('InitiatingSide', 'Large.2');
    const result = plan(full({ ...ARGS, role: 'InitiatingSide', specification: 'Large.1' }), prior);
    assert.equal(result.planned?.specification, 'Large.1');
    assert.notEqual(result.legacyTypeSystem, true);
  });
});
