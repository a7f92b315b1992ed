/**
 * DNAT entries: the guide's port mapping (118.31.48.48:80/tcp → 172.16.121.123:8080), IP mapping,
 * the port and protocol rules, InternalIp inside the VPC, the two uniqueness rules (with races),
 * at most 100 entries per table, Pending → Available.
 */
import { strict as assert } from 'node:assert';
import { eventually, rpc } from '../../../helpers/rpc';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeEip, describeNat, eip, natEip, natGateway, network, runInstance } from '../internet-helpers';

const fwd = (table: string, ip: string, ext: string, internal: string, port: string, proto = 'tcp') => ({ ForwardTableId: table, ExternalIp: ip, ExternalPort: ext, InternalIp: internal, InternalPort: port, IpProtocol: proto });

describe('vpc/dnat: DNAT entries', () => {
  const h = withSandbox();

  it('maps the guide\'s 118.31.48.48:80/tcp to 172.16.121.123:8080', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId } = await natGateway(h.sb, net);
    await natEip(h.sb, natId, { IpAddress: '118.31.48.48' });
    const r = await call(h.sb, 'CreateForwardEntry', { ...fwd(forwardTableId, '118.31.48.48', '80', '172.16.121.123', '8080'), ForwardEntryName: 'web' });
    assert.match(r.ForwardEntryId, /^fwd-/);
    const listed = await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: forwardTableId });
    const e = listed.ForwardTableEntries.ForwardTableEntry[0];
    assert.deepEqual([e.ExternalIp, e.ExternalPort, e.IpProtocol, e.InternalIp, e.InternalPort, e.Status, e.NatGatewayId, e.ForwardEntryName], ['118.31.48.48', '80', 'tcp', '172.16.121.123', '8080', 'Available', natId, 'web']);
    assert.equal((await describeNat(h.sb, natId)).IpLists.IpList[0].UsingStatus, 'UsedByForwardTable');
  });

  it('maps a whole address (IpProtocol any, ports Any), which no other entry may then use', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    await call(h.sb, 'CreateForwardEntry', fwd(forwardTableId, a.ip, 'Any', '172.16.121.10', 'any', 'Any'));
    const e = (await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: forwardTableId })).ForwardTableEntries.ForwardTableEntry[0];
    assert.deepEqual([e.ExternalPort, e.InternalPort, e.IpProtocol], ['Any', 'Any', 'any']);
    await expectError(h.sb, 'CreateForwardEntry', fwd(forwardTableId, a.ip, '443', '172.16.121.11', '443'), 'OperationUnsupported.ForwardEntry');
  });

  it('refuses bad protocols, ports and ranges with the real codes, changing nothing', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    const t = forwardTableId;
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5', '80', 'icmp'), 'InvalidProtocal.ValueNotSupported');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '0', '172.16.121.5', '80'), 'InvalidExternalPort.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5', '65536'), 'InvalidInternalPort.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, 'Any', '172.16.121.5', '80'), 'InvalidExternalPort.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5', '80', 'any'), 'InvalidExternalPort.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '1000/1010', '172.16.121.5', '2000/2005'), 'InvalidInternalPort.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '90/80', '172.16.121.5', '90/80'), 'InvalidExternalPort.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, 'nope', '80', '172.16.121.5', '80'), 'InvalidExternalIp.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5.1', '80'), 'InvalidInternalIp.Malformed');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '192.168.1.5', '80'), 'Forbidden.InternalIpOutOfVpcCIDR');
    await expectError(h.sb, 'CreateForwardEntry', fwd('ftb-nothere', a.ip, '80', '172.16.121.5', '80'), 'InvalidForwardTableId.NotFound', 404);
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, '8.8.8.8', '80', '172.16.121.5', '80'), 'InvalidExternalIp.NotFound', 404);
    const loose = await eip(h.sb);
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, loose.ip, '80', '172.16.121.5', '80'), 'InvalidIp.NotInNatgw');
    const r = await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '1000/1010', '172.16.121.5', '2000/2010', 'udp'));
    assert.match(r.ForwardEntryId, /^fwd-/);
  });

  it('keeps (ExternalIp, ExternalPort, IpProtocol) and (IpProtocol, InternalIp, InternalPort) unique, ranges included', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId: t } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5', '8080'));
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.6', '8080'), 'OperationUnsupported.ForwardEntry');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '70/90', '172.16.121.6', '70/90'), 'OperationUnsupported.ForwardEntry');
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '81', '172.16.121.5', '8080'), 'OperationUnsupported.ForwardEntry');
    // The same port over the other protocol is another mapping.
    await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5', '8080', 'udp'));
    await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '81', '172.16.121.5', '8081'));
  });

  it('of two concurrent entries for the same external IP:port, exactly one wins', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId: t } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => rpc(h.sb, 'vpc', 'CreateForwardEntry', fwd(t, a.ip, '443', `172.16.121.${20 + i}`, '443'))));
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.ok(results.filter((r) => r.status !== 200).every((r) => r.body.Code === 'OperationUnsupported.ForwardEntry'));
    assert.equal((await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: t })).TotalCount, 1);
  });

  it('holds at most 100 entries per table', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId: t } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    for (let i = 0; i < 100; i++) await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, String(1000 + i), '172.16.121.5', String(1000 + i)));
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '2000', '172.16.121.5', '2000'), 'QuotaExceeded');
    assert.equal((await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: t, PageSize: 50, PageNumber: 2 })).ForwardTableEntries.ForwardTableEntry.length, 50);
  });

  it('refuses to forward to an instance that has its own EIP (Forbindden), and to unbind an EIP that DNAT uses', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId: t } = await natGateway(h.sb, net);
    const a = await natEip(h.sb, natId);
    const inst = await runInstance(h.sb, net.vswitchId, { PrivateIpAddress: '172.16.121.99' });
    const own = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: own.id, InstanceId: inst });
    await expectError(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '22', '172.16.121.99', '22'), 'Forbindden');
    const e = await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '22', '172.16.121.98', '22'));
    await expectError(h.sb, 'UnassociateEipAddress', { AllocationId: a.id }, 'InvalidIpStatus.HasBeenUsedByForwardEntry');
    await call(h.sb, 'ModifyForwardEntry', { ForwardTableId: t, ForwardEntryId: e.ForwardEntryId, InternalPort: '2222', ExternalPort: '2222' });
    const listed = (await call(h.sb, 'DescribeForwardTableEntries', { ForwardEntryId: e.ForwardEntryId, ForwardTableId: t })).ForwardTableEntries.ForwardTableEntry[0];
    assert.equal(listed.ExternalPort, '2222');
    await call(h.sb, 'UnassociateEipAddress', { AllocationId: a.id, Force: true });
    assert.equal((await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: t })).TotalCount, 0);
    assert.equal((await describeEip(h.sb, a.id)).Status, 'Available');
  });
});

describe('vpc/dnat: with the async delay', () => {
  const h = withSandbox({ asyncDelayMs: 250 });

  it('is Pending, then Available; Modifying after a change; neither can be deleted', async () => {
    const net = await network(h.sb);
    const { natId, forwardTableId: t } = await natGateway(h.sb, net);
    await eventually(async () => (await describeNat(h.sb, natId)).Status === 'Available');
    const a = await eip(h.sb);
    await call(h.sb, 'AssociateEipAddress', { AllocationId: a.id, InstanceId: natId, InstanceType: 'Nat' });
    await eventually(async () => (await describeEip(h.sb, a.id)).Status === 'InUse');
    const e = await call(h.sb, 'CreateForwardEntry', fwd(t, a.ip, '80', '172.16.121.5', '80'));
    const status = async () => (await call(h.sb, 'DescribeForwardTableEntries', { ForwardTableId: t })).ForwardTableEntries.ForwardTableEntry[0].Status;
    assert.equal(await status(), 'Pending');
    await expectError(h.sb, 'DeleteForwardEntry', { ForwardTableId: t, ForwardEntryId: e.ForwardEntryId }, 'IncorretForwardEntryStatus');
    await eventually(async () => (await status()) === 'Available');
    await call(h.sb, 'ModifyForwardEntry', { ForwardTableId: t, ForwardEntryId: e.ForwardEntryId, ForwardEntryName: 'changed' });
    assert.equal(await status(), 'Modifying');
    await eventually(async () => (await status()) === 'Available');
    await call(h.sb, 'DeleteForwardEntry', { ForwardTableId: t, ForwardEntryId: e.ForwardEntryId });
  });
});
