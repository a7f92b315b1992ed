import { strict as assert } from 'node:assert';
import { Decoder, Encoder, ExtData } from '@msgpack/msgpack';
import { decodeMsgpack, decodeRawRefinements, encodeMsgpack } from '../../provider/protocol/msgpack-codec';
import { decodeJson, parseJsonKeepingNumbers } from '../../provider/protocol/json-codec';
import { attrTypeToWire, blockToWire } from '../../provider/protocol/wire-type';
import { UNKNOWN, isUnknown } from '../../provider/framework/types';
import type { BlockSchema } from '../../provider/framework/types';

const raw = new Decoder({ useBigInt64: true });
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const schema: BlockSchema = {
  attributes: {
    name: { type: 'string', description: '', required: true },
    count: { type: 'number', description: '', optional: true },
    enabled: { type: 'bool', description: '', optional: true },
    tags: { type: ['map', 'string'], description: '', optional: true },
    ports: { type: ['list', 'number'], description: '', optional: true },
    labels: { type: ['set', 'string'], description: '', optional: true },
    owner: { type: ['object', { name: 'string', age: 'number' }], description: '', optional: true },
  },
  blocks: {
    single: { nesting: 'single', block: { attributes: { a: { type: 'string', description: '', optional: true } } } },
    group: { nesting: 'group', block: { attributes: { b: { type: 'string', description: '', optional: true } } } },
    items: { nesting: 'list', block: { attributes: { port: { type: 'number', description: '', required: true } } } },
    rules: { nesting: 'set', block: { attributes: { cidr: { type: 'string', description: '', required: true } } } },
    named: { nesting: 'map', block: { attributes: { v: { type: 'string', description: '', optional: true } } } },
  },
};
const wire = blockToWire(schema);

describe('msgpack DynamicValue codec', () => {
  it('encodes an object with every schema key present, sorted, even when the value omits some', () => {
    const bytes = encodeMsgpack({ name: 'x' }, wire);
    const obj = raw.decode(bytes) as Record<string, unknown>;
    assert.deepEqual(Object.keys(obj), ['count', 'enabled', 'group', 'items', 'labels', 'name', 'named', 'owner', 'ports', 'rules', 'single', 'tags']);
    assert.equal(obj.name, 'x');
    assert.equal(obj.single, null);
    assert.deepEqual(obj.items, [], 'list blocks are empty lists, never null');
    assert.deepEqual(obj.rules, [], 'set blocks are empty sets, never null');
    assert.deepEqual(obj.named, {}, 'map blocks are empty maps, never null');
    assert.deepEqual(obj.group, { b: null }, 'group blocks are never null');
  });

  it('round-trips strings, numbers, bools, lists, sets, maps, objects and nested blocks', () => {
    const value = {
      name: 'vpc',
      count: 3,
      enabled: true,
      tags: { env: 'dev', team: 'net' },
      ports: [22, 443],
      labels: ['a', 'b'],
      owner: { name: 'ops', age: 7 },
      single: { a: 'one' },
      group: { b: 'two' },
      items: [{ port: 80 }, { port: 8080 }],
      rules: [{ cidr: '10.0.0.0/8' }],
      named: { k: { v: 'x' } },
    };
    assert.deepEqual(decodeMsgpack(encodeMsgpack(value, wire), wire), value);
  });

  it('encodes null as nil and unknown as ext 0 with a single zero byte (d4 00 00)', () => {
    const t = attrTypeToWire('string');
    assert.equal(hex(encodeMsgpack(null, t)), 'c0');
    assert.equal(hex(encodeMsgpack(UNKNOWN, t)), 'd40000');
    const decoded = decodeMsgpack(Buffer.from('d40000', 'hex'), t);
    assert.ok(isUnknown(decoded));
  });

  it('decodes a refined unknown (ext 12) as UNKNOWN and reads its refinements', () => {
    // ext 12 whose payload is the map {1: true, 2: "10."}: not null, string prefix "10."
    // Terraform writes integer keys, which a JS object cannot express, so spell the bytes out.
    const payload = Buffer.from('8201c302a331302e', 'hex');
    const bytes = new Encoder().encode(new ExtData(12, payload));
    assert.ok(isUnknown(decodeMsgpack(bytes, attrTypeToWire('string'))));
    assert.deepEqual(decodeRawRefinements(bytes), { notNull: true, stringPrefix: '10.' });
    // Inside an object, too.
    const obj = new Encoder().encode({ name: new ExtData(12, payload) });
    const decoded = decodeMsgpack(obj, wire) as Record<string, unknown>;
    assert.ok(isUnknown(decoded.name));
  });

  it('treats any ext of length 1 or less as a plain unknown and never sends ext 12', () => {
    const bytes = new Encoder().encode(new ExtData(12, new Uint8Array(0)));
    assert.ok(isUnknown(decodeMsgpack(bytes, attrTypeToWire('number'))));
    const out = raw.decode(encodeMsgpack({ name: UNKNOWN, tags: UNKNOWN } as never, wire)) as Record<string, unknown>;
    for (const key of ['name', 'tags']) {
      const ext = out[key] as ExtData;
      assert.ok(ext instanceof ExtData);
      assert.equal(ext.type, 0, 'unknowns go out as ext 0, never as ext 12');
    }
  });

  it('keeps integers as ints and exact doubles as float64', () => {
    const t = attrTypeToWire('number');
    assert.equal(hex(encodeMsgpack(42, t)), '2a');
    assert.equal(raw.decode(encodeMsgpack(0.5, t)), 0.5);
    assert.equal(hex(encodeMsgpack(0.5, t)).slice(0, 2), 'cb', '0.5 is exact in float64, so it goes as a double');
  });

  it('sends numbers that are not exact in float64 as decimal strings, so 0.1 round-trips exactly', () => {
    const t = attrTypeToWire('number');
    // Terraform sends 0.1 as the string "0.1" (it is not exact in float64).
    const decoded = decodeMsgpack(new Encoder().encode('0.1'), t);
    assert.equal(decoded, 0.1);
    assert.equal(raw.decode(encodeMsgpack(decoded, t)), '0.1');
    assert.equal(raw.decode(encodeMsgpack(0.3, t)), '0.3');
    assert.equal(raw.decode(encodeMsgpack(-2.675, t)), '-2.675');
  });

  it('keeps numbers with more precision than float64 as their decimal text', () => {
    const t = attrTypeToWire('number');
    const big = '123456789012345678901234567890';
    assert.equal(decodeMsgpack(new Encoder().encode(big), t), big);
    assert.equal(raw.decode(encodeMsgpack(big, t)), big);
    const precise = '0.12345678901234567890123';
    assert.equal(decodeMsgpack(new Encoder().encode(precise), t), precise);
    // int64 beyond 2^53 arrives as a 64-bit int and is kept exact as text.
    const i64 = new Encoder({ useBigInt64: true }).encode(9007199254740993n);
    assert.equal(decodeMsgpack(i64, t), '9007199254740993');
  });

  it('encodes and decodes dynamic values as [type JSON, value]', () => {
    const t = attrTypeToWire('dynamic');
    const bytes = encodeMsgpack('hello', t);
    const arr = raw.decode(bytes) as [Uint8Array, unknown];
    assert.equal(Buffer.from(arr[0]).toString(), '"string"');
    assert.equal(arr[1], 'hello');
    assert.equal(decodeMsgpack(bytes, t), 'hello');
    const list = new Encoder().encode([Buffer.from('["list","number"]'), [1, 2]]);
    assert.deepEqual(decodeMsgpack(list, t), [1, 2]);
  });

  it('decodes an unset DynamicValue (no bytes) as null', () => {
    assert.equal(decodeMsgpack(Buffer.alloc(0), wire), null);
    assert.equal(decodeMsgpack(undefined, wire), null);
  });

  it('names the attribute path when a value has the wrong type', () => {
    assert.throws(() => encodeMsgpack({ name: 'x', ports: ['nope'] } as never, wire), /ports\[0\]: expected a number/);
    assert.throws(() => decodeMsgpack(new Encoder().encode({ name: 5 }), wire), /name: expected a string/);
  });

  it('decodes raw_state.json into the current schema: unknown keys dropped, missing keys null, numbers exact', () => {
    const json = '{"name":"v","count":0.1,"big":1,"ports":[1,2],"tags":{"a":"b"},"items":null,"owner":{"name":"x","age":12345678901234567890}}';
    const v = decodeJson(json, wire) as Record<string, unknown>;
    assert.equal(v.name, 'v');
    assert.equal(v.count, 0.1);
    assert.ok(!('big' in v));
    assert.deepEqual(v.ports, [1, 2]);
    assert.deepEqual(v.items, []);
    assert.equal(v.enabled, null);
    assert.deepEqual(v.owner, { name: 'x', age: '12345678901234567890' });
    assert.deepEqual(v.group, { b: null });
  });

  it('parses JSON with escapes and keeps number text', () => {
    const v = parseJsonKeepingNumbers('{"a":"x\\"y\\u00e9","n":[1e400,-0.0]}') as any;
    assert.equal(v.a, 'x"yé');
    assert.equal(v.n[0].text, '1e400');
    assert.throws(() => parseJsonKeepingNumbers('{"a":}'), /invalid JSON/);
  });
});
