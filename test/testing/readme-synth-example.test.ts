// test/routing.test.ts — unit tests of the synthesized output; nothing is deployed
import * as assert from 'node:assert/strict';
import { TerraformStack, Testing } from 'cdktf';
import { Network, provider } from 'alicloud-sandbox';
import { longestPrefixMatch, resourcesOfType, validate } from 'alicloud-sandbox/testing';

function routedStack(): { stack: TerraformStack; net: Network } {
  const stack = new TerraformStack(Testing.app(), 'routing');
  new provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  const net = new Network(stack, 'net', {
    cidrBlock: '192.168.0.0/16',
    vswitches: { main: { zoneId: 'cn-hangzhou-b', cidrBlock: '192.168.0.0/24' } },
  });
  const ecs01 = net.addInstance('ecs01', { vswitch: net.vswitch('main') });
  const ecs02 = net.addInstance('ecs02', { vswitch: net.vswitch('main') });
  net.addRoute('default-route', { destination: '0.0.0.0/0', nextHop: ecs01 });
  net.addRoute('ten-route', { destination: '10.0.0.0/24', nextHop: ecs02 });
  return { stack, net };
}

describe('my routing', () => {
  it('sends 10.0.0.0/24 to ecs02 and everything else to ecs01', () => {
    const { stack, net } = routedStack();
    assert.deepEqual(validate(stack), []);
    const json = Testing.synth(stack, true); // true: run the constructs' validations, as cdktf synth does
    assert.equal(resourcesOfType(json, 'alicloud_route_entry').length, 2);
    assert.match(String(longestPrefixMatch(json, net, '10.0.0.1').route!.config.nexthop_id), /ecs02/);
    assert.match(String(longestPrefixMatch(json, net, '10.0.1.1').route!.config.nexthop_id), /ecs01/);
  });

  it('reports a VSwitch outside its VPC without throwing', () => {
    const { stack, net } = routedStack();
    net.addVSwitch('stray', { zoneId: 'cn-hangzhou-b', cidrBlock: '10.9.0.0/24' });
    const problems = validate(stack);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /10\.9\.0\.0\/24/);
  });
});
