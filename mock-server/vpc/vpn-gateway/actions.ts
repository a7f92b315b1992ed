/**
 * VPN gateway actions: CreateVpnGateway, DescribeVpnGateway, DescribeVpnGateways,
 * ModifyVpnGatewayAttribute, DeleteVpnGateway. Billing parameters are accepted and recorded
 * (ChargeType) but nothing is billed.
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, integer, required, string, tags } from '../../wire/params';
import { createVpnGateway, deleteVpnGateway, getVpnGateway, modifyVpnGateway, vpnGatewayStatus } from './domain';
import { VPN_GATEWAYS, type VpnGatewayRecord } from './records';
import { vpnGatewayShape } from './shapes';

const createVpnGatewayAction = defineAction({
  name: 'CreateVpnGateway',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    Bandwidth: required(integer({ min: 1, max: 10_000 })),
    VSwitchId: ID,
    DisasterRecoveryVSwitchId: ID,
    Name: NAME,
    Description: DESCRIPTION,
    InstanceChargeType: string({ enum: ['PREPAY', 'POSTPAY'], ignoreCase: true }),
    Period: integer({ min: 1, max: 36 }),
    AutoPay: boolean(),
    EnableIpsec: boolean(),
    EnableSsl: boolean(),
    SslConnections: integer({ min: 5, max: 1000 }),
    NetworkType: string({ enum: ['public', 'private'], ignoreCase: true }),
    VpnType: string({ enum: ['Normal', 'NationalStandard'], ignoreCase: true }),
    ResourceGroupId: ID,
    Tags: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tags);
    return ctx.transact((tx) => {
      const g = createVpnGateway(tx, ctx.config, {
        vpcId: p.VpcId,
        bandwidth: p.Bandwidth,
        vswitchId: p.VSwitchId,
        disasterRecoveryVSwitchId: p.DisasterRecoveryVSwitchId,
        name: p.Name,
        description: p.Description,
        chargeType: p.InstanceChargeType,
        enableIpsec: p.EnableIpsec,
        enableSsl: p.EnableSsl,
        sslConnections: p.SslConnections,
        networkType: p.NetworkType,
        vpnType: p.VpnType,
        resourceGroupId: p.ResourceGroupId,
        tags: tagMap,
      });
      // OrderId: the real API places an order; the sandbox bills nothing and makes up a number.
      return { VpnGatewayId: g.id, Name: g.name, OrderId: Number(String(g.createdAt).slice(-9)) };
    });
  },
});

const describeVpnGatewayAction = defineAction({
  name: 'DescribeVpnGateway',
  products: ['vpc'],
  params: { VpnGatewayId: required(ID), IncludeReservationData: boolean() },
  handle(ctx, p) {
    return ctx.read((tx) => vpnGatewayShape(tx, getVpnGateway(tx, p.VpnGatewayId)));
  },
});

const describeVpnGatewaysAction = defineAction({
  name: 'DescribeVpnGateways',
  products: ['vpc'],
  params: {
    VpnGatewayId: ID,
    VpcId: ID,
    Status: string({ maxLength: 32 }),
    BusinessStatus: string({ maxLength: 32 }),
    // Normal gateways are all the sandbox has (no NationalStandard-only listing).
    GatewayType: string({ enum: ['Normal', 'NationalStandard'], ignoreCase: true }),
    IncludeReservationData: boolean(),
    ResourceGroupId: ID,
    Tag: tags(),
    ...PAGE,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = tx.table<VpnGatewayRecord>(VPN_GATEWAYS).filter(
        (g) =>
          (!p.VpnGatewayId || g.id === p.VpnGatewayId) &&
          (!p.VpcId || g.vpcId === p.VpcId) &&
          (!p.Status || vpnGatewayStatus(g, tx.now) === p.Status.toLowerCase()) &&
          (!p.BusinessStatus || p.BusinessStatus === 'Normal') &&
          (!p.GatewayType || g.vpnType === p.GatewayType) &&
          (!p.ResourceGroupId || g.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(g.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        VpnGateways: { VpnGateway: pg.items.map((g) => vpnGatewayShape(tx, g)) },
      };
    });
  },
});

const modifyVpnGatewayAttributeAction = defineAction({
  name: 'ModifyVpnGatewayAttribute',
  products: ['vpc'],
  params: { VpnGatewayId: required(ID), Name: NAME, Description: DESCRIPTION, AutoPropagate: boolean(), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const g = modifyVpnGateway(tx, p.VpnGatewayId, { name: p.Name, description: p.Description, autoPropagate: p.AutoPropagate });
      return vpnGatewayShape(tx, g);
    });
  },
});

const deleteVpnGatewayAction = defineAction({
  name: 'DeleteVpnGateway',
  products: ['vpc'],
  params: { VpnGatewayId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteVpnGateway(tx, p.VpnGatewayId));
    return {};
  },
});

/** MoveVpnResourceGroup: the provider calls it when resource_group_id changes. */
const moveVpnResourceGroupAction = defineAction({
  name: 'MoveVpnResourceGroup',
  products: ['vpc'],
  params: { InstanceId: required(ID), NewResourceGroupId: required(ID), ResourceType: required(string({ maxLength: 64 })), ...ignored('ClientToken') },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      const g = getVpnGateway(tx, p.InstanceId);
      tx.table<VpnGatewayRecord>(VPN_GATEWAYS).put({ ...g, resourceGroupId: p.NewResourceGroupId });
    });
    return {};
  },
});

export const vpnGatewayActions = [
  createVpnGatewayAction,
  describeVpnGatewayAction,
  describeVpnGatewaysAction,
  modifyVpnGatewayAttributeAction,
  deleteVpnGatewayAction,
  moveVpnResourceGroupAction,
];
