import * as assert from 'node:assert/strict';
import { cidr, parseCidr } from '../../constructs/cidr';
import { carve, prefixForHostCount, usableAddressCountForPrefix as usableAddressCount } from '../../network-rules/carve';
import { containsCidr as contains, ipToInt, lastAddress, overlaps } from '../../network-rules/cidr';
import { isReservedAddress, privateRangeOf } from '../../network-rules/limits';

describe('CIDR parsing and carving for the constructs (arithmetic and limits from network-rules)', () => {
  it('parses a block and reports its network, broadcast and size', () => {
    const c = cidr('192.168.1.0/24');
    assert.equal(c.text, '192.168.1.0/24');
    assert.equal(c.size, 256);
    assert.equal(lastAddress(c) - c.network, 255);
  });

  it('takes a bare address as a /32, as the route console does', () => {
    assert.equal(cidr('10.0.0.1').text, '10.0.0.1/32');
  });

  it('rejects malformed blocks and blocks with host bits set, naming the block to use', () => {
    assert.match(parseCidr('10.0.0/8') as string, /not an IPv4 CIDR block/);
    assert.match(parseCidr('10.0.0.0/33') as string, /mask \/33/);
    assert.match(parseCidr('10.0.0.5/24') as string, /host bits set; the block starting there is 10\.0\.0\.0\/24/);
  });

  it('rejects a block with more than one mask, such as 10.0.0.0/16/8', () => {
    assert.match(parseCidr('10.0.0.0/16/8') as string, /"10\.0\.0\.0\/16\/8" is not an IPv4 CIDR block/);
    assert.match(parseCidr('10.0.0.0//16') as string, /not an IPv4 CIDR block/);
  });

  it('rejects whitespace, IPv6 and words instead of trimming or guessing', () => {
    for (const bad of [' 10.0.0.0/16', '10.0.0.0/16 ', '2001:db8::/32', 'abc', '']) {
      assert.match(parseCidr(bad) as string, /not an IPv4 CIDR block/, bad);
    }
  });

  it('refuses a bare address where a block with a mask is required, suggesting one', () => {
    assert.match(parseCidr('10.0.0.0', { requireMask: true }) as string, /"10\.0\.0\.0" is an address, not a block: it has no mask; .*for example 10\.0\.0\.0\/24/);
    assert.equal((parseCidr('10.0.0.0/16', { requireMask: true }) as { text: string }).text, '10.0.0.0/16');
  });

  it('knows the private ranges and their subsets', () => {
    assert.equal(privateRangeOf(cidr('172.20.0.0/16')), '172.16.0.0/12');
    assert.equal(privateRangeOf(cidr('192.168.0.0/16')), '192.168.0.0/16');
    assert.equal(privateRangeOf(cidr('8.8.8.0/24')), undefined);
    assert.equal(privateRangeOf(cidr('172.0.0.0/8')), undefined);
  });

  it('tells containment from overlap', () => {
    assert.ok(contains(cidr('10.0.0.0/8'), cidr('10.1.0.0/16')));
    assert.ok(!contains(cidr('10.1.0.0/16'), cidr('10.0.0.0/8')));
    assert.ok(overlaps(cidr('10.1.0.0/16'), cidr('10.0.0.0/8')));
    assert.ok(!overlaps(cidr('10.1.0.0/24'), cidr('10.1.1.0/24')));
  });

  it('counts usable addresses as the block size minus the 4 reserved ones', () => {
    assert.equal(usableAddressCount(24), 252);
    assert.equal(usableAddressCount(29), 4);
    assert.equal(usableAddressCount(16), 65532);
    assert.equal(usableAddressCount(20), 4092);
  });

  it('reserves the first and the last three addresses, as the guide says for 192.168.1.0/24', () => {
    const c = cidr('192.168.1.0/24');
    for (const ip of ['192.168.1.0', '192.168.1.253', '192.168.1.254', '192.168.1.255']) assert.ok(isReservedAddress(c, ipToInt(ip)), ip);
    for (const ip of ['192.168.1.1', '192.168.1.252']) assert.ok(!isReservedAddress(c, ipToInt(ip)), ip);
  });

  it('picks the smallest VSwitch mask that holds a host count', () => {
    assert.equal(prefixForHostCount(1), 29);
    assert.equal(prefixForHostCount(4), 29);
    assert.equal(prefixForHostCount(5), 28);
    assert.equal(prefixForHostCount(252), 24);
    assert.equal(prefixForHostCount(253), 23);
    assert.equal(prefixForHostCount(65532), 16);
    assert.equal(prefixForHostCount(65533), undefined);
  });

  it('carves the lowest free aligned block, steering around taken ones', () => {
    const vpc = cidr('10.0.0.0/16');
    assert.equal(carve(vpc, 24, [])!.text, '10.0.0.0/24');
    assert.equal(carve(vpc, 24, [cidr('10.0.0.0/24')])!.text, '10.0.1.0/24');
    assert.equal(carve(vpc, 22, [cidr('10.0.0.0/24'), cidr('10.0.1.0/24')])!.text, '10.0.4.0/22');
    assert.equal(carve(vpc, 26, [cidr('10.0.0.64/26')])!.text, '10.0.0.0/26');
    assert.equal(carve(vpc, 24, [cidr('10.0.0.0/17'), cidr('10.0.128.0/17')]), undefined);
    assert.equal(carve(vpc, 15, []), undefined);
  });
});
