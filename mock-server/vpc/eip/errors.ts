/** The EIP family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidAllocationIdNotFound extends errorClass('InvalidAllocationId.NotFound', 404) {}
/** The EIP is not in a status the operation accepts (bound, binding, unbinding). */
export class IncorrectEipStatus extends errorClass('IncorrectEipStatus', 400) {}
/** The target already has a public address (an EIP or a system-allocated public IP). */
export class InvalidAssociationDuplicated extends errorClass('InvalidAssociation.Duplicated', 400) {}
/** The EIP is bound to something other than the InstanceId given. */
export class InvalidBindingStatus extends errorClass('InvalidBindingStatus', 400) {}
/** AssociateEipAddress to an instance or NAT gateway that does not exist (sic: "Instan"). */
export class InvalidInstanIdNotFoundForEip extends errorClass('InvalidInstanId.NotFound', 404) {}
export class IncorrectInstanceStatusForEip extends errorClass('IncorrectInstanceStatus', 400) {}
export class IncorrectStatusNatGateway extends errorClass('IncorrectStatus.NatGateway', 400) {}
export class InvalidInstanceTypeValueNotSupported extends errorClass('InvalidInstanceType.ValueNotSupported', 400) {}
export class QuotaExceededEip extends errorClass('QuotaExceeded.Eip', 400) {}
/** AllocateEipAddress with an IpAddress the region already uses. */
export class ReserveIpFail extends errorClass('ReserveIpFail', 400) {}
/** The real code's spelling, "IAssociated" included. */
export class InvalidAssociatedInstanceTypeValueNotSupported extends errorClass('InvalidIAssociatedInstanceType.ValueNotSupported', 400) {}
/** UnassociateEipAddress of a NAT gateway's EIP that SNAT or DNAT entries still use (without Force). */
export class InvalidIpStatusHasBeenUsedBySnatTable extends errorClass('InvalidIpStatus.HasBeenUsedBySnatTable', 400) {}
export class InvalidIpStatusHasBeenUsedByForwardEntry extends errorClass('InvalidIpStatus.HasBeenUsedByForwardEntry', 400) {}
/** A malformed EIP, SNAT or DNAT entry name (the NAT product's shared code). */
export class InvalidNameMalformed extends errorClass('InvalidParameter.Name.Malformed', 400) {}
/**
 * ReleaseEipAddress (and, in the sandbox, DeleteNatGateway) while DeletionProtection is on. The
 * ReleaseEipAddress reference lists this code with HTTP 400; the DeleteNatGateway reference lists
 * none for the same switch, so the sandbox answers it with this one too.
 */
