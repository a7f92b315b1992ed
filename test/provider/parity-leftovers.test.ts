/**
 * Parity leftovers a new user met, checked at provider level against an in-process sandbox (no
 * Terraform): plans are made by the framework's planner from the state the resource functions
 * return, as Terraform would ask for them.
 * - a VPC's system_route_table_route_propagation_enable and a NAT gateway's availability_mode were
 *   null in state, so every update plan showed them "(known after apply)";
 * - an imported VPC planned classic_link_enabled = false as a change;
 * - alicloud_route_entry without nexthop_type was refused at plan (the real schema makes it
 *   Optional; the real apply fails instead);
 * - the VPC, VSwitch, security group, route table and instance listings fill every result field
 *   the real provider fills from the API (instance_charge_type and spot_strategy included).
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../mock-server/app';
import { startInProcess } from '../helpers/in-process';
import { dataSources } from '../../provider/data-sources';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { AttributeError, isUnknown, UNKNOWN, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../../provider/framework/types';
import { resources } from '../../provider/resources';

const res = (name: string): ResourceDefinition => resources.find((r) => r.typeName === name)!;

/** The planned object of a create: config values, defaults, computed unknown. */
function createPlan(def: ResourceDefinition, config: ObjectValue): ObjectValue {
  const schema = effectiveResourceSchema(def);
  const proposed: ObjectValue = {};
  for (const [n, a] of Object.entries(schema.attributes)) proposed[n] = config[n] ?? (a.computed ? UNKNOWN : null);
  for (const n of Object.keys(schema.blocks ?? {})) proposed[n] = null;
  const full: ObjectValue = {};
  for (const n of Object.keys(proposed)) full[n] = config[n] ?? null;
  return planResourceChange(schema, null, proposed, full, def).planned!;
}

/** Terraform's plan for `config` (the arguments set; the rest null) over `prior`, as the framework answers it. */
function planOver(def: ResourceDefinition, prior: ObjectValue, args: ObjectValue) {
  const schema = effectiveResourceSchema(def);
  const config: ObjectValue = {};
  const proposed: ObjectValue = {};
  for (const [n, a] of Object.entries(schema.attributes)) {
    config[n] = a.optional || a.required ? (args[n] ?? null) : null;
    // Terraform's proposed new state: a computed attribute left unset keeps the prior value.
    proposed[n] = config[n] === null && a.computed ? (prior[n] ?? null) : config[n];
  }
  for (const n of Object.keys(schema.blocks ?? {})) {
    config[n] = null;
    proposed[n] = prior[n] ?? null;
  }
  const fullPrior: ObjectValue = { ...proposed, ...prior };
  return planResourceChange(schema, fullPrior, proposed, config, def);
}

function unknownIn(planned: ObjectValue, names: string[]): string[] {
  return names.filter((n) => isUnknown(planned[n]));
}

describe('parity leftovers: result fields, import and update plans, route entries without nexthop_type', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  let ctx: ResourceContext;
  let vpc: ObjectValue;
  let vsw: ObjectValue;

  before(async () => {
    ({ sandbox, ctx } = await startInProcess({ timeoutMs: 20_000 }));
    vpc = await res('alicloud_vpc').create(ctx, createPlan(res('alicloud_vpc'), { cidr_block: '10.20.0.0/16', vpc_name: 'left-a' }));
    vsw = await res('alicloud_vswitch').create(ctx, createPlan(res('alicloud_vswitch'), { vpc_id: vpc.id, cidr_block: '10.20.1.0/24', zone_id: 'cn-hangzhou-h' }));
  });
  after(async () => sandbox?.close());

  it('reads the system route table\'s propagation into a new VPC\'s state, so an update plan keeps it instead of showing it unknown', () => {
    assert.equal(vpc.system_route_table_route_propagation_enable, true);
    const { planned, requiresReplace } = planOver(res('alicloud_vpc'), vpc, { cidr_block: '10.20.0.0/16', vpc_name: 'left-b', description: 'renamed' });
    assert.deepEqual(requiresReplace, []);
    assert.equal(planned!.vpc_name, 'left-b');
    assert.deepEqual(unknownIn(planned!, ['system_route_table_route_propagation_enable', 'classic_link_enabled']), []);
    assert.equal(planned!.system_route_table_route_propagation_enable, true);
  });

  it('imports a VPC whose next plan is empty, with classic_link_enabled unset or set to false (the API reads false)', async () => {
    const def = res('alicloud_vpc');
    const imported = await def.importState!(ctx, String(vpc.id));
    const state = (await def.read(ctx, imported))!;
    assert.equal(state.classic_link_enabled, false);
    assert.equal(state.system_route_table_route_propagation_enable, true);
    for (const args of [{}, { classic_link_enabled: false }] as ObjectValue[]) {
      const { planned } = planOver(def, state, { cidr_block: '10.20.0.0/16', vpc_name: 'left-a', ...args });
      assert.deepEqual(planned, { ...planned, ...state }, `a change planned for ${JSON.stringify(args)}`);
    }
    // A configured true is still a change (the real provider would call EnableVpcClassicLink).
    assert.equal(planOver(def, state, { cidr_block: '10.20.0.0/16', vpc_name: 'left-a', classic_link_enabled: true }).planned!.classic_link_enabled, true);
  });

  it('reads a NAT gateway\'s availability_mode (CrossAZ unless asked), so an update plan keeps it; SingleAZ is kept as asked', async () => {
    const def = res('alicloud_nat_gateway');
    const nat = await def.create(ctx, createPlan(def, { vpc_id: vpc.id, vswitch_id: vsw.id, nat_type: 'Enhanced' }));
    assert.equal(nat.availability_mode, 'CrossAZ');
    const { planned, requiresReplace } = planOver(def, nat, { vpc_id: vpc.id, vswitch_id: vsw.id, nat_type: 'Enhanced', nat_gateway_name: 'renamed' });
    assert.deepEqual(requiresReplace, []);
    assert.equal(planned!.availability_mode, 'CrossAZ');
    // An import reads it too.
    const imported = await def.importState!(ctx, String(nat.id));
    assert.equal((await def.read(ctx, imported))!.availability_mode, 'CrossAZ');
    const single = await def.create(ctx, createPlan(def, { vpc_id: vpc.id, vswitch_id: vsw.id, nat_type: 'Enhanced', availability_mode: 'SingleAZ' }));
    assert.equal(single.availability_mode, 'SingleAZ');
    assert.ok(def.schema.attributes.availability_mode.validators!.some((v) => v('MultiZone')), 'only CrossAZ and SingleAZ are valid');
  });

  it('plans a route entry without nexthop_type, then fails its apply before creating anything, naming the fix', async () => {
    const def = res('alicloud_route_entry');
    const config: ObjectValue = { route_table_id: vpc.route_table_id, destination_cidrblock: '172.16.9.0/24', nexthop_id: 'i-anything', nexthop_type: null };
    const full: ObjectValue = Object.fromEntries(Object.keys(def.schema.attributes).map((n) => [n, config[n] ?? null]));
    const diags = def.validateConfig?.(full) ?? [];
    assert.deepEqual(diags.filter((d) => d.severity === 'error'), [], 'refused at plan');
    const entriesBefore = JSON.stringify(sandbox.store.exportState());
    await assert.rejects(
      () => def.create(ctx, createPlan(def, config)),
      (err: unknown) => {
        assert.ok(err instanceof AttributeError);
        assert.deepEqual(err.attribute, ['nexthop_type']);
        assert.match(String(err.detail), /Instance/);
        return true;
      },
    );
    assert.equal(JSON.stringify(sandbox.store.exportState()), entriesBefore, 'the refused apply left the sandbox unchanged');
  });

  it('fills every result field the real provider fills in the VPC, VSwitch, security group, route table and instance listings', async () => {
    const sg = await res('alicloud_security_group').create(ctx, createPlan(res('alicloud_security_group'), { vpc_id: vpc.id }));
    await res('alicloud_instance').create(
      ctx,
      createPlan(res('alicloud_instance'), { image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.large', vswitch_id: vsw.id, security_groups: [sg.id] }),
    );
    // The fields each real data source's result map sets from the API (data_source_alicloud_*.go).
    const real: { [type: string]: [string, string[]] } = {
      alicloud_instances: ['instances', ['id', 'region_id', 'availability_zone', 'status', 'name', 'instance_type', 'vpc_id', 'vswitch_id', 'image_id', 'description', 'security_groups', 'resource_group_id', 'eip', 'key_name', 'spot_strategy', 'creation_time', 'instance_charge_type', 'internet_charge_type', 'internet_max_bandwidth_out', 'tags', 'private_ip', 'public_ip', 'ram_role_name', 'disk_device_mappings']],
      alicloud_security_groups: ['groups', ['id', 'name', 'description', 'vpc_id', 'resource_group_id', 'security_group_type', 'creation_time', 'tags', 'inner_access']],
      alicloud_vpcs: ['vpcs', ['region_id', 'creation_time', 'cidr_block', 'description', 'dhcp_options_set_id', 'dhcp_options_set_status', 'dns_hostname_status', 'ipv6_cidr_block', 'is_default', 'resource_group_id', 'router_id', 'vrouter_id', 'secondary_cidr_blocks', 'status', 'user_cidrs', 'vswitch_ids', 'id', 'vpc_id', 'vpc_name', 'tags', 'route_table_id']],
      alicloud_vswitches: ['vswitches', ['creation_time', 'available_ip_address_count', 'cidr_block', 'description', 'is_default', 'enable_ipv6', 'resource_group_id', 'route_table_id', 'status', 'id', 'vswitch_id', 'vswitch_name', 'name', 'vpc_id', 'zone_id', 'ipv6_cidr_block', 'tags']],
      alicloud_route_tables: ['tables', ['description', 'resource_group_id', 'id', 'route_table_id', 'route_table_name', 'name', 'route_table_type', 'router_id', 'router_type', 'status', 'vswitch_ids', 'vpc_id', 'tags']],
    };
    for (const [type, [list, fields]] of Object.entries(real)) {
      const ds = dataSources.find((d) => d.typeName === type)!;
      const config: ObjectValue = Object.fromEntries(Object.keys(ds.schema.attributes).map((n) => [n, null]));
      config.vpc_id = 'vpc_id' in ds.schema.attributes ? vpc.id : null;
      const state = await ds.read(ctx, config);
      const rows = state[list] as ObjectValue[];
      assert.ok(rows.length > 0, `${type} found nothing`);
      for (const row of rows) {
        const missing = fields.filter((f) => row[f] === null || row[f] === undefined);
        assert.deepEqual(missing, [], `${type}.${list}[] leaves these null`);
      }
    }
    const instance = ((await dataSources.find((d) => d.typeName === 'alicloud_instances')!.read(ctx, { vpc_id: vpc.id })).instances as ObjectValue[])[0];
    assert.equal(instance.instance_charge_type, 'PostPaid');
    assert.equal(instance.spot_strategy, 'NoSpot');
  });
});
