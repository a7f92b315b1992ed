/**
 * The ENI family's wire codes (ECS 2014-05-26 spellings). Each says where it was confirmed: the
 * ECS API reference's error tables (AssignPrivateIpAddresses, UnassignPrivateIpAddresses) or the
 * real Terraform provider, which names the codes it retries or treats as "gone"
 * (resource_alicloud_ecs_network_interface*.go). "Sandbox's reading" marks a code nothing
 * available here confirms: the spelling follows ECS's usual pattern and may differ on the cloud.
 */
import { errorClass } from '../../errors';

/** Confirmed: the real provider treats it as "ENI gone". 404 is the sandbox's reading (ECS's X.NotFound codes are 404). */
export class InvalidEniIdNotFound extends errorClass('InvalidEniId.NotFound', 404) {}
/**
 * The ENI is not in a status the operation accepts (attached, attaching, detaching). Confirmed,
 * with HTTP 400, by the error tables of AssignPrivateIpAddresses and UnassignPrivateIpAddresses;
 * the real provider retries it.
 */
export class InvalidOperationInvalidEniState extends errorClass('InvalidOperation.InvalidEniState', 400) {}
/** A primary ENI given to an action for secondary ones. Code confirmed (the real provider retries it on delete); 403 is the sandbox's reading. */
export class InvalidOperationInvalidEniType extends errorClass('InvalidOperation.InvalidEniType', 403) {}
/** AttachNetworkInterface: the instance and the ENI are in different zones. Sandbox's reading. */
export class InvalidOperationAvailabilityZoneMismatch extends errorClass('InvalidOperation.AvailabilityZoneMismatch', 403) {}
/** AttachNetworkInterface: the instance and the ENI are in different VPCs. Sandbox's reading. */
export class InvalidOperationVpcMismatch extends errorClass('InvalidOperation.VpcMismatch', 403) {}
/** AttachNetworkInterface beyond the instance type's EniQuantity. Sandbox's reading. */
export class EniPerInstanceLimitExceeded extends errorClass('EniPerInstanceLimitExceeded', 403) {}
/** A security group of another VPC than the ENI's VSwitch. Sandbox's reading. */
export class InvalidSecurityGroupIdVpcMismatch extends errorClass('InvalidSecurityGroupId.VPCMismatch', 403) {}
/** Sandbox's reading (ECS's InvalidXName.Malformed pattern). */
export class InvalidNetworkInterfaceNameMalformed extends errorClass('InvalidNetworkInterfaceName.Malformed', 400) {}
/** AssignPrivateIpAddresses / AssignIpv6Addresses beyond the ENI's quota. Sandbox's reading. */
export class InvalidOperationIpv4CountExceeded extends errorClass('InvalidOperation.Ipv4CountExceeded', 403) {}
export class InvalidOperationIpv6CountExceeded extends errorClass('InvalidOperation.Ipv6CountExceeded', 403) {}
/**
 * UnassignPrivateIpAddresses / UnassignIpv6Addresses of an address the ENI does not hold (or its
 * primary one). Confirmed, with HTTP 403, by UnassignPrivateIpAddresses' error table ("The
 * specified IP is not assigned on this ENI"); the sandbox uses it for IPv6 addresses too.
 */
export class InvalidIpIpUnassigned extends errorClass('InvalidIp.IpUnassigned', 403) {}
/** Security groups per ENI (the real default: 5). Sandbox's reading. */
export class InvalidSecurityGroupsCountExceeded extends errorClass('InvalidParam.SecurityGroupIdsCount', 400) {}
