/**
 * The Internet-access resources' CRUD functions against the real sandbox, without Terraform: the
 * actions, parameters and response shapes they rely on, the waiters (the sandbox runs with an async
 * delay, so EIP bindings and SNAT/DNAT entries stay Associating/Pending for a while), drift, import,
 * and the partial state handed to the framework when a create fails after the API made the object.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
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

function assertMatchesPlan(planned: ObjectValue, state: ObjectValue) {
  for (const [k, v] of Object.entries(planned)) if (!isUnknown(v)) assert.deepEqual(state[k], v, `"${k}" changed from the plan`);
}

describe('Internet-access resources against the sandbox (no Terraform)', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let ctx: ResourceContext;
  let vpc: ObjectValue;
  let vsw: ObjectValue;
  let vm: ObjectValue;
  let eip: ObjectValue;
  let eip2: ObjectValue;
  let nat: ObjectValue;
  let natBinding: ObjectValue;
  let snat: ObjectValue;
  let dnat: ObjectValue;

  // While set, the sandbox's clock stands still, so a binding stays Associating until it is unset.
  let frozenAt: number | undefined;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 150, log: () => {}, clock: () => frozenAt ?? Date.now() });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 50 });
    ctx = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 30_000, warn: () => {} };
    vpc = await res('alicloud_vpc').create(ctx, plan(res('alicloud_vpc'), { cidr_block: '172.16.0.0/16' }));
    vsw = await res('alicloud_vswitch').create(ctx, plan(res('alicloud_vswitch'), { vpc_id: vpc.id, cidr_block: '172.16.121.0/24', zone_id: 'cn-hangzhou-h' }));
    const sg = await res('alicloud_security_group').create(ctx, plan(res('alicloud_security_group'), { vpc_id: vpc.id }));
    vm = await res('alicloud_instance').create(
      ctx,
      plan(res('alicloud_instance'), { image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.large', vswitch_id: vsw.id, security_groups: [sg.id], private_ip: '172.16.121.123' }),
    );
  });
  after(async () => sandbox?.close());

  it('alicloud_eip_address: allocates the asked address, renames through the deprecated name, drifts, imports', async () => {
    const def = res('alicloud_eip_address');
    const planned = plan(def, { ip_address: '118.31.48.48', name: 'guide-eip', bandwidth: '10', tags: { env: 'test' } });
    def.modifyPlan!({ config: { ...planned, address_name: null }, prior: null, planned, requiresReplace: [] });
    assert.equal(planned.address_name, 'guide-eip', 'the plan carries the deprecated name over');
    eip = await def.create(ctx, planned);
    assertComplete(def, eip);
    assertMatchesPlan(planned, eip);
    assert.match(String(eip.id), /^eip-/);
    assert.equal(eip.allocation_id, eip.id);
    assert.equal(eip.status, 'Available');
    assert.equal(eip.payment_type, 'PayAsYouGo');
    assert.equal(eip.instance_charge_type, 'PostPaid');

    await client.call('vpc', 'ModifyEipAddressAttribute', { AllocationId: String(eip.id), Bandwidth: '20' });
    const drifted = await def.read(ctx, eip);
    assert.equal(drifted!.bandwidth, '20', 'an out-of-band change shows up on refresh');
    eip = await def.update!(ctx, drifted!, { ...drifted!, bandwidth: '10', address_name: 'renamed', name: 'renamed', tags: { env: 'prod' } });
    assert.equal(eip.bandwidth, '10');
    assert.equal(eip.address_name, 'renamed');
    assert.deepEqual(eip.tags, { env: 'prod' });
    assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(eip.id))), { ...eip, period: null, pricing_cycle: null, auto_pay: null });
  });

  it('alicloud_eip_address: a refused allocation leaves nothing behind and names the step', async () => {
    const def = res('alicloud_eip_address');
    let created: ObjectValue | undefined;
    await assert.rejects(
      def.create({ ...ctx, created: (p) => (created = p) }, plan(def, { ip_address: '118.31.48.48' })),
      /alicloud_eip_address: allocating the EIP failed: AllocateEipAddress returned \w+/,
    );
    assert.equal(created, undefined, 'nothing was created, so there is no partial state');
    const out = await client.call('vpc', 'DescribeEipAddresses', { PageSize: 50 });
    assert.equal(out.EipAddresses.EipAddress.length, 1);
  });

  it('alicloud_eip_association: binds to the instance, waits for InUse, reads, imports, unbinds', async () => {
    const def = res('alicloud_eip_association');
    const planned = plan(def, { allocation_id: eip.id, instance_id: vm.id });
    const bound = await def.create(ctx, planned);
    assertComplete(def, bound);
    assert.equal(bound.id, `${String(eip.id)}:${String(vm.id)}`);
    assert.equal(bound.instance_type, 'EcsInstance');
    const e = (await client.call('vpc', 'DescribeEipAddresses', { AllocationId: String(eip.id) })).EipAddresses.EipAddress[0];
    assert.equal(e.Status, 'InUse');
    // The instance's public_ip is the system public IP only, as in the real provider.
    const inst = await res('alicloud_instance').read(ctx, vm);
    assert.equal(inst!.public_ip, '');
    assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(bound.id))), { ...bound, force: null, private_ip_address: null, vpc_id: null });
    await def.delete(ctx, bound);
    assert.equal(await def.read(ctx, bound), null);
  });

  it('alicloud_eip_association: a binding whose wait fails is handed back as partial state (tainted), then destroyed', async () => {
    const def = res('alicloud_eip_association');
    let partial: ObjectValue | undefined;
    // The sandbox's clock stands still, so the binding stays Associating: the API call goes
    // through, and the wait for InUse runs out of the create's 1.5 s.
    frozenAt = Date.now();
    try {
      await assert.rejects(
        def.create({ ...ctx, timeoutMs: 1500, created: (p) => (partial = p) }, plan(def, { allocation_id: eip.id, instance_id: vm.id })),
        /alicloud_eip_association eip-\w+:i-\w+: waiting for the binding failed: timed out/,
      );
    } finally {
      frozenAt = undefined;
    }
    assert.deepEqual(partial, { id: `${String(eip.id)}:${String(vm.id)}`, allocation_id: eip.id, instance_id: vm.id, instance_type: 'EcsInstance' });
    // Terraform destroys a tainted object on the next apply: delete works from the partial state.
    await def.delete(ctx, partial!);
    const e = (await client.call('vpc', 'DescribeEipAddresses', { AllocationId: String(eip.id) })).EipAddresses.EipAddress[0];
    assert.equal(e.Status, 'Available');
  });

  it('alicloud_nat_gateway: creates an Enhanced gateway with its tables as comma-joined strings', async () => {
    const def = res('alicloud_nat_gateway');
    const planned = plan(def, { vpc_id: vpc.id, vswitch_id: vsw.id, nat_gateway_name: 'guide-nat', tags: { env: 'test' } });
    def.modifyPlan!({ config: { ...planned, name: null }, prior: null, planned, requiresReplace: [] });
    nat = await def.create(ctx, planned);
    assertComplete(def, nat);
    assertMatchesPlan(planned, nat);
    assert.equal(nat.status, 'Available');
    assert.equal(nat.nat_type, 'Enhanced');
    assert.match(String(nat.snat_table_ids), /^stb-[^,]+$/);
    assert.match(String(nat.forward_table_ids), /^ftb-[^,]+$/);
    nat = await def.update!(ctx, nat, { ...nat, description: 'described', nat_gateway_name: 'renamed', name: 'renamed' });
    assert.equal(nat.description, 'described');
    assert.equal(nat.name, 'renamed');
    assert.deepEqual(await def.read(ctx, await def.importState!(ctx, String(nat.id))), { ...nat, period: null, force: null });
  });

  it('alicloud_snat_entry and alicloud_forward_entry: SNAT and DNAT on two EIPs of the gateway', async () => {
    eip2 = await res('alicloud_eip_address').create(ctx, plan(res('alicloud_eip_address'), {}));
    const assoc = res('alicloud_eip_association');
    natBinding = await assoc.create(ctx, plan(assoc, { allocation_id: eip.id, instance_id: nat.id }));
    assert.equal(natBinding.instance_type, 'Nat', 'inferred from the ngw- prefix');
    await assoc.create(ctx, plan(assoc, { allocation_id: eip2.id, instance_id: nat.id, instance_type: 'Nat' }));

    const sdef = res('alicloud_snat_entry');
    const splanned = plan(sdef, { snat_table_id: nat.snat_table_ids, snat_ip: eip2.ip_address, source_vswitch_id: vsw.id });
    snat = await sdef.create(ctx, splanned);
    assertComplete(sdef, snat);
    assertMatchesPlan(splanned, snat);
    assert.equal(snat.id, `${String(nat.snat_table_ids)}:${String(snat.snat_entry_id)}`);
    assert.equal(snat.status, 'Available');
    assert.equal(snat.source_cidr, '172.16.121.0/24', 'a VSwitch entry shows the VSwitch block');

    const fdef = res('alicloud_forward_entry');
    const fplanned = plan(fdef, {
      forward_table_id: nat.forward_table_ids,
      external_ip: '118.31.48.48',
      external_port: '80',
      ip_protocol: 'tcp',
      internal_ip: '172.16.121.123',
      internal_port: '8080',
      forward_entry_name: 'http',
    });
    dnat = await fdef.create(ctx, fplanned);
    assertComplete(fdef, dnat);
    assertMatchesPlan(fplanned, dnat);
    assert.equal(dnat.status, 'Available');
    assert.equal(dnat.id, `${String(nat.forward_table_ids)}:${String(dnat.forward_entry_id)}`);
    dnat = await fdef.update!(ctx, dnat, { ...dnat, internal_port: '8081' });
    assert.equal(dnat.internal_port, '8081');
    assert.deepEqual(await fdef.read(ctx, await fdef.importState!(ctx, String(dnat.id))), { ...dnat, port_break: null });
    assert.deepEqual(await sdef.read(ctx, await sdef.importState!(ctx, String(snat.id))), snat);
  });

  it('refuses DNAT on the SNAT address with the real code, and the refused entry is absent afterwards', async () => {
    const fdef = res('alicloud_forward_entry');
    let created: ObjectValue | undefined;
    await assert.rejects(
      fdef.create(
        { ...ctx, created: (p) => (created = p) },
        plan(fdef, { forward_table_id: nat.forward_table_ids, external_ip: eip2.ip_address, external_port: '443', ip_protocol: 'tcp', internal_ip: '172.16.121.123', internal_port: '443' }),
      ),
      /CreateForwardEntry returned Forbidden\.ExternalIp\.UsedInSnatTable/,
    );
    assert.equal(created, undefined);
    const out = await client.call('vpc', 'DescribeForwardTableEntries', { ForwardTableId: String(nat.forward_table_ids) });
    assert.deepEqual(out.ForwardTableEntries.ForwardTableEntry.map((e: any) => e.ForwardEntryId), [dnat.forward_entry_id]);
  });

  it('routes 0.0.0.0/0 to the NAT gateway (nexthop_type NatGateway)', async () => {
    const def = res('alicloud_route_entry');
    const route = await def.create(ctx, plan(def, { route_table_id: vpc.route_table_id, destination_cidrblock: '0.0.0.0/0', nexthop_type: 'NatGateway', nexthop_id: nat.id }));
    assert.equal(route.id, `${String(vpc.route_table_id)}:${String(vpc.router_id)}:0.0.0.0/0:NatGateway:${String(nat.id)}`);
    await def.delete(ctx, route);
    assert.equal(await def.read(ctx, route), null);
  });

  it('deletes in dependency order: entries, bindings, the gateway, the EIPs', async () => {
    await res('alicloud_forward_entry').delete(ctx, dnat);
    assert.equal(await res('alicloud_forward_entry').read(ctx, dnat), null);
    await res('alicloud_snat_entry').delete(ctx, snat);
    assert.equal(await res('alicloud_snat_entry').read(ctx, snat), null);
    const assoc = res('alicloud_eip_association');
    await assoc.delete(ctx, natBinding);
    await assoc.delete(ctx, { ...natBinding, id: `${String(eip2.id)}:${String(nat.id)}`, allocation_id: eip2.id });
    await res('alicloud_nat_gateway').delete(ctx, nat);
    assert.equal(await res('alicloud_nat_gateway').read(ctx, nat), null);
    for (const e of [eip, eip2]) {
      await res('alicloud_eip_address').delete(ctx, e);
      assert.equal(await res('alicloud_eip_address').read(ctx, e), null);
    }
  });
});

describe('Internet-access resources: arguments from the real provider docs, against the sandbox', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let ctx: ResourceContext;
  let vpc: ObjectValue;
  let vsw: ObjectValue;
  let nat: ObjectValue;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 50, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 20 });
    ctx = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 30_000, warn: () => {} };
    vpc = await res('alicloud_vpc').create(ctx, plan(res('alicloud_vpc'), { cidr_block: '10.0.0.0/8' }));
    vsw = await res('alicloud_vswitch').create(ctx, plan(res('alicloud_vswitch'), { vpc_id: vpc.id, cidr_block: '10.10.0.0/20', zone_id: 'cn-hangzhou-h' }));
    nat = await res('alicloud_nat_gateway').create(ctx, plan(res('alicloud_nat_gateway'), { vpc_id: vpc.id, vswitch_id: vsw.id }));
  });
  after(async () => sandbox?.close());

  it('alicloud_eip_address: the docs example\'s security_protection_types is sent, read back and imported', async () => {
    const def = res('alicloud_eip_address');
    const planned = plan(def, { address_name: 'terraform-example', isp: 'BGP', netmode: 'public', bandwidth: '1', payment_type: 'PayAsYouGo', security_protection_types: ['AntiDDoS_Enhanced'] });
    const eip = await def.create(ctx, planned);
    assertComplete(def, eip);
    assert.deepEqual(eip.security_protection_types, ['AntiDDoS_Enhanced']);
    const api = (await client.call('vpc', 'DescribeEipAddresses', { AllocationId: String(eip.id) })).EipAddresses.EipAddress[0];
    assert.deepEqual(api.SecurityProtectionTypes, { SecurityProtectionType: ['AntiDDoS_Enhanced'] });
    const imported = await def.read(ctx, await def.importState!(ctx, String(eip.id)));
    assert.deepEqual(imported!.security_protection_types, ['AntiDDoS_Enhanced']);
    // Without the argument the list stays unset (no diff against HCL that leaves it out).
    const plain = await def.create(ctx, plan(def, {}));
    assert.equal(plain.security_protection_types, null);
    for (const e of [eip, plain]) await def.delete(ctx, e);
  });

  it('alicloud_eip_association: changing only `force` updates in place and leaves the binding alone', async () => {
    const eip = await res('alicloud_eip_address').create(ctx, plan(res('alicloud_eip_address'), {}));
    const def = res('alicloud_eip_association');
    assert.ok(def.update, 'force is not forceNew (as in the real provider), so the resource must update in place');
    const bound = await def.create(ctx, plan(def, { allocation_id: eip.id, instance_id: nat.id, instance_type: 'Nat' }));
    assert.equal(bound.force, null);
    const updated = await def.update!(ctx, bound, { ...bound, force: true });
    assert.deepEqual(updated, { ...bound, force: true });
    const api = (await client.call('vpc', 'DescribeEipAddresses', { AllocationId: String(eip.id) })).EipAddresses.EipAddress[0];
    assert.equal(api.Status, 'InUse');
    assert.equal(api.InstanceId, nat.id);
    await def.delete(ctx, updated);
    await res('alicloud_eip_address').delete(ctx, eip);
  });

  it('alicloud_forward_entry: an imported IP mapping reads its ports as "any", the spelling of the docs\' HCL', async () => {
    const eip = await res('alicloud_eip_address').create(ctx, plan(res('alicloud_eip_address'), {}));
    const assoc = res('alicloud_eip_association');
    const binding = await assoc.create(ctx, plan(assoc, { allocation_id: eip.id, instance_id: nat.id }));
    const fdef = res('alicloud_forward_entry');
    const config: ObjectValue = { forward_table_id: nat.forward_table_ids, external_ip: eip.ip_address, external_port: 'any', ip_protocol: 'any', internal_ip: '10.10.0.21', internal_port: 'any' };
    const entry = await fdef.create(ctx, plan(fdef, config));
    const api = (await client.call('vpc', 'DescribeForwardTableEntries', { ForwardTableId: String(nat.forward_table_ids) })).ForwardTableEntries.ForwardTableEntry[0];
    assert.equal(api.ExternalPort.toLowerCase(), 'any');
    const imported = await fdef.read(ctx, await fdef.importState!(ctx, String(entry.id)));
    for (const [k, v] of Object.entries(config)) assert.equal(imported![k], v, `imported ${k}`);
    // A spelling the user chose is kept when the API means the same.
    const capital = await fdef.read(ctx, { ...entry, external_port: 'Any', internal_port: 'Any' });
    assert.equal(capital!.external_port, 'Any');
    await fdef.delete(ctx, entry);
    await assoc.delete(ctx, binding);
    await res('alicloud_eip_address').delete(ctx, eip);
  });
});
