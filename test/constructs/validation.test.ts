/**
 * Every network mistake the constructs catch stops synthesis (as `cdktf synth` would, before
 * Terraform runs) with a message that names the construct path, the value given, the rule and a fix.
 */
import * as assert from 'node:assert/strict';
import { TerraformVariable, Testing } from 'cdktf';
import { Network, NetworkInstance } from '../../constructs';
import { checkRouteCount, checkVpcCidr } from '../../constructs/validation';
import { MAX_CUSTOM_ROUTE_ENTRIES as MAX_CUSTOM_ROUTES_PER_TABLE } from '../../network-rules/limits';
import { stackWith, synthError } from './synth-helpers';

/** Stricter than synth-helpers' assertNames: these messages must carry the path in brackets. */
function assertNames(message: string, parts: { path: string; value: string; rule: RegExp }): void {
  assert.ok(message.includes(`[${parts.path}]`), `no construct path [${parts.path}] in:\n${message}`);
  assert.ok(message.includes(`"${parts.value}"`), `no value "${parts.value}" in:\n${message}`);
  assert.match(message, parts.rule);
  assert.match(message, /Fix: /);
}

describe('synth-time network validation', () => {
  it('accepts a correct network with routes and instances', () => {
    const stack = stackWith((s) => {
      const n = new Network(s, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '192.168.0.0/24' } } });
      const i = n.addInstance('i', { vswitch: n.vswitch('a'), privateIp: '192.168.0.10' });
      n.addRoute('r', { destination: '10.0.0.0/24', nextHop: i });
    });
    Testing.fullSynth(stack);
  });

  it('rejects a VPC block outside the private ranges', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '8.8.0.0/16' }));
    assertNames(msg, { path: 'test/net', value: '8.8.0.0/16', rule: /outside the private ranges 10\.0\.0\.0\/8, 172\.16\.0\.0\/12, 192\.168\.0\.0\/16/ });
  });

  it('rejects a VSwitch block outside the private ranges', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/8', vswitches: { pub: { zoneId: 'cn-hangzhou-b', cidrBlock: '11.0.0.0/24' } } }));
    assertNames(msg, { path: 'test/net/pub', value: '11.0.0.0/24', rule: /outside the private ranges/ });
  });

  it('rejects a VSwitch mask longer than /29', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { tiny: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/30' } } }));
    assertNames(msg, { path: 'test/net/tiny', value: '10.0.0.0/30', rule: /mask \/30: a VSwitch mask must be \/16 to \/29/ });
    assert.match(msg, /for example 10\.0\.0\.0\/29/);
  });

  it('rejects a VSwitch mask shorter than /16', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/8', vswitches: { huge: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/15' } } }));
    assertNames(msg, { path: 'test/net/huge', value: '10.0.0.0/15', rule: /mask \/15: a VSwitch mask must be \/16 to \/29/ });
  });

  it('rejects a carved mask outside /16–/29 when the construct is built', () => {
    assert.throws(
      () => stackWith((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { tiny: { zoneId: 'cn-hangzhou-b', maskLength: 30 } } })),
      /test\/net\/tiny: VSwitch maskLength "30" .*must be \/16 to \/29.*Fix: /,
    );
  });

  it('rejects a VSwitch outside its VPC', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '172.16.0.0/16', vswitches: { away: { zoneId: 'cn-hangzhou-b', cidrBlock: '172.17.0.0/24' } } }));
    assertNames(msg, { path: 'test/net/away', value: '172.17.0.0/24', rule: /outside its VPC's block 172\.16\.0\.0\/16/ });
  });

  it('rejects overlapping VSwitches, naming both', () => {
    const msg = synthError((s) =>
      new Network(s, 'net', {
        cidrBlock: '10.0.0.0/16',
        vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/23' }, b: { zoneId: 'cn-hangzhou-g', cidrBlock: '10.0.1.0/24' } },
      }),
    );
    assertNames(msg, { path: 'test/net/b', value: '10.0.1.0/24', rule: /overlaps VSwitch "a" \(10\.0\.0\.0\/23\)/ });
  });

  it('rejects a VSwitch added later that overlaps a carved one', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { carved: { zoneId: 'cn-hangzhou-b' } } });
      n.addVSwitch('late', { zoneId: 'cn-hangzhou-g', cidrBlock: '10.0.0.128/25' });
    });
    assertNames(msg, { path: 'test/net/late', value: '10.0.0.128/25', rule: /overlaps VSwitch "carved" \(10\.0\.0\.0\/24\)/ });
  });

  it('rejects more than 40 custom routes in a table', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '192.168.0.0/24' } } });
      const i = n.addInstance('hop', { vswitch: n.vswitch('a') });
      for (let k = 0; k <= MAX_CUSTOM_ROUTES_PER_TABLE; k++) n.addRoute(`r${k}`, { destination: `10.${k}.0.0/16`, nextHop: i });
    });
    assertNames(msg, { path: 'test/net/Routes', value: '41', rule: /at most 40 custom route entries/ });
    assert.match(msg, /remove 1 route/);
    assert.deepEqual(checkRouteCount(40, 't'), []);
  });

  it('rejects a duplicate destination, even written differently', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '192.168.0.0/24' } } });
      const i = n.addInstance('hop', { vswitch: n.vswitch('a') });
      n.addRoute('first', { destination: '10.0.0.1/32', nextHop: i });
      n.addRoute('second', { destination: '10.0.0.1', nextHop: i });
    });
    assertNames(msg, { path: 'test/net/Routes/second', value: '10.0.0.1', rule: /already the destination of route "first"/ });
  });

  it('rejects a route whose next hop is an instance in another VPC', () => {
    const msg = synthError((s) => {
      const a = new Network(s, 'net-a', { cidrBlock: '192.168.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '192.168.0.0/24' } } });
      const b = new Network(s, 'net-b', { cidrBlock: '172.16.0.0/16', vswitches: { b: { zoneId: 'cn-hangzhou-b', cidrBlock: '172.16.0.0/24' } } });
      const foreign = b.addInstance('foreign', { vswitch: b.vswitch('b') });
      a.addRoute('bad', { destination: '0.0.0.0/0', nextHop: foreign });
    });
    assertNames(msg, { path: 'test/net-a/Routes/bad', value: 'test/net-b/foreign', rule: /not in this route table's network test\/net-a: a next hop must be in the same VPC/ });
  });

  it('rejects a route destination inside a VSwitch block', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/24' } } });
      n.addRoute('inside', { destination: '10.0.0.0/25', nextHop: n.addInstance('hop', { vswitch: n.vswitch('a') }) });
    });
    assertNames(msg, { path: 'test/net/Routes/inside', value: '10.0.0.0/25', rule: /lies in VSwitch "a" \(10\.0\.0\.0\/24\)/ });
  });

  it('rejects a route destination in 100.64.0.0/10', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/24' } } });
      n.addRoute('cloud', { destination: '100.64.1.0/24', nextHop: n.addInstance('hop', { vswitch: n.vswitch('a') }) });
    });
    assertNames(msg, { path: 'test/net/Routes/cloud', value: '100.64.1.0/24', rule: /100\.64\.0\.0\/10/ });
  });

  it('rejects a VPC mask outside /8–/28', () => {
    assert.match(checkVpcCidr('10.0.0.0/29').join('\n'), /mask \/29: a VPC mask must be \/8 to \/28/);
    assert.match(checkVpcCidr('10.0.0.0/7').join('\n'), /outside the private ranges/);
  });

  it('rejects a fixed private IP outside its VSwitch or on a reserved address', () => {
    const outside = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/24' } } });
      new NetworkInstance(n, 'web', { vswitch: n.vswitch('a'), privateIp: '10.0.1.5' });
    });
    assertNames(outside, { path: 'test/net/web', value: '10.0.1.5', rule: /outside its VSwitch "a" \(10\.0\.0\.0\/24\)/ });
    const reserved = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/24' } } });
      n.addInstance('web', { vswitch: n.vswitch('a'), privateIp: '10.0.0.254' });
    });
    assertNames(reserved, { path: 'test/net/web', value: '10.0.0.254', rule: /reserved/ });
    assert.match(reserved, /10\.0\.0\.1 to 10\.0\.0\.252/);
  });

  it('fails at construction when no free block of the asked size is left', () => {
    assert.throws(
      () =>
        stackWith((s) =>
          new Network(s, 'net', { cidrBlock: '10.0.0.0/24', vswitches: { a: { zoneId: 'cn-hangzhou-b', maskLength: 25 }, b: { zoneId: 'cn-hangzhou-b', maskLength: 25 }, c: { zoneId: 'cn-hangzhou-b', maskLength: 25 } } }),
        ),
      /test\/net\/c: no free \/25 is left in VPC block 10\.0\.0\.0\/24 \(taken: 10\.0\.0\.0\/25, 10\.0\.0\.128\/25\).*Fix: /,
    );
  });

  it('reports every mistake at once, each with its own construct path', () => {
    const msg = synthError((s) =>
      new Network(s, 'net', {
        cidrBlock: '10.0.0.0/16',
        vswitches: { a: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.1.0.0/24' }, b: { zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/30' } },
      }),
    );
    assert.ok(msg.includes('[test/net/a]') && msg.includes('[test/net/b]'), msg);
  });
});

describe('synth-time validation with values known only at deploy time', () => {
  it('skips blocks that are tokens instead of reporting them as malformed', () => {
    const stack = stackWith((s) => {
      const v = new TerraformVariable(s, 'vpc_cidr', { type: 'string' });
      const n = new Network(s, 'net', { cidrBlock: v.stringValue, outputs: false });
      n.addVSwitch('a', { zoneId: 'cn-hangzhou-b', cidrBlock: new TerraformVariable(s, 'vsw_cidr', { type: 'string' }).stringValue });
    });
    Testing.fullSynth(stack);
  });

  it('refuses to carve from a VPC block that is a token, asking for an explicit block', () => {
    assert.throws(
      () => stackWith((s) => new Network(s, 'net', { cidrBlock: new TerraformVariable(s, 'vpc_cidr', { type: 'string' }).stringValue, vswitches: { a: { zoneId: 'cn-hangzhou-b' } } })),
      /cannot carve a VSwitch block from a VPC block that is only known at deploy time\. Fix: give the VSwitch a cidrBlock/,
    );
  });
});
