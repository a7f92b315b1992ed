/**
 * The NAT IP family's wire codes. IncorrectStatus.NatIp is DeleteNatIp's documented code; the
 * reference available here lists no other code of these actions, so the rest follow the VPC
 * API's usual spellings (ResourceNotFound.X, QuotaExceeded.X, OperationFailed.X) and say so here.
 */
import { errorClass } from '../../errors';

export class ResourceNotFoundNatIp extends errorClass('ResourceNotFound.NatIp', 404) {}
export class ResourceNotFoundNatIpCidr extends errorClass('ResourceNotFound.NatIpCidr', 404) {}
/** A NAT IP that is still Creating. */
export class IncorrectStatusNatIp extends errorClass('IncorrectStatus.NatIp', 400) {}
/** NAT IPs and NAT IP CIDR blocks belong to VPC NAT gateways (NetworkType=intranet) only. */
export class OperationUnsupportedNetworkType extends errorClass('OperationUnsupported.NetworkType', 400) {}
export class InvalidNatIpMalformed extends errorClass('InvalidNatIp.Malformed', 400) {}
export class InvalidNatIpCidrMalformed extends errorClass('InvalidNatIpCidr.Malformed', 400) {}
export class InvalidNatIpNameMalformed extends errorClass('InvalidNatIpName.Malformed', 400) {}
/** The NatIp lies outside the NatIpCidr, or the NatIpCidr is none of the gateway's blocks. */
export class OperationFailedNatIpNotInCidr extends errorClass('OperationFailed.NatIpNotInNatIpCidr', 400) {}
/** The NatIp is already taken (by another NAT IP, or in the VSwitch by an instance, the gateway …). */
export class OperationFailedNatIpUsed extends errorClass('OperationFailed.NatIpUsed', 400) {}
/** The block overlaps the VPC's blocks or another NAT IP CIDR block of the gateway. */
export class OperationFailedNatIpCidrConflict extends errorClass('OperationFailed.NatIpCidrConflict', 400) {}
/** The default NAT IP and the default NAT IP CIDR block go only with the gateway. */
export class OperationUnsupportedDefault extends errorClass('OperationUnsupported.DefaultNatIp', 400) {}
/** DeleteNatIpCidr while NAT IPs of the block remain. */
export class DependencyViolationNatIp extends errorClass('DependencyViolation.NatIp', 400) {}
export class QuotaExceededNatIpCidr extends errorClass('QuotaExceeded.NatIpCidr', 400) {}
export class QuotaExceededNatIp extends errorClass('QuotaExceeded.NatIp', 400) {}
