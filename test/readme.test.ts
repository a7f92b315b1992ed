/**
 * The README's code examples are files the test suite runs; this keeps the two from drifting apart.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('the README', () => {
  for (const file of ['test/testing/readme-example.test.ts', 'test/testing/readme-synth-example.test.ts']) {
    it(`shows ${file} exactly as the tests run it`, () => {
      const body = fs.readFileSync(path.join(root, file), 'utf8').trimEnd();
      assert.ok(readme.includes('```ts\n' + body + '\n```'), `README.md must contain ${file} verbatim in a ts code block; copy the file into the README`);
    });
  }

  it('links only to docs pages that exist', () => {
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) {
      assert.ok(fs.existsSync(path.join(root, target)), `README links to ${target}, which does not exist`);
    }
  });
});
