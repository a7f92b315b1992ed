/**
 * The NAT IP family's wire codes. Those marked "confirmed" appear, with that HTTP status, in the
 * error tables of the VPC API reference (CreateNatIpCidr, DeleteNatIpCidr, DeleteNatIp). The
 * others are the sandbox's reading: nothing available here lists them, so they follow the VPC
 * API's usual spellings (ResourceNotFound.X, QuotaExceeded.X, OperationFailed.X) and may differ
 * on the real cloud. CreateNatIp's own table could not be read in full (its first code begins
 * "Mismatch.NatI…"); the sandbox's codes for that action are therefore its reading.
 */
import { errorClass } from '../../errors';

/** By analogy with ResourceNotFound.NatIpCidr (same family, same status). Sandbox's reading. */
export class ResourceNotFoundNatIp extends errorClass('ResourceNotFound.NatIp', 400) {}
/** Confirmed: DeleteNatIpCidr, HTTP 400. */
export class ResourceNotFoundNatIpCidr extends errorClass('ResourceNotFound.NatIpCidr', 400) {}
/** A NAT IP that is still Creating. Confirmed: DeleteNatIp, HTTP 400. */
export class IncorrectStatusNatIp extends errorClass('IncorrectStatus.NatIp', 400) {}
/** NAT IPs and NAT IP CIDR blocks belong to VPC NAT gateways (NetworkType=intranet) only. Sandbox's reading. */
export class OperationUnsupportedNetworkType extends errorClass('OperationUnsupported.NetworkType', 400) {}
/** Sandbox's reading. */
export class InvalidNatIpMalformed extends errorClass('InvalidNatIp.Malformed', 400) {}
/** Sandbox's reading. */
export class InvalidNatIpCidrMalformed extends errorClass('InvalidNatIpCidr.Malformed', 400) {}
/** Sandbox's reading. */
export class InvalidNatIpNameMalformed extends errorClass('InvalidNatIpName.Malformed', 400) {}
/** The NatIp lies outside the NatIpCidr, or the NatIpCidr is none of the gateway's blocks. Sandbox's reading. */
export class OperationFailedNatIpNotInCidr extends errorClass('OperationFailed.NatIpNotInNatIpCidr', 400) {}
/** The NatIp is already taken (by another NAT IP, or in the VSwitch by an instance, the gateway …). Sandbox's reading. */
export class OperationFailedNatIpUsed extends errorClass('OperationFailed.NatIpUsed', 400) {}
/** The block overlaps one of the VPC's CIDR blocks. Confirmed: CreateNatIpCidr, HTTP 400. */
export class OperationFailedCreateNatIpCidrInVpcCidrBlock extends errorClass('OperationFailed.CreateNatIpCidrInVpcCidrBlock', 400) {}
/**
 * The block overlaps another NAT IP CIDR block of the gateway. The code is confirmed for
 * CreateNatIpCidr (HTTP 400); that it means this overlap is the sandbox's reading of "in use".
 */
export class OperationFailedNatIpCidrInUse extends errorClass('OperationFailed.NatIpCidrInUse', 400) {}
/** Deleting (or, in the sandbox, renaming) the default NAT IP. Confirmed for DeleteNatIp, HTTP 400. */
export class OperationFailedDefaultNatIp extends errorClass('OperationFailed.DefaultNatIp', 400) {}
/** Deleting (or, in the sandbox, renaming) the default NAT IP CIDR block. Confirmed for DeleteNatIpCidr, HTTP 400. */
export class OperationFailedDefaultNatIpCidr extends errorClass('OperationFailed.DefaultNatIpCidr', 400) {}
/** DeleteNatIpCidr while NAT IPs of the block remain. Confirmed: DeleteNatIpCidr and DeleteNatIp, HTTP 400. */
export class DependencyViolationNatIp extends errorClass('DependencyViolation.NatIp', 400) {}
/** Confirmed: CreateNatIpCidr, HTTP 400. */
export class QuotaExceededNatIpCidr extends errorClass('QuotaExceeded.NatIpCidr', 400) {}
/** Sandbox's reading (the QuotaExceeded.X pattern of QuotaExceeded.NatIpCidr). */
export class QuotaExceededNatIp extends errorClass('QuotaExceeded.NatIp', 400) {}
