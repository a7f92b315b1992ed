/**
 * Requests the typed SDK (@alicloud/vpc20160428) shapes differently from the API reference's
 * flattened form, driven through the SDK client itself: object parameters that go as one JSON
 * string (CreateNatGateway AccessMode, ModifyNatGatewayAttribute LogDelivery), a list
 * (CreatePhysicalConnection DeviceAdvancedCapacity.N) and a lower-case name (`bandwidth` on the
 * leased-line actions, which the real provider sends too). Also the VBR setting the sandbox does
 * not simulate, refused with nothing changed.
 */
import { strict as assert } from 'node:assert';
import Client, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { DEFAULT_CREDENTIALS } from '../../helpers/rpc';
import { leasedLine } from './express-helpers';
import { REGION, ZONE, call, createVSwitch, createVpc, expectError, withSandbox } from './vpc-helpers';

describe('The typed SDK\'s request forms for NAT gateways, leased lines and VBRs', () => {
  const ctx = withSandbox({ asyncDelayMs: 0 });

  function client(): Client {
    return new Client(
      new $OpenApiUtil.Config({
        accessKeyId: DEFAULT_CREDENTIALS.accessKeyId,
        accessKeySecret: DEFAULT_CREDENTIALS.accessKeySecret,
        endpoint: `127.0.0.1:${ctx.sb.port}`,
        protocol: 'http',
        regionId: REGION,
      }),
    );
  }

  async function network(): Promise<{ vpcId: string; vswId: string }> {
    const vpc = await createVpc(ctx.sb, { CidrBlock: '172.16.0.0/16' });
    return { vpcId: vpc.VpcId, vswId: await createVSwitch(ctx.sb, vpc.VpcId, '172.16.1.0/24', { ZoneId: ZONE }) };
  }

  it('CreateNatGateway with the SDK\'s AccessMode object (sent as JSON) stores tunnel/geneve, and DescribeNatGateways shows it back', async () => {
    const { vpcId, vswId } = await network();
    const c = client();
    const created = await c.createNatGateway(
      new $Vpc.CreateNatGatewayRequest({
        regionId: REGION, vpcId, vSwitchId: vswId, natType: 'Enhanced', networkType: 'intranet',
        accessMode: new $Vpc.CreateNatGatewayRequestAccessMode({ modeValue: 'tunnel', tunnelType: 'geneve' }),
      }),
    );
    const natId = created.body!.natGatewayId!;
    assert.match(natId, /^ngw-/);
    const listed = await c.describeNatGateways(new $Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId: natId }));
    const mode = listed.body!.natGateways!.natGateway![0].accessMode!;
    assert.deepEqual([mode.modeValue, mode.tunnelType], ['tunnel', 'geneve']);
  });

  it('CreateNatGateway with AccessMode that is not a JSON object, or names an unknown mode, is refused with InvalidParameter and nothing created', async () => {
    const { vpcId, vswId } = await network();
    const base = { VpcId: vpcId, VSwitchId: vswId, NatType: 'Enhanced', NetworkType: 'intranet' };
    const message = await expectError(ctx.sb, 'CreateNatGateway', { ...base, AccessMode: '{"ModeValue":"tunnel"' }, 'InvalidParameter');
    assert.match(message, /AccessMode/);
    await expectError(ctx.sb, 'CreateNatGateway', { ...base, AccessMode: '["tunnel"]' }, 'InvalidParameter');
    await expectError(ctx.sb, 'CreateNatGateway', { ...base, AccessMode: '{"ModeValue":"bridge"}' }, 'InvalidParameter');
    await expectError(ctx.sb, 'CreateNatGateway', { ...base, AccessMode: '{"ModeValue":"tunnel","TunnelType":"vxlan"}' }, 'InvalidParameter');
    assert.equal((await call(ctx.sb, 'DescribeNatGateways', { VpcId: vpcId })).TotalCount, 0);
  });

  it('ModifyNatGatewayAttribute accepts the SDK\'s LogDelivery object (ignored) and applies the rest of the request', async () => {
    const { vpcId, vswId } = await network();
    const natId = (await call(ctx.sb, 'CreateNatGateway', { VpcId: vpcId, VSwitchId: vswId, NatType: 'Enhanced', Name: 'before' })).NatGatewayId as string;
    await client().modifyNatGatewayAttribute(
      new $Vpc.ModifyNatGatewayAttributeRequest({
        regionId: REGION, natGatewayId: natId, name: 'after',
        logDelivery: new $Vpc.ModifyNatGatewayAttributeRequestLogDelivery({ logDeliveryType: 'sls', logDestination: 'acs:log:cn-hangzhou:1:project/p/logstore/l' }),
      }),
    );
    assert.equal((await call(ctx.sb, 'DescribeNatGateways', { NatGatewayId: natId })).NatGateways.NatGateway[0].Name, 'after');
  });

  it('CreatePhysicalConnection takes the SDK\'s lower-case bandwidth and DeviceAdvancedCapacity list; ModifyPhysicalConnectionAttribute\'s lower-case bandwidth changes the bandwidth', async () => {
    const c = client();
    const ap = (await call(ctx.sb, 'DescribeAccessPoints')).AccessPointSet.AccessPointType[0].AccessPointId as string;
    const created = await c.createPhysicalConnection(
      new $Vpc.CreatePhysicalConnectionRequest({ regionId: REGION, accessPointId: ap, lineOperator: 'CT', portType: '1000Base-LX', bandwidth: 100, deviceAdvancedCapacity: ['a', 'b'] }),
    );
    const pcId = created.body!.physicalConnectionId!;
    const bandwidth = async () => {
      const d = await c.describePhysicalConnections(
        new $Vpc.DescribePhysicalConnectionsRequest({ regionId: REGION, filter: [new $Vpc.DescribePhysicalConnectionsRequestFilter({ key: 'PhysicalConnectionId', value: [pcId] })] }),
      );
      return d.body!.physicalConnectionSet!.physicalConnectionType![0].bandwidth;
    };
    assert.equal(await bandwidth(), 100);
    await c.modifyPhysicalConnectionAttribute(new $Vpc.ModifyPhysicalConnectionAttributeRequest({ regionId: REGION, physicalConnectionId: pcId, bandwidth: 200, downDelayTime: 100 }));
    assert.equal(await bandwidth(), 200);
  });

  it('ModifyVirtualBorderRouterAttribute with AssociatedPhysicalConnections is refused as not simulated, and the VBR is unchanged', async () => {
    const { vbrId } = await leasedLine(ctx.sb);
    const message = await expectError(
      ctx.sb,
      'ModifyVirtualBorderRouterAttribute',
      { VbrId: vbrId, Name: 'renamed', AssociatedPhysicalConnections: '[{"PhysicalConnectionId":"pc-other","VlanId":"20"}]' },
      'InvalidParameter',
    );
    assert.match(message, /AssociatedPhysicalConnections.*not simulate/);
  });
});
