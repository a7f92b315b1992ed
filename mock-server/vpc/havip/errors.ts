/**
 * The HaVip family's wire codes, as the VPC API reference (2016-04-28) lists them for CreateHaVip,
 * DeleteHaVip, AssociateHaVip, UnassociateHaVip and CreateRouteEntry; `InvalidHaVipId.NotFound` is
 * the code the real Terraform provider treats as "gone" (resource_alicloud_vpc_ha_vip.go).
 */
import { errorClass } from '../../errors';

/** Any action naming a HaVip that does not exist (confirmed: the provider's DeleteHaVip / DescribeVpcHaVip). */
export class InvalidHaVipIdNotFound extends errorClass('InvalidHaVipId.NotFound', 404) {}
/** CreateHaVip with a VSwitch that does not exist (CreateHaVip reference, listed with HTTP 400). */
export class InvalidVSwitchNotFoundForHaVip extends errorClass('InvalidVSwitch.NotFound', 400) {}
/** CreateHaVip: IpAddress outside the VSwitch's block (reference). */
export class InvalidIpAddressOutOfRange extends errorClass('InvalidIPAddress.OutOfRange', 400) {}
/** CreateHaVip: IpAddress is one the system reserves (reference). */
export class InvalidIpAddressNotAvailable extends errorClass('InvalidIPAddress.NotAvailable', 400) {}
/** CreateHaVip: IpAddress already held by an instance, an ENI or another HaVip (reference). */
export class InvalidIpAddressAlreadyUsed extends errorClass('InvalidIPAddress.AlreadyUsed', 400) {}
/** CreateHaVip: IpAddress is not an IPv4 address (reference). */
export class InvalidIpAddressMalformed extends errorClass('InvalidIPAddress.Malformed', 400) {}
/** CreateHaVip / ModifyHaVipAttribute: a malformed name (the VPC product's code for names). */
export class InvalidNameMalformedForHaVip extends errorClass('InvalidName.Malformed', 400) {}
/** DeleteHaVip while the HaVip is not Available (associated, or changing) (reference). */
export class IncorrectStatusHaVip extends errorClass('IncorrectStatus', 400) {}
/** DeleteHaVip while a route entry's next hop is the HaVip (reference; "Refered" sic). */
export class DependencyViolationHaVipReferedByRouteEntry extends errorClass('DependencyViolation.HaVipReferedByRouteEntry', 400) {}
/** DeleteHaVip while an EIP is bound to the HaVip (reference). */
export class DependencyViolationHaVipAssociatedWithEip extends errorClass('DependencyViolation.HaVipAssociatedWithEIP', 400) {}
/**
 * AssociateHaVip / UnassociateHaVip while the HaVip is changing, and CreateRouteEntry to a HaVip
 * that is not InUse (references of the three actions; the real provider retries it).
 */
export class IncorrectHaVipStatus extends errorClass('IncorrectHaVipStatus', 400) {}
/** AssociateHaVip with an instance that is neither Running nor Stopped (reference). */
export class IncorrectInstanceStatusForHaVip extends errorClass('IncorrectInstanceStatus', 400) {}
/** AssociateHaVip beyond the instances one HaVip may have (reference). */
export class CountLimitExceededHaVipOnEcsInstance extends errorClass('CountLimitExceeded.HaVipOnECSInstance', 400) {}
/** UnassociateHaVip of an instance the HaVip is not associated with (reference). */
export class ResourceNotAssociated extends errorClass('ResourceNotAssociated', 400) {}
/**
 * UnassociateHaVip of the master instance (or ENI) without Force=true while others remain associated
 * (reference: "Unassociating a master instance is not allowed unless the parameter Force is True").
 */
export class ForbiddenUnassociateMaster extends errorClass('Forbidden.UnassociateMaster', 400) {}
/** CreateRouteEntry: a sixth route to one HaVip (reference; quota vpc_quota_havip_custom_route_entry). */
export class CountLimitExceedHaVipRouteEntry extends errorClass('CountLimitExceed.HaVipRouteEntry', 400) {}
/** DeleteVSwitch while the VSwitch holds a HaVip (DeleteVSwitch reference). */
export class DependencyViolationHaVip extends errorClass('DependencyViolation.HaVip', 400) {}
/** AssociateHaVip with an instance or ENI that does not exist (the ECS code; the sandbox's reading). */
export class InvalidInstanceIdNotFoundForHaVip extends errorClass('InvalidInstanceId.NotFound', 404) {}
