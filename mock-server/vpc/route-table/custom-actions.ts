/**
 * Custom route table actions: CreateRouteTable, DeleteRouteTable, ModifyRouteTableAttributes,
 * AssociateRouteTable, UnassociateRouteTable. The rules are in ./custom.ts.
 */
import { DESCRIPTION, ID, NAME, VPC_CLIENT_TOKEN, dryRunPassed, ignored, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { tagsFromParams } from '../../domain/tags';
import { boolean, required, string, tags } from '../../wire/params';
import { associateRouteTable, createRouteTable, deleteRouteTable, modifyRouteTable, unassociateRouteTable } from './custom';

const createRouteTableAction = defineAction({
  name: 'CreateRouteTable',
  products: ['vpc'],
  params: {
    VpcId: required(ID),
    RouteTableName: NAME,
    Description: DESCRIPTION,
    AssociateType: string({ enum: ['VSwitch', 'Gateway'], ignoreCase: true }),
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
    // Accepted and not modelled: the sandbox has no route propagation (BGP / CEN learned routes).
    ...ignored('RoutePropagationEnable'),
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const t = createRouteTable(tx, ctx.config, { vpcId: p.VpcId, name: p.RouteTableName, description: p.Description, associateType: p.AssociateType, tags: tagMap });
      return { RouteTableId: t.id };
    });
  },
});

const deleteRouteTableAction = defineAction({
  name: 'DeleteRouteTable',
  products: ['vpc'],
  params: { RouteTableId: required(ID), DryRun: boolean() },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      deleteRouteTable(tx, p.RouteTableId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const modifyRouteTableAttributesAction = defineAction({
  name: 'ModifyRouteTableAttributes',
  products: ['vpc'],
  params: {
    RouteTableId: required(ID),
    RouteTableName: NAME,
    Description: DESCRIPTION,
    RoutePropagationEnable: boolean(),
  },
  async handle(ctx, p) {
    // Turning route propagation off asks for learned-route handling the sandbox lacks; on is what every table already reports.
    notSimulated('RoutePropagationEnable', p.RoutePropagationEnable === false, 'route propagation control (BGP / CEN learned routes)');
    await ctx.transact((tx) => {
      modifyRouteTable(tx, p.RouteTableId, { name: p.RouteTableName, description: p.Description });
    });
    return {};
  },
});

const ASSOCIATION = { RouteTableId: required(ID), VSwitchId: required(ID), ClientToken: VPC_CLIENT_TOKEN, DryRun: boolean() };

const associateRouteTableAction = defineAction({
  name: 'AssociateRouteTable',
  products: ['vpc'],
  params: ASSOCIATION,
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      associateRouteTable(tx, p.RouteTableId, p.VSwitchId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const unassociateRouteTableAction = defineAction({
  name: 'UnassociateRouteTable',
  products: ['vpc'],
  params: ASSOCIATION,
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      unassociateRouteTable(tx, p.RouteTableId, p.VSwitchId);
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

export const customRouteTableActions = [
  createRouteTableAction,
  deleteRouteTableAction,
  modifyRouteTableAttributesAction,
  associateRouteTableAction,
  unassociateRouteTableAction,
];
