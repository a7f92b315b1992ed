/** The physical-connection family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidPhysicalConnectionIdNotFound extends errorClass('InvalidPhysicalConnectionId.NotFound', 400) {}
export class InvalidAccessPointIdNotFound extends errorClass('InvalidAccessPointId.NotFound', 400) {}
/** The leased line is not in a status the operation starts from. */
export class InvalidPhysicalConnectionStatus extends errorClass('IncorrectStatus.PhysicalConnection', 400) {}
/** TerminatePhysicalConnection / DeletePhysicalConnection while VBRs remain on the line. */
export class DependencyViolationVbr extends errorClass('DependencyViolation.Vbr', 400) {}
