/**
 * The `changesWith` marks of the real resources (keepComputedOnUpdate in provider/resources/
 * common.ts), planned by the framework alone, with no resource modifyPlan hook: an in-place update
 * that changes a listed argument plans the computed value as unknown, any other update keeps it,
 * and a mark naming something that is not an attribute is refused when the schema is built.
 */
import { strict as assert } from 'node:assert';
import { planResourceChange } from '../../provider/framework/planner';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { isUnknown, type ObjectValue, type ResourceDefinition } from '../../provider/framework/types';
import { keepComputedOnUpdate } from '../../provider/resources/common';
import { resources } from '../../provider/resources/index';

const def = (type: string) => resources.find((r) => r.typeName === type) as ResourceDefinition;

/** A prior state with every attribute null except those given, and the config that made it. */
function update(type: string, prior: ObjectValue, change: ObjectValue): ObjectValue {
  const schema = effectiveResourceSchema(def(type));
  const full: ObjectValue = {};
  // Unset optional values hold their defaults, as the state of a real create would.
  for (const [n, a] of Object.entries(schema.attributes)) full[n] = prior[n] ?? (a.default !== undefined ? a.default : null);
  for (const n of Object.keys(schema.blocks ?? {})) full[n] = null;
  // The config: the arguments that are set (computed-only values are never in a config).
  const config: ObjectValue = {};
  for (const [n, a] of Object.entries(schema.attributes)) config[n] = a.optional || a.required ? (change[n] ?? (n in prior && !a.computed ? prior[n] : null)) : null;
  for (const n of Object.keys(schema.blocks ?? {})) config[n] = null;
  const proposed: ObjectValue = { ...full };
  for (const [n, v] of Object.entries(change)) proposed[n] = v;
  const { planned, requiresReplace } = planResourceChange(schema, full, proposed, config); // no modifyPlan
  assert.deepEqual(requiresReplace, [], 'an in-place update');
  return planned!;
}

const ENI_MARKS = {
  private_ip_addresses: ['secondary_private_ip_address_count', 'private_ips_count'],
  private_ips: ['secondary_private_ip_address_count', 'private_ips_count'],
  secondary_private_ip_address_count: ['private_ip_addresses', 'private_ips'],
  private_ips_count: ['private_ip_addresses', 'private_ips'],
  ipv6_address_count: ['ipv6_addresses'],
  ipv6_addresses: ['ipv6_address_count'],
};

describe('changesWith: computed values an update changes are planned unknown (real resource schemas)', () => {
  it('lists, per resource, exactly the marks the report describes', () => {
    const marks = Object.fromEntries(
      resources
        .map((r) => [r.typeName, Object.fromEntries(Object.entries(r.schema.attributes).filter(([, a]) => a.changesWith).map(([n, a]) => [n, [...a.changesWith!]]))] as const)
        .filter(([, m]) => Object.keys(m).length > 0),
    );
    assert.deepEqual(marks, {
      alicloud_vpc: { ipv6_cidr_block: ['enable_ipv6'], ipv6_isp: ['enable_ipv6'], ipv6_cidr_blocks: ['enable_ipv6', 'ipv6_isp'] },
      alicloud_vswitch: { ipv6_cidr_block: ['enable_ipv6', 'ipv6_cidr_block_mask', 'vpc_ipv6_cidr_block'], ipv6_cidr_block_mask: ['enable_ipv6'] },
      alicloud_instance: {
        private_ip: ['vswitch_id'],
        vpc_id: ['vswitch_id'],
        primary_ip_address: ['vswitch_id', 'private_ip'],
        start_time: ['vswitch_id', 'private_ip'],
        public_ip: ['internet_max_bandwidth_out', 'vswitch_id', 'status'],
      },
      alicloud_vpn_gateway: { ssl_vpn_internet_ip: ['enable_ssl'] },
      // An ENI's secondary addresses and their count move together: changing one changes the other.
      alicloud_ecs_network_interface: ENI_MARKS,
      alicloud_network_interface: ENI_MARKS,
    });
  });

  it('a VSwitch: turning IPv6 on plans the block unknown; a rename keeps it, and keeps status and create_time', () => {
    const prior = { id: 'vsw-1', vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', zone_id: 'cn-hangzhou-i', vswitch_name: 'a', enable_ipv6: false, ipv6_cidr_block: '', status: 'Available', create_time: 't0' };
    const on = update('alicloud_vswitch', prior, { enable_ipv6: true });
    assert.ok(isUnknown(on.ipv6_cidr_block));
    assert.equal(on.status, 'Available');
    assert.equal(on.create_time, 't0');
    const renamed = update('alicloud_vswitch', prior, { vswitch_name: 'b' });
    assert.equal(renamed.ipv6_cidr_block, '');
    assert.ok(isUnknown(update('alicloud_vswitch', prior, { ipv6_cidr_block_mask: 2 }).ipv6_cidr_block));
  });

  it('a VPC: turning IPv6 on plans its block, ISP line and list unknown; a new description keeps them', () => {
    const prior = { id: 'vpc-1', cidr_block: '10.0.0.0/16', enable_ipv6: false, ipv6_cidr_block: '', ipv6_isp: '', ipv6_cidr_blocks: [], route_table_id: 'vtb-1', router_id: 'vrt-1', status: 'Available' };
    const on = update('alicloud_vpc', prior, { enable_ipv6: true });
    for (const n of ['ipv6_cidr_block', 'ipv6_isp', 'ipv6_cidr_blocks']) assert.ok(isUnknown(on[n]), n);
    assert.equal(on.route_table_id, 'vtb-1');
    const described = update('alicloud_vpc', prior, { description: 'new' });
    for (const n of ['ipv6_cidr_block', 'ipv6_isp']) assert.equal(described[n], '', n);
    assert.deepEqual(described.ipv6_cidr_blocks, []);
  });

  it('an instance: a new bandwidth plans the public IP unknown, a new name does not', () => {
    const prior = { id: 'i-1', vswitch_id: 'vsw-1', private_ip: '10.0.1.1', primary_ip_address: '10.0.1.1', internet_max_bandwidth_out: 0, public_ip: '', instance_name: 'a', status: 'Running', start_time: 't1', create_time: 't0', vpc_id: 'vpc-1' };
    const bw = update('alicloud_instance', prior, { internet_max_bandwidth_out: 5 });
    assert.ok(isUnknown(bw.public_ip));
    for (const n of ['private_ip', 'primary_ip_address', 'start_time', 'create_time', 'vpc_id']) assert.equal(bw[n], prior[n as keyof typeof prior], n);
    const named = update('alicloud_instance', prior, { instance_name: 'b' });
    assert.equal(named.public_ip, '');
    const moved = update('alicloud_instance', prior, { vswitch_id: 'vsw-2' });
    for (const n of ['private_ip', 'vpc_id', 'primary_ip_address', 'start_time', 'public_ip']) assert.ok(isUnknown(moved[n]), n);
  });

  it('refuses a mark that names no attribute, or an attribute that is not computed', () => {
    const attrs = () => ({ a: { type: 'string' as const, optional: true, description: 'a' }, b: { type: 'string' as const, computed: true, description: 'b' } });
    assert.throws(() => keepComputedOnUpdate(attrs(), { b: ['nope'] }), /"nope" is not an attribute/);
    assert.throws(() => keepComputedOnUpdate(attrs(), { a: ['b'] }), /"a" is not a computed attribute/);
    assert.deepEqual(keepComputedOnUpdate(attrs(), { b: ['a'] }).b.changesWith, ['a']);
  });
});
