/** The VBR family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidVbrIdNotFound extends errorClass('InvalidVbrId.NotFound', 404) {}
export class InvalidVlanIdUsed extends errorClass('InvalidVlanId.Used', 400) {}
export class InvalidVlanIdMalformed extends errorClass('InvalidVlanId.Malformed', 400) {}
export class InvalidPhysicalConnectionIdNotEnabled extends errorClass('InvalidPhysicalConnectionId.NotEnabled', 400) {}
