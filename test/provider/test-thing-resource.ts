/**
 * TEST ONLY: `alicloud_test_thing`, a resource kept in a local JSON file. The test entry point
 * test-provider-main.ts registers it when ALICLOUD_SANDBOX_TEST_RESOURCES names that file. It lets
 * the framework's lifecycle tests drive real Terraform (create, no-op, update, replace, import,
 * drift, destroy) without the sandbox endpoint. The shipped provider never contains it.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { enclosingBlock } from '../../network-rules/cidr';
import { AttributeError } from '../../provider/framework/types';
import type { ObjectValue, ResourceDefinition } from '../../provider/framework/types';

export const TEST_RESOURCES_ENV = 'ALICLOUD_SANDBOX_TEST_RESOURCES';

function load(file: string): Record<string, ObjectValue> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ObjectValue>;
  } catch {
    return {};
  }
}

function save(file: string, db: Record<string, ObjectValue>): void {
  fs.writeFileSync(file, JSON.stringify(db, null, 2));
}

/** The documented normalisation rule under test: a CIDR block's canonical form is its network address. */
function canonicalCidr(v: unknown): string {
  return enclosingBlock(String(v))?.text ?? String(v);
}

/** What the "API" stores: the canonical CIDR, the fingerprint of the name, and any requested quirk. */
function apiForm(o: ObjectValue): ObjectValue {
  const name = String(o.name);
  return {
    ...o,
    cidr_block: canonicalCidr(o.cidr_block),
    name: o.api_quirk === 'uppercase-name' ? name.toUpperCase() : name,
    fingerprint: `fp-${name.length}-${Buffer.from(name).toString('hex').slice(0, 16)}`,
  };
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

export function testThingResource(file: string): ResourceDefinition {
  const stored = (s: ObjectValue): ObjectValue => {
    // Only API-side fields live in the store; `id` and `timeouts` are the framework's.
    const { timeouts: _t, ...rest } = s;
    return rest;
  };
  return {
    typeName: 'alicloud_test_thing',
    timeouts: { create: 60_000, delete: 60_000 },
    schema: {
      description: 'Test-only resource stored in a local file.',
      attributes: {
        name: { type: 'string', description: 'Name; updatable in place.', required: true },
        cidr_block: {
          type: 'string',
          description: 'CIDR; changing it replaces the thing. The "API" stores the network address of a block written with host bits, as ECS does for SourceCidrIp.',
          required: true,
          forceNew: true,
          normalize: canonicalCidr,
          validators: [(v) => (CIDR_RE.test(String(v)) ? undefined : `"${v}" is not a CIDR block; write it like 10.0.0.0/16`)],
        },
        description: { type: 'string', description: 'Optional+computed with a default.', optional: true, computed: true, default: 'managed by terraform' },
        ratio: { type: 'number', description: 'A decimal number, to prove exact round trips.', optional: true },
        tags: { type: ['map', 'string'], description: 'Tags.', optional: true },
        labels: { type: ['set', 'string'], description: 'Labels.', optional: true },
        status: { type: 'string', description: 'Computed; changes on update.', computed: true },
        create_time: { type: 'string', description: 'Computed once.', computed: true, useStateForUnknown: true },
        fail_on_update: { type: 'bool', description: 'Makes update throw an API-style error.', optional: true },
        fail_after_rename: { type: 'bool', description: 'Makes update rename the thing, then fail before its other changes (a partly applied update).', optional: true },
        api_quirk: { type: 'string', description: 'Makes the "API" misbehave: "uppercase-name" stores the name upper-cased (a value that differs from the plan).', optional: true },
        fingerprint: { type: 'string', description: 'Computed from the name: a rename changes it, nothing else does.', computed: true, useStateForUnknown: true, changesWith: ['name'] },
      },
      blocks: {
        rule: {
          nesting: 'list',
          block: { attributes: { port: { type: 'number', description: 'Port.', required: true } } },
        },
      },
    },
    async create(ctx, planned) {
      const db = load(file);
      const id = `thing-${randomBytes(4).toString('hex')}`;
      db[id] = stored(apiForm({ ...planned, id, status: 'Available', create_time: new Date().toISOString() }));
      save(file, db);
      ctx.log('info', 'created test thing', { id, timeoutMs: ctx.timeoutMs });
      return { ...db[id], id };
    },
    async read(_ctx, state) {
      const obj = load(file)[String(state.id)];
      return obj ? { ...obj, id: state.id } : null;
    },
    async update(_ctx, prior, planned) {
      if (planned.fail_on_update === true) {
        throw Object.assign(new Error('ModifyThing failed: Forbidden.Test: the thing refuses updates'), {
          code: 'Forbidden.Test',
          apiMessage: 'the thing refuses updates',
          action: 'ModifyThing',
          requestId: 'REQ-TEST',
        });
      }
      const db = load(file);
      const id = String(prior.id);
      if (!db[id]) throw new AttributeError(['id'], 'thing vanished during update', `no thing ${id} in ${file}`);
      if (planned.fail_after_rename === true) {
        db[id] = stored(apiForm({ ...db[id], name: planned.name, status: 'Updated' }));
        save(file, db);
        throw Object.assign(new Error('ModifyThingAttribute failed: Forbidden.Test: the rename went through, the other changes were refused'), {
          code: 'Forbidden.Test',
          apiMessage: 'the rename went through, the other changes were refused',
          action: 'ModifyThingAttribute',
          requestId: 'REQ-TEST-PARTIAL',
        });
      }
      db[id] = stored(apiForm({ ...planned, id, status: 'Updated', create_time: prior.create_time }));
      save(file, db);
      return { ...db[id], id };
    },
    async delete(_ctx, state) {
      const db = load(file);
      delete db[String(state.id)];
      save(file, db);
    },
    async importState(_ctx, id) {
      if (!load(file)[id]) throw new Error(`no thing with id "${id}"; use the id printed by terraform state show`);
      return { id };
    },
  };
}
