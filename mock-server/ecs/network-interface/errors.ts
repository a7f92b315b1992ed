/** The ENI family's wire codes (ECS 2014-05-26 spellings). */
import { errorClass } from '../../errors';

export class InvalidEniIdNotFound extends errorClass('InvalidEniId.NotFound', 404) {}
/** The ENI is not in a status the operation accepts (attached, attaching, detaching, a primary ENI). */
export class InvalidOperationInvalidEniState extends errorClass('InvalidOperation.InvalidEniState', 403) {}
export class InvalidOperationInvalidEniType extends errorClass('InvalidOperation.InvalidEniType', 403) {}
/** AttachNetworkInterface: the instance and the ENI are in different zones. */
export class InvalidOperationAvailabilityZoneMismatch extends errorClass('InvalidOperation.AvailabilityZoneMismatch', 403) {}
/** AttachNetworkInterface: the instance and the ENI are in different VPCs. */
export class InvalidOperationVpcMismatch extends errorClass('InvalidOperation.VpcMismatch', 403) {}
/** AttachNetworkInterface beyond the instance type's EniQuantity. */
export class EniPerInstanceLimitExceeded extends errorClass('EniPerInstanceLimitExceeded', 403) {}
/** A security group of another VPC than the ENI's VSwitch. */
export class InvalidSecurityGroupIdVpcMismatch extends errorClass('InvalidSecurityGroupId.VPCMismatch', 403) {}
export class InvalidNetworkInterfaceNameMalformed extends errorClass('InvalidNetworkInterfaceName.Malformed', 400) {}
/** AssignPrivateIpAddresses beyond the instance type's (or an unattached ENI's) private IP quota. */
export class InvalidOperationIpv4CountExceeded extends errorClass('InvalidOperation.Ipv4CountExceeded', 403) {}
/** UnassignPrivateIpAddresses of an address the ENI does not hold (or its primary one). */
export class InvalidIpNotFound extends errorClass('InvalidIp.NotFound', 404) {}
/** Security groups per ENI (the real default: 5). */
export class InvalidSecurityGroupsCountExceeded extends errorClass('InvalidParam.SecurityGroupIdsCount', 400) {}
