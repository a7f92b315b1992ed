/**
 * alicloud_ecs_network_interface (and alicloud_network_interface): the real schema's ConflictsWith
 * between the ways of giving an ENI's extra addresses, checked at validateConfig as Terraform
 * would before any API call. A value still unknown at validation (a module variable, which may
 * turn out null) is not a conflict yet.
 */
import * as assert from 'node:assert/strict';
import { UNKNOWN, type Diagnostic, type ObjectValue, type ResourceDefinition } from '../../provider/framework/types';
import { ecsNetworkInterfaceResource, networkInterfaceResource } from '../../provider/resources/ecs-network-interface';

/** A configuration as Terraform sends it: every attribute present, null where not written. */
function config(def: ResourceDefinition, set: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(def.schema.attributes)) out[name] = set[name] ?? null;
  for (const name of Object.keys(def.schema.blocks ?? {})) out[name] = set[name] ?? [];
  return out;
}

function conflicts(def: ResourceDefinition, set: ObjectValue): Diagnostic[] {
  return (def.validateConfig!(config(def, { vswitch_id: 'vsw-1', ...set })) as Diagnostic[]).filter((d) => /conflicts with/.test(d.summary));
}

const IPS = ['192.168.1.10', '192.168.1.11'];

describe('alicloud_ecs_network_interface: exclusive ways of giving addresses', () => {
  for (const def of [ecsNetworkInterfaceResource, networkInterfaceResource]) {
    describe(def.typeName, () => {
      const pairs: Array<[string, unknown, string, unknown]> = [
        ['private_ip_addresses', IPS, 'secondary_private_ip_address_count', 2],
        ['private_ips', IPS, 'private_ips_count', 2],
        ['private_ip_addresses', IPS, 'ipv4_prefixes', ['192.168.1.32/28']],
        ['secondary_private_ip_address_count', 2, 'ipv4_prefix_count', 1],
        ['ipv4_prefixes', ['192.168.1.32/28'], 'ipv4_prefix_count', 1],
        ['private_ips', IPS, 'ipv4_prefix_count', 1],
        ['ipv6_addresses', ['2408:4000::10'], 'ipv6_address_count', 1],
      ];
      for (const [a, av, b, bv] of pairs) {
        it(`refuses ${a} together with ${b}, naming both on the later one`, () => {
          const diags = conflicts(def, { [a]: av, [b]: bv } as ObjectValue);
          assert.equal(diags.length, 1, JSON.stringify(diags));
          assert.equal(diags[0].severity, 'error');
          assert.deepEqual(diags[0].attribute, [b]);
          assert.match(diags[0].summary, new RegExp(`"${b}": conflicts with ${a}`));
          assert.match(diags[0].detail ?? '', /Keep one/);
        });
      }

      it('accepts one way of each kind together (listed IPv4 with counted IPv6), and a deprecated name that agrees with its replacement', () => {
        assert.deepEqual(conflicts(def, { private_ip_addresses: IPS, private_ips: IPS, ipv6_address_count: 1 }), []);
        assert.deepEqual(conflicts(def, { secondary_private_ip_address_count: 2, ipv6_addresses: ['2408:4000::10'] }), []);
      });

      it('does not call values unknown at validation a conflict (module variables that may be null)', () => {
        assert.deepEqual(conflicts(def, { private_ip_addresses: UNKNOWN, secondary_private_ip_address_count: 2 }), []);
        assert.deepEqual(conflicts(def, { ipv4_prefixes: ['192.168.1.32/28'], ipv4_prefix_count: UNKNOWN }), []);
        assert.deepEqual(conflicts(def, { ipv6_addresses: UNKNOWN, ipv6_address_count: UNKNOWN }), []);
      });
    });
  }
});
