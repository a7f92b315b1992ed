/** Shared by the construct tests: a stack with the provider, and synthesis the way `cdktf synth` runs it. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { provider } from '../../constructs';

export const ZONE_B = 'cn-hangzhou-b';
export const ZONE_G = 'cn-hangzhou-g';

export function stackWith(build: (stack: TerraformStack) => void): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new provider.AlicloudProvider(stack, 'alicloud', { endpoint: 'http://127.0.0.1:4590' });
  build(stack);
  return stack;
}

/** Synthesizes with validations on (as the CLI does) and returns the stack's Terraform JSON. */
export function fullSynthJson(build: (stack: TerraformStack) => void): any {
  const stack = stackWith(build);
  const outdir = Testing.fullSynth(stack);
  try {
    return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'test', 'cdk.tf.json'), 'utf8'));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Synthesizes with validations on and returns the error message; fails when synthesis succeeds. */
export function synthError(build: (stack: TerraformStack) => void): string {
  const stack = stackWith(build);
  try {
    Testing.fullSynth(stack);
  } catch (err) {
    return (err as Error).message;
  }
  assert.fail('synthesis succeeded, but a validation error was expected');
}

/** The message names the construct path, the value given, the rule and a fix. */
export function assertNames(message: string, parts: { path: string; value: string; rule: RegExp }): void {
  assert.ok(message.includes(`[${parts.path}]`) || message.includes(`${parts.path}: `), `no construct path ${parts.path} in:\n${message}`);
  assert.ok(message.includes(`"${parts.value}"`), `no value "${parts.value}" in:\n${message}`);
  assert.match(message, parts.rule);
  assert.match(message, /Fix: /);
}

/** The message of the error `build` throws while the constructs are built (before synthesis). */
export function constructionError(build: (stack: TerraformStack) => void): string {
  try {
    stackWith(build);
  } catch (err) {
    return (err as Error).message;
  }
  assert.fail('the constructs were built, but an error was expected');
}
