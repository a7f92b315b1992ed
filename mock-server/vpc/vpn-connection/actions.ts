/**
 * VPN connection actions: CreateVpnConnection, DescribeVpnConnection(s),
 * ModifyVpnConnectionAttribute, DeleteVpnConnection, DownloadVpnConnectionConfig, and the VPN
 * gateway's route entries (CreateVpnRouteEntry, DescribeVpnRouteEntries, DeleteVpnRouteEntry).
 * BGP and health checks are stored configuration (bgp-health.ts: no session, no probes); dual-tunnel
 * connections (TunnelOptionsSpecification.N) are stored and shown back, without negotiation or BGP
 * sessions to simulate (tunnels.ts). EnableTunnelsBgp and NetworkType (private connections run over
 * Express Connect or CEN on the real cloud) are stored and shown back; no transport is simulated.
 */
import { pageByNumber } from '../../actions/paging';
import { ID, PAGE, VPC_CLIENT_TOKEN, dryRunPassed, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, integer, required, string, tags } from '../../wire/params';
import { createVpnConnection, deleteVpnConnection, downloadConfig, getVpnConnection, modifyVpnConnection } from './domain';
import { VPN_CONNECTIONS, VPN_ROUTE_ENTRIES, type VpnConnectionRecord, type VpnRouteEntryRecord } from './records';
import { modifiedVpnConnectionShape, vpnConnectionShape, vpnRouteEntryShape } from './shapes';
import { TUNNEL_OPTIONS } from './tunnels';
import { createVpnRouteEntry, deleteVpnRouteEntry } from './vpn-routes';

const TEXT = string({ maxLength: 1024 });
const JSON_TEXT = string({ maxLength: 8192 });
const SUBNETS = string({ maxLength: 2048 });

const CONNECTION_PARAMS = {
  Name: TEXT,
  LocalSubnet: SUBNETS,
  RemoteSubnet: SUBNETS,
  EffectImmediately: boolean(),
  IkeConfig: JSON_TEXT,
  IpsecConfig: JSON_TEXT,
  BgpConfig: JSON_TEXT,
  HealthCheckConfig: JSON_TEXT,
  EnableDpd: boolean(),
  EnableNatTraversal: boolean(),
  AutoConfigRoute: boolean(),
  EnableTunnelsBgp: boolean(),
  RemoteCaCertificate: string({ maxLength: 8192 }),
  TunnelOptionsSpecification: TUNNEL_OPTIONS,
  ClientToken: VPC_CLIENT_TOKEN,
};

const createVpnConnectionAction = defineAction({
  name: 'CreateVpnConnection',
  products: ['vpc'],
  params: {
    ...CONNECTION_PARAMS,
    VpnGatewayId: required(ID),
    CustomerGatewayId: ID,
    LocalSubnet: required(SUBNETS),
    RemoteSubnet: required(SUBNETS),
    NetworkType: string({ enum: ['public', 'private'], ignoreCase: true }),
    ResourceGroupId: ID,
    Tags: tags(),
    DryRun: boolean(),
  },
  async handle(ctx, p) {
    notSimulated('RemoteCaCertificate', p.RemoteCaCertificate, 'national-standard (SM) certificates');
    const tagMap = tagsFromParams(p.Tags);
    return ctx.transact((tx) => {
      const c = createVpnConnection(tx, ctx.config, {
        vpnGatewayId: p.VpnGatewayId,
        customerGatewayId: p.CustomerGatewayId,
        tunnels: p.TunnelOptionsSpecification,
        enableTunnelsBgp: p.EnableTunnelsBgp,
        networkType: p.NetworkType?.toLowerCase() as 'public' | 'private' | undefined,
        localSubnet: p.LocalSubnet,
        remoteSubnet: p.RemoteSubnet,
        name: p.Name,
        effectImmediately: p.EffectImmediately,
        ikeConfig: p.IkeConfig,
        ipsecConfig: p.IpsecConfig,
        bgpConfig: p.BgpConfig,
        healthCheckConfig: p.HealthCheckConfig,
        enableDpd: p.EnableDpd,
        enableNatTraversal: p.EnableNatTraversal,
        autoConfigRoute: p.AutoConfigRoute,
        resourceGroupId: p.ResourceGroupId,
        tags: tagMap,
      });
      if (p.DryRun) dryRunPassed();
      return { VpnConnectionId: c.id, Name: c.name, CreateTime: c.createdAt };
    });
  },
});

const describeVpnConnectionAction = defineAction({
  name: 'DescribeVpnConnection',
  products: ['vpc'],
  params: { VpnConnectionId: required(ID) },
  handle(ctx, p) {
    return ctx.read((tx) => vpnConnectionShape(tx, getVpnConnection(tx, p.VpnConnectionId)));
  },
});

const describeVpnConnectionsAction = defineAction({
  name: 'DescribeVpnConnections',
  products: ['vpc'],
  params: { VpnConnectionId: ID, VpnGatewayId: ID, CustomerGatewayId: ID, ResourceGroupId: ID, Tag: tags(), ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = tx.table<VpnConnectionRecord>(VPN_CONNECTIONS).filter(
        (c) =>
          (!p.VpnConnectionId || c.id === p.VpnConnectionId) &&
          (!p.VpnGatewayId || c.vpnGatewayId === p.VpnGatewayId) &&
          (!p.CustomerGatewayId || c.customerGatewayId === p.CustomerGatewayId) &&
          (!p.ResourceGroupId || c.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(c.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VpnConnections: { VpnConnection: pg.items.map((c) => vpnConnectionShape(tx, c)) },
      };
    });
  },
});

const modifyVpnConnectionAttributeAction = defineAction({
  name: 'ModifyVpnConnectionAttribute',
  products: ['vpc'],
  params: { ...CONNECTION_PARAMS, VpnConnectionId: required(ID) },
  async handle(ctx, p) {
    notSimulated('RemoteCaCertificate', p.RemoteCaCertificate, 'national-standard (SM) certificates');
    return ctx.transact((tx) => {
      const c = modifyVpnConnection(tx, p.VpnConnectionId, {
        tunnels: p.TunnelOptionsSpecification,
        enableTunnelsBgp: p.EnableTunnelsBgp,
        name: p.Name,
        localSubnet: p.LocalSubnet,
        remoteSubnet: p.RemoteSubnet,
        effectImmediately: p.EffectImmediately,
        ikeConfig: p.IkeConfig,
        ipsecConfig: p.IpsecConfig,
        bgpConfig: p.BgpConfig,
        healthCheckConfig: p.HealthCheckConfig,
        enableDpd: p.EnableDpd,
        enableNatTraversal: p.EnableNatTraversal,
        autoConfigRoute: p.AutoConfigRoute,
      });
      return modifiedVpnConnectionShape(tx, c);
    });
  },
});

const deleteVpnConnectionAction = defineAction({
  name: 'DeleteVpnConnection',
  products: ['vpc'],
  params: { VpnConnectionId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteVpnConnection(tx, p.VpnConnectionId));
    return {};
  },
});

const downloadVpnConnectionConfigAction = defineAction({
  name: 'DownloadVpnConnectionConfig',
  products: ['vpc'],
  params: { VpnConnectionId: required(ID) },
  handle(ctx, p) {
    return ctx.read((tx) => ({ VpnConnectionConfig: downloadConfig(tx, p.VpnConnectionId) }));
  },
});

// ---- VPN route entries -------------------------------------------------------------------

const ROUTE_KEY = {
  VpnGatewayId: required(ID),
  RouteDest: required(string({ maxLength: 64 })),
  NextHop: required(ID),
  Weight: required(integer({ min: 0, max: 100 })),
  OverlayMode: string({ enum: ['Ipsec'], ignoreCase: true }),
  ClientToken: VPC_CLIENT_TOKEN,
};

const createVpnRouteEntryAction = defineAction({
  name: 'CreateVpnRouteEntry',
  products: ['vpc'],
  params: { ...ROUTE_KEY, PublishVpc: required(boolean()), Description: TEXT, DryRun: boolean() },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const e = createVpnRouteEntry(tx, {
        vpnGatewayId: p.VpnGatewayId,
        routeDest: p.RouteDest,
        nextHop: p.NextHop,
        weight: p.Weight,
        publishVpc: p.PublishVpc,
        description: p.Description,
        overlayMode: p.OverlayMode,
      });
      if (p.DryRun) dryRunPassed();
      return vpnRouteEntryShape(e);
    });
  },
});

const describeVpnRouteEntriesAction = defineAction({
  name: 'DescribeVpnRouteEntries',
  products: ['vpc'],
  params: { VpnGatewayId: required(ID), RouteEntryType: string({ enum: ['all', 'custom', 'bgp'], ignoreCase: true }), ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = p.RouteEntryType === 'bgp' ? [] : tx.table<VpnRouteEntryRecord>(VPN_ROUTE_ENTRIES).filter((e) => e.vpnGatewayId === p.VpnGatewayId);
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VpnRouteEntries: { VpnRouteEntry: pg.items.map(vpnRouteEntryShape) },
      };
    });
  },
});

const deleteVpnRouteEntryAction = defineAction({
  name: 'DeleteVpnRouteEntry',
  products: ['vpc'],
  params: ROUTE_KEY,
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteVpnRouteEntry(tx, { vpnGatewayId: p.VpnGatewayId, routeDest: p.RouteDest, nextHop: p.NextHop, weight: p.Weight }));
    return {};
  },
});

export const vpnConnectionActions = [
  createVpnConnectionAction,
  describeVpnConnectionAction,
  describeVpnConnectionsAction,
  modifyVpnConnectionAttributeAction,
  deleteVpnConnectionAction,
  downloadVpnConnectionConfigAction,
  createVpnRouteEntryAction,
  describeVpnRouteEntriesAction,
  deleteVpnRouteEntryAction,
];
