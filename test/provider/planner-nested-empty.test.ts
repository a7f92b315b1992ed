/**
 * The planner's SDKv2 rules inside nested blocks: a configured "" on an optional+computed string in
 * a block means "not set" (the API chooses on create; the prior value stays on update), and a block
 * the real schema marks Optional+Computed keeps its prior elements when the configuration leaves
 * it out. Both plans carry the legacy type system flag, without which Terraform refuses them.
 */
import { strict as assert } from 'node:assert';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { validateBlock } from '../../provider/framework/validate';
import { isUnknown } from '../../provider/framework/types';
import type { AttributeSchema, ObjectValue, ResourceDefinition } from '../../provider/framework/types';

const oc = (extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type: 'string', optional: true, computed: true, description: '', ...extra });

const def: ResourceDefinition = {
  typeName: 'alicloud_thing',
  schema: {
    attributes: { name: { type: 'string', optional: true, description: '' } },
    blocks: {
      ike: {
        nesting: 'list',
        maxItems: 1,
        computedWhenAbsent: true,
        block: {
          attributes: {
            version: oc({ emptyIsUnset: true, validators: [(v) => (v === 'ikev1' || v === 'ikev2' ? undefined : `"${v}" is not ikev1 or ikev2`)] }),
            psk: oc({ emptyIsUnset: true }),
            label: { type: 'string', optional: true, description: '' },
          },
        },
      },
      peer: { nesting: 'set', block: { attributes: { ip: { type: 'string', required: true, description: '' }, tag: oc() } } },
    },
  },
  create: async () => ({}),
  read: async () => null,
  delete: async () => undefined,
};
const schema = effectiveResourceSchema(def);

function cfg(ike: ObjectValue[] | null, peer: ObjectValue[] = []): ObjectValue {
  return { id: null, name: 'n', ike, peer, timeouts: null };
}

const prior: ObjectValue = {
  id: 'thing-1',
  name: 'n',
  ike: [{ version: 'ikev1', psk: 'Generated16Chars', label: null }],
  peer: [{ ip: '1.1.1.1', tag: 'api-tag' }],
  timeouts: null,
};

describe('planner: "" and absent blocks inside nested blocks (SDKv2 semantics)', () => {
  it('does not run an attribute\'s validators on "" inside a block when "" means not set', () => {
    const diags = validateBlock(schema, cfg([{ version: '', psk: '', label: null }]));
    assert.deepEqual(diags, []);
    const bad = validateBlock(schema, cfg([{ version: 'ikev3', psk: '', label: null }]));
    assert.equal(bad.length, 1);
    assert.deepEqual(bad[0].attribute, ['ike', 0, 'version']);
  });

  it('on create, plans a nested "" as unknown (the API chooses) and flags the legacy type system', () => {
    const config = cfg([{ version: '', psk: 'mine', label: null }]);
    const r = planResourceChange(schema, null, config, config, def);
    const ike = (r.planned!.ike as ObjectValue[])[0];
    assert.ok(isUnknown(ike.version));
    assert.equal(ike.psk, 'mine');
    assert.equal(r.legacyTypeSystem, true);
  });

  it('on update, a nested "" keeps the prior value, so an unchanged configuration plans exactly the prior state', () => {
    const config = cfg([{ version: '', psk: '', label: null }], [{ ip: '1.1.1.1', tag: null }]);
    const proposed: ObjectValue = { ...config, id: 'thing-1', peer: [{ ip: '1.1.1.1', tag: 'api-tag' }] };
    const r = planResourceChange(schema, prior, proposed, config, def);
    assert.deepEqual(r.planned, prior);
    assert.deepEqual(r.requiresReplace, []);
    assert.equal(r.legacyTypeSystem, true);
  });

  it('on update, a nested "" next to a real change keeps the prior value and sends only the change', () => {
    const config = cfg([{ version: 'ikev2', psk: '', label: null }], [{ ip: '1.1.1.1', tag: null }]);
    const proposed: ObjectValue = { ...config, id: 'thing-1', peer: [{ ip: '1.1.1.1', tag: 'api-tag' }] };
    const ike = (planResourceChange(schema, prior, proposed, config, def).planned!.ike as ObjectValue[])[0];
    assert.equal(ike.version, 'ikev2');
    assert.equal(ike.psk, 'Generated16Chars');
  });

  it('matches a set element with a nested "" to the prior element with the same other values', () => {
    const config = cfg(null, [{ ip: '1.1.1.1', tag: '' }]);
    const proposed: ObjectValue = { ...config, id: 'thing-1', ike: [] };
    const r = planResourceChange(schema, prior, proposed, config, def);
    assert.deepEqual(r.planned!.peer, [{ ip: '1.1.1.1', tag: 'api-tag' }]);
  });

  it('keeps the prior elements of an Optional+Computed block the configuration leaves out, and flags the plan', () => {
    const config = cfg([]);
    const proposed: ObjectValue = { ...config, id: 'thing-1', peer: prior.peer };
    const r = planResourceChange(schema, prior, proposed, { ...config, peer: [{ ip: '1.1.1.1', tag: null }] }, def);
    assert.deepEqual(r.planned, prior);
    assert.equal(r.legacyTypeSystem, true);
  });

  it('still plans the removal of a plain block the configuration leaves out', () => {
    const config = cfg([{ version: 'ikev1', psk: 'Generated16Chars', label: null }], []);
    const proposed: ObjectValue = { ...config, id: 'thing-1' };
    const r = planResourceChange(schema, prior, proposed, config, def);
    assert.deepEqual(r.planned!.peer, []);
    assert.equal(r.legacyTypeSystem, undefined);
  });
});
