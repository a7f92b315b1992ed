/** The bandwidth-package family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidBandwidthPackageIdNotFound extends errorClass('InvalidBandwidthPackageId.NotFound', 404) {}
/** DeleteBandwidthPackage without Force while SNAT or DNAT entries use its addresses. */
export class DependencyViolationSnatEntryOfPackage extends errorClass('DependencyViolation.SnatEntry', 400) {}
export class DependencyViolationForwardEntryOfPackage extends errorClass('DependencyViolation.ForwardEntry', 400) {}
export class IncorrectStatusBandwidthPackage extends errorClass('IncorrectStatus.BandwidthPackage', 400) {}
