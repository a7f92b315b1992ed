/** The VSwitch family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidVSwitchIdNotFound extends errorClass('InvalidVSwitchId.NotFound', 404) {}
export class InvalidVSwitchNameMalformed extends errorClass('InvalidVSwitchName.Malformed', 400) {}
export class InvalidCidrBlockOverlapped extends errorClass('InvalidCidrBlock.Overlapped', 400) {}
export class InvalidCidrBlockMaskLength extends errorClass('InvalidCirdrBlock.MaskLength', 400) {}
export class QuotaExceededVSwitch extends errorClass('QuotaExceeded.VSwitch', 400) {}
export class IncorrectVSwitchStatus extends errorClass('IncorrectVSwitchStatus', 400) {}
/** DeleteVpc while the VPC still has VSwitches. */
export class DependencyViolationVSwitch extends errorClass('DependencyViolation.VSwitch', 400) {}
/**
 * Turning IPv6 off while it is in use. The real API's code for this case is not documented; the
 * sandbox answers this one (see the README's differences).
 */
export class OperationFailedVpcIpv6InUse extends errorClass('OperationFailed.Ipv6InUse', 400) {}
