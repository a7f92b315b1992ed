/**
 * A VSwitch's reads name what it is bound to, as the real API does: `RouteTable` is the custom
 * table it is associated with (else its VPC's system table), `NetworkAclId` the bound ACL ('' when
 * unbound), and DescribeVSwitches' `RouteTableId` filter matches the table the VSwitch really uses.
 */
import { strict as assert } from 'node:assert';
import { call, createVpc, createVSwitch, expectError, withSandbox } from '../vpc-helpers';

describe('vpc/vswitch: route table and network ACL shown on the VSwitch', () => {
  const h = withSandbox();

  async function both(vswitchId: string, vpcId: string) {
    const attrs = await call(h.sb, 'DescribeVSwitchAttributes', { VSwitchId: vswitchId });
    const listed = (await call(h.sb, 'DescribeVSwitches', { VpcId: vpcId })).VSwitches.VSwitch.find((s: any) => s.VSwitchId === vswitchId);
    return { attrs, listed };
  }

  const ids = async (params: Record<string, string>) =>
    (await call(h.sb, 'DescribeVSwitches', params)).VSwitches.VSwitch.map((s: any) => s.VSwitchId).sort();

  it('shows the associated custom route table, filters by it, and falls back to the system table after unassociation', async () => {
    const vpc = await createVpc(h.sb);
    const bound = await createVSwitch(h.sb, vpc.VpcId, '192.168.1.0/24');
    const plain = await createVSwitch(h.sb, vpc.VpcId, '192.168.2.0/24');
    const { RouteTableId: custom } = await call(h.sb, 'CreateRouteTable', { VpcId: vpc.VpcId });
    await call(h.sb, 'AssociateRouteTable', { RouteTableId: custom, VSwitchId: bound });

    for (const shape of Object.values(await both(bound, vpc.VpcId))) {
      assert.deepEqual(shape.RouteTable, { RouteTableId: custom, RouteTableType: 'Custom' });
    }
    for (const shape of Object.values(await both(plain, vpc.VpcId))) {
      assert.deepEqual(shape.RouteTable, { RouteTableId: vpc.RouteTableId, RouteTableType: 'System' });
    }
    assert.deepEqual(await ids({ RouteTableId: custom }), [bound]);
    assert.deepEqual(await ids({ RouteTableId: vpc.RouteTableId }), [plain]);

    // A refused unassociation (wrong VSwitch) changes nothing: the binding still shows.
    await expectError(h.sb, 'UnassociateRouteTable', { RouteTableId: custom, VSwitchId: plain }, 'InvalidVSwitchId.NotAssociated');
    assert.deepEqual(await ids({ RouteTableId: custom }), [bound]);

    await call(h.sb, 'UnassociateRouteTable', { RouteTableId: custom, VSwitchId: bound });
    assert.deepEqual((await both(bound, vpc.VpcId)).attrs.RouteTable, { RouteTableId: vpc.RouteTableId, RouteTableType: 'System' });
    assert.deepEqual(await ids({ RouteTableId: custom }), []);
    assert.deepEqual(await ids({ RouteTableId: vpc.RouteTableId }), [bound, plain].sort());
  });

  it('shows the bound network ACL in NetworkAclId, and an empty string when unbound', async () => {
    const vpc = await createVpc(h.sb);
    const vsw = await createVSwitch(h.sb, vpc.VpcId, '192.168.1.0/24');
    const other = await createVSwitch(h.sb, vpc.VpcId, '192.168.2.0/24');
    const { NetworkAclId: acl } = await call(h.sb, 'CreateNetworkAcl', { VpcId: vpc.VpcId });
    for (const shape of Object.values(await both(vsw, vpc.VpcId))) assert.equal(shape.NetworkAclId, '');

    await call(h.sb, 'AssociateNetworkAcl', { NetworkAclId: acl, 'Resource.1.ResourceId': vsw, 'Resource.1.ResourceType': 'VSwitch' });
    for (const shape of Object.values(await both(vsw, vpc.VpcId))) assert.equal(shape.NetworkAclId, acl);
    for (const shape of Object.values(await both(other, vpc.VpcId))) assert.equal(shape.NetworkAclId, '');

    await call(h.sb, 'UnassociateNetworkAcl', { NetworkAclId: acl, 'Resource.1.ResourceId': vsw, 'Resource.1.ResourceType': 'VSwitch' });
    for (const shape of Object.values(await both(vsw, vpc.VpcId))) assert.equal(shape.NetworkAclId, '');
  });
});
