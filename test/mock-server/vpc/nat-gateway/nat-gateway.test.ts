/**
 * NAT gateways: Enhanced gateways in a VSwitch of their VPC, Creating → Available, their tables and
 * public addresses, routes to them, and deletion order with the real codes (Force removes entries,
 * unbinds EIPs, deletes bandwidth packages and routes).
 */
import { strict as assert } from 'node:assert';
import { ok } from '../../../helpers/rpc';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeEip, describeInstance, describeNat, eip, natAvailable, natEip, natGateway, network, runInstance } from '../internet-helpers';

describe('vpc/nat-gateway: NAT gateways', () => {
  const h = withSandbox();

  it("holds one address of its VSwitch: AvailableIpAddressCount counts it with the instances, and frees it on delete", async () => {
    const net = await network(h.sb);
    const free = async () => (await call(h.sb, 'DescribeVSwitchAttributes', { VSwitchId: net.vswitchId })).AvailableIpAddressCount;
    const listed = async () => (await call(h.sb, 'DescribeVSwitches', { VSwitchId: net.vswitchId })).VSwitches.VSwitch[0].AvailableIpAddressCount;
    assert.equal(await free(), 252, 'a /24 less the four reserved addresses');
    await runInstance(h.sb, net.vswitchId);
    const { natId } = await natGateway(h.sb, net);
    assert.equal(await free(), 250);
    assert.equal(await listed(), 250);
    const attrs = await call(h.sb, 'DescribeVSwitchAttributes', { VSwitchId: net.vswitchId });
    assert.deepEqual(attrs.CloudResources.CloudResourceSetType, [{ ResourceType: 'ECS', ResourceCount: 1 }], 'the gateway is not an ECS resource');
    await natAvailable(h.sb, natId);
    await call(h.sb, 'DeleteNatGateway', { NatGatewayId: natId });
    assert.equal(await free(), 251);
  });

  it('creates an Enhanced gateway with one SNAT and one DNAT table, sitting in its VSwitch', async () => {
    const net = await network(h.sb);
    const r = await call(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, Name: 'egress', 'Tag.1.Key': 'env', 'Tag.1.Value': 'test' });
    assert.match(r.NatGatewayId, /^ngw-/);
    assert.match(r.SnatTableIds.SnatTableId[0], /^stb-/);
    assert.match(r.ForwardTableIds.ForwardTableId[0], /^ftb-/);
    const nat = await describeNat(h.sb, r.NatGatewayId);
    assert.equal(nat.Status, 'Available');
    assert.equal(nat.NatType, 'Enhanced');
    assert.equal(nat.VpcId, net.vpcId);
    assert.equal(nat.NatGatewayPrivateInfo.VswitchId, net.vswitchId);
    assert.match(nat.NatGatewayPrivateInfo.PrivateIpAddress, /^172\.16\.121\./);
    assert.equal(typeof nat.InstanceChargeType, 'string');
    assert.deepEqual(nat.SnatTableIds.SnatTableId, r.SnatTableIds.SnatTableId);
    assert.deepEqual(nat.IpLists.IpList, []);
    assert.deepEqual(nat.Tags.Tag, [{ TagKey: 'env', TagValue: 'test' }]);
    // The gateway's address is taken: an instance launched next gets another one.
    const inst = await runInstance(h.sb, net.vswitchId);
    assert.notEqual((await describeInstance(h.sb, inst)).VpcAttributes.PrivateIpAddress.IpAddress[0], nat.NatGatewayPrivateInfo.PrivateIpAddress);
  });

  it('ignores a Spec on a PayByLcu gateway (the default charge type), as the API reference says, and keeps it on PayBySpec', async () => {
    const net = await network(h.sb);
    const lcu = await call(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, Spec: 'Small' });
    const n1 = await describeNat(h.sb, lcu.NatGatewayId);
    assert.equal(n1.InternetChargeType, 'PayByLcu');
    assert.equal(n1.Spec ?? '', '', 'a PayByLcu gateway has no Spec');
    const bySpec = await call(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, InternetChargeType: 'PayBySpec', Spec: 'Middle' });
    assert.equal((await describeNat(h.sb, bySpec.NatGatewayId)).Spec, 'Middle');
  });

  it('records AvailabilityMode (CrossAZ when left out, SingleAZ as asked) and shows it; another value is refused, creating nothing', async () => {
    const net = await network(h.sb);
    const cross = await call(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId });
    assert.equal((await describeNat(h.sb, cross.NatGatewayId)).AvailabilityMode, 'CrossAZ');
    const single = await call(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, AvailabilityMode: 'SingleAZ' });
    assert.equal((await describeNat(h.sb, single.NatGatewayId)).AvailabilityMode, 'SingleAZ');
    const count = async () => (await call(h.sb, 'DescribeNatGateways', { VpcId: net.vpcId })).TotalCount;
    assert.equal(await count(), 2);
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, AvailabilityMode: 'MultiZone' }, 'InvalidParameter');
    assert.equal(await count(), 2);
  });

  it('refuses a gateway without a VSwitch, in another VPC\'s VSwitch, or of a retired type, changing nothing', async () => {
    const net = await network(h.sb);
    const other = await network(h.sb, '10.0.0.0/8', '10.1.0.0/24');
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId }, 'MissingParameter');
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: other.vswitchId }, 'OperationFailed.VswNotBelongToVpc');
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, NatType: 'Normal' }, 'InvalidParameter');
    // NetworkType=intranet (a VPC NAT gateway) is served: vpc-nat-gateway.test.ts.
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, InternetChargeType: 'PayBySpec', Spec: 'Huge' }, 'InvalidParameter.Spec.ValueNotSupported');
    await expectError(h.sb, 'CreateNatGateway', { VpcId: 'vpc-nothere', VSwitchId: net.vswitchId }, 'InvalidVpcId.NotFound', 404);
    await expectError(h.sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: 'vsw-nothere' }, 'InvalidVSwitchId.NotFound', 404);
  });

  it('lists by VPC and id (an unknown id is an empty page), and modifies name and description', async () => {
    const net = await network(h.sb);
    const { natId } = await natGateway(h.sb, net);
    await call(h.sb, 'ModifyNatGatewayAttribute', { NatGatewayId: natId, Name: 'renamed', Description: 'the guide' });
    const nat = await describeNat(h.sb, natId);
    assert.equal(nat.Name, 'renamed');
    assert.equal(nat.Description, 'the guide');
    assert.equal((await call(h.sb, 'DescribeNatGateways', { VpcId: net.vpcId })).TotalCount, 1);
    assert.equal((await call(h.sb, 'DescribeNatGateways', { NatGatewayId: 'ngw-nothere' })).TotalCount, 0);
    await expectError(h.sb, 'ModifyNatGatewayAttribute', { NatGatewayId: 'ngw-nothere', Name: 'x' }, 'InvalidNatGatewayId.NotFound', 404);
    await call(h.sb, 'TagResources', { ResourceType: 'NATGATEWAY', 'ResourceId.1': natId, 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' });
    assert.equal((await call(h.sb, 'DescribeNatGateways', { 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' })).TotalCount, 1);
  });

  it('shows bound EIPs in IpLists, and takes routes from its own VPC only', async () => {
    const net = await network(h.sb);
    const other = await network(h.sb, '10.0.0.0/8', '10.1.0.0/24');
    const { natId } = await natGateway(h.sb, net);
    const e = await natEip(h.sb, natId);
    const nat = await describeNat(h.sb, natId);
    assert.deepEqual(nat.IpLists.IpList.map((x: any) => [x.IpAddress, x.AllocationId, x.UsingStatus]), [[e.ip, e.id, 'Idle']]);
    const route = await call(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: natId });
    assert.match(route.RouteEntryId, /^rte-/);
    await expectError(h.sb, 'CreateRouteEntry', { RouteTableId: other.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: natId }, 'InvalidNextHopId.NotFound', 404);
    await expectError(h.sb, 'CreateRouteEntry', { RouteTableId: other.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: 'ngw-nothere' }, 'InvalidNextHopId.NotFound', 404);
  });

  it('refuses DeleteNatGateway while anything uses it, in cleanup order with the real codes, each refusal changing nothing', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId, forwardTableId } = await natGateway(h.sb, net);
    const [a, b] = [await natEip(h.sb, natId), await natEip(h.sb, natId)];
    const snat = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId });
    const fwd = await call(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: b.ip, ExternalPort: '80', InternalIp: '172.16.121.123', InternalPort: '8080', IpProtocol: 'tcp' });
    await call(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: natId });
    await expectError(h.sb, 'DeleteVpc', { VpcId: net.vpcId }, 'DependencyViolation.RouteEntry');
    await expectError(h.sb, 'DeleteNatGateway', { NatGatewayId: natId }, 'DependencyViolation.SnatEntry');
    await call(h.sb, 'DeleteSnatEntry', { SnatTableId: snatTableId, SnatEntryId: snat.SnatEntryId });
    await expectError(h.sb, 'DeleteNatGateway', { NatGatewayId: natId }, 'DependencyViolation.ForwardEntry');
    await call(h.sb, 'DeleteForwardEntry', { ForwardTableId: forwardTableId, ForwardEntryId: fwd.ForwardEntryId });
    await expectError(h.sb, 'DeleteNatGateway', { NatGatewayId: natId }, 'DependencyViolation.RouterEntry');
    await call(h.sb, 'DeleteRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0' });
    await expectError(h.sb, 'DeleteNatGateway', { NatGatewayId: natId }, 'DependencyViolation.EIPS');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: a.id, InstanceId: natId, InstanceType: 'Nat' });
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: b.id, InstanceId: natId, InstanceType: 'Nat' });
    await call(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 1, Bandwidth: 5 });
    await expectError(h.sb, 'DeleteNatGateway', { NatGatewayId: natId }, 'DependencyViolation.BandwidthPackages');
    await expectError(h.sb, 'DeleteVpc', { VpcId: net.vpcId }, 'DependencyViolation.NatGateway');
    await expectError(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId }, 'DependencyViolation.EnhancedNatgw');
    await call(h.sb, 'DeleteNatGateway', { NatGatewayId: natId, Force: true });
    await call(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId });
    await call(h.sb, 'DeleteVpc', { VpcId: net.vpcId });
    await expectError(h.sb, 'DeleteNatGateway', { NatGatewayId: natId }, 'InvalidNatGatewayId.NotFound', 404);
  });

  it('Force=true removes SNAT and DNAT entries, unbinds EIPs, deletes bandwidth packages and routes in one go', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId, forwardTableId } = await natGateway(h.sb, net);
    const [a, b] = [await natEip(h.sb, natId), await natEip(h.sb, natId)];
    await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId });
    await call(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: b.ip, ExternalPort: 'Any', InternalIp: '172.16.121.50', InternalPort: 'Any', IpProtocol: 'any' });
    await call(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: natId });
    const pkg = await call(h.sb, 'CreateBandwidthPackage', { NatGatewayId: natId, IpCount: 2, Bandwidth: 10 });
    await call(h.sb, 'DeleteNatGateway', { NatGatewayId: natId, Force: true });
    assert.equal((await call(h.sb, 'DescribeNatGateways', { NatGatewayId: natId })).TotalCount, 0);
    assert.equal((await describeEip(h.sb, a.id)).Status, 'Available');
    assert.equal((await describeEip(h.sb, b.id)).InstanceId, '');
    const routes = await call(h.sb, 'DescribeRouteEntryList', { RouteTableId: net.routeTableId, RouteEntryType: 'Custom' });
    assert.equal(routes.RouteEntrys.RouteEntry.length, 0);
    assert.equal((await call(h.sb, 'DescribeBandwidthPackages', { BandwidthPackageId: pkg.BandwidthPackageId })).TotalCount, 0);
    const state = h.sb.store.exportState();
    const text = JSON.stringify(state);
    assert.ok(!text.includes(snatTableId) && !text.includes(forwardTableId), 'entries of the deleted gateway remain in the store');
    // The EIPs can be released now, and the VPC deleted: nothing of the gateway is left behind.
    await call(h.sb, 'ReleaseEipAddress', { AllocationId: a.id });
    await call(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId });
    await call(h.sb, 'DeleteVpc', { VpcId: net.vpcId });
  });
});

describe('vpc/nat-gateway: with the async delay', () => {
  const h = withSandbox({ asyncDelayMs: 300 });

  it('is Creating, then Available; EIPs, entries and routes wait for Available', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    assert.equal((await describeNat(h.sb, natId)).Status, 'Creating');
    const e = await eip(h.sb);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: natId, InstanceType: 'Nat' }, 'IncorrectStatus.NatGateway');
    await expectError(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopType: 'NatGateway', NextHopId: natId }, 'IncorrectStatus.NatGateway');
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: e.ip, SourceVSwitchId: net.vswitchId }, 'IncorrectStatus.NATGW');
    await natAvailable(h.sb, natId);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: natId, InstanceType: 'Nat' });
    // Still Associating: SNAT waits for the EIP to be InUse (clients retry this code).
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: e.ip, SourceVSwitchId: net.vswitchId }, 'OperationUnsupported.EipInBinding');
    void ok;
  });
});
