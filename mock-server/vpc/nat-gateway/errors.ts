/** The NAT gateway family's wire codes (spelled as the real cloud spells them). */
import { errorClass } from '../../errors';

export class InvalidNatGatewayIdNotFound extends errorClass('InvalidNatGatewayId.NotFound', 404) {}
export class InvalidNatGatewayNameMalformed extends errorClass('InvalidNatGatewayName.MalFormed', 400) {}
export class InvalidSpecValueNotSupported extends errorClass('InvalidParameter.Spec.ValueNotSupported', 400) {}
export class VswNotBelongToVpc extends errorClass('OperationFailed.VswNotBelongToVpc', 400) {}
export class IncorrectStatusNatGateway extends errorClass('IncorrectStatus.NatGateway', 400) {}
/** DeleteNatGateway without Force while things still use the gateway. */
export class DependencyViolationSnatEntry extends errorClass('DependencyViolation.SnatEntry', 400) {}
export class DependencyViolationForwardEntry extends errorClass('DependencyViolation.ForwardEntry', 400) {}
export class DependencyViolationEips extends errorClass('DependencyViolation.EIPS', 400) {}
export class DependencyViolationBandwidthPackages extends errorClass('DependencyViolation.BandwidthPackages', 400) {}
export class DependencyViolationRouterEntry extends errorClass('DependencyViolation.RouterEntry', 400) {}
/** DeleteVpc while the VPC has a NAT gateway; DeleteVSwitch while an Enhanced gateway sits in it. */
export class DependencyViolationNatGateway extends errorClass('DependencyViolation.NatGateway', 400) {}
export class DependencyViolationEnhancedNatgw extends errorClass('DependencyViolation.EnhancedNatgw', 400) {}
/** CreateRouteEntry to a NAT gateway of another VPC, or one that does not exist. */
export class InvalidNextHopIdNotFoundNat extends errorClass('InvalidNextHopId.NotFound', 404) {}
