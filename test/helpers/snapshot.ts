/**
 * File snapshots for synthesized JSON: `expectSnapshot(__dirname, 'name', value)` compares
 * JSON.stringify(value, null, 2) with <dir>/__snapshots__/<name>.json. Set UPDATE_SNAPSHOTS=1 to
 * (re)write them. A missing snapshot is written on first run, except under CI=1, where it fails.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function expectSnapshot(dir: string, name: string, value: unknown): void {
  const file = path.join(dir, '__snapshots__', `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const update = process.env.UPDATE_SNAPSHOTS === '1' || process.env.UPDATE_SNAPSHOTS === 'true';
  if (update || (!fs.existsSync(file) && !process.env.CI)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`snapshot ${path.relative(process.cwd(), file)} is missing; run the tests with UPDATE_SNAPSHOTS=1`);
  const expected = fs.readFileSync(file, 'utf8');
  assert.equal(text, expected, `snapshot ${name} differs; if the change is intended, rerun with UPDATE_SNAPSHOTS=1`);
}
