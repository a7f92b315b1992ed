/**
 * The guide's NAT shared bandwidth packages: their addresses behave like EIPs bound to the gateway
 * (IpLists, SNAT, DNAT), and deletion is guarded with the real codes.
 */
import { strict as assert } from 'node:assert';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeNat, eip, natGateway, network } from '../internet-helpers';

describe('vpc/bandwidth-package: NAT shared bandwidth packages', () => {
  const h = withSandbox();

  it('gives the gateway IpCount public addresses that serve SNAT and DNAT like bound EIPs', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId, forwardTableId } = await natGateway(h.sb, net);
    const r = await call(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 2, Bandwidth: 10, Name: 'shared' });
    assert.match(r.BandwidthPackageId, /^bwp-/);
    const listed = await call(h.sb, 'DescribeBandwidthPackages', { NatGatewayId: natId });
    const pkg = listed.BandwidthPackages.BandwidthPackage[0];
    assert.deepEqual([pkg.BandwidthPackageId, pkg.IpCount, pkg.Bandwidth, pkg.Status, pkg.Name], [r.BandwidthPackageId, '2', '10', 'Available', 'shared']);
    const [ip1, ip2] = pkg.PublicIpAddresses.PublicIpAddresse.map((x: any) => x.IpAddress);
    const nat = await describeNat(h.sb, natId);
    assert.deepEqual(nat.IpLists.IpList.map((x: any) => x.IpAddress).sort(), [ip1, ip2].sort());
    await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: ip1, SourceVSwitchId: net.vswitchId });
    await call(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: ip2, ExternalPort: '80', InternalIp: '172.16.121.123', InternalPort: '8080', IpProtocol: 'tcp' });
    await expectError(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: ip1, ExternalPort: '81', InternalIp: '172.16.121.123', InternalPort: '8081', IpProtocol: 'tcp' }, 'Forbidden.ExternalIp.UsedInSnatTable');
    // Its addresses are taken: no EIP gets them.
    const e = await eip(h.sb);
    assert.ok(![ip1, ip2].includes(e.ip));
    await expectError(h.sb, 'AllocateEipAddress', { IpAddress: ip1 }, 'ReserveIpFail');
  });

  it('refuses to delete a package whose addresses SNAT or DNAT use, unless Force, which removes those entries', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId, forwardTableId } = await natGateway(h.sb, net);
    const r = await call(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 2, Bandwidth: 10 });
    const [ip1, ip2] = (await call(h.sb, 'DescribeBandwidthPackages', {})).BandwidthPackages.BandwidthPackage[0].PublicIpAddresses.PublicIpAddresse.map((x: any) => x.IpAddress);
    await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: ip1, SourceVSwitchId: net.vswitchId });
    await call(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: ip2, ExternalPort: 'Any', InternalIp: '172.16.121.9', InternalPort: 'Any', IpProtocol: 'any' });
    await expectError(h.sb, 'DeleteBandwidthPackage', { BandwidthPackageId: r.BandwidthPackageId }, 'DependencyViolation.SnatEntry');
    await expectError(h.sb, 'DeleteBandwidthPackage', { BandwidthPackageId: 'bwp-nothere' }, 'InvalidBandwidthPackageId.NotFound', 404);
    await call(h.sb, 'DeleteBandwidthPackage', { BandwidthPackageId: r.BandwidthPackageId, Force: true });
    assert.equal((await call(h.sb, 'DescribeSnatTableEntries', { SnatTableId: snatTableId })).TotalCount, 0);
    assert.equal((await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: forwardTableId })).TotalCount, 0);
    assert.deepEqual((await describeNat(h.sb, natId)).IpLists.IpList, []);
    await call(h.sb, 'DeleteNatGateway', { NatGatewayId: natId });
  });

  it('refuses bad sizes and unknown gateways', async () => {
    const net = await network(h.sb);
    const { natId } = await natGateway(h.sb, net);
    await expectError(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 0, Bandwidth: 10 }, 'InvalidParameter');
    await expectError(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 1, Bandwidth: 1 }, 'InvalidParameter');
    await expectError(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 1 }, 'MissingParameter');
    await expectError(h.sb, 'CreateBandwidthPackage', { NatGatewayId: 'ngw-nothere', IpCount: 1, Bandwidth: 10 }, 'InvalidNatGatewayId.NotFound', 404);
  });
});
