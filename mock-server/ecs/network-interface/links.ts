/**
 * What the ENI family registers about the families it joins: its addresses in the VSwitch's pool
 * (so instances and other ENIs never get them, and AvailableIpAddressCount drops), its rows in the
 * dependency table (a VSwitch or a security group with ENIs cannot be deleted, an instance with a
 * secondary ENI cannot move to another VPC), and what happens to attached ENIs when their instance
 * is released (released with it when DeleteOnRelease, else detached and kept, as on the real cloud). Their IPv6 addresses join the
 * instances' in the VSwitch's /64 the same way (IPV6_HOOKS).
 */
import { removeCascades, requireNoDependants, type CascadeRow, type DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { OperationDenied } from '../../errors';
import { countPerVSwitch, VSWITCH_ADDRESS_HOOKS } from '../../vpc/vswitch/address-holders';
import { VSWITCH_IPV6_HOOKS } from '../../vpc/vswitch/ipv6';
import { ADDRESS_HOOKS } from '../instance/addresses';
import { IPV6_HOOKS } from '../instance/ipv6';
import { LAUNCH_ENIS } from '../instance/launch-hooks';
import { attachLaunchEnis } from './launch';
import { DependencyViolationInstanceInVSwitch } from '../instance/errors';
import { DependencyViolationSecurityGroupInUse } from '../security-group/errors';
import { eniIpv6InVSwitch, keepVSwitchIpv6WhileEnisUseIt } from './ipv6';
import { eniAddresses, enisAttachedTo, networkInterfaces, type NetworkInterfaceRecord } from './records';

export const eniDependants: DependantRow<NetworkInterfaceRecord>[] = [
  {
    // ENIs sit in VSwitches, next to instances.
    parent: 'vswitch',
    what: 'elastic network interfaces',
    order: 21,
    find: (tx, vswitchId) => networkInterfaces(tx).filter((e) => e.vswitchId === vswitchId).slice(0, 1),
    error: (vswitchId, [eni]) =>
      new DependencyViolationInstanceInVSwitch(`The VSwitch "${vswitchId}" still has elastic network interfaces (such as ${eni.id}). Delete them with DeleteNetworkInterface (detach them first) before deleting the VSwitch.`),
  },
  {
    parent: 'securityGroup',
    what: 'member ENIs',
    order: 21,
    find: (tx, groupId) => networkInterfaces(tx).filter((e) => e.securityGroupIds.includes(groupId)),
    error: (groupId, enis) =>
      new DependencyViolationSecurityGroupInUse(
        `The security group "${groupId}" is still used by ${enis.length} network interface(s) (${enis.slice(0, 5).map((e) => e.id).join(', ')}). Delete them or move them to another group (ModifyNetworkInterfaceAttribute SecurityGroupId.N) first.`,
      ),
  },
  {
    // The current API refuses ModifyInstanceVpcAttribute while a secondary ENI is attached.
    parent: 'instance',
    what: 'attached secondary ENIs',
    order: 16,
    blocks: ['move-vpc'],
    find: (tx, instanceId) => enisAttachedTo(tx, instanceId),
    error: (instanceId, [eni]) =>
      new OperationDenied(`The instance ${instanceId} has the secondary network interface ${eni.id} attached: detach it with DetachNetworkInterface before moving the instance to another VPC.`),
  },
];

export const eniCascades: CascadeRow[] = [
  {
    parent: 'instance',
    what: 'attached ENIs (released when DeleteOnRelease, else detached and kept)',
    // DeleteOnRelease (true by default for ENIs created by RunInstances) releases the ENI with its
    // instance, as on the real cloud; the others are detached, so their device indexes are freed.
    remove: (tx, instanceId) =>
      enisAttachedTo(tx, instanceId).forEach(({ deviceIndex: _freed, ...e }) => {
        if (e.deleteOnRelease) {
          requireNoDependants(tx, 'networkInterface', e.id);
          removeCascades(tx, 'networkInterface', e.id);
          networkInterfaces(tx).delete(e.id);
        } else {
          networkInterfaces(tx).put({ ...e, instanceId: '', lifecycle: { status: 'Available' } });
        }
      }),
  },
];

export const eniHooks: HookBinding[] = [
  // NetworkInterface.N of RunInstances: created and attached in the launch's transaction (./launch.ts).
  bind(LAUNCH_ENIS, attachLaunchEnis),
  bind(ADDRESS_HOOKS.privateInUse, (tx, vswitchId) => networkInterfaces(tx).filter((e) => e.vswitchId === vswitchId).flatMap(eniAddresses)),
  // IPv6: instances and ENIs draw from one /64 and see each other's addresses; the /64 stays while an ENI uses it.
  bind(IPV6_HOOKS.inUse, eniIpv6InVSwitch),
  bind(VSWITCH_IPV6_HOOKS.disabling, keepVSwitchIpv6WhileEnisUseIt),
  bind(VSWITCH_ADDRESS_HOOKS.holders, (tx) => {
    // One per private address (primary and secondary); counted only, not listed in CloudResources.
    const perVSwitch = countPerVSwitch(networkInterfaces(tx).all().flatMap((e) => eniAddresses(e).map(() => e.vswitchId)), (v) => v);
    return { perVSwitch };
  }),
];
