/**
 * The network ACL family's wire codes. Where a code is confirmed, the comment says where; the
 * others are the sandbox's reading (no public page names a code for that refusal).
 */
import { errorClass } from '../../errors';

/** Any action on an ACL that does not exist (confirmed: the real provider's DescribeVpcNetworkAcl maps it to "not found"). */
export class InvalidNetworkAclNotFound extends errorClass('InvalidNetworkAcl.NotFound', 404) {}
/** CreateNetworkAcl / ModifyNetworkAclAttributes: a malformed name (the VPC product's code for names). */
export class InvalidNameMalformedForAcl extends errorClass('InvalidName.Malformed', 400) {}
/** CreateNetworkAcl in a VPC that is not Available (the real provider retries IncorrectStatus.Vpc on every ACL action). */
export class IncorrectStatusVpcForAcl extends errorClass('IncorrectStatus.Vpc', 400) {}
/**
 * A change while the ACL is still Modifying from the previous one (the API pages: "cannot be called
 * repeatedly within a period"; the real provider retries IncorrectStatus on every ACL action).
 */
export class IncorrectStatusNetworkAcl extends errorClass('IncorrectStatus', 400) {}
/** CreateNetworkAcl beyond MAX_ACLS_PER_VPC (sandbox's reading of the quota's code). */
export class QuotaExceededNetworkAcl extends errorClass('QuotaExceeded.NetworkAcl', 400) {}
/** UpdateNetworkAclEntries / CopyNetworkAclEntries beyond MAX_CUSTOM_ENTRIES in one direction (sandbox's reading). */
export class QuotaExceededNetworkAclEntry extends errorClass('QuotaExceeded.NetworkAclEntry', 400) {}
/** AssociateNetworkAcl with a VSwitch that does not exist (ENS's NACL API names it; sandbox's reading for VPC). */
export class InvalidResourceNotFound extends errorClass('InvalidResource.NotFound', 404) {}
/** AssociateNetworkAcl with a VSwitch bound to another ACL (ENS's NACL API names it; sandbox's reading for VPC). */
export class InvalidResourceAssociated extends errorClass('InvalidResource.Associated', 400) {}
/** UnassociateNetworkAcl of a resource the ACL is not bound to (confirmed: the real provider tolerates it on delete). */
export class InvalidResourceNotBinding extends errorClass('InvalidResource.NotBinding', 400) {}
/**
 * A binding still BINDING (or being removed) when another association change comes (confirmed:
 * the real provider retries OperationDenied.NetworkAclAttachmentInMiddleStatus).
 */
export class NetworkAclAttachmentInMiddleStatus extends errorClass('OperationDenied.NetworkAclAttachmentInMiddleStatus', 400) {}
/** DeleteNetworkAcl while VSwitches are bound (the real provider names NetworkAclExistBinding; sandbox's reading for delete). */
export class NetworkAclExistBinding extends errorClass('NetworkAclExistBinding', 400) {}
/** DeleteVSwitch while the VSwitch is bound to an ACL, DeleteVpc while it holds ACLs (confirmed for DeleteVSwitch: the reference's retry list). */
export class DependencyViolationNetworkAcl extends errorClass('DependencyViolation.NetworkAcl', 400) {}
