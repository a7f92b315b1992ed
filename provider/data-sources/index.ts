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
import { eipAddressesDataSource } from './eip-addresses';
import { natGatewaysDataSource } from './nat-gateways';
import { enhancedNatZonesDataSource } from './enhanced-nat-available-zones';
import { vpnGatewaysDataSource } from './vpn-gateways';
import { vpnGatewayZonesDataSource } from './vpn-gateway-zones';

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
];
