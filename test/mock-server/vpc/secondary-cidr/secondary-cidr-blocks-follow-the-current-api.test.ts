import { strict as assert } from 'node:assert';
import { call, createVpc, createVSwitch, expectError, withSandbox, ZONE } from '../vpc-helpers';

describe('Secondary IPv4 CIDR blocks (AssociateVpcCidrBlock / UnassociateVpcCidrBlock)', () => {
  const ctx = withSandbox();

  it('adds a block that DescribeVpcs shows, and a VSwitch may lie in it', async () => {
    const { VpcId } = await createVpc(ctx.sb, { CidrBlock: '192.168.0.0/16' });
    const r = await call(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.10.0.0/16' });
    assert.equal(r.CidrBlock, '10.10.0.0/16');
    const a = await call(ctx.sb, 'DescribeVpcAttribute', { VpcId });
    assert.deepEqual(a.SecondaryCidrBlocks, { SecondaryCidrBlock: ['10.10.0.0/16'] });
    assert.equal(a.CidrBlock, '192.168.0.0/16');
    const vsw = await createVSwitch(ctx.sb, VpcId, '10.10.1.0/24');
    assert.match(vsw, /^vsw-/);
    // Outside every block of the VPC: refused, naming them.
    const message = await expectError(ctx.sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '10.11.0.0/24' }, 'InvalidParameter');
    assert.match(message, /10\.10\.0\.0\/16/);
  });

  it('accepts a public block outside the reserved ranges, unlike the primary block', async () => {
    const { VpcId } = await createVpc(ctx.sb);
    await call(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '47.100.0.0/16' });
    await expectError(ctx.sb, 'CreateVpc', { CidrBlock: '47.100.0.0/16' }, 'InvalidParameter');
  });

  it('refuses reserved ranges, bad masks, malformed blocks and overlaps, changing nothing', async () => {
    const { VpcId } = await createVpc(ctx.sb, { CidrBlock: '192.168.0.0/16' });
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '100.64.0.0/16' }, 'InvalidParameter');
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '169.254.0.0/16' }, 'InvalidParameter');
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.0.0.0/29' }, 'InvalidParameter');
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.0.0.1/16' }, 'InvalidCidrBlock.Malformed');
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '192.168.128.0/17' }, 'InvalidCidrBlock.Overlapped');
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId: 'vpc-missing', SecondaryCidrBlock: '10.0.0.0/16' }, 'InvalidVpcId.NotFound', 404);
  });

  it('allows at most five secondary blocks', async () => {
    const { VpcId } = await createVpc(ctx.sb);
    for (let i = 1; i <= 5; i++) await call(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: `10.${i}.0.0/16` });
    await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.6.0.0/16' }, 'QuotaExceeded.SecondaryCidrBlock');
  });

  it('removes a block only once no VSwitch lies in it; the primary block cannot be removed', async () => {
    const { VpcId } = await createVpc(ctx.sb, { CidrBlock: '192.168.0.0/16' });
    await call(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.10.0.0/16' });
    const vsw = await createVSwitch(ctx.sb, VpcId, '10.10.1.0/24');
    await expectError(ctx.sb, 'UnassociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.10.0.0/16' }, 'DependencyViolation.VSwitch');
    await expectError(ctx.sb, 'UnassociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '192.168.0.0/16' }, 'InvalidSecondaryCidrBlock.NotFound', 404);
    await call(ctx.sb, 'DeleteVSwitch', { VSwitchId: vsw });
    await call(ctx.sb, 'UnassociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.10.0.0/16' });
    assert.deepEqual((await call(ctx.sb, 'DescribeVpcAttribute', { VpcId })).SecondaryCidrBlocks, { SecondaryCidrBlock: [] });
  });

  it('the primary block cannot be changed to overlap a secondary one', async () => {
    const { VpcId } = await createVpc(ctx.sb, { CidrBlock: '192.168.0.0/16' });
    await call(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, SecondaryCidrBlock: '10.10.0.0/16' });
    await expectError(ctx.sb, 'ModifyVpcAttribute', { VpcId, CidrBlock: '10.0.0.0/8' }, 'InvalidCidrBlock.Overlapped');
  });

  it('secondary IPv6 blocks and IPAM pools are refused, naming the parameter', async () => {
    const { VpcId } = await createVpc(ctx.sb);
    const message = await expectError(ctx.sb, 'AssociateVpcCidrBlock', { VpcId, IpVersion: 'IPV6' }, 'InvalidParameter');
    assert.match(message, /IpVersion/);
  });
});
