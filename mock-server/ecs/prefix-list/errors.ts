/**
 * The ECS prefix-list family's wire codes. Confirmed ones say where; the others are the sandbox's
 * reading (the ECS reference pages of CreatePrefixList and ModifyPrefixList that this session could
 * read do not show their code tables), spelled the way ECS spells its other codes.
 * InvalidPrefixListId.NotFound (404) is shared with the security-group rules and lives in
 * ../security-group/errors.ts, and InvalidDescription.Malformed in ../../errors.ts (one class per wire code).
 */
import { errorClass } from '../../errors';

/** DeletePrefixList while a security-group rule references the list (confirmed: DeletePrefixList reference, 400). */
export class NotAllowedAssociationExist extends errorClass('NotAllowed.AssociationExist', 400) {}
/** A malformed PrefixListName (sandbox's reading). */
export class InvalidPrefixListNameMalformed extends errorClass('InvalidPrefixListName.Malformed', 400) {}
/** AddressFamily other than IPv4 / IPv6 (sandbox's reading). */
export class InvalidAddressFamilyMalformed extends errorClass('InvalidAddressFamily.Malformed', 400) {}
/** MaxEntries outside 1..200 (sandbox's reading). */
export class InvalidMaxEntriesMalformed extends errorClass('InvalidMaxEntries.Malformed', 400) {}
/** An entry CIDR that is not a block of the list's address family, or has host bits set (sandbox's reading). */
export class InvalidCidrMalformed extends errorClass('InvalidCidr.Malformed', 400) {}
/** The same block twice in one call, or added and removed in one call (sandbox's reading). */
export class InvalidCidrDuplicated extends errorClass('InvalidCidr.Duplicated', 400) {}
/** RemoveEntry of a block the list does not hold (sandbox's reading). */
export class InvalidCidrNotFound extends errorClass('InvalidCidr.NotFound', 404) {}
/** More entries than MaxEntries (sandbox's reading). */
export class QuotaExceedPrefixListEntries extends errorClass('QuotaExceed.PrefixListEntries', 403) {}
/** A 101st ECS prefix list in the region (sandbox's reading of the limits page's quota). */
export class QuotaExceedPrefixList extends errorClass('QuotaExceed.PrefixList', 403) {}
