/**
 * "" on the arguments where the real provider accepts it. Community modules pass "" as the
 * default of nearly every optional variable, and the real provider (SDKv2) takes "" wherever its
 * schema has no validator that refuses it: as "not set" on an optional+computed string, stored and
 * not sent on an optional one. The list below was confirmed against the real Go schema and
 * create/update code (scripts/audit-empty-strings.ts lists the candidates). The negative side:
 * where the real schema validates (StringInSlice, a prefix pattern) or the API needs the value,
 * "" is still refused, with a message that names "" and the fix.
 */
import { strict as assert } from 'node:assert';
import { effectiveDataSourceSchema, effectiveResourceSchema } from '../../provider/framework/schema';
import type { BlockSchema, DataSourceDefinition, ObjectValue, ResourceDefinition } from '../../provider/framework/types';
import { validateBlock } from '../../provider/framework/validate';
import { resources } from '../../provider/resources';
import { dataSources } from '../../provider/data-sources';

const resource = (t: string): ResourceDefinition => resources.find((r) => r.typeName === t) ?? assert.fail(`${t} is not served`);
const dataSource = (t: string): DataSourceDefinition => dataSources.find((d) => d.typeName === t) ?? assert.fail(`${t} is not served`);

/** Attribute-level diagnostics (validators, types) for `attr` when the config sets it to "". */
function attrErrors(schema: BlockSchema, attr: string, extra: ObjectValue = {}) {
  return validateBlock(schema, { ...extra, [attr]: '' }).filter((d) => d.severity === 'error' && d.attribute?.[0] === attr);
}

/** Confirmed: the real schema has no validator that refuses "" (optional+computed: "" is unset; optional: "" is not sent). */
const ACCEPTED: Array<[string, string[]]> = [
  ['alicloud_vpc', ['cidr_block']],
  ['alicloud_vswitch', ['vpc_id', 'cidr_block', 'zone_id', 'availability_zone']],
  ['alicloud_vpc_ipv4_cidr_block', ['secondary_cidr_block']],
  ['alicloud_route_entry', ['description']],
  ['alicloud_instance', ['availability_zone', 'vswitch_id', 'vpc_id', 'private_ip', 'password']],
  ['alicloud_security_group', ['vpc_id']],
  ['alicloud_security_group_rule', ['port_range', 'cidr_ip', 'ipv6_cidr_ip', 'source_security_group_id', 'prefix_list_id', 'description']],
  ['alicloud_eip_address', ['bandwidth', 'ip_address', 'isp']],
  ['alicloud_eip', ['bandwidth', 'ip_address', 'isp']],
  ['alicloud_eip_association', ['instance_type', 'private_ip_address']],
  ['alicloud_nat_gateway', ['vswitch_id']],
  ['alicloud_snat_entry', ['source_vswitch_id', 'source_cidr']],
  ['alicloud_vpn_gateway', ['vpn_gateway_name', 'name', 'description', 'vswitch_id', 'disaster_recovery_vswitch_id']],
  ['alicloud_vpn_customer_gateway', ['customer_gateway_name', 'name', 'description']],
  ['alicloud_vpn_connection', ['vpn_connection_name', 'name', 'customer_gateway_id', 'network_type']],
  ['alicloud_router_interface', ['health_check_source_ip', 'health_check_target_ip', 'opposite_router_type', 'opposite_interface_id']],
  ['alicloud_express_connect_virtual_border_router', ['status']],
  ['alicloud_express_connect_physical_connection', ['type', 'redundant_physical_connection_id', 'pricing_cycle']],
  ['alicloud_vpc_nat_ip', ['nat_ip']],
  ['alicloud_ecs_network_interface', ['private_ip', 'instance_type', 'network_interface_traffic_mode']],
  ['alicloud_network_interface', ['private_ip', 'instance_type', 'network_interface_traffic_mode']],
];

const ACCEPTED_DATA: Array<[string, string[]]> = [
  ['alicloud_vpcs', ['cidr_block']],
  ['alicloud_vswitches', ['cidr_block', 'zone_id']],
  // The real StringInSlice lists "" among the owners.
  ['alicloud_images', ['owners']],
];

/** Refused as the real provider refuses: its validator rejects "" (or the attribute is required and validated). */
const REFUSED: Array<[string, string, RegExp]> = [
  ['alicloud_instance', 'instance_type', /"" is not a instance type id; it should start with "ecs\."/],
  ['alicloud_vpn_gateway', 'network_type', /"" is not an accepted value; use one of: public, private/],
  ['alicloud_route_entry', 'nexthop_type', /"" is not an accepted value; use one of:/],
  ['alicloud_security_group_rule', 'nic_type', /"" is not an accepted value; use one of: internet, intranet/],
  ['alicloud_nat_gateway', 'vpc_id', /"" is not a VPC id/],
];

describe('provider: "" where the real provider accepts it', () => {
  for (const [type, attrs] of ACCEPTED) {
    for (const attr of attrs) {
      it(`${type}.${attr} = "" passes validation`, () => {
        const schema = effectiveResourceSchema(resource(type));
        assert.ok(schema.attributes[attr], `${type} has no ${attr}`);
        assert.deepEqual(attrErrors(schema, attr), []);
      });
    }
  }
  for (const [type, attrs] of ACCEPTED_DATA) {
    for (const attr of attrs) {
      it(`data source ${type}: ${attr} = "" passes validation (no filter)`, () => {
        const schema = effectiveDataSourceSchema(dataSource(type));
        assert.ok(schema.attributes[attr], `${type} has no ${attr}`);
        assert.deepEqual(attrErrors(schema, attr), []);
      });
    }
  }

  it('a security group rule takes "" for the sources it does not use, and for port_range of a portless protocol', () => {
    const rule = resource('alicloud_security_group_rule');
    const base = { type: 'ingress', ip_protocol: 'tcp', security_group_id: 'sg-1', port_range: '22/22', nic_type: null, cidr_ip: null, ipv6_cidr_ip: null, source_security_group_id: null, prefix_list_id: null };
    assert.deepEqual(rule.validateConfig!({ ...base, cidr_ip: '0.0.0.0/0', source_security_group_id: '', ipv6_cidr_ip: '', prefix_list_id: '' }), []);
    assert.deepEqual(rule.validateConfig!({ ...base, cidr_ip: '', source_security_group_id: 'sg-2', nic_type: 'intranet' }), []);
    assert.deepEqual(rule.validateConfig!({ ...base, ip_protocol: 'all', port_range: '', cidr_ip: '10.0.0.0/8' }), []);
  });

  it('a SNAT entry takes source_cidr = "" beside a VSwitch, and the other way round', () => {
    const snat = resource('alicloud_snat_entry');
    assert.deepEqual(snat.validateConfig!({ source_vswitch_id: 'vsw-1', source_cidr: '' }), []);
    assert.deepEqual(snat.validateConfig!({ source_vswitch_id: '', source_cidr: '10.0.1.0/24' }), []);
  });

  it('a router interface takes "" for both health-check addresses', () => {
    const ri = resource('alicloud_router_interface');
    const diags = ri.validateConfig!({ role: 'AcceptingSide', router_type: 'VRouter', specification: null, health_check_source_ip: '', health_check_target_ip: '' });
    assert.deepEqual(diags.filter((d) => d.severity === 'error'), []);
  });
});

describe('provider: "" still refused where the real provider refuses it', () => {
  for (const [type, attr, message] of REFUSED) {
    it(`${type}.${attr} = "" is refused, naming "" and the accepted form`, () => {
      const errors = attrErrors(effectiveResourceSchema(resource(type)), attr);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.match(errors[0].detail ?? '', message);
    });
  }

  it('data source alicloud_images refuses os_type = "" (the real StringInSlice has no "")', () => {
    const errors = attrErrors(effectiveDataSourceSchema(dataSource('alicloud_images')), 'os_type');
    assert.equal(errors.length, 1);
    assert.match(errors[0].detail ?? '', /"" is not an accepted value; use one of: linux, windows/);
  });

  // The real schema takes these "" (no validator) and CreateVSwitch / CreateSnatEntry then fail at
  // apply for want of the value; the sandbox says so at plan, naming "".
  it('a VSwitch with zone_id = "" is refused as missing its zone, naming ""', () => {
    const diags = resource('alicloud_vswitch').validateConfig!({ vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', zone_id: '', availability_zone: null, is_default: null, enable_ipv6: null, ipv6_cidr_block_mask: null });
    assert.equal(diags.length, 1, JSON.stringify(diags));
    assert.deepEqual(diags[0].attribute, ['zone_id']);
    assert.match(diags[0].detail ?? '', /zone_id is "": set zone_id to the zone of the VSwitch/);
  });

  it('a VSwitch with vpc_id = "" is refused as missing its VPC, naming ""', () => {
    const diags = resource('alicloud_vswitch').validateConfig!({ vpc_id: '', cidr_block: '10.0.1.0/24', zone_id: 'cn-hangzhou-h', availability_zone: null, is_default: null, enable_ipv6: null, ipv6_cidr_block_mask: null });
    assert.equal(diags.length, 1, JSON.stringify(diags));
    assert.match(diags[0].detail ?? '', /vpc_id is "": set vpc_id/);
  });

  it('a SNAT entry whose two sources are both "" is refused, naming ""', () => {
    const diags = resource('alicloud_snat_entry').validateConfig!({ source_vswitch_id: '', source_cidr: '' });
    assert.equal(diags.length, 1);
    assert.match(diags[0].detail ?? '', /both unset or ""/);
  });

  it('a security group rule whose every source is "" is refused, naming ""', () => {
    const diags = resource('alicloud_security_group_rule').validateConfig!({ type: 'ingress', ip_protocol: 'all', port_range: null, cidr_ip: '', ipv6_cidr_ip: '', source_security_group_id: '', prefix_list_id: '' });
    assert.equal(diags.length, 1, JSON.stringify(diags));
    assert.match(diags[0].detail ?? '', /all unset or ""/);
  });
});

/**
 * What a resource's create sends for "": the real provider's create code skips "" with d.GetOk on
 * these non-computed arguments, so the API must not receive "" from the sandbox's either.
 */
describe('provider: a non-computed "" is not sent to the API', () => {
  const STOP = new Error('stop after the create call');
  async function sentBy(type: string, action: string, planned: ObjectValue): Promise<Record<string, unknown>> {
    const calls: Array<{ action: string; params: Record<string, unknown> }> = [];
    const ctx: any = {
      region: 'cn-hangzhou',
      stopped: new AbortController().signal,
      timeoutMs: 1000,
      log() {},
      warn() {},
      client: {
        async call(_product: string, a: string, params: Record<string, unknown>) {
          calls.push({ action: a, params });
          if (a === action) throw STOP;
          return {};
        },
      },
    };
    const def = resource(type);
    const full: ObjectValue = Object.fromEntries(Object.keys(effectiveResourceSchema(def).attributes).map((k) => [k, null]));
    await assert.rejects(def.create(ctx, { ...full, ...planned }));
    const call = calls.find((c) => c.action === action);
    assert.ok(call, `${type} made no ${action} call (calls: ${calls.map((c) => c.action).join(', ')})`);
    return call.params;
  }
  const withEmpty = (params: Record<string, unknown>) => Object.entries(params).filter(([, v]) => v === '').map(([k]) => k);

  it('alicloud_security_group: vpc_id = "" sends no VpcId (a classic-network group, as the real provider asks)', async () => {
    const params = await sentBy('alicloud_security_group', 'CreateSecurityGroup', { vpc_id: '', security_group_name: 'g' });
    assert.equal('VpcId' in params && params.VpcId !== undefined, false, JSON.stringify(params));
  });

  it('alicloud_security_group_rule: "" sources and description are not sent', async () => {
    const params = await sentBy('alicloud_security_group_rule', 'AuthorizeSecurityGroup', {
      security_group_id: 'sg-1', type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', nic_type: 'intranet', policy: 'accept', priority: 1,
      cidr_ip: '0.0.0.0/0', ipv6_cidr_ip: '', source_security_group_id: '', prefix_list_id: '', description: '',
    });
    assert.deepEqual(withEmpty(params), [], JSON.stringify(params));
    assert.ok(Object.values(params).includes('0.0.0.0/0'), JSON.stringify(params));
  });

  it('alicloud_vpn_connection: customer_gateway_id = "" and network_type = "" are not sent', async () => {
    const params = await sentBy('alicloud_vpn_connection', 'CreateVpnConnection', {
      vpn_gateway_id: 'vpn-1', customer_gateway_id: '', network_type: '', local_subnet: ['10.0.0.0/16'], remote_subnet: ['192.168.0.0/16'],
    });
    assert.equal(params.CustomerGatewayId, undefined, JSON.stringify(params));
    assert.equal(params.NetworkType, undefined, JSON.stringify(params));
  });
});
