/**
 * The Internet-access arguments added for parity with the real provider, driven through the
 * resources' CRUD functions against the sandbox (no Terraform): deletion protection on EIPs and NAT
 * gateways (modelled: a protected object is not deleted, and stays), the EIP binding mode, zone and
 * high-definition monitoring (recorded and shown back), NAT specification and EIP bind mode changed
 * in place, PrivateLink settings recorded, and the accepted-only arguments kept in state.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import { isUnknown, UNKNOWN, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';

function res(name: string): ResourceDefinition {
  return resources.find((r) => r.typeName === name)!;
}

function plan(def: ResourceDefinition, config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.schema.attributes)) {
    if (config[name] !== undefined) out[name] = config[name];
    else if (a.default !== undefined) out[name] = a.default;
    else out[name] = a.computed ? UNKNOWN : null;
  }
  for (const name of Object.keys(def.schema.blocks ?? {})) out[name] = config[name] ?? [];
  return out;
}

function assertComplete(def: ResourceDefinition, state: ObjectValue | null): asserts state is ObjectValue {
  assert.ok(state, `${def.typeName}: no state`);
  for (const name of Object.keys(def.schema.attributes)) assert.ok(name in state && !isUnknown(state[name]), `${def.typeName}: "${name}" missing or unknown`);
}

describe('Internet-access arguments of the real provider, modelled or kept, against the sandbox', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;
  let client: ApiClient;
  let ctx: ResourceContext;
  let vpc: ObjectValue;
  let vsw: ObjectValue;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 50, log: () => {} });
    client = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 20 });
    // A short timeout: a refused delete must fail at once, not be retried until the deadline.
    ctx = { client, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: 20_000, warn: () => {} };
    vpc = await res('alicloud_vpc').create(ctx, plan(res('alicloud_vpc'), { cidr_block: '10.0.0.0/8' }));
    vsw = await res('alicloud_vswitch').create(ctx, plan(res('alicloud_vswitch'), { vpc_id: vpc.id, cidr_block: '10.10.0.0/20', zone_id: 'cn-hangzhou-h' }));
  });
  after(async () => sandbox?.close());

  const eipApi = async (id: unknown) => (await client.call('vpc', 'DescribeEipAddresses', { AllocationId: String(id) })).EipAddresses.EipAddress[0];

  it('alicloud_eip_address: a protected EIP is not released, stays as it was, and is released once protection is off', async () => {
    const def = res('alicloud_eip_address');
    let eip = await def.create(ctx, plan(def, { address_name: 'kept', deletion_protection: true }));
    assertComplete(def, eip);
    assert.equal(eip.deletion_protection, true);
    await assert.rejects(def.delete(ctx, eip), /InvalidOperation\.DeletionProtection/);
    const still = await eipApi(eip.id);
    assert.equal(still.Name, 'kept');
    assert.equal(still.DeletionProtection, true);
    eip = await def.update!(ctx, eip, { ...eip, deletion_protection: false });
    assert.equal(eip.deletion_protection, false);
    await def.delete(ctx, eip);
    assert.equal(await eipApi(eip.id), undefined);
  });

  it('alicloud_eip_address: zone, mode and high-definition monitoring are recorded and read back; accepted-only arguments are kept', async () => {
    const def = res('alicloud_eip_address');
    const planned = plan(def, {
      zone: 'cn-hangzhou-h',
      mode: 'BINDED',
      high_definition_monitor_log_status: 'ON',
      log_project: 'hdmonitor-project',
      log_store: 'hdmonitor-store',
      activity_id: 'act-123',
      public_ip_address_pool_id: 'pippool-1',
    });
    let eip = await def.create(ctx, planned);
    assertComplete(def, eip);
    for (const k of ['zone', 'mode', 'high_definition_monitor_log_status', 'log_project', 'log_store', 'activity_id', 'public_ip_address_pool_id']) assert.equal(eip[k], planned[k], k);
    const api = await eipApi(eip.id);
    assert.equal(api.Zone, 'cn-hangzhou-h');
    assert.equal(api.Mode, 'BINDED');
    assert.equal(api.HDMonitorStatus, 'ON');
    assert.deepEqual(await def.read(ctx, eip), eip, 'a second read changes nothing (an empty second plan)');
    // Imported, the monitoring destination is read from the API while it is ON.
    const imported = await def.read(ctx, await def.importState!(ctx, String(eip.id)));
    assert.equal(imported!.log_store, 'hdmonitor-store');
    eip = await def.update!(ctx, eip, { ...eip, mode: 'NAT', log_store: 'other-store' });
    assert.equal((await eipApi(eip.id)).Mode, 'NAT');
    assert.equal(eip.log_store, 'other-store');
    await def.delete(ctx, eip);
  });

  it('alicloud_eip_address: without the new arguments, the API defaults are read back (protection off, NAT mode, monitoring OFF)', async () => {
    const def = res('alicloud_eip_address');
    const eip = await def.create(ctx, plan(def, {}));
    assert.equal(eip.deletion_protection, false);
    assert.equal(eip.mode, 'NAT');
    assert.equal(eip.high_definition_monitor_log_status, 'OFF');
    assert.equal(eip.zone, '');
    assert.equal(eip.log_project, null);
    await def.delete(ctx, eip);
  });

  it('alicloud_nat_gateway: a protected gateway is not deleted, even with force, and is deleted once protection is off', async () => {
    const def = res('alicloud_nat_gateway');
    let nat = await def.create(ctx, plan(def, { vpc_id: vpc.id, vswitch_id: vsw.id, deletion_protection: true, force: true }));
    assertComplete(def, nat);
    assert.equal(nat.deletion_protection, true);
    await assert.rejects(def.delete(ctx, nat), /InvalidOperation\.DeletionProtection/);
    assert.ok(await def.read(ctx, nat), 'the refused delete left the gateway in place');
    nat = await def.update!(ctx, nat, { ...nat, deletion_protection: false });
    assert.equal(nat.deletion_protection, false);
    await def.delete(ctx, nat);
    assert.equal(await def.read(ctx, nat), null);
  });

  it('alicloud_nat_gateway: specification and eip_bind_mode change in place; PrivateLink settings and availability_mode are recorded; dry_run is kept', async () => {
    const def = res('alicloud_nat_gateway');
    const planned = plan(def, {
      vpc_id: vpc.id,
      vswitch_id: vsw.id,
      internet_charge_type: 'PayBySpec',
      specification: 'Small',
      private_link_enabled: true,
      access_mode: [{ mode_value: 'tunnel', tunnel_type: 'geneve' }],
      availability_mode: 'SingleAZ',
    });
    let nat = await def.create(ctx, planned);
    assertComplete(def, nat);
    assert.equal(nat.private_link_enabled, true);
    assert.deepEqual(nat.access_mode, [{ mode_value: 'tunnel', tunnel_type: 'geneve' }]);
    assert.equal(nat.availability_mode, 'SingleAZ');
    assert.equal(nat.dry_run, false, 'the real schema default');
    assert.equal(nat.eip_bind_mode, 'MULTI_BINDED');
    const id = nat.id;
    nat = await def.update!(ctx, nat, { ...nat, specification: 'Middle', eip_bind_mode: 'NAT' });
    assert.equal(nat.id, id);
    assert.equal(nat.specification, 'Middle');
    assert.equal(nat.eip_bind_mode, 'NAT');
    const api = (await client.call('vpc', 'DescribeNatGateways', { NatGatewayId: String(id) })).NatGateways.NatGateway[0];
    assert.equal(api.Spec, 'Middle');
    assert.equal(api.PrivateLinkEnabled, true);
    assert.deepEqual(api.AccessMode, { ModeValue: 'tunnel', TunnelType: 'geneve' });
    assert.equal(api.AvailabilityMode, 'SingleAZ');
    assert.deepEqual(await def.read(ctx, nat), nat, 'a second read changes nothing');
    await def.delete(ctx, nat);
  });

  it('alicloud_eip_association: mode is sent on binding, read back, and changed in place', async () => {
    const nat = await res('alicloud_nat_gateway').create(ctx, plan(res('alicloud_nat_gateway'), { vpc_id: vpc.id, vswitch_id: vsw.id }));
    const eip = await res('alicloud_eip_address').create(ctx, plan(res('alicloud_eip_address'), {}));
    const def = res('alicloud_eip_association');
    let bound = await def.create(ctx, plan(def, { allocation_id: eip.id, instance_id: nat.id, mode: 'MULTI_BINDED' }));
    assert.equal(bound.mode, 'MULTI_BINDED');
    assert.equal((await eipApi(eip.id)).Mode, 'MULTI_BINDED');
    bound = await def.update!(ctx, bound, { ...bound, mode: 'NAT' });
    assert.equal(bound.mode, 'NAT');
    assert.equal((await eipApi(eip.id)).Mode, 'NAT');
    assert.equal((await eipApi(eip.id)).InstanceId, nat.id, 'the binding itself is untouched');
    await def.delete(ctx, bound);
    await res('alicloud_eip_address').delete(ctx, eip);
    await res('alicloud_nat_gateway').delete(ctx, nat);
  });
});
