/**
 * VBR actions: CreateVirtualBorderRouter, DescribeVirtualBorderRouters (Filter.N),
 * ModifyVirtualBorderRouterAttribute and DeleteVirtualBorderRouter. The VBR's route entries use
 * the route-table actions (CreateRouteEntry with the VBR's RouteTableId).
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { tagsFromParams } from '../../domain/tags';
import { boolean, integer, required, string, tags } from '../../wire/params';
import { FILTER, filterMatcher } from '../physical-connection/filters';
import { PHYSICAL_CONNECTIONS, type PhysicalConnectionRecord } from '../physical-connection/records';
import { createVbr, deleteVbr, modifyVbr, type VbrSettings } from './domain';
import { VBRS, type VbrRecord } from './records';
import { vbrShape } from './shapes';

const IP = string({ maxLength: 64 });
const VLAN = integer({ min: -1_000_000, max: 1_000_000 });
/** Stored and returned, not acted on: the sandbox routes no IPv6 over a VBR and runs no BFD. */
const SETTINGS = {
  DetectMultiplier: integer({ min: -1_000_000, max: 1_000_000 }),
  MinRxInterval: integer({ min: -1_000_000, max: 1_000_000 }),
  MinTxInterval: integer({ min: -1_000_000, max: 1_000_000 }),
  Mtu: integer({ min: -1_000_000, max: 1_000_000 }),
  SitelinkEnable: boolean(),
};

function settingsOf(p: { EnableIpv6?: boolean; LocalIpv6GatewayIp?: string; PeerIpv6GatewayIp?: string; PeeringIpv6SubnetMask?: string; Bandwidth?: number; DetectMultiplier?: number; MinRxInterval?: number; MinTxInterval?: number; Mtu?: number; SitelinkEnable?: boolean }): VbrSettings {
  return {
    enableIpv6: p.EnableIpv6,
    localIpv6GatewayIp: p.LocalIpv6GatewayIp,
    peerIpv6GatewayIp: p.PeerIpv6GatewayIp,
    peeringIpv6SubnetMask: p.PeeringIpv6SubnetMask,
    bandwidth: p.Bandwidth,
    detectMultiplier: p.DetectMultiplier,
    minRxInterval: p.MinRxInterval,
    minTxInterval: p.MinTxInterval,
    mtu: p.Mtu,
    sitelinkEnable: p.SitelinkEnable,
  };
}

const createVbrAction = defineAction({
  name: 'CreateVirtualBorderRouter',
  products: ['vpc'],
  params: {
    PhysicalConnectionId: required(ID),
    VlanId: required(VLAN),
    LocalGatewayIp: IP,
    PeerGatewayIp: IP,
    PeeringSubnetMask: IP,
    LocalIpv6GatewayIp: IP,
    PeerIpv6GatewayIp: IP,
    PeeringIpv6SubnetMask: IP,
    EnableIpv6: boolean(),
    ...SETTINGS,
    CircuitCode: string({ maxLength: 128 }),
    VbrOwnerId: integer({ min: 0 }),
    Bandwidth: integer({ min: 0, max: 100_000 }),
    Name: NAME,
    Description: DESCRIPTION,
    ResourceGroupId: ID,
    Tags: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tags);
    return ctx.transact((tx) => {
      const vbr = createVbr(tx, {
        physicalConnectionId: p.PhysicalConnectionId,
        vlanId: p.VlanId,
        localGatewayIp: p.LocalGatewayIp,
        peerGatewayIp: p.PeerGatewayIp,
        peeringSubnetMask: p.PeeringSubnetMask,
        circuitCode: p.CircuitCode,
        name: p.Name,
        description: p.Description,
        resourceGroupId: p.ResourceGroupId,
        ...settingsOf(p),
        tags: tagMap,
      });
      return { VbrId: vbr.id };
    });
  },
});

const describeVbrsAction = defineAction({
  name: 'DescribeVirtualBorderRouters',
  products: ['vpc'],
  params: { Filter: FILTER, IncludeCrossAccountVbr: boolean(), ResourceGroupId: ID, Tags: tags(), ...PAGE },
  handle(ctx, p) {
    const match = filterMatcher<VbrRecord>(p.Filter, {
      VbrId: (v) => v.id,
      Status: (v) => v.status,
      Name: (v) => v.name,
      PhysicalConnectionId: (v) => v.physicalConnectionId,
      AccessPointId: (v) => v.accessPointId,
      VlanId: (v) => String(v.vlanId),
      VlanInterfaceId: (v) => v.vlanInterfaceId,
    });
    return ctx.read((tx) => {
      const rows = tx.table<VbrRecord>(VBRS).filter(match);
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      const pcs = tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VirtualBorderRouterSet: { VirtualBorderRouterType: pg.items.map((v) => vbrShape(v, pcs.get(v.physicalConnectionId), ctx.account.accountId)) },
      };
    });
  },
});

const modifyVbrAction = defineAction({
  name: 'ModifyVirtualBorderRouterAttribute',
  products: ['vpc'],
  params: {
    VbrId: required(ID),
    VlanId: VLAN,
    LocalGatewayIp: IP,
    PeerGatewayIp: IP,
    PeeringSubnetMask: IP,
    CircuitCode: string({ maxLength: 128 }),
    Name: NAME,
    Description: DESCRIPTION,
    Bandwidth: integer({ min: 0, max: 100_000 }),
    LocalIpv6GatewayIp: IP,
    PeerIpv6GatewayIp: IP,
    PeeringIpv6SubnetMask: IP,
    EnableIpv6: boolean(),
    ...SETTINGS,
    ClientToken: VPC_CLIENT_TOKEN,
    // Per-line settings of a VBR on several physical connections (JSON); a sandbox VBR has one line.
    AssociatedPhysicalConnections: string({ maxLength: 64 * 1024 }),
  },
  async handle(ctx, p) {
    notSimulated('AssociatedPhysicalConnections', p.AssociatedPhysicalConnections, 'a VBR on several physical connections (set VlanId and the gateway IPs directly instead)');
    await ctx.transact((tx) =>
      modifyVbr(tx, p.VbrId, { ...settingsOf(p), vlanId: p.VlanId, localGatewayIp: p.LocalGatewayIp, peerGatewayIp: p.PeerGatewayIp, peeringSubnetMask: p.PeeringSubnetMask, circuitCode: p.CircuitCode, name: p.Name, description: p.Description }),
    );
    return {};
  },
});

const deleteVbrAction = defineAction({
  name: 'DeleteVirtualBorderRouter',
  products: ['vpc'],
  params: { VbrId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteVbr(tx, p.VbrId));
    return {};
  },
});

export const vbrActions = [createVbrAction, describeVbrsAction, modifyVbrAction, deleteVbrAction];
