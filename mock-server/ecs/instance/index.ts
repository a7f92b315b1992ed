import type { Family } from '../../actions/family';
import { launchAndDescribeActions } from './actions';
import { instanceChangeActions } from './change-actions';
import { storedOptionActions } from './stored-options';
import { upkeepActions } from './upkeep';
import { instanceDependants } from './domain';
import { INSTANCES, instanceAddresses, type InstanceRecord } from './records';
import { bind } from '../../domain/hooks';
import { VSWITCH_IPV6_HOOKS } from '../../vpc/vswitch/ipv6';
import { countPerVSwitch, VSWITCH_ADDRESS_HOOKS } from '../../vpc/vswitch/address-holders';
import { keepVSwitchIpv6WhileInstancesUseIt } from './ipv6';

/** ECS instances: children of a VSwitch (and so of a VPC) and members of security groups. */
export const instanceFamily: Family = {
  name: 'ecs/instance',
  actions: [...launchAndDescribeActions, ...instanceChangeActions, ...storedOptionActions, ...upkeepActions],
  taggable: [{ product: 'ecs', resourceType: 'instance', table: INSTANCES }],
  dependants: instanceDependants,
  hooks: [
    bind(VSWITCH_IPV6_HOOKS.disabling, keepVSwitchIpv6WhileInstancesUseIt),
    // One private address each in its VSwitch (the VSwitch's AvailableIpAddressCount), and one
    // per secondary address of its primary ENI.
    bind(VSWITCH_ADDRESS_HOOKS.holders, (tx) => ({
      resourceType: 'ECS',
      perVSwitch: countPerVSwitch(
        tx.table<InstanceRecord>(INSTANCES).all().flatMap((i) => (i.secondaryIps?.length ? instanceAddresses(i).map(() => i) : [i])),
        (i) => i.vswitchId,
      ),
    })),
  ],
};
