/**
 * What the network ACL family registers about the families it joins: its rows in the dependency
 * table. DeleteVSwitch is refused while the VSwitch is bound to an ACL (DependencyViolation.NetworkAcl,
 * the code the reference's DeleteVSwitch retry list names), DeleteVpc while ACLs live in the VPC
 * (the same code: the sandbox's reading).
 */
import type { DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { VSWITCH_QUERIES } from '../vswitch/query';
import { DependencyViolationNetworkAcl } from './errors';
import { aclOfVSwitch, networkAcls, type NetworkAclRecord } from './records';

export const networkAclDependants: DependantRow<any>[] = [
  {
    parent: 'vswitch',
    what: 'a bound network ACL',
    // Before HaVips (15) and instances (20): unbinding is the quickest step to name.
    order: 12,
    find: (tx, vswitchId) => {
      const acl = aclOfVSwitch(tx, vswitchId);
      return acl ? [acl] : [];
    },
    error: (vswitchId, [acl]: NetworkAclRecord[]) =>
      new DependencyViolationNetworkAcl(`The VSwitch "${vswitchId}" is bound to network ACL ${acl.id}. Unbind it (UnassociateNetworkAcl, or remove it from the ACL's resources) before deleting the VSwitch.`),
  },
  {
    parent: 'vpc',
    what: 'network ACLs',
    // After the VSwitches (30): an ACL binds VSwitches, so they are usually gone first.
    order: 32,
    find: (tx, vpcId) => networkAcls(tx).filter((a) => a.vpcId === vpcId).slice(0, 1),
    error: (vpcId, [acl]: NetworkAclRecord[]) =>
      new DependencyViolationNetworkAcl(`The VPC "${vpcId}" still holds network ACL ${acl.id}${acl.name ? ` (${acl.name})` : ''}. Delete it with DeleteNetworkAcl before deleting the VPC.`),
  },
];

/** DescribeVSwitches / DescribeVSwitchAttributes show the bound ACL's id in NetworkAclId ('' when unbound). */
export const networkAclHooks: HookBinding[] = [bind(VSWITCH_QUERIES.networkAclId, (tx, vsw) => aclOfVSwitch(tx, vsw.id)?.id)];
