import type { DataSourceDefinition } from '../framework/types';
import { vpcsDataSource } from './vpcs';
import { vswitchesDataSource } from './vswitches';
import { zonesDataSource } from './zones';
import { vbrsDataSource } from './express-connect-vbrs';
import { instanceTypesDataSource } from './instance-types';
import { imagesDataSource } from './images';
import { securityGroupsDataSource } from './security-groups';
import { instancesDataSource } from './instances';
import { routeTablesDataSource } from './route-tables';
import { resourceGroupsDataSource } from './resource-manager-resource-groups';
import { eipAddressesDataSource, eipsDataSource } from './eip-addresses';
import { natGatewaysDataSource } from './nat-gateways';
import { enhancedNatZonesDataSource } from './enhanced-nat-available-zones';
import { vpnGatewaysDataSource } from './vpn-gateways';
import { vpnGatewayZonesDataSource } from './vpn-gateway-zones';
import { ecsNetworkInterfacesDataSource } from './ecs-network-interfaces';
import { networkInterfacesDataSource } from './network-interfaces';
import { forwardEntriesDataSource, snatEntriesDataSource } from './nat-entries';
import { routeEntriesDataSource } from './route-entries';
import { securityGroupRulesDataSource } from './security-group-rules';
import { regionsDataSource } from './regions';
import { vpnConnectionsDataSource, vpnCustomerGatewaysDataSource } from './vpn-connections';
import { physicalConnectionsDataSource, routerInterfacesDataSource } from './router-interfaces';
import { accountDataSource, callerIdentityDataSource } from './account';
import { vpcNatIpCidrsDataSource, vpcNatIpsDataSource } from './vpc-nat-ips';
import { commonBandwidthPackagesDataSource } from './common-bandwidth-packages';
import { haVipsDataSource } from './havips';
import { networkAclsDataSource } from './network-acls';
import { vpcPrefixListsDataSource } from './vpc-prefix-lists';
import { ecsPrefixListsDataSource } from './ecs-prefix-lists';

/** Every data source the provider serves. */
export const dataSources: DataSourceDefinition[] = [
  zonesDataSource,
  vpcsDataSource,
  vswitchesDataSource,
  vbrsDataSource,
  instanceTypesDataSource,
  imagesDataSource,
  securityGroupsDataSource,
  instancesDataSource,
  routeTablesDataSource,
  resourceGroupsDataSource,
  eipAddressesDataSource,
  natGatewaysDataSource,
  enhancedNatZonesDataSource,
  vpnGatewaysDataSource,
  vpnGatewayZonesDataSource,
  eipsDataSource,
  snatEntriesDataSource,
  forwardEntriesDataSource,
  routeEntriesDataSource,
  securityGroupRulesDataSource,
  regionsDataSource,
  vpnConnectionsDataSource,
  vpnCustomerGatewaysDataSource,
  routerInterfacesDataSource,
  physicalConnectionsDataSource,
  accountDataSource,
  callerIdentityDataSource,
  ecsNetworkInterfacesDataSource,
  networkInterfacesDataSource,
  vpcNatIpsDataSource,
  vpcNatIpCidrsDataSource,
  haVipsDataSource,
  networkAclsDataSource,
  vpcPrefixListsDataSource,
  ecsPrefixListsDataSource,
  commonBandwidthPackagesDataSource,
];
