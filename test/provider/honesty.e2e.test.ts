/**
 * The provider never hides a disagreement between the plan and the API, driven through real
 * Terraform:
 * - a value the API returns that differs from a known planned value reaches Terraform, which
 *   reports "Provider produced inconsistent result after apply";
 * - a value that differs only by an attribute's documented normalisation rule (a CIDR block's
 *   network address) keeps the configured spelling, at apply and on every refresh;
 * - a computed value that an update changes is "(known after apply)" in the plan of that update,
 *   and stays known in the plans of updates that leave it alone;
 * - a failed update leaves the state as the API holds it after the part that was applied.
 * The first three use the test-only `alicloud_test_thing`; the last is also checked on a real
 * resource, a VSwitch whose tag update is throttled by the sandbox's fault injection.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { ok as rpcOk, rpc } from '../helpers/rpc';
import {
  createTerraformDir,
  ensureProviderBuilt,
  ensureTestProviderBuilt,
  explain,
  flex,
  ok,
  sandboxProviderBlock,
  TEST_TERRAFORM_RC,
  type TerraformDir,
} from '../helpers/terraform';

const PROVIDER_ONLY = `
provider "alicloud" {
  endpoint = "http://127.0.0.1:1"
  region   = "cn-hangzhou"
}
`;

function thing(args: Record<string, string | boolean>): string {
  const lines = Object.entries(args).map(([k, v]) => `  ${k} = ${typeof v === 'string' ? JSON.stringify(v) : v}`);
  return `${PROVIDER_ONLY}
resource "alicloud_test_thing" "t" {
${lines.join('\n')}
}
`;
}

describe('an honest provider (real Terraform)', function () {
  this.timeout(180_000);
  let tf: TerraformDir;
  let env: Record<string, string>;
  let store: string;

  const run = (...args: string[]) => tf.run(...args, '-no-color', '-input=false', { env });
  const apply = () => run('apply', '-auto-approve');
  const attrs = () => tf.state().resources.find((r: any) => r.type === 'alicloud_test_thing').instances[0].attributes;
  const stored = () => Object.values(JSON.parse(fs.readFileSync(store, 'utf8')))[0] as any;
  /** The planned change of the thing, from `terraform show -json` of a saved plan. */
  const plannedChange = async () => {
    ok(await run('plan', '-out=tfplan'));
    const shown = ok(await tf.run('show', '-json', 'tfplan', { env }));
    return JSON.parse(shown.stdout).resource_changes.find((c: any) => c.type === 'alicloud_test_thing').change;
  };

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    await ensureTestProviderBuilt();
  });

  beforeEach(async () => {
    tf = createTerraformDir(thing({ name: 'one', cidr_block: '10.0.0.0/16' }), { prefix: 'tf-honesty-' });
    store = path.join(tf.dir, 'things.json');
    env = { ALICLOUD_SANDBOX_TEST_RESOURCES: store, TF_CLI_CONFIG_FILE: TEST_TERRAFORM_RC };
    ok(await run('init'));
  });
  afterEach(() => tf.cleanup());

  it('lets Terraform report a value the API changed as "Provider produced inconsistent result after apply"', async () => {
    tf.writeConfig(thing({ name: 'quiet', cidr_block: '10.0.0.0/16', api_quirk: 'uppercase-name' }));
    const r = await apply();
    assert.notEqual(r.code, 0, explain(r));
    assert.match(r.stderr, flex('Provider produced inconsistent result after apply'));
    assert.match(r.stderr, /\.name: was cty\.StringVal\("quiet"\), but now\s+cty\.StringVal\("QUIET"\)/);
    assert.equal(stored().name, 'QUIET', 'the API really holds the other value');
  });

  it('keeps the configured spelling of a CIDR block the API stores by its network address, at apply and on refresh', async () => {
    tf.writeConfig(thing({ name: 'one', cidr_block: '10.0.0.5/16' }));
    ok(await apply());
    assert.equal(stored().cidr_block, '10.0.0.0/16', 'the API keeps the canonical form');
    assert.equal(attrs().cidr_block, '10.0.0.5/16', 'the state keeps what the configuration says');
    const plan = await run('plan', '-detailed-exitcode');
    assert.equal(plan.code, 0, `a refresh must not turn the canonical form into a diff:\n${explain(plan)}`);
    // A real difference is not normalised away: another network on refresh is drift.
    const db = JSON.parse(fs.readFileSync(store, 'utf8'));
    for (const id of Object.keys(db)) db[id].cidr_block = '10.1.0.0/16';
    fs.writeFileSync(store, JSON.stringify(db));
    const drift = await run('plan', '-detailed-exitcode');
    assert.equal(drift.code, 2, explain(drift));
    assert.match(drift.stdout, /must be replaced/);
  });

  it('plans a computed value that an update changes as unknown, and keeps it known when the update leaves it alone', async () => {
    tf.writeConfig(thing({ name: 'one', cidr_block: '10.0.0.0/16', description: 'first' }));
    ok(await apply());
    const before = attrs().fingerprint;
    assert.match(before, /^fp-3-/);

    tf.writeConfig(thing({ name: 'one', cidr_block: '10.0.0.0/16', description: 'second' }));
    const keep = await plannedChange();
    assert.deepEqual(keep.actions, ['update']);
    assert.equal(keep.after.fingerprint, before, 'a description change leaves the fingerprint known');
    assert.notEqual(keep.after_unknown.fingerprint, true);
    ok(await apply());
    assert.equal(attrs().fingerprint, before);

    tf.writeConfig(thing({ name: 'renamed', cidr_block: '10.0.0.0/16', description: 'second' }));
    const rename = await plannedChange();
    assert.deepEqual(rename.actions, ['update']);
    assert.equal(rename.after_unknown.fingerprint, true, 'a rename changes the fingerprint: (known after apply)');
    ok(await apply());
    assert.match(attrs().fingerprint, /^fp-7-/);
    assert.equal((await run('plan', '-detailed-exitcode')).code, 0);
  });

  it('returns the state as the API holds it after a partly applied update, with the error', async () => {
    ok(await apply());
    tf.writeConfig(thing({ name: 'two', cidr_block: '10.0.0.0/16', description: 'changed', fail_after_rename: true }));
    const r = await apply();
    assert.notEqual(r.code, 0, explain(r));
    assert.match(r.stderr, /ModifyThingAttribute failed: Forbidden\.Test/);
    assert.equal(attrs().name, 'two', 'the rename that went through is in the state');
    assert.equal(attrs().description, 'managed by terraform', 'the refused change is not');
    assert.equal(attrs().fail_after_rename, null, 'arguments come from the API read, not the plan');
    tf.writeConfig(thing({ name: 'two', cidr_block: '10.0.0.0/16', description: 'changed' }));
    const change = await plannedChange();
    assert.deepEqual(change.actions, ['update']);
    assert.equal(change.before.name, 'two');
    assert.equal(change.before.description, 'managed by terraform');
  });
});

describe('an honest provider on a real resource (sandbox fault injection)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let tf: TerraformDir;

  before(async function () {
    this.timeout(240_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, admin: true, log: () => {} });
  });
  after(async () => {
    tf?.cleanup();
    await sandbox?.close();
  });

  const stack = (name: string, tags: string) => `${sandboxProviderBlock(sandbox.url)}
resource "alicloud_vpc" "v" {
  cidr_block = "10.30.0.0/16"
}

resource "alicloud_vswitch" "s" {
  vpc_id       = alicloud_vpc.v.id
  cidr_block   = "10.30.1.0/24"
  zone_id      = "cn-hangzhou-i"
  vswitch_name = "${name}"
  tags         = ${tags}
  timeouts {
    update = "3s"
  }
}
`;

  it('keeps the new VSwitch name in the state when the tag call of the same update keeps failing', async () => {
    tf = createTerraformDir(stack('before', '{ env = "a" }'), { prefix: 'tf-honesty-sandbox-' });
    ok(await tf.run('init', '-no-color'));
    ok(await tf.run('apply', '-auto-approve', '-no-color'));
    await rpcOk(sandbox, 'vpc', 'SandboxSetFaults', {
      RegionId: undefined,
      Faults: JSON.stringify([{ Action: 'TagResources', Product: 'vpc', Code: 'Throttling.User' }]),
    });
    try {
      tf.writeConfig(stack('after', '{ env = "b" }'));
      const r = await tf.run('apply', '-auto-approve', '-no-color');
      assert.notEqual(r.code, 0, explain(r));
      assert.match(r.stderr, /Throttling\.User/);
    } finally {
      await rpc(sandbox, 'vpc', 'SandboxClearFaults', { RegionId: undefined });
    }
    const vsw = tf.state().resources.find((x: any) => x.type === 'alicloud_vswitch').instances[0].attributes;
    const api = (await rpcOk(sandbox, 'vpc', 'DescribeVSwitches', { VSwitchId: vsw.id })).VSwitches.VSwitch[0];
    assert.equal(api.VSwitchName, 'after', 'the rename went through');
    assert.equal(vsw.vswitch_name, 'after', 'and the state says so');
    assert.deepEqual(vsw.tags, { env: 'a' }, 'the tags that were not changed stay as the API has them');
    const plan = await tf.run('plan', '-detailed-exitcode', '-no-color');
    assert.equal(plan.code, 2);
    assert.match(plan.stdout, /"env" = "a" -> "b"/);
    assert.doesNotMatch(plan.stdout, /vswitch_name/);
    ok(await tf.run('apply', '-auto-approve', '-no-color'));
    ok(await tf.run('destroy', '-auto-approve', '-no-color'));
  });
});
