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

export type ApiErrorClass = new (message: string) => ApiError;

const declared = new Map<string, number>();

/** Declares a named error class for one wire code (`class X extends errorClass('Code', 400) {}`). */
export function errorClass(wireCode: string, httpStatus: number): ApiErrorClass {
  declared.set(`${wireCode} ${httpStatus}`, httpStatus);
  return class extends ApiError {
    constructor(message: string) {
      super(message, wireCode, httpStatus);
    }
  };
}

/**
 * Every wire code declared so far by this file and the family errors.ts files loaded (all of them
 * once the registry is built), so tests can tell a real code from an invented one.
 */
export function declaredErrorCodes(): Set<string> {
  return new Set([...declared.keys()].map((k) => k.slice(0, k.lastIndexOf(' '))));
}

const code = errorClass;

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
export class ServiceUnavailable extends code('ServiceUnavailable', 503) {}
export class InvalidRegionIdNotFound extends code('InvalidRegionId.NotFound', 404) {}
export class InvalidZoneIdNotFound extends code('InvalidZoneId.NotFound', 404) {}
export class InvalidTagKeyMalformed extends code('InvalidTagKey.Malformed', 400) {}
export class InvalidTagValueMalformed extends code('InvalidTagValue.Malformed', 400) {}
export class DuplicateTagKey extends code('Duplicate.TagKey', 400) {}
export class QuotaExceededTagNum extends code('QuotaExceeded.TagNum', 400) {}
export class InvalidResourceTypeNotFound extends code('InvalidResourceType.NotFound', 400) {}
export class InvalidResourceIdNotFound extends code('InvalidResourceId.NotFound', 404) {}
export class InvalidNextTokenMalformed extends code('InvalidNextToken.Malformed', 400) {}

/** Shared by VSwitches, route entries, security group rules and instances. */
export class InvalidDescriptionMalformed extends code('InvalidDescription.Malformed', 400) {}
/** The plain OperationDenied (400) of system routes, portless protocols and last-group leaves. */
export class OperationDenied extends code('OperationDenied', 400) {}

// ---- transient failures (the real cloud's "try again" answers; the sandbox raises them only
// through fault injection, see sandbox/faults.ts) ---------------------------------------------
export class Throttling extends code('Throttling', 400) {}
export class ThrottlingUser extends code('Throttling.User', 400) {}
export class ThrottlingApi extends code('Throttling.Api', 400) {}
export class SystemBusy extends code('SystemBusy', 400) {}
export class TaskConflict extends code('TaskConflict', 400) {}
export class UnknownError extends code('UnknownError', 400) {}

/**
 * A protected EIP or NAT gateway (the VPC product's DeletionProtection action): shared by the EIP
 * and NAT gateway families. ECS answers the same code with 403 for instances (ecs/instance/errors.ts).
 */
export class InvalidOperationDeletionProtection extends code('InvalidOperation.DeletionProtection', 400) {}
