import type { Family } from '../../actions/family';
import { bind } from '../../domain/hooks';
import { VPC_HOOKS } from '../vpc/domain';
import { VPC_IPV6_HOOKS } from '../vpc/ipv6';
import { vswitchActions } from './actions';
import { keepVSwitchesInsideVpc, vswitchesInVpc } from './domain';
import { keepVpcIpv6WhileVSwitchesUseIt } from './ipv6';
import { VSWITCHES } from './records';

/** VSwitches: children of a VPC. */
export const vswitchFamily: Family = {
  name: 'vpc/vswitch',
  actions: vswitchActions,
  taggable: [{ product: 'vpc', resourceType: 'VSWITCH', table: VSWITCHES }],
  dependants: [vswitchesInVpc],
  hooks: [bind(VPC_HOOKS.cidrChanging, keepVSwitchesInsideVpc), bind(VPC_IPV6_HOOKS.disabling, keepVpcIpv6WhileVSwitchesUseIt)],
};
