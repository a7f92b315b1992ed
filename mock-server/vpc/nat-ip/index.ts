import type { Family } from '../../actions/family';
import { natIpActions } from './actions';
import { natIpCascades, natIpHooks } from './links';

/** NAT IP CIDR blocks and NAT IPs: children of a VPC NAT gateway (NetworkType=intranet); parents of the SNAT/DNAT entries that use them. */
export const natIpFamily: Family = {
  name: 'vpc/nat-ip',
  actions: natIpActions,
  cascades: natIpCascades,
  hooks: natIpHooks,
};
