/**
 * NAT gateway actions: CreateNatGateway, DescribeNatGateways, ModifyNatGatewayAttribute,
 * ModifyNatGatewaySpec, DeleteNatGateway. Both Internet and VPC NAT gateways (NetworkType=intranet,
 * with NatIp choosing the default NAT IP); subscriptions are accepted by name and refused when
 * used; PrivateLinkEnabled and AccessMode are
 * recorded and shown back (no PrivateLink endpoint is simulated behind them).
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed, ignored, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { InvalidParameter } from '../../errors';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, required, string, tags } from '../../wire/params';
import { createNatGateway, deleteNatGateway, modifyNatGateway, modifyNatGatewaySpec } from './domain';
import { NAT_GATEWAYS, natGatewayStatus, type NatGatewayRecord } from './records';
import { natGatewayShape } from './shapes';

const EIP_BIND_MODE = string({ enum: ['MULTI_BINDED', 'NAT'] });

/** AccessMode from either wire form: JSON `{"ModeValue","TunnelType"}` or flattened AccessMode.Field. */
function accessModeFrom(json: string | undefined, modeValue: string | undefined, tunnelType: string | undefined) {
  if (json !== undefined && json !== '') {
    let o: unknown;
    try {
      o = JSON.parse(json);
    } catch {
      o = undefined;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) {
      throw new InvalidParameter(`AccessMode "${json.slice(0, 80)}" is not a JSON object: send {"ModeValue":"route"} or {"ModeValue":"tunnel","TunnelType":"geneve"}.`);
    }
    const r = o as Record<string, unknown>;
    modeValue = r.ModeValue === undefined ? modeValue : String(r.ModeValue);
    tunnelType = r.TunnelType === undefined ? tunnelType : String(r.TunnelType);
    if (modeValue !== undefined && !['route', 'tunnel'].includes(modeValue)) throw new InvalidParameter(`AccessMode.ModeValue "${modeValue}" is not valid: use route or tunnel.`);
    if (tunnelType !== undefined && tunnelType !== 'geneve') throw new InvalidParameter(`AccessMode.TunnelType "${tunnelType}" is not valid: use geneve.`);
  }
  return modeValue || tunnelType ? { modeValue: modeValue ?? '', tunnelType: tunnelType ?? '' } : undefined;
}

const createNatGatewayAction = defineAction({
  name: 'CreateNatGateway',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    VSwitchId: ID,
    NatType: string({ enum: ['Enhanced', 'Normal'] }),
    NetworkType: string({ enum: ['internet', 'intranet'] }),
    Spec: string({ maxLength: 32 }),
    InternetChargeType: string({ enum: ['PayByLcu', 'PayBySpec'] }),
    InstanceChargeType: string({ enum: ['PostPaid', 'PrePaid'] }),
    Name: NAME,
    Description: DESCRIPTION,
    EipBindMode: EIP_BIND_MODE,
    IcmpReplyEnabled: boolean(),
    PrivateLinkEnabled: boolean(),
    SecurityProtectionEnabled: boolean(),
    NatIp: string({ maxLength: 64 }),
    Ipv4Prefix: string({ maxLength: 64 }),
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
    // Objects reach the RPC wire flattened as Name.Field (not Name.N.Field).
    'AccessMode.ModeValue': string({ enum: ['route', 'tunnel'] }),
    'AccessMode.TunnelType': string({ enum: ['geneve'] }),
    // …but the typed SDK (and the real provider) send it as one JSON parameter.
    AccessMode: string({ maxLength: 1024 }),
    AvailabilityMode: string({ enum: ['CrossAZ', 'SingleAZ'] }),
    ...ignored('AutoPay', 'Duration', 'PricingCycle'),
  },
  async handle(ctx, p) {
    const accessMode = accessModeFrom(p.AccessMode, p['AccessMode.ModeValue'], p['AccessMode.TunnelType']);
    notSimulated('InstanceChargeType', p.InstanceChargeType === 'PrePaid', 'subscription NAT gateways');
    notSimulated('SecurityProtectionEnabled', p.SecurityProtectionEnabled, 'Anti-DDoS for NAT');
    notSimulated('Ipv4Prefix', p.Ipv4Prefix, 'NAT IP prefixes');
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const nat = createNatGateway(tx, ctx.config, {
        vpcId: p.VpcId,
        vswitchId: p.VSwitchId,
        natType: p.NatType,
        name: p.Name,
        description: p.Description,
        spec: p.Spec,
        internetChargeType: p.InternetChargeType,
        eipBindMode: p.EipBindMode,
        icmpReplyEnabled: p.IcmpReplyEnabled,
        networkType: p.NetworkType,
        natIp: p.NatIp,
        privateLinkEnabled: p.PrivateLinkEnabled,
        availabilityMode: p.AvailabilityMode,
        accessMode,
        tags: tagMap,
      });
      return {
        NatGatewayId: nat.id,
        SnatTableIds: { SnatTableId: [nat.snatTableId] },
        ForwardTableIds: { ForwardTableId: [nat.forwardTableId] },
        FullNatTableIds: { FullNatTableId: [] as string[] },
      };
    });
  },
});

const describeNatGatewaysAction = defineAction({
  name: 'DescribeNatGateways',
  products: ['vpc'],
  params: {
    NatGatewayId: ID,
    VpcId: ID,
    Name: NAME,
    NatType: string({ maxLength: 32 }),
    NetworkType: string({ maxLength: 32 }),
    Status: string({ maxLength: 32 }),
    Spec: string({ maxLength: 32 }),
    InstanceChargeType: string({ maxLength: 32 }),
    ZoneId: ID,
    ResourceGroupId: ID,
    Tag: tags(),
    DryRun: DRY_RUN,
    ...PAGE,
    ...ignored('AvailabilityMode'),
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      // An unknown NatGatewayId matches nothing (an empty page), which clients read as "gone".
      const rows = tx.table<NatGatewayRecord>(NAT_GATEWAYS).filter(
        (n) =>
          (!p.NatGatewayId || n.id === p.NatGatewayId) &&
          (!p.VpcId || n.vpcId === p.VpcId) &&
          (p.Name === undefined || n.name === p.Name) &&
          (!p.NatType || n.natType === p.NatType) &&
          (!p.NetworkType || n.networkType === p.NetworkType) &&
          (!p.Status || natGatewayStatus(n, tx.now) === p.Status) &&
          (!p.Spec || n.spec === p.Spec) &&
          (!p.InstanceChargeType || p.InstanceChargeType === 'PostPaid') &&
          (!p.ZoneId || n.zoneId === p.ZoneId) &&
          (!p.ResourceGroupId || n.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(n.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        NatGateways: { NatGateway: pg.items.map((n) => natGatewayShape(tx, n)) },
      };
    });
  },
});

const modifyNatGatewayAttributeAction = defineAction({
  name: 'ModifyNatGatewayAttribute',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    Name: NAME,
    Description: DESCRIPTION,
    IcmpReplyEnabled: boolean(),
    EipBindMode: EIP_BIND_MODE,
    EnableSessionLog: boolean(),
    // The typed SDK sends the object as one JSON parameter (LogDelivery), pop-core flattened.
    ...ignored('LogDelivery', 'LogDelivery.LogDeliveryType', 'LogDelivery.LogDestination'),
  },
  async handle(ctx, p) {
    notSimulated('EnableSessionLog', p.EnableSessionLog, 'NAT session logs');
    await ctx.transact((tx) => modifyNatGateway(tx, p.NatGatewayId, { name: p.Name, description: p.Description, icmpReplyEnabled: p.IcmpReplyEnabled, eipBindMode: p.EipBindMode }));
    return {};
  },
});

const modifyNatGatewaySpecAction = defineAction({
  name: 'ModifyNatGatewaySpec',
  products: ['vpc'],
  params: { NatGatewayId: required(ID), Spec: required(string({ maxLength: 32 })), ClientToken: VPC_CLIENT_TOKEN, ...ignored('AutoPay') },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifyNatGatewaySpec(tx, p.NatGatewayId, p.Spec));
    return {};
  },
});

const deleteNatGatewayAction = defineAction({
  name: 'DeleteNatGateway',
  products: ['vpc'],
  params: { NatGatewayId: required(ID), Force: boolean() },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteNatGateway(tx, p.NatGatewayId, !!p.Force));
    return {};
  },
});

export const natGatewayActions = [
  createNatGatewayAction,
  describeNatGatewaysAction,
  modifyNatGatewayAttributeAction,
  modifyNatGatewaySpecAction,
  deleteNatGatewayAction,
];
