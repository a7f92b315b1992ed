/**
 * VPC NAT gateways (NetworkType=intranet): no EIP needed, a default NAT IP from the VSwitch (NatIp
 * may choose it), listed and filtered as such, and the usual VSwitch/VPC delete rules.
 */
import { strict as assert } from 'node:assert';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeNat, natGateway, network } from '../internet-helpers';

describe('vpc/nat-gateway: VPC NAT gateways (intranet)', () => {
  const h = withSandbox();

  it('creates a VPC NAT gateway without any EIP, shown with NetworkType intranet and its NAT IP in IpLists', async () => {
    const net = await network(h.sb);
    const { natId } = await natGateway(h.sb, net, { NetworkType: 'intranet', InternetChargeType: 'PayByLcu' });
    const nat = await describeNat(h.sb, natId);
    assert.equal(nat.Status, 'Available');
    assert.equal(nat.NetworkType, 'intranet');
    assert.equal(nat.IpLists.IpList.length, 1);
    assert.equal(nat.IpLists.IpList[0].IpAddress, nat.NatGatewayPrivateInfo.PrivateIpAddress);
    assert.match(nat.IpLists.IpList[0].AllocationId, /^vpcnatip-/);
    const internet = await natGateway(h.sb, net);
    const listed = await call(h.sb, 'DescribeNatGateways', { VpcId: net.vpcId, NetworkType: 'intranet' });
    assert.deepEqual(listed.NatGateways.NatGateway.map((g: any) => g.NatGatewayId), [natId]);
    assert.equal((await describeNat(h.sb, internet.natId)).NetworkType, 'internet');
  });

  it('takes the default NAT IP given as NatIp, and refuses one that is taken or given to an Internet gateway', async () => {
    const net = await network(h.sb);
    const { natId } = await natGateway(h.sb, net, { NetworkType: 'intranet', NatIp: '172.16.121.100' });
    assert.equal((await describeNat(h.sb, natId)).NatGatewayPrivateInfo.PrivateIpAddress, '172.16.121.100');
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, NetworkType: 'intranet', NatIp: '172.16.121.100' }, 'InvalidPrivateIpAddress.Duplicated');
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, NatIp: '172.16.121.101' }, 'InvalidParameter');
  });

  it('keeps its VSwitch from being deleted until it is gone', async () => {
    const net = await network(h.sb);
    const { natId } = await natGateway(h.sb, net, { NetworkType: 'intranet' });
    await expectError(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId }, 'DependencyViolation.EnhancedNatgw');
    await call(h.sb, 'DeleteNatGateway', { NatGatewayId: natId });
    assert.equal((await call(h.sb, 'DescribeNatGateways', { NatGatewayId: natId })).TotalCount, 0);
    await call(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId });
  });
});
