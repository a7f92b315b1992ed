/**
 * ElasticIp, NatEgress and PortForward: what they synthesize, and the Internet-access mistakes
 * they stop at synth time with a path/value/rule/fix message.
 */
import * as assert from 'node:assert/strict';
import type { TerraformStack } from 'cdktf';
import { ElasticIp, NatEgress, Network, PortForward, type NetworkInstance } from '../../constructs';
import { assertNames, constructionError, fullSynthJson, synthError, ZONE_B } from './synth-helpers';

/** A network 172.16.0.0/16 with VSwitches a (172.16.1.0/24) and b (172.16.2.0/24), instance vm in a. */
function base(stack: TerraformStack): { net: Network; vm: NetworkInstance } {
  const net = new Network(stack, 'net', {
    cidrBlock: '172.16.0.0/16',
    vswitches: { a: { zoneId: ZONE_B, cidrBlock: '172.16.1.0/24' }, b: { zoneId: ZONE_B, cidrBlock: '172.16.2.0/24' } },
    outputs: false,
  });
  const vm = net.addInstance('vm', { vswitch: net.vswitch('a'), privateIp: '172.16.1.10', outputs: false });
  return { net, vm };
}

describe('ElasticIp', () => {
  it('allocates an EIP and binds it to the instance', () => {
    const json = fullSynthJson((s) => {
      const { vm } = base(s);
      new ElasticIp(s, 'web-eip', { instance: vm, ipAddress: '118.31.48.48', bandwidth: 10 });
    });
    const eip = Object.values<any>(json.resource.alicloud_eip_address)[0];
    assert.equal(eip.ip_address, '118.31.48.48');
    assert.equal(eip.bandwidth, '10');
    assert.equal(eip.address_name, 'net-web-eip');
    const assoc = Object.values<any>(json.resource.alicloud_eip_association)[0];
    assert.match(assoc.allocation_id, /alicloud_eip_address\.web-eip_Eip_[0-9A-F]+\.id/);
    assert.match(assoc.instance_id, /alicloud_instance\.net_vm_[0-9A-F]+\.id/);
    assert.equal(assoc.instance_type, 'EcsInstance');
    assert.ok(Object.keys(json.output).some((k) => k.startsWith('web-eip_IpAddress')), Object.keys(json.output).join(', '));
  });

  it('refuses an instance that has a system public IP (bandwidth > 0)', () => {
    const msg = synthError((s) => {
      const { vm } = base(s);
      vm.resource.internetMaxBandwidthOut = 10;
      new ElasticIp(s, 'eip', { instance: vm });
    });
    assertNames(msg, { path: 'test/eip', value: '10', rule: /an EIP binds only to an instance that has no public IP/ });
    assert.match(msg, /net\/vm/);
  });

  it('refuses a second EIP on one instance, on the later ElasticIp', () => {
    const msg = synthError((s) => {
      const { vm } = base(s);
      new ElasticIp(s, 'first', { instance: vm });
      new ElasticIp(s, 'second', { instance: vm });
    });
    assertNames(msg, { path: 'test/second', value: 'test/net/vm', rule: /already has the EIP of test\/first: an instance takes one EIP/ });
    assert.doesNotMatch(msg, /\[test\/first\]/);
  });

  it('refuses a private fixed address and a bandwidth out of range', () => {
    const msg = synthError((s) => {
      const { vm } = base(s);
      new ElasticIp(s, 'eip', { instance: vm, ipAddress: '10.1.2.3', bandwidth: 0 });
    });
    assertNames(msg, { path: 'test/eip', value: '10.1.2.3', rule: /is a private address: an EIP is a public address/ });
    assertNames(msg, { path: 'test/eip', value: '0', rule: /1 to 500 Mbit\/s/ });
  });
});

describe('NatEgress', () => {
  it('creates an Enhanced gateway, binds its EIPs, and SNATs a VSwitch through the first public IP', () => {
    const json = fullSynthJson((s) => {
      const { net } = base(s);
      new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), eipCount: 2, eipAddresses: ['47.96.1.1'], snat: { 'a-out': { vswitch: net.vswitch('a') } } });
    });
    const gw = Object.values<any>(json.resource.alicloud_nat_gateway)[0];
    assert.equal(gw.nat_type, 'Enhanced');
    assert.match(gw.vswitch_id, /alicloud_vswitch\.net_b_[0-9A-F]+\.id/);
    const eips = Object.values<any>(json.resource.alicloud_eip_address);
    assert.equal(eips.length, 2);
    assert.deepEqual(eips.map((e) => e.ip_address ?? null), ['47.96.1.1', null]);
    const assocs = Object.values<any>(json.resource.alicloud_eip_association);
    assert.deepEqual(assocs.map((a) => a.instance_type), ['Nat', 'Nat']);
    const snat = Object.values<any>(json.resource.alicloud_snat_entry)[0];
    assert.match(snat.snat_table_id, /alicloud_nat_gateway\.nat_[0-9A-F]+\.snat_table_ids/);
    assert.equal(snat.snat_ip, '47.96.1.1');
    assert.match(snat.source_vswitch_id, /alicloud_vswitch\.net_a_[0-9A-F]+\.id/);
    assert.equal(snat.depends_on.length, 2, 'the entry waits for the bindings');
  });

  it('SNATs a block inside the VPC, and refuses one outside it', () => {
    const json = fullSynthJson((s) => {
      const { net } = base(s);
      new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), snat: { lan: { sourceCidr: '172.16.128.0/17' } } });
    });
    assert.equal(Object.values<any>(json.resource.alicloud_snat_entry)[0].source_cidr, '172.16.128.0/17');
    const msg = synthError((s) => {
      const { net } = base(s);
      new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), snat: { lan: { sourceCidr: '192.168.0.0/24' } } });
    });
    assertNames(msg, { path: 'test/nat/lan', value: '192.168.0.0/24', rule: /outside the VPC's block 172\.16\.0\.0\/16/ });
  });

  it('refuses a VSwitch in two SNAT entries, even of two gateways', () => {
    const msg = synthError((s) => {
      const { net } = base(s);
      const one = new NatEgress(s, 'one', { network: net, vswitch: net.vswitch('b') });
      const two = new NatEgress(s, 'two', { network: net, vswitch: net.vswitch('b') });
      one.addSnat('first', { vswitch: net.vswitch('a') });
      two.addSnat('second', { vswitch: net.vswitch('a') });
    });
    assertNames(msg, { path: 'test/two/second', value: 'test/net/a', rule: /already the source of SNAT entry "first": a VSwitch can be in one SNAT entry only/ });
    assert.doesNotMatch(msg, /\[test\/one\/first\]/);
  });

  it('refuses an entry with both or neither source, and a SNAT IP the gateway does not have', () => {
    assert.match(
      constructionError((s) => {
        const { net } = base(s);
        new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), snat: { x: { vswitch: net.vswitch('a'), sourceCidr: '172.16.1.0/24' } } });
      }),
      /test\/nat\/x: a SNAT entry needs exactly one source, and got both vswitch and sourceCidr\. Fix: /,
    );
    const msg = synthError((s) => {
      const { net } = base(s);
      new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), eipAddresses: ['47.96.1.1'], snat: { x: { vswitch: net.vswitch('a'), publicIps: ['47.96.9.9'] } } });
    });
    assertNames(msg, { path: 'test/nat/x', value: '47.96.9.9', rule: /is not a public IP of NAT gateway "nat"/ });
  });

  it('uses the addresses of a bandwidth package given as publicIps, without allocating EIPs', () => {
    const json = fullSynthJson((s) => {
      const { net } = base(s);
      new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), publicIps: ['47.96.5.5'], snat: { out: { vswitch: net.vswitch('a') } } });
    });
    assert.equal(json.resource.alicloud_eip_address, undefined);
    assert.equal(Object.values<any>(json.resource.alicloud_snat_entry)[0].snat_ip, '47.96.5.5');
  });
});

describe('PortForward', () => {
  it("maps the guide's 118.31.48.48:80/tcp to 172.16.121.123:8080", () => {
    const json = fullSynthJson((s) => {
      const net = new Network(s, 'net', { cidrBlock: '172.16.0.0/16', vswitches: { web: { zoneId: ZONE_B, cidrBlock: '172.16.121.0/24' } }, outputs: false });
      const server = net.addInstance('server', { vswitch: net.vswitch('web'), privateIp: '172.16.121.123', outputs: false });
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('web'), eipAddresses: ['118.31.48.48'] });
      new PortForward(s, 'http', { gateway: nat, target: server, ports: [{ protocol: 'tcp', externalPort: 80, internalPort: 8080 }] });
    });
    const fwd = Object.values<any>(json.resource.alicloud_forward_entry)[0];
    assert.deepEqual(
      [fwd.external_ip, fwd.external_port, fwd.ip_protocol, fwd.internal_ip, fwd.internal_port],
      ['118.31.48.48', '80', 'tcp', '172.16.121.123', '8080'],
    );
    assert.match(fwd.forward_table_id, /forward_table_ids/);
  });

  it('IP mapping forwards every port: protocol and ports "any"', () => {
    const json = fullSynthJson((s) => {
      const { net, vm } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b') });
      new PortForward(s, 'all', { gateway: nat, target: vm });
    });
    const fwd = Object.values<any>(json.resource.alicloud_forward_entry)[0];
    assert.deepEqual([fwd.ip_protocol, fwd.external_port, fwd.internal_port, fwd.internal_ip], ['any', 'any', 'any', '172.16.1.10']);
  });

  it('refuses one public IP for both SNAT and DNAT', () => {
    const msg = synthError((s) => {
      const { net, vm } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), eipAddresses: ['47.96.1.1'], snat: { out: { vswitch: net.vswitch('a') } } });
      new PortForward(s, 'web', { gateway: nat, target: vm, ports: [{ protocol: 'tcp', externalPort: 80, internalPort: 80 }] });
    });
    assertNames(msg, { path: 'test/web', value: '47.96.1.1', rule: /already used by SNAT entry "out": a public IP of a NAT gateway serves either SNAT or DNAT, not both/ });
  });

  it('accepts SNAT and DNAT on two different public IPs of the gateway', () => {
    const json = fullSynthJson((s) => {
      const { net, vm } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), eipCount: 2, snat: { out: { vswitch: net.vswitch('a') } } });
      new PortForward(s, 'web', { gateway: nat, publicIp: nat.publicIps[1], target: vm, ports: [{ protocol: 'tcp', externalPort: 80, internalPort: 80 }] });
    });
    assert.equal(Object.keys(json.resource.alicloud_forward_entry).length, 1);
  });

  it('refuses a public IP:port:protocol used twice, and a port mapping on an IP-mapped address', () => {
    const twice = synthError((s) => {
      const { net, vm } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), eipAddresses: ['47.96.1.1'] });
      new PortForward(s, 'a', { gateway: nat, target: vm, ports: [{ protocol: 'tcp', externalPort: '8000/8010', internalPort: '8000/8010' }] });
      new PortForward(s, 'b', { gateway: nat, target: '172.16.2.20', ports: [{ protocol: 'tcp', externalPort: 8005, internalPort: 80 }] });
    });
    assertNames(twice, { path: 'test/b', value: '47.96.1.1:8005/tcp', rule: /already forwarded by port forward "a" tcp\/8000\/8010/ });
    // udp on the same port is another entry, and is fine.
    fullSynthJson((s) => {
      const { net, vm } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b') });
      new PortForward(s, 'dns', { gateway: nat, target: vm, ports: [{ protocol: 'tcp', externalPort: 53, internalPort: 53 }, { protocol: 'udp', externalPort: 53, internalPort: 53 }] });
    });
    const mapped = synthError((s) => {
      const { net, vm } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b'), eipAddresses: ['47.96.1.1'] });
      new PortForward(s, 'all', { gateway: nat, target: vm });
      new PortForward(s, 'ssh', { gateway: nat, target: '172.16.2.30', ports: [{ protocol: 'tcp', externalPort: 22, internalPort: 22 }] });
    });
    assertNames(mapped, { path: 'test/ssh', value: '47.96.1.1:22/tcp', rule: /claims every port of the address \(IP mapping\)/ });
  });

  it('refuses a private IP outside the VPC and ranges of different sizes', () => {
    const msg = synthError((s) => {
      const { net } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b') });
      new PortForward(s, 'out', { gateway: nat, target: '10.0.0.5', ports: [{ protocol: 'udp', externalPort: '9000/9009', internalPort: '9000/9010' }] });
    });
    assertNames(msg, { path: 'test/out', value: '10.0.0.5', rule: /outside the VPC's block 172\.16\.0\.0\/16: a DNAT entry forwards only to addresses inside the gateway's VPC/ });
    assertNames(msg, { path: 'test/out', value: '9000/9009 → 9000/9010', rule: /both must be the same size/ });
  });

  it('refuses more than 100 entries on one gateway', () => {
    const msg = synthError((s) => {
      const { net } = base(s);
      const nat = new NatEgress(s, 'nat', { network: net, vswitch: net.vswitch('b') });
      const ports = Array.from({ length: 101 }, (_, i) => ({ protocol: 'tcp' as const, externalPort: 1000 + i, internalPort: 1000 + i }));
      new PortForward(s, 'many', { gateway: nat, target: '172.16.2.40', ports });
    });
    assertNames(msg, { path: 'test/many', value: '101', rule: /a forward table holds at most 100 entries/ });
  });
});
