/**
 * The synth-time test helpers users get from `alicloud-sandbox/testing`: reading resources and
 * route entries out of `Testing.synth` output, longest prefix match over known destinations, and
 * the L2 validation problems as a list.
 */
import * as assert from 'node:assert/strict';
import { Aspects, TerraformStack, TerraformVariable, Testing, type IAspect } from 'cdktf';
import type { IConstruct } from 'constructs';
import { Network, provider } from '../../constructs';
import { longestPrefixMatch, resourcesOfType, routeEntriesOf, validate } from '../../testing/synth';

const ZONE_B = 'cn-hangzhou-b';

function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new provider.AlicloudProvider(stack, 'alicloud', { endpoint: 'http://127.0.0.1:4590' });
  return stack;
}

/** The guide's routing policy: 0.0.0.0/0 via ecs01, 10.0.0.0/24 via ecs02, in 192.168.0.0/16. */
function guideStack() {
  const stack = newStack();
  const network = new Network(stack, 'network', { cidrBlock: '192.168.0.0/16', vswitches: { main: { zoneId: ZONE_B, cidrBlock: '192.168.0.0/24' } } });
  const ecs01 = network.addInstance('ecs01', { vswitch: network.vswitch('main') });
  const ecs02 = network.addInstance('ecs02', { vswitch: network.vswitch('main') });
  network.addRoute('default-route', { destination: '0.0.0.0/0', nextHop: ecs01 });
  network.addRoute('ten-route', { destination: '10.0.0.0/24', nextHop: ecs02 });
  return { stack, network };
}

describe('resourcesOfType', () => {
  it('lists the resources of a type with their logical names and synthesized arguments', () => {
    const stack = newStack();
    new Network(stack, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.1.0/24' }, b: { zoneId: ZONE_B, maskLength: 26 } } });
    const vswitches = resourcesOfType(Testing.synth(stack), 'alicloud_vswitch');
    assert.deepEqual(vswitches.map((v) => v.config.cidr_block).sort(), ['10.0.0.0/26', '10.0.1.0/24']);
    for (const v of vswitches) {
      assert.equal(v.type, 'alicloud_vswitch');
      assert.match(v.name, /^net_[ab]_[0-9A-F]{8}$/);
      assert.match(v.config.vpc_id, /^\$\{alicloud_vpc\.net_Vpc_[0-9A-F]{8}\.id\}$/);
    }
  });

  it('reads the same from the JSON string, the parsed JSON and the stack', () => {
    const { stack } = guideStack();
    const json = Testing.synth(stack);
    const fromString = resourcesOfType(json, 'alicloud_instance');
    assert.equal(fromString.length, 2);
    assert.deepEqual(resourcesOfType(JSON.parse(json), 'alicloud_instance'), fromString);
    assert.deepEqual(resourcesOfType(stack, 'alicloud_instance'), fromString);
  });

  it('returns an empty list for a type the stack does not have', () => {
    assert.deepEqual(resourcesOfType(Testing.synth(newStack()), 'alicloud_route_entry'), []);
  });
});

describe('routeEntriesOf', () => {
  it('returns the entries of one network\'s route table, named by the network, its reference or its VPC address', () => {
    const { stack, network } = guideStack();
    const other = new Network(stack, 'other', { cidrBlock: '172.16.0.0/16', vswitches: { x: { zoneId: ZONE_B, cidrBlock: '172.16.0.0/24' } } });
    other.addRoute('elsewhere', { destination: '10.9.0.0/16', nextHop: 'i-bp1other' });
    const json = Testing.synth(stack);
    const destinations = (ref: Parameters<typeof routeEntriesOf>[1]) => routeEntriesOf(json, ref).map((r) => r.config.destination_cidrblock).sort();
    assert.deepEqual(destinations(network), ['0.0.0.0/0', '10.0.0.0/24']);
    const vpcName = resourcesOfType(json, 'alicloud_vpc').find((v) => v.name.startsWith('network_'))!.name;
    assert.deepEqual(destinations(`\${alicloud_vpc.${vpcName}.route_table_id}`), ['0.0.0.0/0', '10.0.0.0/24']);
    assert.deepEqual(destinations(`alicloud_vpc.${vpcName}`), ['0.0.0.0/0', '10.0.0.0/24']);
    assert.deepEqual(destinations(other), ['10.9.0.0/16']);
    assert.deepEqual(destinations('vtb-not-in-this-stack'), []);
  });

  it('resolves a route table token against the stack, and explains why it cannot against a JSON string', () => {
    const { stack, network } = guideStack();
    assert.equal(routeEntriesOf(stack, network.routeTableId).length, 2);
    assert.throws(() => routeEntriesOf(Testing.synth(stack), network.routeTableId), /is a token, which a synthesized JSON cannot resolve\. Fix: pass the stack/);
  });
});

describe('longestPrefixMatch', () => {
  it('picks the most specific route, as in the guide: 10.0.0.1 goes to ecs02 and 10.0.1.1 to ecs01', () => {
    const { stack, network } = guideStack();
    const json = Testing.synth(stack, true);
    const ten = longestPrefixMatch(json, network, '10.0.0.1');
    assert.equal(ten.route!.config.destination_cidrblock, '10.0.0.0/24');
    assert.match(ten.route!.config.nexthop_id, /alicloud_instance\.network_ecs02_/);
    assert.equal(ten.vswitch, undefined);
    assert.deepEqual(ten.skipped, []);
    const other = longestPrefixMatch(json, network, '10.0.1.1');
    assert.equal(other.route!.config.destination_cidrblock, '0.0.0.0/0');
    assert.match(other.route!.config.nexthop_id, /alicloud_instance\.network_ecs01_/);
  });

  it('keeps an address inside a VSwitch of the VPC on the VSwitch\'s system route, not on 0.0.0.0/0', () => {
    const { stack, network } = guideStack();
    const inside = longestPrefixMatch(Testing.synth(stack), network, '192.168.0.7');
    assert.equal(inside.route, undefined);
    assert.equal(inside.vswitch!.config.cidr_block, '192.168.0.0/24');
  });

  it('finds no route for an address no known destination holds', () => {
    const stack = newStack();
    const n = new Network(stack, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '192.168.0.0/24' } } });
    n.addRoute('ten', { destination: '10.0.0.0/8', nextHop: 'i-bp1hop' });
    const none = longestPrefixMatch(Testing.synth(stack), n, '8.8.8.8');
    assert.equal(none.route, undefined);
    assert.equal(none.vswitch, undefined);
  });

  it('skips destinations only known at deploy time and says which, instead of guessing', () => {
    const stack = newStack();
    const n = new Network(stack, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '192.168.0.0/24' } } });
    n.addRoute('known', { destination: '10.0.0.0/8', nextHop: 'i-bp1hop' });
    n.addRoute('unknown', { destination: new TerraformVariable(stack, 'dest', { type: 'string' }).stringValue, nextHop: 'i-bp1hop' });
    const match = longestPrefixMatch(Testing.synth(stack), n, '10.1.2.3');
    assert.equal(match.route!.config.destination_cidrblock, '10.0.0.0/8');
    assert.equal(match.skipped.length, 1);
    assert.match(match.skipped[0].resource.name, /^net_Routes_unknown_/);
    assert.equal(match.skipped[0].reason, 'destination "${var.dest}" is only known at deploy time');
  });

  it('refuses a destination that is not an IPv4 address', () => {
    const { stack, network } = guideStack();
    assert.throws(() => longestPrefixMatch(Testing.synth(stack), network, '10.0.0.0/24'), /"10\.0\.0\.0\/24" is not an IPv4 address/);
  });
});

describe('validate', () => {
  it('returns [] for a correct stack', () => {
    assert.deepEqual(validate(guideStack().stack), []);
  });

  it('lists every problem of a wrong stack with its construct path, where Testing.synth(stack) without true lets it through', () => {
    const stack = newStack();
    const n = new Network(stack, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { out: { zoneId: ZONE_B, cidrBlock: '10.1.0.0/24' }, a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
    n.addRoute('inside', { destination: '10.0.0.0/25', nextHop: 'vpn-1' });
    assert.doesNotThrow(() => Testing.synth(stack));
    const problems = validate(stack);
    assert.deepEqual(problems.map((p) => /^\[([^\]]+)\]/.exec(p)![1]).sort(), ['test/net/Routes/inside', 'test/net/Routes/inside', 'test/net/out']);
    assert.ok(problems.some((p) => /^\[test\/net\/out\] VSwitch "out" cidr_block "10\.1\.0\.0\/24" is outside its VPC's block 10\.0\.0\.0\/16/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /^\[test\/net\/Routes\/inside\] route "inside" destination "10\.0\.0\.0\/25" lies in VSwitch "a"/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /^\[test\/net\/Routes\/inside\] route "inside" next hop "vpn-1" is not an ECS instance ID/.test(p)), problems.join('\n'));
    assert.throws(() => Testing.synth(stack, true), /test\/net\/out/);
  });

  it('checks every stack of an app, cdktf\'s own checks included', () => {
    const app = Testing.app();
    for (const [id, cidrBlock] of [['good', '10.0.0.0/16'], ['bad', '8.8.0.0/16']]) {
      const stack = new TerraformStack(app, id);
      new provider.AlicloudProvider(stack, 'alicloud', { endpoint: 'http://127.0.0.1:4590' });
      new Network(stack, 'net', { cidrBlock });
    }
    const problems = validate(app);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^\[bad\/net\] VPC cidr_block "8\.8\.0\.0\/16" is outside the private ranges/);
    const noProvider = new TerraformStack(Testing.app(), 'bare');
    new Network(noProvider, 'net');
    assert.match(validate(noProvider).join('\n'), /^\[bare\] Found resources without a matching provider construct/);
  });

  it('runs the stack\'s aspects first, as synthesis does, so constructs they add are checked', () => {
    const stack = newStack();
    class AddsBadNetwork implements IAspect {
      private done = false;
      visit(node: IConstruct): void {
        if (this.done || node !== stack) return;
        this.done = true;
        new Network(stack, 'late', { cidrBlock: '10.0.0.0/30' });
      }
    }
    Aspects.of(stack).add(new AddsBadNetwork());
    const problems = validate(stack);
    assert.ok(problems.some((p) => p.startsWith('[test/late] VPC cidr_block "10.0.0.0/30" has mask /30')), problems.join('\n'));
  });
});
