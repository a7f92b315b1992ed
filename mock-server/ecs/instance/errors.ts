/** The instance family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidInstanceIdNotFound extends errorClass('InvalidInstanceId.NotFound', 404) {}
/** Power-state and membership changes from the wrong status (403, as the real API answers). */
export class IncorrectInstanceStatus extends errorClass('IncorrectInstanceStatus', 403) {}
/** ModifyInstanceVpcAttribute from the wrong status (400). */
export class IncorrectInstanceStatusModify extends errorClass('IncorrectInstanceStatus', 400) {}
export class IncorrectInstanceStatusInitializing extends errorClass('IncorrectInstanceStatus.Initializing', 403) {}
export class InvalidPrivateIpAddress extends errorClass('InvalidPrivateIpAddress', 400) {}
export class InvalidPrivateIpAddressMalformed extends errorClass('InvalidPrivateIpAddress.Malformed', 400) {}
export class InvalidPrivateIpAddressDuplicated extends errorClass('InvalidPrivateIpAddress.Duplicated', 400) {}
export class InvalidPrivateIpAddressMismatch extends errorClass('InvalidPrivateIpAddress.Mismatch', 400) {}
export class QuotaExceededPrivateIpAddress extends errorClass('QuotaExceeded.PrivateIpAddress', 400) {}
export class InvalidVSwitchIdMismatch extends errorClass('InvalidVSwitchId.Mismatch', 400) {}
export class InvalidImageIdNotFound extends errorClass('InvalidImageId.NotFound', 404) {}
export class InvalidInstanceTypeValueNotSupported extends errorClass('InvalidInstanceType.ValueNotSupported', 400) {}
export class InvalidInstanceNameMalformed extends errorClass('InvalidInstanceName.Malformed', 400) {}
export class InvalidHostNameMalformed extends errorClass('InvalidHostName.Malformed', 400) {}
export class InvalidParamAmount extends errorClass('InvalidParam.Amount', 403) {}
export class InvalidStatusNotFound extends errorClass('InvalidStatus.NotFound', 404) {}
export class OperationDeniedNoStock extends errorClass('OperationDenied.NoStock', 403) {}
export class InvalidInstanceIdAlreadyExists extends errorClass('InvalidInstanceId.AlreadyExists', 403) {}
export class InvalidInstanceIdMismatch extends errorClass('InvalidInstanceId.Mismatch', 400) {}
export class InstanceSecurityGroupLimitExceeded extends errorClass('InstanceSecurityGroupLimitExceeded', 400) {}
export class InvalidSecurityGroupAssociationNotFound extends errorClass('InvalidSecurityGroupAssociation.NotFound', 404) {}
export class InvalidOperationDeletionProtection extends errorClass('InvalidOperation.DeletionProtection', 403) {}
export class InvalidSystemDiskCategoryValueNotSupported extends errorClass('InvalidSystemDiskCategory.ValueNotSupported', 400) {}
export class InvalidSystemDiskSizeValueNotSupported extends errorClass('InvalidSystemDiskSize.ValueNotSupported', 400) {}
/** DeleteVpc while the VPC still has instances. */
export class DependencyViolationInstance extends errorClass('DependencyViolation.Instance', 400) {}
/** DeleteVSwitch while the VSwitch still has instances (the plain code, 400). */
export class DependencyViolationInstanceInVSwitch extends errorClass('DependencyViolation', 400) {}
/** UserData that is not Base64 text, or longer than 32 KiB (stored-options.ts). */
export class InvalidUserDataBase64FormatInvalid extends errorClass('InvalidUserData.Base64FormatInvalid', 400) {}
export class InvalidUserDataSizeExceeded extends errorClass('InvalidUserData.SizeExceeded', 400) {}
/** ModifyDiskAttribute on a disk no instance has. */
export class InvalidDiskIdNotFound extends errorClass('InvalidDiskId.NotFound', 404) {}
/** ModifyInstanceAutoRenewAttribute on a PostPaid instance: only subscriptions renew. */
export class ChargeTypeViolation extends errorClass('ChargeTypeViolation', 403) {}
/** ModifyDiskSpec's PerformanceLevel on a disk that is not an ESSD. */
export class InvalidPerformanceLevelMalformed extends errorClass('InvalidPerformanceLevel.Malformed', 400) {}
/** A maintenance window that is not two whole hours of one day, 1 to 23 hours apart. */
export class InvalidMaintenanceWindowMalformed extends errorClass('InvalidMaintenanceWindow.Malformed', 400) {}
