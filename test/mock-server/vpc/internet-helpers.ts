/**
 * Helpers for the Internet-access tests (EIP, NAT gateway, SNAT, DNAT, bandwidth packages,
 * egress): a VPC with a VSwitch, real instances through RunInstances, a NAT gateway, EIPs.
 */
import type { Sandbox } from '../../../mock-server/app';
import { eventually, ok } from '../../helpers/rpc';
import { call, ZONE } from './vpc-helpers';

export const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';

export interface Net {
  vpcId: string;
  vswitchId: string;
  routeTableId: string;
}

/** The guide's addressing: VPC 172.16.0.0/12, VSwitch 172.16.121.0/24. */
export async function network(sb: Sandbox, cidr = '172.16.0.0/12', vswCidr = '172.16.121.0/24'): Promise<Net> {
  const vpc = await call(sb, 'CreateVpc', { CidrBlock: cidr });
  await eventually(async () => (await call(sb, 'DescribeVpcAttribute', { VpcId: vpc.VpcId })).Status === 'Available');
  const vsw = await call(sb, 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: ZONE, CidrBlock: vswCidr });
  await eventually(async () => (await call(sb, 'DescribeVSwitchAttributes', { VSwitchId: vsw.VSwitchId })).Status === 'Available');
  return { vpcId: vpc.VpcId, vswitchId: vsw.VSwitchId, routeTableId: vpc.RouteTableId };
}

export async function runInstance(sb: Sandbox, vswitchId: string, params: Record<string, string | number> = {}): Promise<string> {
  const r = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: 'ecs.g7.large', VSwitchId: vswitchId, ...params });
  return r.InstanceIdSets.InstanceIdSet[0];
}

export async function describeInstance(sb: Sandbox, id: string): Promise<any> {
  const r = await ok(sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) });
  return r.Instances.Instance[0];
}

export async function natGateway(sb: Sandbox, net: Net, params: Record<string, string> = {}): Promise<{ natId: string; snatTableId: string; forwardTableId: string }> {
  const r = await call(sb, 'CreateNatGateway', { VpcId: net.vpcId, VSwitchId: net.vswitchId, NatType: 'Enhanced', ...params });
  return { natId: r.NatGatewayId, snatTableId: r.SnatTableIds.SnatTableId[0], forwardTableId: r.ForwardTableIds.ForwardTableId[0] };
}

export async function eip(sb: Sandbox, params: Record<string, string | number> = {}): Promise<{ id: string; ip: string }> {
  const r = await call(sb, 'AllocateEipAddress', params);
  return { id: r.AllocationId, ip: r.EipAddress };
}

export async function describeEip(sb: Sandbox, id: string): Promise<any> {
  const r = await call(sb, 'DescribeEipAddresses', { AllocationId: id });
  return r.EipAddresses.EipAddress[0];
}

/** An EIP bound to a NAT gateway (settled with the async delay of 0). */
export async function natEip(sb: Sandbox, natId: string, params: Record<string, string | number> = {}): Promise<{ id: string; ip: string }> {
  const e = await eip(sb, params);
  await call(sb, 'AssociateEipAddress', { AllocationId: e.id, InstanceId: natId, InstanceType: 'Nat' });
  return e;
}

export async function describeNat(sb: Sandbox, natId: string): Promise<any> {
  const r = await call(sb, 'DescribeNatGateways', { NatGatewayId: natId });
  return r.NatGateways.NatGateway[0];
}

/** Waits until the NAT gateway is Available (with an async delay). */
export async function natAvailable(sb: Sandbox, natId: string): Promise<void> {
  await eventually(async () => (await describeNat(sb, natId)).Status === 'Available');
}
