/**
 * Helpers for the Express Connect tests (router interfaces, leased lines, the trace): peer two
 * routers the way the Terraform provider does (create both interfaces, name each other, connect
 * from the initiator), and build the guide's leased-line network.
 */
import type { Sandbox } from '../../../mock-server/app';
import { REGION, call } from './vpc-helpers';

type Scalar = string | number | boolean | undefined;

export function inRegion(region: string, params: Record<string, Scalar>): Record<string, Scalar> {
  return region === REGION ? params : { ...params, RegionId: region };
}

export interface Side {
  routerId: string;
  routerType?: 'VRouter' | 'VBR';
  region?: string;
  accessPointId?: string;
}

/** Creates an initiator on `a` and an acceptor on `b` that name each other; returns their ids. */
export async function interfacePair(sb: Sandbox, a: Side, b: Side, spec = 'Large.2'): Promise<{ initiator: string; acceptor: string }> {
  const ra = a.region ?? REGION;
  const rb = b.region ?? REGION;
  const initiator = await call(
    sb,
    'CreateRouterInterface',
    inRegion(ra, {
      Role: 'InitiatingSide',
      RouterType: a.routerType ?? 'VRouter',
      RouterId: a.routerId,
      OppositeRegionId: rb,
      Spec: spec,
      OppositeRouterType: b.routerType ?? 'VRouter',
      AccessPointId: a.accessPointId,
    }),
  );
  const acceptor = await call(
    sb,
    'CreateRouterInterface',
    inRegion(rb, { Role: 'AcceptingSide', RouterType: b.routerType ?? 'VRouter', RouterId: b.routerId, OppositeRegionId: ra, OppositeRouterType: a.routerType ?? 'VRouter' }),
  );
  await call(sb, 'ModifyRouterInterfaceAttribute', inRegion(ra, { RouterInterfaceId: initiator.RouterInterfaceId, OppositeInterfaceId: acceptor.RouterInterfaceId, OppositeRouterId: b.routerId }));
  await call(sb, 'ModifyRouterInterfaceAttribute', inRegion(rb, { RouterInterfaceId: acceptor.RouterInterfaceId, OppositeInterfaceId: initiator.RouterInterfaceId, OppositeRouterId: a.routerId }));
  return { initiator: initiator.RouterInterfaceId, acceptor: acceptor.RouterInterfaceId };
}

/** interfacePair, then ConnectRouterInterface from the initiator. */
export async function connectedPair(sb: Sandbox, a: Side, b: Side): Promise<{ initiator: string; acceptor: string }> {
  const pair = await interfacePair(sb, a, b);
  await call(sb, 'ConnectRouterInterface', inRegion(a.region ?? REGION, { RouterInterfaceId: pair.initiator }));
  return pair;
}

/** An Enabled leased line at the region's first access point, and a VBR on it (VLAN `vlan`). */
export async function leasedLine(sb: Sandbox, vlan = 100, region = REGION) {
  const aps = await call(sb, 'DescribeAccessPoints', inRegion(region, {}));
  const accessPointId = aps.AccessPointSet.AccessPointType[0].AccessPointId as string;
  const pc = await call(sb, 'CreatePhysicalConnection', inRegion(region, { AccessPointId: accessPointId, LineOperator: 'CT', PeerLocation: 'IDC', Name: 'line-1' }));
  await call(sb, 'EnablePhysicalConnection', inRegion(region, { PhysicalConnectionId: pc.PhysicalConnectionId }));
  const vbr = await call(sb, 'CreateVirtualBorderRouter', inRegion(region, { PhysicalConnectionId: pc.PhysicalConnectionId, VlanId: vlan, LocalGatewayIp: '10.0.0.1', PeerGatewayIp: '10.0.0.2', PeeringSubnetMask: '255.255.255.252' }));
  const d = await call(sb, 'DescribeVirtualBorderRouters', inRegion(region, { 'Filter.1.Key': 'VbrId', 'Filter.1.Value.1': vbr.VbrId }));
  const v = d.VirtualBorderRouterSet.VirtualBorderRouterType[0];
  return { accessPointId, physicalConnectionId: pc.PhysicalConnectionId as string, vbrId: vbr.VbrId as string, vbrTableId: v.RouteTableId as string, vlanInterfaceId: v.VlanInterfaceId as string };
}
