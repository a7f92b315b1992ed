/** The SNAT family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidSnatTableIdNotFound extends errorClass('InvalidSnatTableId.NotFound', 404) {}
export class InvalidSnatEntryIdNotFound extends errorClass('InvalidSnatEntryId.NotFound', 404) {}
export class InvalidSnatIpNotFound extends errorClass('InvalidSnatIp.NotFound', 404) {}
export class InvalidSnatIpMalformed extends errorClass('InvalidSnatIp.Malformed', 400) {}
/** The SnatIp is a DNAT entry's ExternalIp: the guide's exclusivity rule. */
export class ForbiddenIpUsedInForwardTable extends errorClass('Forbidden.IpUsedInForwardTable', 400) {}
export class ForbiddenSourceVSwitchIdDuplicated extends errorClass('Forbidden.SourceVSwitchId.Duplicated', 400) {}
export class OperationUnsupportedCidrConflict extends errorClass('OperationUnsupported.CidrConflict', 400) {}
export class ForbiddenSnatEntryCountLimited extends errorClass('Forbidden.SnatEntryCountLimited', 400) {}
/** The EIP is still being bound to the gateway (clients retry). */
export class OperationUnsupportedEipInBinding extends errorClass('OperationUnsupported.EipInBinding', 400) {}
/** (sic) DeleteSnatEntry of an entry that is still Pending. */
export class IncorretSnatEntryStatus extends errorClass('IncorretSnatEntryStatus', 400) {}
export class InvalidVSwitchIdNotFoundForSnat extends errorClass('InvalidVSwitchId.NotFound', 404) {}
export class IncorrectStatusNatgw extends errorClass('IncorrectStatus.NATGW', 400) {}
/** DeleteVSwitch while a SNAT entry names it. */
export class DependencyViolationSnatEntryOfVSwitch extends errorClass('DependencyViolation.SnatEntry', 400) {}
/** CreateSnatEntry with a source VSwitch that holds a HaVip (CreateSnatEntry reference). */
export class ForbiddenSourceVSwitchIdIncludeHaVip extends errorClass('Forbidden.SourceVSwitchId.IncludeHaVip', 400) {}
