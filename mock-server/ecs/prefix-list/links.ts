/**
 * What the ECS prefix-list family registers about the security-group family it serves: rules find
 * their prefix-list peer through the security group's hook (it must exist, and its MaxEntries
 * counts against the group's rule quota), and a list that a rule references cannot be deleted.
 * Only this family binds the hook, so a VPC prefix list's ID in a rule is unknown to the rules,
 * as on the real cloud.
 */
import type { DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import { PREFIX_LIST_HOOKS, prefixListOf } from '../security-group/prefix-lists';
import { SECURITY_GROUPS, type SecurityGroupRecord } from '../security-group/records';
import { NotAllowedAssociationExist } from './errors';
import { ecsPrefixLists } from './records';

/** Security groups with a rule that references the prefix list. */
export function groupsReferencing(tx: Transaction, prefixListId: string): SecurityGroupRecord[] {
  return tx.table<SecurityGroupRecord>(SECURITY_GROUPS).filter((g) => g.rules.some((r) => prefixListOf(r) === prefixListId));
}

export const ecsPrefixListDependants: DependantRow<any>[] = [
  {
    parent: 'ecsPrefixList',
    what: 'security-group rules that reference the prefix list',
    order: 10,
    find: groupsReferencing,
    error: (id, found: SecurityGroupRecord[]) =>
      new NotAllowedAssociationExist(
        `Prefix list ${id} is referenced by rules of security group${found.length === 1 ? '' : 's'} ${found.map((g) => g.id).join(', ')}. Revoke those rules first (RevokeSecurityGroup / RevokeSecurityGroupEgress); DescribePrefixListAssociations lists the groups.`,
      ),
  },
];

export const ecsPrefixListHooks: HookBinding[] = [
  bind(PREFIX_LIST_HOOKS.resolve, (tx, id) => {
    const p = ecsPrefixLists(tx).get(id);
    return p ? { id: p.id, name: p.name, addressFamily: p.addressFamily, maxEntries: p.maxEntries } : undefined;
  }),
];
