/**
 * The prefix-list family's wire codes. Where a code is confirmed it says where; the VPC API
 * reference pages for the prefix-list actions list their codes in tables this session could not
 * read whole, so several are the sandbox's reading, spelled as the product spells its other codes.
 */
import { errorClass } from '../../errors';

/**
 * Modify/Delete/GetVpcPrefixList* naming a prefix list that does not exist. The code appears in the
 * real provider's sources; which actions answer it is the sandbox's reading. (ListPrefixLists with
 * an unknown PrefixListIds.N answers an empty list, which the provider treats as gone.)
 */
export class ResourceNotFoundPrefixList extends errorClass('ResourceNotFound.PrefixList', 404) {}
/**
 * Modify/Delete while the prefix list is Creating or Modifying (confirmed: the real provider retries
 * it on ModifyVpcPrefixList and DeleteVpcPrefixList).
 */
export class IncorrectStatusPrefixList extends errorClass('IncorrectStatus.PrefixList', 400) {}
/** A PrefixListEntries / AddPrefixListEntry CIDR that is not a block of the list's IP version (sandbox's reading). */
export class IllegalParamCidr extends errorClass('IllegalParam.Cidr', 400) {}
/** The same CIDR twice, added twice, or added and removed in one call (sandbox's reading). */
export class DuplicatedParamCidr extends errorClass('DuplicatedParam.Cidr', 400) {}
/** RemovePrefixListEntry of a CIDR the list does not hold (sandbox's reading). */
export class ResourceNotFoundPrefixListEntry extends errorClass('ResourceNotFound.PrefixListEntry', 404) {}
/** More entries than MaxEntries, or MaxEntries below the entries held (sandbox's reading). */
export class QuotaExceededPrefixListEntry extends errorClass('QuotaExceeded.PrefixListEntry', 400) {}
/** MaxEntries outside 1..200 (sandbox's reading of the documented limit, see domain.ts). */
export class IllegalParamMaxEntries extends errorClass('IllegalParam.MaxEntries', 400) {}
/** A 101st prefix list in the region (sandbox's reading of the documented quota, see domain.ts). */
export class QuotaExceededPrefixList extends errorClass('QuotaExceeded.PrefixList', 400) {}
/** A malformed PrefixListName or description (the VPC product's code for names). */
export class InvalidNameMalformedForPrefixList extends errorClass('InvalidName.Malformed', 400) {}
