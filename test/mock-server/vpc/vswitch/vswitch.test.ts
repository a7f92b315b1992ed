import { strict as assert } from 'node:assert';
import { rpc } from '../../../helpers/rpc';
import { call, createVpc, createVSwitch, expectError, putInstance, withSandbox, ZONE, ZONE2 } from '../vpc-helpers';

describe('VSwitch actions', () => {
  const ctx = withSandbox();

  describe('CreateVSwitch', () => {
    it('creates a VSwitch in the VPC with the real attribute shape', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const id = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24', { VSwitchName: 'web', Description: 'web tier', 'Tag.1.Key': 'tier', 'Tag.1.Value': 'web' });
      assert.match(id, /^vsw-[a-z0-9]+$/);
      const a = await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: id });
      assert.equal(a.VSwitchId, id);
      assert.equal(a.VpcId, vpc.VpcId);
      assert.equal(a.ZoneId, ZONE);
      assert.equal(a.CidrBlock, '192.168.1.0/24');
      assert.equal(a.Status, 'Available');
      assert.equal(a.VSwitchName, 'web');
      assert.equal(a.Description, 'web tier');
      assert.equal(a.IsDefault, false);
      assert.deepEqual(a.RouteTable, { RouteTableId: vpc.RouteTableId, RouteTableType: 'System' });
      assert.deepEqual(a.Tags, { Tag: [{ Key: 'tier', Value: 'web' }] });
    });

    it('accepts masks from /16 to /29 and refuses /15 and /30 with InvalidCirdrBlock.MaskLength', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      await createVSwitch(sb, VpcId, '10.1.0.0/16');
      await createVSwitch(sb, VpcId, '10.2.0.0/29');
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '10.4.0.0/15' }, 'InvalidCirdrBlock.MaskLength');
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '10.3.0.0/30' }, 'InvalidCirdrBlock.MaskLength');
    });

    it('refuses a block outside the VPC\'s CIDR with InvalidParameter', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
      const message = await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '10.0.0.0/24' }, 'InvalidParameter');
      assert.ok(message.includes('192.168.0.0/16'), message);
    });

    it('refuses a malformed block with InvalidCidrBlock.Malformed', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.1.1/24' }, 'InvalidCidrBlock.Malformed');
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: 'garbage' }, 'InvalidCidrBlock.Malformed');
    });

    it('refuses a block overlapping another VSwitch with InvalidCidrBlock.Overlapped', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const first = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      const message = await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE2, CidrBlock: '192.168.1.128/25' }, 'InvalidCidrBlock.Overlapped');
      assert.ok(message.includes(first));
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.0.0/20' }, 'InvalidCidrBlock.Overlapped');
      await createVSwitch(sb, VpcId, '192.168.2.0/24');
    });

    it('lets VSwitches in different VPCs use the same block', async () => {
      const { sb } = ctx;
      const a = await createVpc(sb);
      const b = await createVpc(sb);
      await createVSwitch(sb, a.VpcId, '192.168.1.0/24');
      await createVSwitch(sb, b.VpcId, '192.168.1.0/24');
    });

    it('allows a VSwitch equal to the VPC\'s block only as the only VSwitch', async () => {
      const { sb } = ctx;
      const a = await createVpc(sb, { CidrBlock: '192.168.0.0/24' });
      await createVSwitch(sb, a.VpcId, '192.168.0.0/24');
      const message = await expectError(sb, 'CreateVSwitch', { VpcId: a.VpcId, ZoneId: ZONE, CidrBlock: '192.168.0.128/25' }, 'InvalidCidrBlock.Overlapped');
      assert.match(message, /only VSwitch/);
      const b = await createVpc(sb, { CidrBlock: '192.168.0.0/24' });
      await createVSwitch(sb, b.VpcId, '192.168.0.0/26');
      await expectError(sb, 'CreateVSwitch', { VpcId: b.VpcId, ZoneId: ZONE, CidrBlock: '192.168.0.0/24' }, 'InvalidCidrBlock.Overlapped');
    });

    it('refuses a block equal to a custom route\'s destination but allows one inside it', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb, { CidrBlock: '10.0.0.0/16' });
      const vsw = await createVSwitch(sb, vpc.VpcId, '10.0.0.0/24');
      const instance = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '10.0.0.10' });
      await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '10.0.8.0/21', NextHopId: instance });
      const message = await expectError(sb, 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: ZONE, CidrBlock: '10.0.8.0/21' }, 'InvalidCidrBlock.Overlapped');
      assert.match(message, /custom route/);
      await createVSwitch(sb, vpc.VpcId, '10.0.8.0/24');
    });

    it('refuses an unknown zone with 404 InvalidZoneId.NotFound', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const message = await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: 'cn-beijing-a', CidrBlock: '192.168.1.0/24' }, 'InvalidZoneId.NotFound', 404);
      assert.match(message, /cn-hangzhou-b/);
    });

    it('refuses an unknown VPC with 404 InvalidVpcId.NotFound', async () => {
      await expectError(ctx.sb, 'CreateVSwitch', { VpcId: 'vpc-missing', ZoneId: ZONE, CidrBlock: '192.168.1.0/24' }, 'InvalidVpcId.NotFound', 404);
    });

    it('requires VpcId, ZoneId and CidrBlock', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await expectError(sb, 'CreateVSwitch', { ZoneId: ZONE, CidrBlock: '192.168.1.0/24' }, 'MissingParameter');
      await expectError(sb, 'CreateVSwitch', { VpcId, CidrBlock: '192.168.1.0/24' }, 'MissingParameter');
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE }, 'MissingParameter');
    });

    it('validates the name and description', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.1.0/24', VSwitchName: 'http://x' }, 'InvalidVSwitchName.Malformed');
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.1.0/24', Description: 'x'.repeat(257) }, 'InvalidDescription.Malformed');
    });

    it('allows 150 VSwitches per VPC and refuses the 151st with QuotaExceeded.VSwitch', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      for (let i = 0; i < 150; i++) await createVSwitch(sb, VpcId, `10.0.${i}.0/24`);
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '10.1.0.0/24' }, 'QuotaExceeded.VSwitch');
    });

    it('adds a system route entry for its block, removed with it', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.7.0/24');
      const dests = async () =>
        (await call(sb, 'DescribeRouteEntryList', { RouteTableId: vpc.RouteTableId })).RouteEntrys.RouteEntry.map((e: any) => `${e.DestinationCidrBlock} ${e.Type}`);
      assert.deepEqual(await dests(), ['100.64.0.0/10 System', '192.168.7.0/24 System']);
      await call(sb, 'DeleteVSwitch', { VSwitchId: vsw });
      assert.deepEqual(await dests(), ['100.64.0.0/10 System']);
    });
  });

  describe('concurrency and idempotency', () => {
    it('lets only non-overlapping blocks through when 50 overlapping CreateVSwitch calls race', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { CidrBlock: '10.0.0.0/16' });
      // Ten /24s and forty /25s and /26s inside them: whatever order they land in, the survivors
      // must not overlap.
      const blocks: string[] = [];
      for (let i = 0; i < 10; i++) blocks.push(`10.0.${i}.0/24`, `10.0.${i}.0/25`, `10.0.${i}.128/25`, `10.0.${i}.64/26`, `10.0.${i}.192/26`);
      const results = await Promise.all(blocks.map((b) => rpc(sb, 'vpc', 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: b })));
      for (const r of results) assert.ok(r.status === 200 || r.body.Code === 'InvalidCidrBlock.Overlapped', r.text);
      const listed = await call(sb, 'DescribeVSwitches', { VpcId, PageSize: 50 });
      const cidrs: string[] = listed.VSwitches.VSwitch.map((s: any) => s.CidrBlock);
      assert.equal(cidrs.length, results.filter((r) => r.status === 200).length);
      const range = (c: string) => {
        const [ip, mask] = c.split('/');
        const n = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
        return [n, n + 2 ** (32 - Number(mask)) - 1];
      };
      for (let i = 0; i < cidrs.length; i++) {
        for (let j = i + 1; j < cidrs.length; j++) {
          const [a0, a1] = range(cidrs[i]);
          const [b0, b1] = range(cidrs[j]);
          assert.ok(a1 < b0 || b1 < a0, `${cidrs[i]} overlaps ${cidrs[j]}`);
        }
      }
      // Every /24 slot holds something.
      assert.ok(cidrs.length >= 10);
    });

    it('returns the same VSwitchId for a repeated ClientToken', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const a = await createVSwitch(sb, VpcId, '192.168.1.0/24', { ClientToken: 'vsw-token' });
      const b = await createVSwitch(sb, VpcId, '192.168.1.0/24', { ClientToken: 'vsw-token' });
      assert.equal(a, b);
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.2.0/24', ClientToken: 'vsw-token' }, 'IdempotentParameterMismatch');
    });

    it('answers a GET request signed with RPC signature v1, as pop-core sends it', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const r = await rpc(sb, 'vpc', 'DescribeVSwitches', { VpcId }, { method: 'GET' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.TotalCount, 0);
    });
  });

  describe('AvailableIpAddressCount', () => {
    it('is the block size less the four reserved addresses', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      for (const [cidr, count] of [['10.0.0.0/24', 252], ['10.1.0.0/16', 65532], ['10.2.0.0/29', 4]] as const) {
        const id = await createVSwitch(sb, VpcId, cidr);
        assert.equal((await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: id })).AvailableIpAddressCount, count, cidr);
      }
    });

    it('drops by one for each instance in the VSwitch', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      const other = await createVSwitch(sb, VpcId, '192.168.2.0/24');
      await putInstance(sb, { vpcId: VpcId, vswitchId: vsw, privateIp: '192.168.1.1' });
      await putInstance(sb, { vpcId: VpcId, vswitchId: vsw, privateIp: '192.168.1.2' });
      await putInstance(sb, { vpcId: VpcId, vswitchId: other, privateIp: '192.168.2.1' });
      assert.equal((await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).AvailableIpAddressCount, 250);
      const listed = await call(sb, 'DescribeVSwitches', { VpcId });
      const counts = Object.fromEntries(listed.VSwitches.VSwitch.map((s: any) => [s.VSwitchId, s.AvailableIpAddressCount]));
      assert.deepEqual(counts, { [vsw]: 250, [other]: 251 });
    });
  });

  describe('DeleteVSwitch', () => {
    it('deletes the VSwitch', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      await call(sb, 'DeleteVSwitch', { VSwitchId: vsw });
      await expectError(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw }, 'InvalidVSwitchId.NotFound', 404);
    });

    it('is refused with DependencyViolation while an instance is in it', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      const instance = await putInstance(sb, { vpcId: VpcId, vswitchId: vsw, privateIp: '192.168.1.5' });
      const message = await expectError(sb, 'DeleteVSwitch', { VSwitchId: vsw }, 'DependencyViolation');
      assert.ok(message.includes(instance));
    });

    it('answers 404 InvalidVSwitchId.NotFound for an unknown VSwitch', async () => {
      await expectError(ctx.sb, 'DeleteVSwitch', { VSwitchId: 'vsw-missing' }, 'InvalidVSwitchId.NotFound', 404);
    });

    it('checks everything on DryRun and answers DryRunOperation without deleting', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      await expectError(sb, 'DeleteVSwitch', { VSwitchId: vsw, DryRun: true }, 'DryRunOperation');
      await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw });
    });
  });

  describe('DescribeVSwitches', () => {
    it('filters by VpcId, ZoneId, VSwitchId, VSwitchName, IsDefault, RouteTableId and Tag', async () => {
      const { sb } = ctx;
      const a = await createVpc(sb);
      const b = await createVpc(sb);
      const a1 = await createVSwitch(sb, a.VpcId, '192.168.1.0/24', { VSwitchName: 'one', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' });
      const a2 = await createVSwitch(sb, a.VpcId, '192.168.2.0/24', { ZoneId: ZONE2 });
      const b1 = await createVSwitch(sb, b.VpcId, '192.168.1.0/24');
      const ids = async (params: Record<string, string | boolean>) =>
        (await call(sb, 'DescribeVSwitches', params)).VSwitches.VSwitch.map((s: any) => s.VSwitchId).sort();
      assert.deepEqual(await ids({}), [a1, a2, b1].sort());
      assert.deepEqual(await ids({ VpcId: a.VpcId }), [a1, a2].sort());
      assert.deepEqual(await ids({ ZoneId: ZONE2 }), [a2]);
      assert.deepEqual(await ids({ VSwitchId: b1 }), [b1]);
      assert.deepEqual(await ids({ VSwitchName: 'one' }), [a1]);
      assert.deepEqual(await ids({ IsDefault: true }), []);
      assert.deepEqual(await ids({ RouteTableId: b.RouteTableId }), [b1]);
      assert.deepEqual(await ids({ 'Tag.1.Key': 'k' }), [a1]);
      assert.deepEqual(await ids({ VpcId: 'vpc-missing' }), []);
    });

    it('pages with PageNumber and PageSize', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      for (let i = 0; i < 5; i++) await createVSwitch(sb, VpcId, `192.168.${i}.0/24`);
      const r = await call(sb, 'DescribeVSwitches', { PageSize: 2, PageNumber: 3 });
      assert.deepEqual([r.TotalCount, r.PageNumber, r.PageSize, r.VSwitches.VSwitch.length], [5, 3, 2, 1]);
      await expectError(sb, 'DescribeVSwitches', { PageSize: 100 }, 'InvalidParameter');
    });
  });

  describe('ModifyVSwitchAttribute', () => {
    it('changes the name and description', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      await call(sb, 'ModifyVSwitchAttribute', { VSwitchId: vsw, VSwitchName: 'renamed', Description: 'new' });
      const a = await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw });
      assert.deepEqual([a.VSwitchName, a.Description], ['renamed', 'new']);
      await expectError(sb, 'ModifyVSwitchAttribute', { VSwitchId: vsw, VSwitchName: 'x'.repeat(129) }, 'InvalidVSwitchName.Malformed');
      await expectError(sb, 'ModifyVSwitchAttribute', { VSwitchId: 'vsw-missing', VSwitchName: 'x' }, 'InvalidVSwitchId.NotFound', 404);
    });
  });
});
