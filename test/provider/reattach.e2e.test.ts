/**
 * The provider served inside the test process (provider/serve-in-process.ts), with real Terraform
 * attached through TF_REATTACH_PROVIDERS: no provider process starts for plan or apply.
 *
 * To prove that, Terraform installs the provider from a copy of the mirror `npm run build:provider`
 * writes, whose launcher first writes a marker file and then runs the real one. The marker must stay
 * absent while TF_REATTACH_PROVIDERS is set, and appear as soon as it is not (the control, which
 * shows the marker would have caught a spawned provider).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { loadServices } from '../../provider/protocol/grpc-server';
import { serveProviderInProcess, PROVIDER_ADDRESS, type InProcessProvider } from '../../provider/serve-in-process';
import {
  createTerraformDir,
  ensureProviderBuilt,
  explain,
  launcherPath,
  REPO_ROOT,
  sandboxProviderBlock,
  type TerraformDir,
} from '../helpers/terraform';

/** A copy of the built mirror whose launcher leaves `marker` behind before running the provider. */
function markingMirror(root: string, marker: string): string {
  const real = launcherPath();
  const mirrorRoot = path.join(REPO_ROOT, 'provider', 'mirror');
  const copy = path.join(root, 'mirror', path.relative(mirrorRoot, real));
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.writeFileSync(copy, `#!/bin/sh\necho "$$" >> '${marker}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  const rc = path.join(root, 'terraform.rc');
  fs.writeFileSync(rc, `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(path.join(root, 'mirror'))}\n  }\n}\n`);
  return rc;
}

/** A VPC, 10 VSwitches, 3 security groups with 2 rules each: 20 resources. */
function twentyResources(url: string): string {
  const vswitches = Array.from(
    { length: 10 },
    (_, i) => `
resource "alicloud_vswitch" "s${i}" {
  vpc_id       = alicloud_vpc.main.id
  cidr_block   = "10.0.${i}.0/24"
  zone_id      = "cn-hangzhou-h"
  vswitch_name = "s${i}"
}`,
  ).join('\n');
  const groups = Array.from(
    { length: 3 },
    (_, i) => `
resource "alicloud_security_group" "g${i}" {
  vpc_id              = alicloud_vpc.main.id
  security_group_name = "g${i}"
}
resource "alicloud_security_group_rule" "g${i}_ssh" {
  security_group_id = alicloud_security_group.g${i}.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "10.0.0.0/8"
}
resource "alicloud_security_group_rule" "g${i}_https" {
  security_group_id = alicloud_security_group.g${i}.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "443/443"
  cidr_ip           = "0.0.0.0/0"
}`,
  ).join('\n');
  return `${sandboxProviderBlock(url)}
resource "alicloud_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  vpc_name   = "attached"
}
${vswitches}
${groups}
`;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('in-process provider attached through TF_REATTACH_PROVIDERS', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let provider: InProcessProvider;
  let api: ApiClient;
  let work: string;
  let marker: string;
  let rc: string;
  const dirs: TerraformDir[] = [];

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    sandbox = await startSandbox({ port: 0, log: () => {} });
    provider = await serveProviderInProcess({ extraAddresses: ['registry.terraform.io/hashicorp/alicloud', 'registry.terraform.io/aliyun/alicloud'] });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-reattach-'));
    marker = path.join(work, 'launcher-ran');
    rc = markingMirror(work, marker);
  });
  after(async () => {
    dirs.forEach((d) => d.cleanup());
    await provider?.stop();
    await sandbox?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('returns TF_REATTACH_PROVIDERS for each address: grpc, protocol 6, this pid, test mode, a plaintext address', () => {
    const parsed = JSON.parse(provider.reattachEnv);
    assert.deepEqual(Object.keys(parsed).sort(), [PROVIDER_ADDRESS, 'registry.terraform.io/aliyun/alicloud', 'registry.terraform.io/hashicorp/alicloud'].sort());
    const c = parsed[PROVIDER_ADDRESS];
    assert.deepEqual({ ...c, Addr: undefined }, { Protocol: 'grpc', ProtocolVersion: 6, Pid: process.pid, Test: true, Addr: undefined });
    assert.equal(c.Addr.Network, 'tcp');
    assert.match(c.Addr.String, /^127\.0\.0\.1:\d+$/);
    assert.deepEqual(provider.reattach, parsed);
  });

  it('applies and plans 20 resources with no provider process, and they exist in the sandbox', async () => {
    const tf = createTerraformDir(twentyResources(sandbox.url), { prefix: 'tf-reattach-' });
    dirs.push(tf);
    const base = { TF_CLI_CONFIG_FILE: rc };
    const attached = { ...base, TF_REATTACH_PROVIDERS: provider.reattachEnv };
    const init = await tf.run('init', '-no-color', { env: base });
    assert.equal(init.code, 0, explain(init));
    fs.rmSync(marker, { force: true }); // init installs; it does not run the provider

    const apply = await tf.run('apply', '-auto-approve', '-no-color', { env: attached });
    assert.equal(apply.code, 0, explain(apply));
    assert.match(apply.stdout, /Resources: 20 added, 0 changed, 0 destroyed/);
    const plan = await timed(() => tf.run('plan', '-no-color', '-detailed-exitcode', { env: attached }));
    assert.equal(plan.value.code, 0, explain(plan.value));
    assert.equal(fs.existsSync(marker), false, 'the mirror launcher ran although the provider was attached');

    const vpcId = tf.state().resources.find((r: any) => r.type === 'alicloud_vpc').instances[0].attributes.id;
    const vpcs = await api.call('vpc', 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: vpcId });
    assert.equal(vpcs.Vpcs.Vpc[0]?.VpcName, 'attached');
    const vsw = await api.call('vpc', 'DescribeVSwitches', { RegionId: 'cn-hangzhou', VpcId: vpcId, PageSize: 50 });
    assert.equal(vsw.TotalCount, 10);
    const sgs = await api.call('ecs', 'DescribeSecurityGroups', { RegionId: 'cn-hangzhou', VpcId: vpcId, PageSize: 50 });
    assert.equal(sgs.SecurityGroups.SecurityGroup.filter((g: any) => /^g\d$/.test(g.SecurityGroupName)).length, 3);

    // Timings of the same no-change plan, attached and spawned (the control: the marker appears).
    const attachedMs = [plan.ms];
    for (let i = 0; i < 2; i++) attachedMs.push((await timed(() => tf.run('plan', '-no-color', '-detailed-exitcode', { env: attached }))).ms);
    assert.equal(fs.existsSync(marker), false);
    const spawnedMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await timed(() => tf.run('plan', '-no-color', '-detailed-exitcode', { env: base }));
      assert.equal(r.value.code, 0, explain(r.value));
      spawnedMs.push(r.ms);
    }
    assert.ok(fs.existsSync(marker), 'the marker launcher never ran, so its absence above would prove nothing');
    console.log(
      `      no-change plan of 20 resources: attached ${median(attachedMs).toFixed(0)} ms, spawned ${median(spawnedMs).toFixed(0)} ms ` +
        `(medians of 3; attached ${attachedMs.map((x) => x.toFixed(0)).join('/')}, spawned ${spawnedMs.map((x) => x.toFixed(0)).join('/')})`,
    );

    const destroy = await tf.run('destroy', '-auto-approve', '-no-color', { env: attached });
    assert.equal(destroy.code, 0, explain(destroy));
    const after = await api.call('vpc', 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: vpcId });
    assert.equal(after.TotalCount, 0);
  });

  it('serves configurations written for the real provider under the extra addresses', async () => {
    const tf = createTerraformDir(`
terraform {
  required_providers {
    alicloud = { source = "hashicorp/alicloud" }
  }
}
${sandboxProviderBlock(sandbox.url)}
resource "alicloud_vpc" "real" {
  cidr_block = "192.168.0.0/16"
  vpc_name   = "written-for-hashicorp"
}
`);
    dirs.push(tf);
    // hashicorp/alicloud is in no mirror here: being attached, Terraform needs no installation.
    const env = { TF_CLI_CONFIG_FILE: rc, TF_REATTACH_PROVIDERS: provider.reattachEnv };
    const init = await tf.run('init', '-no-color', { env });
    assert.equal(init.code, 0, explain(init));
    const apply = await tf.run('apply', '-auto-approve', '-no-color', { env });
    assert.equal(apply.code, 0, explain(apply));
    const id = tf.state().resources[0].instances[0].attributes.id;
    const vpcs = await api.call('vpc', 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: id });
    assert.equal(vpcs.Vpcs.Vpc[0]?.VpcName, 'written-for-hashicorp');
    assert.equal((await tf.run('destroy', '-auto-approve', '-no-color', { env })).code, 0);
  });

  it('answers GRPCController.Shutdown without stopping: the test process and the server live on', async () => {
    const services = loadServices();
    const addr = provider.reattach[PROVIDER_ADDRESS].Addr.String;
    const Controller = grpc.makeGenericClientConstructor(services.controller as grpc.ServiceDefinition, 'Controller');
    const Provider = grpc.makeGenericClientConstructor(services.provider as grpc.ServiceDefinition, 'Provider');
    const controller = new Controller(addr, grpc.credentials.createInsecure()) as any;
    const client = new Provider(addr, grpc.credentials.createInsecure()) as any;
    try {
      await new Promise<void>((resolve, reject) => controller.Shutdown({}, (err: Error | null) => (err ? reject(err) : resolve())));
      await new Promise((r) => setTimeout(r, 100));
      const meta = await new Promise<any>((resolve, reject) => client.GetMetadata({}, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))));
      assert.ok(meta.resources.some((r: any) => r.type_name === 'alicloud_vpc'));
    } finally {
      controller.close();
      client.close();
    }
  });
});
