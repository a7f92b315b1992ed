/**
 * The VPC product (2016-04-28): its resource families, one line each. A new family is a new
 * folder (domain.ts, actions.ts, shapes.ts, errors.ts, records.ts, index.ts) and one line here.
 * Parents come before their children.
 */
import type { Family } from '../actions/family';
import { defaultNetworkFamily } from './default-network';
import { vpcRegionFamily } from './region';
import { routeTableFamily } from './route-table';
import { vpcFamily } from './vpc';
import { vswitchFamily } from './vswitch';
import { vpnGatewayFamily } from './vpn-gateway';
import { customerGatewayFamily } from './vpn-customer-gateway';
import { vpnConnectionFamily } from './vpn-connection';
import { physicalConnectionFamily } from './physical-connection';
import { vbrFamily } from './vbr';
import { routerInterfaceFamily } from './router-interface';
import { traceFamily } from './trace';
import { eipFamily } from './eip';
import { natGatewayFamily } from './nat-gateway';
import { natIpFamily } from './nat-ip';
import { snatFamily } from './snat';
import { dnatFamily } from './dnat';
import { bandwidthPackageFamily } from './bandwidth-package';
import { egressFamily } from './egress';
import { secondaryCidrFamily } from './secondary-cidr';
import { natZoneFamily } from './nat-zone';
import { haVipFamily } from './havip';
import { networkAclFamily } from './network-acl';
import { prefixListFamily } from './prefix-list';
import { commonBandwidthPackageFamily } from './common-bandwidth-package';

export const vpcFamilies: readonly Family[] = [
  vpcFamily,
  vswitchFamily,
  secondaryCidrFamily,
  routeTableFamily,
  defaultNetworkFamily,
  vpcRegionFamily,
  vpnGatewayFamily,
  customerGatewayFamily,
  vpnConnectionFamily,
  physicalConnectionFamily,
  vbrFamily,
  routerInterfaceFamily,
  eipFamily,
  natGatewayFamily,
  natIpFamily,
  snatFamily,
  dnatFamily,
  bandwidthPackageFamily,
  egressFamily,
  traceFamily,
  natZoneFamily,
  commonBandwidthPackageFamily,
  haVipFamily,
  networkAclFamily,
  prefixListFamily,
];
