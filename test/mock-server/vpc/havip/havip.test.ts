/**
 * HaVips: an address from the VSwitch's one pool, associated with instances (the first is the
 * master), the next hop of routes (at most five), an EIP target, and what it blocks: deleting its
 * VSwitch, a SNAT entry for that VSwitch, its own deletion while in use. Every refusal leaves the
 * store unchanged (expectError checks it).
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc } from '../../../helpers/rpc';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeInstance, eip, natEip, natGateway, network, runInstance, type Net } from '../internet-helpers';

async function haVip(sb: Sandbox, vswitchId: string, params: Record<string, string> = {}): Promise<{ HaVipId: string; IpAddress: string }> {
  return call(sb, 'CreateHaVip', { VSwitchId: vswitchId, ...params });
}

async function describe1(sb: Sandbox, id: string): Promise<any> {
  const r = await call(sb, 'DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': id });
  assert.equal(r.HaVips.HaVip.length, 1, `${id} is listed once`);
  return r.HaVips.HaVip[0];
}

const free = async (sb: Sandbox, vswitchId: string) => (await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vswitchId })).AvailableIpAddressCount as number;

/** A network with a HaVip associated with two running instances of its VSwitch. */
async function pair(sb: Sandbox): Promise<{ net: Net; havip: string; ip: string; master: string; backup: string }> {
  const net = await network(sb);
  const master = await runInstance(sb, net.vswitchId);
  const backup = await runInstance(sb, net.vswitchId);
  const h = await haVip(sb, net.vswitchId);
  await call(sb, 'AssociateHaVip', { HaVipId: h.HaVipId, InstanceId: master });
  await call(sb, 'AssociateHaVip', { HaVipId: h.HaVipId, InstanceId: backup, InstanceType: 'EcsInstance' });
  return { net, havip: h.HaVipId, ip: h.IpAddress, master, backup };
}

describe('vpc/havip: high-availability virtual IPs', () => {
  const h = withSandbox();

  it('takes the lowest free address of the VSwitch, which its free count then lacks and no instance gets', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    const before = await free(h.sb, net.vswitchId);
    const v = await haVip(h.sb, net.vswitchId, { Name: 'keepalived', Description: 'web pair' });
    assert.match(v.HaVipId, /^havip-/);
    assert.equal(v.IpAddress, '172.16.121.2', 'the instance has .1, the HaVip the next free address');
    assert.equal(await free(h.sb, net.vswitchId), before - 1);
    const next = await runInstance(h.sb, net.vswitchId);
    assert.equal((await describeInstance(h.sb, next)).VpcAttributes.PrivateIpAddress.IpAddress[0], '172.16.121.3');
    assert.ok(inst);
    const d = await describe1(h.sb, v.HaVipId);
    assert.deepEqual(
      [d.Status, d.VpcId, d.VSwitchId, d.IpAddress, d.Name, d.Description, d.MasterInstanceId, d.AssociatedInstances.associatedInstance, d.AssociatedEipAddresses.associatedEipAddresse],
      ['Available', net.vpcId, net.vswitchId, '172.16.121.2', 'keepalived', 'web pair', '', [], []],
    );
    await call(h.sb, 'DeleteHaVip', { HaVipId: v.HaVipId });
    assert.equal(await free(h.sb, net.vswitchId), before - 1, 'deleting the HaVip gives its address back (the second instance still holds one)');
    assert.equal((await call(h.sb, 'DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': v.HaVipId })).HaVips.HaVip.length, 0);
  });

  it('takes a chosen address, and refuses one outside the VSwitch, reserved, taken or malformed with the real codes', async () => {
    const net = await network(h.sb);
    const inst = await runInstance(h.sb, net.vswitchId);
    const instIp = (await describeInstance(h.sb, inst)).VpcAttributes.PrivateIpAddress.IpAddress[0];
    const v = await haVip(h.sb, net.vswitchId, { IpAddress: '172.16.121.101' });
    assert.equal(v.IpAddress, '172.16.121.101');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, IpAddress: '172.16.122.5' }, 'InvalidIPAddress.OutOfRange');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, IpAddress: '172.16.121.0' }, 'InvalidIPAddress.NotAvailable');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, IpAddress: '172.16.121.253' }, 'InvalidIPAddress.NotAvailable');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, IpAddress: instIp }, 'InvalidIPAddress.AlreadyUsed');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, IpAddress: '172.16.121.101' }, 'InvalidIPAddress.AlreadyUsed');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, IpAddress: 'ten.0.0.1' }, 'InvalidIPAddress.Malformed');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: 'vsw-missing' }, 'InvalidVSwitch.NotFound');
    await expectError(h.sb, 'CreateHaVip', { VSwitchId: net.vswitchId, Name: 'http://x' }, 'InvalidName.Malformed');
    // An instance asking for the HaVip's address is refused too.
    await assert.rejects(runInstance(h.sb, net.vswitchId, { PrivateIpAddress: '172.16.121.101' }), /Duplicated/);
  });

  it('lists HaVips by filter, resource group and page, and renames them', async () => {
    const net = await network(h.sb);
    const a = await haVip(h.sb, net.vswitchId);
    const b = await haVip(h.sb, net.vswitchId);
    const c = await haVip(h.sb, net.vswitchId);
    const all = await call(h.sb, 'DescribeHaVips', { 'Filter.1.Key': 'VpcId', 'Filter.1.Value.1': net.vpcId, PageSize: 2 });
    assert.equal(all.TotalCount, 3);
    assert.deepEqual(all.HaVips.HaVip.map((x: any) => x.HaVipId), [a.HaVipId, b.HaVipId]);
    const page2 = await call(h.sb, 'DescribeHaVips', { PageSize: 2, PageNumber: 2 });
    assert.deepEqual(page2.HaVips.HaVip.map((x: any) => x.HaVipId), [c.HaVipId]);
    const byAddr = await call(h.sb, 'DescribeHaVips', { 'Filter.1.Key': 'HaVipAddress', 'Filter.1.Value.1': b.IpAddress, 'Filter.1.Value.2': c.IpAddress });
    assert.deepEqual(byAddr.HaVips.HaVip.map((x: any) => x.HaVipId), [b.HaVipId, c.HaVipId]);
    await expectError(h.sb, 'DescribeHaVips', { 'Filter.1.Key': 'HaVipIds', 'Filter.1.Value.1': a.HaVipId }, 'InvalidParameter');
    await call(h.sb, 'ModifyHaVipAttribute', { HaVipId: a.HaVipId, Name: 'renamed', Description: 'new' });
    const d = await describe1(h.sb, a.HaVipId);
    assert.deepEqual([d.Name, d.Description], ['renamed', 'new']);
    await expectError(h.sb, 'ModifyHaVipAttribute', { HaVipId: 'havip-missing', Name: 'x' }, 'InvalidHaVipId.NotFound', 404);
  });

  it('associates instances of its VSwitch, the first being the master; the next takes over when it is forced out', async () => {
    const p = await pair(h.sb);
    let d = await describe1(h.sb, p.havip);
    assert.deepEqual([d.Status, d.MasterInstanceId, d.AssociatedInstanceType, d.AssociatedInstances.associatedInstance], ['InUse', p.master, 'EcsInstance', [p.master, p.backup]]);
    // The real API keeps the master while others remain unless Force is true; the refusal changes nothing.
    const msg = await expectError(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.master }, 'Forbidden.UnassociateMaster');
    assert.match(msg, new RegExp(`${p.master} is the master .* ${p.backup} is still associated.*Force`));
    await expectError(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.master, Force: 'False' }, 'Forbidden.UnassociateMaster');
    await call(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.master, Force: 'True' });
    d = await describe1(h.sb, p.havip);
    assert.deepEqual([d.Status, d.MasterInstanceId, d.AssociatedInstances.associatedInstance], ['InUse', p.backup, [p.backup]]);
    await expectError(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.master }, 'ResourceNotAssociated');
    await call(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.backup });
    d = await describe1(h.sb, p.havip);
    assert.deepEqual([d.Status, d.MasterInstanceId, d.AssociatedInstanceType], ['Available', '', '']);
  });

  it('refuses instances of another VSwitch, unknown ones, a second association, and mixing instances with ENIs', async () => {
    const p = await pair(h.sb);
    const other = await call(h.sb, 'CreateVSwitch', { VpcId: p.net.vpcId, ZoneId: 'cn-hangzhou-b', CidrBlock: '172.16.122.0/24' });
    const far = await runInstance(h.sb, other.VSwitchId);
    await expectError(h.sb, 'AssociateHaVip', { HaVipId: p.havip, InstanceId: far }, 'InvalidParameter');
    await expectError(h.sb, 'AssociateHaVip', { HaVipId: p.havip, InstanceId: 'i-missing' }, 'InvalidInstanceId.NotFound', 404);
    await expectError(h.sb, 'AssociateHaVip', { HaVipId: p.havip, InstanceId: p.master }, 'InvalidParameter');
    await expectError(h.sb, 'AssociateHaVip', { HaVipId: 'havip-missing', InstanceId: p.master }, 'InvalidHaVipId.NotFound', 404);
    const sg = await ok(h.sb, 'ecs', 'CreateSecurityGroup', { VpcId: p.net.vpcId });
    const eni = await ok(h.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: p.net.vswitchId, SecurityGroupId: sg.SecurityGroupId });
    await expectError(h.sb, 'AssociateHaVip', { HaVipId: p.havip, InstanceId: eni.NetworkInterfaceId, InstanceType: 'NetworkInterface' }, 'InvalidParameter');
    // A fresh HaVip takes the ENI.
    const v = await haVip(h.sb, p.net.vswitchId);
    await call(h.sb, 'AssociateHaVip', { HaVipId: v.HaVipId, InstanceId: eni.NetworkInterfaceId, InstanceType: 'NetworkInterface' });
    assert.equal((await describe1(h.sb, v.HaVipId)).AssociatedInstanceType, 'NetworkInterface');
  });

  it('is deleted only when Available, with no route to it and no EIP bound, and keeps its VSwitch alive', async () => {
    const p = await pair(h.sb);
    await expectError(h.sb, 'DeleteHaVip', { HaVipId: p.havip }, 'IncorrectStatus');
    await expectError(h.sb, 'DeleteVSwitch', { VSwitchId: p.net.vswitchId }, 'DependencyViolation.HaVip');
    const route = await call(h.sb, 'CreateRouteEntry', { RouteTableId: p.net.routeTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'HaVip', NextHopId: p.havip });
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: p.havip, InstanceType: 'HaVip' });
    // The backup first: the master may then leave without Force, being the last one.
    await call(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.backup });
    await call(h.sb, 'UnassociateHaVip', { HaVipId: p.havip, InstanceId: p.master });
    await expectError(h.sb, 'DeleteHaVip', { HaVipId: p.havip }, 'DependencyViolation.HaVipReferedByRouteEntry');
    await call(h.sb, 'DeleteRouteEntry', { RouteEntryId: route.RouteEntryId });
    await expectError(h.sb, 'DeleteHaVip', { HaVipId: p.havip }, 'DependencyViolation.HaVipAssociatedWithEIP');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: e.id });
    await call(h.sb, 'DeleteHaVip', { HaVipId: p.havip });
    await expectError(h.sb, 'DeleteHaVip', { HaVipId: p.havip }, 'InvalidHaVipId.NotFound', 404);
  });

  it('is the next hop of at most five routes, once an instance holds it, and lookup and trace reach its master', async () => {
    const net = await network(h.sb);
    const idle = await haVip(h.sb, net.vswitchId);
    await expectError(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'HaVip', NextHopId: idle.HaVipId }, 'IncorrectHaVipStatus');
    await expectError(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'HaVip', NextHopId: 'havip-missing' }, 'InvalidNextHopId.NotFound', 404);
    const master = await runInstance(h.sb, net.vswitchId);
    await call(h.sb, 'AssociateHaVip', { HaVipId: idle.HaVipId, InstanceId: master });
    for (let i = 1; i <= 5; i++) {
      await call(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: `10.${i}.0.0/16`, NextHopType: 'HaVip', NextHopId: idle.HaVipId });
    }
    await expectError(h.sb, 'CreateRouteEntry', { RouteTableId: net.routeTableId, DestinationCidrBlock: '10.6.0.0/16', NextHopType: 'HaVip', NextHopId: idle.HaVipId }, 'CountLimitExceed.HaVipRouteEntry');
    const look = await call(h.sb, 'SandboxLookupRoute', { RouteTableId: net.routeTableId, DestinationIp: '10.3.0.9' });
    assert.equal(look.MatchedRouteEntry.NextHopType, 'HaVip');
    assert.deepEqual([look.MatchedRouteEntry.ResolvedNextHop.HaVipId, look.MatchedRouteEntry.ResolvedNextHop.MasterInstanceId], [idle.HaVipId, master]);
    const t = await call(h.sb, 'SandboxTraceRoute', { SourceVSwitchId: net.vswitchId, DestinationIp: '10.3.0.9' });
    assert.equal(t.Result, 'Delivered', t.Reason);
    assert.deepEqual(t.Hops.Hop.map((x: any) => x.Type), ['VSwitch', 'RouteTable', 'HaVip', 'Instance']);
    assert.equal(t.Hops.Hop[3].ResourceId, master);
  });

  it('takes an EIP, shown on both sides, and refuses a second one', async () => {
    const net = await network(h.sb);
    const v = await haVip(h.sb, net.vswitchId);
    const e = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: v.HaVipId, InstanceType: 'HaVip' });
    assert.deepEqual((await describe1(h.sb, v.HaVipId)).AssociatedEipAddresses.associatedEipAddresse, [e.ip]);
    const listed = (await call(h.sb, 'DescribeEipAddresses', { AllocationId: e.id })).EipAddresses.EipAddress[0];
    assert.deepEqual([listed.InstanceType, listed.InstanceId, listed.PrivateIpAddress, listed.Status], ['HaVip', v.HaVipId, v.IpAddress, 'InUse']);
    const e2 = await eip(h.sb);
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e2.id, InstanceId: v.HaVipId, InstanceType: 'HaVip' }, 'InvalidAssociation.Duplicated');
    await expectError(h.sb, 'AssociateEipAddress', { AllocationId: e2.id, InstanceId: 'havip-missing', InstanceType: 'HaVip' }, 'InvalidInstanId.NotFound', 404);
  });

  it('keeps its VSwitch out of SNAT entries that name the VSwitch as their source', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    const e = await natEip(h.sb, natId);
    await haVip(h.sb, net.vswitchId);
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: e.ip, SourceVSwitchId: net.vswitchId }, 'Forbidden.SourceVSwitchId.IncludeHaVip');
    // A block still works.
    await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: e.ip, SourceCIDR: '172.16.121.0/24' });
  });

  it('drops a released instance from its HaVip, and refuses to move an associated instance to another VPC', async () => {
    const p = await pair(h.sb);
    await ok(h.sb, 'ecs', 'StopInstance', { InstanceId: p.backup });
    const vpc2 = await call(h.sb, 'CreateVpc', { CidrBlock: '192.168.0.0/16' });
    const vsw2 = await call(h.sb, 'CreateVSwitch', { VpcId: vpc2.VpcId, ZoneId: 'cn-hangzhou-b', CidrBlock: '192.168.1.0/24' });
    const sg2 = await ok(h.sb, 'ecs', 'CreateSecurityGroup', { VpcId: vpc2.VpcId });
    const moved = await rpc(h.sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: p.backup, VSwitchId: vsw2.VSwitchId, VpcId: vpc2.VpcId, 'SecurityGroupId.1': sg2.SecurityGroupId });
    assert.equal(moved.status, 400, moved.text);
    assert.match(moved.text, /HaVip/);
    await ok(h.sb, 'ecs', 'DeleteInstance', { InstanceId: p.master, Force: true });
    const d = await describe1(h.sb, p.havip);
    assert.deepEqual([d.MasterInstanceId, d.AssociatedInstances.associatedInstance], [p.backup, [p.backup]]);
  });
});
