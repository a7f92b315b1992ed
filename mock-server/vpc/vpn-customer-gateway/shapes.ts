/** How customer gateways appear in DescribeCustomerGateway(s). CreateTime is epoch milliseconds. */
import { vpcTagsShape } from '../../actions/tags';
import type { CustomerGatewayRecord } from './records';

export function customerGatewayShape(g: CustomerGatewayRecord) {
  return {
    CustomerGatewayId: g.id,
    IpAddress: g.ipAddress,
    Name: g.name,
    Description: g.description,
    Asn: g.asn === '' ? undefined : Number(g.asn),
    AuthKey: g.authKey,
    CreateTime: g.createdAt,
    ResourceGroupId: g.resourceGroupId,
    Tags: vpcTagsShape(g.tags),
  };
}
