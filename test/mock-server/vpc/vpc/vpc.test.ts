import { strict as assert } from 'node:assert';
import { rpc } from '../../../helpers/rpc';
import { call, createVpc, createVSwitch, deleteRow, expectError, putInstance, putRow, withSandbox } from '../vpc-helpers';

describe('VPC actions', () => {
  const ctx = withSandbox();

  describe('CreateVpc', () => {
    it('creates a VPC with its VRouter, system route table and the 100.64.0.0/10 system route', async () => {
      const { sb } = ctx;
      const created = await createVpc(sb, { VpcName: 'prod', Description: 'the production network' });
      assert.match(created.VpcId, /^vpc-[a-z0-9]+$/);
      assert.match(created.VRouterId, /^vrt-[a-z0-9]+$/);
      assert.match(created.RouteTableId, /^vtb-[a-z0-9]+$/);
      const attr = await call(sb, 'DescribeVpcAttribute', { VpcId: created.VpcId });
      assert.equal(attr.VpcName, 'prod');
      assert.equal(attr.Description, 'the production network');
      assert.equal(attr.CidrBlock, '192.168.0.0/16');
      assert.equal(attr.Status, 'Available');
      assert.equal(attr.VRouterId, created.VRouterId);
      assert.equal(attr.IsDefault, false);
      assert.match(attr.CreationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const routers = await call(sb, 'DescribeVRouters', { VRouterId: created.VRouterId });
      assert.deepEqual(routers.VRouters.VRouter[0].RouteTableIds.RouteTableId, [created.RouteTableId]);
      assert.equal(routers.VRouters.VRouter[0].VpcId, created.VpcId);
      const entries = await call(sb, 'DescribeRouteEntryList', { RouteTableId: created.RouteTableId });
      assert.deepEqual(
        entries.RouteEntrys.RouteEntry.map((e: any) => [e.DestinationCidrBlock, e.Type]),
        [['100.64.0.0/10', 'System']],
      );
    });

    it('uses 172.16.0.0/12 when no CidrBlock is given', async () => {
      const { sb } = ctx;
      const { VpcId } = await call(sb, 'CreateVpc', {});
      assert.equal((await call(sb, 'DescribeVpcAttribute', { VpcId })).CidrBlock, '172.16.0.0/12');
    });

    it('accepts each private range and subsets of them with masks from /8 to /28', async () => {
      const { sb } = ctx;
      for (const cidr of ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '10.1.0.0/16', '172.20.0.0/24', '192.168.3.16/28']) {
        const { VpcId } = await call(sb, 'CreateVpc', { CidrBlock: cidr });
        assert.equal((await call(sb, 'DescribeVpcAttribute', { VpcId })).CidrBlock, cidr);
      }
    });

    it('rejects a CIDR outside the private ranges with InvalidParameter', async () => {
      const { sb } = ctx;
      for (const cidr of ['8.8.8.0/24', '100.64.0.0/16', '172.32.0.0/16', '172.0.0.0/8']) {
        const message = await expectError(sb, 'CreateVpc', { CidrBlock: cidr }, 'InvalidParameter');
        assert.ok(message.includes(cidr), message);
      }
    });

    it('rejects a mask longer than /28 with InvalidParameter', async () => {
      await expectError(ctx.sb, 'CreateVpc', { CidrBlock: '192.168.0.0/29' }, 'InvalidParameter');
    });

    it('rejects a malformed CIDR with InvalidCidrBlock.Malformed', async () => {
      for (const cidr of ['192.168.0.0', '192.168.0.1/16', '300.1.0.0/16', 'ten/8', '10.0.0.0/33']) {
        await expectError(ctx.sb, 'CreateVpc', { CidrBlock: cidr }, 'InvalidCidrBlock.Malformed');
      }
    });

    it('rejects a name over 128 characters or starting with http:// with InvalidVpcName.Malformed', async () => {
      await expectError(ctx.sb, 'CreateVpc', { VpcName: 'x'.repeat(129) }, 'InvalidVpcName.Malformed');
      await expectError(ctx.sb, 'CreateVpc', { VpcName: 'http://vpc' }, 'InvalidVpcName.Malformed');
    });

    it('rejects a description over 256 characters or starting with https:// with InvalidVpcDiscription.Malformed', async () => {
      await expectError(ctx.sb, 'CreateVpc', { Description: 'd'.repeat(257) }, 'InvalidVpcDiscription.Malformed');
      await expectError(ctx.sb, 'CreateVpc', { Description: 'https://x' }, 'InvalidVpcDiscription.Malformed');
    });

    it('stores up to three user CIDRs and rejects a fourth with InvalidUserCidr.Quota', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { UserCidr: '10.0.0.0/8,172.16.0.0/12' });
      assert.deepEqual((await call(sb, 'DescribeVpcAttribute', { VpcId })).UserCidrs.UserCidr, ['10.0.0.0/8', '172.16.0.0/12']);
      await expectError(sb, 'CreateVpc', { UserCidr: '10.0.0.0/8,11.0.0.0/8,12.0.0.0/8,13.0.0.0/8' }, 'InvalidUserCidr.Quota');
      await expectError(sb, 'CreateVpc', { UserCidr: '100.64.0.0/16' }, 'InvalidUserCidr.Malformed');
    });

    it('allows 10 VPCs per region and refuses the 11th with QuotaExceeded.Vpc, not counting the default VPC', async () => {
      const { sb } = ctx;
      await call(sb, 'CreateDefaultVpc');
      for (let i = 0; i < 10; i++) await createVpc(sb);
      const message = await expectError(sb, 'CreateVpc', {}, 'QuotaExceeded.Vpc');
      assert.match(message, /10/);
    });

    it('keeps the quota per region', async () => {
      const { sb } = ctx;
      for (let i = 0; i < 10; i++) await createVpc(sb);
      const other = await call(sb, 'CreateVpc', { RegionId: 'cn-beijing' });
      assert.match(other.VpcId, /^vpc-/);
    });

    it('refuses parameters for IPAM features the sandbox does not simulate, naming them (IPv6 itself is modelled: see ../ipv6)', async () => {
      const message = await expectError(ctx.sb, 'CreateVpc', { Ipv4IpamPoolId: 'ipam-pool-1' }, 'InvalidParameter');
      assert.match(message, /Ipv4IpamPoolId/);
      await expectError(ctx.sb, 'CreateVpc', { Ipv6Isp: 'BGP' }, 'InvalidParameter');
    });

    it('rejects an unknown parameter with UnsupportedParameter', async () => {
      await expectError(ctx.sb, 'CreateVpc', { CidrBlok: '10.0.0.0/8' }, 'UnsupportedParameter');
    });

    it('checks everything on DryRun and answers DryRunOperation without creating anything', async () => {
      const { sb } = ctx;
      await expectError(sb, 'CreateVpc', { DryRun: true, CidrBlock: '10.0.0.0/8' }, 'DryRunOperation');
      await expectError(sb, 'CreateVpc', { DryRun: true, CidrBlock: '8.8.8.0/24' }, 'InvalidParameter');
      assert.equal((await call(sb, 'DescribeVpcs')).TotalCount, 0);
    });
  });

  describe('ClientToken', () => {
    it('returns the same VpcId when CreateVpc is repeated with the same token and parameters', async () => {
      const { sb } = ctx;
      const a = await createVpc(sb, { ClientToken: 'token-1', VpcName: 'same' });
      const b = await createVpc(sb, { ClientToken: 'token-1', VpcName: 'same' });
      assert.equal(b.VpcId, a.VpcId);
      assert.equal(b.RouteTableId, a.RouteTableId);
      assert.equal((await call(sb, 'DescribeVpcs')).TotalCount, 1);
    });

    it('refuses the same token with different parameters with IdempotentParameterMismatch', async () => {
      const { sb } = ctx;
      await createVpc(sb, { ClientToken: 'token-2', VpcName: 'first' });
      await expectError(sb, 'CreateVpc', { CidrBlock: '192.168.0.0/16', ClientToken: 'token-2', VpcName: 'second' }, 'IdempotentParameterMismatch');
    });

    it('creates a second VPC for a different token', async () => {
      const { sb } = ctx;
      const a = await createVpc(sb, { ClientToken: 'token-a' });
      const b = await createVpc(sb, { ClientToken: 'token-b' });
      assert.notEqual(a.VpcId, b.VpcId);
    });
  });

  describe('DescribeVpcs', () => {
    it('lists VPCs in the real shape with VSwitchIds, RouterTableIds and Tags wrappers', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb, { VpcName: 'a', 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' });
      const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
      const r = await call(sb, 'DescribeVpcs');
      assert.equal(r.TotalCount, 1);
      assert.equal(r.PageNumber, 1);
      assert.equal(r.PageSize, 10);
      const v = r.Vpcs.Vpc[0];
      assert.equal(v.VpcId, vpc.VpcId);
      assert.equal(v.RegionId, 'cn-hangzhou');
      assert.deepEqual(v.VSwitchIds, { VSwitchId: [vsw] });
      assert.deepEqual(v.RouterTableIds, { RouterTableIds: [vpc.RouteTableId] });
      assert.deepEqual(v.Tags, { Tag: [{ Key: 'env', Value: 'prod' }] });
      assert.equal(v.VRouterId, vpc.VRouterId);
      assert.equal(v.IsDefault, false);
    });

    it('filters by a comma-separated VpcId list, VpcName, IsDefault and Tag', async () => {
      const { sb } = ctx;
      const a = await createVpc(sb, { VpcName: 'a', 'Tag.1.Key': 'team', 'Tag.1.Value': 'blue' });
      const b = await createVpc(sb, { VpcName: 'b' });
      await createVpc(sb, { VpcName: 'c' });
      const def = await call(sb, 'CreateDefaultVpc');
      const ids = (r: any) => r.Vpcs.Vpc.map((v: any) => v.VpcId).sort();
      assert.deepEqual(ids(await call(sb, 'DescribeVpcs', { VpcId: `${a.VpcId},${b.VpcId}` })), [a.VpcId, b.VpcId].sort());
      assert.deepEqual(ids(await call(sb, 'DescribeVpcs', { VpcName: 'b' })), [b.VpcId]);
      assert.deepEqual(ids(await call(sb, 'DescribeVpcs', { IsDefault: true })), [def.VpcId]);
      assert.equal((await call(sb, 'DescribeVpcs', { IsDefault: false })).TotalCount, 3);
      assert.deepEqual(ids(await call(sb, 'DescribeVpcs', { 'Tag.1.Key': 'team', 'Tag.1.Value': 'blue' })), [a.VpcId]);
      assert.equal((await call(sb, 'DescribeVpcs', { 'Tag.1.Key': 'team', 'Tag.1.Value': 'red' })).TotalCount, 0);
      assert.equal((await call(sb, 'DescribeVpcs', { VpcId: 'vpc-doesnotexist' })).TotalCount, 0);
    });

    it('refuses more than 20 VPC ids with InvalidParameter', async () => {
      const ids = Array.from({ length: 21 }, (_, i) => `vpc-${i}`).join(',');
      await expectError(ctx.sb, 'DescribeVpcs', { VpcId: ids }, 'InvalidParameter');
    });

    it('pages with PageNumber and PageSize and reports TotalCount', async () => {
      const { sb } = ctx;
      const created: string[] = [];
      for (let i = 0; i < 7; i++) created.push((await createVpc(sb)).VpcId);
      const p1 = await call(sb, 'DescribeVpcs', { PageSize: 3, PageNumber: 1 });
      const p2 = await call(sb, 'DescribeVpcs', { PageSize: 3, PageNumber: 2 });
      const p3 = await call(sb, 'DescribeVpcs', { PageSize: 3, PageNumber: 3 });
      const p4 = await call(sb, 'DescribeVpcs', { PageSize: 3, PageNumber: 4 });
      assert.deepEqual([p1.TotalCount, p1.PageNumber, p1.PageSize], [7, 1, 3]);
      assert.deepEqual([p1, p2, p3, p4].map((p) => p.Vpcs.Vpc.length), [3, 3, 1, 0]);
      const seen = [p1, p2, p3].flatMap((p) => p.Vpcs.Vpc.map((v: any) => v.VpcId));
      assert.deepEqual(seen.sort(), created.sort());
    });

    it('rejects PageSize above 50 or below 1, and PageNumber 0, with InvalidParameter', async () => {
      await expectError(ctx.sb, 'DescribeVpcs', { PageSize: 51 }, 'InvalidParameter');
      await expectError(ctx.sb, 'DescribeVpcs', { PageSize: 0 }, 'InvalidParameter');
      await expectError(ctx.sb, 'DescribeVpcs', { PageNumber: 0 }, 'InvalidParameter');
      await expectError(ctx.sb, 'DescribeVpcs', { PageSize: 'ten' }, 'InvalidParameter');
    });

    it('renders XML with repeated list elements when Format=XML', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb, { VpcName: 'x<&>y' });
      const a = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
      const b = await createVSwitch(sb, vpc.VpcId, '192.168.2.0/24');
      const r = await rpc(sb, 'vpc', 'DescribeVpcs', {}, { format: 'XML' });
      assert.equal(r.status, 200);
      assert.match(r.text, /^<\?xml version="1.0" encoding="UTF-8"\?><DescribeVpcsResponse><RequestId>[0-9A-F-]{36}<\/RequestId>/);
      assert.ok(r.text.includes('<TotalCount>1</TotalCount>'));
      assert.ok(r.text.includes(`<Vpcs><Vpc><VpcId>${vpc.VpcId}</VpcId>`));
      assert.ok(r.text.includes(`<VSwitchIds><VSwitchId>${a}</VSwitchId><VSwitchId>${b}</VSwitchId></VSwitchIds>`));
      assert.ok(r.text.includes('<VpcName>x&lt;&amp;&gt;y</VpcName>'));
      assert.ok(r.text.endsWith('</DescribeVpcsResponse>'));
    });

    it('answers DryRunOperation on DryRun', async () => {
      await expectError(ctx.sb, 'DescribeVpcs', { DryRun: true }, 'DryRunOperation');
    });
  });

  describe('DescribeVpcAttribute', () => {
    it('answers 404 InvalidVpcId.NotFound for an unknown VPC', async () => {
      const message = await expectError(ctx.sb, 'DescribeVpcAttribute', { VpcId: 'vpc-missing' }, 'InvalidVpcId.NotFound', 404);
      assert.ok(message.includes('vpc-missing'));
    });

    it('does not show a VPC of another region', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await expectError(sb, 'DescribeVpcAttribute', { VpcId, RegionId: 'cn-beijing' }, 'InvalidVpcId.NotFound', 404);
    });

    it('counts the VPC\'s cloud resources', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await createVSwitch(sb, VpcId, '192.168.1.0/24');
      const attr = await call(sb, 'DescribeVpcAttribute', { VpcId });
      const counts = Object.fromEntries(attr.CloudResources.CloudResourceSetType.map((c: any) => [c.ResourceType, c.ResourceCount]));
      assert.deepEqual(counts, { VSwitch: 1, RouteTable: 1, VRouter: 1 });
    });
  });

  describe('ModifyVpcAttribute', () => {
    it('changes the name and description, and an empty description clears it', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { VpcName: 'old', Description: 'old text' });
      await call(sb, 'ModifyVpcAttribute', { VpcId, VpcName: 'new' });
      let attr = await call(sb, 'DescribeVpcAttribute', { VpcId });
      assert.deepEqual([attr.VpcName, attr.Description], ['new', 'old text']);
      await call(sb, 'ModifyVpcAttribute', { VpcId, Description: '' });
      attr = await call(sb, 'DescribeVpcAttribute', { VpcId });
      assert.deepEqual([attr.VpcName, attr.Description], ['new', '']);
    });

    it('validates the new name and refuses an unknown VPC with 404', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await expectError(sb, 'ModifyVpcAttribute', { VpcId, VpcName: 'https://bad' }, 'InvalidVpcName.Malformed');
      await expectError(sb, 'ModifyVpcAttribute', { VpcId: 'vpc-missing', VpcName: 'x' }, 'InvalidVpcId.NotFound', 404);
    });

    it('changes the CIDR block only to one that still contains every VSwitch', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
      await createVSwitch(sb, VpcId, '192.168.5.0/24');
      await expectError(sb, 'ModifyVpcAttribute', { VpcId, CidrBlock: '192.168.0.0/22' }, 'InvalidCidrBlock.Malformed');
      await call(sb, 'ModifyVpcAttribute', { VpcId, CidrBlock: '192.168.0.0/20' });
      assert.equal((await call(sb, 'DescribeVpcAttribute', { VpcId })).CidrBlock, '192.168.0.0/20');
    });
  });

  describe('DeleteVpc', () => {
    it('deletes the VPC with its VRouter, route table and system routes', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      await call(sb, 'DeleteVpc', { VpcId: vpc.VpcId });
      await expectError(sb, 'DescribeVpcAttribute', { VpcId: vpc.VpcId }, 'InvalidVpcId.NotFound', 404);
      assert.equal((await call(sb, 'DescribeVRouters')).TotalCount, 0);
      assert.equal((await call(sb, 'DescribeRouteTableList')).TotalCount, 0);
      await expectError(sb, 'DescribeRouteEntryList', { RouteTableId: vpc.RouteTableId }, 'InvalidRouteTableId.NotFound', 404);
      const state = sb.store.exportState().accounts['1000000000000001']?.['cn-hangzhou'] ?? {};
      for (const table of ['vpcs', 'vrouters', 'routeTables', 'routeEntries']) {
        assert.equal(Object.keys(state[table] ?? {}).length, 0, `${table} still has rows`);
      }
    });

    it('answers 404 InvalidVpcId.NotFound for an unknown VPC', async () => {
      await expectError(ctx.sb, 'DeleteVpc', { VpcId: 'vpc-missing' }, 'InvalidVpcId.NotFound', 404);
    });

    it('is refused with DependencyViolation.VSwitch while a VSwitch remains', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      const message = await expectError(sb, 'DeleteVpc', { VpcId }, 'DependencyViolation.VSwitch');
      assert.ok(message.includes(vsw));
      await call(sb, 'DeleteVSwitch', { VSwitchId: vsw });
      await call(sb, 'DeleteVpc', { VpcId });
    });

    it('is refused with DependencyViolation.Instance while an ECS instance remains', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      await putInstance(sb, { vpcId: VpcId, vswitchId: vsw, privateIp: '192.168.1.10' });
      await expectError(sb, 'DeleteVpc', { VpcId }, 'DependencyViolation.Instance');
    });

    it('is refused with DependencyViolation.RouteEntry while a custom route entry remains', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
      const instance = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.1.10' });
      await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopId: instance });
      await expectError(sb, 'DeleteVpc', { VpcId: vpc.VpcId }, 'DependencyViolation.RouteEntry');
    });

    it('is refused with DependencyViolation.SecurityGroup while a security group remains', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await putRow(sb, 'securityGroups', { id: 'sg-test1', vpcId: VpcId, name: '', description: '', rules: [], tags: {} });
      await expectError(sb, 'DeleteVpc', { VpcId }, 'DependencyViolation.SecurityGroup');
      await deleteRow(sb, 'securityGroups', 'sg-test1');
      await call(sb, 'DeleteVpc', { VpcId });
    });

    it('checks everything on DryRun and answers DryRunOperation without deleting', async () => {
      const { sb } = ctx;
      const { VpcId } = await createVpc(sb);
      await expectError(sb, 'DeleteVpc', { VpcId, DryRun: true }, 'DryRunOperation');
      await call(sb, 'DescribeVpcAttribute', { VpcId });
    });

    it('frees its quota slot once deleted', async () => {
      const { sb } = ctx;
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) ids.push((await createVpc(sb)).VpcId);
      await expectError(sb, 'CreateVpc', {}, 'QuotaExceeded.Vpc');
      await call(sb, 'DeleteVpc', { VpcId: ids[0] });
      await createVpc(sb);
    });
  });

  describe('tenancy', () => {
    it('never shows one region\'s VPCs in another region', async () => {
      const { sb } = ctx;
      await createVpc(sb);
      assert.equal((await call(sb, 'DescribeVpcs', { RegionId: 'cn-shanghai' })).TotalCount, 0);
      assert.equal((await call(sb, 'DescribeVpcs')).TotalCount, 1);
    });
  });
});
