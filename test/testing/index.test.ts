/**
 * alicloud-sandbox/testing's entry point: it names every export of the helper modules (a plain
 * list, for Node's ESM-from-CommonJS export detection), and loads from ES modules and CommonJS.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as index from '../../testing';
import * as deployModule from '../../testing/deploy';
import * as sandboxModule from '../../testing/sandbox';
import * as synthModule from '../../testing/synth';
import * as terraformRun from '../../testing/terraform-run';

const FIXTURES = path.join(__dirname, 'fixtures');

function runNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: path.resolve(__dirname, '..', '..'), timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('testing: the alicloud-sandbox/testing entry point', function () {
  this.timeout(60_000);

  it('exports everything sandbox.ts, deploy.ts and synth.ts export, and TerraformError', () => {
    const missing = [
      ...Object.keys(sandboxModule).filter((k) => !(k in index)).map((k) => `sandbox.ts: ${k}`),
      ...Object.keys(deployModule).filter((k) => !(k in index)).map((k) => `deploy.ts: ${k}`),
      ...Object.keys(synthModule).filter((k) => !(k in index)).map((k) => `synth.ts: ${k}`),
    ];
    assert.deepEqual(missing, [], 'add these names to testing/index.ts');
    assert.equal(index.TerraformError, terraformRun.TerraformError);
  });

  it('loads with named imports from an ES module', async () => {
    const r = await runNode(['--import', 'tsx', path.join(FIXTURES, 'esm-consumer.mjs')]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { health: 200, deploy: 'function', TerraformError: 'function' });
  });

  it('loads with require() from CommonJS', async () => {
    const r = await runNode(['--require', 'tsx/cjs', path.join(FIXTURES, 'cjs-consumer.cjs')]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { health: 200, deploy: 'function', TerraformError: 'function' });
  });
});
