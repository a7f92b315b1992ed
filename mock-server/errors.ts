/**
 * The sandbox's one error taxonomy. Every wire error code is a small named class carrying the
 * real code and HTTP status. The domain throws only these; one middleware (wire/http-app.ts)
 * serialises them as `{RequestId, HostId, Code, Message, Recommend}`. Anything else that escapes a
 * handler is a bug and is reported as 500 InternalError.
 *
 * Codes are spelled exactly as the real cloud spells them, typos included
 * (`InvalidCirdrBlock.MaskLength`, `InvalidVpcDiscription.Malformed`, `InvalidInstanId.NotFound`),
 * because SDKs and the real Terraform provider match on them.
 */
export class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly httpStatus: number) {
    super(message);
    this.name = code;
  }
}

type ApiErrorClass = new (message: string) => ApiError;

/** Declares a named error class for one wire code. */
function code(wireCode: string, httpStatus: number): ApiErrorClass {
  return class extends ApiError {
    constructor(message: string) {
      super(message, wireCode, httpStatus);
    }
  };
}

// ---- common / gateway ----------------------------------------------------------------------
export class MissingParameter extends code('MissingParameter', 400) {}
export class InvalidParameter extends code('InvalidParameter', 400) {}
export class InvalidParameterIsNull extends code('InvalidParameter.IsNull', 400) {}
export class InvalidParameterMismatch extends code('InvalidParameter.Mismatch', 400) {}
export class UnsupportedParameter extends code('UnsupportedParameter', 400) {}
export class InvalidAction extends code('InvalidAction.NotFound', 404) {}
export class InvalidVersion extends code('InvalidVersion', 400) {}
export class IllegalTimestamp extends code('IllegalTimestamp', 400) {}
export class InvalidTimeStampExpired extends code('InvalidTimeStamp.Expired', 400) {}
export class SignatureNonceUsed extends code('SignatureNonceUsed', 400) {}
export class IncompleteSignature extends code('IncompleteSignature', 400) {}
export class SignatureDoesNotMatch extends code('SignatureDoesNotMatch', 400) {}
export class InvalidAccessKeyIdNotFound extends code('InvalidAccessKeyId.NotFound', 404) {}
export class UnsupportedSignatureMethod extends code('InvalidSignatureMethod', 400) {}
export class UnsupportedHTTPMethod extends code('UnsupportedHTTPMethod', 400) {}
export class RequestEntityTooLarge extends code('RequestEntityTooLarge', 413) {}
export class IdempotentParameterMismatch extends code('IdempotentParameterMismatch', 400) {}
export class InvalidClientTokenMalformed extends code('InvalidClientToken.Malformed', 400) {}
export class DryRunOperation extends code('DryRunOperation', 400) {}
export class OperationConflict extends code('OperationConflict', 409) {}
export class InternalError extends code('InternalError', 500) {}
export class InvalidRegionIdNotFound extends code('InvalidRegionId.NotFound', 404) {}
export class InvalidZoneIdNotFound extends code('InvalidZoneId.NotFound', 404) {}
export class ForbiddenSandboxAdmin extends code('Forbidden.SandboxAdminDisabled', 403) {}
export class InvalidTagKeyMalformed extends code('InvalidTagKey.Malformed', 400) {}
export class InvalidTagValueMalformed extends code('InvalidTagValue.Malformed', 400) {}
export class DuplicateTagKey extends code('Duplicate.TagKey', 400) {}
export class QuotaExceededTagNum extends code('QuotaExceeded.TagNum', 400) {}
export class InvalidResourceTypeNotFound extends code('InvalidResourceType.NotFound', 400) {}
export class InvalidResourceIdNotFound extends code('InvalidResourceId.NotFound', 404) {}
export class InvalidNextTokenMalformed extends code('InvalidNextToken.Malformed', 400) {}

// ---- VPC ------------------------------------------------------------------------------------
export class InvalidVpcIdNotFound extends code('InvalidVpcId.NotFound', 404) {}
export class InvalidVpcNameMalformed extends code('InvalidVpcName.Malformed', 400) {}
export class InvalidVpcDescriptionMalformed extends code('InvalidVpcDiscription.Malformed', 400) {}
export class InvalidCidrBlockMalformed extends code('InvalidCidrBlock.Malformed', 400) {}
export class QuotaExceededVpc extends code('QuotaExceeded.Vpc', 400) {}
export class IncorrectVpcStatus extends code('IncorrectVpcStatus', 400) {}
export class DependencyViolationVSwitch extends code('DependencyViolation.VSwitch', 400) {}
export class DependencyViolationSecurityGroup extends code('DependencyViolation.SecurityGroup', 400) {}
export class DependencyViolationRouteEntry extends code('DependencyViolation.RouteEntry', 400) {}
export class DependencyViolationInstance extends code('DependencyViolation.Instance', 400) {}
export class DefaultVpcExists extends code('OperationFailed.DefaultVpcExist', 400) {}
export class InvalidUserCidrQuota extends code('InvalidUserCidr.Quota', 400) {}
export class InvalidUserCidrMalformed extends code('InvalidUserCidr.Malformed', 400) {}

// ---- VSwitch --------------------------------------------------------------------------------
export class InvalidVSwitchIdNotFound extends code('InvalidVSwitchId.NotFound', 404) {}
export class InvalidVSwitchNameMalformed extends code('InvalidVSwitchName.Malformed', 400) {}
export class InvalidVSwitchDescriptionMalformed extends code('InvalidDescription.Malformed', 400) {}
export class InvalidCidrBlockOverlapped extends code('InvalidCidrBlock.Overlapped', 400) {}
export class InvalidCidrBlockMaskLength extends code('InvalidCirdrBlock.MaskLength', 400) {}
export class QuotaExceededVSwitch extends code('QuotaExceeded.VSwitch', 400) {}
export class IncorrectVSwitchStatus extends code('IncorrectVSwitchStatus', 400) {}
export class DependencyViolation extends code('DependencyViolation', 400) {}
export class DefaultVSwitchExists extends code('OperationFailed.DefaultVSwitchExist', 400) {}
export class DefaultVpcNotExist extends code('OperationFailed.DefaultVpcNotExist', 400) {}

// ---- Route tables ---------------------------------------------------------------------------
export class InvalidRouteTableIdNotFound extends code('InvalidRouteTableId.NotFound', 404) {}
export class InvalidVRouterIdNotFound extends code('InvalidVRouterId.NotFound', 404) {}
export class InvalidRouteEntryNotFound extends code('InvalidRouteEntry.NotFound', 400) {}
export class InvalidCidrBlockDuplicate extends code('InvalidCIDRBlock.Duplicate', 400) {}
export class InvalidCidrBlock extends code('InvalidCidrBlock', 400) {}
export class RouteEntryQuotaExceeded extends code('QuotaExceeded', 400) {}
export class IncorrectRouteEntryStatus extends code('IncorrectRouteEntryStatus', 400) {}
export class InvalidNextHopType extends code('InvalidNextHopType', 400) {}
export class InvalidNextHopIdNotFound extends code('InvalidNextHopId.NotFound', 404) {}
export class InvalidInstanIdNotFound extends code('InvalidInstanId.NotFound', 404) {}
export class OperationDenied extends code('OperationDenied', 400) {}
export class InvalidNexthopTypeAndListBothNull extends code('InvalidNexthopTypeAndList.BothNull', 400) {}
export class InvalidNexthopTypeAndListBothNotNull extends code('InvalidNexthopTypeAndList.BothNotNull', 400) {}
export class IncorrectInstanceStatusForRoute extends code('IncorrectInstanceStatus', 400) {}
export class InvalidRouteEntryNameMalformed extends code('InvalidRouteEntryName.Malformed', 400) {}

// ---- ECS ------------------------------------------------------------------------------------
export class InvalidInstanceIdNotFound extends code('InvalidInstanceId.NotFound', 404) {}
export class IncorrectInstanceStatus extends code('IncorrectInstanceStatus', 403) {}
export class IncorrectInstanceStatusModify extends code('IncorrectInstanceStatus', 400) {}
export class InvalidPrivateIpAddress extends code('InvalidPrivateIpAddress', 400) {}
export class InvalidPrivateIpAddressMalformed extends code('InvalidPrivateIpAddress.Malformed', 400) {}
export class InvalidPrivateIpAddressDuplicated extends code('InvalidPrivateIpAddress.Duplicated', 400) {}
export class InvalidPrivateIpAddressMismatch extends code('InvalidPrivateIpAddress.Mismatch', 400) {}
export class QuotaExceededPrivateIpAddress extends code('QuotaExceeded.PrivateIpAddress', 400) {}
export class InvalidVSwitchIdMismatch extends code('InvalidVSwitchId.Mismatch', 400) {}
export class InvalidImageIdNotFound extends code('InvalidImageId.NotFound', 404) {}
export class InvalidInstanceTypeValueNotSupported extends code('InvalidInstanceType.ValueNotSupported', 400) {}
export class InvalidInstanceNameMalformed extends code('InvalidInstanceName.Malformed', 400) {}
export class InvalidHostNameMalformed extends code('InvalidHostName.Malformed', 400) {}
export class InvalidParamAmount extends code('InvalidParam.Amount', 403) {}
export class DependencyViolationRouteEntryInstance extends code('DependencyViolation.RouteEntry', 400) {}
export class IncorrectInstanceStatusInitializing extends code('IncorrectInstanceStatus.Initializing', 403) {}

export class InvalidSecurityGroupIdNotFound extends code('InvalidSecurityGroupId.NotFound', 404) {}
export class InvalidSecurityGroupNameMalformed extends code('InvalidSecurityGroupName.Malformed', 400) {}
export class InvalidSecurityGroupDescriptionMalformed extends code('InvalidSecurityGroupDiscription.Malformed', 400) {}
export class QuotaExceedSecurityGroup extends code('QuotaExceed.SecurityGroup', 403) {}
export class InvalidSourceGroupIdNotFound extends code('InvalidSourceGroupId.NotFound', 404) {}
export class InvalidSourceGroupIdMismatch extends code('InvalidSourceGroupId.Mismatch', 400) {}
export class InvalidDestGroupIdNotFound extends code('InvalidDestGroupId.NotFound', 404) {}
export class InvalidIpProtocolMalformed extends code('InvalidIpProtocol.Malformed', 400) {}
export class InvalidIpProtocolValueNotSupported extends code('InvalidIpProtocol.ValueNotSupported', 400) {}
export class InvalidSourceCidrIpMalformed extends code('InvalidSourceCidrIp.Malformed', 400) {}
export class InvalidDestCidrIpMalformed extends code('InvalidDestCidrIp.Malformed', 400) {}
export class MissingParameterSource extends code('MissingParameter.Source', 400) {}
export class MissingParameterDest extends code('MissingParameter.Dest', 400) {}
export class InvalidPolicyMalformed extends code('InvalidPolicy.Malformed', 400) {}
export class InvalidPriorityValueNotSupported extends code('InvalidPriority.ValueNotSupported', 400) {}
export class InvalidNicTypeValueNotSupported extends code('InvalidNicType.ValueNotSupported', 400) {}
export class InvalidNicTypeMismatch extends code('InvalidNicType.Mismatch', 400) {}
export class InvalidPortRangeMalformed extends code('InvalidPortRange.Malformed', 400) {}
export class AuthorizationLimitExceed extends code('AuthorizationLimitExceed', 403) {}
export class InvalidSecurityGroupRuleNotFound extends code('InvalidSecurityGroupRule.RuleNotExist', 404) {}
export class DependencyViolationSecurityGroupInUse extends code('DependencyViolation', 403) {}
export class OperationDeniedDefaultSecurityGroup extends code('OperationDenied.DefaultSecurityGroup', 403) {}
export class InvalidSecurityGroupTypeValueNotSupported extends code('InvalidSecurityGroupType.ValueNotSupported', 400) {}
export class SecurityGroupInstanceLimitExceed extends code('SecurityGroupInstanceLimitExceed', 403) {}

// ---- ECS (appended by the ECS subset) -------------------------------------------------------
export class InvalidStatusNotFound extends code('InvalidStatus.NotFound', 404) {}
export class InvalidNetworkTypeNotFound extends code('InvalidNetworkType.NotFound', 404) {}
export class OperationDeniedNoStock extends code('OperationDenied.NoStock', 403) {}
export class InvalidPrefixListIdNotFound extends code('InvalidPrefixListId.NotFound', 404) {}
/** Spelled as the real cloud spells it ("Paramter"). */
export class InvalidParamterConflict extends code('InvalidParamter.Conflict', 403) {}
export class InvalidDestGroupIdMismatch extends code('InvalidDestGroupId.Mismatch', 400) {}
export class InvalidInstanceIdAlreadyExists extends code('InvalidInstanceId.AlreadyExists', 403) {}
export class InvalidInstanceIdMismatch extends code('InvalidInstanceId.Mismatch', 400) {}
export class InstanceSecurityGroupLimitExceeded extends code('InstanceSecurityGroupLimitExceeded', 400) {}
export class InvalidSecurityGroupAssociationNotFound extends code('InvalidSecurityGroupAssociation.NotFound', 404) {}
export class InvalidOperationDeletionProtection extends code('InvalidOperation.DeletionProtection', 403) {}
export class InvalidSystemDiskCategoryValueNotSupported extends code('InvalidSystemDiskCategory.ValueNotSupported', 400) {}
export class InvalidSystemDiskSizeValueNotSupported extends code('InvalidSystemDiskSize.ValueNotSupported', 400) {}
