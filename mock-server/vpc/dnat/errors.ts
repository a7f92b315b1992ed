/** The DNAT family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidForwardTableIdNotFound extends errorClass('InvalidForwardTableId.NotFound', 404) {}
export class InvalidForwardEntryIdNotFound extends errorClass('InvalidForwardEntryId.NotFound', 404) {}
/** The ExternalIp is no public address the sandbox knows in this region. */
export class InvalidExternalIpNotFound extends errorClass('InvalidExternalIp.NotFound', 404) {}
/** The ExternalIp exists but is not a public address of this NAT gateway. */
export class InvalidIpNotInNatgw extends errorClass('InvalidIp.NotInNatgw', 400) {}
export class InvalidExternalIpMalformed extends errorClass('InvalidExternalIp.Malformed', 400) {}
export class InvalidInternalIpMalformed extends errorClass('InvalidInternalIp.Malformed', 400) {}
export class InvalidExternalPortMalformed extends errorClass('InvalidExternalPort.Malformed', 400) {}
export class InvalidInternalPortMalformed extends errorClass('InvalidInternalPort.Malformed', 400) {}
/** (sic) "Protocal". */
export class InvalidProtocalValueNotSupported extends errorClass('InvalidProtocal.ValueNotSupported', 400) {}
export class ForbiddenInternalIpOutOfVpcCidr extends errorClass('Forbidden.InternalIpOutOfVpcCIDR', 400) {}
/** The ExternalIp is a SNAT entry's address: the guide's exclusivity rule. */
export class ForbiddenExternalIpUsedInSnatTable extends errorClass('Forbidden.ExternalIp.UsedInSnatTable', 400) {}
/** A (ExternalIp, ExternalPort, IpProtocol) or (IpProtocol, InternalIp, InternalPort) already mapped. */
export class OperationUnsupportedForwardEntry extends errorClass('OperationUnsupported.ForwardEntry', 400) {}
/** (sic) "Forbindden": the InternalIp belongs to an instance that has an EIP. */
export class ForbinddenInstanceHasEip extends errorClass('Forbindden', 400) {}
/** (sic) "Incorret": an entry of the table is Pending or Modifying. */
export class IncorretForwardEntryStatus extends errorClass('IncorretForwardEntryStatus', 400) {}
/** The 101st entry of a DNAT table. */
export class ForwardEntryQuotaExceeded extends errorClass('QuotaExceeded', 400) {}
