import * as assert from 'node:assert/strict';
import { Network } from '../../constructs';
import { assertNames, fullSynthJson, synthError, ZONE_B, ZONE_G } from './synth-helpers';

describe('the NetworkInstance construct', () => {
  it('rejects two instances with the same fixed private IP, reporting the later one', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
      n.addInstance('web1', { vswitch: n.vswitch('a'), privateIp: '10.0.0.10' });
      n.addInstance('web2', { vswitch: n.vswitch('a'), privateIp: '10.0.0.10' });
    });
    assertNames(msg, { path: 'test/net/web2', value: '10.0.0.10', rule: /is already the private IP of instance test\/net\/web1/ });
    assert.ok(!msg.includes('[test/net/web1]'), msg);
  });

  it('accepts the same private IP in two different networks', () => {
    fullSynthJson((s) => {
      for (const id of ['one', 'two']) {
        const n = new Network(s, id, { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
        n.addInstance('web', { vswitch: n.vswitch('a'), privateIp: '10.0.0.10' });
      }
    });
  });

  it('rejects more instances than the VSwitch has usable addresses', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { small: { zoneId: ZONE_B, maskLength: 29 }, big: { zoneId: ZONE_G } } });
      for (let k = 0; k < 5; k++) n.addInstance(`i${k}`, { vswitch: n.vswitch('small') });
      n.addInstance('elsewhere', { vswitch: n.vswitch('big') });
    });
    assertNames(msg, { path: 'test/net/small', value: '5', rule: /is more than its 4 usable addresses \(10\.0\.0\.0\/29 minus the 4 reserved\)/ });
    assert.match(msg, /move 1 instance/);
  });

  it('accepts as many instances as the VSwitch has usable addresses', () => {
    const json = fullSynthJson((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { small: { zoneId: ZONE_B, maskLength: 29 } } });
      for (let k = 0; k < 4; k++) n.addInstance(`i${k}`, { vswitch: n.vswitch('small') });
    });
    assert.equal(Object.keys(json.resource.alicloud_instance).length, 4);
  });

  it('accepts the first and the last usable address, and rejects the last three', () => {
    fullSynthJson((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
      n.addInstance('first', { vswitch: n.vswitch('a'), privateIp: '10.0.0.1' });
      n.addInstance('last', { vswitch: n.vswitch('a'), privateIp: '10.0.0.252' });
    });
    for (const ip of ['10.0.0.0', '10.0.0.253', '10.0.0.254', '10.0.0.255']) {
      const msg = synthError((s) => {
        const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
        n.addInstance('web', { vswitch: n.vswitch('a'), privateIp: ip });
      });
      assertNames(msg, { path: 'test/net/web', value: ip, rule: /is reserved in VSwitch "a"/ });
    }
  });
});
