/**
 * The common-bandwidth-package family's wire codes. Where each was confirmed is noted; "sandbox's
 * reading" marks a code chosen by the sandbox where no reference names one for the case.
 * InvalidBandwidthPackageId.NotFound (404) is shared with the NAT bandwidth packages
 * (../bandwidth-package/errors.ts) and not declared twice.
 */
import { errorClass } from '../../errors';

/**
 * DeleteCommonBandwidthPackage without Force while EIPs are in the package. The
 * DeleteCommonBandwidthPackage reference lists it ("Eip bandwidth package not empty").
 */
export class OperationFailedBandwidthPackageNotEmpty extends errorClass('OperationFailed.BandwidthPackageNotEmpty', 400) {}
/**
 * AddCommonBandwidthPackageIp(s) with an EIP that is already in a package: the real provider
 * names this code (pull request 6480 of aliyun/terraform-provider-alicloud works around it).
 */
export class IpInstanceIdAlreadyInBandwidthPackage extends errorClass('IpInstanceId.AlreadyInBandwidthPackage', 400) {}
/**
 * RemoveCommonBandwidthPackageIp / ModifyCommonBandwidthPackageIpBandwidth with an EIP that is not
 * in the package: the real provider's attachment delete tolerates this code.
 */
export class OperationUnsupportedIpNotInCbwp extends errorClass('OperationUnsupported.IpNotInCbwp', 400) {}
/** The EIP's Anti-DDoS edition differs from the package's: listed by the AddCommonBandwidthPackageIp reference. */
export class OperationDeniedSecurityProtectionTypesInconsistent extends errorClass('OperationDenied.SecurityProtectionTypesInconsistent', 400) {}
/** The EIP's line type (ISP) differs from the package's. Sandbox's reading (the reference states the rule, not the code). */
export class OperationDeniedIspInconsistent extends errorClass('OperationDenied.IspInconsistent', 400) {}
/** More EIPs than a package may hold. Sandbox's reading (the quota is documented, its code is not). */
export class QuotaExceededBandwidthPackageIps extends errorClass('QuotaExceeded.BandwidthPackageIps', 400) {}
/**
 * The package is changing (Pending after a create or a spec change). The real provider retries
 * "IncorrectStatus" and "BandwidthPackageOperation.conflict" on every write; sandbox's reading
 * that the API answers the latter while a change is under way.
 */
export class BandwidthPackageOperationConflict extends errorClass('BandwidthPackageOperation.conflict', 400) {}
