/**
 * SNAT entries: by VSwitch (shown with its CIDR) or by CIDR, SnatIp from the gateway's own public
 * addresses, one entry per VSwitch, Pending → Available, and the guide's rule that an address in
 * DNAT use cannot serve SNAT.
 */
import { strict as assert } from 'node:assert';
import { eventually, rpc } from '../../../helpers/rpc';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeEip, describeNat, eip, natEip, natGateway, network } from '../internet-helpers';

async function entry(sb: any, snatTableId: string, id: string): Promise<any> {
  return (await call(sb, 'DescribeSnatTableEntries', { SnatTableId: snatTableId, SnatEntryId: id })).SnatTableEntries.SnatTableEntry[0];
}

describe('vpc/snat: SNAT entries', () => {
  const h = withSandbox();

  it('translates a VSwitch (shown with its CIDR) or a CIDR block to the gateway\'s public addresses', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    const [a, b] = [await natEip(h.sb, natId), await natEip(h.sb, natId)];
    const byVsw = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId, SnatEntryName: 'web' });
    const e = await entry(h.sb, snatTableId, byVsw.SnatEntryId);
    assert.equal(e.SourceCIDR, '172.16.121.0/24');
    assert.equal(e.SourceVSwitchId, net.vswitchId);
    assert.equal(e.SnatIp, a.ip);
    assert.equal(e.Status, 'Available');
    assert.equal(e.NatGatewayId, natId);
    const byCidr = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: `${a.ip},${b.ip}`, SourceCIDR: '172.16.200.0/24' });
    assert.equal((await entry(h.sb, snatTableId, byCidr.SnatEntryId)).SnatIp, `${a.ip},${b.ip}`);
    const nat = await describeNat(h.sb, natId);
    assert.ok(nat.IpLists.IpList.every((x: any) => x.UsingStatus === 'UsedBySnatTable'));
    assert.equal((await call(h.sb, 'DescribeSnatTableEntries', { SnatTableId: snatTableId })).TotalCount, 2);
    assert.equal((await call(h.sb, 'DescribeSnatTableEntries', { NatGatewayId: natId, SourceVSwitchId: net.vswitchId })).TotalCount, 1);
    await call(h.sb, 'ModifySnatEntry', { SnatTableId: snatTableId, SnatEntryId: byCidr.SnatEntryId, SnatIp: b.ip, SnatEntryName: 'renamed' });
    const changed = await entry(h.sb, snatTableId, byCidr.SnatEntryId);
    assert.equal(changed.SnatIp, b.ip);
    assert.equal(changed.SnatEntryName, 'renamed');
  });

  it('refuses addresses that are not the gateway\'s, a second entry for a VSwitch or block, and bad sources, changing nothing', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    const loose = await eip(h.sb);
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: loose.ip, SourceVSwitchId: net.vswitchId }, 'InvalidSnatIp.NotFound', 404);
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: 'x.y', SourceVSwitchId: net.vswitchId }, 'InvalidSnatIp.Malformed');
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: 'stb-nothere', SnatIp: a.ip, SourceVSwitchId: net.vswitchId }, 'InvalidSnatTableId.NotFound', 404);
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip }, 'MissingParameter');
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: 'vsw-nothere' }, 'InvalidVSwitchId.NotFound', 404);
    await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId });
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId }, 'Forbidden.SourceVSwitchId.Duplicated');
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceCIDR: '172.16.121.0/24' }, 'OperationUnsupported.CidrConflict');
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceCIDR: 'nope' }, 'InvalidParameter');
    await expectError(h.sb, 'DeleteVSwitch', { VSwitchId: net.vswitchId }, 'DependencyViolation.SnatEntry');
    await expectError(h.sb, 'DeleteSnatEntry', { SnatTableId: snatTableId, SnatEntryId: 'snat-nothere' }, 'InvalidSnatEntryId.NotFound', 404);
  });

  it('keeps SNAT and DNAT addresses apart both ways (the guide\'s rule), with the real codes', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId, forwardTableId } = await natGateway(h.sb, net);
    const [a, b] = [await natEip(h.sb, natId), await natEip(h.sb, natId)];
    await call(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: a.ip, ExternalPort: '80', InternalIp: '172.16.121.123', InternalPort: '8080', IpProtocol: 'tcp' });
    await expectError(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId }, 'Forbidden.IpUsedInForwardTable');
    const s = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: b.ip, SourceVSwitchId: net.vswitchId });
    await expectError(h.sb, 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: b.ip, ExternalPort: '81', InternalIp: '172.16.121.123', InternalPort: '8081', IpProtocol: 'tcp' }, 'Forbidden.ExternalIp.UsedInSnatTable');
    await expectError(h.sb, 'ModifySnatEntry', { SnatTableId: snatTableId, SnatEntryId: s.SnatEntryId, SnatIp: a.ip }, 'Forbidden.IpUsedInForwardTable');
  });

  it('when SNAT and DNAT race for one address, exactly one of them gets it', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId, forwardTableId } = await natGateway(h.sb, net);
    for (let round = 0; round < 5; round++) {
      const a = await natEip(h.sb, natId);
      const [snat, dnat] = await Promise.all([
        rpc(h.sb, 'vpc', 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceCIDR: `172.16.${round}.0/24` }),
        rpc(h.sb, 'vpc', 'CreateForwardEntry', { ForwardTableId: forwardTableId, ExternalIp: a.ip, ExternalPort: '80', InternalIp: `172.16.121.${10 + round}`, InternalPort: '80', IpProtocol: 'tcp' }),
      ]);
      assert.equal([snat, dnat].filter((r) => r.status === 200).length, 1, `${snat.text} / ${dnat.text}`);
      const loser = snat.status === 200 ? dnat : snat;
      assert.ok(['Forbidden.IpUsedInForwardTable', 'Forbidden.ExternalIp.UsedInSnatTable'].includes(loser.body.Code), loser.text);
    }
  });

  it('refuses to unbind an EIP that SNAT uses, and Force drops the address from the entry', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    const [a, b] = [await natEip(h.sb, natId), await natEip(h.sb, natId)];
    const s = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: `${a.ip},${b.ip}`, SourceVSwitchId: net.vswitchId });
    await expectError(h.sb, 'UnassociateEipAddress', { AllocationId: a.id }, 'InvalidIpStatus.HasBeenUsedBySnatTable');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: a.id, Force: true });
    assert.equal((await entry(h.sb, snatTableId, s.SnatEntryId)).SnatIp, b.ip);
    assert.equal((await describeEip(h.sb, a.id)).Status, 'Available');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: b.id, Force: true });
    assert.equal((await call(h.sb, 'DescribeSnatTableEntries', { SnatTableId: snatTableId })).TotalCount, 0);
  });
});

describe('vpc/snat: with the async delay', () => {
  const h = withSandbox({ asyncDelayMs: 250 });

  it('is Pending, then Available, and cannot be deleted while Pending', async () => {
    const net = await network(h.sb);
    const { natId, snatTableId } = await natGateway(h.sb, net);
    await eventually(async () => (await describeNat(h.sb, natId)).Status === 'Available');
    const a = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: a.id, InstanceId: natId, InstanceType: 'Nat' });
    await eventually(async () => (await describeEip(h.sb, a.id)).Status === 'InUse');
    const s = await call(h.sb, 'CreateSnatEntry', { SnatTableId: snatTableId, SnatIp: a.ip, SourceVSwitchId: net.vswitchId });
    assert.equal((await entry(h.sb, snatTableId, s.SnatEntryId)).Status, 'Pending');
    await expectError(h.sb, 'DeleteSnatEntry', { SnatTableId: snatTableId, SnatEntryId: s.SnatEntryId }, 'IncorretSnatEntryStatus');
    await eventually(async () => (await entry(h.sb, snatTableId, s.SnatEntryId)).Status === 'Available');
    await call(h.sb, 'DeleteSnatEntry', { SnatTableId: snatTableId, SnatEntryId: s.SnatEntryId });
  });
});
