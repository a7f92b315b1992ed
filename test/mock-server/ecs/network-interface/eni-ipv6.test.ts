import { strict as assert } from 'node:assert';
import { ok, rpc } from '../../../helpers/rpc';
import { ipv6BlockContains, parseIpv6, parseIpv6Cidr } from '../../../../network-rules/ipv6';
import { call, createVpc, createVSwitch, withSandbox } from '../../vpc/vpc-helpers';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';
const TYPE = 'ecs.g7.large';

describe('ENI IPv6: AssignIpv6Addresses / UnassignIpv6Addresses from the VSwitch /64, shared with instances', () => {
  const ctx = withSandbox();

  async function ipv6Network() {
    const { VpcId } = await createVpc(ctx.sb, { EnableIpv6: true });
    const vsw = await createVSwitch(ctx.sb, VpcId, '192.168.1.0/24', { Ipv6CidrBlock: 1 });
    const block = parseIpv6Cidr((await call(ctx.sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).Ipv6CidrBlock)!;
    const sg = (await ok(ctx.sb, 'ecs', 'CreateSecurityGroup', { VpcId })).SecurityGroupId as string;
    return { VpcId, vsw, block, sg };
  }
  const ipv6Of = async (eni: string): Promise<string[]> =>
    (await ok(ctx.sb, 'ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: eni })).Ipv6Sets.Ipv6Set.map((s: any) => s.Ipv6Address);
  const snapshot = () => JSON.stringify(ctx.sb.store.exportState());

  it('assigns counted and listed addresses inside the /64 and returns them; unassigning takes them away', async () => {
    const { vsw, block, sg } = await ipv6Network();
    const eni = (await ok(ctx.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vsw, SecurityGroupId: sg })).NetworkInterfaceId;
    const counted = await ok(ctx.sb, 'ecs', 'AssignIpv6Addresses', { NetworkInterfaceId: eni, Ipv6AddressCount: 2 });
    assert.equal(counted.NetworkInterfaceId, eni);
    const got: string[] = counted.Ipv6Sets.Ipv6Address;
    assert.equal(got.length, 2);
    for (const a of got) assert.ok(ipv6BlockContains(block, parseIpv6(a)!), `${a} in ${block.text}`);
    const chosen = `${block.text.split('::/')[0]}::abcd`;
    const listed = await ok(ctx.sb, 'ecs', 'AssignIpv6Addresses', { NetworkInterfaceId: eni, 'Ipv6Address.1': chosen });
    assert.deepEqual(listed.Ipv6Sets.Ipv6Address, [chosen]);
    assert.deepEqual((await ipv6Of(eni)).sort(), [...got, chosen].sort());
    await ok(ctx.sb, 'ecs', 'UnassignIpv6Addresses', { NetworkInterfaceId: eni, 'Ipv6Address.1': got[0] });
    assert.deepEqual((await ipv6Of(eni)).sort(), [got[1], chosen].sort());
    const listedByAddress = await ok(ctx.sb, 'ecs', 'DescribeNetworkInterfaces', { 'Ipv6Address.1': chosen });
    assert.deepEqual(listedByAddress.NetworkInterfaceSets.NetworkInterfaceSet.map((e: any) => e.NetworkInterfaceId), [eni]);
  });

  it('never gives an ENI an address an instance holds, nor an instance one an ENI holds', async () => {
    const { vsw, sg } = await ipv6Network();
    const run = await ok(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, SecurityGroupId: sg, Ipv6AddressCount: 2 });
    const inst = (await ok(ctx.sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify(run.InstanceIdSets.InstanceIdSet) })).Instances.Instance[0];
    const instAddrs: string[] = inst.NetworkInterfaces.NetworkInterface[0].Ipv6Sets.Ipv6Set.map((s: any) => s.Ipv6Address);
    const eni = (await ok(ctx.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vsw, SecurityGroupId: sg, Ipv6AddressCount: 1 })).NetworkInterfaceId;
    const [onCreate] = await ipv6Of(eni);
    const assigned: string[] = (await ok(ctx.sb, 'ecs', 'AssignIpv6Addresses', { NetworkInterfaceId: eni, Ipv6AddressCount: 2 })).Ipv6Sets.Ipv6Address;
    const eniAddrs = [onCreate, ...assigned];
    for (const a of eniAddrs) assert.ok(!instAddrs.includes(a), `${a} is the instance's`);
    // An instance's address given explicitly is refused, and nothing changes.
    const before = snapshot();
    const dup = await rpc(ctx.sb, 'ecs', 'AssignIpv6Addresses', { NetworkInterfaceId: eni, 'Ipv6Address.1': instAddrs[0] });
    assert.equal(dup.body.Code, 'InvalidPrivateIpAddress.Duplicated');
    assert.equal(snapshot(), before);
    // An instance launched afterwards skips the ENI's addresses, including those assigned after creation.
    const later = await ok(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, SecurityGroupId: sg, Ipv6AddressCount: 3 });
    const laterInst = (await ok(ctx.sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify(later.InstanceIdSets.InstanceIdSet) })).Instances.Instance[0];
    const laterAddrs: string[] = laterInst.NetworkInterfaces.NetworkInterface[0].Ipv6Sets.Ipv6Set.map((s: any) => s.Ipv6Address);
    for (const a of laterAddrs) assert.ok(!eniAddrs.includes(a) && !instAddrs.includes(a), `${a} was already held`);
  });

  it('refuses what the API refuses, leaving the ENI unchanged', async () => {
    const { VpcId, vsw, sg } = await ipv6Network();
    const eni = (await ok(ctx.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vsw, SecurityGroupId: sg, Ipv6AddressCount: 8 })).NetworkInterfaceId;
    const cases: Array<[Record<string, string | number>, string, number]> = [
      [{ Ipv6AddressCount: 3 }, 'InvalidOperation.Ipv6CountExceeded', 403], // 8 + 3 > 10 on a detached ENI
      [{ Ipv6AddressCount: 1, 'Ipv6Address.1': '2001:db8::1' }, 'InvalidParameter', 400],
      [{}, 'MissingParameter', 400],
      [{ 'Ipv6Address.1': '2001:db9::1' }, 'InvalidParameter', 400], // outside the /64
    ];
    for (const [params, code, status] of cases) {
      const before = snapshot();
      const r = await rpc(ctx.sb, 'ecs', 'AssignIpv6Addresses', { NetworkInterfaceId: eni, ...params });
      assert.equal(r.body.Code, code, JSON.stringify(params));
      assert.equal(r.status, status, JSON.stringify(params));
      assert.equal(snapshot(), before, `${code} changed the store`);
    }
    const before = snapshot();
    const notHeld = await rpc(ctx.sb, 'ecs', 'UnassignIpv6Addresses', { NetworkInterfaceId: eni, 'Ipv6Address.1': '2001:db8::ffff' });
    assert.equal(notHeld.body.Code, 'InvalidIp.IpUnassigned');
    assert.equal(notHeld.status, 403);
    assert.equal(snapshot(), before);
    // A VSwitch without a /64 has no IPv6 to give.
    const plain = await createVSwitch(ctx.sb, VpcId, '192.168.2.0/24');
    const v4 = (await ok(ctx.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: plain, SecurityGroupId: sg })).NetworkInterfaceId;
    const none = await rpc(ctx.sb, 'ecs', 'AssignIpv6Addresses', { NetworkInterfaceId: v4, Ipv6AddressCount: 1 });
    assert.equal(none.body.Code, 'InvalidParameter');
    assert.deepEqual(await ipv6Of(v4), []);
  });

  it('keeps the VSwitch /64 while an ENI holds an address in it, and lets it go once unassigned', async () => {
    const { vsw, sg } = await ipv6Network();
    const eni = (await ok(ctx.sb, 'ecs', 'CreateNetworkInterface', { VSwitchId: vsw, SecurityGroupId: sg, Ipv6AddressCount: 1 })).NetworkInterfaceId;
    const [addr] = await ipv6Of(eni);
    const r = await rpc(ctx.sb, 'vpc', 'ModifyVSwitchAttribute', { VSwitchId: vsw, EnableIPv6: false });
    assert.equal(r.body.Code, 'OperationFailed.Ipv6InUse', JSON.stringify(r.body));
    await ok(ctx.sb, 'ecs', 'UnassignIpv6Addresses', { NetworkInterfaceId: eni, 'Ipv6Address.1': addr });
    await ok(ctx.sb, 'vpc', 'ModifyVSwitchAttribute', { VSwitchId: vsw, EnableIPv6: false });
    assert.equal((await call(ctx.sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).Ipv6CidrBlock ?? '', '');
  });
});
