/**
 * The hashicorp/random test stand-in, attached through TF_REATTACH_PROVIDERS, behaves as the real
 * provider's plans do: values unknown until apply, stable afterwards, a keepers change replaces.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serveRandomProvider, type RandomProvider } from './serve';

describe('hashicorp/random test stand-in, attached to real Terraform', function () {
  this.timeout(120_000);
  let random: RandomProvider;
  let dir: string;

  // Asynchronous on purpose: the provider answers from this very process.
  const tf = (...args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'none.rc'), TF_REATTACH_PROVIDERS: JSON.stringify(random.reattach) };
      const child = spawn('terraform', [...args, '-no-color'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });
  const hcl = (keeper: string) => `
terraform {
  required_providers {
    random = { source = "hashicorp/random", version = ">= 3.0" }
  }
}
resource "random_uuid" "u" {
  keepers = { k = "${keeper}" }
}
resource "random_integer" "i" {
  min = 10000
  max = 99999
}
resource "random_id" "b" {
  byte_length = 4
}
output "u" { value = random_uuid.u.result }
output "i" { value = random_integer.i.result }
output "hex" { value = random_id.b.hex }
`;

  before(async () => {
    random = await serveRandomProvider();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'random-standin-'));
    fs.writeFileSync(path.join(dir, 'main.tf'), hcl('one'));
    fs.writeFileSync(path.join(dir, 'none.rc'), '');
  });
  after(async () => {
    await random?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('installs nothing, applies known values, plans empty, and replaces only what keepers change', async () => {
    const init = await tf('init', '-input=false');
    assert.equal(init.code, 0, init.out);
    const plan = await tf('plan', '-input=false');
    assert.match(plan.out, /result\s+= \(known after apply\)/, plan.out);
    const apply = await tf('apply', '-auto-approve', '-input=false');
    assert.equal(apply.code, 0, apply.out);
    const out = JSON.parse((await tf('output', '-json')).out);
    assert.match(out.u.value, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(out.i.value >= 10000 && out.i.value <= 99999, String(out.i.value));
    assert.match(out.hex.value, /^[0-9a-f]{8}$/);
    assert.equal((await tf('plan', '-detailed-exitcode', '-input=false')).code, 0, 'the second plan is not empty');

    fs.writeFileSync(path.join(dir, 'main.tf'), hcl('two'));
    const replan = await tf('plan', '-input=false');
    assert.match(replan.out, /random_uuid\.u must be replaced/, replan.out);
    assert.match(replan.out, /Plan: 1 to add, 0 to change, 1 to destroy/, replan.out);
    assert.equal((await tf('apply', '-auto-approve', '-input=false')).code, 0);
    const after = JSON.parse((await tf('output', '-json')).out);
    assert.notEqual(after.u.value, out.u.value, 'a keepers change must give a new UUID');
    assert.equal(after.i.value, out.i.value, 'untouched resources keep their values');
  });
});
