/**
 * Customer gateway actions: CreateCustomerGateway, DescribeCustomerGateway,
 * DescribeCustomerGateways, ModifyCustomerGatewayAttribute, DeleteCustomerGateway.
 */
import { pageByNumber } from '../../actions/paging';
import { ID, PAGE, VPC_CLIENT_TOKEN } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { required, string, tags } from '../../wire/params';
import { createCustomerGateway, deleteCustomerGateway, getCustomerGateway, modifyCustomerGateway } from './domain';
import { CUSTOMER_GATEWAYS, type CustomerGatewayRecord } from './records';
import { customerGatewayShape } from './shapes';

const TEXT = string({ maxLength: 1024 });

const createCustomerGatewayAction = defineAction({
  name: 'CreateCustomerGateway',
  products: ['vpc'],
  params: {
    IpAddress: required(string({ maxLength: 64 })),
    Name: TEXT,
    Description: TEXT,
    Asn: string({ maxLength: 16, pattern: /^\d{1,10}$/ }),
    AuthKey: string({ maxLength: 64 }),
    ResourceGroupId: ID,
    Tags: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tags);
    return ctx.transact((tx) => {
      const g = createCustomerGateway(tx, { ipAddress: p.IpAddress, name: p.Name, description: p.Description, asn: p.Asn, authKey: p.AuthKey, resourceGroupId: p.ResourceGroupId, tags: tagMap });
      return { CustomerGatewayId: g.id, IpAddress: g.ipAddress, Name: g.name, Description: g.description, CreateTime: g.createdAt };
    });
  },
});

const describeCustomerGatewayAction = defineAction({
  name: 'DescribeCustomerGateway',
  products: ['vpc'],
  params: { CustomerGatewayId: required(ID) },
  handle(ctx, p) {
    return ctx.read((tx) => customerGatewayShape(getCustomerGateway(tx, p.CustomerGatewayId)));
  },
});

const describeCustomerGatewaysAction = defineAction({
  name: 'DescribeCustomerGateways',
  products: ['vpc'],
  params: { CustomerGatewayId: ID, ResourceGroupId: ID, Tag: tags(), ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = tx.table<CustomerGatewayRecord>(CUSTOMER_GATEWAYS).filter(
        (g) => (!p.CustomerGatewayId || g.id === p.CustomerGatewayId) && (!p.ResourceGroupId || g.resourceGroupId === p.ResourceGroupId) && matchesTags(g.tags, p.Tag),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        CustomerGateways: { CustomerGateway: pg.items.map(customerGatewayShape) },
      };
    });
  },
});

const modifyCustomerGatewayAttributeAction = defineAction({
  name: 'ModifyCustomerGatewayAttribute',
  products: ['vpc'],
  params: { CustomerGatewayId: required(ID), Name: TEXT, Description: TEXT, AuthKey: string({ maxLength: 64 }), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    return ctx.transact((tx) => customerGatewayShape(modifyCustomerGateway(tx, p.CustomerGatewayId, { name: p.Name, description: p.Description, authKey: p.AuthKey })));
  },
});

const deleteCustomerGatewayAction = defineAction({
  name: 'DeleteCustomerGateway',
  products: ['vpc'],
  params: { CustomerGatewayId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteCustomerGateway(tx, p.CustomerGatewayId));
    return {};
  },
});

export const customerGatewayActions = [
  createCustomerGatewayAction,
  describeCustomerGatewayAction,
  describeCustomerGatewaysAction,
  modifyCustomerGatewayAttributeAction,
  deleteCustomerGatewayAction,
];
