/**
 * The resources' CRUD functions against the real sandbox, without Terraform: fast checks that the
 * actions, parameters and response shapes we rely on match the endpoint, that waiters see the
 * asynchronous statuses through, and that every returned state holds every schema attribute.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { dataSources } from '../../provider/data-sources';
import { isUnknown, UNKNOWN, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';

function res(name: string): ResourceDefinition {
  return resources.find((r) => r.typeName === name)!;
}

/** A planned object as the framework would hand it over on create: config values, computed unknown. */
function plan(def: ResourceDefinition, config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.schema.attributes)) {
    if (config[name] !== undefined) out[name] = config[name];
    else if (a.default !== undefined) out[name] = a.default;
    else out[name] = a.computed ? UNKNOWN : null;
  }
  return out;
}

function assertComplete(def: ResourceDefinition, state: ObjectValue | null): asserts state is ObjectValue {
  assert.ok(state, `${def.typeName}: no state`);
  for (const name of Object.keys(def.schema.attributes)) {
    assert.ok(name in state, `${def.typeName}: state lacks "${name}"`);
    assert.ok(!isUnknown(state[name]), `${def.typeName}: "${name}" is still unknown`);
  }
}

/** Known planned values must come back unchanged (Terraform's apply consistency rule). */
function assertMatchesPlan(planned: ObjectValue, state: ObjectValue) {
  for (const [k, v] of Object.entries(planned)) {
    if (!isUnknown(v)) assert.deepEqual(state[k], v, `"${k}" changed from the plan`);
  }
}

describe('resources against the sandbox (no Terraform)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let ctx: ResourceContext;

  before(async () => {
    // A non-zero delay keeps creates Pending for a while, so the waiters must do their job.
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 150, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    ctx = {
      client,
      region: 'cn-hangzhou',
      stopped: new AbortController().signal,
      log: () => {},
      timeoutMs: 30_000,
      warn: () => {},
    };
  });
  after(async () => sandbox?.close());

  let vpc: ObjectValue;
  let vsw: ObjectValue;

  it('alicloud_vpc: create waits for Available, read, update, import', async () => {
    const def = res('alicloud_vpc');
    const planned = plan(def, { cidr_block: '10.10.0.0/16', vpc_name: 'e2e-vpc', description: null, tags: { env: 'test' } });
    vpc = await def.create(ctx, planned);
    assertComplete(def, vpc);
    assertMatchesPlan(planned, vpc);
    assert.equal(vpc.status, 'Available');
    assert.match(String(vpc.route_table_id), /^vtb-/);
    assert.match(String(vpc.router_id), /^vrt-/);
    assert.equal(vpc.description, null);

    const again = await def.read(ctx, vpc);
    assert.deepEqual(again, vpc);

    const updated = await def.update!(ctx, vpc, { ...vpc, vpc_name: 'renamed', description: 'now described', tags: { env: 'prod', team: 'net' } });
    assert.equal(updated.vpc_name, 'renamed');
    assert.equal(updated.description, 'now described');
    assert.deepEqual(updated.tags, { env: 'prod', team: 'net' });
    vpc = updated;

    const imported = await def.importState!(ctx, String(vpc.id));
    const read = await def.read(ctx, imported);
    assertComplete(def, read);
    assert.deepEqual(read, vpc);
  });

  it('alicloud_vswitch: create, update, out-of-band change shows as drift', async () => {
    const def = res('alicloud_vswitch');
    const planned = plan(def, { vpc_id: vpc.id, cidr_block: '10.10.1.0/24', zone_id: 'cn-hangzhou-h', vswitch_name: 'e2e-vsw' });
    vsw = await def.create(ctx, planned);
    assertComplete(def, vsw);
    assertMatchesPlan(planned, vsw);
    assert.equal(vsw.status, 'Available');
    assert.equal(vsw.tags, null);

    await client.call('vpc', 'ModifyVSwitchAttribute', { VSwitchId: String(vsw.id), VSwitchName: 'changed-out-of-band' });
    const drifted = await def.read(ctx, vsw);
    assert.equal(drifted!.vswitch_name, 'changed-out-of-band');
    vsw = await def.update!(ctx, drifted!, { ...drifted!, vswitch_name: 'e2e-vsw' });
    assert.equal(vsw.vswitch_name, 'e2e-vsw');
  });

  it('alicloud_zones lists the region\'s zones', async () => {
    const zones = await dataSources.find((d) => d.typeName === 'alicloud_zones')!.read(ctx, { available_resource_creation: 'VSwitch', enable_details: true });
    assert.ok((zones.ids as string[]).includes('cn-hangzhou-h'), JSON.stringify(zones.ids));
    const z = (zones.zones as ObjectValue[]).find((x) => x.id === 'cn-hangzhou-h')!;
    assert.ok((z.available_resource_creation as string[]).includes('VSwitch'));
    assert.ok(String(z.local_name).length > 0);
  });

  it('alicloud_vpcs and alicloud_vswitches list what exists', async () => {
    const vpcs = await dataSources.find((d) => d.typeName === 'alicloud_vpcs')!.read(ctx, { name_regex: '^renamed$' });
    assert.deepEqual(vpcs.ids, [vpc.id]);
    assert.equal((vpcs.vpcs as ObjectValue[])[0].route_table_id, vpc.route_table_id);
    const vsws = await dataSources.find((d) => d.typeName === 'alicloud_vswitches')!.read(ctx, { vpc_id: vpc.id });
    assert.deepEqual(vsws.ids, [vsw.id]);
    assert.equal((vsws.vswitches as ObjectValue[])[0].cidr_block, '10.10.1.0/24');
  });

  let sg: ObjectValue;
  let rule: ObjectValue;
  let vm: ObjectValue;
  let route: ObjectValue;

  it('alicloud_security_group: create, update, import', async () => {
    const def = res('alicloud_security_group');
    const planned = plan(def, { vpc_id: vpc.id, security_group_name: 'e2e-sg', tags: { a: 'b' } });
    sg = await def.create(ctx, planned);
    assertComplete(def, sg);
    assertMatchesPlan(planned, sg);
    assert.equal(sg.security_group_type, 'normal');
    assert.equal(sg.inner_access_policy, 'Accept');
    sg = await def.update!(ctx, sg, { ...sg, security_group_name: 'e2e-sg-2', description: 'described', tags: { c: 'd' }, inner_access_policy: 'Drop' });
    assert.equal(sg.inner_access_policy, 'Drop');
    assert.equal(sg.security_group_name, 'e2e-sg-2');
    assert.deepEqual(sg.tags, { c: 'd' });
    const read = await def.read(ctx, await def.importState!(ctx, String(sg.id)));
    assert.deepEqual(read, sg);
  });

  it('alicloud_security_group_rule: create, description update, import by the real ID format', async () => {
    const def = res('alicloud_security_group_rule');
    const planned = plan(def, { security_group_id: sg.id, type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '10.0.0.0/8', description: 'ssh' });
    rule = await def.create(ctx, planned);
    assertComplete(def, rule);
    assertMatchesPlan(planned, rule);
    assert.equal(rule.id, `${String(sg.id)}:ingress:tcp:22/22:intranet:10.0.0.0/8:accept:1`);
    assert.match(String(rule.security_group_rule_id), /^sgr-/);
    rule = await def.update!(ctx, rule, { ...rule, description: 'ssh from vpn' });
    assert.equal(rule.description, 'ssh from vpn');
    const read = await def.read(ctx, await def.importState!(ctx, String(rule.id)));
    assert.deepEqual(read, rule);

    const egress = await def.create(ctx, plan(def, { security_group_id: sg.id, type: 'egress', ip_protocol: 'all', cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 100 }));
    assert.equal(egress.id, `${String(sg.id)}:egress:all:-1/-1:intranet:0.0.0.0/0:drop:100`);
    const described = await def.update!(ctx, egress, { ...egress, description: 'block all egress' });
    assert.equal(described.description, 'block all egress');
    await def.delete(ctx, described);
    assert.equal(await def.read(ctx, egress), null);
  });

  it('alicloud_instance: launch waits for Running, private IP moves via stop/modify/start', async () => {
    const def = res('alicloud_instance');
    const planned = plan(def, {
      image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd',
      instance_type: 'ecs.g7.large',
      vswitch_id: vsw.id,
      security_groups: [sg.id],
      instance_name: 'vm-1',
      private_ip: '10.10.1.50',
    });
    vm = await def.create(ctx, planned);
    assertComplete(def, vm);
    assertMatchesPlan(planned, vm);
    assert.equal(vm.status, 'Running');
    assert.equal(vm.vpc_id, vpc.id);
    assert.equal(vm.availability_zone, 'cn-hangzhou-h');

    const next = { ...vm, private_ip: '10.10.1.60', instance_name: 'vm-2' };
    def.modifyPlan!({ config: next, prior: vm, planned: next, requiresReplace: [] });
    vm = await def.update!(ctx, vm, next);
    assert.equal(vm.private_ip, '10.10.1.60');
    assert.equal(vm.instance_name, 'vm-2');
    assert.equal(vm.status, 'Running');

    // Another VSwitch in the same zone, with no address configured: the new one is only known after the move.
    const vsw2 = await res('alicloud_vswitch').create(ctx, plan(res('alicloud_vswitch'), { vpc_id: vpc.id, cidr_block: '10.10.2.0/24', zone_id: 'cn-hangzhou-h' }));
    const config: ObjectValue = { ...vm, vswitch_id: vsw2.id, private_ip: null, vpc_id: null };
    const moved: ObjectValue = { ...vm, vswitch_id: vsw2.id };
    def.modifyPlan!({ config, prior: vm, planned: moved, requiresReplace: [] });
    assert.ok(isUnknown(moved.private_ip) && isUnknown(moved.vpc_id));
    vm = await def.update!(ctx, vm, moved);
    assert.equal(vm.vswitch_id, vsw2.id);
    assert.match(String(vm.private_ip), /^10\.10\.2\.\d+$/);
    assert.equal(vm.status, 'Running');
    // And back, to the configured address, so the VSwitch can go.
    const back: ObjectValue = { ...vm, vswitch_id: vsw.id, private_ip: '10.10.1.60' };
    def.modifyPlan!({ config: back, prior: vm, planned: back, requiresReplace: [] });
    vm = await def.update!(ctx, vm, back);
    assert.equal(vm.private_ip, '10.10.1.60');
    await res('alicloud_vswitch').delete(ctx, vsw2);

    // Security group membership (JoinSecurityGroup/LeaveSecurityGroup) and public bandwidth.
    const sgDef = res('alicloud_security_group');
    const sg2 = await sgDef.create(ctx, plan(sgDef, { vpc_id: vpc.id }));
    vm = await def.update!(ctx, vm, { ...vm, security_groups: [String(sg.id), String(sg2.id)].sort() });
    assert.deepEqual(vm.security_groups, [String(sg.id), String(sg2.id)].sort());
    vm = await def.update!(ctx, vm, { ...vm, security_groups: [String(sg.id)] });
    assert.deepEqual(vm.security_groups, [sg.id]);
    await sgDef.delete(ctx, sg2);
    assert.equal(vm.public_ip, '');
    const faster: ObjectValue = { ...vm, internet_max_bandwidth_out: 10 };
    def.modifyPlan!({ config: faster, prior: vm, planned: faster, requiresReplace: [] });
    assert.ok(isUnknown(faster.public_ip));
    vm = await def.update!(ctx, vm, faster);
    assert.equal(vm.internet_max_bandwidth_out, 10);
    assert.match(String(vm.public_ip), /^\d+\.\d+\.\d+\.\d+$/);

    vm = await def.update!(ctx, vm, { ...vm, status: 'Stopped' });
    assert.equal(vm.status, 'Stopped');
    // Two moves of a stopped instance: the API wants it started once in between.
    vm = await def.update!(ctx, vm, { ...vm, private_ip: '10.10.1.61' });
    vm = await def.update!(ctx, vm, { ...vm, private_ip: '10.10.1.62' });
    assert.equal(vm.private_ip, '10.10.1.62');
    assert.equal(vm.status, 'Stopped');
    vm = await def.update!(ctx, vm, { ...vm, status: 'Running' });
    assert.equal(vm.status, 'Running');
    assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(vm.id))), { ...vm });
  });

  it('alicloud_route_entry: create waits for Available, import by the real ID format, delete', async () => {
    const def = res('alicloud_route_entry');
    const planned = plan(def, { route_table_id: vpc.route_table_id, destination_cidrblock: '192.168.0.0/24', nexthop_type: 'Instance', nexthop_id: vm.id, name: 'to-vm' });
    route = await def.create(ctx, planned);
    assertComplete(def, route);
    assertMatchesPlan(planned, route);
    assert.equal(route.id, `${String(vpc.route_table_id)}:${String(vpc.router_id)}:192.168.0.0/24:Instance:${String(vm.id)}`);
    const read = await def.read(ctx, await def.importState!(ctx, String(route.id)));
    assert.deepEqual(read, route);
  });

  it('retries a route table that is busy with another entry (IncorrectRouteEntryStatus) until it is free', async () => {
    const retried: string[] = [];
    const logging = createApiClient({
      endpoint: sandbox.url,
      accessKey: 'SANDBOXACCESSKEY',
      secretKey: 'sandbox-secret',
      region: 'cn-hangzhou',
      initialBackoffMs: 50,
      log: (_level, message, fields) => {
        if (/will be retried/.test(message)) retried.push(String(fields?.code));
      },
    });
    const c2: ResourceContext = { ...ctx, client: logging };
    const def = res('alicloud_route_entry');
    const mk = (dest: string) => def.create(c2, plan(def, { route_table_id: vpc.route_table_id, destination_cidrblock: dest, nexthop_type: 'Instance', nexthop_id: vm.id }));
    // Both at once: the table takes one change at a time while the first entry is Pending.
    const [a, b] = await Promise.all([mk('192.168.10.0/24'), mk('192.168.11.0/24')]);
    assert.ok(retried.includes('IncorrectRouteEntryStatus'), `expected a retried IncorrectRouteEntryStatus, saw: ${retried.join(', ') || 'none'}`);
    await Promise.all([def.delete(c2, a), def.delete(c2, b)]);
    assert.equal(await def.read(ctx, a), null);
    assert.equal(await def.read(ctx, b), null);
  });

  it('deletes wait until the objects are gone, and reads then return null', async () => {
    await res('alicloud_route_entry').delete(ctx, route);
    assert.equal(await res('alicloud_route_entry').read(ctx, route), null);
    await res('alicloud_security_group_rule').delete(ctx, rule);
    await res('alicloud_instance').delete(ctx, vm);
    assert.equal(await res('alicloud_instance').read(ctx, vm), null);
    await res('alicloud_security_group').delete(ctx, sg);
    assert.equal(await res('alicloud_security_group').read(ctx, sg), null);
    await res('alicloud_vswitch').delete(ctx, vsw);
    assert.equal(await res('alicloud_vswitch').read(ctx, vsw), null);
    await res('alicloud_vpc').delete(ctx, vpc);
    assert.equal(await res('alicloud_vpc').read(ctx, vpc), null);
    // Deleting what is already gone is not an error.
    await res('alicloud_vpc').delete(ctx, vpc);
  });
});

describe('resources honour the operation timeout', function () {
  this.timeout(30_000);
  let slow: Sandbox;
  before(async () => {
    slow = await startSandbox({ port: 0, asyncDelayMs: 3_000, log: () => {} });
  });
  after(async () => slow?.close());

  it('gives up waiting for Available when the timeouts block says so, naming the fix', async () => {
    const client = createApiClient({ endpoint: slow.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou' });
    const ctx: ResourceContext = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 400, warn: () => {} };
    const def = res('alicloud_vpc');
    const started = Date.now();
    await assert.rejects(def.create(ctx, plan(def, { cidr_block: '10.0.0.0/16' })), (err: Error) => {
      assert.match(err.message, /alicloud_vpc vpc-\w+: waiting for the VPC failed: timed out after 400ms waiting for VPC vpc-\w+ to become Available/);
      assert.match(err.message, /"Pending"/);
      assert.match(err.message, /timeouts/);
      return true;
    });
    assert.ok(Date.now() - started < 2_500, 'the wait outlived its timeout');
  });
});
