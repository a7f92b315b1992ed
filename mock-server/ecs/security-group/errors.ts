/** The security-group family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidSecurityGroupIdNotFound extends errorClass('InvalidSecurityGroupId.NotFound', 404) {}
export class InvalidSecurityGroupNameMalformed extends errorClass('InvalidSecurityGroupName.Malformed', 400) {}
export class InvalidSecurityGroupDescriptionMalformed extends errorClass('InvalidSecurityGroupDiscription.Malformed', 400) {}
export class QuotaExceedSecurityGroup extends errorClass('QuotaExceed.SecurityGroup', 403) {}
export class InvalidSourceGroupIdNotFound extends errorClass('InvalidSourceGroupId.NotFound', 404) {}
export class InvalidSourceGroupIdMismatch extends errorClass('InvalidSourceGroupId.Mismatch', 400) {}
export class InvalidDestGroupIdNotFound extends errorClass('InvalidDestGroupId.NotFound', 404) {}
export class InvalidDestGroupIdMismatch extends errorClass('InvalidDestGroupId.Mismatch', 400) {}
export class InvalidIpProtocolMalformed extends errorClass('InvalidIpProtocol.Malformed', 400) {}
export class InvalidIpProtocolValueNotSupported extends errorClass('InvalidIpProtocol.ValueNotSupported', 400) {}
export class InvalidSourceCidrIpMalformed extends errorClass('InvalidSourceCidrIp.Malformed', 400) {}
export class InvalidDestCidrIpMalformed extends errorClass('InvalidDestCidrIp.Malformed', 400) {}
export class MissingParameterSource extends errorClass('MissingParameter.Source', 400) {}
export class MissingParameterDest extends errorClass('MissingParameter.Dest', 400) {}
export class InvalidPolicyMalformed extends errorClass('InvalidPolicy.Malformed', 400) {}
export class InvalidPriorityValueNotSupported extends errorClass('InvalidPriority.ValueNotSupported', 400) {}
export class InvalidNicTypeValueNotSupported extends errorClass('InvalidNicType.ValueNotSupported', 400) {}
export class InvalidNicTypeMismatch extends errorClass('InvalidNicType.Mismatch', 400) {}
export class InvalidPortRangeMalformed extends errorClass('InvalidPortRange.Malformed', 400) {}
export class AuthorizationLimitExceed extends errorClass('AuthorizationLimitExceed', 403) {}
export class InvalidSecurityGroupRuleNotFound extends errorClass('InvalidSecurityGroupRule.RuleNotExist', 404) {}
/** DeleteSecurityGroup while instances or other groups' rules still use the group. */
export class DependencyViolationSecurityGroupInUse extends errorClass('DependencyViolation', 403) {}
export class OperationDeniedDefaultSecurityGroup extends errorClass('OperationDenied.DefaultSecurityGroup', 403) {}
export class InvalidSecurityGroupTypeValueNotSupported extends errorClass('InvalidSecurityGroupType.ValueNotSupported', 400) {}
export class SecurityGroupInstanceLimitExceed extends errorClass('SecurityGroupInstanceLimitExceed', 403) {}
export class InvalidPrefixListIdNotFound extends errorClass('InvalidPrefixListId.NotFound', 404) {}
/** Spelled as the real cloud spells it ("Paramter"). */
export class InvalidParamterConflict extends errorClass('InvalidParamter.Conflict', 403) {}
export class InvalidNetworkTypeNotFound extends errorClass('InvalidNetworkType.NotFound', 404) {}
/** DeleteVpc while the VPC still has (non-default) security groups. */
export class DependencyViolationSecurityGroup extends errorClass('DependencyViolation.SecurityGroup', 400) {}
/** RunInstances (and moves) with a classic-network group while the instance is in a VPC (403, as the real API). */
export class InvalidSecurityGroupIdNotVpc extends errorClass('InvalidSecurityGroupId.NotVpc', 403) {}
