import { strict as assert } from 'node:assert';
import { ok, rpc } from '../../../helpers/rpc';
import { parseIpv6Cidr, ipv6BlockContains, parseIpv6 } from '../../../../network-rules/ipv6';
import { call, createVpc, createVSwitch, expectError, withSandbox, ZONE } from '../vpc-helpers';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';
const TYPE = 'ecs.g7.large';

describe('IPv6: VPC /56, VSwitch /64 and instance addresses (current API)', () => {
  const ctx = withSandbox();

  it('a VPC created with EnableIpv6 gets a /56 from the sandbox pool, shown by DescribeVpcs', async () => {
    const { VpcId } = await createVpc(ctx.sb, { EnableIpv6: true });
    const a = await call(ctx.sb, 'DescribeVpcAttribute', { VpcId });
    assert.equal(a.EnabledIpv6, true);
    const block = parseIpv6Cidr(a.Ipv6CidrBlock);
    assert.ok(block, a.Ipv6CidrBlock);
    assert.equal(block!.prefix, 56);
    assert.match(a.Ipv6CidrBlock, /^2001:db8:/);
    assert.deepEqual(a.Ipv6CidrBlocks, { Ipv6CidrBlock: [{ Ipv6CidrBlock: a.Ipv6CidrBlock, Ipv6Isp: 'BGP' }] });
    const listed = await call(ctx.sb, 'DescribeVpcs', { EnableIpv6: true });
    assert.deepEqual(listed.Vpcs.Vpc.map((v: any) => v.VpcId), [VpcId]);
    const plain = await createVpc(ctx.sb, { CidrBlock: '10.0.0.0/8' });
    const off = await call(ctx.sb, 'DescribeVpcs', { EnableIpv6: false });
    assert.deepEqual(off.Vpcs.Vpc.map((v: any) => v.VpcId), [plain.VpcId]);
  });

  it('two IPv6 VPCs get different blocks', async () => {
    const a = await createVpc(ctx.sb, { EnableIpv6: true });
    const b = await createVpc(ctx.sb, { EnableIpv6: true, CidrBlock: '10.0.0.0/8' });
    const x = (await call(ctx.sb, 'DescribeVpcAttribute', { VpcId: a.VpcId })).Ipv6CidrBlock;
    const y = (await call(ctx.sb, 'DescribeVpcAttribute', { VpcId: b.VpcId })).Ipv6CidrBlock;
    assert.notEqual(x, y);
  });

  it('a VSwitch takes the /64 at its Ipv6CidrBlock index inside the VPC /56; an index in use is refused', async () => {
    const { VpcId } = await createVpc(ctx.sb, { EnableIpv6: true });
    const vpcBlock = parseIpv6Cidr((await call(ctx.sb, 'DescribeVpcAttribute', { VpcId })).Ipv6CidrBlock)!;
    const id = await createVSwitch(ctx.sb, VpcId, '192.168.1.0/24', { Ipv6CidrBlock: 3 });
    const s = await call(ctx.sb, 'DescribeVSwitchAttributes', { VSwitchId: id });
    assert.equal(s.EnabledIpv6, true);
    const block = parseIpv6Cidr(s.Ipv6CidrBlock)!;
    assert.equal(block.prefix, 64);
    assert.ok(ipv6BlockContains(vpcBlock, block.network));
    assert.equal(block.network - vpcBlock.network, 3n << 64n);
    await expectError(ctx.sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.2.0/24', Ipv6CidrBlock: 3 }, 'InvalidCidrBlock.Overlapped');
  });

  it('a VSwitch cannot take IPv6 in a VPC without it, and an index above 255 is refused', async () => {
    const { VpcId } = await createVpc(ctx.sb);
    const message = await expectError(ctx.sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.1.0/24', Ipv6CidrBlock: 0 }, 'InvalidParameter');
    assert.match(message, /no IPv6 block/);
    const v6 = await createVpc(ctx.sb, { EnableIpv6: true, CidrBlock: '10.0.0.0/8' });
    await expectError(ctx.sb, 'CreateVSwitch', { VpcId: v6.VpcId, ZoneId: ZONE, CidrBlock: '10.0.1.0/24', Ipv6CidrBlock: 256 }, 'InvalidParameter');
  });

  it('ModifyVpcAttribute EnableIPv6 turns IPv6 on and off; off is refused while a VSwitch uses the block', async () => {
    const { VpcId } = await createVpc(ctx.sb);
    await call(ctx.sb, 'ModifyVpcAttribute', { VpcId, EnableIPv6: true });
    const on = await call(ctx.sb, 'DescribeVpcAttribute', { VpcId });
    assert.equal(on.EnabledIpv6, true);
    const vsw = await createVSwitch(ctx.sb, VpcId, '192.168.1.0/24');
    await call(ctx.sb, 'ModifyVSwitchAttribute', { VSwitchId: vsw, EnableIPv6: true, Ipv6CidrBlock: 7 });
    assert.equal((await call(ctx.sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).EnabledIpv6, true);
    await expectError(ctx.sb, 'ModifyVpcAttribute', { VpcId, EnableIPv6: false }, 'OperationFailed.Ipv6InUse');
    await call(ctx.sb, 'ModifyVSwitchAttribute', { VSwitchId: vsw, EnableIPv6: false });
    await call(ctx.sb, 'ModifyVpcAttribute', { VpcId, EnableIPv6: false });
    const off = await call(ctx.sb, 'DescribeVpcAttribute', { VpcId });
    assert.equal(off.EnabledIpv6, false);
    assert.equal(off.Ipv6CidrBlock, '');
  });

  it('instances get addresses from their VSwitch /64; a VSwitch without IPv6 refuses them and launches nothing', async () => {
    const { VpcId } = await createVpc(ctx.sb, { EnableIpv6: true });
    const vsw = await createVSwitch(ctx.sb, VpcId, '192.168.1.0/24', { Ipv6CidrBlock: 1 });
    const block = parseIpv6Cidr((await call(ctx.sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).Ipv6CidrBlock)!;
    const run = await ok(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, Ipv6AddressCount: 2, Amount: 2 });
    const ids: string[] = run.InstanceIdSets.InstanceIdSet;
    const listed = await ok(ctx.sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify(ids) });
    const addresses = listed.Instances.Instance.flatMap((i: any) => i.NetworkInterfaces.NetworkInterface[0].Ipv6Sets.Ipv6Set.map((s: any) => s.Ipv6Address));
    assert.equal(addresses.length, 4);
    assert.equal(new Set(addresses).size, 4);
    for (const a of addresses) assert.ok(ipv6BlockContains(block, parseIpv6(a)!), a);
    await expectError(ctx.sb, 'ModifyVSwitchAttribute', { VSwitchId: vsw, EnableIPv6: false }, 'OperationFailed.Ipv6InUse');

    const plain = await createVSwitch(ctx.sb, VpcId, '192.168.2.0/24');
    const before = JSON.stringify(ctx.sb.store.exportState());
    const r = await rpc(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: plain, Ipv6AddressCount: 1 });
    assert.equal(r.status, 400);
    assert.equal(r.body.Code, 'InvalidParameter');
    assert.equal(JSON.stringify(ctx.sb.store.exportState()), before);
  });

  it('an explicit Ipv6Address must lie in the VSwitch /64 and be free', async () => {
    const { VpcId } = await createVpc(ctx.sb, { EnableIpv6: true });
    const vsw = await createVSwitch(ctx.sb, VpcId, '192.168.1.0/24', { Ipv6CidrBlock: 0 });
    const block = parseIpv6Cidr((await call(ctx.sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).Ipv6CidrBlock)!;
    const inside = block.text.replace('::/64', '::abcd');
    await ok(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, 'Ipv6Address.1': inside });
    const dup = await rpc(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, 'Ipv6Address.1': inside });
    assert.equal(dup.body.Code, 'InvalidPrivateIpAddress.Duplicated');
    const outside = await rpc(ctx.sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vsw, 'Ipv6Address.1': '2001:db9::1' });
    assert.equal(outside.body.Code, 'InvalidParameter');
  });

  it('IPAM-pool parameters are still refused, naming them', async () => {
    const message = await expectError(ctx.sb, 'CreateVpc', { Ipv6IpamPoolId: 'ipam-pool-1' }, 'InvalidParameter');
    assert.match(message, /Ipv6IpamPoolId/);
  });
});
