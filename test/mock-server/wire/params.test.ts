import { strict as assert } from 'node:assert';
import { boolean, csv, integer, jsonStringArray, list, objects, parseParams, required, string, tags } from '../../../mock-server/wire/params';

function raw(entries: Record<string, string>): Record<string, string> {
  return Object.assign(Object.create(null), entries);
}

describe('wire: parameter schemas', () => {
  const schema = {
    Name: required(string({ maxLength: 8 })),
    Size: integer({ min: 1, max: 10, default: 5 }),
    On: boolean(),
    Ids: jsonStringArray({ maxItems: 2 }),
    Zones: csv({ maxItems: 3 }),
    Item: list(integer(), { maxItems: 3 }),
    Rule: objects({ Port: required(integer()), Note: string() }, { maxItems: 2 }),
    Tag: tags(),
  };

  it('parses every kind into typed values, with defaults', () => {
    const p = parseParams(schema, raw({ Name: 'n', On: 'False', Ids: '["a"]', Zones: 'a, b,,c', 'Item.1': '4', 'Item.3': '6', 'Rule.1.Port': '22', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }));
    assert.deepEqual({ ...p }, { Name: 'n', Size: 5, On: false, Ids: ['a'], Zones: ['a', 'b', 'c'], Item: [4, 6], Rule: [{ Port: 22 }], Tag: [{ Key: 'k', Value: 'v' }] });
  });

  it('accepts the common signing parameters without declaring them', () => {
    assert.doesNotThrow(() => parseParams({ Name: string() }, raw({ Name: 'n', AccessKeyId: 'k', Signature: 's', SignatureNonce: 'x', Timestamp: 't', Format: 'JSON', Version: 'v', Action: 'a', OwnerId: '1' })));
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    ['a missing required parameter', {}, /"Name" that is mandatory/],
    ['an empty required parameter', { Name: '' }, /"Name" that is mandatory .* empty/],
    ['an unknown parameter', { Name: 'n', Nope: '1' }, /"Nope" is not supported/],
    ['a too-long string', { Name: 'x'.repeat(9) }, /too long/],
    ['an integer below the minimum', { Name: 'n', Size: '0' }, /from 1 to 10/],
    ['an integer with junk', { Name: 'n', Size: '5abc' }, /an integer/],
    ['a JSON array with too many items', { Name: 'n', Ids: '["a","b","c"]' }, /at most 2 strings/],
    ['a csv with too many items', { Name: 'n', Zones: 'a,b,c,d' }, /at most 3 values/],
    ['a repeated scalar with a sub-key', { Name: 'n', 'Item.1.X': '1' }, /not supported/],
    ['a repeated index of 0', { Name: 'n', 'Item.0': '1' }, /numbered Item\.1/],
    ['a repeated index above its maximum', { Name: 'n', 'Rule.3.Port': '1' }, /at most 2/],
    ['a repeated object missing a required field', { Name: 'n', 'Rule.1.Note': 'x' }, /Rule\.1\.Port/],
    ['a field the repeated object does not have', { Name: 'n', 'Rule.1.Port': '1', 'Rule.1.Other': 'x' }, /"Rule\.1\.Other" is not supported/],
  ];
  for (const [what, entries, message] of bad) {
    it(`refuses ${what}`, () => {
      assert.throws(() => parseParams(schema, raw(entries)), (e: Error & { code?: string }) => message.test(e.message) && /^(MissingParameter|InvalidParameter|UnsupportedParameter)$/.test(e.code!));
    });
  }
});
