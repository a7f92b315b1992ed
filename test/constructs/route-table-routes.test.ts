import * as assert from 'node:assert/strict';
import { TerraformVariable } from 'cdktf';
import { Network } from '../../constructs';
import { assertNames, fullSynthJson, synthError, ZONE_B } from './synth-helpers';

const network = (s: any) => new Network(s, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '192.168.0.0/24' } } });

describe('the custom routes of a Network (RouteTableRoutes)', () => {
  it('takes the next hop as an instance ID string, for an instance made outside the Network', () => {
    const json = fullSynthJson((s) => network(s).addRoute('to-appliance', { destination: '10.0.0.0/8', nextHop: 'i-bp1appliance01' }));
    const route = Object.values<any>(json.resource.alicloud_route_entry)[0];
    assert.equal(route.nexthop_id, 'i-bp1appliance01');
    assert.equal(route.nexthop_type, 'Instance');
    assert.equal(route.destination_cidrblock, '10.0.0.0/8');
  });

  it('takes the next hop as a token, such as a variable, and leaves its VPC to be checked at deploy time', () => {
    const json = fullSynthJson((s) => {
      const hop = new TerraformVariable(s, 'hop_id', { type: 'string' });
      network(s).addRoute('via-var', { destination: '0.0.0.0/0', nextHop: hop.stringValue });
    });
    assert.equal(Object.values<any>(json.resource.alicloud_route_entry)[0].nexthop_id, '${var.hop_id}');
  });

  it('refuses a next hop ID string that is not an instance ID', () => {
    const msg = synthError((s) => network(s).addRoute('bad-hop', { destination: '10.0.0.0/8', nextHop: 'vpn-gw-1' }));
    assertNames(msg, { path: 'test/net/Routes/bad-hop', value: 'vpn-gw-1', rule: /is not an ECS instance ID \(i-\.\.\.\)/ });
  });

  it('still checks the destination of a route whose next hop is an ID string', () => {
    const msg = synthError((s) => network(s).addRoute('inside', { destination: '192.168.0.0/25', nextHop: 'i-bp1abc' }));
    assertNames(msg, { path: 'test/net/Routes/inside', value: '192.168.0.0/25', rule: /lies in VSwitch "a"/ });
  });

  it('accepts overlapping but different destinations, which longest-prefix match tells apart', () => {
    const json = fullSynthJson((s) => {
      const n = network(s);
      const hop = n.addInstance('hop', { vswitch: n.vswitch('a') });
      for (const d of ['0.0.0.0/0', '10.0.0.0/8', '10.0.0.0/16', '10.0.0.0/24', '10.0.0.1']) n.addRoute(`r-${d.replace(/[./]/g, '-')}`, { destination: d, nextHop: hop });
    });
    assert.equal(Object.keys(json.resource.alicloud_route_entry).length, 5);
  });

  it('accepts a destination that contains a VSwitch block, or that contains 100.64.0.0/10, as the API does', () => {
    fullSynthJson((s) => {
      const n = network(s);
      const hop = n.addInstance('hop', { vswitch: n.vswitch('a') });
      n.addRoute('whole-vpc', { destination: '192.168.0.0/16', nextHop: hop });
      n.addRoute('around-cloud', { destination: '100.0.0.0/8', nextHop: hop });
    });
  });

  it('rejects a destination equal to 100.64.0.0/10 or equal to a VSwitch block', () => {
    const msg = synthError((s) => {
      const n = network(s);
      const hop = n.addInstance('hop', { vswitch: n.vswitch('a') });
      n.addRoute('cloud', { destination: '100.64.0.0/10', nextHop: hop });
      n.addRoute('same', { destination: '192.168.0.0/24', nextHop: hop });
    });
    assertNames(msg, { path: 'test/net/Routes/cloud', value: '100.64.0.0/10', rule: /lies in 100\.64\.0\.0\/10/ });
    assertNames(msg, { path: 'test/net/Routes/same', value: '192.168.0.0/24', rule: /lies in VSwitch "a" \(192\.168\.0\.0\/24\)/ });
  });

  it('accepts exactly 40 custom routes', () => {
    const json = fullSynthJson((s) => {
      const n = network(s);
      const hop = n.addInstance('hop', { vswitch: n.vswitch('a') });
      for (let k = 0; k < 40; k++) n.addRoute(`r${k}`, { destination: `10.${k}.0.0/16`, nextHop: hop });
    });
    assert.equal(Object.keys(json.resource.alicloud_route_entry).length, 40);
  });
});
