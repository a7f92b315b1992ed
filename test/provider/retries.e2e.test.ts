/**
 * The provider's retries, driven through real Terraform against a sandbox whose fault rules make
 * the cloud misbehave: throttled and unavailable creates are retried with backoff and the same
 * ClientToken until the stack converges, a create that never stops being throttled gives up at
 * its `timeouts { create }` with a diagnostic that says so, and a non-retryable answer fails at
 * once. Prints the converged apply time with faults against the same apply without.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { ApiCallError, createApiClient, isDefaultRetryable } from '../../provider/client/api-client';
import { ok as rpcOk, rpc } from '../helpers/rpc';
import { createTerraformDir, ensureProviderBuilt, explain, ok, sandboxProviderBlock, type TerraformDir } from '../helpers/terraform';

const VPCS = 5;
const VSWITCHES_PER_VPC = 2;

/** 20 resources, each created by a Create* action: 5 VPCs, 10 VSwitches, 5 security groups. */
function twentyResources(url: string): string {
  let hcl = sandboxProviderBlock(url);
  for (let v = 0; v < VPCS; v++) {
    hcl += `
resource "alicloud_vpc" "v${v}" {
  vpc_name   = "retry-${v}"
  cidr_block = "10.${v}.0.0/16"
}

resource "alicloud_security_group" "g${v}" {
  vpc_id              = alicloud_vpc.v${v}.id
  security_group_name = "retry-${v}"
}
`;
    for (let s = 0; s < VSWITCHES_PER_VPC; s++) {
      hcl += `
resource "alicloud_vswitch" "v${v}s${s}" {
  vpc_id     = alicloud_vpc.v${v}.id
  cidr_block = "10.${v}.${s}.0/24"
  zone_id    = "cn-hangzhou-i"
}
`;
    }
  }
  return hcl;
}

async function setFaults(sandbox: Sandbox, rules: unknown[]): Promise<void> {
  await rpcOk(sandbox, 'vpc', 'SandboxSetFaults', { Faults: JSON.stringify(rules), RegionId: undefined });
}

async function faultHits(sandbox: Sandbox): Promise<number[]> {
  return (await rpcOk(sandbox, 'vpc', 'SandboxGetFaults', { RegionId: undefined })).Faults.map((f: any) => f.Hits);
}

async function sandboxIds(sandbox: Sandbox): Promise<{ vpcs: string[]; vswitches: string[]; groups: string[] }> {
  const vpcs = (await rpcOk(sandbox, 'vpc', 'DescribeVpcs', { PageSize: 50 })).Vpcs.Vpc.map((v: any) => v.VpcId);
  const vswitches = (await rpcOk(sandbox, 'vpc', 'DescribeVSwitches', { PageSize: 50 })).VSwitches.VSwitch.map((v: any) => v.VSwitchId);
  const groups = (await rpcOk(sandbox, 'ecs', 'DescribeSecurityGroups', { PageSize: 50 })).SecurityGroups.SecurityGroup.map((g: any) => g.SecurityGroupId);
  return { vpcs: vpcs.sort(), vswitches: vswitches.sort(), groups: groups.sort() };
}

function stateIds(tf: TerraformDir, type: string): string[] {
  return (tf.state()?.resources ?? [])
    .filter((r: any) => r.type === type && r.mode === 'managed')
    .flatMap((r: any) => r.instances.map((i: any) => i.attributes.id))
    .sort();
}

describe('provider retries against injected faults (real Terraform)', function () {
  this.timeout(600_000);
  let sandbox: Sandbox;

  before(async function () {
    this.timeout(300_000);
    ensureProviderBuilt();
    // A short async delay keeps the waiters honest without making the figures mostly waiting.
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, admin: true, log: () => {} });
  });
  after(() => sandbox?.close());
  afterEach(() => rpc(sandbox, 'vpc', 'SandboxClearFaults', { RegionId: undefined }));

  it('retries the default transient codes, *.Configuring included, and not the codes retrying cannot fix', () => {
    for (const code of ['Throttling.User', 'Throttling', 'ServiceUnavailable', 'OperationConflict', 'IncorrectStatus.Vpc', 'IncorrectVSwitchStatus', 'VpnGateway.Configuring', 'TaskConflict', 'SystemBusy', 'LastTokenProcessing']) {
      assert.ok(isDefaultRetryable(code), code);
    }
    for (const code of ['InvalidCidrBlock.Malformed', 'QuotaExceeded.Vpc', 'InvalidVpcId.NotFound', 'Forbidden', 'DependencyViolation.VSwitch']) {
      assert.ok(!isDefaultRetryable(code), code);
    }
  });

  it('converges an apply of 20 resources with 30% of Create* throttled and 10% unavailable, leaving no orphans and an empty plan', async () => {
    const faulted = createTerraformDir(twentyResources(sandbox.url), { prefix: 'tf-retries-' });
    const clean = createTerraformDir(twentyResources(sandbox.url), { prefix: 'tf-retries-clean-' });
    try {
      ok(await faulted.run('init', '-no-color', '-input=false'));
      ok(await clean.run('init', '-no-color', '-input=false'));
      // The rules are tried in order: the second sees the 70% the first let through, so 1/7 of
      // those is 10% of all Create* calls.
      await setFaults(sandbox, [
        { Action: 'Create*', Probability: 0.3, Code: 'Throttling.User' },
        { Action: 'Create*', Probability: 1 / 7, Code: 'ServiceUnavailable' },
      ]);
      const t0 = Date.now();
      const r = await faulted.run('apply', '-auto-approve', '-no-color', '-input=false', { timeoutMs: 300_000 });
      const withFaults = Date.now() - t0;
      assert.equal(r.code, 0, explain(r));
      const [throttled, unavailable] = await faultHits(sandbox);
      assert.ok(throttled + unavailable > 0, 'some creates were faulted (else the test proves nothing)');
      await rpcOk(sandbox, 'vpc', 'SandboxClearFaults', { RegionId: undefined });

      const ids = await sandboxIds(sandbox);
      assert.equal(ids.vpcs.length, VPCS);
      assert.equal(ids.vswitches.length, VPCS * VSWITCHES_PER_VPC);
      assert.equal(ids.groups.length, VPCS);
      // Exactly the declared objects: every one the sandbox holds is in the state, and back.
      assert.deepEqual(stateIds(faulted, 'alicloud_vpc'), ids.vpcs);
      assert.deepEqual(stateIds(faulted, 'alicloud_vswitch'), ids.vswitches);
      assert.deepEqual(stateIds(faulted, 'alicloud_security_group'), ids.groups);
      const plan = await faulted.run('plan', '-detailed-exitcode', '-no-color', '-input=false');
      assert.equal(plan.code, 0, `expected an empty plan:\n${explain(plan)}`);
      ok(await faulted.run('destroy', '-auto-approve', '-no-color', '-input=false'));
      assert.deepEqual(await sandboxIds(sandbox), { vpcs: [], vswitches: [], groups: [] });

      // The same apply with no faults, for the comparison.
      const t1 = Date.now();
      ok(await clean.run('apply', '-auto-approve', '-no-color', '-input=false'));
      const withoutFaults = Date.now() - t1;
      ok(await clean.run('destroy', '-auto-approve', '-no-color', '-input=false'));
      process.stdout.write(
        `      converged apply of 20 resources: ${(withFaults / 1000).toFixed(1)} s with faults (${throttled} Throttling.User, ${unavailable} ServiceUnavailable answers) vs ${(withoutFaults / 1000).toFixed(1)} s without\n`,
      );
    } finally {
      faulted.cleanup();
      clean.cleanup();
    }
  });

  it('fails within the create timeout when CreateVpc is always throttled, says why, and leaves nothing behind', async () => {
    const tf = createTerraformDir(
      `${sandboxProviderBlock(sandbox.url)}
resource "alicloud_vpc" "stuck" {
  vpc_name   = "always-throttled"
  cidr_block = "10.9.0.0/16"
  timeouts {
    create = "6s"
  }
}
`,
      { prefix: 'tf-retries-stuck-' },
    );
    try {
      ok(await tf.run('init', '-no-color', '-input=false'));
      const before = await sandboxIds(sandbox);
      await setFaults(sandbox, [{ Action: 'CreateVpc', Probability: 1, Code: 'Throttling.User' }]);
      const t0 = Date.now();
      const r = await tf.run('apply', '-auto-approve', '-no-color', '-input=false');
      const elapsed = Date.now() - t0;
      assert.notEqual(r.code, 0, explain(r));
      const text = r.stderr.replace(/\s+/g, ' ');
      assert.match(text, /alicloud_vpc/);
      assert.match(text, /CreateVpc returned Throttling\.User: Request was denied due to user flow control/);
      assert.match(text, /attempts over \d+(\.\d)? s with backoff; gave up because the next attempt would pass the operation's time limit of 6\.0 s/);
      // 6 s of retries plus Terraform's and the provider's start; far below the default 10 minutes.
      assert.ok(elapsed < 30_000, `apply took ${elapsed} ms`);
      const [hits] = await faultHits(sandbox);
      assert.ok(hits >= 4, `CreateVpc was retried (${hits} attempts)`);
      assert.deepEqual(await sandboxIds(sandbox), before, 'the sandbox holds nothing new');
      assert.deepEqual(stateIds(tf, 'alicloud_vpc'), [], 'nothing in the state either');
    } finally {
      tf.cleanup();
    }
  });

  it('fails at once, with one attempt, on a code that retrying cannot fix', async () => {
    // A zero-latency rule faults nothing but counts the calls it matches.
    await setFaults(sandbox, [{ Action: 'CreateVpc', LatencyMs: 0 }]);
    const client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    const t0 = Date.now();
    await assert.rejects(client.call('vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/33' }, { idempotent: true }), (err: unknown) => {
      assert.ok(err instanceof ApiCallError);
      assert.ok(!isDefaultRetryable(err.code), err.code);
      assert.doesNotMatch(err.message, /gave up/);
      return true;
    });
    assert.ok(Date.now() - t0 < 2000);
    assert.deepEqual(await faultHits(sandbox), [1]);
  });
});
