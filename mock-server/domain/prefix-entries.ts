/**
 * The one algorithm both kinds of prefix list (ECS `ModifyPrefixList`, VPC `ModifyVpcPrefixList`)
 * use to apply a modify call's additions and removals to a list's entries. The two APIs differ in
 * parameter names and error codes, so each family passes its own refusals.
 *
 * - A block both added and removed in one call is refused (the API reference says so for both).
 * - Removing a block the list does not hold is refused.
 * - Adding a block the list already holds replaces its description (the real provider sends a
 *   changed description that way).
 */
export interface PrefixEntry {
  /** Normalised CIDR block. */
  cidr: string;
  description: string;
}

export interface EntryRefusals {
  addedAndRemoved(cidr: string): Error;
  notHeld(cidr: string): Error;
}

export function editEntries<E extends PrefixEntry>(held: readonly E[], add: readonly E[], remove: readonly PrefixEntry[], refuse: EntryRefusals): E[] {
  const dropped = new Set(remove.map((e) => e.cidr));
  for (const e of add) if (dropped.has(e.cidr)) throw refuse.addedAndRemoved(e.cidr);
  for (const cidr of dropped) if (!held.some((e) => e.cidr === cidr)) throw refuse.notHeld(cidr);
  const next = held.filter((e) => !dropped.has(e.cidr)).map((e) => ({ ...e }));
  for (const e of add) {
    const kept = next.find((x) => x.cidr === e.cidr);
    if (kept) kept.description = e.description;
    else next.push({ ...e });
  }
  return next;
}
