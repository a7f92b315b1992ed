/**
 * AssociateVpcCidrBlock and UnassociateVpcCidrBlock: secondary IPv4 blocks. Secondary IPv6 blocks
 * and IPAM pools are accepted by name and refused when used.
 */
import { ID, VPC_CLIENT_TOKEN, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { integer, required, string } from '../../wire/params';
import { associateSecondaryCidr, unassociateSecondaryCidr } from './domain';

const associateVpcCidrBlock = defineAction({
  name: 'AssociateVpcCidrBlock',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    SecondaryCidrBlock: string({ maxLength: 64 }),
    SecondaryCidrMask: integer(),
    IpVersion: string({ enum: ['IPV4', 'IPV6', 'ipv4', 'ipv6'] }),
    IPv6CidrBlock: string({ maxLength: 64 }),
    Ipv6Isp: string({ maxLength: 64 }),
    IpamPoolId: ID,
    Ipv6CidrMask: integer(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    notSimulated('IPv6CidrBlock', p.IPv6CidrBlock, 'a secondary IPv6 block');
    notSimulated('Ipv6Isp', p.Ipv6Isp, 'a secondary IPv6 block');
    notSimulated('IpVersion', p.IpVersion?.toUpperCase() === 'IPV6', 'a secondary IPv6 block');
    notSimulated('IpamPoolId', p.IpamPoolId, 'an IPAM pool');
    notSimulated('SecondaryCidrMask', p.SecondaryCidrMask !== undefined, 'a block from an IPAM pool');
    notSimulated('Ipv6CidrMask', p.Ipv6CidrMask !== undefined, 'a block from an IPAM pool');
    const vpc = await ctx.transact((tx) => associateSecondaryCidr(tx, p.VpcId, p.SecondaryCidrBlock));
    return { CidrBlock: vpc.secondaryCidrBlocks![vpc.secondaryCidrBlocks!.length - 1], IpVersion: 'IPV4' };
  },
});

const unassociateVpcCidrBlock = defineAction({
  name: 'UnassociateVpcCidrBlock',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    SecondaryCidrBlock: string({ maxLength: 64 }),
    IPv6CidrBlock: string({ maxLength: 64 }),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    notSimulated('IPv6CidrBlock', p.IPv6CidrBlock, 'a secondary IPv6 block');
    await ctx.transact((tx) => unassociateSecondaryCidr(tx, p.VpcId, p.SecondaryCidrBlock));
    return {};
  },
});

export const secondaryCidrActions = [associateVpcCidrBlock, unassociateVpcCidrBlock];
