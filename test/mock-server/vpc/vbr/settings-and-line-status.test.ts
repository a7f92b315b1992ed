import { strict as assert } from 'node:assert';
import { leasedLine } from '../express-helpers';
import { call, expectError, withSandbox } from '../vpc-helpers';

/**
 * What the real provider's VBR and physical-connection arguments need from the API: IPv6 gateway
 * fields, BFD timers, MTU and tags stored and read back (not acted on), the line operator changed
 * in place, and the Confirmed / Canceled steps of a line's life.
 */
describe('VBR settings and leased-line statuses', () => {
  const ctx = withSandbox();
  const vbrOf = async (id: string) => (await call(ctx.sb, 'DescribeVirtualBorderRouters', { 'Filter.1.Key': 'VbrId', 'Filter.1.Value.1': id })).VirtualBorderRouterSet.VirtualBorderRouterType[0];
  const lineOf = async (id: string) => (await call(ctx.sb, 'DescribePhysicalConnections', { 'Filter.1.Key': 'PhysicalConnectionId', 'Filter.1.Value.1': id })).PhysicalConnectionSet.PhysicalConnectionType[0];

  it('stores IPv6 gateway fields, BFD timers and MTU on a VBR and returns them; left out, the API defaults (3 × 300 ms, MTU 1500) come back', async () => {
    const { sb } = ctx;
    const line = await leasedLine(sb, 100);
    const plain = await vbrOf(line.vbrId);
    assert.deepEqual([plain.EnableIpv6, plain.DetectMultiplier, plain.MinRxInterval, plain.MinTxInterval, plain.Mtu, plain.LocalIpv6GatewayIp], [false, 3, 300, 300, 1500, '']);
    const { VbrId } = await call(sb, 'CreateVirtualBorderRouter', {
      PhysicalConnectionId: line.physicalConnectionId,
      VlanId: 200,
      LocalGatewayIp: '10.0.0.1',
      PeerGatewayIp: '10.0.0.2',
      PeeringSubnetMask: '255.255.255.252',
      EnableIpv6: true,
      LocalIpv6GatewayIp: '2408:4004:cc:400::1',
      PeerIpv6GatewayIp: '2408:4004:cc:400::2',
      PeeringIpv6SubnetMask: '2408:4004:cc:400::/56',
      DetectMultiplier: 10,
      MinRxInterval: 1000,
      MinTxInterval: 200,
      Mtu: 8500,
      Bandwidth: 50,
      'Tags.1.Key': 'env',
      'Tags.1.Value': 'prod',
    });
    const v = await vbrOf(VbrId);
    assert.deepEqual(
      [v.EnableIpv6, v.LocalIpv6GatewayIp, v.PeerIpv6GatewayIp, v.PeeringIpv6SubnetMask, v.DetectMultiplier, v.MinRxInterval, v.MinTxInterval, v.Mtu, v.Bandwidth, v.Tags],
      [true, '2408:4004:cc:400::1', '2408:4004:cc:400::2', '2408:4004:cc:400::/56', 10, 1000, 200, 8500, 50, { Tag: [{ Key: 'env', Value: 'prod' }] }],
    );
    await call(sb, 'ModifyVirtualBorderRouterAttribute', { VbrId, EnableIpv6: false, DetectMultiplier: 4, Mtu: 1500, Bandwidth: 80 });
    const m = await vbrOf(VbrId);
    assert.deepEqual([m.EnableIpv6, m.DetectMultiplier, m.MinRxInterval, m.Mtu, m.Bandwidth, m.LocalIpv6GatewayIp], [false, 4, 1000, 1500, 80, '2408:4004:cc:400::1'], 'a modify keeps what it does not name');
    await call(sb, 'TagResources', { ResourceType: 'VBR', 'ResourceId.1': VbrId, 'Tag.1.Key': 'team', 'Tag.1.Value': 'net' });
    assert.deepEqual((await vbrOf(VbrId)).Tags.Tag.map((t: any) => t.Key).sort(), ['env', 'team']);
  });

  it('refuses out-of-range BFD timers, an unknown MTU and a malformed IPv6 gateway, and leaves the VBR as it was', async () => {
    const { sb } = ctx;
    const line = await leasedLine(sb, 100);
    const before = await vbrOf(line.vbrId);
    await expectError(sb, 'ModifyVirtualBorderRouterAttribute', { VbrId: line.vbrId, MinRxInterval: 100 }, 'InvalidParameter');
    await expectError(sb, 'ModifyVirtualBorderRouterAttribute', { VbrId: line.vbrId, DetectMultiplier: 11 }, 'InvalidParameter');
    await expectError(sb, 'ModifyVirtualBorderRouterAttribute', { VbrId: line.vbrId, Mtu: 9000 }, 'InvalidParameter');
    await expectError(sb, 'ModifyVirtualBorderRouterAttribute', { VbrId: line.vbrId, LocalIpv6GatewayIp: '10.0.0.1', Description: 'changed' }, 'InvalidParameter');
    assert.deepEqual(await vbrOf(line.vbrId), before);
    await expectError(sb, 'CreateVirtualBorderRouter', { PhysicalConnectionId: line.physicalConnectionId, VlanId: 300, PeerIpv6GatewayIp: 'not-an-ip' }, 'InvalidParameter');
    const all = (await call(sb, 'DescribeVirtualBorderRouters', {})).VirtualBorderRouterSet.VirtualBorderRouterType;
    assert.deepEqual(all.map((x: any) => x.VbrId), [line.vbrId], 'the refused VBR was not created');
  });

  it('changes the line operator of a physical connection in place and refuses an unknown one', async () => {
    const { sb } = ctx;
    const { PhysicalConnectionId } = await call(sb, 'CreatePhysicalConnection', { AccessPointId: 'ap-cn-hangzhou-sandbox-a', LineOperator: 'CT' });
    await call(sb, 'ModifyPhysicalConnectionAttribute', { PhysicalConnectionId, LineOperator: 'cu' });
    assert.equal((await lineOf(PhysicalConnectionId)).LineOperator, 'CU');
    await expectError(sb, 'ModifyPhysicalConnectionAttribute', { PhysicalConnectionId, LineOperator: 'Pigeon', Name: 'renamed' }, 'InvalidParameter');
    const after = await lineOf(PhysicalConnectionId);
    assert.deepEqual([after.LineOperator, after.Name], ['CU', ''], 'the refused modify changed nothing');
  });

  it('confirms an Allocated line, enables a Confirmed one, cancels an unenabled application and deletes a Canceled line', async () => {
    const { sb } = ctx;
    const create = async () => (await call(sb, 'CreatePhysicalConnection', { AccessPointId: 'ap-cn-hangzhou-sandbox-a', LineOperator: 'CT' })).PhysicalConnectionId as string;
    const a = await create();
    await call(sb, 'ConfirmPhysicalConnection', { PhysicalConnectionId: a });
    assert.equal((await lineOf(a)).Status, 'Confirmed');
    await call(sb, 'EnablePhysicalConnection', { PhysicalConnectionId: a });
    assert.equal((await lineOf(a)).Status, 'Enabled');
    await expectError(sb, 'CancelPhysicalConnection', { PhysicalConnectionId: a }, 'IncorrectStatus.PhysicalConnection');
    await expectError(sb, 'ConfirmPhysicalConnection', { PhysicalConnectionId: a }, 'IncorrectStatus.PhysicalConnection');
    assert.equal((await lineOf(a)).Status, 'Enabled', 'refused status changes leave the line Enabled');
    const b = await create();
    await call(sb, 'CancelPhysicalConnection', { PhysicalConnectionId: b });
    assert.equal((await lineOf(b)).Status, 'Canceled');
    await expectError(sb, 'EnablePhysicalConnection', { PhysicalConnectionId: b }, 'IncorrectStatus.PhysicalConnection');
    await call(sb, 'DeletePhysicalConnection', { PhysicalConnectionId: b });
    assert.equal(await lineOf(b), undefined);
  });
});
