import { strict as assert } from 'node:assert';
import { completeState, planResourceChange, reconcileWithPlan } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { validateBlock } from '../../provider/framework/validate';
import { errorToDiagnostic, pathToProto } from '../../provider/framework/diagnostics';
import { AttributeError, UNKNOWN, isUnknown } from '../../provider/framework/types';
import type { ObjectValue, ResourceDefinition } from '../../provider/framework/types';

const def: ResourceDefinition = {
  typeName: 'alicloud_thing',
  timeouts: { create: 60_000 },
  schema: {
    attributes: {
      name: { type: 'string', description: '', optional: true },
      cidr_block: {
        type: 'string',
        description: '',
        required: true,
        forceNew: true,
        validators: [(v) => (String(v).includes('/') ? undefined : `"${v}" is not a CIDR block; write it like 10.0.0.0/16`)],
      },
      description: { type: 'string', description: '', optional: true, computed: true, default: 'none' },
      status: { type: 'string', description: '', computed: true },
      create_time: { type: 'string', description: '', computed: true, useStateForUnknown: true },
      tags: { type: ['map', 'string'], description: '', optional: true },
    },
    blocks: {
      rule: { nesting: 'list', maxItems: 2, block: { attributes: { port: { type: 'number', description: '', required: true } } } },
    },
  },
  create: async () => ({}),
  read: async () => null,
  delete: async () => undefined,
};
const schema = effectiveResourceSchema(def);

/** What Terraform proposes: config values, and prior values for computed attributes config leaves null. */
function propose(config: ObjectValue, prior: ObjectValue | null): ObjectValue {
  const out: ObjectValue = { ...config };
  for (const [k, a] of Object.entries(schema.attributes)) {
    if (a.computed && (config[k] === null || config[k] === undefined)) out[k] = prior ? prior[k] : null;
  }
  return out;
}

const config: ObjectValue = { name: 'a', cidr_block: '10.0.0.0/16', description: null, status: null, create_time: null, id: null, tags: null, rule: [{ port: 22 }], timeouts: null };
const prior: ObjectValue = { ...config, id: 'thing-1', description: 'none', status: 'Available', create_time: '2026-01-01T00:00:00Z' };

describe('generic planner (PlanResourceChange contract)', () => {
  it('adds a computed id and a single timeouts block to every resource schema', () => {
    assert.deepEqual(schema.attributes.id, { type: 'string', description: 'The ID of this resource.', computed: true, useStateForUnknown: true });
    assert.equal(schema.blocks!.timeouts.nesting, 'single');
    assert.deepEqual(Object.keys(schema.blocks!.timeouts.block.attributes), ['create']);
  });

  it('on create, plans config values exactly, defaults for optional+computed, and UNKNOWN for other computed values', () => {
    const { planned, requiresReplace } = planResourceChange(schema, null, propose(config, null), config, def);
    assert.ok(planned);
    assert.equal(planned.name, 'a');
    assert.equal(planned.cidr_block, '10.0.0.0/16');
    assert.equal(planned.description, 'none');
    assert.ok(isUnknown(planned.id));
    assert.ok(isUnknown(planned.status));
    assert.ok(isUnknown(planned.create_time));
    assert.deepEqual(planned.rule, [{ port: 22 }]);
    assert.equal(planned.tags, null, 'a non-computed attribute null in config stays null');
    assert.deepEqual(requiresReplace, []);
  });

  it('with nothing changed, plans the prior state exactly (an empty plan)', () => {
    const { planned, requiresReplace } = planResourceChange(schema, prior, propose(config, prior), config, def);
    assert.equal(planned, prior);
    assert.deepEqual(requiresReplace, []);
  });

  it('on an in-place update, keeps useStateForUnknown values and marks other computed values unknown', () => {
    const cfg = { ...config, name: 'b' };
    const { planned, requiresReplace } = planResourceChange(schema, prior, propose(cfg, prior), cfg, def);
    assert.ok(planned);
    assert.equal(planned.name, 'b');
    assert.equal(planned.id, 'thing-1');
    assert.equal(planned.create_time, '2026-01-01T00:00:00Z');
    assert.ok(isUnknown(planned.status));
    assert.equal(planned.description, 'none', 'a default stays planned');
    assert.deepEqual(requiresReplace, []);
  });

  it('when a forceNew attribute changes, requires replacement by that path and marks every computed value unknown', () => {
    const cfg = { ...config, cidr_block: '10.1.0.0/16' };
    const { planned, requiresReplace } = planResourceChange(schema, prior, propose(cfg, prior), cfg, def);
    assert.deepEqual(requiresReplace, [['cidr_block']]);
    assert.ok(planned);
    assert.ok(isUnknown(planned.id));
    assert.ok(isUnknown(planned.create_time));
    assert.ok(isUnknown(planned.status));
    assert.equal(planned.cidr_block, '10.1.0.0/16');
  });

  it('requires replacement when a forceNew attribute becomes unknown', () => {
    const cfg: ObjectValue = { ...config, cidr_block: UNKNOWN };
    const { requiresReplace } = planResourceChange(schema, prior, propose(cfg, prior), cfg, def);
    assert.deepEqual(requiresReplace, [['cidr_block']]);
  });

  it('plans null for a destroy', () => {
    assert.deepEqual(planResourceChange(schema, prior, null, null, def), { planned: null, requiresReplace: [] });
  });

  it('changes only the timeouts without touching computed values', () => {
    const cfg = { ...config, timeouts: { create: '5m' } };
    const { planned } = planResourceChange(schema, prior, propose(cfg, prior), cfg, def);
    assert.ok(planned);
    assert.equal(planned.status, 'Available');
    assert.deepEqual(planned.timeouts, { create: '5m' });
  });

  it('drops requires_replace paths from modifyPlan that do not exist in the schema', () => {
    const withHook: ResourceDefinition = { ...def, modifyPlan: ({ requiresReplace }) => void requiresReplace.push(['no_such_attribute'], ['name']) };
    const cfg = { ...config, name: 'c' };
    const { planned, requiresReplace } = planResourceChange(schema, prior, propose(cfg, prior), cfg, withHook);
    assert.deepEqual(requiresReplace, [['name']]);
    assert.ok(planned && isUnknown(planned.id), 'a hook that forces replacement makes the id unknown');
  });
});

describe('"" that means unset on a computed attribute (SDKv2 semantics)', () => {
  const schema = effectiveResourceSchema({
    typeName: 'test_empty',
    schema: {
      attributes: {
        name: { type: 'string', optional: true },
        private_ip: { type: 'string', optional: true, computed: true, forceNew: true, emptyIsUnset: true },
        password: { type: 'string', optional: true, emptyIsUnset: true },
      },
    },
    create: async () => ({}),
    read: async () => null,
    delete: async () => undefined,
  } as unknown as ResourceDefinition);
  const config = { name: 'a', private_ip: '', password: '', id: null, timeouts: null } as ObjectValue;

  it('on create, plans the computed one unknown (the API picks it), keeps "" for the non-computed one, and declares the legacy type system', () => {
    const r = planResourceChange(schema, null, { ...config }, config);
    assert.ok(isUnknown(r.planned!.private_ip));
    assert.equal(r.planned!.password, '');
    assert.equal(r.legacyTypeSystem, true);
  });

  it('after apply, plans the prior state exactly: the stored address is no change and no reason to replace', () => {
    const prior = { ...config, id: 'x-1', private_ip: '10.0.0.7' } as ObjectValue;
    const r = planResourceChange(schema, prior, { ...config, id: 'x-1' }, config);
    assert.deepEqual(r.planned, prior);
    assert.deepEqual(r.requiresReplace, []);
    assert.equal(r.legacyTypeSystem, true);
  });

  it('plans no change when the API returned no value (null in state) for an attribute configured as ""', () => {
    const prior = { ...config, id: 'x-1', private_ip: null } as ObjectValue;
    const r = planResourceChange(schema, prior, { ...config, id: 'x-1' }, config);
    assert.deepEqual(r.planned, prior);
  });

  it('keeps the address on an in-place update of another argument', () => {
    const prior = { ...config, id: 'x-1', private_ip: '10.0.0.7' } as ObjectValue;
    const next = { ...config, name: 'b' } as ObjectValue;
    const r = planResourceChange(schema, prior, { ...next, id: 'x-1' }, next);
    assert.equal(r.planned!.private_ip, '10.0.0.7');
    assert.deepEqual(r.requiresReplace, []);
  });

  it('declares nothing special when no "" is configured', () => {
    const c = { ...config, private_ip: '10.0.0.9', password: 'Passw0rd!' } as ObjectValue;
    assert.equal(planResourceChange(schema, null, { ...c }, c).legacyTypeSystem, undefined);
  });
});

describe('apply reconciliation (ApplyResourceChange contract)', () => {
  it('returns a known planned value the API changed as the API returned it (Terraform reports the inconsistency), and fills unknowns from the result', () => {
    const planned: ObjectValue = { ...config, id: UNKNOWN, description: 'none', status: UNKNOWN, create_time: UNKNOWN };
    const warnings: string[] = [];
    const result = { ...config, id: 'thing-9', name: 'A-CHANGED-BY-API', description: 'none', status: 'Available', create_time: 't' };
    const state = reconcileWithPlan(schema, planned, result, (m) => warnings.push(m), 'alicloud_thing');
    assert.equal(state.name, 'A-CHANGED-BY-API', 'a differing known planned value is not hidden');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /"name"/);
    assert.equal(state.id, 'thing-9');
    assert.equal(state.status, 'Available');
  });

  it('leaves no unknown values: an unknown the resource did not fill becomes null', () => {
    const planned: ObjectValue = { ...config, id: UNKNOWN, status: UNKNOWN, create_time: UNKNOWN, description: 'none' };
    const state = reconcileWithPlan(schema, planned, { id: 'x' }, () => undefined);
    assert.equal(state.status, null);
    assert.equal(state.create_time, null);
    assert.ok(!Object.values(state).some((v) => isUnknown(v)));
  });

  it('completes imported or upgraded states with every key', () => {
    const s = completeState(schema, { id: 'thing-2' });
    assert.equal(s.id, 'thing-2');
    assert.equal(s.name, null);
    assert.deepEqual(s.rule, []);
    assert.equal(s.timeouts, null);
  });
});

describe('config validation (ValidateResourceConfig)', () => {
  it('runs validators with attribute paths and skips unknown values', () => {
    const diags = validateBlock(schema, { ...config, cidr_block: '10.0.0.0' });
    assert.equal(diags.length, 1);
    assert.deepEqual(diags[0].attribute, ['cidr_block']);
    assert.match(diags[0].detail!, /not a CIDR block/);
    assert.deepEqual(validateBlock(schema, { ...config, cidr_block: UNKNOWN }), []);
  });

  it('reports missing required arguments, computed-only arguments, too many blocks and bad timeouts', () => {
    const diags = validateBlock(schema, { ...config, cidr_block: null, status: 'x', rule: [{ port: 1 }, { port: 2 }, { port: 3 }], timeouts: { create: 'soon' } });
    const byPath = diags.map((d) => JSON.stringify(d.attribute));
    assert.ok(byPath.includes('["cidr_block"]'));
    assert.ok(byPath.includes('["status"]'));
    assert.ok(byPath.includes('["rule"]'));
    assert.ok(byPath.includes('["timeouts","create"]'));
  });
});

describe('diagnostics', () => {
  it('formats API errors as "<type>: <Action> failed: <Code>" with the message and request id in the detail', () => {
    const err = Object.assign(new Error('CreateVpc failed: InvalidCidrBlock.Malformed: bad'), {
      action: 'CreateVpc',
      code: 'InvalidCidrBlock.Malformed',
      apiMessage: 'The specified CidrBlock is malformed.',
      requestId: 'R-1',
    });
    const d = errorToDiagnostic(err, 'alicloud_vpc', 'create');
    assert.equal(d.summary, 'alicloud_vpc: CreateVpc failed: InvalidCidrBlock.Malformed');
    assert.match(d.detail!, /The specified CidrBlock is malformed\./);
    assert.match(d.detail!, /R-1/);
  });

  it('turns AttributeError into a diagnostic with its path, and paths into tfplugin6 steps', () => {
    const d = errorToDiagnostic(new AttributeError(['tags', 'env'], 'bad tag', 'why'), 'alicloud_thing', 'create');
    assert.deepEqual(d.attribute, ['tags', 'env']);
    assert.deepEqual(pathToProto(['tags', 'env'], schema).steps, [{ attribute_name: 'tags' }, { element_key_string: 'env' }]);
    assert.deepEqual(pathToProto(['rule', 1, 'port'], schema).steps, [{ attribute_name: 'rule' }, { element_key_int: 1 }, { attribute_name: 'port' }]);
  });

  it('never lets a plain exception escape: it becomes an error diagnostic naming the operation', () => {
    const d = errorToDiagnostic(new TypeError('boom'), 'alicloud_thing', 'read');
    assert.equal(d.severity, 'error');
    assert.equal(d.summary, 'alicloud_thing: read failed (TypeError)');
    assert.equal(d.detail, 'boom');
  });
});
