import { strict as assert } from 'node:assert';
import { call, createVpc, createVSwitch, expectError, withSandbox, ZONE, ZONE2 } from '../vpc-helpers';

describe('Default VPC and default VSwitches', () => {
  const ctx = withSandbox();

  it('CreateDefaultVpc creates a /16 default VPC with its VRouter and route table', async () => {
    const { sb } = ctx;
    const r = await call(sb, 'CreateDefaultVpc');
    assert.match(r.VpcId, /^vpc-/);
    assert.match(r.VRouterId, /^vrt-/);
    assert.match(r.RouteTableId, /^vtb-/);
    const attr = await call(sb, 'DescribeVpcAttribute', { VpcId: r.VpcId });
    assert.equal(attr.IsDefault, true);
    assert.equal(attr.CidrBlock, '172.31.0.0/16');
    assert.equal(attr.VRouterId, r.VRouterId);
    const entries = await call(sb, 'DescribeRouteEntryList', { RouteTableId: r.RouteTableId });
    assert.deepEqual(entries.RouteEntrys.RouteEntry.map((e: any) => e.DestinationCidrBlock), ['100.64.0.0/10']);
  });

  it('refuses a second default VPC in the region with OperationFailed.DefaultVpcExist', async () => {
    const { sb } = ctx;
    const first = await call(sb, 'CreateDefaultVpc');
    const message = await expectError(sb, 'CreateDefaultVpc', {}, 'OperationFailed.DefaultVpcExist');
    assert.ok(message.includes(first.VpcId));
    // Another region has its own default VPC.
    await call(sb, 'CreateDefaultVpc', { RegionId: 'cn-beijing' });
  });

  it('allows a new default VPC once the old one is deleted', async () => {
    const { sb } = ctx;
    const first = await call(sb, 'CreateDefaultVpc');
    await call(sb, 'DeleteVpc', { VpcId: first.VpcId });
    await call(sb, 'CreateDefaultVpc');
  });

  it('returns the same default VPC for a repeated ClientToken', async () => {
    const { sb } = ctx;
    const a = await call(sb, 'CreateDefaultVpc', { ClientToken: 'dv-1' });
    const b = await call(sb, 'CreateDefaultVpc', { ClientToken: 'dv-1' });
    assert.equal(a.VpcId, b.VpcId);
  });

  it('CreateDefaultVSwitch carves a /20 from the default VPC, marked IsDefault', async () => {
    const { sb } = ctx;
    const vpc = await call(sb, 'CreateDefaultVpc');
    const { VSwitchId } = await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE });
    const a = await call(sb, 'DescribeVSwitchAttributes', { VSwitchId });
    assert.equal(a.VpcId, vpc.VpcId);
    assert.equal(a.CidrBlock, '172.31.0.0/20');
    assert.equal(a.IsDefault, true);
    assert.equal(a.ZoneId, ZONE);
    assert.equal(a.AvailableIpAddressCount, 4092);
    const second = await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE2 });
    assert.equal((await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: second.VSwitchId })).CidrBlock, '172.31.16.0/20');
    const listed = await call(sb, 'DescribeVSwitches', { IsDefault: true });
    assert.equal(listed.TotalCount, 2);
  });

  it('skips blocks taken by ordinary VSwitches in the default VPC', async () => {
    const { sb } = ctx;
    const vpc = await call(sb, 'CreateDefaultVpc');
    await createVSwitch(sb, vpc.VpcId, '172.31.3.0/24');
    const { VSwitchId } = await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE });
    assert.equal((await call(sb, 'DescribeVSwitchAttributes', { VSwitchId })).CidrBlock, '172.31.16.0/20');
  });

  it('refuses a second default VSwitch in a zone with OperationFailed.DefaultVSwitchExist', async () => {
    const { sb } = ctx;
    await call(sb, 'CreateDefaultVpc');
    await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE });
    await expectError(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE }, 'OperationFailed.DefaultVSwitchExist');
  });

  it('refuses a default VSwitch without a default VPC with OperationFailed.DefaultVpcNotExist', async () => {
    const { sb } = ctx;
    await createVpc(sb);
    await expectError(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE }, 'OperationFailed.DefaultVpcNotExist');
  });

  it('refuses an unknown zone with 404 InvalidZoneId.NotFound', async () => {
    const { sb } = ctx;
    await call(sb, 'CreateDefaultVpc');
    await expectError(sb, 'CreateDefaultVSwitch', { ZoneId: 'cn-hangzhou-z' }, 'InvalidZoneId.NotFound', 404);
  });

  it('does not count default VSwitches against the per-VPC VSwitch quota', async () => {
    const { sb } = ctx;
    const vpc = await call(sb, 'CreateDefaultVpc');
    await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE });
    for (let i = 0; i < 150; i++) await createVSwitch(sb, vpc.VpcId, `172.31.${16 + Math.floor(i / 16)}.${(i % 16) * 16}/28`);
    await expectError(sb, 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: ZONE, CidrBlock: '172.31.200.0/24' }, 'QuotaExceeded.VSwitch');
    // A default VSwitch in another zone is still allowed.
    await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE2 });
  });

  it('follows the ordinary rules otherwise: a default VPC is deletable once its VSwitches are gone', async () => {
    const { sb } = ctx;
    const vpc = await call(sb, 'CreateDefaultVpc');
    const { VSwitchId } = await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE });
    await expectError(sb, 'DeleteVpc', { VpcId: vpc.VpcId }, 'DependencyViolation.VSwitch');
    await call(sb, 'DeleteVSwitch', { VSwitchId });
    await call(sb, 'DeleteVpc', { VpcId: vpc.VpcId });
  });
});
