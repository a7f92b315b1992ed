/**
 * NAT IP CIDR blocks and NAT IPs of VPC NAT gateways: the default block and NAT IP a gateway
 * starts with, blocks and addresses taken from them (VSwitch addresses for the default block),
 * SNAT/DNAT entries that use them, and every refusal with its code and an unchanged store.
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { startTestSandbox } from '../../../helpers/rpc';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeInstance, describeNat, eip, natGateway, natEip, network, runInstance, type Net } from '../internet-helpers';

async function vpcNat(sb: Parameters<typeof call>[0], net: Net, params: Record<string, string> = {}) {
  return natGateway(sb, net, { NetworkType: 'intranet', ...params });
}

async function natIps(sb: Parameters<typeof call>[0], natId: string, params: Record<string, string> = {}): Promise<any[]> {
  return (await call(sb, 'ListNatIps', { NatGatewayId: natId, ...params })).NatIps;
}

async function cidrs(sb: Parameters<typeof call>[0], natId: string, params: Record<string, string> = {}): Promise<any[]> {
  return (await call(sb, 'ListNatIpCidrs', { NatGatewayId: natId, ...params })).NatIpCidrs;
}

describe('vpc/nat-ip: NAT IP CIDR blocks and NAT IPs of VPC NAT gateways', () => {
  const h = withSandbox();

  it("starts a VPC NAT gateway with its VSwitch's block as default block and its own address as default NAT IP", async () => {
    const net = await network(h.sb);
    const { natId } = await vpcNat(h.sb, net);
    const nat = await describeNat(h.sb, natId);
    const blocks = await cidrs(h.sb, natId);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].NatIpCidr, '172.16.121.0/24');
    assert.equal(blocks[0].IsDefault, true);
    assert.match(blocks[0].NatIpCidrId, /^vpcnatcidr-/);
    const ips = await natIps(h.sb, natId);
    assert.equal(ips.length, 1);
    assert.equal(ips[0].NatIp, nat.NatGatewayPrivateInfo.PrivateIpAddress);
    assert.equal(ips[0].IsDefault, true);
    assert.equal(ips[0].NatIpStatus, 'Available');
    assert.deepEqual(nat.IpLists.IpList.map((i: any) => i.IpAddress), [ips[0].NatIp], "IpLists shows the gateway's NAT IPs");
  });

  it('takes a chosen NAT IP from the VSwitch block, which then holds that VSwitch address', async () => {
    const net = await network(h.sb, '172.16.0.0/12', '172.16.0.0/21');
    const { natId } = await vpcNat(h.sb, net);
    const free = async () => (await call(h.sb, 'DescribeVSwitchAttributes', { VSwitchId: net.vswitchId })).AvailableIpAddressCount;
    const before = await free();
    const r = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.0.0/21', NatIp: '172.16.0.66', NatIpName: 'dnat-ip' });
    assert.match(r.NatIpId, /^vpcnatip-/);
    assert.equal(r.NatIp, '172.16.0.66');
    assert.equal(await free(), before - 1);
    // An instance asking for the same address is refused: the VSwitch knows it is taken.
    await assert.rejects(runInstance(h.sb, net.vswitchId, { PrivateIpAddress: '172.16.0.66' }), /Duplicated/);
    const ips = await natIps(h.sb, natId, { 'NatIpIds.1': r.NatIpId });
    assert.deepEqual(ips.map((i) => [i.NatIp, i.NatIpName, i.IsDefault, i.NatIpStatus]), [['172.16.0.66', 'dnat-ip', false, 'Available']]);
    await call(h.sb, 'DeleteNatIp', { NatIpId: r.NatIpId });
    assert.equal(await free(), before, 'deleting the NAT IP frees the VSwitch address');
  });

  it('refuses a NAT IP address an instance already holds in the VSwitch, and gives out the lowest free one otherwise', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    const instIp = (await describeInstance(h.sb, inst)).VpcAttributes.PrivateIpAddress.IpAddress[0];
    const { natId } = await vpcNat(h.sb, net);
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24', NatIp: instIp }, 'OperationFailed.NatIpUsed');
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24', NatIp: '172.16.121.255' }, 'OperationFailed.NatIpNotInNatIpCidr');
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24', NatIp: '172.16.122.5' }, 'OperationFailed.NatIpNotInNatIpCidr');
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24', NatIp: 'not-an-ip' }, 'InvalidNatIp.Malformed');
    const taken = new Set([instIp, (await describeNat(h.sb, natId)).NatGatewayPrivateInfo.PrivateIpAddress]);
    const r = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24' });
    assert.ok(!taken.has(r.NatIp), `${r.NatIp} is free`);
    assert.equal(r.NatIp, '172.16.121.3', 'the lowest free address after the instance (.1) and the gateway (.2)');
    // The next instance does not get the NAT IP's address.
    const next = await runInstance(h.sb, net.vswitchId);
    assert.notEqual((await describeInstance(h.sb, next)).VpcAttributes.PrivateIpAddress.IpAddress[0], r.NatIp);
  });

  it('adds private blocks of /16 to /32 outside the VPC and the other blocks, at most five, and NAT IPs from them', async () => {
    const net = await network(h.sb);
    const { natId } = await vpcNat(h.sb, net);
    const c = await call(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/16', NatIpCidrName: 'extra', NatIpCidrDescription: 'extra block' });
    assert.match(c.NatIpCidrId, /^vpcnatcidr-/);
    const listed = await cidrs(h.sb, natId, { NatIpCidr: '192.168.0.0/16' });
    assert.deepEqual(listed.map((b) => [b.NatIpCidr, b.NatIpCidrName, b.NatIpCidrDescription, b.IsDefault, b.NatIpCidrStatus]), [['192.168.0.0/16', 'extra', 'extra block', false, 'Available']]);
    const ip = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/16', NatIp: '192.168.0.37' });
    assert.equal(ip.NatIp, '192.168.0.37');
    const auto = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/16' });
    assert.equal(auto.NatIp, '192.168.0.1', 'the lowest host address of the block');
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/16', NatIp: '192.168.0.37' }, 'OperationFailed.NatIpUsed');
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '10.0.0.0/16' }, 'OperationFailed.NatIpNotInNatIpCidr');
    await expectError(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '172.16.200.0/24' }, 'OperationFailed.CreateNatIpCidrInVpcCidrBlock', 400);
    await expectError(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.10.0/24' }, 'OperationFailed.NatIpCidrInUse', 400);
    await expectError(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '10.0.0.0/8' }, 'InvalidNatIpCidr.Malformed');
    await expectError(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '8.8.8.0/24' }, 'InvalidNatIpCidr.Malformed');
    for (let i = 1; i <= 4; i++) await call(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: `10.${i}.0.0/16` });
    await expectError(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '10.9.0.0/16' }, 'QuotaExceeded.NatIpCidr');
  });

  it('renames blocks and NAT IPs in place, and refuses to change or delete the defaults', async () => {
    const net = await network(h.sb);
    const { natId } = await vpcNat(h.sb, net);
    await call(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24', NatIpCidrName: 'before' });
    await call(h.sb, 'ModifyNatIpCidrAttribute', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24', NatIpCidrName: 'after', NatIpCidrDescription: 'described' });
    assert.deepEqual((await cidrs(h.sb, natId, { 'NatIpCidrName.1': 'after' })).map((b) => b.NatIpCidrDescription), ['described']);
    const ip = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24', NatIpName: 'one' });
    await call(h.sb, 'ModifyNatIpAttribute', { NatIpId: ip.NatIpId, NatIpName: 'two', NatIpDescription: 'second' });
    assert.deepEqual((await natIps(h.sb, natId, { 'NatIpName.1': 'two' })).map((i) => i.NatIpDescription), ['second']);
    await expectError(h.sb, 'ModifyNatIpAttribute', { NatIpId: ip.NatIpId, NatIpName: '1-starts-with-a-digit' }, 'InvalidNatIpName.Malformed');
    const def = (await natIps(h.sb, natId)).find((i) => i.IsDefault);
    await expectError(h.sb, 'DeleteNatIp', { NatIpId: def.NatIpId }, 'OperationFailed.DefaultNatIp', 400);
    await expectError(h.sb, 'DeleteNatIpCidr', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24' }, 'OperationFailed.DefaultNatIpCidr', 400);
    await expectError(h.sb, 'DeleteNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24' }, 'DependencyViolation.NatIp');
    await call(h.sb, 'DeleteNatIp', { NatIpId: ip.NatIpId });
    await call(h.sb, 'DeleteNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24' });
    assert.equal((await cidrs(h.sb, natId)).length, 1, 'only the default block is left');
    await expectError(h.sb, 'DeleteNatIp', { NatIpId: ip.NatIpId }, 'ResourceNotFound.NatIp', 400);
  });

  it('serves DNAT and SNAT entries with NAT IPs, and keeps a NAT IP in use from being deleted', async () => {
    const net = await network(h.sb, '172.16.0.0/12', '172.16.0.0/21');
    const { natId, forwardTableId, snatTableId } = await vpcNat(h.sb, net);
    const dnatIp = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.0.0/21', NatIp: '172.16.0.66' });
    const fwd = await call(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: '172.16.0.66', ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.0.115', InternalPort: '8080' });
    assert.match(fwd.ForwardEntryId, /^fwd-/);
    const snatIp = await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.0.0/21' });
    const snat = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: snatIp.NatIp, SourceCIDR: '10.0.0.0/24' });
    await expectError(h.sb, 'DeleteNatIp', { NatIpId: dnatIp.NatIpId }, 'DependencyViolation.NatIp', 400);
    await expectError(h.sb, 'DeleteNatIp', { NatIpId: snatIp.NatIpId }, 'DependencyViolation.NatIp', 400);
    const nat = await describeNat(h.sb, natId);
    const using = Object.fromEntries(nat.IpLists.IpList.map((i: any) => [i.IpAddress, i.UsingStatus]));
    assert.equal(using['172.16.0.66'], 'UsedByForwardTable');
    assert.equal(using[snatIp.NatIp], 'UsedBySnatTable');
    await call(h.sb, 'DeleteForwardEntry', { ForwardTableId: forwardTableId, ForwardEntryId: fwd.ForwardEntryId });
    await call(h.sb, 'DeleteSnatEntry', { SnatTableId: snatTableId, SnatEntryId: snat.SnatEntryId });
    await call(h.sb, 'DeleteNatIp', { NatIpId: dnatIp.NatIpId });
    await call(h.sb, 'DeleteNatIp', { NatIpId: snatIp.NatIpId });
    assert.deepEqual((await natIps(h.sb, natId)).map((i) => i.IsDefault), [true]);
  });

  it('refuses an EIP on a VPC NAT gateway and a NAT IP on an Internet one, leaving both unchanged', async () => {
    const net = await network(h.sb);
    const vpcGw = await vpcNat(h.sb, net);
    const internet = await natGateway(h.sb, net);
    const bound = await natEip(h.sb, internet.natId);
    const loose = await eip(h.sb);
    const natIp = await call(h.sb, 'CreateNatIp', { NatGatewayId: vpcGw.natId, NatIpCidr: '172.16.121.0/24' });
    for (const ip of [bound.ip, loose.ip]) {
      await expectError(h.sb, 'CreateForwardEntry', { ForwardTableId: vpcGw.forwardTableId, ExternalIp: ip, ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.121.50', InternalPort: '80' }, 'InvalidIp.NotInNatgw');
      await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: vpcGw.snatTableId, SnatIp: ip, SourceCIDR: '10.0.0.0/24' }, 'InvalidSnatIp.NotFound', 404);
    }
    await expectError(h.sb, 'CreateForwardEntry', { ForwardTableId: internet.forwardTableId, ExternalIp: natIp.NatIp, ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.121.50', InternalPort: '80' }, 'InvalidIp.NotInNatgw');
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: internet.snatTableId, SnatIp: natIp.NatIp, SourceCIDR: '10.0.0.0/24' }, 'InvalidSnatIp.NotFound', 404);
    await expectError(h.sb, 'CreateNatIp', { NatGatewayId: internet.natId, NatIpCidr: '172.16.121.0/24' }, 'OperationUnsupported.NetworkType');
    await expectError(h.sb, 'CreateNatIpCidr', { NatGatewayId: internet.natId, NatIpCidr: '192.168.0.0/16' }, 'OperationUnsupported.NetworkType');
    await expectError(h.sb, 'ListNatIps', { NatGatewayId: internet.natId }, 'OperationUnsupported.NetworkType');
  });

  it('takes the NAT IPs and blocks with the gateway when it is deleted', async () => {
    const net = await network(h.sb);
    const { natId } = await vpcNat(h.sb, net);
    await call(h.sb, 'CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24' });
    await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '192.168.0.0/24' });
    await call(h.sb, 'CreateNatIp', { NatGatewayId: natId, NatIpCidr: '172.16.121.0/24' });
    await call(h.sb, 'DeleteNatGateway', { NatGatewayId: natId });
    const state = h.sb.store.exportState();
    const rows = (t: string) => Object.values(state.accounts).flatMap((regions) => Object.values(regions).flatMap((r) => Object.values(r[t] ?? {})));
    assert.equal(rows('vpcs').length, 1, 'the walk finds the rows that are left');
    assert.deepEqual(rows('natIps'), []);
    assert.deepEqual(rows('natIpCidrs'), []);
    await expectError(h.sb, 'ListNatIps', { NatGatewayId: natId }, 'InvalidNatGatewayId.NotFound', 404);
    // The VSwitch addresses are free again: the VSwitch can be deleted and nothing holds it.
    await call(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId });
  });

  describe('with a controlled clock', () => {
    let sb: Sandbox;
    let now: number;
    const DELAY = 1000;
    beforeEach(async () => {
      now = Date.now();
      sb = await startTestSandbox({ asyncDelayMs: DELAY, clock: () => now });
    });
    afterEach(() => sb.close());

    it('shows a new NAT IP Creating until the delay passes: entries and deletes wait for Available with the real codes', async () => {
      const vpc = await call(sb, 'CreateVpc', { CidrBlock: '172.16.0.0/12' });
      now += DELAY + 1;
      const vsw = await call(sb, 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-b', CidrBlock: '172.16.0.0/21' });
      now += DELAY + 1;
      const gw = await natGateway(sb, { vpcId: vpc.VpcId, vswitchId: vsw.VSwitchId, routeTableId: vpc.RouteTableId }, { NetworkType: 'intranet' });
      assert.equal((await natIps(sb, gw.natId))[0].NatIpStatus, 'Creating', 'the default NAT IP is ready when the gateway is');
      await expectError(sb, 'CreateNatIp', { NatGatewayId: gw.natId, NatIpCidr: '172.16.0.0/21' }, 'IncorrectStatus.NatGateway');
      now += DELAY + 1;
      const ip = await call(sb, 'CreateNatIp', { NatGatewayId: gw.natId, NatIpCidr: '172.16.0.0/21', NatIp: '172.16.0.66' });
      assert.equal((await natIps(sb, gw.natId, { 'NatIpIds.1': ip.NatIpId }))[0].NatIpStatus, 'Creating');
      await expectError(sb, 'CreateForwardEntry', { ForwardTableId: gw.forwardTableId, ExternalIp: '172.16.0.66', ExternalPort: '80', IpProtocol: 'tcp', InternalIp: '172.16.0.115', InternalPort: '80' }, 'IncorrectStatus.NatIp');
      await expectError(sb, 'DeleteNatIp', { NatIpId: ip.NatIpId }, 'IncorrectStatus.NatIp');
      now += DELAY + 1;
      assert.equal((await natIps(sb, gw.natId, { NatIpStatus: 'Available' })).length, 2);
      await call(sb, 'DeleteNatIp', { NatIpId: ip.NatIpId });
    });
  });
});
