import { strict as assert } from 'node:assert';
import { percentEncode } from '../../../mock-server/wire/signature';

// percentEncode skips its replace pass when no RFC 3986 extra character is present; both paths
// must match the plain definition.
describe('wire: percentEncode', () => {
  const reference = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  for (const value of ['', 'plain', 'a b/c=d&e', "it's (a) test!*", '*', 'ünïcødé ✓', '2026-01-02T15:04:05Z', "!'()*!'()*", 'x~y_z.-']) {
    it(`encodes ${JSON.stringify(value)} like the reference`, () => assert.equal(percentEncode(value), reference(value)));
  }
  it('encodes the RFC 3986 sub-delimiters that encodeURIComponent leaves alone', () => {
    assert.equal(percentEncode("!'()*"), '%21%27%28%29%2A');
  });
});
