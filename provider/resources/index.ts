import type { ResourceDefinition } from '../framework/types';
import { eipAddressResource } from './eip-address';
import { eipResource } from './eip';
import { eipAssociationResource } from './eip-association';
import { forwardEntryResource } from './forward-entry';
import { instanceResource } from './instance';
import { natGatewayResource } from './nat-gateway';
import { routeEntryResource } from './route-entry';
import { routeTableResource } from './route-table';
import { routeTableAttachmentResource } from './route-table-attachment';
import { securityGroupResource } from './security-group';
import { securityGroupRuleResource } from './security-group-rule';
import { snatEntryResource } from './snat-entry';
import { vpcResource } from './vpc';
import { vswitchResource } from './vswitch';
import { vpcIpv4CidrBlockResource } from './vpc-ipv4-cidr-block';
import { vpnGatewayResource } from './vpn-gateway';
import { customerGatewayResource } from './vpn-customer-gateway';
import { vpnConnectionResource } from './vpn-connection';
import { vpnRouteEntryResource } from './vpn-route-entry';
import { routerInterfaceResource } from './router-interface';
import { routerInterfaceConnectionResource } from './router-interface-connection';
import { vbrResource } from './express-connect-vbr';
import { physicalConnectionResource } from './express-connect-physical-connection';
import { ecsNetworkInterfaceResource } from './ecs-network-interface';
import { ecsNetworkInterfaceAttachmentResource } from './ecs-network-interface-attachment';
import { networkInterfaceAttachmentResource, networkInterfaceResource } from './network-interface';
import { vpcNatIpResource } from './vpc-nat-ip';
import { vpcNatIpCidrResource } from './vpc-nat-ip-cidr';
import { cbwpResource } from './common-bandwidth-package';
import { cbwpAttachmentResource } from './common-bandwidth-package-attachment';
import { haVipResource, havipResource } from './havip';
import { haVipAttachmentResource } from './havip-attachment';
import { networkAclResource } from './network-acl';
import { networkAclAttachmentResource, vpcNetworkAclAttachmentResource } from './network-acl-attachment';
import { networkAclEntriesResource } from './network-acl-entries';
import { vpcPrefixListResource } from './vpc-prefix-list';
import { ecsPrefixListResource } from './ecs-prefix-list';

/** Every managed resource the provider serves. */
export const resources: ResourceDefinition[] = [
  vpcResource,
  vswitchResource,
  vpcIpv4CidrBlockResource,
  routeEntryResource,
  routeTableResource,
  routeTableAttachmentResource,
  instanceResource,
  securityGroupResource,
  securityGroupRuleResource,
  eipAddressResource,
  eipResource,
  eipAssociationResource,
  natGatewayResource,
  snatEntryResource,
  forwardEntryResource,
  vpnGatewayResource,
  customerGatewayResource,
  vpnConnectionResource,
  vpnRouteEntryResource,
  routerInterfaceResource,
  routerInterfaceConnectionResource,
  vbrResource,
  physicalConnectionResource,
  vpcNatIpCidrResource,
  vpcNatIpResource,
  ecsNetworkInterfaceResource,
  ecsNetworkInterfaceAttachmentResource,
  networkInterfaceResource,
  networkInterfaceAttachmentResource,
  haVipResource,
  havipResource,
  haVipAttachmentResource,
  networkAclResource,
  networkAclAttachmentResource,
  vpcNetworkAclAttachmentResource,
  networkAclEntriesResource,
  vpcPrefixListResource,
  ecsPrefixListResource,
  cbwpResource,
  cbwpAttachmentResource,
];
