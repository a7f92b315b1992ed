import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { eventually, startTestSandbox } from '../../helpers/rpc';
import { call, createVpc, createVSwitch, expectError, putInstance, ZONE } from './vpc-helpers';

describe('Asynchronous states of VPCs, VSwitches and route entries', () => {
  describe('with a real clock', () => {
    let sb: Sandbox;
    beforeEach(async () => {
      sb = await startTestSandbox({ asyncDelayMs: 150 });
    });
    afterEach(() => sb.close());

    it('returns a new VPC at once as Pending and shows it Available after the async delay', async () => {
      const started = Date.now();
      const { VpcId } = await createVpc(sb);
      assert.equal((await call(sb, 'DescribeVpcAttribute', { VpcId })).Status, 'Pending');
      await eventually(async () => (await call(sb, 'DescribeVpcAttribute', { VpcId })).Status === 'Available', 3000);
      assert.ok(Date.now() - started >= 140);
      const listed = await call(sb, 'DescribeVpcs', { VpcId });
      assert.equal(listed.Vpcs.Vpc[0].Status, 'Available');
    });
  });

  describe('with a controlled clock', () => {
    let sb: Sandbox;
    let now: number;
    const DELAY = 1000;
    const advance = () => {
      now += DELAY + 1;
    };
    beforeEach(async () => {
      now = Date.now();
      sb = await startTestSandbox({ asyncDelayMs: DELAY, clock: () => now });
    });
    afterEach(() => sb.close());

    it('refuses CreateVSwitch, ModifyVpcAttribute and DeleteVpc on a Pending VPC with IncorrectVpcStatus', async () => {
      const { VpcId, RouteTableId } = await createVpc(sb);
      const tables = await call(sb, 'DescribeRouteTableList', { VpcId });
      assert.equal(tables.RouterTableList.RouterTableListType[0].Status, 'Pending');
      await expectError(sb, 'CreateVSwitch', { VpcId, ZoneId: ZONE, CidrBlock: '192.168.1.0/24' }, 'IncorrectVpcStatus');
      await expectError(sb, 'ModifyVpcAttribute', { VpcId, VpcName: 'x' }, 'IncorrectVpcStatus');
      await expectError(sb, 'DeleteVpc', { VpcId }, 'IncorrectVpcStatus');
      advance();
      assert.equal((await call(sb, 'DescribeVpcAttribute', { VpcId })).Status, 'Available');
      const entries = await call(sb, 'DescribeRouteEntryList', { RouteTableId });
      assert.equal(entries.RouteEntrys.RouteEntry[0].Status, 'Available');
      await call(sb, 'DeleteVpc', { VpcId });
    });

    it('shows a new VSwitch and its system route Pending, and refuses to delete it with IncorrectVSwitchStatus', async () => {
      const { VpcId, RouteTableId } = await createVpc(sb);
      advance();
      const vsw = await createVSwitch(sb, VpcId, '192.168.1.0/24');
      assert.equal((await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw })).Status, 'Pending');
      const system = (await call(sb, 'DescribeRouteEntryList', { RouteTableId, DestinationCidrBlock: '192.168.1.0/24' })).RouteEntrys.RouteEntry[0];
      assert.equal(system.Status, 'Pending');
      await expectError(sb, 'DeleteVSwitch', { VSwitchId: vsw }, 'IncorrectVSwitchStatus');
      await expectError(sb, 'ModifyVSwitchAttribute', { VSwitchId: vsw, VSwitchName: 'x' }, 'IncorrectVSwitchStatus');
      advance();
      assert.equal((await call(sb, 'DescribeVSwitches', { VSwitchId: vsw })).VSwitches.VSwitch[0].Status, 'Available');
      await call(sb, 'DeleteVSwitch', { VSwitchId: vsw });
    });

    it('keeps a new route entry Pending, refusing other entry changes in the table with IncorrectRouteEntryStatus until it is Available', async () => {
      const vpc = await createVpc(sb);
      advance();
      const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
      const instance = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.1.10' });
      advance();
      const { RouteEntryId } = await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopId: instance });
      const listed = await call(sb, 'DescribeRouteTables', { RouteTableId: vpc.RouteTableId });
      const entry = listed.RouteTables.RouteTable[0].RouteEntrys.RouteEntry.find((e: any) => e.RouteEntryId === RouteEntryId);
      assert.equal(entry.Status, 'Pending');
      await expectError(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopId: instance }, 'IncorrectRouteEntryStatus');
      await expectError(sb, 'DeleteRouteEntry', { RouteEntryId }, 'IncorrectRouteEntryStatus');
      await expectError(sb, 'ModifyRouteEntry', { RouteEntryId, RouteEntryName: 'x' }, 'IncorrectRouteEntryStatus');
      // A Pending entry does not route traffic yet.
      const lookup = await call(sb, 'SandboxLookupRoute', { RouteTableId: vpc.RouteTableId, DestinationIp: '8.8.8.8' });
      assert.equal(lookup.Matched, false);
      assert.match(lookup.RejectedCandidates.Candidate.find((c: any) => c.DestinationCidrBlock === '0.0.0.0/0').Reason, /Pending/);
      advance();
      await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopId: instance });
      advance();
      assert.equal((await call(sb, 'SandboxLookupRoute', { RouteTableId: vpc.RouteTableId, DestinationIp: '8.8.8.8' })).MatchedRouteEntry.RouteEntryId, RouteEntryId);
      await call(sb, 'DeleteRouteEntry', { RouteEntryId });
    });

    it('refuses CreateVSwitch and DeleteVSwitch with IncorrectRouteEntryStatus while a custom route entry of the VPC is Pending', async () => {
      // A VSwitch adds or removes a system route in the VPC's table, which takes one change at a time.
      const vpc = await createVpc(sb);
      advance();
      const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
      const spare = await createVSwitch(sb, vpc.VpcId, '192.168.2.0/24');
      const instance = await putInstance(sb, { vpcId: vpc.VpcId, vswitchId: vsw, privateIp: '192.168.1.10' });
      advance();
      await call(sb, 'CreateRouteEntry', { RouteTableId: vpc.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', NextHopId: instance });
      const message = await expectError(sb, 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: ZONE, CidrBlock: '192.168.3.0/24' }, 'IncorrectRouteEntryStatus');
      assert.match(message, /0\.0\.0\.0\/0.*Pending.*CreateVSwitch/);
      await expectError(sb, 'DeleteVSwitch', { VSwitchId: spare }, 'IncorrectRouteEntryStatus');
      advance();
      await createVSwitch(sb, vpc.VpcId, '192.168.3.0/24');
      await call(sb, 'DeleteVSwitch', { VSwitchId: spare });
    });

    it('refuses a default VSwitch while the default VPC is Pending', async () => {
      await call(sb, 'CreateDefaultVpc');
      await expectError(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE }, 'IncorrectVpcStatus');
      advance();
      await call(sb, 'CreateDefaultVSwitch', { ZoneId: ZONE });
    });
  });
});
