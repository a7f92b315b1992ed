/** CreateDefaultVpc and CreateDefaultVSwitch. */
import { ID, VPC_CLIENT_TOKEN } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { boolean, integer, required, string } from '../../wire/params';
import { createDefaultVpc, createDefaultVSwitch } from './domain';

const createDefaultVpcAction = defineAction({
  name: 'CreateDefaultVpc',
  products: ['vpc'],
  params: {
    ClientToken: VPC_CLIENT_TOKEN,
    ResourceGroupId: ID,
    EnableIpv6: boolean(),
    Ipv6CidrBlock: string({ maxLength: 64 }),
  },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const vpc = createDefaultVpc(tx, ctx.config, { resourceGroupId: p.ResourceGroupId, enableIpv6: p.EnableIpv6, ipv6CidrBlock: p.Ipv6CidrBlock });
      return { VpcId: vpc.id, VRouterId: vpc.vrouterId, RouteTableId: vpc.routeTableId };
    });
  },
});

const createDefaultVSwitchAction = defineAction({
  name: 'CreateDefaultVSwitch',
  products: ['vpc'],
  params: {
    ZoneId: required(ID),
    ClientToken: VPC_CLIENT_TOKEN,
    Ipv6CidrBlock: integer({ min: 0, max: 255 }),
  },
  async handle(ctx, p) {
    return ctx.transact((tx) => ({ VSwitchId: createDefaultVSwitch(tx, ctx.config, p.ZoneId, p.Ipv6CidrBlock).id }));
  },
});

export const defaultNetworkActions = [createDefaultVpcAction, createDefaultVSwitchAction];
