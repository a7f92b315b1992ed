/** The tfplugin6 handlers called directly (no gRPC), with msgpack-encoded requests. */
import { strict as assert } from 'node:assert';
import { ProviderService } from '../../provider/protocol/provider-service';
import { decodeMsgpack, encodeMsgpack } from '../../provider/protocol/msgpack-codec';
import { blockToWire } from '../../provider/protocol/wire-type';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { UNKNOWN, isUnknown } from '../../provider/framework/types';
import type { ObjectValue, ResourceContext, ResourceDefinition } from '../../provider/framework/types';

const seen: { timeoutMs?: number } = {};
const widget: ResourceDefinition = {
  typeName: 'alicloud_widget',
  timeouts: { create: 120_000, delete: 60_000 },
  schema: {
    attributes: {
      name: { type: 'string', description: 'Name.', required: true },
      status: { type: 'string', description: 'Status.', computed: true },
    },
  },
  async create(ctx: ResourceContext, planned) {
    seen.timeoutMs = ctx.timeoutMs;
    if (planned.name === 'explode') throw new TypeError('kaboom');
    if (planned.name === 'api-error') {
      throw Object.assign(new Error('CreateWidget failed: QuotaExceeded.Widget: too many'), { code: 'QuotaExceeded.Widget', action: 'CreateWidget', apiMessage: 'too many', requestId: 'RID' });
    }
    return { ...planned, id: 'w-1', status: 'Ready' };
  },
  async read(_ctx, state) {
    return state.id === 'gone' ? null : { ...state, status: 'Ready' };
  },
  async delete() {
    /* nothing to clean up */
  },
  async importState(_ctx, id) {
    return { id, name: 'imported' };
  },
};
const schema = effectiveResourceSchema(widget);
const wire = blockToWire(schema);
const dv = (v: ObjectValue | null) => ({ msgpack: Buffer.from(encodeMsgpack(v, wire)) });
const val = (d: { msgpack: Buffer } | undefined) => decodeMsgpack(d?.msgpack, wire) as ObjectValue | null;

describe('tfplugin6 Provider handlers', () => {
  const svc = new ProviderService({
    resources: [widget],
    dataSources: [],
    createClient: () => ({ call: async () => ({}) }),
  });
  const h = svc.handlers();

  it('GetProviderSchema returns a block for every schema, JSON types with quotes, and the capabilities', async () => {
    const r = await h.GetProviderSchema({});
    assert.ok(r.provider.block);
    const attrs = r.resource_schemas.alicloud_widget.block.attributes;
    assert.deepEqual(attrs.map((a: any) => a.name), ['id', 'name', 'status']);
    assert.equal(attrs[1].type.toString(), '"string"');
    assert.equal(r.resource_schemas.alicloud_widget.block.block_types[0].type_name, 'timeouts');
    assert.deepEqual(r.server_capabilities, { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false });
  });

  it('sets ctx.timeoutMs from the timeouts block, else from the resource default', async () => {
    const planned: ObjectValue = { name: 'a', id: UNKNOWN, status: UNKNOWN, timeouts: { create: '30s', delete: null } };
    const r = await h.ApplyResourceChange({ type_name: 'alicloud_widget', prior_state: dv(null), planned_state: dv(planned), config: dv(planned) });
    assert.deepEqual(r.diagnostics, []);
    assert.equal(seen.timeoutMs, 30_000);
    assert.deepEqual(val(r.new_state), { id: 'w-1', name: 'a', status: 'Ready', timeouts: { create: '30s', delete: null } });
    await h.ApplyResourceChange({ type_name: 'alicloud_widget', prior_state: dv(null), planned_state: dv({ ...planned, timeouts: null }) });
    assert.equal(seen.timeoutMs, 120_000);
  });

  it('turns a thrown exception into an error diagnostic and a null state for a failed create', async () => {
    const planned: ObjectValue = { name: 'explode', id: UNKNOWN, status: UNKNOWN, timeouts: null };
    const r = await h.ApplyResourceChange({ type_name: 'alicloud_widget', prior_state: dv(null), planned_state: dv(planned) });
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].severity, 1);
    assert.equal(r.diagnostics[0].summary, 'alicloud_widget: create failed (TypeError)');
    assert.equal(val(r.new_state), null);
  });

  it('names the resource, the API action and the code for API errors', async () => {
    const planned: ObjectValue = { name: 'api-error', id: UNKNOWN, status: UNKNOWN, timeouts: null };
    const r = await h.ApplyResourceChange({ type_name: 'alicloud_widget', prior_state: dv(null), planned_state: dv(planned) });
    assert.equal(r.diagnostics[0].summary, 'alicloud_widget: CreateWidget failed: QuotaExceeded.Widget');
    assert.match(r.diagnostics[0].detail, /too many/);
  });

  it('plans unknown computed values on create and the prior state when nothing changed', async () => {
    const config = { name: 'a', id: null, status: null, timeouts: null };
    const create = await h.PlanResourceChange({ type_name: 'alicloud_widget', prior_state: dv(null), proposed_new_state: dv(config), config: dv(config) });
    const planned = val(create.planned_state)!;
    assert.ok(isUnknown(planned.id) && isUnknown(planned.status));
    const prior = { name: 'a', id: 'w-1', status: 'Ready', timeouts: null };
    const same = await h.PlanResourceChange({ type_name: 'alicloud_widget', prior_state: dv(prior), proposed_new_state: dv(prior), config: dv(config) });
    assert.deepEqual(Buffer.from(same.planned_state.msgpack), dv(prior).msgpack);
    assert.deepEqual(same.requires_replace, []);
  });

  it('upgrades raw_state.json to the current schema, filling missing keys with null', async () => {
    const r = await h.UpgradeResourceState({ type_name: 'alicloud_widget', version: 0, raw_state: { json: Buffer.from('{"id":"w-1","name":"a","legacy":1}') } });
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(val(r.upgraded_state), { id: 'w-1', name: 'a', status: null, timeouts: null });
  });

  it('imports exactly one object with type_name and a non-null state', async () => {
    const r = await h.ImportResourceState({ type_name: 'alicloud_widget', id: 'w-9' });
    assert.equal(r.imported_resources.length, 1);
    assert.equal(r.imported_resources[0].type_name, 'alicloud_widget');
    assert.deepEqual(val(r.imported_resources[0].state), { id: 'w-9', name: 'imported', status: null, timeouts: null });
  });

  it('returns a null state from ReadResource when the object is gone', async () => {
    const r = await h.ReadResource({ type_name: 'alicloud_widget', current_state: dv({ id: 'gone', name: 'a', status: 'Ready', timeouts: null }) });
    assert.equal(val(r.new_state), null);
  });

  it('answers unknown types, MoveResourceState, ephemeral resources and functions with diagnostics, not crashes', async () => {
    const unknown = await h.PlanResourceChange({ type_name: 'alicloud_nope' });
    assert.match(unknown.diagnostics[0].summary, /Unknown resource type "alicloud_nope"/);
    assert.equal((await h.MoveResourceState({ source_type_name: 'x', target_type_name: 'y' })).diagnostics.length, 1);
    assert.equal((await h.OpenEphemeralResource({ type_name: 'x' })).diagnostics.length, 1);
    assert.deepEqual(await h.GetFunctions({}), { functions: {}, diagnostics: [] });
    assert.match((await h.CallFunction({ name: 'f' })).error.text, /no function "f"/);
    assert.deepEqual(await h.StopProvider({}), { Error: '' });
  });
});
