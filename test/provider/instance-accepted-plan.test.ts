/**
 * alicloud_instance: the accepted-only computed arguments (role_name, period, enable_jumbo_frame,
 * the primary NIC's traffic options, …) that a configuration leaves out are null in state, and
 * the sandbox never fills them. An in-place update (a new name, say) kept planning every one of
 * them as "(known after apply)", a dozen lines the real provider's plan does not show. Driven
 * through the planner, without Terraform.
 */
import * as assert from 'node:assert/strict';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { isUnknown, type ObjectValue } from '../../provider/framework/types';
import { instanceResource as def } from '../../provider/resources/instance';
import { instanceAcceptedAttributes } from '../../provider/resources/instance-accepted';

const schema = effectiveResourceSchema(def);
const ACCEPTED_COMPUTED = Object.entries(instanceAcceptedAttributes)
  .filter(([, a]) => a.computed && a.default === undefined)
  .map(([name]) => name);

/** A full object of this schema: what is not given is null (attributes) or empty (blocks). */
function full(given: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) out[name] = given[name] ?? null;
  for (const name of Object.keys(schema.blocks ?? {})) out[name] = given[name] ?? (name === 'timeouts' ? null : []);
  return out;
}

const ARGS: ObjectValue = {
  image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd',
  instance_type: 'ecs.g6.large',
  vswitch_id: 'vsw-a',
  security_groups: ['sg-a'],
  instance_name: 'web',
};

/**
 * A created instance's state: the create plan of ARGS (defaults included) with the computed
 * values the API gave; what the API gives nothing for (the accepted-only ones) is null.
 */
function stateOf(extra: ObjectValue = {}): ObjectValue {
  const config = full(ARGS);
  const { planned } = planResourceChange(schema, null, config, config, def);
  assert.ok(planned);
  const created = Object.fromEntries(Object.entries(planned).map(([k, v]) => [k, isUnknown(v) ? null : v]));
  return full({
    ...created,
    id: 'i-web',
    status: 'Running',
    private_ip: '172.16.0.2',
    primary_ip_address: '172.16.0.2',
    vpc_id: 'vpc-a',
    availability_zone: 'cn-hangzhou-b',
    ...extra,
  });
}

/** What Terraform proposes: the config, with the prior value of every computed attribute it leaves null. */
function plan(config: ObjectValue, prior: ObjectValue) {
  const proposed: ObjectValue = { ...config };
  for (const [k, a] of Object.entries(schema.attributes)) if (a.computed && config[k] === null) proposed[k] = prior[k];
  for (const [k, nb] of Object.entries(schema.blocks ?? {})) if (nb.block && config[k] === null) proposed[k] = prior[k];
  const { planned, requiresReplace } = planResourceChange(schema, prior, proposed, config, def);
  assert.ok(planned);
  return { planned, requiresReplace };
}

describe('alicloud_instance: accepted-only computed arguments left out stay null through an in-place update', () => {
  it('guards a non-empty list of such arguments', () => {
    assert.ok(ACCEPTED_COMPUTED.includes('role_name') && ACCEPTED_COMPUTED.includes('enable_jumbo_frame'), ACCEPTED_COMPUTED.join(', '));
  });

  it('plans a rename with none of them "(known after apply)"', () => {
    const prior = stateOf();
    const { planned, requiresReplace } = plan(full({ ...ARGS, instance_name: 'web2' }), prior);
    assert.deepEqual(requiresReplace, []);
    assert.equal(planned.instance_name, 'web2');
    const unknown = ACCEPTED_COMPUTED.filter((n) => isUnknown(planned[n]));
    assert.deepEqual(unknown, []);
    for (const n of ACCEPTED_COMPUTED) assert.equal(planned[n], null, n);
  });

  it('keeps a value the prior state holds, and plans a configured one as configured', () => {
    const prior = stateOf({ role_name: 'EcsRole' });
    const { planned } = plan(full({ ...ARGS, instance_name: 'web2', enable_jumbo_frame: true }), prior);
    assert.equal(planned.role_name, 'EcsRole');
    assert.equal(planned.enable_jumbo_frame, true);
  });

  it('still plans the values the API changes as unknown (a move to another VSwitch renumbers the instance)', () => {
    const prior = stateOf();
    const { planned } = plan(full({ ...ARGS, vswitch_id: 'vsw-b' }), prior);
    assert.ok(isUnknown(planned.private_ip));
    assert.equal(planned.role_name, null);
  });
});
