/**
 * The examples app: every stack synthesizes, matches its stored snapshot, and passes
 * `terraform validate` with our provider; a network mistake stops `cdktf synth` before Terraform.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { buildApp, STACKS } from '../../examples/main';
import { PLACEMENTS } from '../../examples/move-instance';
import { runCdktf, stripAnsi } from '../../scripts/cdktf';
import { expectSnapshot } from '../helpers/snapshot';
import { ensureProviderBuilt, runTerraform } from '../helpers/terraform';
import { buildExample, EXAMPLE_STACKS } from './helpers';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

describe('the examples app', () => {
  it('has one stack per supported guide scenario', () => {
    const app = buildApp(Testing.app());
    const ids = app.node.children.map((c) => c.node.id).sort();
    assert.deepEqual(ids, [...STACKS].sort());
    assert.deepEqual([...EXAMPLE_STACKS].sort(), [...STACKS].sort());
  });

  for (const name of EXAMPLE_STACKS) {
    it(`synthesizes the ${name} stack as in its snapshot`, () => {
      expectSnapshot(__dirname, name, JSON.parse(Testing.synth(buildExample(name), true)));
    });
  }

  it('configures the provider endpoint from ALICLOUD_SANDBOX_ENDPOINT and a local backend per stack', () => {
    const json = JSON.parse(Testing.synth(buildExample('quickstart', { endpoint: 'http://127.0.0.1:9999', stateDir: '/tmp/states' })));
    assert.equal(json.provider.alicloud[0].endpoint, 'http://127.0.0.1:9999');
    assert.equal(json.terraform.backend.local.path, '/tmp/states/quickstart.tfstate');
  });

  it('moves the instance to the second VSwitch and a new private IP when the placement is "moved"', () => {
    const initial = JSON.parse(Testing.synth(buildExample('move-instance', { placement: 'initial' })));
    const moved = JSON.parse(Testing.synth(buildExample('move-instance', { placement: 'moved' })));
    const inst = (j: any) => Object.values<any>(j.resource.alicloud_instance)[0];
    assert.equal(inst(initial).private_ip, PLACEMENTS.initial.privateIp);
    assert.equal(inst(moved).private_ip, PLACEMENTS.moved.privateIp);
    assert.match(inst(initial).vswitch_id, /network_first_/);
    assert.match(inst(moved).vswitch_id, /network_second_/);
    // Same construct id, so Terraform updates the instance in place instead of replacing it.
    assert.deepEqual(Object.keys(initial.resource.alicloud_instance), Object.keys(moved.resource.alicloud_instance));
  });

  describe('terraform validate on each full synth', function () {
    this.timeout(120_000);
    before(function () {
      this.timeout(180_000);
      ensureProviderBuilt();
    });
    for (const name of EXAMPLE_STACKS) {
      it(`accepts the ${name} stack`, async () => {
        const outdir = Testing.fullSynth(buildExample(name));
        const dir = path.join(outdir, 'stacks', name);
        try {
          const init = await runTerraform(dir, ['init', '-backend=false', '-input=false', '-no-color']);
          assert.equal(init.code, 0, `terraform init failed:\n${init.stdout}\n${init.stderr}`);
          const validate = await runTerraform(dir, ['validate', '-json', '-no-color']);
          const result = JSON.parse(validate.stdout);
          assert.equal(result.valid, true, `terraform validate failed:\n${validate.stdout}\n${validate.stderr}`);
          assert.equal(result.error_count, 0);
        } finally {
          fs.rmSync(outdir, { recursive: true, force: true });
        }
      });
    }
  });

  it('stops `cdktf synth` on a network mistake, before anything reaches Terraform', async function () {
    this.timeout(120_000);
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-bad-app-'));
    try {
      // The app lives in the repo (so it resolves cdktf and the constructs) but is run from a
      // throwaway project whose cdktf.json points at it.
      fs.mkdirSync(path.join(REPO_ROOT, '.scratch'), { recursive: true });
      const app = path.join(REPO_ROOT, '.scratch', `bad-app-${process.pid}.ts`);
      fs.writeFileSync(
        app,
        `import { App, TerraformStack } from 'cdktf';
import { Network } from '../constructs';
const app = new App();
const stack = new TerraformStack(app, 'bad');
new Network(stack, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { outside: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.1.0.0/24' } } });
app.synth();
`,
      );
      try {
        fs.writeFileSync(path.join(project, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: `${process.execPath} ${require.resolve('tsx/cli')} ${app}`, terraformProviders: [], output: 'cdktf.out', sendCrashReports: 'false' }));
        const r = await runCdktf(['synth'], { cwd: project });
        const out = stripAnsi(r.output);
        assert.notEqual(r.code, 0, `cdktf synth succeeded:\n${out}`);
        assert.match(out, /\[bad\/net\/outside\] VSwitch "outside" cidr_block "10\.1\.0\.0\/24" is outside its VPC's block 10\.0\.0\.0\/16/);
        assert.ok(!fs.existsSync(path.join(project, 'cdktf.out', 'stacks', 'bad', 'cdk.tf.json')), 'a Terraform configuration was written');
      } finally {
        fs.rmSync(app, { force: true });
      }
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
