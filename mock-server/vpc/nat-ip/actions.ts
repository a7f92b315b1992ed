/**
 * NAT IP actions of VPC NAT gateways: CreateNatIpCidr, ListNatIpCidrs, ModifyNatIpCidrAttribute,
 * DeleteNatIpCidr, CreateNatIp, ListNatIps, ModifyNatIpAttribute, DeleteNatIp. The List actions
 * page with MaxResults/NextToken and require NatGatewayId, as the real ones do.
 */
import { pageByToken } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, VPC_CLIENT_TOKEN, dryRunPassed, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { integer, list, required, string } from '../../wire/params';
import { parseCidr } from '../../../network-rules/cidr';
import { createNatIp, createNatIpCidr, deleteNatIp, deleteNatIpCidr, getVpcNatGateway, modifyNatIp, modifyNatIpCidr } from './domain';
import { natIpCidrsOfGateway, natIpsOfGateway } from './records';
import { natIpCidrShape, natIpShape } from './shapes';

const CIDR = string({ maxLength: 64 });
const IP = string({ maxLength: 64 });
const MAX_RESULTS = integer({ min: 1, max: 100 });

/** Same block whatever the spelling (192.168.0.0/16 and a text the parser normalises alike). */
const sameBlock = (a: string, b: string) => (parseCidr(a)?.text ?? a) === (parseCidr(b)?.text ?? b);

const createNatIpCidrAction = defineAction({
  name: 'CreateNatIpCidr',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    NatIpCidr: required(CIDR),
    NatIpCidrName: NAME,
    NatIpCidrDescription: DESCRIPTION,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  handle(ctx, p) {
    return ctx.transact((tx) => {
      const c = createNatIpCidr(tx, { natGatewayId: p.NatGatewayId, natIpCidr: p.NatIpCidr, name: p.NatIpCidrName, description: p.NatIpCidrDescription });
      if (p.DryRun) dryRunPassed();
      return { NatIpCidrId: c.id };
    });
  },
});

const listNatIpCidrsAction = defineAction({
  name: 'ListNatIpCidrs',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    NatIpCidr: CIDR,
    NatIpCidrs: list(CIDR, { maxItems: 20 }),
    NatIpCidrName: list(NAME, { maxItems: 20 }),
    NatIpCidrStatus: string({ maxLength: 32 }),
    MaxResults: MAX_RESULTS,
    NextToken: string({ maxLength: 256 }),
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      const nat = getVpcNatGateway(tx, p.NatGatewayId, 'ListNatIpCidrs');
      const rows = natIpCidrsOfGateway(tx, nat).filter(
        (c) =>
          (!p.NatIpCidr || sameBlock(c.cidr, p.NatIpCidr)) &&
          (!p.NatIpCidrs || p.NatIpCidrs.some((x) => sameBlock(c.cidr, x))) &&
          (!p.NatIpCidrName || p.NatIpCidrName.includes(c.name)) &&
          (!p.NatIpCidrStatus || p.NatIpCidrStatus === 'Available'),
      );
      const pg = pageByToken(rows, p.NextToken, p.MaxResults ?? 20);
      return { NatIpCidrs: pg.items.map(natIpCidrShape), NextToken: pg.NextToken, TotalCount: String(pg.TotalCount), MaxResults: String(p.MaxResults ?? 20) };
    });
  },
});

const modifyNatIpCidrAttributeAction = defineAction({
  name: 'ModifyNatIpCidrAttribute',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    NatIpCidr: required(CIDR),
    NatIpCidrName: NAME,
    NatIpCidrDescription: DESCRIPTION,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyNatIpCidr(tx, { natGatewayId: p.NatGatewayId, natIpCidr: p.NatIpCidr, name: p.NatIpCidrName, description: p.NatIpCidrDescription });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const deleteNatIpCidrAction = defineAction({
  name: 'DeleteNatIpCidr',
  products: ['vpc'],
  params: { NatGatewayId: required(ID), NatIpCidr: required(CIDR), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      deleteNatIpCidr(tx, p.NatGatewayId, p.NatIpCidr);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const createNatIpAction = defineAction({
  name: 'CreateNatIp',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    NatIpCidr: CIDR,
    NatIp: IP,
    NatIpName: NAME,
    NatIpDescription: DESCRIPTION,
    Ipv4Prefix: string({ maxLength: 64 }),
    Ipv4PrefixCount: integer({ min: 1, max: 50 }),
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  handle(ctx, p) {
    notSimulated('Ipv4Prefix', p.Ipv4Prefix ?? p.Ipv4PrefixCount, 'NAT IP prefixes');
    return ctx.transact((tx) => {
      const n = createNatIp(tx, ctx.config, {
        natGatewayId: p.NatGatewayId,
        // The API now requires NatIpCidr (the SDK's 3.0.0 notes); without it the gateway's default block is meant.
        natIpCidr: p.NatIpCidr ?? natIpCidrsOfGateway(tx, getVpcNatGateway(tx, p.NatGatewayId, 'CreateNatIp')).find((c) => c.isDefault)?.cidr ?? '',
        natIp: p.NatIp,
        name: p.NatIpName,
        description: p.NatIpDescription,
      });
      if (p.DryRun) dryRunPassed();
      return { NatIpId: n.id, NatIp: n.natIp, Ipv4Prefix: '' };
    });
  },
});

const listNatIpsAction = defineAction({
  name: 'ListNatIps',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    NatIpCidr: CIDR,
    NatIpIds: list(ID, { maxItems: 20 }),
    NatIpName: list(NAME, { maxItems: 20 }),
    NatIpStatus: string({ maxLength: 32 }),
    IpOrigin: string({ maxLength: 32 }),
    Ipv4Prefix: string({ maxLength: 64 }),
    MaxResults: MAX_RESULTS,
    NextToken: string({ maxLength: 256 }),
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  handle(ctx, p) {
    if (p.DryRun) dryRunPassed();
    return ctx.read((tx) => {
      const nat = getVpcNatGateway(tx, p.NatGatewayId, 'ListNatIps');
      const rows = natIpsOfGateway(tx, nat).filter(
        (n) =>
          (!p.NatIpCidr || sameBlock(n.natIpCidr, p.NatIpCidr)) &&
          (!p.NatIpIds || p.NatIpIds.includes(n.id)) &&
          (!p.NatIpName || p.NatIpName.includes(n.name)) &&
          (!p.NatIpStatus || n.status === p.NatIpStatus) &&
          !p.Ipv4Prefix,
      );
      const pg = pageByToken(rows, p.NextToken, p.MaxResults ?? 20);
      return { NatIps: pg.items.map(natIpShape), NextToken: pg.NextToken, TotalCount: String(pg.TotalCount), MaxResults: String(p.MaxResults ?? 20) };
    });
  },
});

const modifyNatIpAttributeAction = defineAction({
  name: 'ModifyNatIpAttribute',
  products: ['vpc'],
  params: { NatIpId: required(ID), NatIpName: NAME, NatIpDescription: DESCRIPTION, ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyNatIp(tx, { natIpId: p.NatIpId, name: p.NatIpName, description: p.NatIpDescription });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const deleteNatIpAction = defineAction({
  name: 'DeleteNatIp',
  products: ['vpc'],
  params: { NatIpId: required(ID), NatGatewayId: ID, Ipv4Prefix: string({ maxLength: 64 }), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    notSimulated('Ipv4Prefix', p.Ipv4Prefix, 'NAT IP prefixes');
    await ctx.transact((tx) => {
      deleteNatIp(tx, p.NatIpId, p.NatGatewayId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

export const natIpActions = [
  createNatIpCidrAction,
  listNatIpCidrsAction,
  modifyNatIpCidrAttributeAction,
  deleteNatIpCidrAction,
  createNatIpAction,
  listNatIpsAction,
  modifyNatIpAttributeAction,
  deleteNatIpAction,
];
