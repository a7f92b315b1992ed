import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { rpc } from '../../../helpers/rpc';
import { call, createVpc, createVSwitch, expectError, putInstance, withSandbox } from '../vpc-helpers';

/** A VPC 192.168.0.0/16 with a VSwitch 192.168.0.0/24 and one running instance in it. */
async function network(sb: Sandbox, instanceId?: string) {
  const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
  const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.0.0/24');
  const instance = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.0.10', id: instanceId });
  return { ...vpc, vsw, instance };
}

function route(RouteTableId: string, DestinationCidrBlock: string, NextHopId: string, extra: Record<string, string> = {}) {
  return { RouteTableId, DestinationCidrBlock, NextHopId, NextHopType: 'Instance', ...extra };
}

describe('Route tables and route entries', () => {
  const ctx = withSandbox();

  describe('SandboxLookupRoute (longest prefix match)', () => {
    async function guideTable(sb: Sandbox) {
      // The product guide's example: 100.64.0.0/10 and 192.168.0.0/24 are system routes,
      // 0.0.0.0/0 → i-12345678 and 10.0.0.0/24 → i-87654321 are custom.
      const net = await network(sb, 'i-12345678');
      await putInstance(sb, { vpcId: net.VpcId, vswitchId: net.vsw, privateIp: '192.168.0.11', id: 'i-87654321' });
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', 'i-12345678'));
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.0.0.0/24', 'i-87654321'));
      const table = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId });
      assert.deepEqual(
        table.RouteEntrys.RouteEntry.map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.Type]),
        [
          ['100.64.0.0/10', 'service', 'System'],
          ['192.168.0.0/24', 'local', 'System'],
          ['0.0.0.0/0', 'Instance', 'Custom'],
          ['10.0.0.0/24', 'Instance', 'Custom'],
        ],
      );
      return net;
    }

    it('routes 10.0.0.1 to i-87654321 in the guide\'s table, rejecting 0.0.0.0/0 as a shorter prefix', async () => {
      const { sb } = ctx;
      const net = await guideTable(sb);
      const r = await call(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '10.0.0.1' });
      assert.equal(r.Matched, true);
      assert.equal(r.MatchedRouteEntry.NextHopId, 'i-87654321');
      assert.equal(r.MatchedRouteEntry.DestinationCidrBlock, '10.0.0.0/24');
      assert.equal(r.MatchedRouteEntry.NextHopType, 'Instance');
      assert.equal(r.MatchedRouteEntry.Type, 'Custom');
      assert.match(r.MatchedRouteEntry.RouteEntryId, /^rte-/);
      const reasons = Object.fromEntries(r.RejectedCandidates.Candidate.map((c: any) => [c.DestinationCidrBlock, c.Reason]));
      assert.deepEqual(Object.keys(reasons).sort(), ['0.0.0.0/0', '100.64.0.0/10', '192.168.0.0/24']);
      assert.match(reasons['0.0.0.0/0'], /shorter/);
      assert.match(reasons['100.64.0.0/10'], /does not contain 10\.0\.0\.1/);
      assert.match(reasons['192.168.0.0/24'], /does not contain/);
    });

    it('routes 10.0.1.1 to i-12345678 in the guide\'s table, rejecting 10.0.0.0/24 as not containing it', async () => {
      const { sb } = ctx;
      const net = await guideTable(sb);
      const r = await call(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '10.0.1.1' });
      assert.equal(r.MatchedRouteEntry.NextHopId, 'i-12345678');
      assert.equal(r.MatchedRouteEntry.DestinationCidrBlock, '0.0.0.0/0');
      const reasons = Object.fromEntries(r.RejectedCandidates.Candidate.map((c: any) => [c.DestinationCidrBlock, c.Reason]));
      assert.match(reasons['10.0.0.0/24'], /does not contain 10\.0\.1\.1/);
    });

    it('routes addresses in a VSwitch by its system route and cloud-service addresses by 100.64.0.0/10', async () => {
      const { sb } = ctx;
      const net = await guideTable(sb);
      const local = await call(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '192.168.0.20' });
      assert.deepEqual([local.MatchedRouteEntry.DestinationCidrBlock, local.MatchedRouteEntry.Type], ['192.168.0.0/24', 'System']);
      const service = await call(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '100.100.2.136' });
      assert.equal(service.MatchedRouteEntry.DestinationCidrBlock, '100.64.0.0/10');
    });

    it('answers Matched=false when no entry contains the address', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const r = await call(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '8.8.8.8' });
      assert.equal(r.Matched, false);
      assert.equal(r.MatchedRouteEntry, undefined);
      assert.equal(r.RejectedCandidates.Candidate.length, 2);
    });

    it('refuses an unknown route table with 404 and a malformed address with InvalidParameter', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'SandboxLookupRoute', { RouteTableId: 'vtb-missing', DestinationIp: '10.0.0.1' }, 'InvalidRouteTableId.NotFound', 404);
      await expectError(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '10.0.0.0/24' }, 'InvalidParameter');
      await expectError(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId }, 'MissingParameter');
    });
  });

  describe('CreateRouteEntry', () => {
    it('creates a custom entry to an instance and shows it in DescribeRouteEntryList', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const r = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.0.0.0/16', net.instance, { RouteEntryName: 'to-idc', Description: 'via the NAT box' }));
      assert.match(r.RouteEntryId, /^rte-/);
      const list = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, RouteEntryId: r.RouteEntryId });
      const e = list.RouteEntrys.RouteEntry[0];
      assert.equal(e.DestinationCidrBlock, '10.0.0.0/16');
      assert.equal(e.Type, 'Custom');
      assert.equal(e.Status, 'Available');
      assert.equal(e.RouteEntryName, 'to-idc');
      assert.equal(e.Description, 'via the NAT box');
      assert.deepEqual(e.NextHops.NextHop.map((h: any) => [h.NextHopType, h.NextHopId]), [['Instance', net.instance]]);
    });

    it('defaults NextHopType to Instance and treats a bare IP as a /32', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await call(sb, 'CreateRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.9.9.9', NextHopId: net.instance });
      const list = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, RouteEntryType: 'Custom' });
      assert.deepEqual(list.RouteEntrys.RouteEntry.map((e: any) => [e.DestinationCidrBlock, e.NextHopType]), [['10.9.9.9/32', 'Instance']]);
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.9.9.9/32', net.instance), 'InvalidCIDRBlock.Duplicate');
    });

    it('refuses a destination already in the table with InvalidCIDRBlock.Duplicate', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance), 'InvalidCIDRBlock.Duplicate');
    });

    it('refuses a destination equal to or inside a VSwitch block with InvalidCidrBlock, but allows one containing it', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '192.168.0.0/24', net.instance), 'InvalidCidrBlock');
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '192.168.0.128/25', net.instance), 'InvalidCidrBlock');
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '192.168.0.7', net.instance), 'InvalidCidrBlock');
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '192.168.0.0/16', net.instance));
    });

    it('refuses a destination inside 100.64.0.0/10 with InvalidCidrBlock', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '100.64.0.0/10', net.instance), 'InvalidCidrBlock');
      const message = await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '100.100.0.0/16', net.instance), 'InvalidCidrBlock');
      assert.match(message, /100\.64\.0\.0\/10/);
    });

    it('refuses a malformed destination with InvalidCidrBlock.Malformed', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      for (const d of ['10.0.0.1/24', '10.0.0.0/33', 'default', '10.0.0']) {
        await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, d, net.instance), 'InvalidCidrBlock.Malformed');
      }
    });

    it('allows 40 custom entries per table and refuses the 41st with QuotaExceeded', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      for (let i = 0; i < 40; i++) await call(sb, 'CreateRouteEntry', route(net.RouteTableId, `10.${i}.0.0/16`, net.instance));
      const message = await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.200.0.0/16', net.instance), 'QuotaExceeded');
      assert.match(message, /40/);
    });

    it('refuses an unknown instance as next hop with 404 InvalidInstanId.NotFound', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', 'i-doesnotexist'), 'InvalidInstanId.NotFound', 404);
    });

    it('refuses an instance of another VPC as next hop with 404 InvalidNextHopId.NotFound', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const other = await network(sb);
      const message = await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', other.instance), 'InvalidNextHopId.NotFound', 404);
      assert.match(message, /same VPC/);
    });

    it('refuses an instance that is not yet Running or Stopped with IncorrectInstanceStatus', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const pending = await putInstance(sb, { vpcId: net.VpcId, vswitchId: net.vsw, privateIp: '192.168.0.99', status: 'Pending' });
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', pending), 'IncorrectInstanceStatus');
      const stopped = await putInstance(sb, { vpcId: net.VpcId, vswitchId: net.vsw, privateIp: '192.168.0.98', status: 'Stopped' });
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', stopped));
    });

    // NatGateway next hops are tested with the NAT gateway family (test/mock-server/vpc/nat-gateway/),
    // RouterInterface with router-interface/ and vbr/, VpnGateway with vpn-connection/, HaVip with havip/.
    it('refuses a HaVip next hop that does not exist with InvalidNextHopId.NotFound', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const message = await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', 'havip-1', { NextHopType: 'HaVip' }), 'InvalidNextHopId.NotFound', 404);
      assert.match(message, /HaVip "havip-1"/);
    });

    it('refuses an unknown next-hop type with InvalidNextHopType listing the valid ones', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const message = await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance, { NextHopType: 'Teleporter' }), 'InvalidNextHopType');
      assert.match(message, /Instance/);
    });

    it('requires NextHopId, and refuses an ECMP NextHopList of one hop (ECMP itself: router-interface/)', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '0.0.0.0/0' }, 'MissingParameter');
      await expectError(
        sb,
        'CreateRouteEntry',
        { RouteTableId: net.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', 'NextHopList.1.NextHopId': 'ri-1', 'NextHopList.1.NextHopType': 'RouterInterface' },
        'InvalidNexthopListSize',
      );
    });

    it('refuses an unknown route table with 404 InvalidRouteTableId.NotFound', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', route('vtb-missing', '0.0.0.0/0', net.instance), 'InvalidRouteTableId.NotFound', 404);
    });

    it('validates the entry name', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance, { RouteEntryName: 'https://x' }), 'InvalidRouteEntryName.Malformed');
    });

    it('checks everything on DryRun and answers DryRunOperation without creating', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance, { DryRun: 'true' }), 'DryRunOperation');
      await expectError(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', 'i-missing', { DryRun: 'true' }), 'InvalidInstanId.NotFound', 404);
    });

    it('creates exactly one entry when 20 requests for the same destination race', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const results = await Promise.all(Array.from({ length: 20 }, () => rpc(sb, 'vpc', 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance))));
      assert.equal(results.filter((r) => r.status === 200).length, 1);
      for (const r of results.filter((x) => x.status !== 200)) assert.equal(r.body.Code, 'InvalidCIDRBlock.Duplicate');
    });

    it('returns the same entry for a repeated ClientToken, as the Terraform provider relies on', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const a = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance, { ClientToken: 'rte-token' }));
      const b = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance, { ClientToken: 'rte-token' }));
      assert.equal(a.RouteEntryId, b.RouteEntryId);
    });
  });

  describe('DeleteRouteEntry', () => {
    it('deletes a custom entry by RouteEntryId', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const { RouteEntryId } = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      await call(sb, 'DeleteRouteEntry', { RouteEntryId });
      const list = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, RouteEntryType: 'Custom' });
      assert.equal(list.RouteEntrys.RouteEntry.length, 0);
    });

    it('deletes a custom entry by RouteTableId, DestinationCidrBlock and NextHopId, as the Terraform provider does', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.1.1.1', net.instance));
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.1.1.1/32', NextHopId: 'i-other' }, 'InvalidRouteEntry.NotFound', 400);
      await call(sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.1.1.1', NextHopId: net.instance });
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.1.1.1/32' }, 'InvalidRouteEntry.NotFound', 400);
    });

    it('refuses to delete a system entry with OperationDenied', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '100.64.0.0/10' }, 'OperationDenied');
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '192.168.0.0/24' }, 'OperationDenied');
    });

    it('needs RouteEntryId or RouteTableId with DestinationCidrBlock', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: net.RouteTableId }, 'MissingParameter');
      await expectError(sb, 'DeleteRouteEntry', { RouteEntryId: 'rte-missing' }, 'InvalidRouteEntry.NotFound', 400);
      await expectError(sb, 'DeleteRouteEntry', { RouteTableId: 'vtb-missing', DestinationCidrBlock: '0.0.0.0/0' }, 'InvalidRouteTableId.NotFound', 404);
    });

    it('checks everything on DryRun and answers DryRunOperation without deleting', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const { RouteEntryId } = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      await expectError(sb, 'DeleteRouteEntry', { RouteEntryId, DryRun: true }, 'DryRunOperation');
    });
  });

  describe('ModifyRouteEntry', () => {
    it('changes the name, description and next hop of a custom entry', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const other = await putInstance(sb, { vpcId: net.VpcId, vswitchId: net.vsw, privateIp: '192.168.0.50' });
      const { RouteEntryId } = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      await call(sb, 'ModifyRouteEntry', { RouteEntryId, RouteEntryName: 'egress', Description: 'all traffic', NewNextHopId: other, NewNextHopType: 'Instance' });
      const e = (await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, RouteEntryId })).RouteEntrys.RouteEntry[0];
      assert.deepEqual([e.RouteEntryName, e.Description, e.NextHops.NextHop[0].NextHopId], ['egress', 'all traffic', other]);
      const lookup = await call(sb, 'SandboxLookupRoute', { RouteTableId: net.RouteTableId, DestinationIp: '1.1.1.1' });
      assert.equal(lookup.MatchedRouteEntry.NextHopId, other);
    });

    it('validates the new next hop and refuses to re-point a system entry with OperationDenied', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const { RouteEntryId } = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      await expectError(sb, 'ModifyRouteEntry', { RouteEntryId, NewNextHopId: 'i-missing' }, 'InvalidInstanId.NotFound', 404);
      await expectError(sb, 'ModifyRouteEntry', { RouteEntryId, NewNextHopType: 'VpnGateway', NewNextHopId: 'vpn-1' }, 'InvalidNextHopId.NotFound', 404);
      await expectError(sb, 'ModifyRouteEntry', { RouteEntryId, NewNextHopType: 'HaVip', NewNextHopId: 'havip-1' }, 'InvalidNextHopId.NotFound', 404);
      await expectError(sb, 'ModifyRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '100.64.0.0/10', NewNextHopId: net.instance }, 'OperationDenied');
      // A system entry's name can change.
      await call(sb, 'ModifyRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '100.64.0.0/10', RouteEntryName: 'cloud services' });
    });
  });

  describe('DryRun', () => {
    it('answers DryRunOperation for a valid ModifyRouteEntry and changes nothing', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      const { RouteEntryId } = await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      await expectError(sb, 'ModifyRouteEntry', { RouteEntryId, RouteEntryName: 'n', DryRun: true }, 'DryRunOperation');
      await expectError(sb, 'ModifyRouteEntry', { RouteEntryId, RouteEntryName: 'http://n', DryRun: true }, 'InvalidRouteEntryName.Malformed');
    });

    it('answers DryRunOperation for the VSwitch and VPC reads that take DryRun, after checking the id', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'DescribeVSwitches', { DryRun: true }, 'DryRunOperation');
      await expectError(sb, 'DescribeVSwitchAttributes', { VSwitchId: net.vsw, DryRun: true }, 'DryRunOperation');
      await expectError(sb, 'DescribeVSwitchAttributes', { VSwitchId: 'vsw-missing', DryRun: true }, 'InvalidVSwitchId.NotFound', 404);
      await expectError(sb, 'DescribeVpcAttribute', { VpcId: net.VpcId, DryRun: true }, 'DryRunOperation');
    });
  });

  describe('DescribeRouteEntryList', () => {
    it('pages with MaxResult and NextToken', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      for (let i = 0; i < 5; i++) await call(sb, 'CreateRouteEntry', route(net.RouteTableId, `10.${i}.0.0/16`, net.instance));
      const seen: string[] = [];
      let token: string | undefined;
      let pages = 0;
      do {
        const r = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, MaxResult: 3, ...(token ? { NextToken: token } : {}) });
        assert.equal(r.TotalCount, 7);
        assert.ok(r.RouteEntrys.RouteEntry.length <= 3);
        seen.push(...r.RouteEntrys.RouteEntry.map((e: any) => e.DestinationCidrBlock));
        token = r.NextToken || undefined;
        pages++;
      } while (token);
      assert.equal(pages, 3);
      assert.deepEqual(seen, ['100.64.0.0/10', '192.168.0.0/24', '10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16']);
    });

    it('defaults MaxResult to 10 and refuses 0 or 101 with InvalidParameter', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      for (let i = 0; i < 12; i++) await call(sb, 'CreateRouteEntry', route(net.RouteTableId, `10.${i}.0.0/16`, net.instance));
      const r = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId });
      assert.equal(r.RouteEntrys.RouteEntry.length, 10);
      assert.notEqual(r.NextToken, '');
      await expectError(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, MaxResult: 101 }, 'InvalidParameter');
      await expectError(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, MaxResult: 0 }, 'InvalidParameter');
    });

    it('refuses a forged NextToken with InvalidNextToken.Malformed', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await expectError(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, NextToken: 'not-a-token' }, 'InvalidNextToken.Malformed');
    });

    it('filters by destination, destination list, type and next hop', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.0.0.0/16', net.instance));
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '10.1.0.0/16', net.instance));
      const dests = async (p: Record<string, string>) =>
        (await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, ...p })).RouteEntrys.RouteEntry.map((e: any) => e.DestinationCidrBlock);
      assert.deepEqual(await dests({ DestinationCidrBlock: '10.1.0.0/16' }), ['10.1.0.0/16']);
      assert.deepEqual(await dests({ 'DestCidrBlockList.1': '10.0.0.0/16', 'DestCidrBlockList.2': '100.64.0.0/10' }), ['100.64.0.0/10', '10.0.0.0/16']);
      assert.deepEqual(await dests({ RouteEntryType: 'System' }), ['100.64.0.0/10', '192.168.0.0/24']);
      assert.deepEqual(await dests({ NextHopId: net.instance }), ['10.0.0.0/16', '10.1.0.0/16']);
    });

    it('answers 404 InvalidRouteTableId.NotFound for an unknown table', async () => {
      await expectError(ctx.sb, 'DescribeRouteEntryList', { RouteTableId: 'vtb-missing' }, 'InvalidRouteTableId.NotFound', 404);
    });
  });

  describe('DescribeRouteTables (legacy)', () => {
    it('lists the table with VRouterId and RouteEntrys.RouteEntry[] whose InstanceId is the next hop', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await call(sb, 'CreateRouteEntry', route(net.RouteTableId, '0.0.0.0/0', net.instance));
      const r = await call(sb, 'DescribeRouteTables', { RouteTableId: net.RouteTableId, PageSize: 50 });
      assert.equal(r.TotalCount, 1);
      const t = r.RouteTables.RouteTable[0];
      assert.equal(t.RouteTableId, net.RouteTableId);
      assert.equal(t.VRouterId, net.VRouterId);
      assert.equal(t.RouteTableType, 'System');
      assert.deepEqual(t.VSwitchIds.VSwitchId, [net.vsw]);
      const custom = t.RouteEntrys.RouteEntry.find((e: any) => e.Type === 'Custom');
      assert.deepEqual([custom.DestinationCidrBlock, custom.NextHopType, custom.InstanceId, custom.Status], ['0.0.0.0/0', 'Instance', net.instance, 'Available']);
      assert.equal(t.RouteEntrys.RouteEntry.length, 3);
    });

    it('filters by VRouterId and Type', async () => {
      const { sb } = ctx;
      const a = await network(sb);
      await network(sb);
      assert.equal((await call(sb, 'DescribeRouteTables')).TotalCount, 2);
      assert.equal((await call(sb, 'DescribeRouteTables', { VRouterId: a.VRouterId })).RouteTables.RouteTable[0].RouteTableId, a.RouteTableId);
      assert.equal((await call(sb, 'DescribeRouteTables', { Type: 'Custom' })).TotalCount, 0);
    });
  });

  describe('DescribeRouteTableList', () => {
    it('lists the system table in RouterTableList.RouterTableListType[] as the Terraform provider reads it', async () => {
      const { sb } = ctx;
      const net = await network(sb);
      await network(sb);
      const r = await call(sb, 'DescribeRouteTableList', { VpcId: net.VpcId, PageSize: 50 });
      assert.deepEqual([r.TotalCount, r.PageNumber, r.PageSize], [1, 1, 50]);
      const t = r.RouterTableList.RouterTableListType[0];
      assert.equal(t.RouteTableId, net.RouteTableId);
      assert.equal(t.RouteTableType, 'System');
      assert.equal(t.RouterId, net.VRouterId);
      assert.equal(t.RouterType, 'VRouter');
      assert.equal(t.VpcId, net.VpcId);
      assert.equal(t.Status, 'Available');
      assert.deepEqual(t.VSwitchIds.VSwitchId, [net.vsw]);
      assert.deepEqual(t.Tags, { Tag: [] });
      assert.equal((await call(sb, 'DescribeRouteTableList', { RouterType: 'VBR' })).TotalCount, 0);
      assert.equal((await call(sb, 'DescribeRouteTableList', { RouteTableType: 'System' })).TotalCount, 2);
    });
  });

  describe('DescribeVRouters', () => {
    it('lists one VRouter per VPC with paging', async () => {
      const { sb } = ctx;
      for (let i = 0; i < 3; i++) await createVpc(sb);
      const r = await call(sb, 'DescribeVRouters', { PageSize: 2, PageNumber: 2 });
      assert.deepEqual([r.TotalCount, r.PageNumber, r.PageSize, r.VRouters.VRouter.length], [3, 2, 2, 1]);
      assert.match(r.VRouters.VRouter[0].VRouterId, /^vrt-/);
      assert.equal(r.VRouters.VRouter[0].RegionId, 'cn-hangzhou');
    });
  });
});
